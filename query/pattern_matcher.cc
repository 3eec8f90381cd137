#include "query/pattern_matcher.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "query/edge_index.h"
#include "query/name_fold.h"

namespace kg {
namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  const auto upper = [](char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [&](char x, char y) { return upper(x) == upper(y); });
}

bool relation_matches(const RelPattern& rel, const std::string& relation) {
  if (rel.relations.empty()) return true;
  return std::any_of(rel.relations.begin(), rel.relations.end(), [&](const std::string& wanted) {
    return equal_ignoring_case(wanted, relation);
  });
}

// A node pattern with its names folded once, to test many vertices.
class NodeTest {
 public:
  explicit NodeTest(const NodePattern& node) {
    if (node.type) types_.push_back(*node.type);
    for (const auto& [key, value] : node.props) {
      if (key == "id") {
        ids_.push_back(value);
      } else if (key == "name") {
        names_.push_back(fold_name(value));
      } else if (key == "label") {
        labels_.push_back(fold_name(value));
      } else if (key == "type") {
        std::string upper = value;
        for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        const std::optional<EntityType> type = parse_type(upper);
        if (type) types_.push_back(*type);
        impossible_ |= !type;
      } else {
        impossible_ = true;  // the parser allows no other key; a hand-made one matches nothing
      }
    }
  }

  // How well the search starts here: 2 for an id (one vertex at most), 1 for a name or label.
  int selectivity() const {
    return !ids_.empty() ? 2 : (!names_.empty() || !labels_.empty()) ? 1 : 0;
  }

  bool matches(const NodeProps& node) const {
    if (impossible_) return false;
    for (EntityType type : types_) {
      if (node.type != type) return false;
    }
    for (const std::string& id : ids_) {
      if (node.id != id) return false;
    }
    if (names_.empty() && labels_.empty()) return true;
    const std::string label = fold_name(node.label);
    for (const std::string& wanted : labels_) {
      if (label != wanted) return false;
    }
    for (const std::string& wanted : names_) {
      if (label != wanted &&
          std::none_of(node.aliases.begin(), node.aliases.end(),
                       [&](const std::string& alias) { return fold_name(alias) == wanted; })) {
        return false;
      }
    }
    return true;
  }

 private:
  std::vector<EntityType> types_;
  std::vector<std::string> ids_, names_, labels_;  // names and labels folded
  bool impossible_ = false;
};

// One row found, with its edges' graph-order ranks, which order rows that differ only in edges.
struct FoundRow {
  std::vector<Vertex> nodes;
  std::vector<size_t> ranks;
  std::vector<Edge> edges;
  friend bool operator<(const FoundRow& a, const FoundRow& b) {
    return std::tie(a.nodes, a.ranks) < std::tie(b.nodes, b.ranks);
  }
};

// The `limit` smallest rows seen so far (a max-heap), and how many were seen.
class SmallestRows {
 public:
  explicit SmallestRows(size_t limit) : limit_(limit) {}
  void add(FoundRow row) {
    ++seen_;
    if (rows_.size() < limit_) {
      rows_.push_back(std::move(row));
      std::push_heap(rows_.begin(), rows_.end());
    } else if (limit_ > 0 && row < rows_.front()) {
      std::pop_heap(rows_.begin(), rows_.end());
      rows_.back() = std::move(row);
      std::push_heap(rows_.begin(), rows_.end());
    }
  }
  bool more_than_limit() const { return seen_ > limit_; }
  std::vector<FoundRow> take_sorted() {
    std::sort_heap(rows_.begin(), rows_.end());
    return std::move(rows_);
  }

 private:
  size_t limit_;
  size_t seen_ = 0;
  std::vector<FoundRow> rows_;
};

// Binds node patterns one at a time: the start node, then rightwards to the last, then leftwards
// to the first, each through the rel pattern that joins it to a bound neighbour.
class PatternSearch {
 public:
  PatternSearch(const Graph& graph, const Pattern& pattern, size_t limit)
      : graph_(graph), pattern_(pattern), found_(limit) {
    for (const NodePattern& node : pattern.nodes) tests_.emplace_back(node);
    const size_t n = pattern.nodes.size();
    for (size_t i = 1; i < n; ++i) {
      if (tests_[i].selectivity() > tests_[start_].selectivity()) start_ = i;
    }
    for (size_t i = start_ + 1; i < n; ++i) steps_.push_back({i, i - 1, i - 1, true});
    for (size_t i = start_; i-- > 0;) steps_.push_back({i, i, i + 1, false});
    same_var_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < n; ++j) {
        if (i != j && !pattern.nodes[i].var.empty() &&
            pattern.nodes[i].var == pattern.nodes[j].var) {
          same_var_[i].push_back(j);
        }
      }
    }
    nodes_.resize(n);
    node_bound_.assign(n, false);
    edges_.resize(pattern.rels.size());
    ranks_.resize(pattern.rels.size());
    rel_bound_.assign(pattern.rels.size(), false);
  }

  PatternMatches run() {
    std::vector<Vertex> starts;
    for (Vertex v = 0; v < boost::num_vertices(graph_); ++v) {
      if (tests_[start_].matches(graph_[v])) starts.push_back(v);
    }
    PatternMatches matches;
    if (starts.empty()) return matches;
    const bool backwards = std::any_of(steps_.begin(), steps_.end(),
                                       [&](const Step& step) { return walks(step).second; });
    index_.emplace(graph_, backwards);
    for (Vertex v : starts) {
      bind_node(start_, v);
      extend(0);
      node_bound_[start_] = false;
      // Starting at node 0 in vertex order, every later row sorts after all rows found so far.
      if (start_ == 0 && found_.more_than_limit()) break;
    }
    matches.truncated = found_.more_than_limit();
    for (FoundRow& row : found_.take_sorted()) {
      matches.rows.push_back({std::move(row.nodes), std::move(row.edges)});
    }
    return matches;
  }

 private:
  struct Step {
    size_t node;   // the node pattern this step binds
    size_t rel;    // through this rel pattern
    size_t from;   // from this bound node pattern
    bool forward;  // from left to right in the pattern
  };

  // Whether a step walks out-edges and in-edges of the bound vertex.
  std::pair<bool, bool> walks(const Step& step) const {
    const Direction direction = pattern_.rels[step.rel].direction;
    if (direction == Direction::kEither) return {true, true};
    const bool out = (direction == Direction::kOut) == step.forward;
    return {out, !out};
  }

  void extend(size_t step_index) {
    if (step_index == steps_.size()) {
      found_.add({nodes_, ranks_, edges_});
      return;
    }
    const Step& step = steps_[step_index];
    const Vertex from = nodes_[step.from];
    const auto [out, in] = walks(step);
    if (out) {
      size_t k = 0;
      for (auto [e, end] = boost::out_edges(from, graph_); e != end; ++e, ++k) {
        try_edge(step_index, *e, index_->rank(from, k), boost::target(*e, graph_));
      }
    }
    if (in) {
      for (const EdgeIndex::InEdge& in_edge : index_->in_edges(from)) {
        const Vertex source = boost::source(in_edge.edge, graph_);
        if (out && source == from) continue;  // a self-loop, already walked as an out-edge
        try_edge(step_index, in_edge.edge, in_edge.rank, source);
      }
    }
  }

  void try_edge(size_t step_index, Edge edge, size_t rank, Vertex to) {
    const Step& step = steps_[step_index];
    if (!relation_matches(pattern_.rels[step.rel], graph_[edge].relation)) return;
    for (size_t r = 0; r < ranks_.size(); ++r) {
      if (rel_bound_[r] && ranks_[r] == rank) return;
    }
    for (size_t other : same_var_[step.node]) {
      if (node_bound_[other] && nodes_[other] != to) return;
    }
    if (!tests_[step.node].matches(graph_[to])) return;
    bind_node(step.node, to);
    edges_[step.rel] = edge;
    ranks_[step.rel] = rank;
    rel_bound_[step.rel] = true;
    extend(step_index + 1);
    rel_bound_[step.rel] = false;
    node_bound_[step.node] = false;
  }

  void bind_node(size_t node, Vertex v) {
    nodes_[node] = v;
    node_bound_[node] = true;
  }

  const Graph& graph_;
  const Pattern& pattern_;
  std::vector<NodeTest> tests_;
  size_t start_ = 0;
  std::vector<Step> steps_;
  std::vector<std::vector<size_t>> same_var_;  // per node pattern, the others with its variable
  std::optional<EdgeIndex> index_;
  std::vector<Vertex> nodes_;
  std::vector<bool> node_bound_;
  std::vector<Edge> edges_;
  std::vector<size_t> ranks_;
  std::vector<bool> rel_bound_;
  SmallestRows found_;
};

}  // namespace

PatternMatches match_pattern(const Graph& graph, const Pattern& pattern, size_t limit) {
  return PatternSearch(graph, pattern, limit).run();
}

}  // namespace kg
