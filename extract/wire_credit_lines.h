// Wire credit lines ("LD2304174694 Moscow INTERFAX in English 1322 GMT 23 Apr 94", "(Text)
// Moscow, 3 Apr (ITAR-TASS) —"): which names are the city and which the news source.
#pragma once

#include <string_view>
#include <vector>

#include "extract/line_shapes.h"
#include "extract/tokenizer.h"

namespace kg {

// Sets the roles of the names of a wire credit line, tokens [begin, end) of one line; returns
// false, setting nothing, when the line has no such shape. `claimed`, `dated` and `known_place`
// are those of read_line_shapes.
bool read_wire_credit(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<bool>& claimed, const std::vector<bool>& dated,
                      const TableWords& words, const KnownPlace& known_place, size_t begin,
                      size_t end, LineShapes* shapes);

}  // namespace kg
