#include "extract/cue_words.h"

namespace kg {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

}  // namespace

std::string normalize_for_cues(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const std::string curly = "\xE2\x80\x99";
  for (size_t p = out.find(curly); p != std::string::npos; p = out.find(curly, p)) {
    out.replace(p, curly.size(), "'");
  }
  return out;
}

namespace {

// Where `cue` next occurs in `text` as whole words, from `from` on; npos when nowhere.
size_t find_cue(std::string_view text, std::string_view cue, size_t from) {
  if (cue.empty()) return std::string_view::npos;
  const bool glued = cue.find('\'') != std::string_view::npos;
  for (size_t p = text.find(cue, from); p != std::string_view::npos; p = text.find(cue, p + 1)) {
    bool left_ok = glued || p == 0 || !is_word_char(text[p - 1]) || !is_word_char(cue.front());
    size_t after = p + cue.size();
    bool right_ok = after >= text.size() || !is_word_char(text[after]) || !is_word_char(cue.back());
    if (left_ok && right_ok) return p;
  }
  return std::string_view::npos;
}

}  // namespace

bool has_cue(std::string_view text, std::string_view cue) {
  return find_cue(text, cue, 0) != std::string_view::npos;
}

const std::string* first_cue(std::string_view text, const std::vector<std::string>& cues,
                             const std::vector<std::string>& exceptions) {
  if (text.empty()) return nullptr;
  std::string normalized = normalize_for_cues(text);
  for (const std::string& phrase : exceptions) {
    for (size_t p = find_cue(normalized, phrase, 0); p != std::string::npos;
         p = find_cue(normalized, phrase, p + 1)) {
      normalized.replace(p, phrase.size(), phrase.size(), ' ');
    }
  }
  for (const std::string& cue : cues) {
    if (has_cue(normalized, cue)) return &cue;
  }
  return nullptr;
}

const std::string* first_cue_as_written(std::string_view text,
                                        const std::vector<std::string>& cues) {
  if (text.empty()) return nullptr;
  std::string straight(text);
  const std::string curly = "\xE2\x80\x99";
  for (size_t p = straight.find(curly); p != std::string::npos; p = straight.find(curly, p)) {
    straight.replace(p, curly.size(), "'");
  }
  // Where the text's first word starts: after blanks, straight and curly opening quotes.
  size_t start = 0;
  while (start < straight.size()) {
    if (straight[start] == ' ' || straight[start] == '"' || straight[start] == '\'') {
      ++start;
    } else if (straight.compare(start, 3, "\xE2\x80\x9C") == 0) {
      start += 3;
    } else {
      break;
    }
  }
  for (const std::string& cue : cues) {
    if (has_cue(straight, cue)) return &cue;
    if (!cue.empty() && cue[0] >= 'a' && cue[0] <= 'z') {
      std::string capitalized = cue;
      capitalized[0] = static_cast<char>(cue[0] - 'a' + 'A');
      const size_t after = start + capitalized.size();
      if (straight.compare(start, capitalized.size(), capitalized) == 0 &&
          (after >= straight.size() || !is_word_char(straight[after]))) {
        return &cue;
      }
    }
  }
  return nullptr;
}

}  // namespace kg
