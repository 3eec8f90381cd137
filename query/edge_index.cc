#include "query/edge_index.h"

namespace kg {

EdgeIndex::EdgeIndex(const Graph& graph, bool with_in_edges) {
  const size_t vertices = boost::num_vertices(graph);
  first_out_.resize(vertices + 1, 0);
  for (Vertex v = 0; v < vertices; ++v)
    first_out_[v + 1] = first_out_[v] + boost::out_degree(v, graph);
  if (!with_in_edges) return;

  // Counting sort by target: count, turn counts into offsets, then place edges in graph order so
  // that each vertex's list comes out by source and rank without sorting.
  first_in_.assign(vertices + 1, 0);
  for (auto [e, end] = boost::edges(graph); e != end; ++e)
    ++first_in_[boost::target(*e, graph) + 1];
  for (Vertex v = 0; v < vertices; ++v) first_in_[v + 1] += first_in_[v];
  in_.resize(first_in_[vertices]);
  std::vector<size_t> next(first_in_.begin(), first_in_.end() - 1);
  size_t rank = 0;
  for (auto [e, end] = boost::edges(graph); e != end; ++e, ++rank) {
    in_[next[boost::target(*e, graph)]++] = {*e, rank};
  }
}

}  // namespace kg
