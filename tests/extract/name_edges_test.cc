// Where a name starts and ends, and what it is, at the edges the samples showed: a place or an
// organization written with "’s", a contraction in a title-case headline, an organization word at
// a name's end, a title with its portfolio, a surname that is also a town, and a short form of an
// organization. Made-up news sentences through the real rules/.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "tests/found_mentions.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

using testing::find_in;
using testing::Found;
using testing::has;
using testing::has_text;

std::string dump(const std::vector<Found>& found) {
  std::string out;
  for (const Found& f : found) out += f.text + " " + f.type + " " + f.rule + "\n";
  return out;
}

// The entity (label, type) of the first mention written `text`.
std::pair<std::string, std::string> entity_of(const std::string& text, const std::string& mention) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    if (doc.slice(a.mentions[i].span) != mention) continue;
    const Entity& e = a.entities[static_cast<size_t>(a.entity_of[i])];
    return {e.label, std::string(type_name(e.type))};
  }
  return {"(not found)", ""};
}

TEST_CASE("a place whose listed name ends in ’s keeps it") {
  auto found = find_in("The ferry company, based in St. John’s, Newfoundland, added two routes.");
  INFO(dump(found));
  CHECK(has_text(found, "St. John’s"));
  CHECK_FALSE(has_text(found, "St. John"));
  CHECK(entity_of("The ferry company, based in St. John’s, Newfoundland, added two routes.",
                  "St. John’s") == std::make_pair(std::string("St. John’s"), std::string("GPE")));
}

TEST_CASE("a name with ’s before a reporting verb is an organization named so") {
  const std::string text =
      "The rating firm Fitch’s said on Monday that it had cut the bank’s outlook. Later, "
      "Fitch’s analysts said the cut was overdue.";
  auto found = find_in(text);
  INFO(dump(found));
  CHECK(has(found, "Fitch’s", "ORG"));
  CHECK_FALSE(has_text(found, "Fitch"));
  CHECK(entity_of(text, "Fitch’s").first == "Fitch’s");
  // A person's possessive before a noun stays a possessive.
  auto owner = find_in("Greta Olsen said Olsen’s office would reply.");
  INFO(dump(owner));
  CHECK_FALSE(has(owner, "Olsen’s", "ORG"));
}

TEST_CASE("a sentence's first word that only begins an org's name is no short form when it is an ordinary word") {
  const std::string text =
      "The Federal Transit Board approved the route on Monday. Federal rules require a second "
      "vote. Kestrel Ridge Partners said the plan was sound. Kestrel said it would invest.";
  auto found = find_in(text);
  INFO(dump(found));
  CHECK_FALSE(has_text(found, "Federal"));
  CHECK(entity_of(text, "Kestrel").first == "Kestrel Ridge Partners");  // a name stays one
}

TEST_CASE("a contraction in a title-case headline ends the name before it") {
  auto found = find_in(
      "Denver Can’t Build Its Way Out of a Traffic Crisis\n\nBy Ana Ruiz\n\nDenver approved "
      "three new toll lanes on Tuesday, the city said.\n");
  INFO(dump(found));
  CHECK_FALSE(has_text(found, "Denver Ca"));
  CHECK_FALSE(has_text(found, "Traffic Crisis"));
  CHECK(has(found, "Denver", "GPE"));
}

TEST_CASE("an event word in a headline names an event only when the article names it too") {
  auto found = find_in(
      "Opinion: Why the Water Crisis Is Not Over\n\nBy Ana Ruiz\n\nThe city cut water deliveries "
      "again on Tuesday, the utility said.\n");
  INFO(dump(found));
  CHECK_FALSE(has_text(found, "Water Crisis"));
  auto named = find_in(
      "Leaders Gather for the Pacific Energy Summit\n\nThe Pacific Energy Summit opened in "
      "Honolulu on Tuesday, its organizers said.\n");
  INFO(dump(named));
  CHECK(has(named, "Pacific Energy Summit", "EVENT"));
}

TEST_CASE("builders and unions are organizations by their last word") {
  auto found = find_in(
      "Mesa Ridge Homes, a builder based in Tucson, said it would hire 200 workers. The United "
      "Steel and Allied Workers backed the deal.");
  INFO(dump(found));
  CHECK(has(found, "Mesa Ridge Homes", "ORG"));
  CHECK(has_text(found, "United Steel and Allied Workers"));
  CHECK_FALSE(has_text(found, "Allied Workers"));
}

TEST_CASE("a portfolio before a minister's title is part of the title") {
  auto found = find_in(
      "Australian Natural Resources Minister Joan Pell opened the talks in Perth on Monday.");
  INFO(dump(found));
  CHECK_FALSE(has_text(found, "Australian Natural Resources"));
  CHECK(has(found, "Joan Pell", "PERSON"));
}

TEST_CASE("a surname of a person in the article is that person, not a town of that name") {
  const std::string text =
      "Acme Corp. CEO Daniel R. Fullerton defended the deal. “We are ready,” Fullerton said on a call "
      "with analysts.";
  auto found = find_in(text);
  INFO(dump(found));
  CHECK(has(found, "Fullerton", "PERSON"));
  CHECK(entity_of(text, "Fullerton").first == "Daniel R. Fullerton");
  // Named as a place ("in Fullerton"), the town stays a town.
  auto town = find_in("Maria Fullerton opened a bakery in Fullerton, England, last year.");
  INFO(dump(town));
  CHECK(has(town, "Maria Fullerton", "PERSON"));
}

TEST_CASE("a short form of an organization in the article is that organization") {
  const std::string text =
      "Hazel Ridge Outfitters Inc. agreed to sell its stores to a rival. Hazel Ridge’s chief "
      "executive, Dana Quill, said the deal was fair. Hazel Ridge itself lost $12 million last "
      "year.";
  auto found = find_in(text);
  INFO(dump(found));
  CHECK(has(found, "Hazel Ridge", "ORG"));
  CHECK_FALSE(has(found, "Hazel Ridge", "PERSON"));
  CHECK(entity_of(text, "Hazel Ridge").first == "Hazel Ridge Outfitters Inc.");
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

TEST_CASE("a sentence that ends in U.S. before an organization's short form is two names") {
  const std::string text =
      "Larkspur Foods agreed to buy Copperfield Pantry Markets for $2 billion, a deal that would "
      "make it the biggest grocer in the U.S. Copperfield Pantry, which is based in Omaha, runs "
      "80 stores. The U.S. Chamber of Commerce praised the deal.";
  auto found = testing::find_in(text);
  INFO(dump(found));
  CHECK_FALSE(testing::has_text(found, "U.S. Copperfield Pantry"));
  CHECK(testing::has(found, "Copperfield Pantry", "ORG"));
  CHECK(entity_of(text, "Copperfield Pantry").first == "Copperfield Pantry Markets");
  CHECK(testing::has_text(found, "U.S. Chamber of Commerce"));
}

}  // namespace
}  // namespace kg
