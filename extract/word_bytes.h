// Byte tests that several extract/ files share: what counts as a word byte, and where a
// possessive "'s" ends a word. One definition, so they cannot drift apart.
#pragma once

#include <cstddef>
#include <string_view>

namespace kg {

// A letter, a digit or any byte of a UTF-8 sequence: the bytes a word is made of.
inline bool is_word_byte(char ch) {
  auto c = static_cast<unsigned char>(ch);
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

// The length of a possessive "'s" or "’s" at text[at] that no word byte follows ("Acme's", not
// "Acme'sx"); 0 if there is none.
inline size_t possessive_at(std::string_view text, size_t at) {
  for (std::string_view mark : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (text.compare(at, mark.size(), mark) == 0) {
      size_t end = at + mark.size();
      return end == text.size() || !is_word_byte(text[end]) ? mark.size() : 0;
    }
  }
  return 0;
}

}  // namespace kg
