#include "query/graph_stats.h"

#include <algorithm>

#include <boost/graph/connected_components.hpp>

namespace kg {

GraphStats compute_stats(const Graph& g) {
  GraphStats stats;
  stats.nodes = boost::num_vertices(g);
  stats.edges = boost::num_edges(g);
  stats.documents = g[boost::graph_bundle].documents;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    ++stats.nodes_by_type[std::string(type_name(g[*v].type))];
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) ++stats.edges_by_relation[g[*e].relation];

  UndirectedGraph simple = make_simple_undirected(g);
  std::vector<size_t> component(stats.nodes);
  stats.components = boost::connected_components(
      simple, boost::make_iterator_property_map(component.begin(),
                                                boost::get(boost::vertex_index, simple)));
  std::vector<size_t> size(stats.components, 0);
  for (size_t c : component) ++size[c];
  if (!size.empty()) stats.largest_component = *std::max_element(size.begin(), size.end());

  stats.hubs = rank_vertices(g, RankBy::kDegree, std::nullopt, kHubCount);
  stats.hubs.erase(std::remove_if(stats.hubs.begin(), stats.hubs.end(),
                                  [](const Ranked& r) { return r.score == 0; }),
                   stats.hubs.end());
  stats.warnings = find_warnings(g);
  return stats;
}

}  // namespace kg
