// Shortest paths: every path of the minimal length, either edge direction, in vertex-id order,
// cut by max_hops, max_paths and the relation filter.
#include "query/shortest_paths.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/query/hand_graph.h"

namespace kg {
namespace {

using testing::make_graph;
using testing::vertex_of;

// "person:a -FUNDED-> person:b <-MET- person:c": each hop as walked, arrows as the edges point.
std::string describe(const Graph& g, const GraphPath& path) {
  if (path.empty()) return "(empty)";
  std::string out = g[path.front().from].id;
  for (const Hop& hop : path) {
    CHECK((hop.forward ? boost::source(hop.edge, g) : boost::target(hop.edge, g)) == hop.from);
    CHECK((hop.forward ? boost::target(hop.edge, g) : boost::source(hop.edge, g)) == hop.to);
    const std::string& relation = g[hop.edge].relation;
    out += hop.forward ? " -" + relation + "-> " : " <-" + relation + "- ";
    out += g[hop.to].id;
  }
  return out;
}

std::vector<std::string> paths(const Graph& g, const std::string& from, const std::string& to,
                               const PathOptions& options = {}) {
  std::vector<std::string> out;
  for (const GraphPath& path : shortest_paths(g, vertex_of(g, from), vertex_of(g, to), options)) {
    out.push_back(describe(g, path));
  }
  return out;
}

// Okafor and Whitcomb share a party (2 hops) and are linked through a contract (3 hops).
Graph pentagon_graph() {
  return make_graph({{"person:maria-okafor"},
                     {"person:thomas-whitcomb"},
                     {"person:victor-lindqvist"},
                     {"org:aldermark-aerospace"},
                     {"org:pentagon"},
                     {"norp:republican"},
                     {"gpe:wichita"}},
                    {{"person:maria-okafor", "SUPPORTED", "org:aldermark-aerospace"},
                     {"person:victor-lindqvist", "ROLE", "org:aldermark-aerospace"},
                     {"org:aldermark-aerospace", "CONTRACT", "org:pentagon"},
                     {"person:thomas-whitcomb", "OPPOSED", "org:pentagon"},
                     {"person:thomas-whitcomb", "MEMBER_OF", "norp:republican"},
                     {"person:maria-okafor", "MEMBER_OF", "norp:republican"}});
}

TEST_CASE("the shortest path walks edges in either direction") {
  Graph g = pentagon_graph();
  CHECK(paths(g, "person:maria-okafor", "person:thomas-whitcomb") ==
        std::vector<std::string>{"person:maria-okafor -MEMBER_OF-> norp:republican "
                                 "<-MEMBER_OF- person:thomas-whitcomb"});
  CHECK(paths(g, "person:thomas-whitcomb", "person:maria-okafor") ==
        std::vector<std::string>{"person:thomas-whitcomb -MEMBER_OF-> norp:republican "
                                 "<-MEMBER_OF- person:maria-okafor"});
  CHECK(paths(g, "person:victor-lindqvist", "org:pentagon") ==
        std::vector<std::string>{"person:victor-lindqvist -ROLE-> org:aldermark-aerospace "
                                 "-CONTRACT-> org:pentagon"});
}

TEST_CASE("a relation filter makes the path go the long way or removes it") {
  Graph g = pentagon_graph();
  PathOptions options;
  options.relations = {"SUPPORTED", "CONTRACT", "opposed"};  // case does not matter
  CHECK(paths(g, "person:maria-okafor", "person:thomas-whitcomb", options) ==
        std::vector<std::string>{"person:maria-okafor -SUPPORTED-> org:aldermark-aerospace "
                                 "-CONTRACT-> org:pentagon <-OPPOSED- person:thomas-whitcomb"});
  options.relations = {"ROLE", "MEMBER_OF"};  // the contract was the only way to the Pentagon
  CHECK(paths(g, "person:maria-okafor", "org:pentagon", options).empty());
  options.relations = {"NO_SUCH_RELATION"};
  CHECK(paths(g, "person:maria-okafor", "person:thomas-whitcomb", options).empty());
}

TEST_CASE("max_hops cuts paths that are longer") {
  Graph g = pentagon_graph();
  PathOptions options;
  options.max_hops = 2;
  CHECK(paths(g, "person:maria-okafor", "person:thomas-whitcomb", options).size() == 1);
  CHECK(paths(g, "person:maria-okafor", "org:pentagon", options).size() == 1);
  options.max_hops = 1;
  CHECK(paths(g, "person:maria-okafor", "person:thomas-whitcomb", options).empty());
  CHECK(paths(g, "person:maria-okafor", "org:aldermark-aerospace", options).size() == 1);
  options.max_hops = 0;
  CHECK(paths(g, "person:maria-okafor", "org:aldermark-aerospace", options).empty());
  options.max_hops = -3;  // counts as 0
  CHECK(paths(g, "person:maria-okafor", "org:aldermark-aerospace", options).empty());
  CHECK(paths(g, "person:maria-okafor", "person:maria-okafor", options) ==
        std::vector<std::string>{"(empty)"});
}

TEST_CASE("from == to is one empty path, whatever the filter") {
  Graph g = pentagon_graph();
  PathOptions options;
  options.relations = {"NO_SUCH_RELATION"};
  CHECK(paths(g, "gpe:wichita", "gpe:wichita", options) == std::vector<std::string>{"(empty)"});
}

TEST_CASE("no path between disconnected vertices, or in a graph without edges") {
  Graph g = pentagon_graph();
  CHECK(paths(g, "gpe:wichita", "org:pentagon").empty());
  CHECK(paths(g, "org:pentagon", "gpe:wichita").empty());
  Graph lonely = make_graph({{"person:ann-lee"}, {"gpe:ohio"}}, {});
  CHECK(paths(lonely, "person:ann-lee", "gpe:ohio").empty());
}

TEST_CASE("paths of equal length come in vertex-id order, not edge order, up to max_paths") {
  // org:zeta-bank's edge comes first in edge order (sources by id), gpe:ohio's id first.
  Graph g = make_graph({{"person:ann-lee"}, {"gpe:ohio"}, {"org:zeta-bank"}, {"org:target"}},
                       {{"org:zeta-bank", "EMPLOYS", "person:ann-lee"},
                        {"person:ann-lee", "LIVES_IN", "gpe:ohio"},
                        {"gpe:ohio", "HOSTS", "org:target"},
                        {"org:zeta-bank", "OWNS", "org:target"}});
  CHECK(paths(g, "person:ann-lee", "org:target") ==
        std::vector<std::string>{"person:ann-lee -LIVES_IN-> gpe:ohio -HOSTS-> org:target",
                                 "person:ann-lee <-EMPLOYS- org:zeta-bank -OWNS-> org:target"});
  PathOptions one;
  one.max_paths = 1;
  CHECK(paths(g, "person:ann-lee", "org:target", one) ==
        std::vector<std::string>{"person:ann-lee -LIVES_IN-> gpe:ohio -HOSTS-> org:target"});
  PathOptions none;
  none.max_paths = 0;
  CHECK(paths(g, "person:ann-lee", "org:target", none).empty());
  CHECK(paths(g, "person:ann-lee", "person:ann-lee", none).empty());
}

TEST_CASE("one relation both ways is one hop, shown by the edge that points the way walked") {
  Graph g = make_graph({{"person:grant-holloway"}, {"person:walter-kessler"}},
                       {{"person:grant-holloway", "OPPOSED", "person:walter-kessler"},
                        {"person:walter-kessler", "OPPOSED", "person:grant-holloway"}});
  CHECK(paths(g, "person:walter-kessler", "person:grant-holloway") ==
        std::vector<std::string>{"person:walter-kessler -OPPOSED-> person:grant-holloway"});
  CHECK(paths(g, "person:grant-holloway", "person:walter-kessler") ==
        std::vector<std::string>{"person:grant-holloway -OPPOSED-> person:walter-kessler"});
}

TEST_CASE("different relations between two vertices are different paths, in edge order") {
  Graph g = make_graph({{"person:rebecca-harris"}, {"person:walter-kessler"}},
                       {{"person:walter-kessler", "FUNDED", "person:rebecca-harris"},
                        {"person:walter-kessler", "SUPPORTED", "person:rebecca-harris"},
                        {"person:rebecca-harris", "MET", "person:walter-kessler"}});
  // Edge order: sources by id, so Harris's MET edge is first.
  CHECK(paths(g, "person:walter-kessler", "person:rebecca-harris") ==
        std::vector<std::string>{"person:walter-kessler <-MET- person:rebecca-harris",
                                 "person:walter-kessler -FUNDED-> person:rebecca-harris",
                                 "person:walter-kessler -SUPPORTED-> person:rebecca-harris"});
  PathOptions two;
  two.max_paths = 2;
  CHECK(paths(g, "person:walter-kessler", "person:rebecca-harris", two).size() == 2);
}

TEST_CASE("vertex sequences are ordered first, then the choice of hop on each step") {
  // Two relations from a to b, then b to t through c or d: the c paths come before the d ones.
  Graph g = make_graph({{"org:a"}, {"org:b"}, {"org:c"}, {"org:d"}, {"org:t"}},
                       {{"org:a", "OWNS", "org:b"},
                        {"org:a", "FUNDED", "org:b"},
                        {"org:b", "OWNS", "org:c"},
                        {"org:b", "OWNS", "org:d"},
                        {"org:c", "OWNS", "org:t"},
                        {"org:d", "OWNS", "org:t"}});
  CHECK(paths(g, "org:a", "org:t") ==
        std::vector<std::string>{"org:a -FUNDED-> org:b -OWNS-> org:c -OWNS-> org:t",
                                 "org:a -OWNS-> org:b -OWNS-> org:c -OWNS-> org:t",
                                 "org:a -FUNDED-> org:b -OWNS-> org:d -OWNS-> org:t",
                                 "org:a -OWNS-> org:b -OWNS-> org:d -OWNS-> org:t"});
}

TEST_CASE("a self-loop is never a hop") {
  Graph g =
      make_graph({{"org:a"}, {"org:b"}}, {{"org:a", "OWNS", "org:a"}, {"org:a", "OWNS", "org:b"}});
  CHECK(paths(g, "org:a", "org:b") == std::vector<std::string>{"org:a -OWNS-> org:b"});
}

}  // namespace
}  // namespace kg
