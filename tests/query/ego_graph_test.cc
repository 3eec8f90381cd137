// Ego graphs: the vertices within depth hops of a centre (either direction, along the filtered
// relations) and every edge among them, as a Graph the writers take as it is.
#include "query/ego_graph.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/query/hand_graph.h"

namespace kg {
namespace {

using testing::make_graph;
using testing::vertex_of;

std::vector<std::string> vertex_ids(const Graph& g) {
  std::vector<std::string> out;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) out.push_back(g[*v].id);
  return out;
}

// "source RELATION target #key" for every edge, in the graph's order.
std::vector<std::string> edge_list(const Graph& g) {
  std::vector<std::string> out;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    out.push_back(g[boost::source(*e, g)].id + " " + g[*e].relation + " " +
                  g[boost::target(*e, g)].id + " #" + std::to_string(g[*e].key));
  }
  return out;
}

// Harbor Bank funds Okafor and Ortiz; Okafor also heads it (a parallel edge) and lives in Ohio;
// Ortiz met Cho, who lives in Ohio; Dayton is in Ohio.
Graph bank_graph() {
  return make_graph({{"org:harbor-bank", 4},
                     {"person:maria-okafor", 9},
                     {"person:lena-ortiz", 2},
                     {"person:ben-cho", 2},
                     {"gpe:ohio", 3},
                     {"gpe:dayton", 1}},
                    {{"org:harbor-bank", "FUNDED", "person:maria-okafor", {"a", "b"}},
                     {"org:harbor-bank", "FUNDED", "person:lena-ortiz", {"a"}},
                     {"person:maria-okafor", "ROLE", "org:harbor-bank", {"c"}},
                     {"org:harbor-bank", "OWNS", "person:maria-okafor", {"d"}},
                     {"person:maria-okafor", "LIVES_IN", "gpe:ohio", {"c"}},
                     {"person:lena-ortiz", "MET", "person:ben-cho", {"e"}},
                     {"person:ben-cho", "LIVES_IN", "gpe:ohio", {"e"}},
                     {"gpe:dayton", "LOCATED_IN", "gpe:ohio", {"f"}}},
                    "bank", 6);
}

TEST_CASE("depth 1 holds the centre, its neighbours both ways, and every edge among them") {
  Graph g = bank_graph();
  Graph ego = ego_graph(g, vertex_of(g, "person:maria-okafor"), 1, {});
  CHECK(vertex_ids(ego) ==
        std::vector<std::string>{"gpe:ohio", "org:harbor-bank", "person:maria-okafor"});
  CHECK(edge_list(ego) == std::vector<std::string>{"org:harbor-bank FUNDED person:maria-okafor #0",
                                                   "org:harbor-bank OWNS person:maria-okafor #1",
                                                   "person:maria-okafor LIVES_IN gpe:ohio #0",
                                                   "person:maria-okafor ROLE org:harbor-bank #0"});
  CHECK(ego[boost::graph_bundle].name == "ego of Maria Okafor, depth 1");
  CHECK(ego[boost::graph_bundle].documents == 4);  // a, b, c, d
  // Properties come along unchanged.
  const NodeProps& okafor = ego[vertex_of(ego, "person:maria-okafor")];
  CHECK(okafor.mentions == 9);
  CHECK(okafor.label == "Maria Okafor");
  CHECK(okafor.type == EntityType::kPerson);
  auto [first, end] = boost::edges(ego);
  REQUIRE(first != end);
  CHECK(ego[*first].weight == 2);
  CHECK(ego[*first].evidence.size() == 2);
}

TEST_CASE("depth 2 reaches the neighbours' neighbours and the edges between them") {
  Graph g = bank_graph();
  Graph ego = ego_graph(g, vertex_of(g, "person:maria-okafor"), 2, {});
  CHECK(vertex_ids(ego) == std::vector<std::string>{"gpe:dayton", "gpe:ohio", "org:harbor-bank",
                                                    "person:ben-cho", "person:lena-ortiz",
                                                    "person:maria-okafor"});
  // Ortiz MET Cho: both are 2 hops away, and the edge between them is kept.
  CHECK(edge_list(ego).size() == 8);
  CHECK(ego[boost::graph_bundle].name == "ego of Maria Okafor, depth 2");
  CHECK(ego[boost::graph_bundle].documents == 6);
  Graph whole = ego_graph(g, vertex_of(g, "person:maria-okafor"), 10, {});
  CHECK(edge_list(whole) == edge_list(g));
}

TEST_CASE("depth 0 is the centre alone, and so is a negative depth") {
  Graph g = bank_graph();
  Graph ego = ego_graph(g, vertex_of(g, "gpe:ohio"), 0, {});
  CHECK(vertex_ids(ego) == std::vector<std::string>{"gpe:ohio"});
  CHECK(boost::num_edges(ego) == 0);
  CHECK(ego[boost::graph_bundle].name == "ego of Ohio, depth 0");
  CHECK(ego[boost::graph_bundle].documents == 0);
  Graph negative = ego_graph(g, vertex_of(g, "gpe:ohio"), -2, {});
  CHECK(vertex_ids(negative) == std::vector<std::string>{"gpe:ohio"});
  CHECK(negative[boost::graph_bundle].name == "ego of Ohio, depth 0");
}

TEST_CASE("a relation filter limits how the ego graph spreads and which edges it keeps") {
  Graph g = bank_graph();
  Graph ego = ego_graph(g, vertex_of(g, "person:lena-ortiz"), 2, {"FUNDED"});
  // Ortiz <- Harbor Bank -> Okafor by FUNDED only; Cho (MET) and Ohio (LIVES_IN) are left out.
  CHECK(vertex_ids(ego) ==
        std::vector<std::string>{"org:harbor-bank", "person:lena-ortiz", "person:maria-okafor"});
  CHECK(edge_list(ego) ==
        std::vector<std::string>{"org:harbor-bank FUNDED person:lena-ortiz #0",
                                 "org:harbor-bank FUNDED person:maria-okafor #0"});
  Graph unknown = ego_graph(g, vertex_of(g, "person:lena-ortiz"), 2, {"NO_SUCH_RELATION"});
  CHECK(vertex_ids(unknown) == std::vector<std::string>{"person:lena-ortiz"});
}

TEST_CASE("an isolated centre gives a one-vertex graph") {
  Graph g = make_graph({{"person:ann-lee"}, {"gpe:ohio"}}, {});
  Graph ego = ego_graph(g, vertex_of(g, "person:ann-lee"), 3, {});
  CHECK(vertex_ids(ego) == std::vector<std::string>{"person:ann-lee"});
  CHECK(ego[boost::graph_bundle].name == "ego of Ann Lee, depth 3");
}

}  // namespace
}  // namespace kg
