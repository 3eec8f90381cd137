// The query algorithms on the graph of samples/, with answers that samples/EXPECTED.md states
// (its Must triples), so they hold as long as the extractor keeps its promises.
#include <algorithm>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "query/ego_graph.h"
#include "query/graph_stats.h"
#include "query/rankings.h"
#include "query/shortest_paths.h"
#include "tests/query/hand_graph.h"
#include "tests/query/samples_graph.h"

namespace kg {
namespace {

using testing::samples_graph;
using testing::vertex_of;

std::string describe(const Graph& g, const GraphPath& path) {
  std::string out = g[path.front().from].label;
  for (const Hop& hop : path) {
    const std::string& relation = g[hop.edge].relation;
    out += (hop.forward ? " -" + relation + "-> " : " <-" + relation + "- ") + g[hop.to].label;
  }
  return out;
}

std::vector<GraphPath> paths(const std::string& from, const std::string& to,
                             const PathOptions& options = {}) {
  const Graph& g = samples_graph();
  return shortest_paths(g, vertex_of(g, from), vertex_of(g, to), options);
}

TEST_CASE("samples: Kessler reaches the Pittsburgh Ledger through the candidate he funded") {
  // donation_harris_campaign: Kessler FUNDED Harris; Harris STATED Pittsburgh Ledger.
  std::vector<GraphPath> found = paths("person:walter-kessler", "org:pittsburgh-ledger");
  REQUIRE(found.size() == 1);
  CHECK(describe(samples_graph(), found[0]) ==
        "Walter Kessler -FUNDED-> Rebecca Harris -STATED-> Pittsburgh Ledger");
  const Evidence& evidence = samples_graph()[found[0][0].edge].evidence.front();
  CHECK(evidence.doc == "donation_harris_campaign");
  CHECK(evidence.text.find("Kessler") != std::string::npos);
}

TEST_CASE("samples: the CEO and the critic of the Pentagon are three hops apart") {
  // pentagon_contract: Lindqvist ROLE Aldermark; Aldermark CONTRACT Pentagon; Whitcomb OPPOSED
  // the Pentagon (walked against its direction).
  std::vector<GraphPath> found = paths("person:victor-lindqvist", "person:thomas-whitcomb");
  REQUIRE_FALSE(found.empty());
  CHECK(describe(samples_graph(), found[0]) ==
        "Victor Lindqvist -ROLE-> Aldermark Aerospace -CONTRACT-> Pentagon <-OPPOSED- "
        "Thomas Whitcomb");
  CHECK_FALSE(found[0][2].forward);
  for (const GraphPath& path : found) CHECK(path.size() == 3);
  PathOptions two_hops;
  two_hops.max_hops = 2;
  CHECK(paths("person:victor-lindqvist", "person:thomas-whitcomb", two_hops).empty());
  PathOptions no_opposition;
  no_opposition.relations = {"ROLE", "CONTRACT"};
  CHECK(paths("person:victor-lindqvist", "person:thomas-whitcomb", no_opposition).empty());
}

TEST_CASE("samples: Holloway's criticism links him to Kessler in one backward hop") {
  PathOptions one_hop;
  one_hop.max_hops = 1;
  std::vector<GraphPath> found = paths("person:walter-kessler", "person:grant-holloway", one_hop);
  REQUIRE(found.size() == 1);
  CHECK(describe(samples_graph(), found[0]) == "Walter Kessler <-OPPOSED- Grant Holloway");
}

TEST_CASE("samples: Rebecca Harris's ego graph holds the people and places of her article") {
  const Graph& g = samples_graph();
  Graph ego = ego_graph(g, vertex_of(g, "person:rebecca-harris"), 1, {});
  std::set<std::string> labels;
  for (auto [v, end] = boost::vertices(ego); v != end; ++v) labels.insert(ego[*v].label);
  for (const char* expected : {"Rebecca Harris", "Walter Kessler", "Pittsburgh Ledger",
                               "Pennsylvania Teachers Alliance", "Pittsburgh"}) {
    CHECK(labels.count(expected) == 1);
  }
  CHECK(labels.count("Grant Holloway") == 0);  // two hops away, through Kessler
  CHECK(ego[boost::graph_bundle].name == "ego of Rebecca Harris, depth 1");
  CHECK(ego[boost::graph_bundle].documents == 1);  // all from donation_harris_campaign
  Graph funding = ego_graph(g, vertex_of(g, "person:rebecca-harris"), 2, {"FUNDED"});
  std::set<std::string> funders;
  for (auto [v, end] = boost::vertices(funding); v != end; ++v) funders.insert(funding[*v].label);
  CHECK(funders == std::set<std::string>{"Pennsylvania Teachers Alliance", "Rebecca Harris",
                                         "Walter Kessler"});
}

TEST_CASE("samples: rankings are ordered, typed and consistent with the graph") {
  const Graph& g = samples_graph();
  for (RankBy by : {RankBy::kDegree, RankBy::kPageRank, RankBy::kBetweenness, RankBy::kMentions}) {
    std::vector<Ranked> top = rank_vertices(g, by, EntityType::kPerson, 20);
    REQUIRE(top.size() == 20);
    for (size_t i = 0; i < top.size(); ++i) {
      CHECK(g[top[i].vertex].type == EntityType::kPerson);
      if (i > 0) {
        CHECK((top[i - 1].score > top[i].score ||
               (top[i - 1].score == top[i].score && top[i - 1].vertex < top[i].vertex)));
      }
    }
  }
  // The Pittsburgh Ledger has one edge: a leaf lies on no shortest path between others, while
  // Harris, between Kessler and the Ledger, does.
  std::vector<double> betweenness = vertex_scores(g, RankBy::kBetweenness);
  CHECK(betweenness[vertex_of(g, "org:pittsburgh-ledger")] == 0);
  CHECK(betweenness[vertex_of(g, "person:rebecca-harris")] > 0);
  std::vector<double> degree = vertex_scores(g, RankBy::kDegree);
  CHECK(degree[vertex_of(g, "org:pittsburgh-ledger")] == 1);
  CHECK(std::accumulate(degree.begin(), degree.end(), 0.0) == 2.0 * boost::num_edges(g));
  std::vector<double> rank = vertex_scores(g, RankBy::kPageRank);
  CHECK(std::accumulate(rank.begin(), rank.end(), 0.0) == Approx(1.0));
  CHECK_FALSE(betweenness_is_expensive(g));
}

TEST_CASE("samples: stats add up and money stays one node per article") {
  const Graph& g = samples_graph();
  GraphStats stats = compute_stats(g);
  CHECK(stats.documents == 21);
  CHECK(stats.nodes == boost::num_vertices(g));
  CHECK(stats.edges == boost::num_edges(g));
  size_t typed = 0, related = 0;
  for (const auto& [type, count] : stats.nodes_by_type) typed += count;
  for (const auto& [relation, count] : stats.edges_by_relation) related += count;
  CHECK(typed == stats.nodes);
  CHECK(related == stats.edges);
  CHECK(stats.edges_by_relation.at("FUNDED") >= 2);  // Kessler and the Teachers Alliance
  CHECK(stats.components > 1);                       // 21 unrelated articles do not make one graph
  CHECK(stats.largest_component < stats.nodes);
  REQUIRE(stats.hubs.size() == kHubCount);
  CHECK(stats.hubs.front().score >= stats.hubs.back().score);
  std::set<std::string> kinds;
  for (const GraphWarning& warning : stats.warnings) kinds.insert(warning.kind);
  CHECK(kinds.count("shared-value-node") == 0);  // EXPECTED.md: never a hub across articles
  CHECK(kinds.count("junk-label-hub") == 0);     // no title, pronoun or month nodes
}

}  // namespace
}  // namespace kg
