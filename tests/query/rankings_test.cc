// Rankings: top n by degree, PageRank, betweenness or mentions, ties by vertex id, by type.
#include "query/rankings.h"

#include <numeric>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/query/hand_graph.h"

namespace kg {
namespace {

using testing::make_graph;

std::vector<std::string> top_ids(const Graph& g, RankBy by, std::optional<EntityType> type,
                                 size_t n) {
  std::vector<std::string> out;
  for (const Ranked& r : rank_vertices(g, by, type, n)) out.push_back(g[r.vertex].id);
  return out;
}

// Harbor Bank funds three people; Okafor also heads the bank and lives in Ohio.
Graph bank_graph() {
  return make_graph({{"org:harbor-bank", 4},
                     {"person:maria-okafor", 9},
                     {"person:lena-ortiz", 2},
                     {"person:ben-cho", 2},
                     {"gpe:ohio", 3},
                     {"org:quiet-trust", 1}},
                    {{"org:harbor-bank", "FUNDED", "person:maria-okafor"},
                     {"org:harbor-bank", "FUNDED", "person:lena-ortiz"},
                     {"org:harbor-bank", "FUNDED", "person:ben-cho"},
                     {"person:maria-okafor", "ROLE", "org:harbor-bank"},
                     {"person:maria-okafor", "LIVES_IN", "gpe:ohio"}});
}

TEST_CASE("degree counts in and out edges, ties by vertex id") {
  Graph g = bank_graph();
  std::vector<Ranked> top = rank_vertices(g, RankBy::kDegree, std::nullopt, 10);
  REQUIRE(top.size() == 6);
  CHECK(g[top[0].vertex].id == "org:harbor-bank");
  CHECK(top[0].score == 4);
  CHECK(g[top[1].vertex].id == "person:maria-okafor");
  CHECK(top[1].score == 3);
  // Three of degree 1, by id; the node without edges last.
  CHECK(top_ids(g, RankBy::kDegree, std::nullopt, 10) ==
        std::vector<std::string>{"org:harbor-bank", "person:maria-okafor", "gpe:ohio",
                                 "person:ben-cho", "person:lena-ortiz", "org:quiet-trust"});
  CHECK(top[5].score == 0);
}

TEST_CASE("n cuts the list, a type keeps only its vertices, n == 0 gives none") {
  Graph g = bank_graph();
  CHECK(top_ids(g, RankBy::kDegree, std::nullopt, 2) ==
        std::vector<std::string>{"org:harbor-bank", "person:maria-okafor"});
  CHECK(top_ids(g, RankBy::kDegree, EntityType::kPerson, 2) ==
        std::vector<std::string>{"person:maria-okafor", "person:ben-cho"});
  CHECK(top_ids(g, RankBy::kDegree, EntityType::kOrg, 10) ==
        std::vector<std::string>{"org:harbor-bank", "org:quiet-trust"});
  CHECK(top_ids(g, RankBy::kDegree, EntityType::kMoney, 10).empty());
  CHECK(rank_vertices(g, RankBy::kDegree, std::nullopt, 0).empty());
}

TEST_CASE("mentions rank by NodeProps::mentions") {
  Graph g = bank_graph();
  std::vector<Ranked> top = rank_vertices(g, RankBy::kMentions, std::nullopt, 3);
  REQUIRE(top.size() == 3);
  CHECK(g[top[0].vertex].id == "person:maria-okafor");
  CHECK(top[0].score == 9);
  CHECK(g[top[1].vertex].id == "org:harbor-bank");
  CHECK(g[top[2].vertex].id == "gpe:ohio");
  // Tie at 2 mentions: Ben Cho's id sorts before Lena Ortiz's.
  CHECK(top_ids(g, RankBy::kMentions, EntityType::kPerson, 3) ==
        std::vector<std::string>{"person:maria-okafor", "person:ben-cho", "person:lena-ortiz"});
}

TEST_CASE("PageRank follows the edges' direction and its scores are shares of 1") {
  // a -> b -> c: c receives from b, which receives from a.
  Graph g = make_graph({{"org:a"}, {"org:b"}, {"org:c"}},
                       {{"org:a", "OWNS", "org:b"}, {"org:b", "OWNS", "org:c"}});
  std::vector<Ranked> top = rank_vertices(g, RankBy::kPageRank, std::nullopt, 3);
  REQUIRE(top.size() == 3);
  CHECK(testing::ids(g, {top[0].vertex, top[1].vertex, top[2].vertex}) ==
        std::vector<std::string>{"org:c", "org:b", "org:a"});
  // Boost's form: a = 0.15, b = 0.15 + 0.85 a, c = 0.15 + 0.85 b, then divided by their sum.
  double a = 0.15, b = 0.15 + 0.85 * a, c = 0.15 + 0.85 * b, total = a + b + c;
  CHECK(top[0].score == Approx(c / total));
  CHECK(top[1].score == Approx(b / total));
  CHECK(top[2].score == Approx(a / total));
  std::vector<double> scores = vertex_scores(g, RankBy::kPageRank);
  CHECK(std::accumulate(scores.begin(), scores.end(), 0.0) == Approx(1.0));
}

TEST_CASE("PageRank ranks the funded bank above its funders, ties by id") {
  Graph g =
      make_graph({{"org:harbor-bank"}, {"person:ann-lee"}, {"person:bo-diaz"}, {"person:cy-ng"}},
                 {{"person:ann-lee", "FUNDED", "org:harbor-bank"},
                  {"person:bo-diaz", "FUNDED", "org:harbor-bank"},
                  {"person:cy-ng", "FUNDED", "org:harbor-bank"}});
  std::vector<Ranked> top = rank_vertices(g, RankBy::kPageRank, std::nullopt, 4);
  CHECK(testing::ids(g, {top[0].vertex, top[1].vertex, top[2].vertex, top[3].vertex}) ==
        std::vector<std::string>{"org:harbor-bank", "person:ann-lee", "person:bo-diaz",
                                 "person:cy-ng"});
  CHECK(top[1].score == top[3].score);
  CHECK(top[0].score > top[1].score);
}

TEST_CASE(
    "betweenness counts shortest paths through a vertex, ignoring direction and "
    "parallel edges") {
  // a -> b <- c, and a second relation a -> b: b lies on the one path between a and c.
  Graph path = make_graph(
      {{"org:a"}, {"org:b"}, {"org:c"}},
      {{"org:a", "OWNS", "org:b"}, {"org:a", "FUNDED", "org:b"}, {"org:c", "OWNS", "org:b"}});
  std::vector<double> scores = vertex_scores(path, RankBy::kBetweenness);
  CHECK(scores == std::vector<double>{0, 1, 0});
  // A star of four: the centre is on all 6 paths between leaves.
  Graph star = make_graph({{"org:centre"}, {"org:l1"}, {"org:l2"}, {"org:l3"}, {"org:l4"}},
                          {{"org:l1", "OWNS", "org:centre"},
                           {"org:centre", "OWNS", "org:l2"},
                           {"org:l3", "OWNS", "org:centre"},
                           {"org:centre", "OWNS", "org:l4"}});
  std::vector<Ranked> top = rank_vertices(star, RankBy::kBetweenness, std::nullopt, 2);
  REQUIRE(top.size() == 2);
  CHECK(star[top[0].vertex].id == "org:centre");
  CHECK(top[0].score == 6);
  CHECK(star[top[1].vertex].id == "org:l1");  // the leaves tie at 0
  CHECK(top[1].score == 0);
  // Two equal shortest paths a-b-d and a-c-d share the credit.
  Graph square =
      make_graph({{"org:a"}, {"org:b"}, {"org:c"}, {"org:d"}}, {{"org:a", "OWNS", "org:b"},
                                                                {"org:a", "OWNS", "org:c"},
                                                                {"org:b", "OWNS", "org:d"},
                                                                {"org:c", "OWNS", "org:d"}});
  CHECK(vertex_scores(square, RankBy::kBetweenness) == std::vector<double>{0.5, 0.5, 0.5, 0.5});
}

TEST_CASE("an empty graph ranks nothing by any measure") {
  Graph empty;
  for (RankBy by : {RankBy::kDegree, RankBy::kPageRank, RankBy::kBetweenness, RankBy::kMentions}) {
    CHECK(rank_vertices(empty, by, std::nullopt, 10).empty());
    CHECK(vertex_scores(empty, by).empty());
  }
  CHECK_FALSE(betweenness_is_expensive(empty));
}

TEST_CASE("betweenness is expensive above a billion vertices times edges") {
  CHECK_FALSE(betweenness_is_expensive(
      testing::make_graph({{"org:a"}, {"org:b"}}, {{"org:a", "OWNS", "org:b"}})));
  Graph big(40000);  // 40,000 vertices x 30,000 edges = 1.2e9
  for (Vertex v = 0; v < 30000; ++v) boost::add_edge(v, v + 1, big);
  CHECK(betweenness_is_expensive(big));
  Graph smaller(30000);  // 30,000 x 29,999 < 1e9
  for (Vertex v = 0; v + 1 < 30000; ++v) boost::add_edge(v, v + 1, smaller);
  CHECK_FALSE(betweenness_is_expensive(smaller));
}

TEST_CASE("the same graph gives the same ranking every time") {
  Graph g = bank_graph();
  for (RankBy by : {RankBy::kDegree, RankBy::kPageRank, RankBy::kBetweenness, RankBy::kMentions}) {
    std::vector<std::string> first = top_ids(g, by, std::nullopt, 6);
    CHECK(top_ids(g, by, std::nullopt, 6) == first);
  }
}

}  // namespace
}  // namespace kg
