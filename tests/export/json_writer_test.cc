#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <sstream>
#include <string>

#include "export/writers.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

std::string json_of(const Graph& graph) {
  std::ostringstream out;
  write_node_link_json(graph, out);
  return out.str();
}

std::string str(const rapidjson::Value& value) {
  return std::string(value.GetString(), value.GetStringLength());
}

TEST_CASE("graph.json has the contract's node-link layout and values") {
  const Graph graph = testing::sample_graph();
  const std::string text = json_of(graph);
  REQUIRE(!text.empty());
  CHECK(text.back() == '\n');

  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsObject());
  CHECK(doc["directed"].GetBool());
  CHECK(doc["multigraph"].GetBool());
  CHECK(str(doc["graph"]["name"]) == "Campaign & banks <test>");
  CHECK(str(doc["graph"]["generator"]) == std::string("kg ") + KG_VERSION);
  CHECK(doc["graph"]["kg_format"].GetInt() == kGraphFormat);
  CHECK(doc["graph"]["documents"].GetInt() == 3);
  CHECK_FALSE(doc.HasMember("edges"));  // the contract says "links"

  const auto& nodes = doc["nodes"];
  REQUIRE(nodes.Size() == boost::num_vertices(graph));
  for (rapidjson::SizeType v = 0; v < nodes.Size(); ++v) {
    INFO(graph[v].id);
    CHECK(str(nodes[v]["id"]) == graph[v].id);
    CHECK(str(nodes[v]["label"]) == graph[v].label);
    CHECK(str(nodes[v]["type"]) == std::string(type_name(graph[v].type)));
    CHECK(nodes[v]["aliases"].Size() == graph[v].aliases.size());
    CHECK(nodes[v]["mentions"].GetInt() == graph[v].mentions);
    CHECK(nodes[v]["documents"].GetInt() == graph[v].documents);
    CHECK(nodes[v].HasMember("titles") == !graph[v].titles.empty());
    CHECK(nodes[v].HasMember("value") == (graph[v].type == EntityType::kMoney));
  }
  const auto& money = nodes[0];
  REQUIRE(money["value"].IsInt64());  // written 100000000, not 1e8
  CHECK(money["value"].GetInt64() == 100000000);
  CHECK(str(money["currency"]) == "USD");
  CHECK(str(nodes[3]["label"]) == "Société Générale");
  CHECK(str(nodes[4]["titles"][0]) == "Vice President");
  CHECK(str(nodes[5]["aliases"][2]) == "the former mayor");

  const auto& links = doc["links"];
  REQUIRE(links.Size() == boost::num_edges(graph));
  const auto& funded = links[4];
  CHECK(str(funded["source"]) == "person:michael-bloomberg");
  CHECK(str(funded["target"]) == "person:kamala-harris");
  CHECK(funded["key"].GetInt() == 0);
  CHECK(str(funded["relation"]) == "FUNDED");
  CHECK(str(funded["predicate"]) == "give");
  CHECK(funded["weight"].GetInt() == 2);
  CHECK(str(funded["amount"]) == "money:usd:100000000");
  CHECK_FALSE(funded.HasMember("title"));
  const auto& evidence = funded["evidence"];
  REQUIRE(evidence.Size() == 2);
  CHECK(str(evidence[0]["doc"]) == "wire-0042");
  CHECK(evidence[0]["start"].GetUint() == 120);
  CHECK(evidence[0]["end"].GetUint() == 161);
  CHECK(str(evidence[0]["text"]) == "he gave $100 million to Harris's campaign");
  CHECK(str(evidence[0]["rule"]) == "funding.gave_to");
  CHECK(evidence[0]["confidence"].GetDouble() == 0.8);
  CHECK(str(evidence[1]["text"]) ==
        "Bloomberg\xE2\x80\x99s $100 million gift to Harris, \xE2\x80\x9C" "a historic sum,"
        "\xE2\x80\x9D was confirmed");

  const auto& met = links[5];
  CHECK(str(met["relation"]) == "MET");
  CHECK(met["key"].GetInt() == 1);
  CHECK_FALSE(met.HasMember("amount"));
  CHECK(str(links[3]["title"]) == "CEO");
  // JSON can carry any character: the vertical tab dropped from the XML files survives here.
  CHECK(str(links[0]["evidence"][0]["text"]) ==
        "AT&T's PAC said it \"backs\" Harris\nfor <now>\x0B today.");
}

TEST_CASE("graph.json writes keys in the contract's order with short numbers") {
  const std::string text = json_of(testing::sample_graph());
  CHECK(text.rfind("{\"directed\":true,\"multigraph\":true,\"graph\":{\"name\":", 0) == 0);
  CHECK_THAT(text, Catch::Contains("{\"id\":\"money:usd:100000000\",\"label\":\"$100 million\","
                                   "\"type\":\"MONEY\",\"value\":100000000,\"currency\":\"USD\","
                                   "\"aliases\":[\"$100 million\"],\"mentions\":2,"
                                   "\"documents\":2,\"x\":100.0,\"y\":0.0}"));
  CHECK_THAT(text, Catch::Contains("\"confidence\":0.65}"));
  CHECK_THAT(text, Catch::Contains("\"source\":\"person:michael-bloomberg\",\"target\":"
                                   "\"person:kamala-harris\",\"key\":0,\"relation\":\"FUNDED\","
                                   "\"predicate\":\"give\",\"weight\":2,"
                                   "\"amount\":\"money:usd:100000000\",\"evidence\":["));
  CHECK_THAT(text, Catch::Contains("Société Générale"));  // UTF-8 kept, not \u-escaped
}

TEST_CASE("graph.json is byte-identical across writes") {
  const Graph graph = testing::sample_graph();
  CHECK(json_of(graph) == json_of(graph));
  CHECK(json_of(graph) == json_of(testing::sample_graph()));
}

TEST_CASE("graph.json stays valid for odd values") {
  Graph graph;
  auto vague = testing::add_node(graph, "money:usd:millions", "millions of dollars",
                                 EntityType::kMoney, {"millions of dollars"}, 1, 1);
  (void)vague;  // a vague amount: MONEY without a value
  auto cents = testing::add_node(graph, "money:usd:4.99", "$4.99", EntityType::kMoney,
                                 {"$4.99"}, 1, 1);
  graph[cents].value = 4.99;
  graph[cents].currency = "USD";
  auto broken = testing::add_node(graph, "org:x", std::string("Soci\xC3", 5), EntityType::kOrg,
                                  {}, 1, 1);
  (void)broken;
  const std::string text = json_of(graph);
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK_FALSE(doc["nodes"][0].HasMember("value"));
  CHECK(doc["nodes"][1]["value"].GetDouble() == 4.99);
  CHECK(str(doc["nodes"][2]["label"]) == "Soci\xEF\xBF\xBD");  // cut character replaced
  CHECK(doc["links"].Size() == 0);
  CHECK(doc["nodes"][2]["aliases"].IsArray());
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

TEST_CASE("graph.json gives every node the start position graph.gexf gives it") {
  const Graph graph = testing::sample_graph();
  const std::string text = json_of(graph);
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  std::ostringstream gexf;
  write_gexf(graph, gexf);
  const auto& nodes = doc["nodes"];
  REQUIRE(nodes.Size() == 6);
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    REQUIRE(nodes[i]["x"].IsNumber());
    REQUIRE(nodes[i]["y"].IsNumber());
    // The same circle in id order: the first node at angle 0, on the positive x axis.
    char position[96];
    std::snprintf(position, sizeof position, "<viz:position x=\"%.3f\" y=\"%.3f\"",
                  nodes[i]["x"].GetDouble(), nodes[i]["y"].GetDouble());
    CHECK_THAT(gexf.str(), Catch::Contains(position));
  }
  CHECK(nodes[0]["y"].GetDouble() == 0.0);
  CHECK(nodes[0]["x"].GetDouble() > 0);
  CHECK(nodes[3]["x"].GetDouble() < 0);  // half way round
}

}  // namespace
}  // namespace kg
