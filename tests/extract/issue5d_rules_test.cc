// The issue-5d rules (rules/relations/*.rules, "Issue 5d" blocks) on invented news sentences,
// each with a near miss: the place vetoes and more ROLE forms.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/extract/article_fixture.h"

namespace kg {
namespace {

using test::Article;
using test::Pairs;
using test::pairs;

TEST_CASE("a birthplace written 'town, state' gives no LOCATED_IN between the two") {
  Article a("Painter Odile Marsh was born in Carrow Falls, Vermont, in 1931.");
  a.mention("Odile Marsh", EntityType::kPerson).mention("Carrow Falls", EntityType::kGpe)
      .mention("Vermont", EntityType::kGpe);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "LOCATED_IN").empty());
  CHECK(pairs(a, triples, "LIVES_IN") == Pairs{"Odile Marsh|Carrow Falls"});

  // The birth name, a date and "what is now" between "born" and the place are the same form.
  Article b("Born Lucinda Vossberg on May 4, 1902, in what is now Pell County, Kansas, she sang.");
  b.mention("Lucinda Vossberg", EntityType::kPerson).mention("May 4, 1902", EntityType::kDate)
      .mention("Pell County", EntityType::kGpe).mention("Kansas", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "LOCATED_IN").empty());

  Article c("Born May 4, 1902, Carrow Falls, Vermont, was then a mill town.");
  c.mention("May 4, 1902", EntityType::kDate).mention("Carrow Falls", EntityType::kGpe)
      .mention("Vermont", EntityType::kGpe);
  CHECK(pairs(c, c.extract(), "LOCATED_IN").empty());

  // Anywhere else the pair is a town in its state.
  Article d("Odile Marsh opened a studio in Carrow Falls, Vermont, in 1931.");
  d.mention("Odile Marsh", EntityType::kPerson).mention("Carrow Falls", EntityType::kGpe)
      .mention("Vermont", EntityType::kGpe);
  CHECK(pairs(d, d.extract(), "LOCATED_IN") == Pairs{"Carrow Falls|Vermont"});
}

TEST_CASE("places listed with commas are not a town and its state") {
  Article a("Buyers came from Peru, Chile, Norway, Spain, and Kenya to the fair.");
  for (const char* place : {"Peru", "Chile", "Norway", "Spain", "Kenya"}) {
    a.mention(place, EntityType::kGpe);
  }
  CHECK(pairs(a, a.extract(), "LOCATED_IN").empty());

  Article b("Storms soaked Arkansas, Missouri and eastern Kansas on Sunday.");
  b.mention("Arkansas", EntityType::kGpe).mention("Missouri", EntityType::kGpe)
      .mention("Kansas", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "LOCATED_IN").empty());

  // Three in a row can be a place, its county and its state.
  Article c("The dam at Quill Creek, Lorne County, Missouri, was closed.");
  c.mention("Quill Creek", EntityType::kGpe).mention("Lorne County", EntityType::kGpe)
      .mention("Missouri", EntityType::kGpe);
  CHECK_FALSE(pairs(c, c.extract(), "LOCATED_IN").empty());
}

}  // namespace
}  // namespace kg
