// Accuracy guard: kg extract on the shared dev sets must not fall below floors set under the
// measured figures (bench/RESULTS.md has the figures themselves). The shared data is not part
// of the project: without it these cases pass with a warning, as the guide asks.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <filesystem>
#include <string>

#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

using testing::read_file;
using testing::run_kg;
using testing::TempDir;

const std::string kData = std::string(KG_SHARED_DIR) + "/data/";
const std::string kTools = std::string(KG_SHARED_DIR) + "/tools/";

bool shared_data_present(const std::string& file) {
  if (std::filesystem::exists(kData + file) && std::filesystem::exists(kTools)) return true;
  WARN("skipped: " << kData << file << " is not here");
  return false;
}

// Runs a scorer with --json and returns its output parsed.
rapidjson::Document score(const std::string& scorer_args, const TempDir& dir) {
  std::string command = "python3 " + kTools + scorer_args + " --json > " + (dir / "score.json");
  REQUIRE(std::system(command.c_str()) == 0);
  rapidjson::Document result;
  result.Parse(read_file(dir / "score.json").c_str());
  REQUIRE_FALSE(result.HasParseError());
  return result;
}

TEST_CASE("entity F1 on CoNLL-2003 dev stays above its floor") {
  if (!shared_data_present("conll2003_dev.jsonl")) return;
  TempDir dir;
  REQUIRE(run_kg("extract " + kData + "conll2003_dev.jsonl -o " + (dir / "pred.jsonl"), dir)
              .exit_code == 0);
  auto result = score("score_entities.py --gold " + kData + "conll2003_dev.jsonl --pred " +
                          (dir / "pred.jsonl") +
                          " --map PERSON=PER,ORG=ORG,GPE=LOC,LOC=LOC --types PER,ORG,LOC",
                      dir);
  CHECK(result["micro"]["f1"].GetDouble() >= 0.68);
}

TEST_CASE("MONEY, PERCENT and DATE F1 on OntoNotes dev stay above their floors") {
  if (!shared_data_present("ontonotes_dev.jsonl")) return;
  TempDir dir;
  REQUIRE(run_kg("extract " + kData + "ontonotes_dev.jsonl -o " + (dir / "pred.jsonl"), dir)
              .exit_code == 0);
  auto result = score("score_entities.py --gold " + kData + "ontonotes_dev.jsonl --pred " +
                          (dir / "pred.jsonl") + " --types MONEY,PERCENT,DATE,GPE,PERSON",
                      dir);
  const auto& per_type = result["per_type"];
  CHECK(per_type["MONEY"]["f1"].GetDouble() >= 0.90);
  CHECK(per_type["PERCENT"]["f1"].GetDouble() >= 0.90);
  CHECK(per_type["DATE"]["f1"].GetDouble() >= 0.82);
  CHECK(per_type["GPE"]["f1"].GetDouble() >= 0.80);
  CHECK(per_type["PERSON"]["f1"].GetDouble() >= 0.70);
}

TEST_CASE("relation precision on CoNLL04 dev beats the all-pairs baseline") {
  if (!shared_data_present("conll04_dev.jsonl")) return;
  TempDir dir;
  REQUIRE(run_kg("extract " + kData + "conll04_dev.jsonl -o " + (dir / "pred.jsonl"), dir)
              .exit_code == 0);
  auto result = score("score_relations.py --gold " + kData + "conll04_dev.jsonl --pred " +
                          (dir / "pred.jsonl"),
                      dir);
  // The baseline, handed gold entities, has precision 0.32 (shared/data/README.md).
  CHECK(result["micro"]["precision"].GetDouble() >= 0.40);
  CHECK(result["micro"]["f1"].GetDouble() >= 0.25);
}

}  // namespace
}  // namespace kg
