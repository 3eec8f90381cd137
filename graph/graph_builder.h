// GraphBuilder: merges documents' entities and triples into one KnowledgeGraph.
// Within a document the canonicalizer already merged aliases; across documents the builder
// attaches a short node to the one full-named node that claims it as an alias ("Smith" in one
// article, "Jane Smith ... Smith" in another), never when two heads claim it, never across types
// except for a lone word whose type no document established ("Okafor" guessed an ORG by its
// shape), which joins the one full-named person whose surname it is.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "extract/contribution.h"
#include "graph/knowledge_graph.h"

namespace kg {

class GraphBuilder {
 public:
  // REQUIRES: documents are added in input order (evidence order and labels depend on it).
  void add(const DocumentContribution& contribution);

  // Merges nodes across documents and builds the graph (vertices by id, edges by source, target,
  // relation, first evidence). Call once.
  Graph finish(const std::string& name);

  // After finish(): the node that an id from a document's analysis ended up in. Returns `id`
  // itself when the node was not merged, so the reference lives as long as the argument.
  const std::string& resolve(const std::string& id) const;

 private:
  struct NodeData {
    NodeProps props;
    std::map<std::string, int> alias_counts;
    bool type_guessed = false;  // every document only guessed the type from the name's shape
  };
  struct EdgeData {
    std::string predicate, amount, title;
    std::vector<Evidence> evidence;
  };
  using EdgeKey = std::tuple<std::string, std::string, std::string>;  // subject, relation, object
  struct EdgeKeyHash {
    size_t operator()(const EdgeKey& key) const noexcept;
  };

  std::map<std::string, std::string> merge_targets() const;

  // Hashed: a corpus adds millions of entities and triples, each looked up once; finish() visits
  // them in sorted order, so the output does not depend on the hash.
  std::unordered_map<std::string, NodeData> nodes_;
  std::unordered_map<EdgeKey, EdgeData, EdgeKeyHash> edges_;
  std::map<std::string, std::string> merged_into_;
  int documents_ = 0;
};

}  // namespace kg
