// Definite descriptions ("the senator", "the charity") become mentions of the one entity the
// article tied them to, so relation rules see them; with no tie, or two candidates, they stay text.
#include <catch2/catch.hpp>

#include <string>

#include "extract/extractor.h"
#include "tests/extract/analyzed_triples.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

Document make(std::string text) { return testing::make_document(std::move(text)); }

// The entity id of the description mention written `text` (n-th occurrence), or "(none)".
std::string reference_of(const Document& doc, const DocumentAnalysis& a, const std::string& text,
                         int occurrence = 0) {
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    if (a.mentions[i].description && doc.slice(a.mentions[i].span) == text && occurrence-- == 0) {
      return a.entities[static_cast<size_t>(a.entity_of[i])].id;
    }
  }
  return "(none)";
}

bool has_triple(const DocumentAnalysis& a, const std::string& subject, const std::string& relation,
                const std::string& object) {
  for (const Triple& t : a.triples) {
    if (t.subject.id == subject && t.relation == relation && t.object.id == object) return true;
  }
  return false;
}

TEST_CASE("a title ties a person to the description: Sen. X ... the senator") {
  Document doc = make(
      "Sen. Helen Crane of Vermont visited the plant on Friday. Workers cheered when the senator "
      "arrived.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "senator") == "person:helen-crane");
  // The mention is the noun only, so its span is the text's bytes.
  for (const Mention& m : a.mentions) {
    if (m.description) CHECK(doc.slice(m.span) == "senator");
  }
}

TEST_CASE("an apposition ties the description: X, the Acme founder, ... the Acme founder said") {
  Document doc = make(
      "Oren Falk, the Tidewater Robotics founder, spoke first. Later the Tidewater Robotics "
      "founder said sales had doubled.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  // The apposition itself is the tie, not a reference: only the second "founder" is one.
  CHECK(reference_of(doc, a, "founder", 0) == "person:oren-falk");
  CHECK(reference_of(doc, a, "founder", 1) == "(none)");
  for (const Mention& m : a.mentions) {
    if (m.description) CHECK(m.span.begin > doc.text.find("Later"));
  }
}

TEST_CASE("a noun before the name ties it: billionaire X ... the billionaire") {
  Document doc = make(
      "Billionaire investor Quentin Marsh bought a stake in the club. Fans booed the billionaire "
      "at the match on Saturday.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "billionaire", 0) == "person:quentin-marsh");
}

TEST_CASE("an organization's name ends with the noun: the charity, the trust") {
  Document doc = make(
      "The Larkspur Trust runs shelters in Leeds. The trust received $3 million last year from "
      "donors.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "trust") == "org:larkspur-trust");
  // The relation rules see the description as the trust itself.
  CHECK(has_triple(a, "org:larkspur-trust", "RECEIVED", "money:usd:3000000@t"));
}

TEST_CASE("a legal form ties a company to 'the company'") {
  Document doc = make(
      "Brookfield Pumps Inc. makes valves. The company lost $40 million in the quarter.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "company") == "org:brookfield-pumps");
  CHECK(has_triple(a, "org:brookfield-pumps", "LOST", "money:usd:40000000@t"));
}

TEST_CASE("a corporate title between an organization and a person ties 'the company'") {
  Document doc = make(
      "Corvell Turbines CEO Anya Brandt opened the new plant on Monday. Lena Marsh, the company's "
      "chief financial officer, said the plant would pay for itself.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "company") == "org:corvell-turbines");
  CHECK(has_triple(a, "person:lena-marsh", "ROLE", "org:corvell-turbines"));

  Document spelled = make(
      "Northgate Robotics Chief Executive Mira Solberg toured Ohio. The company plans a new line.");
  a = testing::shipped_extractor().analyze(spelled);
  CHECK(reference_of(spelled, a, "company") == "org:northgate-robotics");
}

TEST_CASE("a title that is no company's, or a comma before the title, ties no 'company'") {
  Document council = make(
      "Harbor Council Chairman Lena Voss spoke on Monday. The company did not answer.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(council);
  CHECK(reference_of(council, a, "company") == "(none)");

  Document comma = make(
      "Corvell Turbines, CEO Anya Brandt said, will move. The company did not answer.");
  a = testing::shipped_extractor().analyze(comma);
  CHECK(reference_of(comma, a, "company") == "(none)");
}

TEST_CASE("two candidates, no tie, or a name after the noun: the description stays text") {
  Document two = make(
      "Sen. Helen Crane and Sen. Paul Ridley toured the site. The senator said little.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(two);
  CHECK(reference_of(two, a, "senator") == "(none)");

  Document untied = make("Mara Quint spoke on Monday. The billionaire was not there.");
  a = testing::shipped_extractor().analyze(untied);
  CHECK(reference_of(untied, a, "billionaire") == "(none)");

  Document named = make("Sen. Helen Crane spoke. Reporters asked the senator Paul Ridley too.");
  a = testing::shipped_extractor().analyze(named);
  CHECK(reference_of(named, a, "senator") == "(none)");
}

TEST_CASE("a description is not an alias and never names the node") {
  Document doc = make(
      "Sen. Helen Crane of Vermont visited the plant. Workers cheered when the senator arrived.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  for (const Entity& e : a.entities) {
    if (e.id != "person:helen-crane") continue;
    CHECK(e.label == "Helen Crane");
    CHECK(std::find(e.aliases.begin(), e.aliases.end(), "senator") == e.aliases.end());
  }
}

TEST_CASE("the one fitting entity of the last sentences wins, else the one named before at all") {
  // Named paragraphs before and the only senator of the article: still her.
  Document far = make("Sen. Helen Crane spoke. One. Two. Three. Four. Five. The senator left.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(far);
  CHECK(reference_of(far, a, "senator") == "person:helen-crane");
  // Two senators long before: ambiguous.
  Document two = make(
      "Sen. Helen Crane spoke. Sen. Omar Diaz replied. One. Two. Three. Four. Five. The senator "
      "left.");
  a = testing::shipped_extractor().analyze(two);
  CHECK(reference_of(two, a, "senator") == "(none)");
  // Two in the article, one of them in the last sentences: that one.
  Document near = make(
      "Sen. Helen Crane spoke. One. Two. Three. Four. Five. Sen. Omar Diaz replied. The senator "
      "left.");
  a = testing::shipped_extractor().analyze(near);
  CHECK(reference_of(near, a, "senator") == "person:omar-diaz");
}

TEST_CASE("a possessive description after a name is the organization, not an apposition") {
  Document doc = make(
      "Veldt Robotics Inc. reported higher sales on Monday. Tamsin Holt, the company’s chief "
      "financial officer, said demand was strong.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "company") == "org:veldt-robotics");
  CHECK(has_triple(a, "person:tamsin-holt", "ROLE", "org:veldt-robotics"));
}

TEST_CASE("a description after an aside has closed is no part of the aside") {
  Document doc = make(
      "Marta Quint, the activist who founded the Tern Valley Trust, accused Calder Valley Water on "
      "Tuesday after the utility pledged £3m to a rival group.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "utility") == "org:calder-valley-water");
}

TEST_CASE("a description inside an aside after a name is left alone") {
  Document doc = make(
      "Gov. Owen Pratt signed the budget. Sen. Lena Hargrove, a Democrat who often clashed with "
      "the governor, endorsed Pratt on Monday.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "governor") == "(none)");
  CHECK(has_triple(a, "person:lena-hargrove", "SUPPORTED", "person:owen-pratt"));
}

TEST_CASE("an event's description is resolved inside an aside too: who spoke at the summit") {
  Document doc = make(
      "Ministers gathered for the Baltic Grid Summit in Riga. Lars Ekdahl, who spoke at the summit "
      "on Friday, said cables were late. The Nordic Cable Council, a trade group in Oslo, sponsored "
      "the event.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "summit") == "event:baltic-grid-summit");
  CHECK(reference_of(doc, a, "event") == "event:baltic-grid-summit");
  CHECK(has_triple(a, "person:lars-ekdahl", "ATTENDED", "event:baltic-grid-summit"));
  CHECK(has_triple(a, "org:nordic-cable-council", "FUNDED", "event:baltic-grid-summit"));
}

TEST_CASE("a common noun written as an acronym is a description: the PAC") {
  Document doc = make(
      "A super PAC backing Senate candidate Ruth Ames spent heavily in the race. The group, Prairie "
      "Voters PAC, raised $3 million in March. The retired rancher Dale Munro put $1 million into "
      "the PAC last week.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  // "super PAC" and "the PAC" are no names of their own.
  for (const Entity& e : a.entities) CHECK(e.id != "org:pac");
  // "A super PAC" has no "the" and comes before the name: only "the PAC" is a reference. Nor is
  // "PAC" tied to the Senate: "backing" stands between them.
  CHECK(reference_of(doc, a, "PAC", 0) == "org:prairie-voters-pac");
  CHECK(reference_of(doc, a, "PAC", 1) == "(none)");
  CHECK(has_triple(a, "person:dale-munro", "FUNDED", "org:prairie-voters-pac"));
}

TEST_CASE("a modifier that points to someone else leaves the description alone: the rival company") {
  Document doc = make(
      "Brookfield Pumps Inc. posted higher sales on Tuesday. The rival company criticized Sen. "
      "Helen Crane over the tariff bill.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "company") == "(none)");
  CHECK_FALSE(has_triple(a, "org:brookfield-pumps", "OPPOSED", "person:helen-crane"));

  doc = make(
      "Sen. Helen Crane of Vermont toured the port on Monday. The new senator endorsed Omar Velez "
      "for mayor.");
  a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "senator") == "(none)");
  CHECK_FALSE(has_triple(a, "person:helen-crane", "SUPPORTED", "person:omar-velez"));

  // A modifier that describes the same one keeps the reference.
  doc = make(
      "Sen. Helen Crane of Vermont toured the port on Monday. Later the Democratic senator "
      "endorsed Omar Velez for mayor.");
  a = testing::shipped_extractor().analyze(doc);
  CHECK(reference_of(doc, a, "senator") == "person:helen-crane");
}

}  // namespace
}  // namespace kg
