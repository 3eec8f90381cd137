// TripleExtractor with the shipped rules on hand-built analyses of news sentences.
#include "extract/triple_extractor.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/extract/article_fixture.h"

namespace kg {
namespace {

using test::Article;
using test::Pairs;
using test::find;
using test::pairs;

TEST_CASE("FUNDED carries the amount - the giver also PAID it") {
  Article a("Former New York mayor Michael Bloomberg donated $5 million to the Harris campaign "
            "on Tuesday, aides said.");
  a.mention("Michael Bloomberg", EntityType::kPerson, "person:michael-bloomberg")
      .mention("$5 million", EntityType::kMoney, "money:usd:5000000")
      .mention("Harris", EntityType::kPerson, "person:kamala-harris");
  auto triples = a.extract();
  const Triple* funded = find(triples, "FUNDED");
  REQUIRE(funded != nullptr);
  CHECK(funded->subject.id == "person:michael-bloomberg");
  CHECK(funded->object.id == "person:kamala-harris");
  CHECK(funded->predicate == "donate");
  CHECK(funded->rule == "funding.donated_to");
  REQUIRE(funded->amount.has_value());
  CHECK(a.text(funded->amount->span) == "$5 million");
  CHECK(funded->amount->id == "money:usd:5000000");
  CHECK(funded->evidence == Span{0, static_cast<uint32_t>(a.doc().text.size())});
  CHECK(pairs(a, triples, "PAID") == Pairs{"Michael Bloomberg|$5 million"});
}

TEST_CASE("FUNDED from a pronoun keeps the pronoun's span and its entity") {
  Article a("Bloomberg has long backed gun control. He gave $100 million to Everytown for Gun "
            "Safety last year.");
  a.mention("Bloomberg", EntityType::kPerson, "person:michael-bloomberg")
      .mention("He", EntityType::kPerson, "person:michael-bloomberg", true)
      .mention("$100 million", EntityType::kMoney)
      .mention("Everytown for Gun Safety", EntityType::kOrg)
      .sentence("Bloomberg has long backed gun control.")
      .sentence("He gave $100 million to Everytown for Gun Safety last year.");
  auto triples = a.extract();
  const Triple* funded = find(triples, "FUNDED");
  REQUIRE(funded != nullptr);
  CHECK(a.text(funded->subject.span) == "He");
  CHECK(funded->subject.id == "person:michael-bloomberg");
  CHECK(a.text(funded->evidence) == "He gave $100 million to Everytown for Gun Safety last year.");
  REQUIRE(funded->amount.has_value());
  CHECK(a.text(funded->amount->span) == "$100 million");
}

TEST_CASE("FUNDED in the passive, and a possessive donation") {
  Article a("The Sundance Film Festival was funded in part by the Ford Foundation.");
  a.mention("Sundance Film Festival", EntityType::kEvent).mention("Ford Foundation", EntityType::kOrg);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "FUNDED") == Pairs{"Ford Foundation|Sundance Film Festival"});
  REQUIRE(find(triples, "FUNDED") != nullptr);
  CHECK(find(triples, "FUNDED")->predicate == "fund");  // the verb, not the auxiliary "was"

  Article b("Musk’s $45 million donation to America PAC drew scrutiny.");
  b.mention("Musk", EntityType::kPerson).mention("$45 million", EntityType::kMoney)
      .mention("America PAC", EntityType::kOrg);
  auto tb = b.extract();
  const Triple* funded = find(tb, "FUNDED");
  REQUIRE(funded != nullptr);
  CHECK(b.text(funded->subject.span) == "Musk");
  REQUIRE(funded->amount.has_value());
  CHECK(b.text(funded->amount->span) == "$45 million");
}

TEST_CASE("negated sentences give no triple") {
  Article a("Obama did not endorse Harris before the convention.");
  a.mention("Obama", EntityType::kPerson).mention("Harris", EntityType::kPerson);
  CHECK(a.extract().empty());

  Article b("Bloomberg never donated $1 million to the Harris campaign, a spokesman said.");
  b.mention("Bloomberg", EntityType::kPerson).mention("$1 million", EntityType::kMoney)
      .mention("Harris", EntityType::kPerson);
  auto tb = b.extract();
  CHECK(find(tb, "FUNDED") == nullptr);
  CHECK(find(tb, "PAID") == nullptr);

  Article c("Cantwell didn’t criticize Boeing, and Murray no longer opposes Airbus.");
  c.mention("Cantwell", EntityType::kPerson).mention("Boeing", EntityType::kOrg)
      .mention("Murray", EntityType::kPerson).mention("Airbus", EntityType::kOrg);
  CHECK(c.extract().empty());
}

TEST_CASE("an aside between commas need not hold a mention or end in a space") {
  Article a(
      "Granite Ridge Construction, one of the largest contractors in the state, spent "
      "$2.1 million on lobbying last year.");
  a.mention("Granite Ridge Construction", EntityType::kOrg)
      .mention("$2.1 million", EntityType::kMoney);
  CHECK(pairs(a, a.extract(), "PAID") == Pairs{"Granite Ridge Construction|$2.1 million"});

  Article b("Harbor Drug, which operates 340 pharmacies, paid $12 million to settle the claims.");
  b.mention("Harbor Drug", EntityType::kOrg).mention("$12 million", EntityType::kMoney);
  CHECK(pairs(b, b.extract(), "PAID") == Pairs{"Harbor Drug|$12 million"});

  Article c("Ruth Adler, a retired teacher from Dayton, donated $500 to the Ames campaign.");
  c.mention("Ruth Adler", EntityType::kPerson)
      .mention("Dayton", EntityType::kGpe)
      .mention("$500", EntityType::kMoney)
      .mention("Ames", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "FUNDED") == Pairs{"Ruth Adler|Ames"});
}

TEST_CASE("a stretch between commas too long for an aside is no aside") {
  // Not "Pavel Orlov KILLED Victor Hale": Orlov's clause runs on for a dozen words.
  Article a(
      "The security chief, Pavel Orlov, has dismissed rumors that copies of the files "
      "relating to Lee Danner, who was charged with having assassinated President Victor "
      "Hale, will be released.");
  a.mention("Pavel Orlov", EntityType::kPerson)
      .mention("Lee Danner", EntityType::kPerson)
      .mention("Victor Hale", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "KILLED") == Pairs{"Lee Danner|Victor Hale"});
}

TEST_CASE("a mention inside an aside is not the subject of the clause around it") {
  Article a("Sen. Maria Okafor of Ohio praised Aldermark Aerospace on Monday.");
  a.mention("Maria Okafor", EntityType::kPerson)
      .mention("Ohio", EntityType::kGpe)
      .mention("Aldermark Aerospace", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "SUPPORTED") == Pairs{"Maria Okafor|Aldermark Aerospace"});

  Article b(
      "Marta Quill, the fund manager who founded Quillstone Partners, donated $5 million to "
      "the Reyes campaign on Tuesday.");
  b.mention("Marta Quill", EntityType::kPerson)
      .mention("Quillstone Partners", EntityType::kOrg)
      .mention("$5 million", EntityType::kMoney)
      .mention("Reyes", EntityType::kPerson);
  auto tb = b.extract();
  CHECK(pairs(b, tb, "FUNDED") == Pairs{"Marta Quill|Reyes"});
  CHECK(pairs(b, tb, "PAID") == Pairs{"Marta Quill|$5 million"});
  CHECK(pairs(b, tb, "FOUNDED") == Pairs{"Marta Quill|Quillstone Partners"});

  Article c("Tom Berger, the chief executive of Lindqvist Bank, spoke at the Alpine Energy Forum.");
  c.mention("Tom Berger", EntityType::kPerson)
      .mention("Lindqvist Bank", EntityType::kOrg)
      .mention("Alpine Energy Forum", EntityType::kEvent);
  CHECK(pairs(c, c.extract(), "ATTENDED") == Pairs{"Tom Berger|Alpine Energy Forum"});

  // The first argument of a passive is the object: not "Teamsters SUPPORTED Tupelo".
  Article d("Dana Cole, the mayor of Tupelo, was endorsed by the Teamsters.");
  d.mention("Dana Cole", EntityType::kPerson)
      .mention("Tupelo", EntityType::kGpe)
      .mention("Teamsters", EntityType::kOrg);
  CHECK(pairs(d, d.extract(), "SUPPORTED") == Pairs{"Teamsters|Dana Cole"});
}

TEST_CASE("a clause wholly inside an aside still counts") {
  Article a("Ana Ruiz, whose group Fair Wages Now backed Lowe, endorsed Harlan on Friday.");
  a.mention("Ana Ruiz", EntityType::kPerson)
      .mention("Fair Wages Now", EntityType::kOrg)
      .mention("Lowe", EntityType::kPerson)
      .mention("Harlan", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "SUPPORTED") == Pairs{"Ana Ruiz|Harlan", "Fair Wages Now|Lowe"});
}

TEST_CASE("a negation just before the first argument, in its clause, gives no triple") {
  Article a("Smith denies that he killed Jones, his lawyer said.");
  a.mention("Smith", EntityType::kPerson, "person:smith")
      .mention("he", EntityType::kPerson, "person:smith", true)
      .mention("Jones", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "KILLED").empty());

  Article b("Prosecutors never claimed Reyes shot Tomlin, the defense said.");
  b.mention("Reyes", EntityType::kPerson).mention("Tomlin", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "KILLED").empty());

  Article c("Police said Reyes did not shoot Tomlin.");
  c.mention("Reyes", EntityType::kPerson).mention("Tomlin", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "KILLED").empty());

  Article d("Neither Obama nor Biden endorsed Harris before the primary.");
  d.mention("Obama", EntityType::kPerson)
      .mention("Biden", EntityType::kPerson)
      .mention("Harris", EntityType::kPerson);
  CHECK(pairs(d, d.extract(), "SUPPORTED").empty());

  Article e(
      "Halvorsen Bank issued a statement denying that it paid $2 million to the Ames "
      "campaign.");
  e.mention("Halvorsen Bank", EntityType::kOrg, "org:halvorsen-bank")
      .mention("it", EntityType::kOrg, "org:halvorsen-bank", true)
      .mention("$2 million", EntityType::kMoney)
      .mention("Ames", EntityType::kPerson);
  auto te = e.extract();
  CHECK(pairs(e, te, "PAID").empty());
  CHECK(pairs(e, te, "FUNDED").empty());
}

TEST_CASE("a negation in another clause does not cancel the triple") {
  Article a("Jones, who did not run, endorsed Smith on Sunday.");
  a.mention("Jones", EntityType::kPerson).mention("Smith", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "SUPPORTED") == Pairs{"Jones|Smith"});

  Article b("After Brown failed to win the primary, Jones endorsed Smith.");
  b.mention("Brown", EntityType::kPerson)
      .mention("Jones", EntityType::kPerson)
      .mention("Smith", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "SUPPORTED") == Pairs{"Jones|Smith"});

  Article c("Brown has not said whether he will run; Jones endorsed Smith.");
  c.mention("Brown", EntityType::kPerson)
      .mention("he", EntityType::kPerson, "PERSON:Brown", true)
      .mention("Jones", EntityType::kPerson)
      .mention("Smith", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "SUPPORTED") == Pairs{"Jones|Smith"});

  // A title holds whatever the verb around it says.
  Article d("Rebels have refused to recognize Veloria President Anton Marek.");
  d.mention("Veloria", EntityType::kGpe).mention("Anton Marek", EntityType::kPerson);
  CHECK(pairs(d, d.extract(), "ROLE") == Pairs{"Anton Marek|Veloria"});
}

TEST_CASE("ROLE with the title before the name, in an apposition, and with a place") {
  Article a("Boeing CEO Kelly Ortberg told employees on Friday that layoffs were coming.");
  a.mention("Boeing", EntityType::kOrg).mention("Kelly Ortberg", EntityType::kPerson);
  auto ta = a.extract();
  const Triple* role = find(ta, "ROLE");
  REQUIRE(role != nullptr);
  CHECK(a.text(role->subject.span) == "Kelly Ortberg");
  CHECK(a.text(role->object.span) == "Boeing");
  CHECK(role->title == "CEO");

  Article b("Kelly Ortberg, the chief executive of Boeing, met with union leaders.");
  b.mention("Kelly Ortberg", EntityType::kPerson).mention("Boeing", EntityType::kOrg);
  auto tb = b.extract();
  const Triple* role_b = find(tb, "ROLE");
  REQUIRE(role_b != nullptr);
  CHECK(b.text(role_b->object.span) == "Boeing");
  CHECK(role_b->title == "chief executive");

  Article c("Sen. Maria Cantwell of Washington questioned the plan.");
  c.mention("Maria Cantwell", EntityType::kPerson).mention("Washington", EntityType::kGpe);
  auto tc = c.extract();
  const Triple* role_c = find(tc, "ROLE");
  REQUIRE(role_c != nullptr);
  CHECK(c.text(role_c->object.span) == "Washington");
  CHECK(role_c->title == "Sen.");

  Article d("Jane Doe, a spokeswoman for Pfizer, declined to comment.");
  d.mention("Jane Doe", EntityType::kPerson).mention("Pfizer", EntityType::kOrg);
  auto td = d.extract();
  const Triple* role_d = find(td, "ROLE");
  REQUIRE(role_d != nullptr);
  CHECK(role_d->title == "spokeswoman");

  Article e("Analysts said Tom Reed, who heads Exxon Mobil, will retire.");
  e.mention("Tom Reed", EntityType::kPerson).mention("Exxon Mobil", EntityType::kOrg);
  CHECK(pairs(e, e.extract(), "ROLE") == Pairs{"Tom Reed|Exxon Mobil"});
}

TEST_CASE("MEMBER_OF from a party title and from 'a member of'") {
  Article a("Democratic Rep. Ro Khanna said the bill would pass.");
  a.mention("Democratic", EntityType::kNorp).mention("Ro Khanna", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "MEMBER_OF") == Pairs{"Ro Khanna|Democratic"});

  Article b("Ann Lee, a longtime member of the Federal Reserve Board, spoke first.");
  b.mention("Ann Lee", EntityType::kPerson).mention("Federal Reserve Board", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "MEMBER_OF") == Pairs{"Ann Lee|Federal Reserve Board"});
}

TEST_CASE("FOUNDED, OWNS and ACQUIRED with the price") {
  Article a("Jeff Bezos, who founded Amazon in 1994, stepped down.");
  a.mention("Jeff Bezos", EntityType::kPerson).mention("Amazon", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "FOUNDED") == Pairs{"Jeff Bezos|Amazon"});

  Article b("Whole Foods, owned by Amazon since 2017, cut prices.");
  b.mention("Whole Foods", EntityType::kOrg).mention("Amazon", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "OWNS") == Pairs{"Amazon|Whole Foods"});

  Article c("Microsoft agreed to buy Activision Blizzard for $68.7 billion in January.");
  c.mention("Microsoft", EntityType::kOrg).mention("Activision Blizzard", EntityType::kOrg)
      .mention("$68.7 billion", EntityType::kMoney);
  auto tc = c.extract();
  const Triple* acquired = find(tc, "ACQUIRED");
  REQUIRE(acquired != nullptr);
  CHECK(c.text(acquired->object.span) == "Activision Blizzard");
  REQUIRE(acquired->amount.has_value());
  CHECK(c.text(acquired->amount->span) == "$68.7 billion");

  Article d("Twitter was acquired by Elon Musk in October.");
  d.mention("Twitter", EntityType::kOrg).mention("Elon Musk", EntityType::kPerson);
  CHECK(pairs(d, d.extract(), "ACQUIRED") == Pairs{"Elon Musk|Twitter"});
}

TEST_CASE("CONTRACT carries the amount") {
  Article a("SpaceX won a $2.9 billion contract with NASA to build a lunar lander.");
  a.mention("SpaceX", EntityType::kOrg).mention("$2.9 billion", EntityType::kMoney)
      .mention("NASA", EntityType::kOrg);
  auto triples = a.extract();
  const Triple* contract = find(triples, "CONTRACT");
  REQUIRE(contract != nullptr);
  CHECK(a.text(contract->subject.span) == "SpaceX");
  CHECK(a.text(contract->object.span) == "NASA");
  REQUIRE(contract->amount.has_value());
  CHECK(a.text(contract->amount->span) == "$2.9 billion");
}

TEST_CASE("PAID, RECEIVED and LOST take the money as object") {
  Article a("Intel lost $16.6 billion in the third quarter, while the Red Cross received "
            "$2 million from donors.");
  a.mention("Intel", EntityType::kOrg).mention("$16.6 billion", EntityType::kMoney)
      .mention("Red Cross", EntityType::kOrg).mention("$2 million", EntityType::kMoney);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "LOST") == Pairs{"Intel|$16.6 billion"});
  CHECK(pairs(a, triples, "RECEIVED") == Pairs{"Red Cross|$2 million"});

  Article b("Bloomberg spent $1 billion on his own campaign.");
  b.mention("Bloomberg", EntityType::kPerson).mention("$1 billion", EntityType::kMoney);
  CHECK(pairs(b, b.extract(), "PAID") == Pairs{"Bloomberg|$1 billion"});
}

// "subject|predicate|object" of every triple of one relation.
std::vector<std::string> predicates(const Article& a, const std::vector<Triple>& triples,
                                    const std::string& relation) {
  std::vector<std::string> out;
  for (const Triple& t : triples) {
    if (t.relation == relation) {
      out.push_back(a.text(t.subject.span) + "|" + t.predicate + "|" + a.text(t.object.span));
    }
  }
  return out;
}

TEST_CASE("the predicate is the lemma of the verb written in the sentence") {
  Article b("Diane Pruitt fired Chief Executive Kevin Strand on Monday.");
  b.mention("Diane Pruitt", EntityType::kPerson).mention("Kevin Strand", EntityType::kPerson);
  CHECK(predicates(b, b.extract(), "APPOINTED") == Pairs{"Diane Pruitt|fire|Kevin Strand"});

  Article c("Laura Becker accused Severn Vale Water on Tuesday of buying silence.");
  c.mention("Laura Becker", EntityType::kPerson).mention("Severn Vale Water", EntityType::kOrg);
  CHECK(predicates(c, c.extract(), "OPPOSED") == Pairs{"Laura Becker|accuse|Severn Vale Water"});

  Article d("The Commonwealth Business Council endorsed Holloway, and the Teachers Alliance "
            "praised Harris. The Metro Teachers Union backed Lindgren.");
  d.mention("Commonwealth Business Council", EntityType::kOrg)
      .mention("Holloway", EntityType::kPerson)
      .mention("Teachers Alliance", EntityType::kOrg)
      .mention("Harris", EntityType::kPerson)
      .mention("Metro Teachers Union", EntityType::kOrg)
      .mention("Lindgren", EntityType::kPerson);
  CHECK(predicates(d, d.extract(), "SUPPORTED") ==
        Pairs{"Commonwealth Business Council|endorse|Holloway", "Teachers Alliance|praise|Harris",
              "Metro Teachers Union|back|Lindgren"});

  Article e("Aldermark Aerospace secured a $2 billion contract with the Pentagon.");
  e.mention("Aldermark Aerospace", EntityType::kOrg)
      .mention("$2 billion", EntityType::kMoney)
      .mention("Pentagon", EntityType::kOrg);
  CHECK(predicates(e, e.extract(), "CONTRACT") == Pairs{"Aldermark Aerospace|secure|Pentagon"});

  // No verb in the rule: the rule's own predicate.
  Article f("Boeing CEO Kelly Ortberg toured the plant.");
  f.mention("Boeing", EntityType::kOrg).mention("Kelly Ortberg", EntityType::kPerson);
  CHECK(predicates(f, f.extract(), "ROLE") == Pairs{"Kelly Ortberg|be|Boeing"});
}

TEST_CASE("a reporting verb or 'that' opens a clause whose subject is not the first name") {
  Article a("Felix Hartmann, a member of Rheinwerk’s supervisory board, said the board backed "
            "Vogel’s plan.");
  a.mention("Felix Hartmann", EntityType::kPerson, "person:felix-hartmann")
      .mention("Rheinwerk", EntityType::kOrg)
      .mention("Vogel", EntityType::kPerson, "person:katrin-vogel");
  CHECK(pairs(a, a.extract(), "SUPPORTED").empty());

  Article b("Marcus Dunn told reporters the union endorsed Harriet Lowe.");
  b.mention("Marcus Dunn", EntityType::kPerson).mention("Harriet Lowe", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "SUPPORTED").empty());

  Article c("Dana Kowalski said that the party criticized Prescott.");
  c.mention("Dana Kowalski", EntityType::kPerson).mention("Prescott", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "OPPOSED").empty());

  // A pronoun after the break is the same subject; a break right before the verb is a relative
  // pronoun.
  Article d("Lancaster Colony Corp. said it acquired Reames Foods Inc. in a cash deal.");
  d.mention("Lancaster Colony Corp.", EntityType::kOrg).mention("Reames Foods Inc.", EntityType::kOrg);
  CHECK(pairs(d, d.extract(), "ACQUIRED") == Pairs{"Lancaster Colony Corp.|Reames Foods Inc."});

  Article e("Halsted Partners, the firm that bought Corvane in 2019, declined to comment.");
  e.mention("Halsted Partners", EntityType::kOrg).mention("Corvane", EntityType::kOrg);
  CHECK(pairs(e, e.extract(), "ACQUIRED") == Pairs{"Halsted Partners|Corvane"});

  Article f("Obama said on Sunday that he endorsed Harris.");
  f.mention("Obama", EntityType::kPerson).mention("he", EntityType::kPerson, "person:Obama", true)
      .mention("Harris", EntityType::kPerson);
  CHECK(pairs(f, f.extract(), "SUPPORTED") == Pairs{"he|Harris"});
}

TEST_CASE("an apposition's title is a short job phrase, never a quote or a clause") {
  Article a("Linda Carver praised Samuel Adeyemi, calling him “the first member of Congress in "
            "years to put a price on it.”");
  a.mention("Linda Carver", EntityType::kPerson)
      .mention("Samuel Adeyemi", EntityType::kPerson)
      .mention("Congress", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "ROLE").empty());

  Article b("Garret Boone, who teaches art at Earlham College, called it ugly.");
  b.mention("Garret Boone", EntityType::kPerson).mention("Earlham College", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "ROLE").empty());

  Article c("Jay Goldinger, who often trades overnight for Capital Insight Inc., said so.");
  c.mention("Jay Goldinger", EntityType::kPerson).mention("Capital Insight Inc.", EntityType::kOrg);
  CHECK(pairs(c, c.extract(), "ROLE").empty());

  Article d("Ana Ruiz, senior vice president of retail sales at Hartwell Stores, said prices "
            "would rise.");
  d.mention("Ana Ruiz", EntityType::kPerson).mention("Hartwell Stores", EntityType::kOrg);
  auto td = d.extract();
  const Triple* role = find(td, "ROLE");
  REQUIRE(role != nullptr);
  CHECK(d.text(role->object.span) == "Hartwell Stores");
  CHECK(role->title == "senior vice president of retail sales");

  Article e("Frederick Deane Jr., 63, chairman of Signet Banking Corp., was elected a director.");
  e.mention("Frederick Deane Jr.", EntityType::kPerson).mention("Signet Banking Corp.", EntityType::kOrg);
  CHECK(pairs(e, e.extract(), "ROLE") == Pairs{"Frederick Deane Jr.|Signet Banking Corp."});
}

TEST_CASE("SUPPORTED and OPPOSED, active and passive") {
  Article a("Obama endorsed Harris on Sunday.");
  a.mention("Obama", EntityType::kPerson).mention("Harris", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "SUPPORTED") == Pairs{"Obama|Harris"});

  Article b("The bill was backed by the AFL-CIO.");
  b.mention("AFL-CIO", EntityType::kOrg).mention("The bill", EntityType::kEvent);
  CHECK(pairs(b, b.extract(), "SUPPORTED") == Pairs{"AFL-CIO|The bill"});

  Article c("The FTC sued Amazon in September, and Warren criticized the company.");
  c.mention("FTC", EntityType::kOrg).mention("Amazon", EntityType::kOrg);
  CHECK(pairs(c, c.extract(), "OPPOSED") == Pairs{"FTC|Amazon"});

  Article d("Amazon was sued by the Federal Trade Commission.");
  d.mention("Amazon", EntityType::kOrg).mention("Federal Trade Commission", EntityType::kOrg);
  CHECK(pairs(d, d.extract(), "OPPOSED") == Pairs{"Federal Trade Commission|Amazon"});

  Article e("Texas filed a lawsuit against Google over its ad business.");
  e.mention("Texas", EntityType::kGpe).mention("Google", EntityType::kOrg);
  CHECK(pairs(e, e.extract(), "OPPOSED") == Pairs{"Texas|Google"});
}

TEST_CASE("MET is emitted once with the first-written party as subject") {
  Article a("Modi met with Biden at the White House.");
  a.mention("Modi", EntityType::kPerson).mention("Biden", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "MET") == Pairs{"Modi|Biden"});

  Article b("Xi and Biden met for four hours in California.");
  b.mention("Xi", EntityType::kPerson).mention("Biden", EntityType::kPerson)
      .mention("California", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "MET") == Pairs{"Xi|Biden"});
}

TEST_CASE("coordinated subjects each state the fact, an earlier verb's object does not") {
  Article a("Vance and Ortiz met with Ellery on Friday.");
  a.mention("Vance", EntityType::kPerson).mention("Ortiz", EntityType::kPerson)
      .mention("Ellery", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "MET") == Pairs{"Vance|Ellery", "Ortiz|Ellery"});

  Article b("Pryce, Halden and Marchetti donated to the Forward Fund.");
  b.mention("Pryce", EntityType::kPerson).mention("Halden", EntityType::kPerson)
      .mention("Marchetti", EntityType::kPerson).mention("Forward Fund", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "FUNDED") ==
        Pairs{"Pryce|Forward Fund", "Halden|Forward Fund", "Marchetti|Forward Fund"});

  Article c("Okafor endorsed Lowe and Brandt backed Ruiz.");
  c.mention("Okafor", EntityType::kPerson).mention("Lowe", EntityType::kPerson)
      .mention("Brandt", EntityType::kPerson).mention("Ruiz", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "SUPPORTED") == Pairs{"Okafor|Lowe", "Brandt|Ruiz"});
}

TEST_CASE("a bare comma sets off an opening phrase - it coordinates only after an and") {
  Article a("Unlike Halvorsen Foods, Brightwater Dairy acquired Meadowlark Creamery last spring.");
  a.mention("Halvorsen Foods", EntityType::kOrg).mention("Brightwater Dairy", EntityType::kOrg)
      .mention("Meadowlark Creamery", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "ACQUIRED") == Pairs{"Brightwater Dairy|Meadowlark Creamery"});

  Article b("In a note to Councilwoman Dana Whitlock, Mayor Carl Ebbers endorsed Judge Rita Vance.");
  b.mention("Dana Whitlock", EntityType::kPerson).mention("Carl Ebbers", EntityType::kPerson)
      .mention("Rita Vance", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "SUPPORTED") == Pairs{"Carl Ebbers|Rita Vance"});

  // The comma continues a list that ends in "and" or ", and".
  Article c("Pryce, Halden, and Marchetti met with Ellery on Friday.");
  c.mention("Pryce", EntityType::kPerson).mention("Halden", EntityType::kPerson)
      .mention("Marchetti", EntityType::kPerson).mention("Ellery", EntityType::kPerson);
  CHECK(pairs(c, c.extract(), "MET") ==
        Pairs{"Pryce|Ellery", "Halden|Ellery", "Marchetti|Ellery"});

  // Towns each with its state, listed: the last state is not the others'.
  Article d("Frost hit Alder, Mont., and Birchfield, Ore., overnight.");
  d.mention("Alder", EntityType::kGpe).mention("Mont.", EntityType::kGpe)
      .mention("Birchfield", EntityType::kGpe).mention("Ore.", EntityType::kGpe);
  CHECK(pairs(d, d.extract(), "LOCATED_IN") == Pairs{"Birchfield|Ore."});
}

TEST_CASE("ATTENDED and LOCATED_IN") {
  Article a("Harris spoke at the World Economic Forum in Davos, Switzerland.");
  a.mention("Harris", EntityType::kPerson).mention("World Economic Forum", EntityType::kEvent)
      .mention("Davos", EntityType::kGpe).mention("Switzerland", EntityType::kGpe);
  auto triples = a.extract();
  CHECK(pairs(a, triples, "ATTENDED") == Pairs{"Harris|World Economic Forum"});
  // The forum is in the country too ("X in Town, State" gives both).
  CHECK(pairs(a, triples, "LOCATED_IN") ==
        Pairs{"World Economic Forum|Davos", "World Economic Forum|Switzerland", "Davos|Switzerland"});

  Article b("Boeing, based in Arlington, and the Seattle-based Amazon both hired lobbyists.");
  b.mention("Boeing", EntityType::kOrg).mention("Arlington", EntityType::kGpe)
      .mention("Seattle", EntityType::kGpe).mention("Amazon", EntityType::kOrg);
  CHECK(pairs(b, b.extract(), "LOCATED_IN") == Pairs{"Boeing|Arlington", "Amazon|Seattle"});

  Article c("Officials from France, Germany and Italy attended.");
  c.mention("France", EntityType::kGpe).mention("Germany", EntityType::kGpe)
      .mention("Italy", EntityType::kGpe);
  CHECK(pairs(c, c.extract(), "LOCATED_IN").empty());  // a list, not "city, country"
}

TEST_CASE("APPOINTED, active and passive") {
  Article a("Biden nominated Merrick Garland to lead the Justice Department.");
  a.mention("Biden", EntityType::kPerson).mention("Merrick Garland", EntityType::kPerson)
      .mention("Justice Department", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "APPOINTED") == Pairs{"Biden|Merrick Garland"});

  Article b("Garland was appointed by Biden in 2021.");
  b.mention("Garland", EntityType::kPerson).mention("Biden", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "APPOINTED") == Pairs{"Biden|Garland"});
}

TEST_CASE("LIVES_IN from 'a Boston resident' and 'lives in'") {
  Article a("John Smith, a Boston resident, said he waited three hours to vote.");
  a.mention("John Smith", EntityType::kPerson).mention("Boston", EntityType::kGpe);
  CHECK(pairs(a, a.extract(), "LIVES_IN") == Pairs{"John Smith|Boston"});

  Article b("Maria Lopez now lives in Phoenix with her family.");
  b.mention("Maria Lopez", EntityType::kPerson).mention("Phoenix", EntityType::kGpe);
  CHECK(pairs(b, b.extract(), "LIVES_IN") == Pairs{"Maria Lopez|Phoenix"});
}

TEST_CASE("KILLED, active and passive") {
  Article a("Police said Reyes shot Tomlin outside a bar.");
  a.mention("Reyes", EntityType::kPerson).mention("Tomlin", EntityType::kPerson);
  CHECK(pairs(a, a.extract(), "KILLED") == Pairs{"Reyes|Tomlin"});

  Article b("Tomlin was killed by Reyes, police said.");
  b.mention("Tomlin", EntityType::kPerson).mention("Reyes", EntityType::kPerson);
  CHECK(pairs(b, b.extract(), "KILLED") == Pairs{"Reyes|Tomlin"});
}

TEST_CASE("STATED from 'told'") {
  Article a("Powell told the Senate Banking Committee that rates would stay high.");
  a.mention("Powell", EntityType::kPerson).mention("Senate Banking Committee", EntityType::kOrg);
  CHECK(pairs(a, a.extract(), "STATED") == Pairs{"Powell|Senate Banking Committee"});
}

TEST_CASE("offsets are bytes even after curly quotes and dashes") {
  Article a("The company’s board — after months of talks — agreed. Obama endorsed Harris.");
  a.mention("Obama", EntityType::kPerson).mention("Harris", EntityType::kPerson)
      .sentence("The company’s board — after months of talks — agreed.")
      .sentence("Obama endorsed Harris.");
  auto triples = a.extract();
  REQUIRE(triples.size() == 1);
  const Triple& t = triples[0];
  const std::string& text = a.doc().text;
  CHECK(t.subject.span.begin == text.find("Obama"));
  CHECK(t.object.span.begin == text.find("Harris"));
  // Fewer characters than bytes come before "Obama": the offsets must count bytes.
  size_t chars = std::count_if(text.begin(), text.begin() + t.subject.span.begin,
                               [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  CHECK(chars + 6 == t.subject.span.begin);  // ’ and each — take 3 bytes for 1 character
  CHECK(t.evidence.begin == text.find("Obama endorsed"));
  CHECK(a.text(t.evidence) == "Obama endorsed Harris.");
}

TEST_CASE("no triple links an entity to itself") {
  Article a("Harris praised Kamala Harris in a mock debate.");
  a.mention("Harris", EntityType::kPerson, "person:kamala-harris")
      .mention("Kamala Harris", EntityType::kPerson, "person:kamala-harris", false, 7);
  CHECK(a.extract().empty());
}

TEST_CASE("output is ordered by evidence, subject, object, relation") {
  Article a("Tomlin was killed by Reyes. Obama endorsed Harris and Biden backed Warren.");
  a.mention("Tomlin", EntityType::kPerson).mention("Reyes", EntityType::kPerson)
      .mention("Obama", EntityType::kPerson).mention("Harris", EntityType::kPerson)
      .mention("Biden", EntityType::kPerson).mention("Warren", EntityType::kPerson)
      .sentence("Tomlin was killed by Reyes.")
      .sentence("Obama endorsed Harris and Biden backed Warren.");
  auto triples = a.extract();
  std::vector<std::string> got;
  for (const Triple& t : triples) {
    got.push_back(a.text(t.subject.span) + " " + t.relation + " " + a.text(t.object.span));
  }
  CHECK(got == std::vector<std::string>{"Reyes KILLED Tomlin", "Obama SUPPORTED Harris",
                                        "Biden SUPPORTED Warren"});
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

TEST_CASE("reported denials and refusals give no positive triple") {
  Article a("Councilwoman Rita Vance denied supporting Mayor Owen Hale in the primary.");
  a.mention("Rita Vance", EntityType::kPerson).mention("Owen Hale", EntityType::kPerson);
  CHECK(find(a.extract(), "SUPPORTED") == nullptr);

  Article b("Kestrel Foods has no plans to buy Marlow Bakeries, its chairman said.");
  b.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  CHECK(find(b.extract(), "ACQUIRED") == nullptr);

  Article c("The Dockworkers Union refused to endorse Governor Ines Marsh this year.");
  c.mention("Dockworkers Union", EntityType::kOrg).mention("Ines Marsh", EntityType::kPerson);
  CHECK(find(c.extract(), "SUPPORTED") == nullptr);

  Article d("The Ardent Trust did not fund the Lakeside Arts Festival, and Tom Greer never backed "
            "Mayor Hale.");
  d.mention("Ardent Trust", EntityType::kOrg).mention("Lakeside Arts Festival", EntityType::kEvent)
      .mention("Tom Greer", EntityType::kPerson).mention("Hale", EntityType::kPerson);
  CHECK(d.extract().empty());

  // The positive sentences do give them: the cue is what cancels.
  Article e("Kestrel Foods agreed to buy Marlow Bakeries.");
  e.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  CHECK(find(e.extract(), "ACQUIRED") != nullptr);
}

TEST_CASE("a negation cue inside an exception phrase keeps the triple") {
  Article a("Kestrel Foods not only bought Marlow Bakeries but also its flour mill.");
  a.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  CHECK(find(a.extract(), "ACQUIRED") != nullptr);

  Article b("Tom Greer never denied funding the Lakeside Arts Festival.");
  b.mention("Tom Greer", EntityType::kPerson).mention("Lakeside Arts Festival", EntityType::kEvent);
  CHECK(find(b.extract(), "FUNDED") != nullptr);

  Article perfect("Tom Greer hasn’t denied funding the Lakeside Arts Festival.");
  perfect.mention("Tom Greer", EntityType::kPerson)
      .mention("Lakeside Arts Festival", EntityType::kEvent);
  CHECK(find(perfect.extract(), "FUNDED") != nullptr);

  Article c("Tom Greer denied funding the Lakeside Arts Festival.");
  c.mention("Tom Greer", EntityType::kPerson).mention("Lakeside Arts Festival", EntityType::kEvent);
  CHECK(find(c.extract(), "FUNDED") == nullptr);
}

TEST_CASE("a hedged triple is kept with lower confidence and its cue") {
  Article plain("Kestrel Foods bought Marlow Bakeries.");
  plain.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  auto stated = plain.extract();
  const Triple* fact = find(stated, "ACQUIRED");
  REQUIRE(fact != nullptr);
  CHECK(fact->hedge.empty());

  Article a("Kestrel Foods reportedly bought Marlow Bakeries.");
  a.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  auto ta = a.extract();
  const Triple* hedged = find(ta, "ACQUIRED");
  REQUIRE(hedged != nullptr);
  CHECK(hedged->hedge == "reportedly");
  CHECK(hedged->confidence < fact->confidence);

  Article b("Kestrel Foods bought Marlow Bakeries, according to people familiar with the deal.");
  b.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  auto tb = b.extract();
  REQUIRE(find(tb, "ACQUIRED") != nullptr);
  CHECK(find(tb, "ACQUIRED")->hedge == "according to people familiar");

  Article c("Senator Ada Brandt may endorse Governor Ines Marsh.");
  c.mention("Ada Brandt", EntityType::kPerson).mention("Ines Marsh", EntityType::kPerson);
  auto tc = c.extract();
  REQUIRE(find(tc, "SUPPORTED") != nullptr);
  CHECK(find(tc, "SUPPORTED")->hedge == "may");
}

TEST_CASE("the month May and a hedge inside an aside hedge nothing") {
  Article a("Kestrel Foods bought Marlow Bakeries on May 4.");
  a.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  auto ta = a.extract();
  REQUIRE(find(ta, "ACQUIRED") != nullptr);
  CHECK(find(ta, "ACQUIRED")->hedge.empty());

  Article b("Tom Greer, who may retire next year, endorsed Ines Marsh.");
  b.mention("Tom Greer", EntityType::kPerson).mention("Ines Marsh", EntityType::kPerson);
  auto tb = b.extract();
  REQUIRE(find(tb, "SUPPORTED") != nullptr);
  CHECK(find(tb, "SUPPORTED")->hedge.empty());
}

TEST_CASE("a hedge set off at the sentence start hedges it, a modal leaves a place phrase alone") {
  Article a("Reportedly, Kestrel Foods bought Marlow Bakeries.");
  a.mention("Kestrel Foods", EntityType::kOrg).mention("Marlow Bakeries", EntityType::kOrg);
  auto ta = a.extract();
  REQUIRE(find(ta, "ACQUIRED") != nullptr);
  CHECK(find(ta, "ACQUIRED")->hedge == "reportedly");

  // "may" bears on "close", not on where Tacoma is.
  Article b("Kestrel Foods may close its bakery in Tacoma, Washington.");
  b.mention("Kestrel Foods", EntityType::kOrg).mention("Tacoma", EntityType::kGpe)
      .mention("Washington", EntityType::kGpe);
  auto tb = b.extract();
  REQUIRE(pairs(b, tb, "LOCATED_IN") == Pairs{"Tacoma|Washington"});
  CHECK(find(tb, "LOCATED_IN")->hedge.empty());
}

TEST_CASE("triples of reader comments are marked and less confident") {
  const std::string article = "Mayor Owen Hale praised the Harbor Board on Monday.";
  const std::string comment = "Rita Vance praised Owen Hale for years.";
  Article a(article + "\n\nComments\n\n" + comment);
  a.mention("Owen Hale", EntityType::kPerson, "person:owen-hale")
      .mention("Harbor Board", EntityType::kOrg)
      .mention("Rita Vance", EntityType::kPerson)
      .mention("Owen Hale", EntityType::kPerson, "person:owen-hale", false, article.size())
      .sentence(article).sentence("Comments").sentence(comment);
  auto triples = a.extract();
  REQUIRE(triples.size() == 2);
  CHECK(triples[0].voice.empty());
  CHECK(triples[1].voice == "comment");
  CHECK(a.text(triples[1].subject.span) == "Rita Vance");
  CHECK(triples[1].confidence < triples[0].confidence);
}

TEST_CASE("a handle is never an argument, and a quoted post is social") {
  const std::string post = "Kestrel Foods backed Ines Marsh today!";
  const std::string signature = "\xE2\x80\x94 Tom Greer (@tomgreer) May 2, 2031";
  Article a("@dockfan77 praised Ines Marsh.\n\n" + post + "\n" + signature);
  a.mention("dockfan77", EntityType::kOrg)
      .mention("Ines Marsh", EntityType::kPerson, "person:ines-marsh")
      .mention("Kestrel Foods", EntityType::kOrg)
      .mention("Ines Marsh", EntityType::kPerson, "person:ines-marsh", false, 20)
      .mention("Tom Greer", EntityType::kPerson)
      .mention("tomgreer", EntityType::kOrg)
      .sentence("@dockfan77 praised Ines Marsh.").sentence(post).sentence(signature);
  auto triples = a.extract();
  REQUIRE(triples.size() == 1);
  CHECK(a.text(triples[0].subject.span) == "Kestrel Foods");
  CHECK(triples[0].voice == "social");
}

}  // namespace
}  // namespace kg
