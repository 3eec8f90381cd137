// GraphBuilder: edges merge by (subject, relation, object) and keep every evidence record; nodes
// merge across documents only when exactly one fuller node claims the short one.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "extract/extractor.h"
#include "tests/shipped_rules.h"
#include "graph/graph_builder.h"

namespace kg {
namespace {

Graph build(const std::vector<std::pair<std::string, std::string>>& docs) {
  GraphBuilder builder;
  for (const auto& [id, text] : docs) {
    Document doc;
    doc.id = id;
    doc.text = text;
    builder.add(contribution_of(doc, testing::shipped_extractor().analyze(doc)));
  }
  return builder.finish("test");
}

std::map<std::string, NodeProps> nodes(const Graph& g) {
  std::map<std::string, NodeProps> out;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) out[g[*v].id] = g[*v];
  return out;
}

const EdgeProps* find_edge(const Graph& g, const std::string& source, const std::string& relation,
                           const std::string& target) {
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    if (g[boost::source(*e, g)].id == source && g[boost::target(*e, g)].id == target &&
        g[*e].relation == relation) {
      return &g[*e];
    }
  }
  return nullptr;
}

TEST_CASE("the same triple in two documents is one edge of weight 2 with both evidence records") {
  Graph g = build({{"a", "Michael Torres donated $5 million to the Marlow Foundation on Monday."},
                   {"b", "Filings show Michael Torres donated $5 million to the Marlow Foundation."}});
  const EdgeProps* edge = find_edge(g, "person:michael-torres", "FUNDED", "org:marlow-foundation");
  REQUIRE(edge != nullptr);
  CHECK(edge->weight == 2);
  REQUIRE(edge->evidence.size() == 2);
  CHECK(edge->evidence[0].doc == "a");
  CHECK(edge->evidence[1].doc == "b");
  CHECK(edge->amount == "money:usd:5000000@a");  // the amount node of the first evidence
}

TEST_CASE("the same amount in unrelated articles is one node per article, not a hub") {
  Graph g = build(
      {{"a", "Nora Quill donated $5 million to the Harlan Trust on Tuesday. The $5 million gift "
             "was the largest in the trust's history."},
       {"b", "The Brevik Group spent $5 million on advertising in the spring, filings show."}});
  std::map<std::string, NodeProps> n = nodes(g);
  REQUIRE(n.count("money:usd:5000000@a") == 1);
  REQUIRE(n.count("money:usd:5000000@b") == 1);
  CHECK(n.count("money:usd:5000000") == 0);
  CHECK(n.at("money:usd:5000000@a").mentions == 2);  // within an article: one node
  CHECK(n.at("money:usd:5000000@a").documents == 1);
  CHECK(n.at("money:usd:5000000@a").value == 5e6);
  CHECK(n.at("money:usd:5000000@b").label == "$5 million");
  const EdgeProps* gift = find_edge(g, "person:nora-quill", "FUNDED", "org:harlan-trust");
  REQUIRE(gift != nullptr);
  CHECK(gift->amount == "money:usd:5000000@a");
  CHECK(find_edge(g, "org:brevik-group", "PAID", "money:usd:5000000@b") != nullptr);
  // No amount node joins the two articles: every edge at one has evidence from its article only.
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const std::string& target = g[boost::target(*e, g)].id;
    if (target.rfind("money:", 0) != 0) continue;
    for (const Evidence& evidence : g[*e].evidence) {
      CHECK(target.substr(target.find('@') + 1) == evidence.doc);
    }
  }
}

TEST_CASE("dates, and amounts or shares no edge uses, are no nodes") {
  Graph g = build({{"a", "Nora Quill donated $5 million to the Harlan Trust on Tuesday. The trust "
                         "has grown 12% since 2019, and its staff earn $40,000 a year."}});
  std::map<std::string, NodeProps> n = nodes(g);
  CHECK(n.count("person:nora-quill") == 1);
  CHECK(n.count("money:usd:5000000@a") == 1);  // the gift's amount
  CHECK(n.count("money:usd:40000@a") == 0);    // stated, but in no relation
  for (const auto& [id, node] : n) {
    INFO(id);
    CHECK(node.type != EntityType::kDate);
    CHECK(node.type != EntityType::kPercent);
  }
}

TEST_CASE("an event is dated by the sentence that says when it is held, or by its name") {
  Graph g = build(
      {{"a", "The Pacific Trade Summit will be held on March 14 in Honolulu, organizers said."},
       {"b", "Ministers attended last year’s Pacific Trade Summit. Turnout in the 2022 midterm "
             "elections was the highest in decades."}});
  std::map<std::string, NodeProps> n = nodes(g);
  REQUIRE(n.count("event:pacific-trade-summit") == 1);
  CHECK(n.at("event:pacific-trade-summit").date == "March 14");  // the first article's wins
  REQUIRE(n.count("event:2022-midterm-elections") == 1);
  CHECK(n.at("event:2022-midterm-elections").date == "2022");
  // The date is an attribute: no edge leads to it.
  CHECK(find_edge(g, "event:pacific-trade-summit", "HELD_ON", "date:march-14") == nullptr);
  CHECK(find_edge(g, "event:pacific-trade-summit", "LOCATED_IN", "gpe:honolulu") != nullptr);
}

TEST_CASE("a contest named by its kind is one event per article, placed and dated") {
  Graph g = build(
      {{"a", "Turnout in last month's mayoral race in Denver was the lowest since 1995."},
       {"b", "Spending in the mayoral race in Tulsa topped $3 million, filings show."}});
  std::map<std::string, NodeProps> n = nodes(g);
  REQUIRE(n.count("event:mayoral-race@a") == 1);
  REQUIRE(n.count("event:mayoral-race@b") == 1);
  CHECK(n.at("event:mayoral-race@a").date == "last month");
  CHECK(n.at("event:mayoral-race@b").date.empty());
  CHECK(find_edge(g, "event:mayoral-race@a", "LOCATED_IN", "gpe:denver") != nullptr);
  CHECK(find_edge(g, "event:mayoral-race@b", "LOCATED_IN", "gpe:tulsa") != nullptr);
}

TEST_CASE("a surname alone in one article joins the full name of another") {
  Graph g = build({{"a", "Sen. Maria Okafor of Ohio spoke on Monday. Okafor said the bill would pass."},
                   {"b", "Okafor said Aldermark Aerospace would hire. Okafor praised Aldermark Aerospace."}});
  auto n = nodes(g);
  CHECK(n.count("person:okafor") == 0);
  REQUIRE(n.count("person:maria-okafor") == 1);
  CHECK(n["person:maria-okafor"].documents == 2);
  CHECK(find_edge(g, "person:maria-okafor", "SUPPORTED", "org:aldermark-aerospace") != nullptr);
}

TEST_CASE("a surname that two people share stays its own node") {
  Graph g = build({{"a", "Tom Becker, a banker, spoke in Oslo."},
                   {"b", "Laura Becker, an activist, spoke in Oxford."},
                   {"c", "Becker said the plan was flawed."}});
  auto n = nodes(g);
  CHECK(n.count("person:tom-becker") == 1);
  CHECK(n.count("person:laura-becker") == 1);
  CHECK(n.count("person:becker") == 1);
}

TEST_CASE("a person named without a middle initial in one article joins the one named with it") {
  Graph g = build({{"a", "Mayor Darnell K. Hopewell of Tulsa opened the bridge on Monday."},
                   {"b", "Darnell Hopewell said the bridge cost less than planned."},
                   {"c", "Ruth A. Calloway and Ruth B. Calloway, two sisters, ran in Tulsa."},
                   {"d", "Ruth Calloway said the race was hard."}});
  auto n = nodes(g);
  CHECK(n.count("person:darnell-hopewell") == 0);
  REQUIRE(n.count("person:darnell-k-hopewell") == 1);
  CHECK(n["person:darnell-k-hopewell"].documents == 2);
  CHECK(n["person:darnell-k-hopewell"].label == "Darnell K. Hopewell");
  // Two people with that first and last name: the short form stays its own node.
  CHECK(n.count("person:ruth-calloway") == 1);
}

TEST_CASE("a lone word whose type is only guessed joins the one person whose surname it is") {
  // In b only mined context cues say Okafor and Smith are people: each is a guess.
  Graph g = build({{"a", "Maria Okafor met John Smith on Monday."},
                   {"b", "On Monday, Okafor praised Globex Corp. Later Okafor met Smith in Ohio."}});
  auto n = nodes(g);
  CHECK(n.count("org:okafor") == 0);
  CHECK(n.count("org:smith") == 0);
  REQUIRE(n.count("person:maria-okafor") == 1);
  REQUIRE(n.count("person:john-smith") == 1);
  CHECK(n["person:maria-okafor"].type == EntityType::kPerson);
  CHECK(n["person:maria-okafor"].documents == 2);
  CHECK(n["person:john-smith"].documents == 2);
  CHECK(n.count("org:globex") == 1);  // a legal form established it: never folded
}

TEST_CASE("a lone word whose type a document established, or that two people share, stays") {
  Graph g = build({{"a", "Maria Okafor met Tom Becker and Laura Becker on Monday."},
                   {"b", "The new plant in Okafor opened on Monday."},
                   {"c", "On Monday, Becker praised Globex Corp."}});
  auto n = nodes(g);
  CHECK(n.count("gpe:okafor") == 1);  // "in Okafor": a place by its context
  CHECK(n.count("person:becker") == 1);  // two people named Becker: which one is unknown
  CHECK(n["person:maria-okafor"].documents == 1);
}

TEST_CASE("an acronym defined in one article merges with its bare use in another") {
  Graph g = build({{"a", "The Federal Trade Commission (FTC) sued Northwind Corp. on Monday."},
                   {"b", "The FTC said it would appeal."}});
  auto n = nodes(g);
  CHECK(n.count("org:ftc") == 0);
  REQUIRE(n.count("org:federal-trade-commission") == 1);
  CHECK(n["org:federal-trade-commission"].documents == 2);
}

TEST_CASE("nodes are in id order and parallel edges get keys") {
  Graph g = build({{"a", "Maria Okafor met with Daniel Reyes. Maria Okafor praised Daniel Reyes."}});
  std::string previous;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    CHECK(previous < g[*v].id);
    previous = g[*v].id;
  }
  const EdgeProps* met = find_edge(g, "person:maria-okafor", "MET", "person:daniel-reyes");
  const EdgeProps* praised = find_edge(g, "person:maria-okafor", "SUPPORTED", "person:daniel-reyes");
  REQUIRE(met != nullptr);
  REQUIRE(praised != nullptr);
  CHECK(met->key == 0);
  CHECK(praised->key == 1);
}

}  // namespace
}  // namespace kg
