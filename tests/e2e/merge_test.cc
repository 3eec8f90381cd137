// kg extract --shard and kg merge: the extracts of any split of a corpus, merged in order, give
// byte for byte the files kg build writes for the whole corpus.
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

const std::string kSamples = KG_SAMPLES_DIR;
const char* const kFiles[] = {"graph.json", "graph.graphml", "graph.gexf", "triples.jsonl"};

// Extracts `input` as `shards` shards and merges them into dir/merged; returns the extract files.
std::string extract_and_merge(const std::string& input, int shards, const testing::TempDir& dir) {
  std::string extracts;
  for (int k = 0; k < shards; ++k) {
    const std::string file = dir / ("shard" + std::to_string(k) + ".jsonl");
    const testing::RunResult run =
        testing::run_kg("extract " + input + " --shard " + std::to_string(k) + "/" +
                            std::to_string(shards) + " -o " + file + " -q",
                        dir);
    REQUIRE(run.exit_code == 0);
    extracts += " " + file;
  }
  const std::string name = std::filesystem::path(input).filename().string();
  const testing::RunResult merged = testing::run_kg(
      "merge" + extracts + " -o " + (dir / "merged") + " --name " + name + " -q", dir);
  REQUIRE(merged.exit_code == 0);
  return extracts;
}

void check_same_as_build(const std::string& input, const testing::TempDir& dir) {
  REQUIRE(testing::run_kg("build " + input + " -o " + (dir / "built") + " -q", dir).exit_code == 0);
  for (const char* file : kFiles) {
    INFO(file);
    const std::string built = testing::read_file(dir / "built/" + file);
    REQUIRE(!built.empty());
    CHECK(testing::read_file(dir / "merged/" + file) == built);
  }
}

TEST_CASE("merging 1, 3 or 7 shards of the samples writes kg build's files byte for byte") {
  for (int shards : {1, 3, 7}) {
    INFO(shards << " shards");
    testing::TempDir dir;
    extract_and_merge(kSamples, shards, dir);
    check_same_as_build(kSamples, dir);
  }
}

TEST_CASE("merging shards of a labelled news dump writes kg build's files (shared data)") {
  const std::string dump = std::string(KG_SHARED_DIR) + "/data/conll04_dev.jsonl";
  if (!std::filesystem::exists(dump)) {
    WARN("../shared/data absent: skipped");
    return;
  }
  testing::TempDir dir;
  extract_and_merge(dump, 7, dir);
  check_same_as_build(dump, dir);
}

TEST_CASE("a shard beyond the documents is empty, not an error") {
  testing::TempDir dir;
  const std::string input = kSamples + "/wire.jsonl";
  const testing::RunResult run =
      testing::run_kg("extract " + input + " --shard 0/100 -o " + (dir / "x.jsonl"), dir);
  CHECK(run.exit_code == 0);
  CHECK(testing::read_file(dir / "x.jsonl").empty());
}

TEST_CASE("a malformed shard, or a shard of standard input, is a usage error") {
  testing::TempDir dir;
  for (const char* bad : {"3/3", "1", "a/b", "1/0", "1/2/3"}) {
    INFO(bad);
    const testing::RunResult run =
        testing::run_kg("extract " + kSamples + " --shard " + bad + " -o " + (dir / "x"), dir);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.err, Catch::Contains("want K/N with 0 <= K < N"));
  }
  const testing::RunResult stdin_run = testing::run_kg("extract - --shard 0/2 </dev/null", dir);
  CHECK(stdin_run.exit_code == 2);
  CHECK_THAT(stdin_run.err, Catch::Contains("cannot split standard input"));
}

TEST_CASE("kg merge skips a broken line with its file and line, and merges the rest") {
  testing::TempDir dir;
  const std::string good = dir / "good.jsonl";
  REQUIRE(testing::run_kg("extract " + kSamples + " -o " + good + " -q", dir).exit_code == 0);
  std::string lines = testing::read_file(good);
  const size_t second = lines.find('\n') + 1;
  // Line 2 loses its "nodes" (an extract from an older kg); line 3 is cut short.
  std::string line2 = lines.substr(second, lines.find('\n', second) - second);
  line2 = line2.substr(0, line2.rfind(",\"nodes\":")) + "}";
  const size_t third = lines.find('\n', second) + 1;
  const std::string rest = lines.substr(third);
  std::ofstream(dir / "mixed.jsonl") << lines.substr(0, second) << line2 << "\n"
                                     << rest.substr(0, 40) << "\n"
                                     << rest;
  const testing::RunResult run =
      testing::run_kg("merge " + (dir / "mixed.jsonl") + " -o " + (dir / "out"), dir);
  CHECK(run.exit_code == 3);
  CHECK_THAT(run.err, Catch::Contains(dir / "mixed.jsonl:2: document") &&
                          Catch::Contains("no \"nodes\" array"));
  CHECK_THAT(run.err, Catch::Contains(dir / "mixed.jsonl:3: not a JSON line"));
  CHECK_THAT(run.out, Catch::Contains("(2 skipped, see above)"));
  CHECK(std::filesystem::exists(dir / "out/graph.json"));
}

TEST_CASE("kg merge refuses what is not a file, and writes nothing") {
  testing::TempDir dir;
  const testing::RunResult run = testing::run_kg("merge " + kSamples + " -o " + (dir / "out"), dir);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("not a file"));
  CHECK_FALSE(std::filesystem::exists(dir / "out"));
}

}  // namespace
}  // namespace kg
