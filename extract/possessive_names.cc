#include "extract/possessive_names.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "extract/word_bytes.h"

namespace kg {
namespace {

// The byte offsets of every possessive "'s" or "’s" of the text, in order: one pass over the
// text, whatever the number of names looked for.
std::vector<size_t> possessive_offsets(std::string_view text) {
  std::vector<size_t> offsets;
  for (size_t at = text.find_first_of("'\xE2"); at != std::string_view::npos;
       at = text.find_first_of("'\xE2", at + 1)) {
    if (possessive_at(text, at) > 0) offsets.push_back(at);
  }
  return offsets;
}

}  // namespace

void add_possessive_short_names(std::string_view text,
                                const std::function<bool(std::string_view)>& is_owner,
                                std::vector<Mention>* mentions) {
  // First word -> the full name it starts, "Moody" -> "Moody's Investors Service Inc."
  std::map<std::string, std::string, std::less<>> full_name_of;
  std::set<size_t> word_sizes;
  for (const Mention& m : *mentions) {
    if (m.pronoun || m.type != EntityType::kOrg) continue;
    std::string_view name = m.span.of(text);
    size_t end = name.find_first_of(" '\xE2");
    if (end == std::string_view::npos || end == 0 || possessive_at(name, end) == 0) continue;
    if (end + possessive_at(name, end) >= name.size()) continue;  // "McDonald's" alone: no longer name
    if (is_owner(name.substr(0, end))) continue;
    if (full_name_of.emplace(std::string(name.substr(0, end)),
                             m.canonical.empty() ? std::string(name) : m.canonical).second) {
      word_sizes.insert(end);
    }
  }
  if (full_name_of.empty()) return;

  std::vector<Mention> added;
  for (size_t clitic_begin : possessive_offsets(text)) {
    for (size_t size : word_sizes) {
      if (size > clitic_begin) break;
      const size_t at = clitic_begin - size;
      if (at > 0 && is_word_byte(text[at - 1])) continue;
      auto full_name = full_name_of.find(text.substr(at, size));
      if (full_name == full_name_of.end()) continue;
      Span span{static_cast<uint32_t>(at),
                static_cast<uint32_t>(clitic_begin + possessive_at(text, clitic_begin))};
      // The mentions are in text order without overlaps, so their ends are in order too: the
      // first that ends after the span begins is the only one that may start inside it.
      auto overlapping = std::lower_bound(
          mentions->begin(), mentions->end(), span.begin,
          [](const Mention& m, uint32_t begin) { return m.span.end <= begin; });
      if (overlapping != mentions->end() && !overlapping->span.overlaps(span)) {
        overlapping = mentions->end();
      }
      // The mention of "W" alone, if any; a longer one ("Moody's Investors Service") stays, and
      // so does a span that would reach into the next mention.
      if (overlapping != mentions->end() &&
          (overlapping->pronoun || !span.contains(overlapping->span) ||
           (overlapping + 1 != mentions->end() && (overlapping + 1)->span.overlaps(span)))) {
        continue;
      }
      Mention& mention = overlapping != mentions->end() ? *overlapping : added.emplace_back();
      mention.span = span;
      mention.type = EntityType::kOrg;
      mention.rule = "name.possessive_short";
      mention.title.clear();
      mention.canonical = full_name->second;
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

}  // namespace kg
