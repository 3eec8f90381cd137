// "attacked both Democrats": the plural party word stands for the two members of the party the
// article names, stated (MEMBER_OF) or hinted by a primary rivalry (~SAME_PARTY).
#include "extract/party_pairs.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/extractor.h"
#include "tests/extract/analyzed_triples.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

Triple link(const std::string& subject, const std::string& relation, const std::string& object) {
  Triple t;
  t.subject.id = subject;
  t.relation = relation;
  t.object.id = object;
  return t;
}

// The object ids of the `relation` triples from `subject`, in triple order.
std::vector<std::string> objects_of(const DocumentAnalysis& a, const std::string& subject,
                                    const std::string& relation) {
  std::vector<std::string> ids;
  for (const Triple& t : a.triples) {
    if (t.subject.id == subject && t.relation == relation) ids.push_back(t.object.id);
  }
  return ids;
}

TEST_CASE("a pair object becomes the two members of its party other than the subject") {
  const std::vector<Triple> stated = {link("person:a", "MEMBER_OF", "norp:democrat"),
                                      link("person:b", "MEMBER_OF", "norp:democrat"),
                                      link("person:c", "MEMBER_OF", "norp:republican")};
  std::vector<Triple> resolved =
      resolve_party_pairs(stated, {}, {link("person:c", "OPPOSED", "norp:democrat")});
  REQUIRE(resolved.size() == 2);
  CHECK(resolved[0].object.id == "person:a");
  CHECK(resolved[1].object.id == "person:b");

  SECTION("a third member makes 'both' no pair of them") {
    std::vector<Triple> three = stated;
    three.push_back(link("person:d", "MEMBER_OF", "norp:democrat"));
    CHECK(resolve_party_pairs(three, {}, {link("person:c", "OPPOSED", "norp:democrat")}).empty());
  }
  SECTION("a person given two parties counts for neither") {
    std::vector<Triple> torn = stated;
    torn.push_back(link("person:b", "MEMBER_OF", "norp:republican"));
    CHECK(resolve_party_pairs(torn, {}, {link("person:c", "OPPOSED", "norp:democrat")}).empty());
  }
  SECTION("a hint gives the party of the one rival the article states") {
    const std::vector<Triple> one = {link("person:a", "MEMBER_OF", "norp:democrat")};
    CHECK(resolve_party_pairs(one, {}, {link("person:c", "OPPOSED", "norp:democrat")}).empty());
    std::vector<Triple> hinted =
        resolve_party_pairs(one, {link("person:b", "SAME_PARTY", "person:a")},
                            {link("person:c", "OPPOSED", "norp:democrat")});
    CHECK(hinted.size() == 2);
  }
}

TEST_CASE("'attacked both Democrats' opposes the two Democrats of the article") {
  Document doc = testing::make_document(
      "Rep. Marcus Ellery, a Democrat from Tucson, is running for governor. Ellery’s primary "
      "opponent, former Mayor Lucinda Farr, raised $800,000 in March. Republican Sen. Howard "
      "Pruitt has attacked both Democrats as “tax-and-spend liberals.”");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(objects_of(a, "person:howard-pruitt", "OPPOSED") ==
        std::vector<std::string>{"person:lucinda-farr", "person:marcus-ellery"});
  for (const Triple& t : a.triples) {
    if (t.subject.id != "person:howard-pruitt" || t.relation != "OPPOSED") continue;
    CHECK(doc.slice(t.object.span) == "Democrats");  // the words that name them
  }
  // Who is a Democrat is no triple of its own when the article only hints it.
  CHECK(objects_of(a, "person:lucinda-farr", "MEMBER_OF").empty());
}

TEST_CASE("'both Democrats' with no two Democrats named gives no triple, not one to the party") {
  Document doc = testing::make_document(
      "Rep. Marcus Ellery, a Democrat from Tucson, is running for governor. Republican Sen. Howard "
      "Pruitt has praised both Democrats for their work on water rights.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(objects_of(a, "person:howard-pruitt", "SUPPORTED").empty());
}

TEST_CASE("a rival in the general election is no hint of a shared party") {
  Document doc = testing::make_document(
      "Rep. Marcus Ellery, a Democrat from Tucson, is running for governor. Ellery’s rival in "
      "November, Lucinda Farr, raised $800,000 in March. Republican Sen. Howard Pruitt has "
      "attacked both Democrats as “tax-and-spend liberals.”");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  // Farr's party is unknown, so Ellery is the one Democrat named: no pair to attack.
  CHECK(objects_of(a, "person:howard-pruitt", "OPPOSED").empty());
}

}  // namespace
}  // namespace kg
