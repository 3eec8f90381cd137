// Sentence forms: money "into" a recipient, gifts to "the
// campaign of X", the awarder of a contract as subject, a founding date before "by", kinds of
// organization and events described with a place, "where it is headquartered", party words in an
// apposition, and complaints accusing someone. Invented news sentences, each with a near miss.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/extract/article_fixture.h"

namespace kg {
namespace {

using test::Article;
using test::find;
using test::Pairs;
using test::pairs;

TEST_CASE("money sunk or put into a recipient is FUNDED with the amount, and PAID") {
  Article a("Orla Quinn, who founded Skerry Capital, sank $3 million into Coastal Renewal PAC last fall.");
  a.mention("Orla Quinn", EntityType::kPerson).mention("Skerry Capital", EntityType::kOrg)
      .mention("$3 million", EntityType::kMoney).mention("Coastal Renewal PAC", EntityType::kOrg);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "FUNDED") == Pairs{"Orla Quinn|Coastal Renewal PAC"});
  CHECK(pairs(a, triples, "PAID") == Pairs{"Orla Quinn|$3 million"});
  const Triple* funded = find(triples, "FUNDED");
  REQUIRE(funded != nullptr);
  REQUIRE(funded->amount);
  CHECK(a.text(funded->amount->span) == "$3 million");

  // Money put into a place is no gift to it.
  Article b("Tarn Holdings put $40 million into Ohio real estate.");
  b.mention("Tarn Holdings", EntityType::kOrg).mention("$40 million", EntityType::kMoney)
      .mention("Ohio", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "FUNDED").empty());
}

TEST_CASE("a gift to the campaign of a candidate FUNDS the candidate, not a possessor") {
  Article a("The retired banker Hugh Sato has also given to the campaign of Gov. Ana Lister.");
  a.mention("Hugh Sato", EntityType::kPerson).mention("Ana Lister", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "FUNDED") == Pairs{"Hugh Sato|Ana Lister"});

  Article b("Hugh Sato donated $2,000 to the re-election campaign of Rep. Dan Futch.");
  b.mention("Hugh Sato", EntityType::kPerson).mention("$2,000", EntityType::kMoney)
      .mention("Dan Futch", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "FUNDED") == Pairs{"Hugh Sato|Dan Futch"});

  // "the campaign of Lister's rival" is not Lister's campaign; "did not" cancels the rest.
  Article c("Hugh Sato gave to the campaign of Lister's rival, Mayor Cole Parr.");
  c.mention("Hugh Sato", EntityType::kPerson).mention("Lister", EntityType::kPerson)
      .mention("Cole Parr", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "FUNDED").empty());
  Article d("Hugh Sato did not fund the campaign of Ana Lister.");
  d.mention("Hugh Sato", EntityType::kPerson).mention("Ana Lister", EntityType::kPerson);
  CHECK(pairs(d, d.extract(), "FUNDED").empty());
}

TEST_CASE("the awarder of a contract as subject: the winner has the CONTRACT with it") {
  Article a("The Oregon Department of Transportation has awarded a $210 million contract to Basalt "
            "Bridgeworks to widen Route 9.");
  a.mention("Oregon Department of Transportation", EntityType::kOrg)
      .mention("$210 million", EntityType::kMoney).mention("Basalt Bridgeworks", EntityType::kOrg);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "CONTRACT") ==
        Pairs{"Basalt Bridgeworks|Oregon Department of Transportation"});
  const Triple* contract = find(triples, "CONTRACT");
  REQUIRE(contract != nullptr);
  REQUIRE(contract->amount);
  CHECK(a.text(contract->amount->span) == "$210 million");

  // An award that is no contract gives none.
  Article b("The Oregon Arts Council awarded a $5,000 prize to Basalt Bridgeworks.");
  b.mention("Oregon Arts Council", EntityType::kOrg).mention("$5,000", EntityType::kMoney)
      .mention("Basalt Bridgeworks", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "CONTRACT").empty());
}

TEST_CASE("founded in a year by a described founder") {
  Article a("Fenwick Optics was founded in 1987 by the physicist Mara Lind and now employs 300.");
  a.mention("Fenwick Optics", EntityType::kOrg).mention("1987", EntityType::kDate)
      .mention("Mara Lind", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "FOUNDED") == Pairs{"Mara Lind|Fenwick Optics"});

  // Acquired by in a year is no founding.
  Article b("Fenwick Optics was bought in 1999 by Mara Lind.");
  b.mention("Fenwick Optics", EntityType::kOrg).mention("1999", EntityType::kDate)
      .mention("Mara Lind", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "FOUNDED").empty());
}

TEST_CASE("LOCATED_IN from an org's kind and a place, an event's kind, and 'where it is based'") {
  Article a("Prices rose, according to the Dunmore Tenants Union, a nonprofit in Kesh.");
  a.mention("Dunmore Tenants Union", EntityType::kOrg).mention("Kesh", EntityType::kGpe);
  CHECK(pairs(a, a.extract(), "LOCATED_IN") == Pairs{"Dunmore Tenants Union|Kesh"});

  // A name inside the description stops it: the place is the other org's.
  Article b("Talbot Steel, a supplier to Marlow Motors in Kesh, cut jobs.");
  b.mention("Talbot Steel", EntityType::kOrg).mention("Marlow Motors", EntityType::kOrg)
      .mention("Kesh", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "LOCATED_IN") == Pairs{"Marlow Motors|Kesh"});

  Article c("Delegates arrived for the Prairie Water Forum, a three-day conference in Regina.");
  c.mention("Prairie Water Forum", EntityType::kEvent).mention("three-day", EntityType::kDate)
      .mention("Regina", EntityType::kGpe);
  CHECK(pairs(c, c.extract(), "LOCATED_IN") == Pairs{"Prairie Water Forum|Regina"});

  Article d("Orrin Mills said it would add 200 jobs in Carver, where it is headquartered.");
  d.mention("Orrin Mills", EntityType::kOrg).mention("Carver", EntityType::kGpe);
  CHECK(pairs(d, d.extract(), "LOCATED_IN") == Pairs{"Orrin Mills|Carver"});
  // Another org between them may be what "it" means: nothing.
  Article e("Orrin Mills said Kell Foods would add jobs in Carver, where it is headquartered.");
  e.mention("Orrin Mills", EntityType::kOrg).mention("Kell Foods", EntityType::kOrg)
      .mention("Carver", EntityType::kGpe);
  CHECK(pairs(e, e.extract(), "LOCATED_IN") == Pairs{"Kell Foods|Carver"});
}

TEST_CASE("party words in an apposition: MEMBER_OF and, LIVES_IN from or who lives in") {
  Article a("Rep. Tom Aldana, a Democrat and a former teacher, voted no.");
  a.mention("Tom Aldana", EntityType::kPerson).mention("Democrat", EntityType::kNorp);
  CHECK(pairs(a, a.extract(), "MEMBER_OF") == Pairs{"Tom Aldana|Democrat"});

  Article b("State Sen. Joan Pike, a Republican from Yuma, objected.");
  b.mention("Joan Pike", EntityType::kPerson).mention("Republican", EntityType::kNorp)
      .mention("Yuma", EntityType::kGpe);
  auto tb = b.extract();
  CHECK(pairs(b, tb, "LIVES_IN") == Pairs{"Joan Pike|Yuma"});
  CHECK(pairs(b, tb, "MEMBER_OF") == Pairs{"Joan Pike|Republican"});

  Article c("Joan Pike, a Republican lawyer who lives in Mesa, filed the suit.");
  c.mention("Joan Pike", EntityType::kPerson).mention("Republican", EntityType::kNorp)
      .mention("Mesa", EntityType::kGpe);
  CHECK(pairs(c, c.extract(), "LIVES_IN") == Pairs{"Joan Pike|Mesa"});

  Article d("On the Democratic side, former Mayor Lena Ostrow has raised the most.");
  d.mention("Democratic", EntityType::kNorp).mention("Lena Ostrow", EntityType::kPerson);
  CHECK(pairs(d, d.extract(), "MEMBER_OF") == Pairs{"Lena Ostrow|Democratic"});

  // Who lives in a place named in a relative clause of someone else: no triple for Pike.
  Article e("Joan Pike, a Republican, thanked Ed Moss, who lives in Mesa.");
  e.mention("Joan Pike", EntityType::kPerson).mention("Republican", EntityType::kNorp)
      .mention("Ed Moss", EntityType::kPerson).mention("Mesa", EntityType::kGpe);
  CHECK(pairs(e, e.extract(), "LIVES_IN") == Pairs{"Ed Moss|Mesa"});
}

TEST_CASE("a complaint accusing someone is OPPOSED by whoever filed it, not by where it was filed") {
  Article a("Fair Ballot Now filed a complaint with the Federal Election Commission on March 2 "
            "accusing Horizon Action Fund of coordinating with a campaign.");
  a.mention("Fair Ballot Now", EntityType::kOrg).mention("Federal Election Commission", EntityType::kOrg)
      .mention("March 2", EntityType::kDate).mention("Horizon Action Fund", EntityType::kOrg);
  auto triples = a.extract();
  std::vector<std::string> opposed = pairs(a, triples, "OPPOSED");
  CHECK(std::find(opposed.begin(), opposed.end(), "Fair Ballot Now|Horizon Action Fund") !=
        opposed.end());
}

TEST_CASE("money sunk into the campaign of a candidate FUNDS the candidate") {
  Article a("The Prairie Jobs Fund sank $2 million into the campaign of Gov. Lena Ortiz.");
  a.mention("Prairie Jobs Fund", EntityType::kOrg).mention("$2 million", EntityType::kMoney)
      .mention("Lena Ortiz", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "FUNDED") == Pairs{"Prairie Jobs Fund|Lena Ortiz"});
  Article b("The Prairie Jobs Fund sank $2 million into the campaign of Lena Ortiz's rival.");
  b.mention("Prairie Jobs Fund", EntityType::kOrg).mention("$2 million", EntityType::kMoney)
      .mention("Lena Ortiz", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "FUNDED").empty());
}

TEST_CASE("ads attacking or praising someone are OPPOSED or SUPPORTED") {
  Article a("Citizens for Clean Water ran ads in Nevada attacking Sen. Dale Fenton.");
  a.mention("Citizens for Clean Water", EntityType::kOrg).mention("Nevada", EntityType::kGpe)
      .mention("Dale Fenton", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "OPPOSED") == Pairs{"Citizens for Clean Water|Dale Fenton"});
  Article b("The Harbor Growth Council aired television spots praising Mayor Ines Calder.");
  b.mention("Harbor Growth Council", EntityType::kOrg).mention("Ines Calder", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "SUPPORTED") == Pairs{"Harbor Growth Council|Ines Calder"});
  // Ads seen, not run: nobody attacks.
  Article c("Voters in Nevada saw ads from Citizens for Clean Water about Dale Fenton.");
  c.mention("Nevada", EntityType::kGpe).mention("Citizens for Clean Water", EntityType::kOrg)
      .mention("Dale Fenton", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "OPPOSED").empty());
}

TEST_CASE("an elected office from a place is a ROLE there, with the office as title") {
  Article a("Marta Reyes, a Democratic senator from Arizona, voted against the bill.");
  a.mention("Marta Reyes", EntityType::kPerson).mention("Democratic", EntityType::kNorp)
      .mention("Arizona", EntityType::kGpe);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "ROLE") == Pairs{"Marta Reyes|Arizona"});
  const Triple* role = find(triples, "ROLE");
  REQUIRE(role != nullptr);
  CHECK(role->title == "senator");
  // A state senator's seat is the state's: the city she comes from is her home, not her office.
  Article state("Marta Reyes, a state senator from Tucson, voted against the bill.");
  state.mention("Marta Reyes", EntityType::kPerson).mention("Tucson", EntityType::kGpe);
  CHECK(pairs(state, state.extract(), "ROLE").empty());
  // A resident is no office holder.
  Article b("Marta Reyes, a teacher from Arizona, voted in the primary.");
  b.mention("Marta Reyes", EntityType::kPerson).mention("Arizona", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "ROLE").empty());
}

}  // namespace
}  // namespace kg
