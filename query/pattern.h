// A parsed `kg query OUT match` pattern: a chain of node patterns joined by one to three
// relationship patterns, the Cypher subset that docs/query.md describes. Parsed by
// query/pattern_parser.h, matched against a graph by query/pattern_matcher.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/entity_type.h"

namespace kg {

// "(var:TYPE {key: 'value', ...})". Every part may be empty; "()" matches any node.
struct NodePattern {
  std::string var;  // empty: anonymous; the same name twice in a pattern is the same node
  std::optional<EntityType> type;
  // Keys are "name", "id", "type" or "label", lower-case; values unescaped ("type" values are the
  // upper-case type name). All must hold; a key may repeat.
  std::vector<std::pair<std::string, std::string>> props;
  size_t column = 0;  // 1-based character column of the '('
};

enum class Direction {
  kOut,    // "-[...]->": from the node on the left to the node on the right
  kIn,     // "<-[...]-": from the node on the right to the node on the left
  kEither  // "-[...]-"
};

// "-[var:REL1|REL2]->" and its kin.
struct RelPattern {
  std::string var;                     // empty: anonymous
  std::vector<std::string> relations;  // upper-case; empty: any relation
  Direction direction = Direction::kEither;
  size_t column = 0;  // 1-based character column of the first '<' or '-'
};

// REQUIRES (for the matcher): nodes.size() == rels.size() + 1; rels[i] joins nodes[i] and
// nodes[i + 1].
struct Pattern {
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
};

}  // namespace kg
