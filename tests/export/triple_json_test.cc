// The triple object of triples.jsonl and `kg extract`: the optional hedge and voice fields.
#include "export/triple_json.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <string>

#include "export/writers.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

rapidjson::Document triple_json(const Document& doc, const Triple& triple) {
  rapidjson::StringBuffer buffer;
  JsonWriter out(buffer);
  const IdResolver identity = [](const std::string& id) -> const std::string& { return id; };
  write_triple_json(out, doc, triple, true, identity);
  rapidjson::Document parsed;
  parsed.Parse(buffer.GetString());
  REQUIRE_FALSE(parsed.HasParseError());
  return parsed;
}

Triple acquisition() {
  Triple t;
  t.subject = {"org:kestrel-foods", {0, 13}};
  t.object = {"org:marlow-bakeries", {25, 40}};
  t.relation = "ACQUIRED";
  t.predicate = "buy";
  t.evidence = {0, 41};
  t.rule = "business.bought";
  t.confidence = 0.48;
  return t;
}

TEST_CASE("a hedged triple writes its cue and voice, a stated one neither") {
  Document doc;
  doc.id = "gazette-7";
  doc.text = "Kestrel Foods reportedly bought Marlow Bakeries.";
  Triple stated = acquisition();
  stated.object.span = {32, 47};
  stated.evidence = {0, 48};
  auto plain = triple_json(doc, stated);
  CHECK_FALSE(plain.HasMember("hedge"));
  CHECK_FALSE(plain.HasMember("voice"));

  Triple hedged = stated;
  hedged.hedge = "reportedly";
  hedged.voice = "comment";
  auto marked = triple_json(doc, hedged);
  REQUIRE(marked.HasMember("hedge"));
  CHECK(std::string(marked["hedge"].GetString()) == "reportedly");
  REQUIRE(marked.HasMember("voice"));
  CHECK(std::string(marked["voice"].GetString()) == "comment");
  CHECK(std::string(marked["object"]["text"].GetString()) == "Marlow Bakeries");
}

TEST_CASE("graph.json evidence records carry hedge and voice when set") {
  Graph graph = testing::sample_graph();
  auto edge = *boost::edges(graph).first;
  graph[edge].evidence.front().hedge = "allegedly";
  graph[edge].evidence.front().voice = "social";
  std::ostringstream out;
  write_node_link_json(graph, out);
  rapidjson::Document parsed;
  parsed.Parse(out.str().c_str());
  REQUIRE_FALSE(parsed.HasParseError());
  const auto& evidence = parsed["links"][0]["evidence"][0];
  REQUIRE(evidence.HasMember("hedge"));
  CHECK(std::string(evidence["hedge"].GetString()) == "allegedly");
  CHECK(std::string(evidence["voice"].GetString()) == "social");
  CHECK_FALSE(parsed["links"][1]["evidence"][0].HasMember("hedge"));
}

}  // namespace
}  // namespace kg
