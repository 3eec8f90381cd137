// A kg extract line carries a document's whole contribution to the graph: read back, it equals
// what kg build hands GraphBuilder in memory, field by field and bit for bit.
#include <sstream>
#include <string>
#include <tuple>

#include <catch2/catch.hpp>

#include "export/triple_json.h"
#include "extract/contribution.h"
#include "extract/contribution_reader.h"
#include "extract/input_reader.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

DocumentContribution round_trip(const Document& doc, const DocumentAnalysis& analysis) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  write_extract_json(writer, doc, analysis);
  rapidjson::Document line;
  line.Parse<rapidjson::kParseFullPrecisionFlag>(buffer.GetString(), buffer.GetSize());
  REQUIRE_FALSE(line.HasParseError());
  DocumentContribution read;
  Status status = read_contribution(line, &read);
  INFO(status.message());
  REQUIRE(status.ok());
  return read;
}

void check_same(const DocumentContribution& a, const DocumentContribution& b) {
  CHECK(a.doc_id == b.doc_id);
  REQUIRE(a.entities.size() == b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity &x = a.entities[i], &y = b.entities[i];
    INFO(x.id);
    CHECK(x.id == y.id);
    CHECK(x.label == y.label);
    CHECK(x.type == y.type);
    CHECK(x.aliases == y.aliases);
    CHECK(x.titles == y.titles);
    CHECK(x.mentions == y.mentions);
    CHECK(x.value == y.value);  // exact: the amount is written with every digit
    CHECK(x.currency == y.currency);
    CHECK(x.type_guessed == y.type_guessed);
  }
  REQUIRE(a.triples.size() == b.triples.size());
  for (size_t i = 0; i < a.triples.size(); ++i) {
    const TripleFact &x = a.triples[i], &y = b.triples[i];
    INFO(x.rule << " " << x.text);
    CHECK(std::tie(x.subject, x.relation, x.object, x.amount, x.object_text, x.predicate, x.title,
                   x.field, x.start, x.end, x.text, x.rule, x.hedge, x.voice) ==
          std::tie(y.subject, y.relation, y.object, y.amount, y.object_text, y.predicate, y.title,
                   y.field, y.start, y.end, y.text, y.rule, y.hedge, y.voice));
    CHECK(x.confidence == y.confidence);
  }
}

TEST_CASE("an extract line reads back as the contribution kg build uses") {
  Document doc;
  doc.id = "wire-7";
  doc.title = "Okafor gives $1.23456 to Lakeside Fund";
  doc.text = doc.title + "\n\n" +
             "Investor Maria Okafor gave $1.23456 to the Lakeside Fund on Tuesday, "
             "the fund said. Okafor, the chief executive of Brightwater Capital, reportedly met "
             "Sen. Teresa Villanueva in Denver last month.";
  doc.body_offset = static_cast<uint32_t>(doc.title.size() + 2);
  const DocumentAnalysis analysis = testing::shipped_extractor().analyze(doc);
  REQUIRE_FALSE(analysis.triples.empty());
  bool has_value = false;  // more decimals than confidences are written with
  for (const Entity& entity : analysis.entities) has_value = has_value || entity.value == 1.23456;
  CHECK(has_value);
  check_same(round_trip(doc, analysis), contribution_of(doc, analysis));
}

TEST_CASE("every sample document's extract line reads back as its contribution") {
  std::istringstream no_stdin;
  const ReadStats stats = read_inputs(
      {KG_SAMPLES_DIR},
      [](Document&& doc) {
        INFO(doc.id);
        const DocumentAnalysis analysis = testing::shipped_extractor().analyze(doc);
        check_same(round_trip(doc, analysis), contribution_of(doc, analysis));
      },
      [](const InputProblem& problem) { FAIL(problem.message); }, no_stdin);
  CHECK(stats.documents == 21);
}

TEST_CASE("a line that is not a contribution says which field is wrong") {
  const std::pair<const char*, const char*> cases[] = {
      {R"([1])", "not a JSON object"},
      {R"({"entities": []})", "has no \"id\""},
      {R"({"id": "d", "triples": []})", "document \"d\": no \"nodes\" array"},
      {R"({"id": "d", "nodes": [{"id": "x", "label": "X", "type": "ALIEN", "mentions": 1}],
           "triples": []})",
       "nodes[0] has the unknown type \"ALIEN\""},
      {R"({"id": "d", "nodes": [{"id": "x", "label": "X", "type": "ORG", "mentions": 1.5}],
           "triples": []})",
       "\"mentions\" is not a whole number"},
      {R"({"id": "d", "nodes": [], "triples": [{"subject": {"id": "a"}, "object": "b"}]})",
       "triples[0] \"object\" is not an object"},
      {R"({"id": "d", "nodes": [], "triples": [{"subject": {"id": "a"},
           "object": {"id": "b", "text": "B"}, "relation": "MET", "predicate": "meet",
           "start": -1}]})",
       "\"start\" is not a whole number >= 0"},
  };
  for (const auto& [json, expected] : cases) {
    INFO(json);
    rapidjson::Document line;
    line.Parse(json);
    REQUIRE_FALSE(line.HasParseError());
    DocumentContribution contribution;
    const Status status = read_contribution(line, &contribution);
    REQUIRE_FALSE(status.ok());
    CHECK_THAT(status.message(), Catch::Contains(expected));
  }
}

}  // namespace
}  // namespace kg
