// Parses the pattern language of `kg query OUT match` ("(p:PERSON)-[:FUNDED]->(x)"); the grammar
// is in docs/query.md. Errors say what was expected and point at the character that broke it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "query/pattern.h"

namespace kg {

// Either a pattern, or an error message with the 1-based column (in characters, not bytes) of
// the offending character; a column one past the last character means the text ended too soon.
struct PatternParse {
  std::optional<Pattern> pattern;
  size_t error_column = 0;
  std::string error;  // e.g. "expected ')' to close the node opened at column 1"
};

// Relation classes are not checked against any list (a graph may hold user classes); entity
// types and property keys are.
PatternParse parse_pattern(std::string_view text);

}  // namespace kg
