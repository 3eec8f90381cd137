// graph.json's node and link objects, for any RapidJSON writer: the exporter writes whole graphs
// with them and `kg query --json` single nodes and edges, so both print the same fields the same
// way. Strings are repaired to valid UTF-8; numbers are written without locale.
#pragma once

#include <cmath>
#include <cstdint>
#include <string_view>

#include <boost/graph/graph_traits.hpp>
#include <rapidjson/writer.h>

#include "export/start_positions.h"
#include "export/xml_escape.h"
#include "extract/entity_type.h"
#include "graph/knowledge_graph.h"

namespace kg::json {

// Confidence is a rule's estimate, never more precise than this (Writer::SetMaxDecimalPlaces).
constexpr int kMaxDecimals = 4;

template <class Writer>
void put_string(Writer& w, std::string_view text) {
  const std::string valid = repair_utf8(text);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

template <class Writer>
void put_field(Writer& w, const char* key, std::string_view text) {
  w.Key(key);
  put_string(w, text);
}

// Whole amounts as integers ("100000000", as the contract shows), others as decimals. RapidJSON
// writes nothing for NaN or infinity, which would break the file, so those become null.
template <class Writer>
void put_number(Writer& w, double value) {
  constexpr double kExact = 9007199254740992.0;  // 2^53
  if (!std::isfinite(value)) {
    w.Null();
  } else if (value == std::trunc(value) && std::fabs(value) < kExact) {
    w.Int64(static_cast<int64_t>(value));
  } else {
    w.Double(value);
  }
}

// `position`: the node's start (x, y) in graph.json; none in query answers.
template <class Writer>
void put_node(Writer& w, const NodeProps& node, const StartPosition* position = nullptr) {
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
  if (position != nullptr) {
    w.Key("x");
    w.Double(position->x);
    w.Key("y");
    w.Double(position->y);
  }
  w.EndObject();
}

// Every evidence record is written.
struct AllEvidence {
  bool operator()(const Evidence&) const { return true; }
};

// The evidence list holds the records `keep` accepts, at most `max_evidence` (0: no limit).
template <class Writer, class Keep = AllEvidence>
void put_link(Writer& w, const Graph& graph, Edge e, size_t max_evidence = 0, Keep keep = {}) {
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
  size_t written = 0;
  for (const Evidence& ev : edge.evidence) {
    if (max_evidence != 0 && written == max_evidence) break;
    if (!keep(ev)) continue;
    ++written;
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

}  // namespace kg::json
