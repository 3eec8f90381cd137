// A nationality before a government title stands for its country: "Irish Finance Minister X"
// holds a ROLE in Ireland, on the node the canonicalizer gives "Ireland" (lexicon/
// nationality_countries.tsv). Invented news sentences, each with a near miss.
#include <string>

#include <catch2/catch.hpp>

#include "tests/extract/article_fixture.h"

namespace kg {
namespace {

using test::Article;
using test::find;

TEST_CASE("a nationality before a government title gives the country the ROLE") {
  Article a("Irish Finance Minister Niamh Keane met bankers on Monday.");
  a.mention("Irish", EntityType::kNorp, "norp:irish").mention("Niamh Keane", EntityType::kPerson);
  auto triples = a.extract();
  const Triple* role = find(triples, "ROLE");
  REQUIRE(role != nullptr);
  CHECK(a.text(role->subject.span) == "Niamh Keane");
  CHECK(role->object.id == "gpe:ireland");
  CHECK(a.text(role->object.span) == "Irish");
  CHECK(role->title == "Finance Minister");

  Article b("Dutch trade minister Pieter Smit arrived late.");
  b.mention("Dutch", EntityType::kNorp).mention("Pieter Smit", EntityType::kPerson);
  const auto tb = b.extract();
  REQUIRE(find(tb, "ROLE") != nullptr);
  CHECK(find(tb, "ROLE")->object.id == "gpe:netherlands");
  CHECK(find(tb, "ROLE")->title == "trade minister");
}

TEST_CASE("a nationality before another job, or a group that is no country, gives no ROLE") {
  Article a("Canadian singer Mara Lind opened the festival.");
  a.mention("Canadian", EntityType::kNorp).mention("Mara Lind", EntityType::kPerson);
  CHECK(find(a.extract(), "ROLE") == nullptr);

  Article b("Republican Secretary Dale Ortiz spoke first.");
  b.mention("Republican", EntityType::kNorp).mention("Dale Ortiz", EntityType::kPerson);
  CHECK(find(b.extract(), "ROLE") == nullptr);
}

TEST_CASE("the country's node is added when the article never names it") {
  Article a("Irish Finance Minister Niamh Keane met bankers on Monday.");
  a.mention("Irish", EntityType::kNorp).mention("Niamh Keane", EntityType::kPerson);
  DocumentAnalysis analysis;
  analysis.triples = a.extract();
  test::extractor().add_country_entities(&analysis);
  REQUIRE(analysis.entities.size() == 1);
  CHECK(analysis.entities[0].id == "gpe:ireland");
  CHECK(analysis.entities[0].label == "Ireland");
  CHECK(analysis.entities[0].type == EntityType::kGpe);
  test::extractor().add_country_entities(&analysis);  // once only
  CHECK(analysis.entities.size() == 1);
}

}  // namespace
}  // namespace kg
