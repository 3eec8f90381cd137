// How mentions are written: OntoNotes-style spans by default ("the Supreme Court", "Hong Kong's"),
// bare names with MentionStyle::kBare; ids, labels and triples never see the difference.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/mention_spans.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

const Extractor& bare_extractor() {
  static const Extractor kExtractor = [] {
    Result<Extractor> loaded = Extractor::load(KG_RULES_DIR, MentionStyle::kBare);
    REQUIRE(loaded.ok());
    return std::move(*loaded);
  }();
  return kExtractor;
}

struct Written {
  std::string text, type, id;
};

std::vector<Written> written_in(const std::string& text, const Extractor& extractor) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  DocumentAnalysis analysis = extractor.analyze(doc);
  std::vector<Written> out;
  for (size_t i = 0; i < analysis.mentions.size(); ++i) {
    const Mention& m = analysis.mentions[i];
    if (m.pronoun) continue;
    Span span = m.written.empty() ? m.span : m.written;
    out.push_back({std::string(doc.slice(span)), std::string(type_name(m.type)),
                   analysis.entities[static_cast<size_t>(analysis.entity_of[i])].id});
  }
  return out;
}

std::vector<Written> written_in(const std::string& text) {
  return written_in(text, testing::shipped_extractor());
}

bool has(const std::vector<Written>& found, const std::string& text) {
  for (const Written& w : found) {
    if (w.text == text) return true;
  }
  return false;
}

std::string id_of(const std::vector<Written>& found, const std::string& text) {
  for (const Written& w : found) {
    if (w.text == text) return w.id;
  }
  return "";
}

TEST_CASE("a multi-word organization or event name takes the article before it") {
  auto found = written_in(
      "Lawyers for the Harlow Mining Corporation appealed to the Supreme Court on Monday. The "
      "World Economic Forum opens next week.");
  CHECK(has(found, "the Harlow Mining Corporation"));
  CHECK(has(found, "the Supreme Court"));
  CHECK(has(found, "The World Economic Forum"));
}

TEST_CASE("a one-word name or an acronym does not take the article") {
  auto found = written_in("Agents of the FBI questioned the Navy about the leak.");
  CHECK(has(found, "FBI"));
  CHECK(has(found, "Navy"));
  CHECK_FALSE(has(found, "the FBI"));
}

TEST_CASE("a place takes the article only when the rules list it or its word") {
  auto found = written_in(
      "Exports from the United States to the Gaza Strip fell, while the Baltic Sea ports and the "
      "old Ohio towns grew. Farmers near the Mississippi River said so.");
  CHECK(has(found, "the United States"));
  CHECK(has(found, "the Gaza Strip"));
  CHECK(has(found, "the Mississippi River"));
}

TEST_CASE("the article of a noun a name modifies stays off the name") {
  auto found = written_in(
      "Prices in the New York area rose, and the Federal Reserve Board staff met the Harlow "
      "Mining Corporation board.");
  CHECK(has(found, "New York"));
  CHECK(has(found, "Federal Reserve Board"));
  CHECK(has(found, "Harlow Mining Corporation"));
  CHECK_FALSE(has(found, "the Harlow Mining Corporation"));
}

TEST_CASE("a multi-word name takes its possessive, a one-word name does not") {
  auto found = written_in(
      "Hong Kong's port and the Commerce Department's report worried Maria Okafor's aides, "
      "and Ohio's governor said so.");
  CHECK(has(found, "Hong Kong's"));
  CHECK(has(found, "the Commerce Department's"));
  CHECK(has(found, "Maria Okafor's"));
  CHECK(has(found, "Ohio"));
}

TEST_CASE("an abbreviation's period that ends the sentence is the sentence's") {
  auto found = written_in(
      "The plant belongs to Harlow Mining Co. The other belongs to Veldt Holdings Inc. in Ohio. "
      "Both later moved to the U.S.");
  CHECK(has(found, "Harlow Mining Co"));
  CHECK(has(found, "Veldt Holdings Inc."));
  CHECK(has(found, "U.S."));
}

TEST_CASE("bare names are written as found and ids never take the article") {
  const std::string text =
      "Lawyers for the Harlow Mining Corporation appealed to the Supreme Court. Hong Kong's port "
      "grew.";
  auto onto = written_in(text);
  auto bare = written_in(text, bare_extractor());
  CHECK(has(bare, "Harlow Mining Corporation"));
  CHECK(has(bare, "Supreme Court"));
  CHECK(has(bare, "Hong Kong"));
  CHECK_FALSE(has(bare, "the Supreme Court"));
  CHECK(id_of(onto, "the Supreme Court") == id_of(bare, "Supreme Court"));
  CHECK(id_of(onto, "the Supreme Court") == "org:supreme-court");
  CHECK(id_of(onto, "Hong Kong's") == id_of(bare, "Hong Kong"));
}

TEST_CASE("a mention never grows into its neighbour") {
  Result<MentionSpans> spans = MentionSpans::load(KG_RULES_DIR);
  REQUIRE(spans.ok());
  const std::string text = "at the Acme Widget Works";
  Mention m;
  m.type = EntityType::kOrg;
  m.span = {7, static_cast<uint32_t>(text.size())};
  CHECK(spans->written(text, m, {0, static_cast<uint32_t>(text.size())}, false) ==
        Span{3, static_cast<uint32_t>(text.size())});
  // Another mention ends at 4: "the" cannot be shared.
  CHECK(spans->written(text, m, {5, static_cast<uint32_t>(text.size())}, false) == m.span);
}

}  // namespace
}  // namespace kg
