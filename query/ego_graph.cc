#include "query/ego_graph.h"

#include <algorithm>
#include <set>

#include "query/hop_distances.h"

namespace kg {

Graph ego_graph(const Graph& g, Vertex center, int depth,
                const std::vector<std::string>& relations) {
  depth = std::max(depth, 0);
  std::vector<int> distance =
      hop_distances(make_undirected_view(g, relations).graph, center, depth);
  // Vertices keep their order, so the ego graph's vertices stay in id order.
  const Vertex kLeftOut = boost::graph_traits<Graph>::null_vertex();
  std::vector<Vertex> new_vertex(boost::num_vertices(g), kLeftOut);
  Graph ego;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    if (distance[*v] != kUnreached) new_vertex[*v] = boost::add_vertex(g[*v], ego);
  }
  // A user who asks for the FUNDED neighbourhood wants to see funding, not the ROLE and OWNS
  // edges that happen to join the same people.
  const RelationSet wanted(relations);
  std::set<std::string> documents;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    Vertex s = new_vertex[boost::source(*e, g)], t = new_vertex[boost::target(*e, g)];
    if (s == kLeftOut || t == kLeftOut) continue;
    if (!wanted.admits(g[*e].relation)) continue;
    boost::add_edge(s, t, g[*e], ego);
    for (const Evidence& evidence : g[*e].evidence) documents.insert(evidence.doc);
  }
  ego[boost::graph_bundle].name = "ego of " + g[center].label + ", depth " + std::to_string(depth);
  ego[boost::graph_bundle].documents = static_cast<int>(documents.size());
  return ego;
}

}  // namespace kg
