// OutputSet publishes its files together: none appears until all are written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "export/output_set.h"
#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

using testing::read_file;
using testing::TempDir;

TEST_CASE("no file of the set appears before commit, all appear after") {
  TempDir dir;
  OutputSet files;
  for (const char* name : {"graph.json", "triples.jsonl"}) {
    Result<std::ostream*> out = files.add(dir / name);
    REQUIRE(out.ok());
    **out << name << "\n";
  }
  CHECK_FALSE(std::filesystem::exists(dir / "graph.json"));
  REQUIRE(files.commit().ok());
  CHECK(read_file(dir / "graph.json") == "graph.json\n");
  CHECK(read_file(dir / "triples.jsonl") == "triples.jsonl\n");
}

TEST_CASE("a set that fails part-way publishes nothing and keeps the old files") {
  TempDir dir;
  std::ofstream(dir / "graph.json") << "old graph\n";
  std::ofstream(dir / "blocker") << "a regular file";
  {
    OutputSet files;
    Result<std::ostream*> graph = files.add(dir / "graph.json");
    REQUIRE(graph.ok());
    **graph << "new graph\n";
    Result<std::ostream*> triples = files.add(dir / "blocker/triples.jsonl");
    CHECK_FALSE(triples.ok());
    // The caller gives up without commit(): the new graph must not replace the old one.
  }
  CHECK(read_file(dir / "graph.json") == "old graph\n");
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp.") == std::string::npos);
  }
}

}  // namespace
}  // namespace kg
