// How MentionFinder types capitalized names that no list settles, from the context cues mined into
// rules/lexicon/type_cues*.tsv; made-up news sentences, through the real rules/.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/mention_finder.h"
#include "tests/found_mentions.h"

namespace kg {
namespace {

using testing::find_in;
using testing::Found;
using testing::has;
using testing::has_text;

// The type of every mention written `text`, "" if there is none; "MIXED" if they differ.
std::string type_of(const std::vector<Found>& found, const std::string& text) {
  std::string type;
  for (const Found& f : found) {
    if (f.text != text) continue;
    if (!type.empty() && type != f.type) return "MIXED";
    type = f.type;
  }
  return type;
}

// Each mention of a listed place gets the same type: the cues of all its mentions are pooled.
TEST_CASE("a listed place is retyped by the pooled cues of all its mentions") {
  // Alone, "Mr. Jordan said" is a person and "Jordan told reporters" the country.
  auto mixed = find_in(
      "Mr. Jordan said the plan would cost too much. Later Jordan told reporters it was off.");
  CHECK(type_of(mixed, "Jordan") != "MIXED");
  auto person = find_in(
      "Mr. Jordan said the plan would cost too much. Mr. Jordan said it again on Friday.");
  CHECK(type_of(person, "Jordan") == "PERSON");
}

TEST_CASE("listed places that name teams in a results table are ORGs") {
  auto found = find_in(
      "English league results on Saturday:\n"
      "Portsmouth 2 Norwich 1\n"
      "Bristol 0 Leeds 3\n");
  CHECK(type_of(found, "Portsmouth") == "ORG");
  CHECK(type_of(found, "Norwich") == "ORG");
  CHECK(type_of(found, "Leeds") == "ORG");
  auto standings = find_in(
      "Major league standings after Friday's games:\n"
      "BALTIMORE 70 63 .526 4\n"
      "TORONTO 63 71 .470 11\n");
  CHECK(type_of(standings, "BALTIMORE") == "ORG");
  CHECK(type_of(standings, "TORONTO") == "ORG");
}

TEST_CASE("a listed place in running text stays a place") {
  auto found = find_in("The company will open a second plant in Leeds next year, its chief said.");
  CHECK(type_of(found, "Leeds") == "GPE");
}

TEST_CASE("an unknown town after 'the town of' is a place") {
  auto found = find_in("Police said the suspect fled to the town of Zelbrook after the robbery.");
  CHECK(type_of(found, "Zelbrook") == "GPE");
}

TEST_CASE("a lone surname with a possessive is a person") {
  // Two capitalized words would have been a person by shape, one an ORG.
  auto found = find_in("Investigators questioned Okonjo's lawyers about the transfer.");
  CHECK(type_of(found, "Okonjo") == "PERSON");
}

TEST_CASE("two capitalized words that a company's context surrounds are an ORG") {
  // By shape both were people.
  auto found = find_in(
      "Shares of Blue Heron fell sharply after the airline cut its forecast. The courier, a unit "
      "of Velmora Express, cut 300 jobs.");
  CHECK(type_of(found, "Blue Heron") == "ORG");
  CHECK(type_of(found, "Velmora Express") == "ORG");
}

TEST_CASE("a quoted title names no person, org or place") {
  auto found = find_in("The show, called \"Evening Light\", airs weekly on the network.");
  CHECK(type_of(found, "Evening Light").empty());
}

TEST_CASE("every mention of an unknown name gets the type of their pooled cues") {
  auto found = find_in(
      "Brackwell rose 3% in early trading. Analysts said Brackwell would report results on "
      "Thursday, and shares of Brackwell have doubled this year.");
  CHECK(type_of(found, "Brackwell") == "ORG");
  for (const Found& f : found) {
    if (f.text == "Brackwell") CHECK(f.rule.rfind(kShapeRule, 0) == 0);  // still a guess
  }
}

TEST_CASE("a name with an initial is a person") {
  auto found = find_in("J.P. Whitcombe, a lawyer for the family, said the ruling would be appealed.");
  CHECK(type_of(found, "J.P. Whitcombe") == "PERSON");
}

}  // namespace
}  // namespace kg
