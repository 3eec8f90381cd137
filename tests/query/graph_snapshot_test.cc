// The binary snapshot beside a graph file: the second load reads it and gets the same graph; a
// changed source, a damaged snapshot or a read-only directory fall back to parsing the source.
#include "query/graph_snapshot.h"

#include <filesystem>
#include <fstream>

#include <boost/range/iterator_range.hpp>
#include <catch2/catch.hpp>
#include <sys/stat.h>

#include "export/writers.h"
#include "query/graph_loader.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

using testing::TempDir;

// Every attribute of every node and edge, as one string, to compare two graphs whole.
std::string dump(const Graph& g) {
  std::ostringstream out;
  write_node_link_json(g, out);
  return out.str();
}

TEST_CASE("the first load writes a snapshot and the next one reads the same graph from it") {
  TempDir dir;
  const Graph written = testing::sample_graph();
  REQUIRE(write_graph_files(written, dir.path()).ok());
  const std::string json = dir / "graph.json";
  Graph parsed;
  REQUIRE(load_graph(json, &parsed).ok());
  REQUIRE(std::filesystem::exists(snapshot_path(json)));
  CHECK(snapshot_path(json) == dir / ".graph.json.kgsnap");

  Graph from_snapshot;
  REQUIRE(read_fresh_snapshot(json, &from_snapshot));
  CHECK(dump(from_snapshot) == dump(parsed));
  CHECK(dump(from_snapshot) == dump(written));
}

TEST_CASE("a snapshot of an older source is stale and remade") {
  TempDir dir;
  REQUIRE(write_graph_files(testing::sample_graph(), dir.path()).ok());
  const std::string json = dir / "graph.json";
  Graph first;
  REQUIRE(load_graph(json, &first).ok());
  // kg build again with a smaller graph: same path, new bytes.
  Graph smaller = testing::sample_graph();
  boost::clear_vertex(0, smaller);
  boost::remove_vertex(0, smaller);
  REQUIRE(write_graph_files(smaller, dir.path()).ok());
  Graph stale;
  CHECK_FALSE(read_fresh_snapshot(json, &stale));
  Graph second;
  REQUIRE(load_graph(json, &second).ok());
  CHECK(boost::num_vertices(second) == boost::num_vertices(smaller));
  Graph remade;
  CHECK(read_fresh_snapshot(json, &remade));
  CHECK(dump(remade) == dump(second));
}

TEST_CASE("a damaged snapshot is not used, and the source is parsed instead") {
  TempDir dir;
  REQUIRE(write_graph_files(testing::sample_graph(), dir.path()).ok());
  const std::string json = dir / "graph.json";
  Graph first;
  REQUIRE(load_graph(json, &first).ok());
  const std::string bytes = testing::read_file(snapshot_path(json));
  for (size_t cut : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    std::ofstream(snapshot_path(json), std::ios::binary) << bytes.substr(0, cut);
    Graph damaged;
    CHECK_FALSE(read_fresh_snapshot(json, &damaged));
    CHECK(boost::num_vertices(damaged) == 0);
    Graph parsed;
    REQUIRE(load_graph(json, &parsed).ok());
    CHECK(dump(parsed) == dump(first));
  }
}

TEST_CASE("a read-only output directory still answers, parsing every time") {
  TempDir dir;
  REQUIRE(write_graph_files(testing::sample_graph(), dir.path()).ok());
  REQUIRE(::chmod(dir.path().c_str(), 0555) == 0);
  Graph graph;
  CHECK(load_graph(dir.path(), &graph).ok());
  CHECK(boost::num_edges(graph) == 6);
  // (root ignores the mode bits, so only the answer is checked, not the missing snapshot)
}

}  // namespace
}  // namespace kg
