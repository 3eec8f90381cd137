// The place vetoes (places.rules) and the employer forms (roles.rules) on invented news sentences,
// each with a near miss.
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

TEST_CASE("ROLE from 'who is TITLE of', an appointment, a hire and a title before the name") {
  auto role = [](const std::string& text, const std::vector<std::string>& orgs) {
    Article a(text);
    a.mention("Dana Lutz", EntityType::kPerson);
    for (const std::string& org : orgs) a.mention(org, EntityType::kOrg);
    return pairs(a, a.extract(), "ROLE");
  };
  CHECK(role("Dana Lutz, who is president of Halvorsen Bank, said rates would rise.",
             {"Halvorsen Bank"}) == Pairs{"Dana Lutz|Halvorsen Bank"});
  CHECK(role("The board elected Dana Lutz to be chairman of the Harbor Trust.", {"Harbor Trust"}) ==
        Pairs{"Dana Lutz|Harbor Trust"});
  CHECK(role("Corvane named Dana Lutz publisher of the Harbor Gazette.",
             {"Corvane", "Harbor Gazette"}) == Pairs{"Dana Lutz|Harbor Gazette"});
  CHECK(role("Halvorsen Bank hired Dana Lutz as its chief economist.", {"Halvorsen Bank"}) ==
        Pairs{"Dana Lutz|Halvorsen Bank"});
  CHECK(role("Halvorsen Bank's chief economist, Dana Lutz, said rates would rise.",
             {"Halvorsen Bank"}) == Pairs{"Dana Lutz|Halvorsen Bank"});
  CHECK(role("A spokeswoman for Halvorsen Bank, Dana Lutz, declined to comment.",
             {"Halvorsen Bank"}) == Pairs{"Dana Lutz|Halvorsen Bank"});
  CHECK(role("Dana Lutz, 61, is a former Halvorsen University professor of economics.",
             {"Halvorsen University"}) == Pairs{"Dana Lutz|Halvorsen University"});

  // No job word, no role: a lawsuit, a race, a customer.
  CHECK(role("Halvorsen Bank named Dana Lutz in a lawsuit filed on Monday.", {"Halvorsen Bank"})
            .empty());
  CHECK(role("Dana Lutz, who is running against Halvorsen Bank, said no.", {"Halvorsen Bank"})
            .empty());
  CHECK(role("Dana Lutz is a Halvorsen Bank customer.", {"Halvorsen Bank"}).empty());
}

TEST_CASE("MEMBER_OF from 'X, a Republican member of Y'") {
  Article a("Dana Lutz, a Republican member of the Harbor Council, voted against the plan.");
  a.mention("Dana Lutz", EntityType::kPerson).mention("Republican", EntityType::kNorp)
      .mention("Harbor Council", EntityType::kOrg);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "MEMBER_OF") == Pairs{"Dana Lutz|Harbor Council"});

  Article b("Dana Lutz, a Republican, criticized members of the Harbor Council.");
  b.mention("Dana Lutz", EntityType::kPerson).mention("Republican", EntityType::kNorp)
      .mention("Harbor Council", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "MEMBER_OF") == Pairs{"Dana Lutz|Republican"});
}

TEST_CASE("a nominee to lead an organization holds no ROLE there yet") {
  Article a("Gov. Ruth Alder on Monday nominated Omar Haddad, a Tulsa banker, to lead the Oklahoma "
            "Department of Revenue.");
  a.mention("Ruth Alder", EntityType::kPerson).mention("Monday", EntityType::kDate)
      .mention("Omar Haddad", EntityType::kPerson).mention("Tulsa", EntityType::kGpe)
      .mention("Oklahoma Department of Revenue", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "ROLE").empty());
  // Who runs it already does.
  Article b("Omar Haddad, a Tulsa banker, leads the Oklahoma Department of Revenue.");
  b.mention("Omar Haddad", EntityType::kPerson).mention("Tulsa", EntityType::kGpe)
      .mention("Oklahoma Department of Revenue", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "ROLE") == Pairs{"Omar Haddad|Oklahoma Department of Revenue"});
}

}  // namespace
}  // namespace kg
