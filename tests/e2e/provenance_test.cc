// Provenance: for every triple of `kg build`, the evidence text and each argument's text are
// exactly the document's bytes [start, end) of their field (the text, or the JSONL title), and so
// is every evidence record of graph.json. Run on samples/ and, when the shared data is there, on
// the CoNLL04 and OntoNotes dev sets (skipped with a warning otherwise).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

using testing::read_file;
using testing::run_kg;
using testing::TempDir;

struct SourceDoc {
  std::string text, title;
};

std::string without_bom(std::string s) {
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
  return s;
}

// The documents of an input as kg reads them, by id: a .txt file is one document named after
// the file, a .jsonl line one document with its "id" (every line of the data used here has one).
void add_documents(const std::filesystem::path& path, std::map<std::string, SourceDoc>* docs) {
  if (std::filesystem::is_directory(path)) {
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      add_documents(entry.path(), docs);
    }
    return;
  }
  const std::string ext = path.extension().string();
  if (ext == ".txt") {
    (*docs)[path.stem().string()] = {without_bom(read_file(path.string())), ""};
  } else if (ext == ".jsonl") {
    std::istringstream lines(without_bom(read_file(path.string())));
    std::string line;
    while (std::getline(lines, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      rapidjson::Document d;
      d.Parse(line.c_str());
      REQUIRE_FALSE(d.HasParseError());
      REQUIRE(d.HasMember("id"));
      SourceDoc doc{d["text"].GetString(), ""};
      if (d.HasMember("title") && d["title"].IsString()) doc.title = d["title"].GetString();
      (*docs)[d["id"].GetString()] = doc;
    }
  }
}

// The bytes [start, end) of the field a span object names ("field": "title", else the text).
std::string bytes_of(const SourceDoc& doc, const rapidjson::Value& span) {
  const bool in_title = span.HasMember("field") && std::string(span["field"].GetString()) == "title";
  const std::string& field = in_title ? doc.title : doc.text;
  const size_t start = span["start"].GetUint(), end = span["end"].GetUint();
  REQUIRE(start <= end);
  REQUIRE(end <= field.size());
  return field.substr(start, end - start);
}

// Builds `input` and checks every span of triples.jsonl and graph.json. Returns the number of
// triples checked.
size_t check_provenance(const std::string& input) {
  std::map<std::string, SourceDoc> docs;
  add_documents(input, &docs);
  TempDir dir;
  auto run = run_kg("build " + input + " -o " + (dir / "out"), dir);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);

  size_t triples = 0;
  std::istringstream lines(read_file(dir / "out/triples.jsonl"));
  std::string line;
  while (std::getline(lines, line)) {
    rapidjson::Document t;
    t.Parse(line.c_str());
    REQUIRE_FALSE(t.HasParseError());
    auto doc = docs.find(t["doc"].GetString());
    REQUIRE(doc != docs.end());
    INFO(line);
    CHECK(bytes_of(doc->second, t) == t["text"].GetString());
    for (const char* arg : {"subject", "object", "amount"}) {
      if (!t.HasMember(arg)) continue;
      CHECK(bytes_of(doc->second, t[arg]) == t[arg]["text"].GetString());
    }
    ++triples;
  }

  rapidjson::Document graph;
  graph.Parse(read_file(dir / "out/graph.json").c_str());
  REQUIRE_FALSE(graph.HasParseError());
  for (const auto& link : graph["links"].GetArray()) {
    for (const auto& ev : link["evidence"].GetArray()) {
      auto doc = docs.find(ev["doc"].GetString());
      REQUIRE(doc != docs.end());
      CHECK(bytes_of(doc->second, ev) == ev["text"].GetString());
    }
  }
  return triples;
}

TEST_CASE("every evidence and argument text of the samples is its document's bytes") {
  CHECK(check_provenance(KG_SAMPLES_DIR) > 50);
}

TEST_CASE("every evidence text of the shared dev sets is its document's bytes") {
  for (const char* file : {"conll04_dev.jsonl", "ontonotes_dev.jsonl"}) {
    const std::string path = std::string(KG_SHARED_DIR) + "/data/" + file;
    if (!std::filesystem::exists(path)) {
      WARN("skipped: " << path << " is not here");
      continue;
    }
    CHECK(check_provenance(path) > 0);
  }
}

}  // namespace
}  // namespace kg
