// Small graphs written by hand for the query tests: nodes by id ("person:maria-okafor"), edges by
// source, relation and target, built the way GraphBuilder orders them (vertices by id, edges by
// source id, target id, relation), so the tests see the same structure as a real graph.
#pragma once

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/entity_type.h"
#include "graph/knowledge_graph.h"
#include "query/undirected_view.h"

namespace kg::testing {

struct NodeSpec {
  NodeSpec(std::string node_id, int node_mentions = 1, std::string node_label = "")
      : id(std::move(node_id)), mentions(node_mentions), label(std::move(node_label)) {}
  std::string id;
  int mentions;
  std::string label;  // empty: the id's slug in title case ("maria-okafor" -> "Maria Okafor")
};

struct EdgeSpec {
  EdgeSpec(std::string from, std::string edge_relation, std::string to,
           std::vector<std::string> evidence_docs = {"doc1"}, std::string evidence_rule = "rule1")
      : source(std::move(from)),
        relation(std::move(edge_relation)),
        target(std::move(to)),
        docs(std::move(evidence_docs)),
        rule(std::move(evidence_rule)) {}
  std::string source, relation, target;
  std::vector<std::string> docs;  // one evidence record per document
  std::string rule;
};

inline EntityType type_of_id(const std::string& id) {
  std::string prefix = id.substr(0, id.find(':'));
  for (int i = 0; i < kEntityTypeCount; ++i) {
    auto type = static_cast<EntityType>(i);
    if (type_prefix(type) == prefix) return type;
  }
  return EntityType::kOrg;
}

inline std::string label_of_id(const std::string& id) {
  std::string label = id.substr(id.find(':') + 1);
  bool start = true;
  for (char& c : label) {
    if (c == '-') c = ' ';
    if (start) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = c == ' ';
  }
  return label;
}

inline Graph make_graph(std::vector<NodeSpec> nodes, std::vector<EdgeSpec> edges,
                        const std::string& name = "test", int documents = 1) {
  std::sort(nodes.begin(), nodes.end(),
            [](const NodeSpec& a, const NodeSpec& b) { return a.id < b.id; });
  std::sort(edges.begin(), edges.end(), [](const EdgeSpec& a, const EdgeSpec& b) {
    return std::tie(a.source, a.target, a.relation) < std::tie(b.source, b.target, b.relation);
  });
  Graph g;
  std::map<std::string, Vertex> vertex;
  for (const NodeSpec& spec : nodes) {
    NodeProps node;
    node.id = spec.id;
    node.label = spec.label.empty() ? label_of_id(spec.id) : spec.label;
    node.type = type_of_id(spec.id);
    node.mentions = spec.mentions;
    node.documents = 1;
    vertex[spec.id] = boost::add_vertex(node, g);
  }
  std::map<std::pair<std::string, std::string>, int> keys;
  for (const EdgeSpec& spec : edges) {
    EdgeProps edge;
    edge.relation = spec.relation;
    edge.key = keys[{spec.source, spec.target}]++;
    for (const std::string& doc : spec.docs) {
      Evidence evidence;
      evidence.doc = doc;
      evidence.rule = spec.rule;
      evidence.text = spec.source + " " + spec.relation + " " + spec.target;
      edge.evidence.push_back(evidence);
    }
    edge.weight = static_cast<int>(edge.evidence.size());
    boost::add_edge(vertex.at(spec.source), vertex.at(spec.target), edge, g);
  }
  g[boost::graph_bundle].name = name;
  g[boost::graph_bundle].documents = documents;
  return g;
}

inline Vertex vertex_of(const Graph& g, const std::string& id) {
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    if (g[*v].id == id) return *v;
  }
  FAIL("no vertex " << id);
  return 0;
}

inline std::vector<std::string> ids(const Graph& g, const std::vector<Vertex>& vertices) {
  std::vector<std::string> out;
  for (Vertex v : vertices) out.push_back(g[v].id);
  return out;
}

}  // namespace kg::testing
