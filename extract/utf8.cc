#include "extract/utf8.h"

#include <cstdint>
#include <cstring>

namespace kg {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence starting at p (at most n bytes available), or 0 if it is not.
size_t sequence_length(const unsigned char* p, size_t n) {
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // stray continuation byte, or C0/C1 (always overlong)
  if (c < 0xE0) return n >= 2 && is_continuation(p[1]) ? 2 : 0;
  if (c < 0xF0) {
    if (n < 3) return 0;
    // E0 needs A0..BF (else overlong); ED needs 80..9F (else a surrogate).
    const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
    return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) ? 3 : 0;
  }
  if (c < 0xF5) {
    if (n < 4) return 0;
    // F0 needs 90..BF (else overlong); F4 needs 80..8F (else above U+10FFFF).
    const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= lo && p[1] <= hi && is_continuation(p[2]) && is_continuation(p[3]) ? 4 : 0;
  }
  return 0;  // F5..FF never occur in UTF-8
}

}  // namespace

size_t find_invalid_utf8(std::string_view text) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    // News text is mostly ASCII: skip 8 bytes at a time while no high bit is set.
    while (i + 8 <= size) {
      uint64_t chunk;
      std::memcpy(&chunk, data + i, sizeof(chunk));
      if (chunk & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= size) break;
    const size_t length = sequence_length(data + i, size - i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace kg
