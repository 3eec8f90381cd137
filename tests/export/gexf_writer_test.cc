#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "export/writers.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

namespace pt = boost::property_tree;

std::string gexf_of(const Graph& graph) {
  std::ostringstream out;
  write_gexf(graph, out);
  return out.str();
}

// Parses with Boost.PropertyTree's XML parser, which throws on malformed XML.
pt::ptree parse(const std::string& xml) {
  std::istringstream in(xml);
  pt::ptree tree;
  pt::read_xml(in, tree);
  return tree;
}

std::vector<const pt::ptree*> children(const pt::ptree& parent, const std::string& name) {
  std::vector<const pt::ptree*> out;
  for (const auto& child : parent) {
    if (child.first == name) out.push_back(&child.second);
  }
  return out;
}

std::string attvalue(const pt::ptree& element, const std::string& id) {
  for (const pt::ptree* value : children(element.get_child("attvalues"), "attvalue")) {
    if (value->get<std::string>("<xmlattr>.for") == id) {
      return value->get<std::string>("<xmlattr>.value");
    }
  }
  return "(absent)";
}

TEST_CASE("graph.gexf is well-formed GEXF 1.3 whose values read back unescaped") {
  const Graph graph = testing::sample_graph();
  const std::string xml = gexf_of(graph);
  pt::ptree tree;
  REQUIRE_NOTHROW(tree = parse(xml));

  const pt::ptree& gexf = tree.get_child("gexf");
  CHECK(gexf.get<std::string>("<xmlattr>.xmlns") == "http://gexf.net/1.3");
  CHECK(gexf.get<std::string>("<xmlattr>.xmlns:viz") == "http://gexf.net/1.3/viz");
  CHECK(gexf.get<std::string>("<xmlattr>.version") == "1.3");
  CHECK(gexf.get<std::string>("meta.creator") == "kg");
  CHECK(gexf.get<std::string>("meta.description") == "Campaign & banks <test>");
  CHECK(gexf.get<std::string>("graph.<xmlattr>.mode") == "static");
  CHECK(gexf.get<std::string>("graph.<xmlattr>.defaultedgetype") == "directed");

  std::vector<std::string> node_attributes;
  for (const auto& attributes : children(gexf.get_child("graph"), "attributes")) {
    if (attributes->get<std::string>("<xmlattr>.class") != "node") continue;
    for (const pt::ptree* a : children(*attributes, "attribute")) {
      node_attributes.push_back(a->get<std::string>("<xmlattr>.title") + ":" +
                                a->get<std::string>("<xmlattr>.type"));
    }
  }
  CHECK(node_attributes ==
        std::vector<std::string>{"type:string", "aliases:string", "titles:string",
                                 "mentions:integer", "documents:integer", "value:double",
                                 "currency:string", "date:string"});

  const auto nodes = children(gexf.get_child("graph.nodes"), "node");
  REQUIRE(nodes.size() == boost::num_vertices(graph));
  for (size_t v = 0; v < nodes.size(); ++v) {
    INFO(graph[v].id);
    CHECK(nodes[v]->get<std::string>("<xmlattr>.id") == graph[v].id);
    CHECK(nodes[v]->get<std::string>("<xmlattr>.label") == graph[v].label);
    CHECK(attvalue(*nodes[v], "type") == std::string(type_name(graph[v].type)));
    CHECK(attvalue(*nodes[v], "mentions") == std::to_string(graph[v].mentions));
    const double size = nodes[v]->get<double>("viz:size.<xmlattr>.value");
    CHECK(size == Approx(10 + 4 * std::log2(1 + graph[v].mentions)).margin(0.001));
    CHECK(nodes[v]->get<std::string>("viz:color.<xmlattr>.a") == "1.0");
    CHECK_NOTHROW(nodes[v]->get<double>("viz:position.<xmlattr>.x"));
  }
  CHECK(nodes[1]->get<std::string>("<xmlattr>.label") == "AT&T \"Ma Bell\" <NYSE: T>");
  CHECK(nodes[3]->get<std::string>("<xmlattr>.label") == "Société Générale");
  CHECK(attvalue(*nodes[0], "value") == "100000000");
  CHECK(attvalue(*nodes[0], "currency") == "USD");
  CHECK(attvalue(*nodes[1], "value") == "(absent)");
  CHECK(attvalue(*nodes[4], "titles") == "Vice President");
  // Colour by type: both ORG nodes share one colour, PERSON has another.
  CHECK(nodes[1]->get<std::string>("viz:color.<xmlattr>.r") ==
        nodes[3]->get<std::string>("viz:color.<xmlattr>.r"));
  CHECK(nodes[4]->get<std::string>("viz:color.<xmlattr>.r") == "78");
  CHECK(nodes[1]->get<std::string>("viz:color.<xmlattr>.r") == "242");

  const auto edges = children(gexf.get_child("graph.edges"), "edge");
  REQUIRE(edges.size() == boost::num_edges(graph));
  size_t i = 0;
  for (auto e : boost::make_iterator_range(boost::edges(graph))) {
    const pt::ptree& edge = *edges[i];
    INFO("e" << i);
    CHECK(edge.get<std::string>("<xmlattr>.id") == "e" + std::to_string(i));
    CHECK(edge.get<std::string>("<xmlattr>.source") == graph[boost::source(e, graph)].id);
    CHECK(edge.get<std::string>("<xmlattr>.target") == graph[boost::target(e, graph)].id);
    CHECK(edge.get<std::string>("<xmlattr>.label") == graph[e].relation);
    CHECK(edge.get<std::string>("<xmlattr>.kind") == graph[e].relation);
    CHECK(edge.get<int>("<xmlattr>.weight") == graph[e].weight);
    ++i;
  }
  // Parallel edges Bloomberg -> Harris differ by kind, so Gephi keeps both.
  CHECK(edges[4]->get<std::string>("<xmlattr>.kind") == "FUNDED");
  CHECK(edges[5]->get<std::string>("<xmlattr>.kind") == "MET");
  CHECK(attvalue(*edges[4], "amount") == "money:usd:100000000");
  CHECK(attvalue(*edges[4], "predicate") == "give");
  CHECK_THAT(attvalue(*edges[4], "evidence"),
             Catch::Contains(" | wire-0107:5-88 funding.gift_to: Bloomberg\xE2\x80\x99s"));
  CHECK(attvalue(*edges[3], "title") == "CEO");
  CHECK(attvalue(*edges[0], "evidence") ==
        "wire-0107:200-262 support.backed: AT&T's PAC said it \"backs\" Harris\nfor <now> today.");
}

TEST_CASE("graph.gexf has the exact header and escapes attribute values") {
  const std::string xml = gexf_of(testing::sample_graph());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
                  "version=\"1.3\">\n",
                  0) == 0);
  CHECK_THAT(xml, Catch::Contains("<graph mode=\"static\" defaultedgetype=\"directed\">"));
  CHECK(xml.find("lastmodifieddate") == std::string::npos);  // no timestamps
  CHECK_THAT(xml, Catch::Contains("label=\"AT&amp;T &quot;Ma Bell&quot; &lt;NYSE: T&gt;\""));
  CHECK_THAT(xml, Catch::Contains("label=\"Société Générale\""));
  CHECK_THAT(xml, Catch::Contains("Harris&#10;for &lt;now&gt; today."));
  CHECK(xml.find('\x0B') == std::string::npos);
  CHECK(xml.find("nan") == std::string::npos);
  // Reserved GEXF names are not reused as attribute titles.
  CHECK(xml.find("title=\"label\"") == std::string::npos);
  CHECK(xml.find("title=\"id\"") == std::string::npos);
  CHECK_THAT(xml, Catch::Contains("<viz:size value=\"24.802\"/>"));  // 12 mentions: 10+4*log2(13)
}

TEST_CASE("graph.gexf is byte-identical across writes") {
  const Graph graph = testing::sample_graph();
  CHECK(gexf_of(graph) == gexf_of(graph));
  CHECK(gexf_of(graph) == gexf_of(testing::sample_graph()));
}

TEST_CASE("graph.gexf of a single node with no mentions has finite sizes and positions") {
  Graph graph;
  testing::add_node(graph, "date:2024-11-05", "Nov. 5", EntityType::kDate, {"Nov. 5"}, 0, 0);
  const std::string xml = gexf_of(graph);
  CHECK_NOTHROW(parse(xml));
  CHECK_THAT(xml, Catch::Contains("<viz:size value=\"10.000\"/>"));
  CHECK_THAT(xml, Catch::Contains("<viz:position x=\"100.000\" y=\"0.000\" z=\"0.0\"/>"));
}

}  // namespace
}  // namespace kg
