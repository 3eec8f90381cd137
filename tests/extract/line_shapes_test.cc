// Sports pages, tables and headlines: names typed by the shape of their line (line_shapes.h) and
// names found in shouted headlines, through the real rules/. All names are made up.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/line_shapes.h"
#include "extract/mention_finder.h"
#include "tests/found_mentions.h"

namespace kg {
namespace {

using testing::find_in;
using testing::Found;
using testing::has;
using testing::has_text;

TEST_CASE("a shouted headline names the places it knows and the people the story names") {
  auto found = find_in(
      "SOCCER - NORWAY BEAT ICELAND IN YOUTH QUALIFIER.\nOSLO 2031-05-04\n"
      "Norway beat Iceland 3-1 on Sunday.\n\n");
  CHECK(has(found, "NORWAY", "GPE"));
  CHECK(has(found, "ICELAND", "GPE"));
  CHECK(has(found, "OSLO", "GPE"));
  for (const char* junk : {"SOCCER", "BEAT", "IN", "YOUTH", "QUALIFIER", "YOUTH QUALIFIER"}) {
    INFO(junk);
    CHECK_FALSE(has_text(found, junk));
  }

  found = find_in(
      "BOXING - VETERAN TRAVANTI DEFENDS TITLE AGAIN.\nDUBLIN 2031-05-04\n"
      "Brennan Travanti, 41, said he would fight on. Travanti won his first title in 2012.\n");
  CHECK(has(found, "TRAVANTI", "PERSON"));
  CHECK_FALSE(has_text(found, "VETERAN"));
  CHECK_FALSE(has_text(found, "DEFENDS"));
  CHECK_FALSE(has_text(found, "TITLE"));
}

TEST_CASE("a shouted headline keeps a name of several words the story writes in mixed case") {
  auto found = find_in(
      "TENNIS - MARIELLA OKONKWO WINS IN THREE SETS.\nPARIS 2031-05-04\n"
      "On Friday Mariella Okonkwo said she beat her sister.\n");
  CHECK(has(found, "MARIELLA OKONKWO", "PERSON"));
  CHECK_FALSE(has_text(found, "MARIELLA"));
  CHECK_FALSE(has_text(found, "WINS"));
}

TEST_CASE("a dateline of an unknown place is a place") {
  auto found = find_in("PLANE LANDS SAFELY.\nKVITSUND 2031-05-04\nThe plane landed on Friday.\n");
  CHECK(has(found, "KVITSUND", "GPE"));
}

TEST_CASE("in standings and score lines a name is a team, even when it is a city") {
  auto found = find_in(
      "Standings after Sunday's games:\nW L PCT GB\nBOSTON 74 59 .556 -\n"
      "DENVER 70 63 .526 4\nGRAYMOOR 61 74 .452 20\n\n"
      "Results on Sunday:\nLakeport 6 Harrowgate 2\nQX 2 ZV 0\nKent 259 and 207, Brixley 114.\n");
  CHECK(has(found, "BOSTON", "ORG"));
  CHECK(has(found, "DENVER", "ORG"));
  CHECK(has(found, "GRAYMOOR", "ORG"));
  CHECK(has(found, "Lakeport", "ORG"));
  CHECK(has(found, "Harrowgate", "ORG"));
  CHECK(has(found, "QX", "ORG"));
  CHECK(has(found, "ZV", "ORG"));
  CHECK(has(found, "Brixley", "ORG"));
  for (const char* header : {"W", "L", "PCT", "GB", "W L PCT GB"}) {
    INFO(header);
    CHECK_FALSE(has_text(found, header));
  }
}

TEST_CASE("a national side in a score line is its country") {
  auto found = find_in("Results:\nNorway 3 Iceland 1\nScotland 0 Portugal 2\n");
  CHECK(has(found, "Norway", "GPE"));
  CHECK(has(found, "Iceland", "GPE"));
  CHECK(has(found, "Scotland", "GPE"));
  CHECK(has(found, "Portugal", "GPE"));
}

TEST_CASE("club names stay whole and are not people") {
  auto found = find_in(
      "Division two\nQueen of the Glen 3 2 0 1 5 4 6\nSt Aldhelm's Park 3 1 1 1 6 8 4\n"
      "Ross County 2 1 1 0 4 2 4\nVardo 1 Rad (B) 0\n");
  CHECK(has(found, "Queen of the Glen", "ORG"));
  CHECK(has(found, "St Aldhelm's Park", "ORG"));
  CHECK(has(found, "Ross County", "ORG"));
  CHECK(has(found, "Rad (B)", "ORG"));
  CHECK_FALSE(has_text(found, "Division"));
}

TEST_CASE("a ranked result names an athlete, a country and a team") {
  auto found = find_in(
      "Men's 110 metres hurdles\n1. Torvald Grimsby (Norway) 13.21\n"
      "2. Anselm Qorvath (Hungary) 13.36\n3. Brenno Vashti (Iceland) Tulipa Racing same time\n"
      "4. Jarle Hovind (Trinidad) 13.52\n");
  CHECK(has(found, "Torvald Grimsby", "PERSON"));
  CHECK(has(found, "Anselm Qorvath", "PERSON"));
  CHECK(has(found, "Brenno Vashti", "PERSON"));
  CHECK(has(found, "Jarle Hovind", "PERSON"));
  CHECK(has(found, "Norway", "GPE"));
  CHECK(has(found, "Trinidad", "GPE"));  // not in the gazetteer: a country by its place
  CHECK(has(found, "Tulipa Racing", "ORG"));
}

TEST_CASE("a relay lists athletes, not teams") {
  auto found = find_in(
      "1. Lior Amsel (Norway), Dagny Vrelle (Norway), Sixten Oberg (Sweden) 38.87 seconds\n");
  CHECK(has(found, "Lior Amsel", "PERSON"));
  CHECK(has(found, "Dagny Vrelle", "PERSON"));
  CHECK(has(found, "Sixten Oberg", "PERSON"));
}

TEST_CASE("a scorecard names players around c, b, lbw and st") {
  auto found = find_in(
      "Northshire\nT. Quarrie c Havelock b Murtagh 56\nP. Oduya lbw b Penhallow 4\n"
      "D. Renwick st Ilsley b Murtagh 12\nK. Abernethy not out 46\nExtras (lb-3 nb-2) 5\n"
      "Total (nine wickets, 50 overs) 228\nFall of wickets: 1-21 2-52 3-97\n"
      "Bowling: Murtagh 10-1-41-2, Penhallow 8-0-38-1\n");
  for (const char* player : {"T. Quarrie", "Havelock", "Murtagh", "P. Oduya", "Penhallow",
                             "D. Renwick", "Ilsley", "K. Abernethy"}) {
    INFO(player);
    CHECK(has(found, player, "PERSON"));
  }
  for (const char* label : {"Extras", "Total", "Fall", "Fall of wickets", "Bowling"}) {
    INFO(label);
    CHECK_FALSE(has_text(found, label));
  }
}

TEST_CASE("fixtures and schedules: v names sides, at names a place") {
  auto found = find_in(
      "May 17 v Brixley\nPostponed: Lakeport v Harrowgate\nDENVER AT GRAYMOOR\n");
  CHECK(has(found, "Brixley", "ORG"));
  CHECK(has(found, "Lakeport", "ORG"));
  CHECK(has(found, "Harrowgate", "ORG"));
  CHECK(has(found, "DENVER", "ORG"));
  CHECK(has(found, "GRAYMOOR", "GPE"));
  CHECK_FALSE(has_text(found, "Postponed"));
}

TEST_CASE("prose with numbers, legal cases and numbered lists keep their usual reading") {
  auto found = find_in(
      "The case, Hodgkins vs. Minnesota, will be argued on Nov. 29.\n"
      "1. Buy a new car. 2. Take a vacation.\n"
      "The Financial Times 30-share index closed 79.3 points lower at 1738.7.\n");
  CHECK(has(found, "Minnesota", "GPE"));
  CHECK_FALSE(has_text(found, "Buy"));
  CHECK_FALSE(has_text(found, "The Financial Times"));
}

TEST_CASE("table words load from a file and a bad role is an error") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "kg_table_words";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "good.tsv") << "# comment\nv\tversus\nc and b\tdismissal\nW\tcolumn\n";
    std::ofstream(dir / "bad.tsv") << "v\tversus\nlbw\twicket\n";
  }
  Result<TableWords> good = TableWords::load((dir / "good.tsv").string());
  REQUIRE(good.ok());
  CHECK(good->versus.contains("v"));
  CHECK(good->dismissal.contains("c and b"));
  CHECK(good->column.contains("W"));
  CHECK_FALSE(good->row.contains("v"));
  Result<TableWords> bad = TableWords::load((dir / "bad.tsv").string());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("bad.tsv:2:") != std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg
