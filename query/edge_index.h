// EdgeIndex: what kg::Graph (directedS) does not keep: each edge's place in graph order and each
// vertex's incoming edges. Built once per query over an unchanging graph.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/graph_descriptors.h"

namespace kg {

class EdgeIndex {
 public:
  struct InEdge {
    Edge edge;
    size_t rank;  // the edge's place in graph order (see rank())
  };
  struct InEdges {
    const InEdge* first;
    const InEdge* last;
    const InEdge* begin() const { return first; }
    const InEdge* end() const { return last; }
  };

  // Incoming edges cost O(V + E) time and 32 bytes an edge: ask for them only when a query walks
  // an edge backwards. Ranks alone cost O(V).
  // Measured once (Release, a shared 2-core machine, a random graph of 200k vertices and 1M
  // edges, three runs): ranks 2-3 ms, ranks and incoming edges 32-57 ms, against 0.8 s for a
  // bidirectionalS copy made by boost::copy_graph, which copies every edge's properties.
  // A whole selective match on that graph ("(a {id:...})-[:FUNDED]-(b)-[:MET]-(c)") took 41 ms.
  EdgeIndex(const Graph& graph, bool with_in_edges);

  // The place of the k-th out-edge of v in graph order, the order of boost::edges(graph):
  // rank(v, k) == rank(v, 0) + k, and ranks of v come before those of v + 1.
  size_t rank(Vertex v, size_t k) const { return first_out_[v] + k; }

  // The edges whose target is v, by source index and then graph order.
  // REQUIRES: built with_in_edges.
  InEdges in_edges(Vertex v) const {
    return {in_.data() + first_in_[v], in_.data() + first_in_[v + 1]};
  }

 private:
  std::vector<size_t> first_out_;  // per vertex, the rank of its first out-edge
  std::vector<size_t> first_in_;   // per vertex and one past the last, offsets into in_
  std::vector<InEdge> in_;
};

}  // namespace kg
