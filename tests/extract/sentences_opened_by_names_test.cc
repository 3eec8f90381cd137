// A name the mention finder found to open a sentence splits the sentence the splitter ran over
// ("... the largest bakery chain in the U.S. Oak Hearth Breads, which ..."). Invented sentences.
#include "extract/sentences_opened_by_names.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/extractor.h"

namespace kg {
namespace {

TEST_CASE("a sentence is split before a name that opens one") {
  const std::string text = "It is the largest chain in the U.S. Oak Hearth, which is based in Omaha, grew. Next.";
  std::vector<Span> sentences{{0, 78}, {79, 84}};
  Mention us, oak;
  us.span = {31, 35};
  oak.span = {36, 45};
  oak.opens_sentence = true;
  split_sentences_before_names(text, {us, oak}, &sentences);
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].of(text) == "It is the largest chain in the U.S.");
  CHECK(sentences[1].of(text) == "Oak Hearth, which is based in Omaha, grew.");
  CHECK(sentences[2].of(text) == "Next.");

  split_sentences_before_names(text, {oak}, &sentences);  // already opens one: unchanged
  CHECK(sentences.size() == 3);
}

TEST_CASE("no LOCATED_IN across the break after U.S. before a short form") {
  auto extractor = Extractor::load(KG_RULES_DIR);
  REQUIRE(extractor.ok());
  Document doc;
  doc.id = "bakery";
  doc.text =
      "Granary Group agreed to buy Oak Hearth Breads for $900 million. The deal would make it the "
      "largest bakery chain in the U.S. Oak Hearth, which is based in Omaha, Neb., runs 90 "
      "bakeries.";
  DocumentAnalysis analysis = extractor->analyze(doc);
  bool us_located = false, omaha_located = false;
  for (const Triple& t : analysis.triples) {
    if (t.relation != "LOCATED_IN" || t.subject.id != "org:oak-hearth-breads") continue;
    us_located |= t.object.id == "gpe:united-states";
    omaha_located |= t.object.id == "gpe:omaha";
  }
  CHECK_FALSE(us_located);
  CHECK(omaha_located);
}

}  // namespace
}  // namespace kg
