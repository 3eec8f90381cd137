// graph.json: NetworkX node_link_data layout with the edge list under "links" (the contract;
// NetworkX 3.6 readers need node_link_graph(data, edges="links")). RapidJSON's Writer escapes
// strings and writes numbers without locale; the buffer is flushed to the stream per node and per
// link so a large graph is never held twice in memory.
#include <cmath>
#include <cstdint>
#include <string_view>

#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/json_elements.h"
#include "export/writers.h"
#include "export/xml_escape.h"
#include "extract/entity_type.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
using json::put_field;
using json::put_link;
using json::put_node;

void flush(rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  buffer.Clear();
}

}  // namespace

void write_node_link_json(const Graph& graph, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetMaxDecimalPlaces(json::kMaxDecimals);
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
  const size_t count = boost::num_vertices(graph);
  size_t index = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(graph))) {
    const StartPosition at = start_position(index++, count);
    put_node(w, graph[v], &at);
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
