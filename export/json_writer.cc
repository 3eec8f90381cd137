// graph.json: NetworkX node_link_data layout with the edge list under "links" (the contract; NetworkX
// 3.6 readers need node_link_graph(data, edges="links")). RapidJSON's Writer escapes strings and
// writes numbers without locale; the buffer is flushed to the stream per node and per link so a
// large graph is never held twice in memory.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "export/writers.h"
#include "export/xml_escape.h"
#include "extract/entity_type.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Confidence is a rule's estimate, never more precise than this.
constexpr int kMaxDecimals = 4;

void put_string(JsonWriter& w, std::string_view text) {
  const std::string valid = repair_utf8(text);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void put_field(JsonWriter& w, const char* key, std::string_view text) {
  w.Key(key);
  put_string(w, text);
}

// Whole amounts as integers ("100000000", as the contract shows), others as decimals. RapidJSON
// writes nothing for NaN or infinity, which would break the file, so those become null.
void put_number(JsonWriter& w, double value) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (!std::isfinite(value)) {
    w.Null();
  } else if (value == std::trunc(value) && std::fabs(value) < kExact) {
    w.Int64(static_cast<int64_t>(value));
  } else {
    w.Double(value);
  }
}

void flush(rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  buffer.Clear();
}

void put_node(JsonWriter& w, const NodeProps& node) {
  w.StartObject();
  put_field(w, "id", node.id);
  put_field(w, "label", node.label);
  put_field(w, "type", type_name(node.type));
  if (node.type == EntityType::kMoney) {
    if (node.value) {
      w.Key("value");
      put_number(w, *node.value);
    }
    if (!node.currency.empty()) put_field(w, "currency", node.currency);
  }
  if (!node.date.empty()) put_field(w, "date", node.date);
  w.Key("aliases");
  w.StartArray();
  for (const std::string& alias : node.aliases) put_string(w, alias);
  w.EndArray();
  if (!node.titles.empty()) {
    w.Key("titles");
    w.StartArray();
    for (const std::string& title : node.titles) put_string(w, title);
    w.EndArray();
  }
  w.Key("mentions");
  w.Int(node.mentions);
  w.Key("documents");
  w.Int(node.documents);
  w.EndObject();
}

void put_link(JsonWriter& w, const Graph& graph, boost::graph_traits<Graph>::edge_descriptor e) {
  const EdgeProps& edge = graph[e];
  w.StartObject();
  put_field(w, "source", graph[boost::source(e, graph)].id);
  put_field(w, "target", graph[boost::target(e, graph)].id);
  w.Key("key");
  w.Int(edge.key);
  put_field(w, "relation", edge.relation);
  put_field(w, "predicate", edge.predicate);
  w.Key("weight");
  w.Int(edge.weight);
  if (!edge.amount.empty()) put_field(w, "amount", edge.amount);
  if (!edge.title.empty()) put_field(w, "title", edge.title);
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& ev : edge.evidence) {
    w.StartObject();
    put_field(w, "doc", ev.doc);
    if (!ev.field.empty()) put_field(w, "field", ev.field);
    w.Key("start");
    w.Uint(ev.start);
    w.Key("end");
    w.Uint(ev.end);
    put_field(w, "text", ev.text);
    put_field(w, "rule", ev.rule);
    w.Key("confidence");
    put_number(w, ev.confidence);
    if (!ev.hedge.empty()) put_field(w, "hedge", ev.hedge);
    if (!ev.voice.empty()) put_field(w, "voice", ev.voice);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_node_link_json(const Graph& graph, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetMaxDecimalPlaces(kMaxDecimals);
  const GraphProps& props = graph[boost::graph_bundle];

  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  put_field(w, "name", props.name);
  put_field(w, "generator", "kg " KG_VERSION);
  w.Key("kg_format");
  w.Int(kGraphFormat);
  w.Key("documents");
  w.Int(props.documents);
  w.EndObject();

  w.Key("nodes");
  w.StartArray();
  for (auto v : boost::make_iterator_range(boost::vertices(graph))) {
    put_node(w, graph[v]);
    flush(buffer, out);
  }
  w.EndArray();

  w.Key("links");
  w.StartArray();
  for (auto e : boost::make_iterator_range(boost::edges(graph))) {
    put_link(w, graph, e);
    flush(buffer, out);
  }
  w.EndArray();
  w.EndObject();
  flush(buffer, out);
  out << '\n';
}

}  // namespace kg
