// Two place names joined by an en dash with no spaces before a place's head word are one LOC
// ("the Sacramento–San Joaquin Delta"); without the head word, or with spaces around the dash,
// they stay two names. Made-up sentences, through the real rules/.
#include <catch2/catch.hpp>

#include "tests/found_mentions.h"

namespace kg {
namespace {

using testing::find_in;
using testing::has;
using testing::has_text;

TEST_CASE("an en dash joins two places before a head word into one LOC") {
  auto delta = find_in("Farmers in the Sacramento–San Joaquin Delta lost their crops to the flood.");
  CHECK(has(delta, "Sacramento–San Joaquin Delta", "LOC"));
  CHECK_FALSE(has_text(delta, "San Joaquin Delta"));
  auto corridor = find_in("Rail traffic in the Baltimore–Washington Corridor slowed on Monday.");
  CHECK(has(corridor, "Baltimore–Washington Corridor", "LOC"));
}

TEST_CASE("an en dash between places with no head word leaves two names") {
  auto shuttle = find_in("The Boston–New York shuttle was canceled because of snow.");
  CHECK(has(shuttle, "Boston", "GPE"));
  CHECK(has(shuttle, "New York", "GPE"));
  auto metro = find_in("Home prices rose fastest around Dallas–Fort Worth last year.");
  CHECK(has(metro, "Dallas", "GPE"));
  CHECK(has(metro, "Fort Worth", "GPE"));
}

TEST_CASE("an en dash with spaces around it joins nothing") {
  auto spaced = find_in("Crews worked in Fresno – San Joaquin Valley towns had no power.");
  CHECK(has(spaced, "Fresno", "GPE"));
  CHECK_FALSE(has_text(spaced, "Fresno – San Joaquin Valley"));
}

}  // namespace
}  // namespace kg
