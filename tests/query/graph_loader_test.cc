// kg query reads back what kg build wrote: graph.json whole, GraphML with everything but each
// evidence record's confidence; and says clearly what is wrong with a file it cannot use.
#include "query/graph_loader.h"

#include <fstream>

#include <boost/range/iterator_range.hpp>
#include <catch2/catch.hpp>

#include "export/writers.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

using testing::TempDir;

void write_text(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

std::string message_of(const std::string& path) {
  Graph graph;
  const Status s = load_graph(path, &graph);
  return s.ok() ? "(ok)" : s.message();
}

std::vector<Edge> edges_of(const Graph& graph) {
  std::vector<Edge> edges;
  for (Edge e : boost::make_iterator_range(boost::edges(graph))) edges.push_back(e);
  return edges;
}

const EdgeProps& edge_of(const Graph& graph, const std::string& relation) {
  for (Edge e : edges_of(graph)) {
    if (graph[e].relation == relation) return graph[e];
  }
  FAIL("no " + relation + " edge");
  throw;
}

void check_same_structure(const Graph& read, const Graph& written) {
  REQUIRE(boost::num_vertices(read) == boost::num_vertices(written));
  REQUIRE(boost::num_edges(read) == boost::num_edges(written));
  for (Vertex v : boost::make_iterator_range(boost::vertices(written))) {
    CHECK(read[v].id == written[v].id);
    CHECK(read[v].label == written[v].label);
    CHECK(read[v].type == written[v].type);
    CHECK(read[v].aliases == written[v].aliases);
    CHECK(read[v].titles == written[v].titles);
    CHECK(read[v].mentions == written[v].mentions);
    CHECK(read[v].value == written[v].value);
  }
  const std::vector<Edge> read_edges = edges_of(read);
  auto r = read_edges.begin();
  for (Edge e : edges_of(written)) {
    CHECK(read[boost::source(*r, read)].id == written[boost::source(e, written)].id);
    CHECK(read[boost::target(*r, read)].id == written[boost::target(e, written)].id);
    CHECK(read[*r].relation == written[e].relation);
    CHECK(read[*r].title == written[e].title);
    CHECK(read[*r].amount == written[e].amount);
    CHECK(read[*r].key == written[e].key);
    CHECK(read[*r].weight == written[e].weight);
    REQUIRE(read[*r].evidence.size() == written[e].evidence.size());
    for (size_t i = 0; i < written[e].evidence.size(); ++i) {
      CHECK(read[*r].evidence[i].doc == written[e].evidence[i].doc);
      CHECK(read[*r].evidence[i].start == written[e].evidence[i].start);
      CHECK(read[*r].evidence[i].end == written[e].evidence[i].end);
      CHECK(read[*r].evidence[i].rule == written[e].evidence[i].rule);
    }
    ++r;
  }
}

TEST_CASE("graph.json reads back every node, edge and evidence record") {
  TempDir dir;
  const Graph written = testing::sample_graph();
  REQUIRE(write_graph_files(written, dir.path()).ok());
  Graph read;
  const Status s = load_graph(dir.path(), &read);  // the directory: its graph.json
  INFO(s.message());
  REQUIRE(s.ok());
  check_same_structure(read, written);
  CHECK(read[boost::graph_bundle].documents == 3);
  const EdgeProps& funded = edge_of(read, "FUNDED");
  CHECK(funded.evidence[1].text ==
        "Bloomberg\xE2\x80\x99s $100 million gift to Harris, \xE2\x80\x9C"
        "a historic sum,"
        "\xE2\x80\x9D was confirmed");
  CHECK(funded.evidence[1].confidence == Approx(0.65));
}

TEST_CASE("GraphML reads back the same graph, evidence from its joined text") {
  TempDir dir;
  const Graph written = testing::sample_graph();
  REQUIRE(write_graph_files(written, dir.path()).ok());
  Graph read;
  const Status s = load_graph(dir / "graph.graphml", &read);
  INFO(s.message());
  REQUIRE(s.ok());
  check_same_structure(read, written);
  CHECK(edge_of(read, "FUNDED").evidence[0].text == "he gave $100 million to Harris's campaign");
}

TEST_CASE("a directory without graph files, a missing path and another extension are errors") {
  TempDir dir;
  CHECK(message_of(dir.path()) ==
        dir.path() + ": no graph.json or graph.graphml here (make one with kg build)");
  CHECK(message_of(dir / "nope.json") == dir / "nope.json" + ": no such file or directory");
  write_text(dir / "graph.txt", "hello");
  CHECK(message_of(dir / "graph.txt").find("not a graph file") != std::string::npos);
}

TEST_CASE("broken JSON names its line and column") {
  TempDir dir;
  write_text(dir / "graph.json", "{\"directed\": true,\n \"nodes\": [ {\"id\": \"a\" ,, ]}");
  CHECK(message_of(dir / "graph.json") ==
        dir / "graph.json" + ":2:25: invalid JSON: Missing a name for object member.");
}

TEST_CASE("a truncated graph.json is an error, not a smaller graph") {
  TempDir dir;
  REQUIRE(write_graph_files(testing::sample_graph(), dir.path()).ok());
  const std::string whole = testing::read_file(dir / "graph.json");
  write_text(dir / "graph.json", whole.substr(0, whole.size() / 2));
  CHECK(message_of(dir / "graph.json").find(": invalid JSON: ") != std::string::npos);
}

TEST_CASE("a graph from an older or newer format says which and what to do") {
  TempDir dir;
  write_text(dir / "old.json",
             R"({"directed": true, "graph": {"name": "x"}, "nodes": [], "links": []})");
  CHECK(message_of(dir / "old.json") ==
        dir / "old.json" +
            ": written by an older kg (no \"kg_format\" in \"graph\"); rebuild it with kg build");
  write_text(dir / "new.json",
             R"({"directed": true, "graph": {"kg_format": 9}, "nodes": [], "links": []})");
  CHECK(message_of(dir / "new.json") ==
        dir / "new.json" + ": written in graph format 9, this kg reads format 1; use a newer kg");

  REQUIRE(write_graph_files(testing::sample_graph(), dir.path()).ok());
  std::string graphml = testing::read_file(dir / "graph.graphml");
  const std::string format = "<data key=\"kg_format\">1</data>";
  graphml.erase(graphml.find(format), format.size());
  write_text(dir / "old.graphml", graphml);
  CHECK(message_of(dir / "old.graphml").find("written by an older kg") != std::string::npos);
}

TEST_CASE("links to unknown nodes and nodes without ids are errors") {
  TempDir dir;
  write_text(dir / "g.json", R"({"graph": {"kg_format": 1}, "nodes": [{"id": "person:a"}],
    "links": [{"source": "person:a", "target": "person:b", "relation": "MET"}]})");
  CHECK(message_of(dir / "g.json") ==
        dir / "g.json" + ": link 0 has no \"source\" or \"target\" among the nodes");
  write_text(dir / "h.json",
             R"({"graph": {"kg_format": 1}, "nodes": [{"label": "A"}], "links": []})");
  CHECK(message_of(dir / "h.json") == dir / "h.json" + ": node 0 has no \"id\"");
}

TEST_CASE("malformed GraphML is an error naming the file") {
  TempDir dir;
  write_text(dir / "g.graphml", "<graphml><graph><node id=\"a\"></graph>");
  CHECK(message_of(dir / "g.graphml").rfind(dir / "g.graphml" + ": invalid GraphML: ", 0) == 0);
}

}  // namespace
}  // namespace kg
