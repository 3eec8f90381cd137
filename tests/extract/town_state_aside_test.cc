// An aside after a name may hold a town and its state with their own comma (", a native of
// Tulsa, Oklahoma,"): the name stays the subject of the verb after the aside, and neither place
// becomes one. Invented news sentences.
#include <string>

#include <catch2/catch.hpp>

#include "tests/extract/article_fixture.h"

namespace kg {
namespace {

using test::Article;
using test::Pairs;
using test::pairs;

TEST_CASE("a town and its state inside an aside leave the name as the subject") {
  Article a("Ortega, a native of Tulsa, Oklahoma, praised the Prairie Rail Authority.");
  a.mention("Ortega", EntityType::kPerson)
      .mention("Tulsa", EntityType::kGpe)
      .mention("Oklahoma", EntityType::kGpe)
      .mention("Prairie Rail Authority", EntityType::kOrg);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "SUPPORTED") == Pairs{"Ortega|Prairie Rail Authority"});

  Article b("Dana Kell, who grew up in Bangor, Maine, criticized Northway Mills.");
  b.mention("Dana Kell", EntityType::kPerson)
      .mention("Bangor", EntityType::kGpe)
      .mention("Maine", EntityType::kGpe)
      .mention("Northway Mills", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "OPPOSED") == Pairs{"Dana Kell|Northway Mills"});
}

TEST_CASE("a place opening its clause still supports") {
  Article a("In Nevada, Democrats backed Mayor Rosa Vint.");
  a.mention("Nevada", EntityType::kGpe)
      .mention("Democrats", EntityType::kNorp)
      .mention("Rosa Vint", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "SUPPORTED") == Pairs{"Democrats|Rosa Vint"});
}

}  // namespace
}  // namespace kg
