#include "query/shortest_paths.h"

#include <algorithm>
#include <map>

#include "query/hop_distances.h"

namespace kg {
namespace {

// The hops from `u` to `w` as the path shows them: one per relation (the forward edge if there
// is one, else the backward one), in edge order.
std::vector<Hop> hops_between(const Graph& g, const UndirectedView& view, Vertex u, Vertex w) {
  std::map<std::string, std::pair<size_t, Hop>> by_relation;  // relation -> (edge index, hop)
  for (auto [e, end] = boost::out_edges(u, view.graph); e != end; ++e) {
    if (boost::target(*e, view.graph) != w) continue;
    size_t index = boost::get(boost::edge_index, view.graph, *e);
    Edge edge = view.edges[index];
    Hop hop{edge, u, w, boost::source(edge, g) == u};
    auto [it, inserted] = by_relation.try_emplace(g[edge].relation, index, hop);
    bool better = hop.forward && !it->second.second.forward;  // a forward edge reads better
    if (!inserted &&
        (better || (hop.forward == it->second.second.forward && index < it->second.first))) {
      it->second = {index, hop};
    }
  }
  std::vector<std::pair<size_t, Hop>> ordered;
  for (auto& [relation, entry] : by_relation) ordered.push_back(entry);
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Hop> hops;
  for (auto& [index, hop] : ordered) hops.push_back(hop);
  return hops;
}

// Walks the vertex sequences of the shortest paths in lexicographic order: from a vertex at
// `left` hops from the target, the next vertex is a neighbour at left - 1 hops.
class PathWalker {
 public:
  PathWalker(const Graph& g, const UndirectedView& view, const std::vector<int>& to_target,
             size_t max_paths)
      : g_(g), view_(view), to_target_(to_target), max_paths_(max_paths) {}

  std::vector<GraphPath> walk(Vertex from) {
    vertices_.assign(1, from);
    visit(from);
    return std::move(paths_);
  }

 private:
  void visit(Vertex u) {
    int left = to_target_[u];
    if (left == 0) {
      expand_hops();
      return;
    }
    std::vector<Vertex> next;
    for (auto [w, end] = boost::adjacent_vertices(u, view_.graph); w != end; ++w) {
      if (to_target_[*w] == left - 1) next.push_back(*w);
    }
    std::sort(next.begin(), next.end());
    next.erase(std::unique(next.begin(), next.end()), next.end());
    for (Vertex w : next) {
      if (paths_.size() >= max_paths_) return;
      vertices_.push_back(w);
      visit(w);
      vertices_.pop_back();
    }
  }

  // One vertex sequence gives a path per choice of hop at each step, the last step varying fastest.
  void expand_hops() {
    std::vector<std::vector<Hop>> choices;
    for (size_t i = 0; i + 1 < vertices_.size(); ++i) {
      choices.push_back(hops_between(g_, view_, vertices_[i], vertices_[i + 1]));
    }
    std::vector<size_t> pick(choices.size(), 0);
    while (paths_.size() < max_paths_) {
      GraphPath path;
      for (size_t i = 0; i < choices.size(); ++i) path.push_back(choices[i][pick[i]]);
      paths_.push_back(std::move(path));
      size_t i = choices.size();
      while (i > 0 && ++pick[i - 1] == choices[i - 1].size()) pick[--i] = 0;
      if (i == 0) return;  // every combination given
    }
  }

  const Graph& g_;
  const UndirectedView& view_;
  const std::vector<int>& to_target_;
  size_t max_paths_;
  std::vector<Vertex> vertices_;
  std::vector<GraphPath> paths_;
};

}  // namespace

std::vector<GraphPath> shortest_paths(const Graph& g, Vertex from, Vertex to,
                                      const PathOptions& options) {
  if (options.max_paths == 0) return {};
  if (from == to) return {GraphPath{}};
  UndirectedView view = make_undirected_view(g, options.relations);
  // Distances to the target, searched from it until `from` is reached: every vertex nearer the
  // target than `from` then has its exact distance, which is all the walk from `from` reads.
  std::vector<int> to_target = hop_distances(view.graph, to, std::max(options.max_hops, 0), from);
  if (to_target[from] == kUnreached) return {};
  // A vertex at the same distance as `from` but not yet reached reads kUnreached, and one that was
  // reached is never a next step (next steps are strictly nearer), so partial distances are safe.
  return PathWalker(g, view, to_target, options.max_paths).walk(from);
}

}  // namespace kg
