// Document: one article as read. It owns its UTF-8 text and never changes it; every Span in the
// pipeline indexes this text.
#pragma once

#include <string>
#include <string_view>

#include "extract/span.h"

namespace kg {

// A span as the user finds it in the input: in the JSONL "title" (field "title") or in the text
// (field empty), with offsets counted from the start of that field.
struct SourceSpan {
  std::string_view field;
  uint32_t begin = 0, end = 0;
};

struct Document {
  std::string id;      // JSONL "id", else the path relative to the input argument, no extension
  std::string origin;  // where it came from, for messages: "dir/a.txt" or "dump.jsonl:17"
  // The text all offsets count in: valid UTF-8, no NUL, BOM removed. For a JSONL line with a
  // "title", text is the title, a blank line ("\n\n"), then the body; body_offset says where the
  // body starts so that the title is extracted from too.
  std::string text;
  uint32_t body_offset = 0;
  // How many input bytes it was read from (a file, a JSONL line), for progress reports.
  uint64_t source_bytes = 0;
  // Optional JSONL metadata, empty when absent.
  std::string title, date, url, source;

  std::string_view slice(Span span) const { return span.of(text); }

  // REQUIRES: span lies wholly in the title or wholly in the body (sentences never cross the
  // blank line between them).
  SourceSpan source_span(Span span) const {
    if (span.begin >= body_offset) return {"", span.begin - body_offset, span.end - body_offset};
    return {"title", span.begin, span.end};
  }
};

}  // namespace kg
