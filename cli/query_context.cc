#include "cli/query_context.h"

#include <boost/range/iterator_range.hpp>

#include "extract/entity_type.h"

namespace kg {
namespace {

constexpr size_t kSuggestions = 5;

void write_string(JsonOut& w, const std::string& key, const std::string& value) {
  w.Key(key.c_str());
  w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

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
    write_string(w, "error", ambiguous ? "ambiguous name" : "unknown name");
    write_string(w, "name", name);
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
  w.StartObject();
  write_string(w, "id", node.id);
  write_string(w, "label", node.label);
  write_string(w, "type", std::string(type_name(node.type)));
  if (full) {
    w.Key("aliases");
    w.StartArray();
    for (const std::string& alias : node.aliases) w.String(alias.c_str());
    w.EndArray();
    if (!node.titles.empty()) {
      w.Key("titles");
      w.StartArray();
      for (const std::string& title : node.titles) w.String(title.c_str());
      w.EndArray();
    }
    w.Key("mentions");
    w.Int(node.mentions);
    w.Key("documents");
    w.Int(node.documents);
    if (node.value) {
      w.Key("value");
      w.Double(*node.value);
    }
    if (!node.currency.empty()) write_string(w, "currency", node.currency);
    if (!node.date.empty()) write_string(w, "date", node.date);
  }
  w.EndObject();
}

void write_edge_json(JsonOut& w, const Graph& graph, Edge e, size_t max_evidence) {
  const EdgeProps& edge = graph[e];
  w.StartObject();
  write_string(w, "source", graph[boost::source(e, graph)].id);
  write_string(w, "target", graph[boost::target(e, graph)].id);
  write_string(w, "relation", edge.relation);
  write_string(w, "predicate", edge.predicate);
  w.Key("weight");
  w.Int(edge.weight);
  if (!edge.amount.empty()) write_string(w, "amount", edge.amount);
  if (!edge.title.empty()) write_string(w, "title", edge.title);
  w.Key("evidence");
  w.StartArray();
  for (size_t i = 0; i < edge.evidence.size() && (max_evidence == 0 || i < max_evidence); ++i) {
    const Evidence& ev = edge.evidence[i];
    w.StartObject();
    write_string(w, "doc", ev.doc);
    if (!ev.field.empty()) write_string(w, "field", ev.field);
    w.Key("start");
    w.Uint(ev.start);
    w.Key("end");
    w.Uint(ev.end);
    write_string(w, "text", ev.text);
    write_string(w, "rule", ev.rule);
    w.Key("confidence");
    w.Double(ev.confidence);
    if (!ev.hedge.empty()) write_string(w, "hedge", ev.hedge);
    if (!ev.voice.empty()) write_string(w, "voice", ev.voice);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void flush_json(const rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

}  // namespace kg
