// Finds the rows of a graph that a pattern of `kg query OUT match` describes (query/pattern.h).
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/graph_descriptors.h"
#include "query/pattern.h"

namespace kg {

// A result row: the vertex bound to each node pattern and the edge bound to each rel pattern, in
// pattern order.
struct PatternRow {
  std::vector<Vertex> nodes;
  std::vector<Edge> edges;
};

struct PatternMatches {
  std::vector<PatternRow> rows;
  bool truncated = false;  // more rows match than `limit`
};

// Every binding of the pattern in the graph:
//   - a node pattern's :TYPE and "type" hold the vertex's type; "id" its id exactly; "label" its
//     label and "name" its label or any alias, both compared after fold_name (query/name_fold.h);
//   - a rel pattern holds an edge of one of its relation classes (any when none; compared without
//     case, and an unknown class simply matches nothing) in its direction; "-[]-" matches either;
//   - one edge binds to at most one rel pattern in a row (Cypher's relationship uniqueness);
//     vertices may repeat, and must when node patterns share a variable.
// Rows are sorted by their vertex indexes (pattern order), then by their edges' graph order, and
// the first `limit` are kept: limit 0 returns no rows and says in `truncated` whether any match.
// REQUIRES: pattern.nodes.size() == pattern.rels.size() + 1.
// Cost: the search starts from the most selective node pattern (the first with an "id", else
// the first with a "name" or "label", else the first), scanning the vertices once for it, and
// walks edges from there; it indexes incoming edges, O(V + E), only when it must walk an edge
// backwards. When the search starts at the first node pattern, it stops once `limit` rows are
// certain.
PatternMatches match_pattern(const Graph& graph, const Pattern& pattern, size_t limit);

}  // namespace kg
