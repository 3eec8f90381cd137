// Document: one article as read. It owns its UTF-8 text and never changes it; every Span in the
// pipeline indexes this text.
#pragma once

#include <string>
#include <string_view>

#include "extract/span.h"

namespace kg {

struct Document {
  std::string id;      // JSONL "id", else the path relative to the input argument, no extension
  std::string origin;  // where it came from, for messages: "dir/a.txt" or "dump.jsonl:17"
  // The text all offsets count in: valid UTF-8, no NUL, BOM removed. For a JSONL line with a
  // "title", text is the title, a blank line ("\n\n"), then the body; body_offset says where the
  // body starts so that the title is extracted from too.
  std::string text;
  uint32_t body_offset = 0;
  // Optional JSONL metadata, empty when absent.
  std::string title, date, url, source;

  std::string_view slice(Span span) const { return span.of(text); }
};

}  // namespace kg
