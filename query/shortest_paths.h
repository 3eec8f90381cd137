// `kg query OUT path A B`: the shortest connections between two entities, edges taken in either
// direction.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/undirected_view.h"

namespace kg {

struct Hop {
  Edge edge;
  Vertex from, to;
  bool forward;  // from is the edge's source ("A FUNDED B" walked from A)
};
using GraphPath = std::vector<Hop>;

struct PathOptions {
  int max_hops = 6;                    // below 0 counts as 0
  std::vector<std::string> relations;  // only these relations (case-insensitive); empty: all
  size_t max_paths = 5;                // 0: none
};

// Every shortest path from `from` to `to`: all of the minimal length, up to max_paths, in
// lexicographic order of the vertex ids along the path, then of the edges' order in `g`. Empty
// when there is none within max_hops; from == to gives one empty path.
// Hops between the same two vertices are separate paths only when their relations differ: "A
// OPPOSED B" and "B OPPOSED A" are one hop, shown by the edge that points the way the path goes.
std::vector<GraphPath> shortest_paths(const Graph& g, Vertex from, Vertex to,
                                      const PathOptions& options);

}  // namespace kg
