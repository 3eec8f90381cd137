// Input reading: .txt files, directories, JSONL dumps and stdin -> a stream of Documents.
// Bad input is normal in a news corpus, so one broken file or line is reported and skipped while
// the rest of the run goes on; every message names the file, and the line for JSONL, like a
// compiler.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "extract/document.h"

namespace kg {

// One skipped document, line or input, e.g. "dump.jsonl:17: line has no \"text\" string" or
// "a.txt: invalid UTF-8 at byte 123". Also used for notes that skip nothing ("corpus: no .txt or
// .jsonl files").
struct InputProblem {
  std::string message;
};

struct ReadStats {
  size_t documents = 0;  // documents handed to on_document
  size_t skipped = 0;    // documents, JSONL lines and inputs that were skipped (each one reported)
};

// Which documents to read, by their position in the input: each .txt file and each non-blank
// JSONL line is one, counted from 0 in reading order whether or not it turns out readable.
// Documents outside [begin, end) are passed over unread and unreported (kg extract --shard).
struct DocumentRange {
  size_t begin = 0;
  size_t end = static_cast<size_t>(-1);
  bool contains(size_t position) const { return begin <= position && position < end; }
};

// Streams the documents of the inputs, in order, to on_document; every input that must be skipped
// is reported to on_problem and the rest go on. Each input is one of:
//   - a directory: read recursively; its .txt and .jsonl files (case-insensitive extension; hidden
//     names starting with '.' and symlinked directories are left out) in byte order of their
//     relative paths, so the order is the same on every machine and locale;
//   - a .jsonl file: one JSON object per line, streamed line by line (a dump may be larger than
//   RAM);
//   - "-": standard_input; JSONL if its first non-space byte is '{', else one article with id
//   "stdin";
//   - any other file: one article (normally .txt).
// Document::id is the JSONL "id" (a number is kept as written), else the path relative to the input
// argument without extension ("sub/dir/name"; a file given directly: its name), and for a JSONL
// line without an id "<that>:<line>". Document::origin is "path" or "path:line". Ids are not
// checked for uniqueness here. Documents arrive as valid UTF-8 without NUL bytes and without a BOM.
ReadStats read_inputs(const std::vector<std::string>& inputs,
                      const std::function<void(Document&&)>& on_document,
                      const std::function<void(const InputProblem&)>& on_problem,
                      std::istream& standard_input, DocumentRange range = {});

// How many document positions the inputs hold (files and non-blank JSONL lines; nothing is
// parsed), for splitting them into ranges. Not for standard input.
size_t count_documents(const std::vector<std::string>& inputs);

// The size of what would be read from `inputs` (files; directories walked as read_inputs walks
// them), or 0 when unknown (standard input). For progress reports.
uint64_t input_bytes(const std::vector<std::string>& inputs);

}  // namespace kg
