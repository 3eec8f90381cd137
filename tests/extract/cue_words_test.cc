// Cue words: whole-word search for negation and hedge cues.
#include "extract/cue_words.h"

#include <catch2/catch.hpp>

namespace kg {
namespace {

TEST_CASE("a cue matches whole words only, and n't may be glued") {
  CHECK(has_cue(normalize_for_cues("The mayor didn’t back the levy"), "n't"));
  CHECK(has_cue("the union has no plans to strike", "no plans to"));
  CHECK_FALSE(has_cue("a notable donor", "not"));
  CHECK_FALSE(has_cue("", "not"));
}

TEST_CASE("first_cue gives the first cue of the list that the text holds") {
  const std::vector<std::string> cues = {"never", "not"};
  const std::string* cue = first_cue("Harlow did NOT attend and never will", cues);
  REQUIRE(cue != nullptr);
  CHECK(*cue == "never");
  CHECK(first_cue("Harlow attended", cues) == nullptr);
}

TEST_CASE("a cue inside an exception phrase does not count") {
  const std::vector<std::string> cues = {"not", "n't", "denied"};
  const std::vector<std::string> exceptions = {"not only", "can't remember", "never denied"};
  CHECK(first_cue("Acme not only bought Corvane", cues, exceptions) == nullptr);
  CHECK(first_cue("he can’t remember firing at Lund", cues, exceptions) == nullptr);
  CHECK(first_cue("Acme never denied funding Lund", cues, exceptions) == nullptr);
  // Elsewhere in the same text the cue still counts.
  CHECK(first_cue("Acme not only bought Corvane but did not pay", cues, exceptions) != nullptr);
  CHECK(first_cue("Acme did not buy Corvane", cues, exceptions) != nullptr);
}

TEST_CASE("hedge cues match as written - the month May is no hedge") {
  const std::vector<std::string> hedges = {"reportedly", "is said to", "may"};
  const std::string* cue = first_cue_as_written("Dorn may sell the mill", hedges);
  REQUIRE(cue != nullptr);
  CHECK(*cue == "may");
  CHECK(first_cue_as_written("Dorn sold the mill on May 4", hedges) == nullptr);
  CHECK(first_cue_as_written("Dorn sold the Mayfield mill", hedges) == nullptr);
}

TEST_CASE("a hedge cue opening the sentence may be capitalized") {
  const std::vector<std::string> hedges = {"reportedly", "is said to"};
  const std::string* cue = first_cue_as_written("Reportedly, the port board hired Lund.", hedges);
  REQUIRE(cue != nullptr);
  CHECK(*cue == "reportedly");
  CHECK(first_cue_as_written("“Reportedly he left,” Ames joked.", hedges) != nullptr);
  // Capitalized in mid-sentence it is a name or a heading word, not the cue.
  CHECK(first_cue_as_written("The Reportedly Podcast hired Lund.", hedges) == nullptr);
  CHECK(first_cue_as_written("Lund is said to have left.", hedges) != nullptr);
}

}  // namespace
}  // namespace kg
