// Wire credit lines (extract/wire_credit_lines.cc): the city and the news source of "KV0311220931
// Ostrava KRAJSKE LISTY in Czech 1420 GMT 3 Nov 31", their dates (date.wire_day), and the
// LOCATED_IN the credit states. Sources, file numbers and headlines are made up.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/extract/article_fixture.h"
#include "tests/found_mentions.h"

namespace kg {
namespace {

using test::Article;
using test::Pairs;
using test::pairs;
using testing::find_in;
using testing::has;
using testing::has_text;

TEST_CASE("a wire credit line names its city and its source, not the time or the language") {
  auto found = find_in("KV0311220931 Ostrava KRAJSKE LISTY in Czech 1420 GMT 3 Nov 31\n");
  CHECK(has(found, "Ostrava", "GPE"));
  CHECK(has(found, "KRAJSKE LISTY", "ORG"));
  CHECK(has(found, "1420 GMT 3 Nov 31", "DATE"));
  for (const char* junk : {"KV0311220931", "Czech", "GMT", "Nov"}) {
    INFO(junk);
    CHECK_FALSE(has_text(found, junk));
  }

  // A broadcaster of several words after a known city; a headline before the file number.
  found = find_in(
      "Port Workers Strike Again QA1207114431 Lisbon Radio Atlantica Network in Portuguese "
      "0900 GMT 12 Jul 31\n");
  CHECK(has(found, "Lisbon", "GPE"));
  CHECK(has(found, "Radio Atlantica Network", "ORG"));

  // Without a file number the credit must open its line.
  found = find_in("Madrid Radio Meridiana in Spanish 0700 GMT 7 Apr 31\n");
  CHECK(has(found, "Madrid", "GPE"));
  CHECK(has(found, "Radio Meridiana", "ORG"));
}

TEST_CASE("without a file number a language, a GMT time or a known city makes the credit") {
  // A language alone: the city is unknown, no time is given.
  auto found = find_in("Kvitsund KRAJSKE LISTY in Czech 3 Nov 31\n");
  CHECK(has(found, "Kvitsund", "GPE"));
  CHECK(has(found, "KRAJSKE LISTY", "ORG"));
  // A known city alone: the language is not listed.
  found = find_in("Lisbon RADIO ATLANTICA in Mirandese 12 Jul 31\n");
  CHECK(has(found, "Lisbon", "GPE"));
  CHECK(has(found, "RADIO ATLANTICA", "ORG"));
}

TEST_CASE("a company, 'in' and a quarter at a line's start is prose, not a credit") {
  auto found = find_in("Brightwater Ltd in Q2 2031 posted record sales.\n");
  CHECK_FALSE(has(found, "Brightwater", "GPE"));
  CHECK_FALSE(has_text(found, "Ltd"));
  CHECK(has(found, "Brightwater Ltd", "ORG"));
}

TEST_CASE("a wire dateline names its place and the agency in parentheses") {
  auto found = find_in("(Text) Vrsac, Serbia, 2 Apr (VESNIK) — Police arrested two men.\n");
  CHECK(has(found, "Vrsac", "GPE"));
  CHECK(has(found, "Serbia", "GPE"));
  CHECK(has(found, "2 Apr", "DATE"));
  CHECK(has(found, "VESNIK", "ORG"));

  found = find_in("(NOVAPRESS) Vienna, May 25 — Ministers met again.\n");
  CHECK(has(found, "NOVAPRESS", "ORG"));
  CHECK(has(found, "Vienna", "GPE"));

  // A day and a short month make a date only together: "Mar" alone stays a word.
  found = find_in("The vote is on 3 May and the count on 12 Dec.\n");
  CHECK(has(found, "3 May", "DATE"));
  CHECK(has(found, "12 Dec", "DATE"));
}

TEST_CASE("an ordinary sentence with 'in' and a number is no wire credit") {
  auto found = find_in("Dana Ruiz lives in Lisbon in Portugal 20 years after the war.\n");
  CHECK(has(found, "Dana Ruiz", "PERSON"));
  CHECK(has(found, "Lisbon", "GPE"));
  CHECK_FALSE(has_text(found, "Ruiz lives"));
}

TEST_CASE("a wire dateline's agency is LOCATED_IN its place and country") {
  Article a("Vrsac, Serbia, 2 Apr (VESNIK) — Police arrested two men.");
  a.mention("Vrsac", EntityType::kGpe).mention("Serbia", EntityType::kGpe)
      .mention("2 Apr", EntityType::kDate).mention("VESNIK", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "LOCATED_IN") ==
        Pairs{"Vrsac|Serbia", "VESNIK|Vrsac", "VESNIK|Serbia"});

  Article b("Ostrava 5 Apr (VESNIK) — The city's papers lead with the budget.");
  b.mention("Ostrava", EntityType::kGpe).mention("5 Apr", EntityType::kDate)
      .mention("VESNIK", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "LOCATED_IN") == Pairs{"VESNIK|Ostrava"});

  Article c("(NOVAPRESS) Vienna, May 25 — Ministers met again.");
  c.mention("NOVAPRESS", EntityType::kOrg).mention("Vienna", EntityType::kGpe)
      .mention("May 25", EntityType::kDate);
  CHECK(pairs(c, c.extract(), "LOCATED_IN") == Pairs{"NOVAPRESS|Vienna"});
}

}  // namespace
}  // namespace kg
