// Breadth-first hop counts that stop as soon as the answer is known, so a query near one entity of
// a big graph does not walk the whole graph.
#pragma once

#include <optional>
#include <vector>

#include "query/undirected_view.h"

namespace kg {

constexpr int kUnreached = -1;

// Hops from `source` to each vertex of `view` (indexed by vertex), by boost::breadth_first_search.
// Exact for every vertex within `max_depth` hops; farther ones are kUnreached. With `stop_at`, the
// search ends when it reaches that vertex: its distance d and those of every vertex nearer than d
// are exact, vertices at d or beyond may be kUnreached.
std::vector<int> hop_distances(const UndirectedGraph& view, Vertex source, int max_depth,
                               std::optional<Vertex> stop_at = std::nullopt);

}  // namespace kg
