// `kg stats OUT`: what a graph holds, and the nodes worth a look before trusting it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/graph_warnings.h"
#include "query/rankings.h"
#include "query/undirected_view.h"

namespace kg {

struct GraphStats {
  size_t nodes = 0, edges = 0;
  int documents = 0;  // GraphProps.documents
  std::map<std::string, size_t> nodes_by_type, edges_by_relation;
  size_t components = 0;         // boost::connected_components, undirected; an isolated node is one
  size_t largest_component = 0;  // its number of nodes
  std::vector<Ranked> hubs;      // top kHubCount by degree; nodes without edges left out
  using Warning = GraphWarning;  // kind, vertices (up to kMaxWarningVertices), count, advice
  std::vector<Warning> warnings;
};

constexpr size_t kHubCount = 10;

GraphStats compute_stats(const Graph& g);

}  // namespace kg
