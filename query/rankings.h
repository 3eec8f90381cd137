// `kg query OUT top --by degree|pagerank|betweenness|mentions`: the most central entities.
#pragma once

#include <optional>
#include <vector>

#include "extract/entity_type.h"
#include "graph/knowledge_graph.h"
#include "query/undirected_view.h"

namespace kg {

enum class RankBy {
  kDegree,       // in + out edges (two relations between a pair are two edges)
  kPageRank,     // along the edges' direction (the funded, the employer, the place gain rank)
  kBetweenness,  // over the undirected simple graph: how many shortest paths pass through
  kMentions,     // NodeProps::mentions
};

struct Ranked {
  Vertex vertex;
  double score;
};

// Top n by score, descending, ties by vertex id; only vertices of `type` when given (scores are
// computed on the whole graph either way). n == 0 gives none.
std::vector<Ranked> rank_vertices(const Graph& g, RankBy by, std::optional<EntityType> type,
                                  size_t n);

// Each score of every vertex, indexed by vertex: what rank_vertices sorts.
std::vector<double> vertex_scores(const Graph& g, RankBy by);

// PageRank's fixed number of power iterations (boost::graph::n_iterations), damping 0.85.
constexpr int kPageRankIterations = 50;

// Betweenness is O(V*E); above this product it takes seconds to minutes, and the CLI should say so
// before computing it.
constexpr double kExpensiveBetweenness = 1e9;
bool betweenness_is_expensive(const Graph& g);

}  // namespace kg
