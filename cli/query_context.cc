#include "cli/query_context.h"

#include <cctype>
#include <set>

#include <boost/range/iterator_range.hpp>

#include "export/json_elements.h"
#include "extract/entity_type.h"

namespace kg {
namespace {

constexpr size_t kSuggestions = 5;

}  // namespace

std::optional<Vertex> QueryContext::resolve(const std::string& name, int* exit_code) const {
  const std::vector<Vertex> found = index.find(name);
  if (found.size() == 1) return found[0];
  const bool ambiguous = !found.empty();
  const std::vector<Vertex> listed = ambiguous ? found : index.nearest(name, kSuggestions);
  *exit_code = ambiguous ? kQueryUsage : kQueryNothing;
  if (json) {
    rapidjson::StringBuffer buffer;
    JsonOut w(buffer);
    w.StartObject();
    json::put_field(w, "error", ambiguous ? "ambiguous name" : "unknown name");
    json::put_field(w, "name", name);
    w.Key(ambiguous ? "candidates" : "suggestions");
    w.StartArray();
    for (Vertex v : listed) write_node_json(w, graph[v], false);
    w.EndArray();
    w.EndObject();
    flush_json(buffer, out);
  }
  if (ambiguous) {
    err << "kg query: \"" << name << "\" names " << found.size()
        << " entities; use one of these names or ids:\n";
  } else {
    err << "kg query: no entity named \"" << name << "\"";
    err << (listed.empty() ? "\n" : "; nearest names:\n");
  }
  for (Vertex v : listed)
    err << "  " << graph[v].label << " [" << type_name(graph[v].type) << "]  " << graph[v].id
        << "\n";
  return std::nullopt;
}

bool QueryContext::relations_exist(const std::vector<std::string>& relations) const {
  if (relations.empty()) return true;
  std::set<std::string> present;
  for (Edge e : boost::make_iterator_range(boost::edges(graph))) present.insert(graph[e].relation);
  std::string missing;
  for (std::string relation : relations) {
    for (char& c : relation) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!present.count(relation)) missing += (missing.empty() ? "" : ", ") + relation;
  }
  if (missing.empty()) return true;
  err << "kg query: no edge has relation " << missing << "; this graph has:";
  for (const std::string& relation : present) err << " " << relation;
  err << "\n";
  return false;
}

std::string QueryContext::node_name(Vertex v) const {
  const NodeProps& node = graph[v];
  const std::string type(type_name(node.type));
  return terminal.colored(node.label, type) + " [" + type + "]";
}

std::string QueryContext::relation_text(const EdgeProps& edge) const {
  if (!edge.title.empty()) return edge.relation + " (" + edge.title + ")";
  if (edge.amount.empty()) return edge.relation;
  return edge.relation + " (" + amount_text(edge) + ")";
}

std::string QueryContext::amount_text(const EdgeProps& edge) const {
  if (edge.amount.empty()) return "";
  const std::vector<Vertex> amount = index.find(edge.amount);
  return amount.size() == 1 ? graph[amount[0]].label : edge.amount;
}

std::vector<std::vector<Edge>> in_edges_of(const Graph& graph) {
  std::vector<std::vector<Edge>> in(boost::num_vertices(graph));
  for (Edge e : boost::make_iterator_range(boost::edges(graph))) {
    in[boost::target(e, graph)].push_back(e);
  }
  return in;
}

std::string evidence_line(const Evidence& evidence) {
  std::string line = "“" + evidence.text + "” (" + evidence.doc + ":" +
                     (evidence.field.empty() ? "" : evidence.field + ":") +
                     std::to_string(evidence.start) + "-" + std::to_string(evidence.end);
  if (!evidence.hedge.empty()) line += ", hedged: " + evidence.hedge;
  if (!evidence.voice.empty()) line += ", " + evidence.voice;
  return line + ")";
}

void write_node_json(JsonOut& w, const NodeProps& node, bool full) {
  if (full) {
    json::put_node(w, node);
    return;
  }
  w.StartObject();
  json::put_field(w, "id", node.id);
  json::put_field(w, "label", node.label);
  json::put_field(w, "type", type_name(node.type));
  w.EndObject();
}

void write_edge_json(JsonOut& w, const Graph& graph, Edge e, size_t max_evidence,
                     const std::string& doc) {
  json::put_link(w, graph, e, max_evidence,
                 [&](const Evidence& ev) { return doc.empty() || ev.doc == doc; });
}

void flush_json(const rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

}  // namespace kg
