// A local title before a name with no place of its own ("Mayor X", "Gov. X") in a datelined
// article is the dateline's office (extract/dateline_titles.h). Invented news sentences, each with
// a near miss that must give nothing.
#include <catch2/catch.hpp>

#include <string>

#include "extract/extractor.h"
#include "tests/extract/analyzed_triples.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

Document make(std::string text) { return testing::make_document(std::move(text)); }

// The title of subject's ROLE at object, "(none)" when there is none.
std::string role_title(const std::string& text, const std::string& subject,
                       const std::string& object) {
  DocumentAnalysis a = testing::shipped_extractor().analyze(make(text));
  for (const Triple& t : a.triples) {
    if (t.relation == "ROLE" && t.subject.id == subject && t.object.id == object) return t.title;
  }
  return "(none)";
}

TEST_CASE("a town's title with no place of its own is the dateline town's office") {
  const std::string text =
      "BOISE — The city library will close two branches next year, and Mayor Hannah Quist said "
      "the savings would pay for longer hours downtown.";
  CHECK(role_title(text, "person:hannah-quist", "gpe:boise") == "Mayor");
  CHECK(role_title("SPOKANE — Police Chief Arlo Dent asked for 20 more officers on Tuesday.",
                   "person:arlo-dent", "gpe:spokane") == "Police Chief");
  // A party before the title is no place of its own.
  CHECK(role_title("BOISE — Democratic Mayor Hannah Quist vetoed the budget.",
                   "person:hannah-quist", "gpe:boise") == "Mayor");
}

TEST_CASE("a past office keeps its word: Former Mayor") {
  CHECK(role_title("BOISE — Former Mayor Glen Ostrow endorsed the bond measure on Monday.",
                   "person:glen-ostrow", "gpe:boise") == "Former Mayor");
}

TEST_CASE("a state's title goes to the state written in the dateline") {
  const std::string text =
      "DAYTON, Ohio — The plant will reopen in June, Gov. Ruth Kessler told workers on Friday.";
  CHECK(role_title(text, "person:ruth-kessler", "gpe:ohio") == "Gov.");
  CHECK(role_title(text, "person:ruth-kessler", "gpe:dayton") == "(none)");
  // The dateline names the town alone; the article puts it in its state.
  CHECK(role_title("TOLEDO — Glassworks Inc. of Toledo, Ohio, will build a plant next year. Gov. Ruth "
                   "Kessler praised the plan.",
                   "person:ruth-kessler", "gpe:ohio") == "Gov.");
  // The dateline town alone, and its state named elsewhere in the article (lexicon/city_states.tsv
  // knows Boise is in Idaho).
  CHECK(role_title("BOISE — The Idaho attorney general opened an inquiry. Gov. Ruth Kessler said she "
                   "would cooperate.",
                   "person:ruth-kessler", "gpe:idaho") == "Gov.");
}

TEST_CASE("near misses: no dateline, a place of its own, or a state the article never names") {
  // No dateline: the town is not known.
  CHECK(role_title("The city library will close two branches, Mayor Hannah Quist said.",
                   "person:hannah-quist", "gpe:boise") == "(none)");
  // The title has its own town, before it or after the name.
  CHECK(role_title("BOISE — Nampa Mayor Leo Varga criticized the plan.", "person:leo-varga",
                   "gpe:boise") == "(none)");
  CHECK(role_title("BOISE — Acme's Police Chief Leo Varga criticized the plan.",
                   "person:leo-varga", "gpe:boise") == "(none)");
  CHECK(role_title("BOISE — Mayor Leo Varga of Nampa criticized the plan.", "person:leo-varga",
                   "gpe:boise") == "(none)");
  // A state title in an article filed from a town alone: the state is not written.
  CHECK(role_title("BOISE — Gov. Ruth Kessler signed the budget on Friday.", "person:ruth-kessler",
                   "gpe:boise") == "(none)");
  CHECK(role_title("BOISE — Gov. Ruth Kessler signed the budget on Friday.", "person:ruth-kessler",
                   "gpe:idaho") == "(none)");
  // Another state named is not the town's.
  CHECK(role_title("BOISE — The Oregon attorney general opened an inquiry. Gov. Ruth Kessler said "
                   "she would cooperate.",
                   "person:ruth-kessler", "gpe:oregon") == "(none)");
  // A title that is no town's office.
  CHECK(role_title("BOISE — Sen. Ruth Kessler toured the plant.", "person:ruth-kessler",
                   "gpe:boise") == "(none)");
}

}  // namespace
}  // namespace kg
