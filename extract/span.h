// Span: a half-open range of byte offsets into Document::text. Everything downstream of the
// reader points into the text with Spans; they are the numbers written as start/end.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }

  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
  friend bool operator!=(Span a, Span b) { return !(a == b); }
  friend bool operator<(Span a, Span b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

}  // namespace kg
