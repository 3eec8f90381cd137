// The nodes of a graph worth acting on: found but never related, probably noise, or hubs that
// look like extraction junk. Each kind comes with advice on where to fix it (docs/query.md).
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/undirected_view.h"

namespace kg {

struct GraphWarning {
  std::string kind;
  std::vector<Vertex> vertices;  // the first kMaxWarningVertices, worst first
  size_t count = 0;              // how many vertices the warning has in all
  std::string advice;
};

constexpr size_t kMaxWarningVertices = 10;
// junk-label-hub: at least this many edges.
constexpr int kJunkLabelMinDegree = 3;
// one-rule-hub: at least this many edges and this many times the mean degree of the nodes that
// have edges, and at least this share of its evidence records from a single rule.
constexpr int kOneRuleMinDegree = 10;
constexpr double kOneRuleDegreeFactor = 5;
constexpr double kOneRuleShare = 0.75;

// The warnings of `g`, in the order isolated, single-mention, junk-label-hub, shared-value-node,
// one-rule-hub; kinds without a vertex are left out.
std::vector<GraphWarning> find_warnings(const Graph& g);

// junk-label-hub's label test: no capital letter (but some letter), or a single word of at most
// three characters that is not all capitals (acronyms such as "FTC" are names).
bool looks_like_junk_label(const std::string& label);

}  // namespace kg
