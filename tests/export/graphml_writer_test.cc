#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "export/writers.h"
#include "export/xml_escape.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

// What a consumer of graph.graphml sees after boost::read_graphml: only the typed attributes.
struct ReadNode {
  std::string label, type, aliases, titles, currency;
  int mentions = 0;
  double value = -1;
};
struct ReadEdge {
  std::string label, relation, predicate, amount, title, evidence, docs;
  double weight = 0;
  int key = -1;
};
using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadNode, ReadEdge>;

std::string graphml_of(const Graph& graph) {
  std::ostringstream out;
  write_graphml(graph, out);
  return out.str();
}

// Edges in iteration order, the order the writers use.
template <class G>
std::vector<typename boost::graph_traits<G>::edge_descriptor> edge_list(const G& g) {
  std::vector<typename boost::graph_traits<G>::edge_descriptor> out;
  for (auto e : boost::make_iterator_range(boost::edges(g))) out.push_back(e);
  return out;
}

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST_CASE("graph.graphml reads back through boost::read_graphml with every value intact") {
  const Graph graph = testing::sample_graph();
  std::istringstream in(graphml_of(graph));

  ReadGraph back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&ReadNode::label, back));
  dp.property("type", boost::get(&ReadNode::type, back));
  dp.property("aliases", boost::get(&ReadNode::aliases, back));
  dp.property("titles", boost::get(&ReadNode::titles, back));
  dp.property("mentions", boost::get(&ReadNode::mentions, back));
  dp.property("value", boost::get(&ReadNode::value, back));
  dp.property("currency", boost::get(&ReadNode::currency, back));
  dp.property("label", boost::get(&ReadEdge::label, back));
  dp.property("relation", boost::get(&ReadEdge::relation, back));
  dp.property("predicate", boost::get(&ReadEdge::predicate, back));
  dp.property("weight", boost::get(&ReadEdge::weight, back));
  dp.property("amount", boost::get(&ReadEdge::amount, back));
  dp.property("title", boost::get(&ReadEdge::title, back));
  dp.property("key", boost::get(&ReadEdge::key, back));
  dp.property("evidence", boost::get(&ReadEdge::evidence, back));
  dp.property("docs", boost::get(&ReadEdge::docs, back));
  REQUIRE_NOTHROW(boost::read_graphml(in, back, dp));  // throws on malformed XML

  REQUIRE(boost::num_vertices(back) == boost::num_vertices(graph));
  REQUIRE(boost::num_edges(back) == boost::num_edges(graph));
  for (size_t v = 0; v < boost::num_vertices(graph); ++v) {
    INFO(graph[v].id);
    CHECK(back[v].label == graph[v].label);
    CHECK(back[v].type == std::string(type_name(graph[v].type)));
    CHECK(back[v].mentions == graph[v].mentions);
  }
  CHECK(back[1].label == "AT&T \"Ma Bell\" <NYSE: T>");
  CHECK(back[3].label == "Société Générale");
  CHECK(back[5].aliases == "Bloomberg | Michael Bloomberg | the former mayor");
  CHECK(back[4].titles == "Vice President");
  CHECK(back[0].value == 100000000.0);
  CHECK(back[0].currency == "USD");
  CHECK(back[1].value == -1);  // not MONEY: no <data key="value">, the default stays

  const auto ours = edge_list(graph);
  const auto read = edge_list(back);
  for (size_t i = 0; i < ours.size(); ++i) {
    INFO(graph[ours[i]].relation);
    CHECK(boost::source(read[i], back) == boost::source(ours[i], graph));
    CHECK(boost::target(read[i], back) == boost::target(ours[i], graph));
    CHECK(back[read[i]].relation == graph[ours[i]].relation);
    CHECK(back[read[i]].label == graph[ours[i]].relation);
    CHECK(back[read[i]].weight == graph[ours[i]].weight);
    CHECK(back[read[i]].key == graph[ours[i]].key);
  }

  // The parallel FUNDED and MET edges between Bloomberg and Harris both survive.
  std::vector<ReadEdge> pair;
  for (auto edge : boost::make_iterator_range(boost::out_edges(5, back))) {
    if (boost::target(edge, back) == 4) pair.push_back(back[edge]);
  }
  REQUIRE(pair.size() == 2);
  CHECK(pair[0].relation == "FUNDED");
  CHECK(pair[0].amount == "money:usd:100000000");
  CHECK(pair[0].weight == 2);
  CHECK(pair[0].evidence ==
        "wire-0042:120-161 funding.gave_to: he gave $100 million to Harris's campaign | "
        "wire-0107:5-88 funding.gift_to: Bloomberg\xE2\x80\x99s $100 million gift to Harris, "
        "\xE2\x80\x9C" "a historic sum,\xE2\x80\x9D was confirmed");
  CHECK(pair[0].docs == "wire-0042 | wire-0107");
  CHECK(pair[1].relation == "MET");
  CHECK(pair[1].key == 1);

  const ReadEdge& supported = back[read[0]];
  // The newline survives as &#10;; the vertical tab, which XML 1.0 forbids, is dropped.
  CHECK(supported.evidence ==
        "wire-0107:200-262 support.backed: AT&T's PAC said it \"backs\" Harris\nfor <now> today.");
  const ReadEdge& role = back[read[3]];
  CHECK(role.relation == "ROLE");
  CHECK(role.title == "CEO");
}

TEST_CASE("graph.graphml declares typed keys named as their attributes, for Gephi") {
  const std::string xml = graphml_of(testing::sample_graph());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
                  "xmlns=\"http://graphml.graphdrawing.org/xmlns\"", 0) == 0);
  CHECK_THAT(xml, Catch::Contains("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                                  "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\""));
  CHECK(count(xml, "<graph ") == 1);
  CHECK_THAT(xml, Catch::Contains("<graph id=\"G\" edgedefault=\"directed\">"));
  CHECK_THAT(xml, Catch::Contains(
                      "<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
  CHECK_THAT(xml, Catch::Contains("<key id=\"edgelabel\" for=\"edge\" attr.name=\"label\" "
                                  "attr.type=\"string\"/>"));
  CHECK_THAT(xml, Catch::Contains(
                      "<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
  CHECK_THAT(xml, Catch::Contains(
                      "<key id=\"value\" for=\"node\" attr.name=\"value\" attr.type=\"double\"/>"));
  CHECK_THAT(xml, Catch::Contains("<key id=\"mentions\" for=\"node\" attr.name=\"mentions\" "
                                  "attr.type=\"int\"/>"));
  CHECK(count(xml, "<key ") == 19);  // 18 node and edge keys and the graph's kg_format
  CHECK(count(xml, "attr.type=") == 19);
  CHECK_THAT(xml, Catch::Contains("<data key=\"kg_format\">1</data>"));
  // Every key id is its attribute name (yEd-style d3/d7 ids confuse Gephi), except the edge
  // label, whose id must differ from the node label's and is the one Gephi knows.
  const std::regex key_re("<key id=\"([^\"]+)\" for=\"(node|edge|graph)\" attr.name=\"([^\"]+)\"");
  int keys = 0;
  for (std::sregex_iterator m(xml.begin(), xml.end(), key_re), end; m != end; ++m, ++keys) {
    if ((*m)[1] == "edgelabel") continue;
    CHECK((*m)[1] == (*m)[3]);
  }
  CHECK(keys == 19);
  CHECK(count(xml, "<data key=\"value\">") == 1);       // only the MONEY node
  CHECK_THAT(xml, Catch::Contains("<data key=\"value\">100000000</data>"));
  CHECK_THAT(xml, Catch::Contains("<edge id=\"e0\" source=\"org:at-t\" "
                                  "target=\"person:kamala-harris\">"));
  CHECK_THAT(xml, Catch::Contains("<edge id=\"e5\" source=\"person:michael-bloomberg\" "
                                  "target=\"person:kamala-harris\">"));
  CHECK(count(xml, "<edge ") == 6);
}

TEST_CASE("graph.graphml escapes XML metacharacters and keeps UTF-8 bytes") {
  const std::string xml = graphml_of(testing::sample_graph());
  CHECK_THAT(xml, Catch::Contains("<data key=\"label\">AT&amp;T &quot;Ma Bell&quot; "
                                  "&lt;NYSE: T&gt;</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"label\">Société Générale</data>"));
  CHECK_THAT(xml, Catch::Contains("\xE2\x80\x9C" "a historic sum,\xE2\x80\x9D"));
  CHECK_THAT(xml, Catch::Contains("Harris&#10;for &lt;now&gt; today."));
  CHECK(xml.find('\x0B') == std::string::npos);
}

TEST_CASE("graph.graphml is byte-identical across writes") {
  const Graph graph = testing::sample_graph();
  CHECK(graphml_of(graph) == graphml_of(graph));
  CHECK(graphml_of(graph) == graphml_of(testing::sample_graph()));
}

TEST_CASE("an empty graph is still a valid GraphML document") {
  Graph empty;
  std::istringstream in(graphml_of(empty));
  ReadGraph back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  REQUIRE_NOTHROW(boost::read_graphml(in, back, dp));
  CHECK(boost::num_vertices(back) == 0);
}

TEST_CASE("xml_escape drops what XML 1.0 forbids and repairs broken UTF-8") {
  CHECK(xml_escape("a & b < c > d \"e\" 'f'") ==
        "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  CHECK(xml_escape("tab\there\r\n") == "tab&#9;here&#13;&#10;");
  CHECK(xml_escape(std::string("nul\0bell\x07vt\x0B", 12)) == "nulbellvt");
  CHECK(xml_escape("Société Générale \xE2\x80\x9Cquoted\xE2\x80\x9D") ==
        "Société Générale \xE2\x80\x9Cquoted\xE2\x80\x9D");
  CHECK(xml_escape("nonchar \xEF\xBF\xBF.") == "nonchar .");
  // A character cut in half by a bad offset, and a lone continuation byte.
  CHECK(xml_escape("Soci\xC3") == "Soci\xEF\xBF\xBD");
  CHECK(xml_escape("a\x80z") == "a\xEF\xBF\xBDz");
  CHECK(repair_utf8("caf\xC3\xA9 \xED\xA0\x80") == "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(repair_utf8("\xF0\x9F\x93\xB0 news") == "\xF0\x9F\x93\xB0 news");
}

}  // namespace
}  // namespace kg
