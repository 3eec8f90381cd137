#include "extract/tokenizer.h"

#include <algorithm>
#include <cassert>

namespace kg {
namespace {

constexpr size_t kMaxAbbreviationBytes = 16;  // "L.L.C." is 6, "U.S.A." 6

using text::Char;
using text::decode;

bool word_char_at(std::string_view s, size_t i) {
  return i < s.size() && text::is_word_char(decode(s, i).cp);
}

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// End of the run of letters starting at i; ASCII letters skip the UTF-8 decoder.
size_t letters_end(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (is_ascii_letter(s[i])) {
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) break;
    const Char ch = decode(s, i);
    if (!text::is_letter(ch.cp)) break;
    i += ch.len;
  }
  return i;
}

// Bytes of the clitic at i ("'s", "'re", "’ll"; any case), which must end the word; 0 if none.
size_t clitic_len(std::string_view s, size_t i) {
  const Char apostrophe = decode(s, i);
  if (!text::is_apostrophe(apostrophe.cp)) return 0;
  const size_t k = i + apostrophe.len;
  size_t letters = 0;
  while (k + letters < s.size() && letters < 3 && is_ascii_letter(s[k + letters])) ++letters;
  if (letters == 0 || word_char_at(s, k + letters)) return 0;
  std::string lower(s.substr(k, letters));
  for (char& c : lower) c = static_cast<char>(c | 0x20);
  const bool known =
      lower == "s" || lower == "m" || lower == "d" || lower == "re" || lower == "ve" || lower == "ll";
  return known ? apostrophe.len + letters : 0;
}

// Bytes of "n't" / "n’t" at i when it ends the word ("don't" -> "do" "n't"); 0 otherwise.
size_t negation_len(std::string_view s, size_t i) {
  if ((s[i] | 0x20) != 'n' || i + 1 >= s.size()) return 0;
  const Char apostrophe = decode(s, i + 1);
  const size_t t = i + 1 + apostrophe.len;
  if (!text::is_apostrophe(apostrophe.cp) || t >= s.size() || (s[t] | 0x20) != 't') return 0;
  return word_char_at(s, t + 1) ? 0 : t + 1 - i;
}

// End of the listed abbreviation or dotted initials starting at `begin` ("Sen.", "Ph.D.", "U.S.",
// "J."), or 0 if the word there is neither. The period must not be followed by a word character.
size_t abbreviation_end(std::string_view s, size_t begin, const SentenceSplitter& abbreviations) {
  size_t i = letters_end(s, begin);
  if (i >= s.size() || s[i] != '.') return 0;  // the common case: no period after the word
  size_t best = 0;
  bool initials = true;  // so far, single letters each followed by a period
  size_t letters_begin = begin;
  // Abbreviations are short; the cap keeps a long dotted run ("Ab.Ab.Ab...") linear.
  while (i < s.size() && s[i] == '.' && i - begin < kMaxAbbreviationBytes) {
    const size_t end = i + 1;
    const size_t letters = i - letters_begin;
    initials = initials && letters > 0 && letters == decode(s, letters_begin).len;
    if (!word_char_at(s, end)) {
      if (abbreviations.is_abbreviation(s.substr(begin, end - begin))) {
        best = end;
      } else if (initials && (end - begin > 2 || text::is_upper(decode(s, begin).cp))) {
        best = end;  // "U.S.", "J.D.", and a single capital "J." but not "a."
      }
    }
    letters_begin = end;
    i = letters_end(s, end);
    if (i == letters_begin) break;
  }
  return best;
}

// End of the word starting at `begin`: letters and digits, joined by inner hyphens, apostrophes
// of names (O'Brien) and '&' (AT&T), stopping before a clitic ("Smith" "'s", "do" "n't").
size_t word_end(std::string_view s, size_t begin) {
  size_t i = begin;
  while (i < s.size()) {
    const char c = s[i];
    if (is_ascii_letter(c) && (c | 0x20) != 'n') {
      ++i;  // the common case
      continue;
    }
    const Char ch = decode(s, i);
    if (text::is_word_char(ch.cp)) {
      if (const size_t neg = negation_len(s, i)) return i > begin ? i : i + neg;
      i += ch.len;
      continue;
    }
    const bool joiner = ch.cp == '-' || ch.cp == 0x2010 || ch.cp == 0x2011 || ch.cp == '&' ||
                        (text::is_apostrophe(ch.cp) && clitic_len(s, i) == 0);
    if (joiner && i > begin && word_char_at(s, i + ch.len)) {
      i += ch.len;
      continue;
    }
    // "Amazon.com": a period inside a word goes on when a lower-case letter follows.
    if (ch.cp == '.' && i + 1 < s.size() && s[i + 1] >= 'a' && s[i + 1] <= 'z' && i - begin > 1) {
      i += 1;
      continue;
    }
    break;
  }
  return i;
}

// End of the number starting at `begin`: digits with inner ',', '.' and ':' before a digit
// ("5,000", "1.5", "10:30"), and letters or hyphens that follow ("5bn", "1990s", "19-year-old").
size_t number_end(std::string_view s, size_t begin) {
  size_t i = begin;
  while (i < s.size()) {
    const Char ch = decode(s, i);
    if (text::is_word_char(ch.cp)) {
      i += ch.len;
      continue;
    }
    const bool separator = (ch.cp == ',' || ch.cp == '.' || ch.cp == ':') && i + 1 < s.size() &&
                           text::is_digit(static_cast<unsigned char>(s[i + 1])) &&
                           text::is_digit(static_cast<unsigned char>(s[i - 1]));
    const bool hyphen = ch.cp == '-' && word_char_at(s, i + 1);
    if (!separator && !hyphen) break;
    i += 1;
  }
  return i;
}

bool is_emoji_modifier(uint32_t cp) {
  return cp == 0xFE0E || cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

// End of the punctuation token at `begin`: one symbol, except runs of periods ("...", PTB's "..")
// and of hyphens ("--"), and an emoji with its modifiers and zero-width joins.
size_t punct_end(std::string_view s, size_t begin) {
  const Char first = decode(s, begin);
  size_t i = begin + first.len;
  if (first.cp == '.' || first.cp == '-') {
    while (i < s.size() && s[i] == s[begin]) ++i;
    return i;
  }
  if (first.cp < 0x2190) return i;
  while (i < s.size()) {
    const Char ch = decode(s, i);
    if (is_emoji_modifier(ch.cp)) {
      i += ch.len;
    } else if (ch.cp == 0x200D && i + ch.len < s.size()) {
      i += ch.len;
      i += decode(s, i).len;
    } else if (first.cp >= 0x1F1E6 && first.cp <= 0x1F1FF && i == begin + first.len &&
               ch.cp >= 0x1F1E6 && ch.cp <= 0x1F1FF) {
      i += ch.len;  // a flag is a pair of regional indicators
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span range,
                            const SentenceSplitter& abbreviations) {
  assert(range.begin <= range.end && range.end <= text.size());
  // Cut the view at the range's end so that no scan can read past it.
  const std::string_view s = text.substr(0, std::min<size_t>(range.end, text.size()));
  std::vector<Token> tokens;
  tokens.reserve(range.size() / 5 + 1);  // news averages about six bytes a token
  size_t i = range.begin;
  while (i < s.size()) {
    if (const size_t space = text::space_len(s, i)) {
      i += space;
      continue;
    }
    const Char ch = decode(s, i);
    size_t end = 0;
    TokenKind kind = TokenKind::kWord;
    const bool after_word = !tokens.empty() && tokens.back().span.end == i &&
                            tokens.back().kind != TokenKind::kPunct;
    if (text::is_digit(ch.cp)) {
      end = number_end(s, i);
      kind = TokenKind::kNumber;
    } else if (text::is_word_char(ch.cp)) {
      end = abbreviation_end(s, i, abbreviations);
      if (end == 0) end = word_end(s, i);
    } else if (const size_t clitic = after_word ? clitic_len(s, i) : 0) {
      end = i + clitic;
    } else {
      end = punct_end(s, i);
      kind = TokenKind::kPunct;
    }
    tokens.push_back({{static_cast<uint32_t>(i), static_cast<uint32_t>(end)}, kind});
    i = end;
  }
  return tokens;
}

}  // namespace kg
