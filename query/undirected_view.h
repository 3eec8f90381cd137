// The both-directions structure of a kg::Graph. Paths, ego networks, components and betweenness
// ignore which way an edge points (a FUNDED edge connects funder and funded either way), but
// kg::Graph is directedS and cannot list a vertex's in-edges, so these algorithms run on a copy.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/knowledge_graph.h"

namespace kg {

// The relation classes a user filtered on ("funded" keeps FUNDED: ASCII case-insensitive); an
// empty filter admits every edge, an unknown class none.
class RelationSet {
 public:
  explicit RelationSet(const std::vector<std::string>& relations);
  bool admits(const std::string& relation) const;

 private:
  std::set<std::string> wanted_;  // upper case
};

// Vertex v is the kg::Graph's vertex v; each edge's edge_index is its position in
// UndirectedView::edges, which leads back to the original edge and its properties.
using UndirectedGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_index_t, size_t>>;

struct UndirectedView {
  UndirectedGraph graph;
  std::vector<Edge> edges;  // the kept edges of the kg::Graph, in its edge order
};

// Every edge of `g` whose relation is one of `relations` (every edge when it is empty), once,
// without direction. Relations compare ASCII case-insensitively ("funded" keeps FUNDED); an unknown
// relation keeps no edge. The filter is applied while copying, which the copy costs anyway.
UndirectedView make_undirected_view(const Graph& g, const std::vector<std::string>& relations = {});

// One edge per pair of adjacent vertices and no self-loops: the simple graph that betweenness
// counts shortest paths on, so that two relations between the same pair are not two paths.
UndirectedGraph make_simple_undirected(const Graph& g);

}  // namespace kg
