#include "query/rankings.h"

#include <algorithm>
#include <numeric>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

namespace kg {
namespace {

std::vector<double> degrees(const Graph& g) {
  std::vector<double> degree(boost::num_vertices(g), 0);
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    degree[boost::source(*e, g)] += 1;
    degree[boost::target(*e, g)] += 1;
  }
  return degree;
}

// Boost's formulation gives every vertex (1 - d) plus its share and lets the rank of vertices
// without out-edges leak away; dividing by the total makes scores shares of 1 that read the
// same on any graph size. The order is Boost's.
std::vector<double> page_ranks(const Graph& g) {
  std::vector<double> rank(boost::num_vertices(g), 0);
  if (rank.empty()) return rank;
  boost::graph::page_rank(
      g, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g)),
      boost::graph::n_iterations(kPageRankIterations), 0.85);
  double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0) {
    for (double& r : rank) r /= total;
  }
  return rank;
}

// On an undirected graph Boost counts each unordered pair once: a score is the usual sum, over
// pairs of other vertices, of the share of their shortest paths that pass through the vertex.
std::vector<double> betweenness(const Graph& g) {
  UndirectedGraph simple = make_simple_undirected(g);
  std::vector<double> centrality(boost::num_vertices(simple), 0);
  boost::brandes_betweenness_centrality(
      simple, boost::centrality_map(boost::make_iterator_property_map(
                  centrality.begin(), boost::get(boost::vertex_index, simple))));
  return centrality;
}

}  // namespace

std::vector<double> vertex_scores(const Graph& g, RankBy by) {
  switch (by) {
    case RankBy::kDegree:
      return degrees(g);
    case RankBy::kPageRank:
      return page_ranks(g);
    case RankBy::kBetweenness:
      return betweenness(g);
    case RankBy::kMentions:
      break;
  }
  std::vector<double> mentions;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) mentions.push_back(g[*v].mentions);
  return mentions;
}

std::vector<Ranked> rank_vertices(const Graph& g, RankBy by, std::optional<EntityType> type,
                                  size_t n) {
  if (n == 0) return {};
  std::vector<double> score = vertex_scores(g, by);
  std::vector<Ranked> ranked;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    if (!type || g[*v].type == *type) ranked.push_back({*v, score[*v]});
  }
  auto higher = [](const Ranked& a, const Ranked& b) {
    return a.score != b.score ? a.score > b.score : a.vertex < b.vertex;
  };
  size_t keep = std::min(n, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                    ranked.end(), higher);
  ranked.resize(keep);
  return ranked;
}

bool betweenness_is_expensive(const Graph& g) {
  return static_cast<double>(boost::num_vertices(g)) * static_cast<double>(boost::num_edges(g)) >
         kExpensiveBetweenness;
}

}  // namespace kg
