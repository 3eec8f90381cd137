// Graph stats: counts, components, hubs and the warnings worth acting on.
#include "query/graph_stats.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/query/hand_graph.h"

namespace kg {
namespace {

using testing::EdgeSpec;
using testing::make_graph;
using testing::NodeSpec;

const GraphWarning* find(const GraphStats& stats, const std::string& kind) {
  for (const GraphWarning& warning : stats.warnings) {
    if (warning.kind == kind) return &warning;
  }
  return nullptr;
}

std::vector<std::string> kinds(const GraphStats& stats) {
  std::vector<std::string> out;
  for (const GraphWarning& warning : stats.warnings) out.push_back(warning.kind);
  return out;
}

// Two connected groups and two nodes without edges.
Graph two_stories() {
  return make_graph({{"person:walter-kessler", 4},
                     {"person:rebecca-harris", 5},
                     {"org:pittsburgh-ledger", 2},
                     {"money:usd:5000000@a", 2},
                     {"org:aldermark-aerospace", 3},
                     {"org:pentagon", 6},
                     {"gpe:arlington", 1},
                     {"gpe:wichita", 3},
                     {"person:nadia-petrov", 1}},
                    {{"person:walter-kessler", "FUNDED", "person:rebecca-harris", {"a"}},
                     {"person:walter-kessler", "PAID", "money:usd:5000000@a", {"a"}},
                     {"person:rebecca-harris", "STATED", "org:pittsburgh-ledger", {"a"}},
                     {"org:aldermark-aerospace", "CONTRACT", "org:pentagon", {"b"}},
                     {"org:aldermark-aerospace", "LOCATED_IN", "gpe:arlington", {"b"}}},
                    "two stories", 2);
}

TEST_CASE("stats count nodes by type, edges by relation, and documents") {
  GraphStats stats = compute_stats(two_stories());
  CHECK(stats.nodes == 9);
  CHECK(stats.edges == 5);
  CHECK(stats.documents == 2);
  CHECK(stats.nodes_by_type ==
        std::map<std::string, size_t>{{"GPE", 2}, {"MONEY", 1}, {"ORG", 3}, {"PERSON", 3}});
  CHECK(stats.edges_by_relation ==
        std::map<std::string, size_t>{
            {"CONTRACT", 1}, {"FUNDED", 1}, {"LOCATED_IN", 1}, {"PAID", 1}, {"STATED", 1}});
}

TEST_CASE("components ignore direction and a node without edges is a component of its own") {
  GraphStats stats = compute_stats(two_stories());
  CHECK(stats.components == 4);  // Kessler's 4, Aldermark's 3, Wichita, Petrov
  CHECK(stats.largest_component == 4);
}

TEST_CASE("hubs are the top nodes by degree, ties by id, none without edges") {
  Graph g = two_stories();
  GraphStats stats = compute_stats(g);
  std::vector<std::string> hubs;
  for (const Ranked& hub : stats.hubs) {
    hubs.push_back(g[hub.vertex].id + "=" + std::to_string(static_cast<int>(hub.score)));
  }
  CHECK(hubs == std::vector<std::string>{"org:aldermark-aerospace=2", "person:rebecca-harris=2",
                                         "person:walter-kessler=2", "gpe:arlington=1",
                                         "money:usd:5000000@a=1", "org:pentagon=1",
                                         "org:pittsburgh-ledger=1"});
}

TEST_CASE("nodes without edges are isolated when named more than once, else single mentions") {
  Graph g = two_stories();
  GraphStats stats = compute_stats(g);
  CHECK(kinds(stats) == std::vector<std::string>{"isolated", "single-mention"});
  const GraphWarning* isolated = find(stats, "isolated");
  REQUIRE(isolated != nullptr);
  CHECK(testing::ids(g, isolated->vertices) == std::vector<std::string>{"gpe:wichita"});
  CHECK(isolated->count == 1);
  CHECK(isolated->advice.find("rules/relations/") != std::string::npos);
  const GraphWarning* single = find(stats, "single-mention");
  REQUIRE(single != nullptr);
  CHECK(testing::ids(g, single->vertices) == std::vector<std::string>{"person:nadia-petrov"});
  CHECK(single->advice.find("rules/lexicon/common_words.txt") != std::string::npos);
}

TEST_CASE("isolated nodes list the most mentioned first and a warning lists at most ten") {
  std::vector<NodeSpec> nodes = {{"org:a", 2}, {"org:b", 7}, {"org:c", 3}, {"money:usd:5@d", 1}};
  for (int i = 0; i < 12; ++i) nodes.push_back({"person:p" + std::to_string(10 + i), 1});
  Graph g = make_graph(nodes, {});
  GraphStats stats = compute_stats(g);
  const GraphWarning* isolated = find(stats, "isolated");
  REQUIRE(isolated != nullptr);
  CHECK(testing::ids(g, isolated->vertices) == std::vector<std::string>{"org:b", "org:c", "org:a"});
  const GraphWarning* single = find(stats, "single-mention");
  REQUIRE(single != nullptr);
  CHECK(single->count == 12);  // the amount named once is not noise
  REQUIRE(single->vertices.size() == kMaxWarningVertices);
  CHECK(g[single->vertices.front()].id == "person:p10");
  CHECK(g[single->vertices.back()].id == "person:p19");
  CHECK(stats.components == 16);
  CHECK(stats.largest_component == 1);
  CHECK(stats.hubs.empty());
}

TEST_CASE("a hub labelled in lower case or by one short word is junk") {
  CHECK(looks_like_junk_label("the company"));
  CHECK(looks_like_junk_label("officials"));
  CHECK(looks_like_junk_label("He"));
  CHECK(looks_like_junk_label("Sen"));
  CHECK_FALSE(looks_like_junk_label("FTC"));
  CHECK_FALSE(looks_like_junk_label("3M"));
  CHECK_FALSE(looks_like_junk_label("Ohio"));
  CHECK_FALSE(looks_like_junk_label("Maria Okafor"));
  CHECK_FALSE(looks_like_junk_label("de Blasio"));  // a capital anywhere is enough
  CHECK_FALSE(looks_like_junk_label("42"));

  std::vector<NodeSpec> nodes = {{"org:the-company", 5, "the company"},
                                 {"person:he", 5, "He"},
                                 {"org:ftc", 5, "FTC"},
                                 {"org:the-agency", 5, "the agency"}};
  std::vector<EdgeSpec> edges;
  for (int i = 0; i < 3; ++i) {
    std::string person = "person:p" + std::to_string(i);
    nodes.push_back({person});
    edges.push_back({"org:the-company", "OWNS", person});
    edges.push_back({"person:he", "MET", person});
    edges.push_back({"org:ftc", "OPPOSED", person});
  }
  edges.push_back({"org:the-agency", "OWNS", "person:p0"});  // two edges only: not a hub
  edges.push_back({"org:the-agency", "OWNS", "person:p1"});
  edges.push_back({"org:the-company", "OWNS", "org:ftc"});
  Graph g = make_graph(nodes, edges);
  GraphStats stats = compute_stats(g);
  const GraphWarning* junk = find(stats, "junk-label-hub");
  REQUIRE(junk != nullptr);
  CHECK(testing::ids(g, junk->vertices) ==
        std::vector<std::string>{"org:the-company", "person:he"});
  CHECK(junk->advice.find("descriptions.tsv") != std::string::npos);
}

TEST_CASE("an amount with edges from two documents is a shared value node") {
  Graph g = make_graph(
      {{"money:usd:5000000", 2}, {"money:usd:3000000@a", 2}, {"org:a"}, {"org:b"}, {"org:c"}},
      {{"org:a", "PAID", "money:usd:5000000", {"doc-a"}},
       {"org:b", "PAID", "money:usd:5000000", {"doc-b"}},
       {"org:a", "PAID", "money:usd:3000000@a", {"doc-a"}},
       {"org:c", "RECEIVED", "money:usd:3000000@a", {"doc-a"}}});
  GraphStats stats = compute_stats(g);
  const GraphWarning* shared = find(stats, "shared-value-node");
  REQUIRE(shared != nullptr);
  CHECK(testing::ids(g, shared->vertices) == std::vector<std::string>{"money:usd:5000000"});
  CHECK(shared->advice.find("one node per article") != std::string::npos);
  CHECK(kinds(stats) == std::vector<std::string>{"shared-value-node"});
}

// A hub with `degree` STATED edges, `same_rule` of them by one rule, among pairs of degree 1.
Graph stated_hub(int degree, int same_rule) {
  std::vector<NodeSpec> nodes = {{"org:wire-service"}};
  std::vector<EdgeSpec> edges;
  for (int i = 0; i < degree; ++i) {
    std::string person = "person:p" + std::to_string(10 + i);
    nodes.push_back({person});
    edges.push_back({person,
                     "STATED",
                     "org:wire-service",
                     {"doc" + std::to_string(i)},
                     i < same_rule ? "said-to-outlet" : "rule" + std::to_string(i)});
  }
  return make_graph(nodes, edges);
}

TEST_CASE("a hub far above the rest whose edges come mostly from one rule is suspicious") {
  Graph g = stated_hub(12, 9);  // 9 of 12 = 75% from one rule
  GraphStats stats = compute_stats(g);
  const GraphWarning* hub = find(stats, "one-rule-hub");
  REQUIRE(hub != nullptr);
  CHECK(testing::ids(g, hub->vertices) == std::vector<std::string>{"org:wire-service"});
  CHECK(hub->advice.find("rules/relations/") != std::string::npos);
  CHECK(compute_stats(stated_hub(12, 8)).warnings.empty());  // 67%: made by many rules
  CHECK(compute_stats(stated_hub(9, 9)).warnings.empty());   // too few edges to be a hub
  CHECK(stats.hubs.size() == kHubCount);
  CHECK(g[stats.hubs.front().vertex].id == "org:wire-service");
  CHECK(stats.hubs.front().score == 12);
}

TEST_CASE("the stats of an empty graph are zeros without warnings") {
  GraphStats stats = compute_stats(Graph());
  CHECK(stats.nodes == 0);
  CHECK(stats.edges == 0);
  CHECK(stats.documents == 0);
  CHECK(stats.nodes_by_type.empty());
  CHECK(stats.edges_by_relation.empty());
  CHECK(stats.components == 0);
  CHECK(stats.largest_component == 0);
  CHECK(stats.hubs.empty());
  CHECK(stats.warnings.empty());
}

}  // namespace
}  // namespace kg
