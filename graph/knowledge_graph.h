// KnowledgeGraph: the merged graph of a whole corpus. Documents' entities become nodes (one per
// canonical id, across documents); triples with the same subject, relation and object become one
// edge that keeps every evidence record. The finished graph is a Boost adjacency_list that the
// exporters and queries read.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/document.h"

namespace kg {

// Where an edge was read: a document and the bytes of its evidence sentence.
struct Evidence {
  std::string doc;
  std::string field;            // "title" for a JSONL title, else empty: the text
  uint32_t start = 0, end = 0;  // byte offsets into that field, end exclusive
  std::string text;
  std::string rule;
  double confidence = 0;
  std::string hedge;  // Triple::hedge: "reportedly", "may", or empty
  std::string voice;  // Triple::voice: "comment", "social", "byline", or empty

  friend bool operator<(const Evidence& a, const Evidence& b) {
    if (a.doc != b.doc) return a.doc < b.doc;
    if (a.field != b.field) return a.field < b.field;
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    return a.rule < b.rule;
  }
};

struct NodeProps {
  std::string id;
  std::string label;
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;  // sorted, distinct
  std::vector<std::string> titles;   // sorted, distinct
  int mentions = 0;
  int documents = 0;
  std::optional<double> value;  // MONEY
  std::string currency;         // MONEY
  std::string date;  // EVENT: when it is held, as first written ("Feb. 3", "2022"), else empty
};

struct EdgeProps {
  std::string relation;
  std::string predicate;
  std::string amount;  // id of the MONEY node stated with it, else empty
  std::string title;   // ROLE: the title
  int key = 0;         // index among the edges with the same source and target (multigraph key)
  int weight = 0;      // distinct evidence sentences
  std::vector<Evidence> evidence;  // sorted by (doc, start)
};

// The version of the graph files' layout, written as "kg_format" in graph.json's "graph" object
// and as GraphML's graph-level kg_format. `kg query` reads exactly this version: raise it when a
// reader of the old files would misread the new ones.
inline constexpr int kGraphFormat = 1;

struct GraphProps {
  std::string name;
  int documents = 0;
};

// Vertices are in id order and edges in (source id, target id, relation, first evidence) order,
// so iterating the graph gives the same sequence for the same input.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeProps,
                                    EdgeProps, GraphProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

}  // namespace kg
