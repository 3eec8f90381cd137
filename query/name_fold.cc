#include "query/name_fold.h"

#include <cstdint>

namespace kg {
namespace {

// Base letters of U+00C0..U+00FF, one per code point; '*' marks one spelled out in kWideLatin1,
// '.' one that is no letter and stays as written ("×", "÷").
constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiii"   // U+00C0..U+00CF
    "dnooooo.ouuuuy**"   // U+00D0..U+00DF
    "aaaaaa*ceeeeiiii"   // U+00E0..U+00EF
    "dnooooo.ouuuuy*y";  // U+00F0..U+00FF

// Base letters of Latin Extended-A, U+0100..U+017F; '*' marks a ligature ("ĳ", "œ").
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdd"   // U+0100..U+010F
    "ddeeeeeeeeeegggg"   // U+0110..U+011F
    "gggghhhhiiiiiiii"   // U+0120..U+012F
    "ii**jjkkklllllll"   // U+0130..U+013F
    "lllnnnnnnnnnoooo"   // U+0140..U+014F
    "oo**rrrrrrssssss"   // U+0150..U+015F
    "ssttttttuuuuuuuu"   // U+0160..U+016F
    "uuuuwwyyyzzzzzzs";  // U+0170..U+017F

std::string_view spelled_out(uint32_t cp) {
  switch (cp) {
    case 0xC6:
    case 0xE6:
      return "ae";
    case 0xDE:
    case 0xFE:
      return "th";
    case 0xDF:
      return "ss";
    case 0x132:
    case 0x133:
      return "ij";
    case 0x152:
    case 0x153:
      return "oe";
    default:
      return "";
  }
}

constexpr uint32_t kNotDecoded = 0xFFFFFFFF;

// Decodes the sequence at text[*i], advancing *i past it; a byte that starts no valid sequence
// is kNotDecoded (and *i moves past that byte alone).
uint32_t next_code_point(std::string_view text, size_t* i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(*i);
  int length = 1;
  if ((lead >> 5) == 0x6) length = 2;
  if ((lead >> 4) == 0xE) length = 3;
  if ((lead >> 3) == 0x1E) length = 4;
  if (lead < 0x80) {
    ++*i;
    return lead;
  }
  if (length == 1 || *i + static_cast<size_t>(length) > text.size()) {
    ++*i;
    return kNotDecoded;
  }
  uint32_t cp = lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    if ((byte(*i + static_cast<size_t>(k)) & 0xC0) != 0x80) {
      ++*i;
      return kNotDecoded;
    }
    cp = (cp << 6) | (byte(*i + static_cast<size_t>(k)) & 0x3F);
  }
  *i += static_cast<size_t>(length);
  return cp;
}

}  // namespace

std::string fold_name(std::string_view name) {
  std::string folded;
  folded.reserve(name.size());
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    const size_t start = i;
    const uint32_t cp = next_code_point(name, &i);
    char base = 0;
    if (cp < 0x80) {
      base = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (cp >= 0x300 && cp <= 0x36F) {
      continue;  // a combining accent typed apart from its letter ("o" + U+0301)
    } else if (cp == 0x2019 || cp == 0x2018) {
      base = '\'';
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      base = kLatin1[cp - 0xC0];
    } else if (cp >= 0x100 && cp <= 0x17F) {
      base = kLatinExtendedA[cp - 0x100];
    }
    if (base == ' ' || base == '\t' || base == '\n') {
      space = !folded.empty();
      continue;
    }
    if (space) folded += ' ';
    space = false;
    if (base == '*') {
      folded += spelled_out(cp);
    } else if (base == 0 || (base == '.' && cp >= 0x80)) {
      folded.append(name.substr(start, i - start));
    } else {
      folded += base;
    }
  }
  return folded;
}

}  // namespace kg
