// `kg query OUT ego X --depth 2 -o ego.graphml`: the neighbourhood of an entity as a graph of its
// own, for the same writers as `kg build`.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/undirected_view.h"

namespace kg {

// The subgraph of every vertex within `depth` hops of `center` (either direction, only along edges
// of `relations` when non-empty; a depth below 0 counts as 0) and every edge among them (only
// those of `relations` when non-empty): a Graph with the same NodeProps/EdgeProps, vertices in id
// order, edges in the original order, keys kept, GraphProps.name = "ego of <label>, depth N",
// documents = the number of distinct evidence docs of its edges.
Graph ego_graph(const Graph& g, Vertex center, int depth,
                const std::vector<std::string>& relations);

}  // namespace kg
