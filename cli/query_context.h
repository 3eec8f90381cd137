// What every `kg query` subcommand works with: the loaded graph, its name index, the terminal and
// the chosen output form; and the answers they share: resolving a typed name to one node (or
// saying why not), an edge's evidence lines, JSON for nodes and edges.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "cli/terminal.h"
#include "graph/knowledge_graph.h"
#include "query/entity_index.h"

namespace kg {

// Exit codes of kg query and kg stats (grep's convention).
constexpr int kQueryFound = 0;
constexpr int kQueryNothing = 1;  // a valid question with no answer: unknown name, no path, no row
constexpr int kQueryUsage = 2;    // a wrong command line, a bad pattern, an unreadable graph

using JsonOut = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

struct QueryContext {
  const Graph& graph;
  const EntityIndex& index;
  Terminal terminal;
  bool json = false;
  std::ostream& out;
  std::ostream& err;

  // The one node `name` names. Otherwise says on err why not (unknown: the nearest names;
  // ambiguous: the candidates) and sets *exit_code: kQueryNothing or kQueryUsage.
  std::optional<Vertex> resolve(const std::string& name, int* exit_code) const;

  // True when every class of `relations` labels some edge (case-insensitively); otherwise says
  // on err which do not and what the graph has, so a typo is not read as "no connection".
  bool relations_exist(const std::vector<std::string>& relations) const;

  // "Sylvia Marchetti [PERSON]", coloured by type.
  std::string node_name(Vertex v) const;

  // "FUNDED", "ROLE (CEO)", "FUNDED ($5 million)": the class with the edge's title or amount.
  std::string relation_text(const EdgeProps& edge) const;
  // The label of the edge's MONEY amount ("$5 million"), or "".
  std::string amount_text(const EdgeProps& edge) const;
};

// The edges into each vertex: kg::Graph is directedS and keeps only out-edges.
std::vector<std::vector<Edge>> in_edges_of(const Graph& graph);

// "text (doc:start-end)" for an edge's i-th evidence record, with its hedge or voice when set.
std::string evidence_line(const Evidence& evidence);

// A node as {"id","label","type"} and, with `full`, every attribute of graph.json.
void write_node_json(JsonOut& w, const NodeProps& node, bool full);
// An edge as graph.json writes it ("source", "target", "relation", ...), its evidence cut to
// `max_evidence` records (all when 0), from document `doc` only when it is not empty.
void write_edge_json(JsonOut& w, const Graph& graph, Edge e, size_t max_evidence,
                     const std::string& doc = "");
// Ends a JSON answer: the writer's text and a newline on `out`.
void flush_json(const rapidjson::StringBuffer& buffer, std::ostream& out);

}  // namespace kg
