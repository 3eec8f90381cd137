// Wrong triples to avoid: a bare "-ing" form taken for a subject's verb, a
// nationality before a title taken for a party, the object of a participle taken for the patient
// of a passive, and a candidate given a seat. Invented news sentences, each with a near miss.
#include <string>

#include <catch2/catch.hpp>

#include "extract/bare_participle.h"
#include "tests/extract/article_fixture.h"

namespace kg {
namespace {

using test::Article;
using test::Pairs;
using test::pairs;

TEST_CASE("a bare -ing form after a subject is no verb of it") {
  // The complaint accuses, not the agency it was filed with.
  Article a("Fair Vote Ohio filed a complaint with the Ohio Elections Commission on March 3 "
            "accusing Buckeye Future PAC of illegal coordination.");
  a.mention("Fair Vote Ohio", EntityType::kOrg)
      .mention("Ohio Elections Commission", EntityType::kOrg)
      .mention("March 3", EntityType::kDate)
      .mention("Buckeye Future PAC", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "OPPOSED") == Pairs{"Fair Vote Ohio|Buckeye Future PAC"});

  // "spending" is a noun here: the analysts spend nothing.
  Article b("Economists at the Lakeshore Institute expect total spending to top $80 million.");
  b.mention("Lakeshore Institute", EntityType::kOrg).mention("$80 million", EntityType::kMoney);
  CHECK(pairs(b, b.extract(), "PAID").empty());

  // After an auxiliary, or opening a phrase after a comma, it is the subject's verb.
  Article c("The Granite Workers Union is backing Mayor Lena Ortiz.");
  c.mention("Granite Workers Union", EntityType::kOrg).mention("Lena Ortiz", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "SUPPORTED") == Pairs{"Granite Workers Union|Lena Ortiz"});
  Article d("Rep. Carl Dunmore, accusing Harbor Freightways of price gouging, called for hearings.");
  d.mention("Carl Dunmore", EntityType::kPerson).mention("Harbor Freightways", EntityType::kOrg);
  CHECK(pairs(d, d.extract(), "OPPOSED") == Pairs{"Carl Dunmore|Harbor Freightways"});
}

TEST_CASE("is_bare_participle looks at the word before the -ing form") {
  const std::set<std::string, std::less<>> aux{"is", "been"};
  CHECK(is_bare_participle(" on [[DATE:3]] ", "accusing", "accuse", aux));
  CHECK(is_bare_participle(" ", "backing", "back", aux));
  CHECK_FALSE(is_bare_participle(" has been ", "backing", "back", aux));
  CHECK_FALSE(is_bare_participle(", a group ", "backing", "back", aux));
  CHECK_FALSE(is_bare_participle(" on [[DATE:3]] ", "accused", "accuse", aux));
  CHECK_FALSE(is_bare_participle(" ", "bring", "bring", aux));  // the lemma, no "-ing" form
}

TEST_CASE("a nationality before a title is no party membership") {
  Article a("Irish Finance Minister Niamh Keane met bankers on Monday.");
  a.mention("Irish", EntityType::kNorp).mention("Niamh Keane", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "MEMBER_OF").empty());

  Article b("Republican Sen. Owen Tate opposed the bill.");
  b.mention("Republican", EntityType::kNorp).mention("Owen Tate", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "MEMBER_OF") == Pairs{"Owen Tate|Republican"});
}

TEST_CASE("a passive's patient opens its noun phrase") {
  // The group was funded, not the candidate it backs.
  Article a("A political committee backing Senate candidate Ruth Ames was funded by the developer "
            "Colin Barr.");
  a.mention("Senate", EntityType::kOrg).mention("Ruth Ames", EntityType::kPerson)
      .mention("Colin Barr", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "FUNDED").empty());

  Article b("The Riverside Jazz Festival was funded by the Hallam Trust.");
  b.mention("Riverside Jazz Festival", EntityType::kEvent).mention("Hallam Trust", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "FUNDED") == Pairs{"Hallam Trust|Riverside Jazz Festival"});
}

TEST_CASE("a candidate holds no seat") {
  Article a("Senate candidate Ruth Ames toured the mill.");
  a.mention("Senate", EntityType::kOrg).mention("Ruth Ames", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "ROLE").empty());

  Article b("Senate aide Ruth Ames toured the mill.");
  b.mention("Senate", EntityType::kOrg).mention("Ruth Ames", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "ROLE") == Pairs{"Ruth Ames|Senate"});
}

TEST_CASE("a reporter's beat is one word or an about phrase, never a check") {
  Article beat("Nadia Pryor covers housing for the Tern Valley Gazette.");
  beat.mention("Nadia Pryor", EntityType::kPerson).mention("Tern Valley Gazette", EntityType::kOrg);
  CHECK(pairs(beat, beat.extract(), "ROLE") == Pairs{"Nadia Pryor|Tern Valley Gazette"});
  Article about("Nadia Pryor has written about school budgets for the Tern Valley Gazette.");
  about.mention("Nadia Pryor", EntityType::kPerson).mention("Tern Valley Gazette", EntityType::kOrg);
  CHECK(pairs(about, about.extract(), "ROLE") == Pairs{"Nadia Pryor|Tern Valley Gazette"});
  Article check("Nadia Pryor wrote a check for the Harbor Food Bank.");
  check.mention("Nadia Pryor", EntityType::kPerson).mention("Harbor Food Bank", EntityType::kOrg);
  CHECK(pairs(check, check.extract(), "ROLE").empty());
}

}  // namespace
}  // namespace kg
