// GraphML as Gephi, yEd, NetworkX and Boost read it. Gephi matches a <key> to its built-in label
// and weight by key id, and GraphML wants key ids unique, so the edge label key alone has the id
// Gephi knows it by, "edgelabel" (attr.name "label"); every other key's id is its attribute name.
#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <string>
#include <vector>

#include "export/attribute_text.h"
#include "base/number_format.h"
#include "extract/entity_type.h"
#include "export/writers.h"
#include "export/xml_escape.h"

namespace kg {
namespace {

struct KeySpec {
  const char* id;
  const char* for_what;
  const char* name;
  const char* type;
};

// In the order the <data> elements are written.
constexpr KeySpec kKeys[] = {
    {"label", "node", "label", "string"},          {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},      {"titles", "node", "titles", "string"},
    {"mentions", "node", "mentions", "int"},       {"documents", "node", "documents", "int"},
    {"value", "node", "value", "double"},          {"currency", "node", "currency", "string"},
    {"date", "node", "date", "string"},
    {"edgelabel", "edge", "label", "string"},      {"relation", "edge", "relation", "string"},
    {"predicate", "edge", "predicate", "string"},  {"weight", "edge", "weight", "double"},
    {"amount", "edge", "amount", "string"},        {"title", "edge", "title", "string"},
    {"key", "edge", "key", "int"},                 {"evidence", "edge", "evidence", "string"},
    {"docs", "edge", "docs", "string"},            {"kg_format", "graph", "kg_format", "int"},
};

// Empty values are left out: Gephi skips them anyway, and an absent <data> reads back as the
// attribute's default everywhere.
void data(std::ostream& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

}  // namespace

void write_graphml(const Graph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeySpec& key : kKeys) {
    out << "  <key id=\"" << key.id << "\" for=\"" << key.for_what << "\" attr.name=\""
        << key.name << "\" attr.type=\"" << key.type << "\"/>\n";
  }
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n"
      << "    <data key=\"kg_format\">" << kGraphFormat << "</data>\n";

  for (auto v : boost::make_iterator_range(boost::vertices(graph))) {
    const NodeProps& node = graph[v];
    out << "    <node id=\"" << xml_escape(node.id) << "\">\n";
    data(out, "label", node.label);
    data(out, "type", std::string(type_name(node.type)));
    data(out, "aliases", join_list(node.aliases));
    data(out, "titles", join_list(node.titles));
    data(out, "mentions", std::to_string(node.mentions));
    data(out, "documents", std::to_string(node.documents));
    if (node.type == EntityType::kMoney && node.value) data(out, "value", format_number(*node.value));
    data(out, "currency", node.currency);
    data(out, "date", node.date);
    out << "    </node>\n";
  }

  size_t index = 0;
  for (auto e : boost::make_iterator_range(boost::edges(graph))) {
    const EdgeProps& edge = graph[e];
    out << "    <edge id=\"e" << index++ << "\" source=\""
        << xml_escape(graph[boost::source(e, graph)].id) << "\" target=\""
        << xml_escape(graph[boost::target(e, graph)].id) << "\">\n";
    data(out, "edgelabel", edge.relation);
    data(out, "relation", edge.relation);
    data(out, "predicate", edge.predicate);
    data(out, "weight", std::to_string(edge.weight));
    data(out, "amount", edge.amount);
    data(out, "title", edge.title);
    data(out, "key", std::to_string(edge.key));
    data(out, "evidence", join_evidence(edge.evidence));
    data(out, "docs", evidence_docs(edge.evidence));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg
