// How MentionFinder splits a known place from the organization written right after it ("Lisbon
// PUBLICO", "Havana Radio Progreso Network"), and the runs it leaves whole; made-up sentences,
// through the real rules/.
#include <catch2/catch.hpp>

#include "tests/found_mentions.h"

namespace kg {
namespace {

using testing::find_in;
using testing::has;
using testing::has_text;

TEST_CASE("a shouted name after a mixed-case city is the city and an organization") {
  auto found = find_in("The report was carried by Lisbon PUBLICO on Tuesday.");
  CHECK(has(found, "Lisbon", "GPE"));
  CHECK(has(found, "PUBLICO", "ORG"));
}

TEST_CASE("a credit line of a city and a shouted agency keeps both names") {
  auto found = find_in("Nairobi KENYAWIRE");
  CHECK(has(found, "Nairobi", "GPE"));
  CHECK(has(found, "KENYAWIRE", "ORG"));
}

TEST_CASE("a known agency's short acronym after a city is split, even opening a sentence") {
  auto found = find_in("Berlin AFP reported that the dock strike had ended.");
  CHECK(has(found, "Berlin", "GPE"));
  CHECK(has(found, "AFP", "ORG"));
  found = find_in("The story was first carried by Madrid AP on Sunday.");
  CHECK(has(found, "Madrid", "GPE"));
  CHECK(has(found, "AP", "ORG"));
}

TEST_CASE("a city before a broadcaster's name opened by Radio is split") {
  auto found = find_in("Havana Radio Progreso Network said the harvest was late.");
  CHECK(has(found, "Havana", "GPE"));
  CHECK(has(found, "Radio Progreso Network", "ORG"));
}

TEST_CASE("a place before a known name or a short shouted code stays one name") {
  auto court = find_in("The ruling was upheld by the Texas Supreme Court last week.");
  CHECK_FALSE(has_text(court, "Supreme Court"));
  auto index = find_in("Economists watch the Chicago PMI closely.");
  CHECK_FALSE(has_text(index, "PMI"));
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

using testing::find_in;
using testing::has;

TEST_CASE("a known party word before a first name and surname is not part of the name") {
  auto found = find_in("Democrat Dana Pruitt of Vermont said the bill would pass.");
  CHECK(has(found, "Dana Pruitt", "PERSON"));
  CHECK(has(found, "Vermont", "GPE"));
  CHECK_FALSE(testing::has_text(found, "Democrat Dana Pruitt"));
}

}  // namespace
}  // namespace kg
