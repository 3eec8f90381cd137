// Tokenizer: words, numbers and punctuation of one sentence, as byte Spans into the whole text.
// Also the UTF-8 character classes that the sentence splitter shares, so that both stages agree on
// what a space, a letter and an upper-case letter are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/sentence_splitter.h"
#include "extract/span.h"

namespace kg {

enum class TokenKind {
  kWord,    // "Coca-Cola", "O'Brien", "Sen.", "U.S.", and clitics "'s", "n't"
  kNumber,  // starts with a digit: "5,000", "1.5", "2024", "5bn", "1990s"
  kPunct,   // everything else, one symbol each: "$", "%", "—", "“", "'", except "..." and "--"
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
};

// Tokens of text[range] in text order, with offsets into the whole text. Spaces (ASCII and Unicode
// spaces such as U+00A0) separate tokens and are never part of one. A token never splits a UTF-8
// sequence. `abbreviations` decides which periods stay on their word ("Sen.", "Inc."); dotted
// initials ("U.S.", "J.D.", "J.") keep theirs without being listed.
// REQUIRES: range lies inside text.
std::vector<Token> tokenize(std::string_view text, Span range,
                            const SentenceSplitter& abbreviations);

// Character classes over UTF-8. The Unicode tables are deliberately small: Latin, Greek and
// Cyrillic case, the general-punctuation and symbol blocks; other scripts count as caseless letters.
namespace text {

struct Char {
  uint32_t cp = 0;   // code point; U+FFFD for an ill-formed byte
  uint32_t len = 1;  // bytes, at least 1, never past the end of the view
};

// The character starting at byte i. REQUIRES: i < s.size().
inline Char decode(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  uint32_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {0xFFFD, 1};
  uint32_t cp = b0 & (0x7F >> len);
  for (uint32_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, len};
}

inline bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

inline bool is_unicode_space(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Bytes of the space character starting at i (ASCII or Unicode), 0 if there is none.
inline size_t space_len(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  const Char ch = decode(s, i);
  return is_unicode_space(ch.cp) ? ch.len : 0;
}

// Bytes of the space character ending just before `end`, 0 if there is none.
inline size_t space_len_before(std::string_view s, size_t end) {
  if (end == 0) return 0;
  if (is_ascii_space(static_cast<unsigned char>(s[end - 1]))) return 1;
  for (size_t len = 2; len <= 3 && len <= end; ++len) {
    if (space_len(s, end - len) == len) return len;
  }
  return 0;
}

// Punctuation and symbol blocks, which never belong to a word.
inline bool is_symbol(uint32_t cp) {
  if (cp < 0xC0) return !(cp == 0xAA || cp == 0xB5 || cp == 0xBA);  // ª µ º are letters
  return cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F) ||
         (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
         (cp >= 0xFFF0 && cp <= 0xFFFF) || (cp >= 0x1F000 && cp <= 0x1FAFF) || cp >= 0xE0000;
}

// Letters and digits, including every non-ASCII character outside the symbol blocks (é, ü, ß,
// combining accents, CJK).
inline bool is_word_char(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) - 'a' < 26 || is_digit(cp);
  return !is_symbol(cp);
}
inline bool is_letter(uint32_t cp) { return is_word_char(cp) && !is_digit(cp); }

inline bool is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return (cp >= 0x391 && cp <= 0x3AB) || (cp >= 0x400 && cp <= 0x42F);
}

inline bool is_lower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 1;
  return (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F);
}

inline bool is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

}  // namespace text
}  // namespace kg
