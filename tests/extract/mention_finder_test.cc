// Entity mentions of every contract type on news-style sentences, through the real rules/.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/mention_finder.h"
#include "tests/found_mentions.h"

namespace kg {
namespace {

using testing::find_in;
using testing::Found;
using testing::has;
using testing::has_text;

TEST_CASE("people with titles, first names and surnames") {
  auto found = find_in(
      "Sen. Maria Okafor of Ohio met Boeing CEO Kelly Ortberg on Monday. Later, Okafor said the "
      "talks went well.");
  CHECK(has(found, "Maria Okafor", "PERSON"));
  CHECK(has(found, "Kelly Ortberg", "PERSON"));
  CHECK(has(found, "Okafor", "PERSON"));
  CHECK(has(found, "Ohio", "GPE"));
  CHECK(has(found, "Boeing", "ORG"));
  CHECK_FALSE(has_text(found, "Sen. Maria Okafor"));  // the title is an attribute, not the name
  CHECK_FALSE(has_text(found, "CEO"));
}

TEST_CASE("organizations by suffix, head and acronym") {
  auto found = find_in(
      "The Federal Trade Commission (FTC) sued Northwind Logistics Inc. on Tuesday, and the "
      "University of Michigan said it would review its contracts.");
  CHECK(has(found, "Federal Trade Commission", "ORG"));
  CHECK(has(found, "FTC", "ORG"));
  CHECK(has(found, "Northwind Logistics Inc.", "ORG"));
  CHECK(has(found, "University of Michigan", "ORG"));
}

TEST_CASE("places, nationalities and groups") {
  auto found = find_in(
      "Chinese and American negotiators met in Geneva, Switzerland, as Democrats in Congress "
      "pressed for a vote on aid to Europe.");
  CHECK(has(found, "Chinese", "NORP"));
  CHECK(has(found, "American", "NORP"));
  CHECK(has(found, "Switzerland", "GPE"));
  CHECK(has(found, "Democrats", "NORP"));
  CHECK(has(found, "Europe", "LOC"));
}

TEST_CASE("foreign provinces and two-letter country names") {
  auto found = find_in(
      "Exporters in Zhejiang and Sichuan said US buyers had cut orders, and the UK bought less "
      "from Bavaria.");
  CHECK(has(found, "Zhejiang", "GPE"));
  CHECK(has(found, "Sichuan", "GPE"));
  CHECK(has(found, "US", "GPE"));
  CHECK(has(found, "UK", "GPE"));
}

TEST_CASE("name particles and hyphenated names stay in one person's name") {
  auto found = find_in(
      "On Saturday flanker Pieter van der Merwe scored twice, Maria de la Cruz said, and bowler Imtiaz "
      "ul-Haq and Kim Jong-un watched from the Hong Kong-based club's box.");
  CHECK(has(found, "Pieter van der Merwe", "PERSON"));
  CHECK(has(found, "Maria de la Cruz", "PERSON"));
  CHECK(has(found, "Kim Jong-un", "PERSON"));
  CHECK(has(found, "Hong Kong", "GPE"));
  CHECK_FALSE(has_text(found, "Kong"));
  // A name with a particle that ends in a known place is not a person by its particle.
  found = find_in("Cyclists rode the Tour de France while the Banco de Mexico raised rates.");
  CHECK_FALSE(has(found, "Tour de France", "PERSON"));
  CHECK_FALSE(has(found, "Banco de Mexico", "PERSON"));
}

TEST_CASE("a name before a comma and a US state is a city, and a sentence keeps its final period") {
  auto found = find_in(
      "Brokers in Beverly Hills, Calif., and Arlington Heights, Ill., were fined. The fund is "
      "based in Fresno, Calif. On Friday regulators fined Kestrel Partners Inc. The U.S. agreed.");
  CHECK(has(found, "Beverly Hills", "GPE"));
  CHECK(has(found, "Arlington Heights", "GPE"));
  CHECK(has(found, "Calif.", "GPE"));  // inside the sentence the period is the abbreviation's
  CHECK(has(found, "Calif", "GPE"));   // at its end it is the sentence's
  CHECK(has(found, "Kestrel Partners Inc", "ORG"));
  CHECK(has(found, "U.S.", "GPE"));    // initials keep theirs
  // A person with a title, or a state that begins a longer name, is no city-state pair.
  found = find_in("Sen. Dana Pruitt, Kansas Republican, and Owen Marsh, Colorado Springs, spoke.");
  CHECK(has(found, "Dana Pruitt", "PERSON"));
  CHECK(has(found, "Owen Marsh", "PERSON"));
}

TEST_CASE("the town of X and the province of Y place an unknown name") {
  auto found = find_in(
      "Troops moved toward the village of Dravnik and the mining town of Korsvik, and shelling "
      "hit the port of Velmora overnight.");
  CHECK(has(found, "Dravnik", "GPE"));
  CHECK(has(found, "Korsvik", "GPE"));
  CHECK(has(found, "Velmora", "GPE"));
}

TEST_CASE("a shouted label before a colon is no name, a shouted speaker is") {
  auto found = find_in(
      "MUNICIPAL BONDS: Prices rose in light trading.\nDANA WHITFIELD: Thank you for having me.");
  CHECK_FALSE(has_text(found, "MUNICIPAL BONDS"));
  CHECK(has(found, "DANA WHITFIELD", "PERSON"));
}

TEST_CASE("an apposition types an unknown name: a title a person, an organization noun an ORG") {
  auto found = find_in(
      "Priya Natarajan, the company's chief financial officer, said revenue rose. Odalys "
      "Brennick, a spokeswoman for the board, declined to comment.");
  CHECK(has(found, "Priya Natarajan", "PERSON"));
  CHECK(has(found, "Odalys Brennick", "PERSON"));
  found = find_in(
      "The ruling came before Ofcrest, the water regulator for the region, and Zentrix, a Dutch "
      "chipmaker, announced results.");
  CHECK(has(found, "Ofcrest", "ORG"));
  CHECK(has(found, "Zentrix", "ORG"));
}

TEST_CASE("'and' inside an agency's name that ends in an organization word") {
  auto found = find_in(
      "The filing with the Mining and Minerals Commission followed a ruling by the Seed and Soil "
      "Administration, and Ohio and Texas officials met.");
  CHECK(has(found, "Mining and Minerals Commission", "ORG"));
  CHECK(has(found, "Seed and Soil Administration", "ORG"));
  CHECK(has(found, "Ohio", "GPE"));
  CHECK(has(found, "Texas", "GPE"));
}

TEST_CASE("events by their head word") {
  auto found = find_in(
      "She spoke at the World Economic Forum in Davos and later attended the Paris Climate "
      "Summit.");
  CHECK(has(found, "World Economic Forum", "EVENT"));
  CHECK(has(found, "Paris Climate Summit", "EVENT"));
  found = find_in(
      "Her brother skated at the Winter Games, watched the Rugby World Cup and wrote a history of "
      "the Crimean War.");
  CHECK(has(found, "Winter Games", "EVENT"));
  CHECK(has(found, "Rugby World Cup", "EVENT"));
  CHECK(has(found, "Crimean War", "EVENT"));
}

TEST_CASE("named events: numbered wars, storms, and elections named by their year") {
  auto found = find_in(
      "Veterans of World War II marched before the 2024 presidential election, weeks after "
      "Hurricane Helene hit Asheville.");
  CHECK(has(found, "World War II", "EVENT"));
  CHECK(has(found, "2024 presidential election", "EVENT"));
  CHECK(has(found, "Hurricane Helene", "EVENT"));
}

TEST_CASE("money, percentages and dates come from the pattern rules") {
  auto found = find_in(
      "On Feb. 3, the company said revenue rose 3.5% to $1.5 billion, and it plans to spend "
      "€5bn by 2026.");
  CHECK(has(found, "Feb. 3", "DATE"));
  CHECK(has(found, "3.5%", "PERCENT"));
  CHECK(has(found, "$1.5 billion", "MONEY"));
  CHECK(has(found, "€5bn", "MONEY"));
  CHECK(has(found, "2026", "DATE"));
}

TEST_CASE("sentence-initial capitals, headings and interjections are not entities") {
  auto found = find_in(
      "Comments\n\nWow! This is rich.\n\nLOL who believes this\n\nOMG\n\nHowever, the plan "
      "failed. Officials declined to comment. Breaking News\n");
  for (const char* junk : {"Comments", "Wow", "This", "LOL", "OMG", "However", "Officials",
                           "Breaking", "Breaking News"}) {
    INFO(junk);
    CHECK_FALSE(has_text(found, junk));
  }
}

TEST_CASE("possessives are not part of the name and byte offsets survive UTF-8") {
  Document doc;
  doc.text = "“We won,” said Maria Okafor — and Okafor’s aides cheered.";
  const MentionFinder& finder = testing::shipped_finder();
  std::vector<Mention> mentions = finder.find(doc, finder.splitter().split(doc.text));
  std::vector<std::string> names;
  for (const Mention& m : mentions) {
    if (!m.pronoun) names.push_back(std::string(doc.slice(m.span)));
  }
  CHECK(names == std::vector<std::string>{"Maria Okafor", "Okafor"});
  CHECK(doc.text.find("Okafor’s") == mentions.back().span.begin);
}

TEST_CASE("a name never runs across a line break") {
  // Lines of a table or a list: each line names its own entity.
  auto found = find_in(
      "Results of the tournament:\nCzech\nRepublic beat Norway 2-1.\nMaria Okafor\nJohn Smith\n"
      "She praised Acme Corp.\nJohn Smith spoke.");
  CHECK(has(found, "Acme Corp", "ORG"));  // the sentence's period is not the name's
  CHECK(has(found, "Maria Okafor", "PERSON"));
  CHECK(has(found, "John Smith", "PERSON"));
  for (const Found& f : found) {
    INFO(f.text);
    CHECK(f.text.find('\n') == std::string::npos);
  }
}

TEST_CASE("'and' and a possessive inside an organization's name") {
  auto found = find_in(
      "Carla Mendes owns Mendes Tool and Die Inc., a shop in Toledo. The Montgomery County "
      "Prosecutor’s Office said it would review the case. Shares of McDonald’s Corp. rose.");
  CHECK(has(found, "Mendes Tool and Die Inc.", "ORG"));
  CHECK(has(found, "Montgomery County Prosecutor’s Office", "ORG"));
  CHECK(has(found, "McDonald’s Corp.", "ORG"));
  CHECK_FALSE(has_text(found, "Office"));
  CHECK_FALSE(has_text(found, "Die Inc."));
}

TEST_CASE("a one-word possessive starts an organization's name, and stands for it later") {
  auto found = find_in(
      "Ratings firm Halvard's Credit Service Inc. cut the bonds. A Halvard's analyst said the "
      "outlook was weak, and Halvard's expects more cuts. Japan's Fair Trade Commission and "
      "Maria's Bakery Co. did not comment.");
  CHECK(has(found, "Halvard's Credit Service Inc.", "ORG"));
  CHECK(has(found, "Halvard's", "ORG"));
  CHECK_FALSE(has_text(found, "Halvard"));
  CHECK_FALSE(has_text(found, "Credit Service Inc."));
  // A known place or a first name before "'s" owns what follows.
  CHECK(has(found, "Japan", "GPE"));
  CHECK(has(found, "Fair Trade Commission", "ORG"));
  CHECK_FALSE(has_text(found, "Maria's Bakery Co."));
  CHECK(has(found, "Bakery Co.", "ORG"));
}

TEST_CASE("party letters after lawmakers, named days and events by their last word") {
  auto found = find_in(
      "Rep. Carla Vance (D., Ohio) and Sen. Tom Reed (R., Utah) backed the bill. Traders "
      "remembered Black Monday, and the Harbin Ice Series drew crowds after the Lanxi Incident.");
  CHECK(has(found, "D.", "NORP"));
  CHECK(has(found, "R.", "NORP"));
  CHECK(has(found, "Ohio", "GPE"));
  CHECK(has(found, "Black Monday", "EVENT"));
  CHECK(has(found, "Harbin Ice Series", "EVENT"));
  CHECK(has(found, "Lanxi Incident", "EVENT"));
}

TEST_CASE("a title that ends inside a capitalized run is no part of the name") {
  auto found = find_in(
      "Secretary of State Helen Marsh flew to Oslo, and Secretary of Defense Omar Reyes stayed. "
      "The Secretary of State said little.");
  CHECK(has(found, "Helen Marsh", "PERSON"));
  CHECK(has(found, "Omar Reyes", "PERSON"));
  CHECK_FALSE(has_text(found, "State Helen Marsh"));
  CHECK_FALSE(has_text(found, "State"));
  CHECK_FALSE(has_text(found, "Defense Omar Reyes"));
}

TEST_CASE("'and' before a person or a known place does not join names") {
  auto found = find_in(
      "John Smith and Acme Inc. settled the suit. Regulators in Ohio and Globex Corp. agreed. "
      "Smith and Jones said nothing.");
  CHECK(has(found, "John Smith", "PERSON"));
  CHECK(has(found, "Acme Inc.", "ORG"));
  CHECK(has(found, "Ohio", "GPE"));
  CHECK(has(found, "Globex Corp.", "ORG"));
  CHECK(has(found, "Jones", "PERSON"));
  CHECK_FALSE(has_text(found, "Smith and Jones"));
}

TEST_CASE("unknown towns placed by their context, place words, an adjective before a place") {
  auto found = find_in(
      "He was arrested at a home in nearby Trotwood. She grew up in Akron or Zanesville and "
      "worked on Wall Street. The mayor spoke at City Hall in the Alpine town of Brixfeld. "
      "Fixing England’s sewers will cost more. Stuart Hall said so.");
  CHECK(has(found, "Trotwood", "GPE"));
  CHECK(has(found, "Zanesville", "GPE"));
  CHECK(has(found, "Wall Street", "LOC"));
  CHECK(has(found, "City Hall", "LOC"));
  CHECK(has(found, "England", "GPE"));
  CHECK(has(found, "Stuart Hall", "PERSON"));
  CHECK_FALSE(has_text(found, "Alpine"));
  CHECK_FALSE(has_text(found, "Fixing England"));
}

TEST_CASE("a side's letter code is part of its name, a country's code is not, nothing overlaps") {
  const std::string page =
      "SOCCER - LEAGUE RESULTS.\nBELGRADE 1996-08-31\nResults of league matches on Saturday:\n"
      "Rad (BJK) 2 Sloga (K) 1\nZeta (P) 0 Borac (NS) 3\n"
      "TRACK CYCLING - WORLD CHAMPIONSHIP RESULTS.\nMANCHESTER 1996-08-30\n"
      "Dora Vance (Norway) 3:42.852 beat Ines\nDarrow (USA) 3:43.078\n"
      "Marta Quell (USA) 3:40.036 beat Lena\nHolt (GB) 3:43.078\n";
  auto found = find_in(page);
  CHECK(has_text(found, "Rad (BJK)"));
  CHECK(has_text(found, "Borac (NS)"));
  CHECK_FALSE(has_text(found, "BJK"));  // inside "Rad (BJK)" only
  CHECK(has_text(found, "Darrow"));
  CHECK(has(found, "USA", "GPE"));
  CHECK_FALSE(has_text(found, "Darrow (USA)"));

  Document doc;
  doc.id = "t";
  doc.text = page;
  const MentionFinder& finder = testing::shipped_finder();
  std::vector<Mention> mentions = finder.find(doc, finder.splitter().split(doc.text));
  for (size_t k = 1; k < mentions.size(); ++k) {
    INFO(doc.slice(mentions[k - 1].span) << " / " << doc.slice(mentions[k].span));
    CHECK(mentions[k - 1].span.end <= mentions[k].span.begin);
  }
}

TEST_CASE("a shouted known word is a word when the story writes it in lower case") {
  auto word = find_in(
      "SOCCER - NICE WIN FOR LYON.\nLYON 1996-08-31\nLyon scored a nice goal in the second "
      "half.\n");
  CHECK_FALSE(has_text(word, "NICE"));
  CHECK(has(word, "Lyon", "GPE"));
  // "nicely" and "Nice-based" are other words: NICE stays a name.
  auto name = find_in(
      "SOCCER - NICE BEAT LYON.\nLYON 1996-08-31\nNice beat Lyon 2-0 and played nicely, "
      "the Nice-based coach said.\n");
  CHECK(has_text(name, "NICE"));
}

TEST_CASE("a sentence that ends in an abbreviation is no heading") {
  // The period of "Corp." ends the sentence inside the last word; the names before it count,
  // also one whose cues are too weak for a heading.
  auto found = find_in("In a letter, Okafor urged regulators to block Globex Corp.");
  CHECK(has(found, "Okafor", "PERSON"));
  CHECK(has(found, "Globex Corp", "ORG"));  // the sentence's period is not the name's
}

TEST_CASE("pronouns are found as pronoun mentions") {
  auto found = find_in("Maria Okafor arrived late. She said he had left.", true);
  CHECK(has(found, "She", "PERSON"));
  CHECK(has(found, "he", "PERSON"));
}

}  // namespace
}  // namespace kg
