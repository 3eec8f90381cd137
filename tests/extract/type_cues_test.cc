// TypeCues: the features of a name (spelled exactly as scripts/mine_type_cues.py spells them),
// loading a cue table, and the guess it gives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

#include "extract/type_cues.h"

namespace kg {
namespace {

const WordSet& shipped_list(const char* name) {
  static std::map<std::string, WordSet> lists;
  auto it = lists.find(name);
  if (it == lists.end()) {
    Result<WordSet> loaded = WordSet::load(std::string(KG_RULES_DIR) + "/lexicon/" + name);
    REQUIRE(loaded.ok());
    it = lists.emplace(name, std::move(*loaded)).first;
  }
  return it->second;
}

const WordSet& shipped_context_words() {
  static const WordSet words = [] {
    Result<WordSet> loaded = TypeCues::load_context_words(std::string(KG_RULES_DIR) + "/lexicon");
    REQUIRE(loaded.ok());
    return std::move(*loaded);
  }();
  return words;
}

const Gazetteer& shipped_gazetteer() {
  static const Gazetteer gazetteer = [] {
    Result<Gazetteer> loaded = Gazetteer::load(std::string(KG_RULES_DIR) + "/gazetteers");
    REQUIRE(loaded.ok());
    return std::move(*loaded);
  }();
  return gazetteer;
}

CueWordLists shipped_lists() {
  return {shipped_list("first_names.txt"), shipped_list("common_words.txt"),
          shipped_context_words(), shipped_gazetteer()};
}

std::vector<std::string> features_of(const std::string& text, const std::string& name) {
  size_t begin = text.find(name);
  REQUIRE(begin != std::string::npos);
  Span span{static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + name.size())};
  std::vector<std::string> features = TypeCues::features(text, span, shipped_lists());
  std::sort(features.begin(), features.end());
  return features;
}

// A cue table written to a temporary file, removed again at the end of the test.
class TempTable {
 public:
  explicit TempTable(const std::string& content)
      : path_(std::filesystem::temp_directory_path() /
              ("kg_type_cues_test_" + std::to_string(::getpid()) + ".tsv")) {
    std::ofstream(path_) << content;
  }
  ~TempTable() { std::filesystem::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

const char* kSmallTable =
    "# a cue table for tests\n"
    "*examples*\t100\t100\t100\t100\n"
    "n1=said\t40\t0\t0\t0\n"
    "n1=0\t0\t30\t5\t0\n"
    "p1=in\t2\t10\t60\t5\n"
    "# a line of the user's own: counts add up\n"
    "p1=in\t0\t0\t20\t0\n";

// The expected lists below are what scripts/mine_type_cues.py prints for the same text and span
// (features() in the miner): the C++ and Python definitions must stay the same.
TEST_CASE("features are spelled as the miner spells them") {
  const std::string text =
      "Shares of Brenwick Mining fell 4% after J.P. Whitcombe's 1996-08-30 note.\nNEW YORK 74 59";
  CHECK(features_of(text, "J.P. Whitcombe") ==
        std::vector<std::string>{"first=j.p", "initial", "last=whitcombe", "n1='s",
                                 "n2='s_0-0-0", "p1=after", "p1n1=after_'s_2+", "p2=%_after",
                                 "suffix=mbe", "words=2"});
  CHECK(features_of(text, "NEW YORK") ==
        std::vector<std::string>{"caps", "first=new", "last=york", "n1=0", "n2=0_0", "p1=<nl>",
                                 "p1n1=<nl>_0_2+", "suffix=ork", "words=2"});
  CHECK(features_of(text, "Brenwick Mining") ==
        std::vector<std::string>{"first=brenwick", "last=mining", "n1=fell", "n2=fell_0",
                                 "p1=of", "p1n1=of_fell_2+", "p2=shares_of", "suffix=ing",
                                 "words=2"});
  CHECK(features_of("(McDonald) It was", "McDonald") ==
        std::vector<std::string>{"inner_capital", "n1=)", "n2=)_it", "p1=(", "p1n1=(_)_1",
                                 "p2=<nl>_(", "suffix=ald", "words=1"});
}

// No name next to a name becomes a feature: a capitalized context word is spelled out only when a
// hand-written list holds it ("Mr", "When", "May"); else as what a public list says it is
// ("<gpe>", "<first>") or as its shape ("Xx", "XX-XX"). Expected lists printed by the miner.
TEST_CASE("capitalized context words are written as list words, list classes or shapes") {
  const std::string talks =
      "Talks between Dravonik Ostrel and Tarquin Vale of HALBERN-KOSS in Paris ended, Mr. Vale "
      "said.";
  CHECK(features_of(talks, "Tarquin Vale") ==
        std::vector<std::string>{"first=tarquin", "last=vale", "n1=of", "n2=of_XX-XX", "p1=and",
                                 "p1n1=and_of_2+", "p2=Xx_and", "suffix=ale", "words=2"});
  const std::string pass = "The pass from Ketterby to Jakob came in MAY WHEN ORVANDE BEAT FRANCE.";
  CHECK(features_of(pass, "Ketterby") ==
        std::vector<std::string>{"n1=to", "n2=to_<first>", "p1=from", "p1n1=from_to_1",
                                 "p2=pass_from", "suffix=rby", "words=1"});
  CHECK(features_of(pass, "ORVANDE") ==
        std::vector<std::string>{"caps", "caps_context", "n1=XX", "n2=XX_<gpe>", "p1=when",
                                 "p1n1=when_XX_1", "p2=may_when", "suffix=nde", "words=1"});
}

// Only 64 bytes on each side are read, also on a line as long as a whole document: the features
// of a name there are those of the same words in a short text.
TEST_CASE("context is read within the window on a very long line") {
  std::string filler;
  while (filler.size() < 200000) filler += "shares of the miner fell sharply on the news again ";
  const std::string near = "analysts said that Halvern Quist told reporters the deal was off today";
  CHECK(features_of(filler + near + " " + filler, "Halvern Quist") ==
        features_of(near, "Halvern Quist"));
  CHECK(features_of(filler + "\nHalvern Quist said", "Halvern Quist") ==
        features_of("Halvern Quist said", "Halvern Quist"));
}

TEST_CASE("a cue table turns counts into a guess and a margin") {
  TempTable table(kSmallTable);
  Result<TypeCues> cues = TypeCues::load(table.path());
  INFO(cues.status().message());
  REQUIRE(cues.ok());
  const std::string text = "Okonjo said he was in Vellport on Monday. Dunmore 3 Kilbride 1";
  auto guess_of = [&](const std::string& name) {
    size_t begin = text.find(name);
    Span span{static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + name.size())};
    return cues->guess(text, span, shipped_lists());
  };
  CHECK(guess_of("Okonjo").best() == CueClass::kPerson);
  CHECK(guess_of("Vellport").best() == CueClass::kPlace);
  CHECK(guess_of("Dunmore").best() == CueClass::kOrg);
  CHECK(guess_of("Dunmore").margin(CueClass::kOrg) > 0.0);
  CHECK(guess_of("Dunmore").margin(CueClass::kPerson) < 0.0);
  // A name no feature of the table describes keeps the prior: no class stands out.
  CHECK(guess_of("Monday").margin(guess_of("Monday").best()) == Approx(0.0));
}

TEST_CASE("a broken cue table line is reported with file and line") {
  auto error_of = [](const std::string& content) {
    TempTable table(content);
    Result<TypeCues> cues = TypeCues::load(table.path());
    REQUIRE_FALSE(cues.ok());
    return cues.status().message();
  };
  std::string two_counts = error_of("*examples*\t1\t1\t1\t1\n# comment\np1=mr.\t40\t0\n");
  CHECK(two_counts.find(".tsv:3: want FEATURE<TAB>PERSON<TAB>ORG<TAB>PLACE<TAB>NONE") !=
        std::string::npos);
  std::string not_a_number = error_of("*examples*\t1\t1\t1\t1\np1=mr.\t40\tmany\t0\t0\n");
  CHECK(not_a_number.find(".tsv:2: count \"many\" is not a whole number") != std::string::npos);
  std::string five_counts = error_of("*examples*\t1\t1\t1\t1\np1=mr.\t4\t0\t0\t0\t9\n");
  CHECK(five_counts.find(".tsv:2: more than four counts") != std::string::npos);
  std::string no_examples = error_of("p1=mr.\t40\t0\t0\t0\n");
  CHECK(no_examples.find("*examples*") != std::string::npos);
}

TEST_CASE("the shipped cue tables load") {
  for (const char* name : {"type_cues.tsv", "type_cues_places.tsv"}) {
    Result<TypeCues> cues = TypeCues::load(std::string(KG_RULES_DIR) + "/lexicon/" + name);
    INFO(name << ": " << cues.status().message());
    CHECK(cues.ok());
  }
}

}  // namespace
}  // namespace kg
