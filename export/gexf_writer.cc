// GEXF 1.3 for Gephi and Gephi Lite. Unlike GraphML, Gephi reads an edge's `kind` from GEXF, so
// parallel edges of different relations between the same pair stay apart instead of being merged.
// No <meta lastmodifieddate>: the file must be byte-identical across runs.
#include <algorithm>
#include <array>
#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "export/attribute_text.h"
#include "base/number_format.h"
#include "export/start_positions.h"
#include "export/writers.h"
#include "export/xml_escape.h"
#include "extract/entity_type.h"

namespace kg {
namespace {

struct Rgb {
  int r, g, b;
};

// Tableau 10, one colour per entity type in EntityType order, readable on white and on black.
// docs/output.md lists them; keep the two in step.
constexpr std::array<Rgb, kEntityTypeCount> kPalette = {{
    {78, 121, 167},   // PERSON  #4E79A7 blue
    {242, 142, 43},   // ORG     #F28E2B orange
    {89, 161, 79},    // GPE     #59A14F green
    {118, 183, 178},  // LOC     #76B7B2 teal
    {176, 122, 161},  // NORP    #B07AA1 purple
    {225, 87, 89},    // EVENT   #E15759 red
    {237, 201, 72},   // MONEY   #EDC948 yellow
    {255, 157, 167},  // PERCENT #FF9DA7 pink
    {156, 117, 95},   // DATE    #9C755F brown
}};

void attribute(std::ostream& out, const char* id, const char* type) {
  out << "      <attribute id=\"" << id << "\" title=\"" << id << "\" type=\"" << type << "\"/>\n";
}

void attvalue(std::ostream& out, const char* id, const std::string& value) {
  if (value.empty()) return;
  out << "          <attvalue for=\"" << id << "\" value=\"" << xml_escape(value) << "\"/>\n";
}

// Grows with the log of the mention count so that a node named 500 times does not hide the rest.
std::string node_size(int mentions) {
  return format_fixed(10.0 + 4.0 * std::log2(1.0 + std::max(0, mentions)), 3);
}


}  // namespace

void write_gexf(const Graph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
         " version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>kg</creator>\n";
  if (!graph[boost::graph_bundle].name.empty()) {
    out << "    <description>" << xml_escape(graph[boost::graph_bundle].name)
        << "</description>\n";
  }
  out << "  </meta>\n"
         "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
         "    <attributes class=\"node\">\n";
  attribute(out, "type", "string");
  attribute(out, "aliases", "string");
  attribute(out, "titles", "string");
  attribute(out, "mentions", "integer");
  attribute(out, "documents", "integer");
  attribute(out, "value", "double");
  attribute(out, "currency", "string");
  attribute(out, "date", "string");
  out << "    </attributes>\n"
         "    <attributes class=\"edge\">\n";
  attribute(out, "predicate", "string");
  attribute(out, "amount", "string");
  attribute(out, "title", "string");
  attribute(out, "evidence", "string");
  attribute(out, "docs", "string");
  out << "    </attributes>\n";

  const size_t count = boost::num_vertices(graph);
  // About 50 units of arc per node, so that sizes up to ~40 do not overlap.
  out << "    <nodes>\n";
  size_t index = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(graph))) {
    const NodeProps& node = graph[v];
    out << "      <node id=\"" << xml_escape(node.id) << "\" label=\"" << xml_escape(node.label)
        << "\">\n"
           "        <attvalues>\n";
    attvalue(out, "type", std::string(type_name(node.type)));
    attvalue(out, "aliases", join_list(node.aliases));
    attvalue(out, "titles", join_list(node.titles));
    attvalue(out, "mentions", std::to_string(node.mentions));
    attvalue(out, "documents", std::to_string(node.documents));
    if (node.type == EntityType::kMoney && node.value) {
      attvalue(out, "value", format_number(*node.value));
    }
    attvalue(out, "currency", node.currency);
    attvalue(out, "date", node.date);
    const Rgb color = kPalette[static_cast<size_t>(node.type)];
    const StartPosition at = start_position(index++, count);
    out << "        </attvalues>\n"
        << "        <viz:color r=\"" << std::to_string(color.r) << "\" g=\""
        << std::to_string(color.g) << "\" b=\"" << std::to_string(color.b) << "\" a=\"1.0\"/>\n"
        << "        <viz:position x=\"" << format_fixed(at.x, 3) << "\" y=\""
        << format_fixed(at.y, 3) << "\" z=\"0.0\"/>\n"
        << "        <viz:size value=\"" << node_size(node.mentions) << "\"/>\n"
        << "      </node>\n";
  }
  out << "    </nodes>\n"
         "    <edges>\n";
  index = 0;
  for (auto e : boost::make_iterator_range(boost::edges(graph))) {
    const EdgeProps& edge = graph[e];
    const std::string relation = xml_escape(edge.relation);
    out << "      <edge id=\"e" << index++ << "\" source=\""
        << xml_escape(graph[boost::source(e, graph)].id) << "\" target=\""
        << xml_escape(graph[boost::target(e, graph)].id) << "\" label=\"" << relation
        << "\" kind=\"" << relation << "\" weight=\"" << std::to_string(edge.weight) << "\">\n"
        << "        <attvalues>\n";
    attvalue(out, "predicate", edge.predicate);
    attvalue(out, "amount", edge.amount);
    attvalue(out, "title", edge.title);
    attvalue(out, "evidence", join_evidence(edge.evidence));
    attvalue(out, "docs", evidence_docs(edge.evidence));
    out << "        </attvalues>\n"
           "      </edge>\n";
  }
  out << "    </edges>\n"
         "  </graph>\n"
         "</gexf>\n";
}

}  // namespace kg
