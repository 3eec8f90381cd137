// find_invalid_utf8: the gate that keeps every later Span on character boundaries.
#include <string>

#include <catch2/catch.hpp>

#include "extract/utf8.h"

namespace kg {
namespace {

constexpr size_t kValid = std::string_view::npos;

TEST_CASE("valid UTF-8 of every length passes", "[utf8]") {
  CHECK(find_invalid_utf8("") == kValid);
  CHECK(find_invalid_utf8("The mayor said $12 million was spent.") == kValid);
  CHECK(find_invalid_utf8("Caf\xC3\xA9 in Z\xC3\xBCrich") == kValid);             // 2 bytes
  CHECK(find_invalid_utf8("\xE2\x82\xAC" "5 \xE2\x80\x94 a dash") == kValid);      // 3 bytes: euro, em dash
  CHECK(find_invalid_utf8("Party \xF0\x9F\x8E\x89 tonight") == kValid);            // 4 bytes: emoji
  CHECK(find_invalid_utf8("\xEF\xBB\xBF" "BOM") == kValid);
  CHECK(find_invalid_utf8("\xED\x9F\xBF") == kValid);                              // U+D7FF
  CHECK(find_invalid_utf8("\xEE\x80\x80") == kValid);                              // U+E000
  CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF") == kValid);                          // U+10FFFF
  CHECK(find_invalid_utf8(std::string("a\0b", 3)) == kValid);  // NUL is valid UTF-8
}

TEST_CASE("a Latin-1 byte is reported at its offset, also past the 8-byte ASCII fast path",
          "[utf8]") {
  CHECK(find_invalid_utf8("caf\xE9") == 3);
  const std::string long_ascii = "Officials in Harbor City said the caf";
  CHECK(find_invalid_utf8(long_ascii + "\xE9 would reopen") == long_ascii.size());
  CHECK(find_invalid_utf8("\x80 stray continuation") == 0);
  CHECK(find_invalid_utf8("ok \xC3\xA9 then \xBF") == 11);
  CHECK(find_invalid_utf8("\xFF") == 0);
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);  // would be above U+10FFFF
}

TEST_CASE("overlong forms are invalid", "[utf8]") {
  CHECK(find_invalid_utf8("\xC0\xAF") == 0);            // '/' in 2 bytes
  CHECK(find_invalid_utf8("ab\xC1\xBF") == 2);
  CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);        // '/' in 3 bytes
  CHECK(find_invalid_utf8("\xE0\x9F\xBF") == 0);
  CHECK(find_invalid_utf8("\xF0\x80\x80\xAF") == 0);    // '/' in 4 bytes
  CHECK(find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0);
  CHECK(find_invalid_utf8("\xE0\xA0\x80") == kValid);   // U+0800, the smallest 3-byte form
  CHECK(find_invalid_utf8("\xF0\x90\x80\x80") == kValid);  // U+10000
}

TEST_CASE("surrogates and code points above U+10FFFF are invalid", "[utf8]") {
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);       // U+D800
  CHECK(find_invalid_utf8("\xED\xBF\xBF") == 0);        // U+DFFF
  CHECK(find_invalid_utf8("\xED\xA0\xBD\xED\xB8\x80") == 0);  // CESU-8 surrogate pair
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);    // U+110000
}

TEST_CASE("truncated sequences are reported at their lead byte", "[utf8]") {
  CHECK(find_invalid_utf8("end \xC3") == 4);
  CHECK(find_invalid_utf8("end \xE2\x82") == 4);
  CHECK(find_invalid_utf8("end \xF0\x9F\x8E") == 4);
  CHECK(find_invalid_utf8("\xE2\x82 then text") == 0);  // cut short by an ASCII byte
  CHECK(find_invalid_utf8("\xF0\x9F\x8E!") == 0);
  CHECK(find_invalid_utf8("\xC3\xC3\xA9") == 0);
}

}  // namespace
}  // namespace kg
