// Finds graph nodes by the names users type: a label, an alias or a node id, case- and
// accent-insensitively (name_fold.h); and, for a name that finds nothing, the nearest names.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

class EntityIndex {
 public:
  explicit EntityIndex(const Graph& graph);

  // The nodes `name` names, in vertex order: the node whose id it is; else the nodes whose label
  // folds to it; else those with such an alias. More than one is an ambiguous name.
  std::vector<Vertex> find(std::string_view name) const;

  // Up to `n` nodes whose label or an alias is nearest to `name`: one that holds it as whole
  // words ("Bloomberg" in "Michael Bloomberg") first, then by edit distance (at most a third of
  // the name's length, and at least 2), more mentions first among equals.
  std::vector<Vertex> nearest(std::string_view name, size_t n) const;

 private:
  const Graph& graph_;
  std::unordered_map<std::string, Vertex> by_id_;
  std::unordered_map<std::string, std::vector<Vertex>> by_label_, by_alias_;
};

}  // namespace kg
