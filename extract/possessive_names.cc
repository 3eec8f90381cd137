#include "extract/possessive_names.h"

#include <algorithm>
#include <map>
#include <string>

namespace kg {
namespace {

bool is_word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

// The length of "'s" or "’s" at text[at] when it ends a word, else 0.
size_t clitic_at(std::string_view text, size_t at) {
  for (std::string_view clitic : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (text.compare(at, clitic.size(), clitic) == 0 &&
        (at + clitic.size() == text.size() || !is_word_byte(text[at + clitic.size()]))) {
      return clitic.size();
    }
  }
  return 0;
}

}  // namespace

void add_possessive_short_names(std::string_view text,
                                const std::function<bool(std::string_view)>& is_owner,
                                std::vector<Mention>* mentions) {
  // First word -> the full name it starts, "Moody" -> "Moody's Investors Service Inc."
  std::map<std::string, std::string, std::less<>> full_name_of;
  for (const Mention& m : *mentions) {
    if (m.pronoun || m.type != EntityType::kOrg) continue;
    std::string_view name = m.span.of(text);
    size_t end = name.find_first_of(" '\xE2");
    if (end == std::string_view::npos || end == 0 || clitic_at(name, end) == 0) continue;
    if (end + clitic_at(name, end) >= name.size()) continue;  // "McDonald's" alone: no longer name
    if (is_owner(name.substr(0, end))) continue;
    full_name_of.emplace(std::string(name.substr(0, end)),
                         m.canonical.empty() ? std::string(name) : m.canonical);
  }
  if (full_name_of.empty()) return;

  std::vector<Mention> added;
  for (const auto& [word, full_name] : full_name_of) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      if (at > 0 && is_word_byte(text[at - 1])) continue;
      size_t clitic = clitic_at(text, at + word.size());
      if (clitic == 0) continue;
      Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size() + clitic)};
      // The mention of "W" alone, if any; a longer one ("Moody's Investors Service") stays.
      auto overlapping = std::find_if(mentions->begin(), mentions->end(),
                                      [span](const Mention& m) { return m.span.overlaps(span); });
      if (overlapping != mentions->end() &&
          (overlapping->pronoun || !span.contains(overlapping->span))) {
        continue;
      }
      Mention& mention = overlapping != mentions->end() ? *overlapping : added.emplace_back();
      mention.span = span;
      mention.type = EntityType::kOrg;
      mention.rule = "name.possessive_short";
      mention.title.clear();
      mention.canonical = full_name;
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

}  // namespace kg
