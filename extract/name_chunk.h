// Internal to MentionFinder (mention_finder.cc finds capitalized runs, name_typing.cc types them):
// a run of capitalized tokens before and after typing, and the tests on a name's shape both use.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mention_finder.h"

namespace kg {
namespace names {

// How sure the finder is of a chunk's type; an unknown chunk is typed from the rest of the document.
enum class Evidence { kStrong, kUnknown };

inline bool is_upper_letter_at(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals À..Þ (except ×) are C3 80..C3 9E in UTF-8; Latin Extended-A alternates.
  if (c == 0xC3 && i + 1 < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return false;
}

inline bool has_lower_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

inline bool is_all_caps_acronym(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.' && c != '&') {
      return false;
    }
  }
  return letters >= 2 && letters <= 6;
}

inline bool is_roman_numeral(std::string_view s) {
  return !s.empty() && s.size() <= 6 && s.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

// Whether a line break separates token a from the token after it: a name never goes on across lines.
inline bool line_break_after(std::string_view text, const std::vector<Token>& tokens, size_t a) {
  if (a + 1 >= tokens.size()) return false;
  return text.substr(tokens[a].span.end, tokens[a + 1].span.begin - tokens[a].span.end)
             .find('\n') != std::string_view::npos;
}

// "n't", "n’t" (any case): the negation a tokenizer splits off "can't", "Can’t", "DON'T". The
// capitalized word before it is a verb ("Phoenix Can’t Zone ..."), never part of a name.
inline bool is_negation_clitic(std::string_view word) {
  if (word.size() < 3 || (word[0] | 0x20) != 'n' || (word.back() | 0x20) != 't') return false;
  std::string_view mark = word.substr(1, word.size() - 2);
  return mark == "'" || mark == "\xE2\x80\x99";
}

// Whether token k is a verb with its negation right after it: "Can" of "Can’t".
inline bool before_negation(std::string_view text, const std::vector<Token>& tokens, size_t k) {
  return k + 1 < tokens.size() && tokens[k + 1].span.begin == tokens[k].span.end &&
         is_negation_clitic(tokens[k + 1].span.of(text));
}

// "'s", "’s": the possessive clitic token.
inline bool is_possessive_clitic(std::string_view word) {
  return word == "'s" || word == "\xE2\x80\x99s";
}

// The first word of a name.
inline std::string_view first_word(std::string_view text, Span span) {
  std::string_view name = span.of(text);
  return name.substr(0, name.find(' '));
}

// Text from the start of token `begin` to the end of token `end - 1`, as written.
inline std::string_view tokens_text(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                             size_t end) {
  return Span{tokens[begin].span.begin, tokens[end - 1].span.end}.of(text);
}

// "SANTA CLARA" -> "Santa Clara": datelines and headlines shout names that lists write normally.
inline std::string title_case(std::string_view shouted) {
  std::string out(shouted);
  bool word_start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !word_start) c = static_cast<char>(c - 'A' + 'a');
    word_start = c == ' ' || c == '-';
  }
  return out;
}

}  // namespace names

struct MentionFinder::Chunk {
  Span span;
  EntityType type = EntityType::kOrg;
  names::Evidence evidence = names::Evidence::kUnknown;
  std::string rule;
  std::string title;
  std::string canonical;
  bool sentence_start = false;
  bool heading = false;
  bool person_cue = false;  // followed by "said", ", who", ...
  bool place_cue = false;   // after "in", "near", ...
  bool modifier = false;    // one word before a place noun: "the Alpine town"
  bool opens_sentence = false;  // opens a sentence the splitter ran over (Mention::opens_sentence)
  int words = 1;
};

}  // namespace kg
