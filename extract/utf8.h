// UTF-8 validation for input text. Every Span downstream assumes valid UTF-8, so the reader rejects
// a document here instead of letting a stray byte split a character in an exported label.
#pragma once

#include <cstddef>
#include <string_view>

namespace kg {

// Offset of the first byte of the first ill-formed sequence in text, or std::string_view::npos when
// all of it is well-formed UTF-8 (Unicode Table 3-7). Overlong forms, surrogates (U+D800..U+DFFF),
// code points above U+10FFFF, stray continuation bytes and sequences cut short all count as
// ill-formed; a truncated sequence is reported at its lead byte. NUL is valid UTF-8: callers that
// forbid it must check for it themselves.
size_t find_invalid_utf8(std::string_view text);

}  // namespace kg
