// LIVES_IN and ROLE forms (rules/relations/places.rules, roles.rules)
// on invented news sentences, each with a near miss that must give nothing.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/extract/article_fixture.h"

namespace kg {
namespace {

using test::Article;
using test::Pairs;
using test::pairs;

TEST_CASE("LIVES_IN from a birth name: 'X was born Y in Z' gives both names") {
  Article a("In 1921, jazz singer Lula Voss was born Lucinda Vossberg in Harlan.");
  a.mention("Lula Voss", EntityType::kPerson, "person:voss")
      .mention("Lucinda Vossberg", EntityType::kPerson, "person:vossberg")
      .mention("Harlan", EntityType::kGpe);
  CHECK(pairs(a, a.extract(), "LIVES_IN") == Pairs{"Lula Voss|Harlan", "Lucinda Vossberg|Harlan"});

  Article b("Lula Voss met Lucinda Vossberg in Harlan.");
  b.mention("Lula Voss", EntityType::kPerson, "person:voss")
      .mention("Lucinda Vossberg", EntityType::kPerson, "person:vossberg")
      .mention("Harlan", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "LIVES_IN").empty());
}

TEST_CASE("LIVES_IN from ', of Z', 'is a Z native', a former envoy and 'Z diplomat X'") {
  Article a("The jury made the award to his widow, Mara Quill, of Dunmore.");
  a.mention("Mara Quill", EntityType::kPerson).mention("Dunmore", EntityType::kGpe);
  CHECK(pairs(a, a.extract(), "LIVES_IN") == Pairs{"Mara Quill|Dunmore"});

  Article b("Ike Tamm is a Yorkton native who joined the agency in 1980.");
  b.mention("Ike Tamm", EntityType::kPerson).mention("Yorkton", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "LIVES_IN") == Pairs{"Ike Tamm|Yorkton"});

  Article c("Rolf Adler, a former Norway ambassador to Chile, was charged on Monday.");
  c.mention("Rolf Adler", EntityType::kPerson).mention("Norway", EntityType::kGpe)
      .mention("Chile", EntityType::kGpe);
  CHECK(pairs(c, c.extract(), "LIVES_IN") == Pairs{"Rolf Adler|Norway"});

  Article d("Norway diplomat Rolf Adler watched the tapes calmly.");
  d.mention("Norway", EntityType::kGpe).mention("Rolf Adler", EntityType::kPerson);
  CHECK(pairs(d, d.extract(), "LIVES_IN") == Pairs{"Rolf Adler|Norway"});

  Article e("Voters backed Tessa Lind, who is running for mayor of Corrin.");
  e.mention("Tessa Lind", EntityType::kPerson).mention("Corrin", EntityType::kGpe);
  CHECK(pairs(e, e.extract(), "LIVES_IN") == Pairs{"Tessa Lind|Corrin"});

  // A trip is no home: "X flew to Z" and "X, of course, visited Z" give nothing.
  Article f("Mara Quill, of course, visited Dunmore twice.");
  f.mention("Mara Quill", EntityType::kPerson).mention("Dunmore", EntityType::kGpe);
  CHECK(pairs(f, f.extract(), "LIVES_IN").empty());
}

}  // namespace
}  // namespace kg
