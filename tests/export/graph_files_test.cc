#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "export/writers.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

using testing::list_dir;
using testing::read_file;
using testing::TempDir;

TEST_CASE("write_graph_files creates the directory and writes the three files") {
  TempDir dir;
  const Graph graph = testing::sample_graph();
  const std::string out = dir / "runs/2024/graph";  // parents are missing too
  Status s = write_graph_files(graph, out);
  REQUIRE(s.ok());
  CHECK(list_dir(out) == std::vector<std::string>{"graph.gexf", "graph.graphml", "graph.json"});

  std::ostringstream graphml, gexf, json;
  write_graphml(graph, graphml);
  write_gexf(graph, gexf);
  write_node_link_json(graph, json);
  CHECK(read_file(out + "/graph.graphml") == graphml.str());
  CHECK(read_file(out + "/graph.gexf") == gexf.str());
  CHECK(read_file(out + "/graph.json") == json.str());
}

TEST_CASE("write_graph_files twice gives byte-identical files") {
  TempDir dir;
  REQUIRE(write_graph_files(testing::sample_graph(), dir / "a").ok());
  REQUIRE(write_graph_files(testing::sample_graph(), dir / "b").ok());
  for (const char* name : {"graph.graphml", "graph.gexf", "graph.json"}) {
    INFO(name);
    CHECK(read_file(dir / "a/" + name) == read_file(dir / "b/" + name));
  }
  // Rewriting over existing files replaces them and leaves no temp files.
  REQUIRE(write_graph_files(Graph(), dir / "a").ok());
  CHECK(list_dir(dir / "a") == std::vector<std::string>{"graph.gexf", "graph.graphml", "graph.json"});
  CHECK(read_file(dir / "a/graph.json").find("\"nodes\":[]") != std::string::npos);
}

TEST_CASE("write_graph_files names the directory it cannot create") {
  TempDir dir;
  const std::string blocker = dir / "report.txt";
  std::ofstream(blocker) << "a regular file";
  Status s = write_graph_files(testing::sample_graph(), blocker + "/out");
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kIoError);
  CHECK_THAT(s.message(), Catch::Contains(blocker + "/out"));
  CHECK_THAT(s.message(), Catch::Contains("Not a directory"));
  CHECK(list_dir(dir.path()) == std::vector<std::string>{"report.txt"});
}

TEST_CASE("write_graph_files into a read-only directory fails and leaves no temp files") {
  if (::geteuid() == 0) return;  // root writes anywhere
  TempDir dir;
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read |
                                               std::filesystem::perms::owner_exec);
  Status s = write_graph_files(testing::sample_graph(), dir.path());
  REQUIRE_FALSE(s.ok());
  CHECK_THAT(s.message(), Catch::Contains(dir / "graph.graphml"));
  CHECK_THAT(s.message(), Catch::Contains("Permission denied"));
  CHECK(list_dir(dir.path()).empty());
}

}  // namespace
}  // namespace kg
