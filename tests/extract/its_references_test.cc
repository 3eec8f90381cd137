// "Its" opening a sentence or a clause stands for the organization the text is about, and reads
// like "Acme's": "Its president, X, said" gives X a ROLE at that organization.
#include <catch2/catch.hpp>

#include <string>

#include "extract/extractor.h"
#include "tests/extract/analyzed_triples.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

using testing::role_title;
using testing::roles_of;

Document make(std::string text) { return testing::make_document(std::move(text)); }

TEST_CASE("Its opening a sentence is the organization that opened the one before") {
  Document doc = make(
      "Juniper Valley Foods, a grocer based in Tulsa, closed two stores last week. Its president, "
      "Marta Quillen, told the Tulsa Herald that rents had doubled.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(role_title(a, "person:marta-quillen", "org:juniper-valley-foods") == "president");
  // The argument is the pronoun as written, and it is a reference, not a name of the grocer.
  for (const Triple& t : a.triples) {
    if (t.relation == "ROLE") CHECK(doc.slice(t.object.span) == "Its");
  }
  for (const Entity& e : a.entities) {
    for (const std::string& alias : e.aliases) CHECK(alias != "Its");
  }
}

TEST_CASE("with a person opening the sentence before, Its is the one organization it names") {
  Document doc = make(
      "Regulators in Leeds fined Harrow Mills Ltd. on Monday. Its chief executive, Dana Pike, "
      "apologized to customers.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(role_title(a, "person:dana-pike", "org:harrow-mills") == "chief executive");
}

TEST_CASE("its opening a clause after a reporting verb is the sentence's organization") {
  Document doc = make(
      "Fenwick Robotics said its chief financial officer, Omar Haddad, would retire in June.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(role_title(a, "person:omar-haddad", "org:fenwick-robotics") == "chief financial officer");
}

TEST_CASE("Its reads like a possessive name: its Dayton plant is the organization's site") {
  Document doc = make(
      "Harrow Mills Ltd. reported a loss on Monday. Its Dayton plant will close in May.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  bool found = false;
  for (const Triple& t : a.triples) {
    found |= t.relation == "LOCATED_IN" && t.subject.id == "org:harrow-mills" &&
             t.object.id == "gpe:dayton";
  }
  CHECK(found);
}

TEST_CASE("Its with two organizations in reach, or none before it, stays text") {
  // Two organizations in the sentence before, neither opening it.
  Document two = make(
      "Lawyers for Brenton Paper Co. and Calloway Freight Inc. met in Boise on Monday. Its "
      "president, Rhea Mott, declined to comment.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(two);
  CHECK(roles_of(a, "person:rhea-mott") == 0);
  // The article's first sentence has nothing to refer back to.
  Document first = make("Its president, Rhea Mott, declined to comment on the layoffs.");
  CHECK(roles_of(testing::shipped_extractor().analyze(first), "person:rhea-mott") == 0);
  // Another organization between the sentence's subject and the clause's "its".
  Document between = make(
      "Fenwick Robotics told Calloway Freight Inc. that its president, Omar Haddad, would visit "
      "Boise.");
  CHECK(roles_of(testing::shipped_extractor().analyze(between), "person:omar-haddad") == 0);
  // Not after a word that opens no clause: "for its".
  Document inside = make(
      "Calloway Freight Inc. cut prices. Analysts praised Brenton Paper Co. for its chief "
      "executive, Omar Haddad, and his plan.");
  CHECK(role_title(testing::shipped_extractor().analyze(inside), "person:omar-haddad",
                   "org:calloway-freight") == "(none)");
}

}  // namespace
}  // namespace kg
