#include "query/hop_distances.h"

#include <boost/graph/breadth_first_search.hpp>

namespace kg {
namespace {

// Thrown by the visitor to end the search early: the BGL idiom, since breadth_first_search has
// no other way to stop.
struct SearchDone {};

class DistanceRecorder : public boost::default_bfs_visitor {
 public:
  DistanceRecorder(std::vector<int>* distance, int max_depth, std::optional<Vertex> stop_at)
      : distance_(distance), max_depth_(max_depth), stop_at_(stop_at) {}

  // Vertices leave the queue in distance order, so once one at max_depth leaves it every vertex
  // within max_depth has been discovered.
  void examine_vertex(Vertex u, const UndirectedGraph&) const {
    if ((*distance_)[u] >= max_depth_) throw SearchDone{};
  }
  void tree_edge(boost::graph_traits<UndirectedGraph>::edge_descriptor e,
                 const UndirectedGraph& g) const {
    Vertex v = boost::target(e, g);
    (*distance_)[v] = (*distance_)[boost::source(e, g)] + 1;
    if (stop_at_ && v == *stop_at_) throw SearchDone{};
  }

 private:
  std::vector<int>* distance_;
  int max_depth_;
  std::optional<Vertex> stop_at_;
};

}  // namespace

std::vector<int> hop_distances(const UndirectedGraph& view, Vertex source, int max_depth,
                               std::optional<Vertex> stop_at) {
  std::vector<int> distance(boost::num_vertices(view), kUnreached);
  distance[source] = 0;
  if (stop_at && *stop_at == source) return distance;
  try {
    boost::breadth_first_search(view, source,
                                boost::visitor(DistanceRecorder(&distance, max_depth, stop_at)));
  } catch (const SearchDone&) {
  }
  return distance;
}

}  // namespace kg
