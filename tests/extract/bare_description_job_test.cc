// An organization's noun without "the" right before a job title and a name ("agency spokeswoman
// X") refers to the organization as "the agency" would, so X gets the ROLE; a noun with a
// modifier before it, or with no tied organization, stays text.
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

bool has_description(const Document& doc, const DocumentAnalysis& a, const std::string& text) {
  for (const Mention& m : a.mentions) {
    if (m.description && doc.slice(m.span) == text) return true;
  }
  return false;
}

TEST_CASE("agency spokesman X after a department was named: ROLE at the department") {
  Document doc = make(
      "The Oregon Department of Forestry closed three trails near Bend on Friday. The closures "
      "will last a month, according to agency spokesman Derek Vance.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(role_title(a, "person:derek-vance", "org:oregon-department-of-forestry") == "spokesman");
}

TEST_CASE("company president X after a comma, the company tied by its legal form") {
  Document doc = make(
      "Brixton Tools Inc. will cut 200 jobs at its Akron plant, company president Lila Shaw said "
      "on Monday.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(role_title(a, "person:lila-shaw", "org:brixton-tools") == "president");
}

TEST_CASE("the word before 'of' in a name ties it: the Department of ... is the agency") {
  Document doc = make(
      "The Department of Coastal Parks reopened the pier in Astoria. The agency said repairs cost "
      "less than expected.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(doc);
  CHECK(has_description(doc, a, "agency"));
}

TEST_CASE("a modified noun, an untied noun or a noun before no name stays text") {
  // "travel agency" is some other agency.
  Document modified = make(
      "The Oregon Department of Forestry closed three trails near Bend on Friday. Hikers were "
      "angry, said travel agency owner Derek Vance.");
  DocumentAnalysis a = testing::shipped_extractor().analyze(modified);
  CHECK_FALSE(has_description(modified, a, "agency"));
  CHECK(roles_of(a, "person:derek-vance") == 0);
  // Nothing named before is an agency.
  Document untied = make(
      "Ridgeway Motors recalled 4,000 vans on Tuesday, agency spokesman Derek Vance said.");
  CHECK(roles_of(testing::shipped_extractor().analyze(untied), "person:derek-vance") == 0);
  // No job title and name after the noun.
  Document no_name = make(
      "The Oregon Department of Forestry closed three trails near Bend. Hikers said agency crews "
      "had cleared the roads.");
  CHECK_FALSE(has_description(no_name, testing::shipped_extractor().analyze(no_name), "agency"));
}

}  // namespace
}  // namespace kg
