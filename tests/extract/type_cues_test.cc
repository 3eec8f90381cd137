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

std::vector<std::string> features_of(const TypeCues& cues, const std::string& text,
                                     const std::string& name) {
  size_t begin = text.find(name);
  REQUIRE(begin != std::string::npos);
  Span span{static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + name.size())};
  std::vector<std::string> features = cues.features(text, span, shipped_lists());
  std::sort(features.begin(), features.end());
  return features;
}

// A cue table written to a temporary file, removed again at the end of the test.
class TempTable {
 public:
  explicit TempTable(const std::string& content)
      : path_(std::filesystem::temp_directory_path() /
              ("kg_type_cues_test_" + std::to_string(::getpid()) + "_" +
               std::to_string(next_number()) + ".tsv")) {
    std::ofstream(path_) << content;
  }
  ~TempTable() { std::filesystem::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  static int next_number() {
    static int number = 0;
    return ++number;
  }
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

// A cue table whose only name words are "first=new" and "last=mining": the miner keeps such a
// feature for an ordinary word that heads many names, and kg spells out exactly those words.
const char* kHeadWordTable =
    "*examples*\t100\t100\t100\t100\n"
    "first=new\t0\t5\t20\t0\n"
    "last=mining\t0\t30\t0\t0\n";

// The cues of kHeadWordTable, loaded once.
const TypeCues& head_word_cues() {
  static const TypeCues cues = [] {
    TempTable table(kHeadWordTable);
    Result<TypeCues> loaded = TypeCues::load(table.path());
    REQUIRE(loaded.ok());
    return std::move(*loaded);
  }();
  return cues;
}

std::vector<std::string> features_of(const std::string& text, const std::string& name) {
  return features_of(head_word_cues(), text, name);
}

// The expected lists below are what scripts/mine_type_cues.py prints for the same text and span
// (features() in the miner, with head_words {"first=new", "last=mining"}): the C++ and Python
// definitions must stay the same.
TEST_CASE("features are spelled as the miner spells them") {
  const std::string text =
      "Shares of Brenwick Mining fell 4% after J.P. Whitcombe's 1996-08-30 note.\nNEW YORK 74 59";
  CHECK(features_of(text, "J.P. Whitcombe") ==
        std::vector<std::string>{"first=<X.X>", "initial", "last=<Xx>", "n1='s",
                                 "n2='s_0-0-0", "p1=after", "p1n1=after_'s_2+", "p2=%_after",
                                 "suffix=mbe", "words=2"});
  CHECK(features_of(text, "NEW YORK") ==
        std::vector<std::string>{"caps", "first=new", "last=<gpe>", "n1=0", "n2=0_0", "p1=<nl>",
                                 "p1n1=<nl>_0_2+", "suffix=ork", "words=2"});
  CHECK(features_of(text, "Brenwick Mining") ==
        std::vector<std::string>{"first=<Xx>", "last=mining", "n1=fell", "n2=fell_0",
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
        std::vector<std::string>{"first=<Xx>", "last=<first>", "n1=of", "n2=of_XX-XX", "p1=and",
                                 "p1n1=and_of_2+", "p2=Xx_and", "suffix=ale", "words=2"});
  const std::string pass = "The pass from Ketterby to Jakob came in MAY WHEN ORVANDE BEAT FRANCE.";
  CHECK(features_of(pass, "Ketterby") ==
        std::vector<std::string>{"n1=to", "n2=to_<first>", "p1=from", "p1n1=from_to_1",
                                 "p2=pass_from", "suffix=rby", "words=1"});
  CHECK(features_of(pass, "ORVANDE") ==
        std::vector<std::string>{"caps", "caps_context", "n1=XX", "n2=XX_<gpe>", "p1=when",
                                 "p1n1=when_XX_1", "p2=may_when", "suffix=nde", "words=1"});
}

// No name of the mined text becomes a feature of its own words: a name word is spelled out only
// when the table keeps it (an ordinary head word such as "mining"); any other word is written as
// what a public list says it is or as its shape, in brackets. Expected lists printed by the miner.
TEST_CASE("a name's own words are head words of the table or classes") {
  const std::string shares = "Shares of Denver Mining fell after Chen Wexley spoke";
  CHECK(features_of(shares, "Denver Mining") ==
        std::vector<std::string>{"first=<gpe>", "last=mining", "n1=fell", "n2=fell_after",
                                 "p1=of", "p1n1=of_fell_2+", "p2=shares_of", "suffix=ing",
                                 "words=2"});
  CHECK(features_of(shares, "Chen Wexley") ==
        std::vector<std::string>{"first=<first>", "first_name", "last=<Xx>", "n1=spoke",
                                 "n2=spoke_<nl>", "p1=after", "p1n1=after_spoke_2+",
                                 "p2=fell_after", "suffix=ley", "words=2"});
  const std::string deal = "The deal lets NEW MINING buy Paris Vellcor";
  CHECK(features_of(deal, "NEW MINING") ==
        std::vector<std::string>{"caps", "first=new", "last=mining", "n1=buy", "n2=buy_<gpe>",
                                 "p1=lets", "p1n1=lets_buy_2+", "p2=deal_lets", "suffix=ing",
                                 "words=2"});
  CHECK(features_of(deal, "Paris Vellcor") ==
        std::vector<std::string>{"first=<gpe>", "last=<Xx>", "n1=<nl>", "p1=buy",
                                 "p1n1=buy_<nl>_2+", "p2=XX_buy", "suffix=cor", "words=2"});
  // Outside a shouted name a word keeps its own capitals: an acronym is XX.
  CHECK(features_of("Shares of Vellcor QX rose", "Vellcor QX") ==
        std::vector<std::string>{"first=<Xx>", "inner_capital", "last=<XX>", "n1=rose",
                                 "n2=rose_<nl>", "p1=of", "p1n1=of_rose_2+", "p2=shares_of",
                                 "words=2"});
  // A table without "last=mining" writes that word as its shape too: in a shouted name, the shape
  // of its title case (the capitals are the headline's, not the word's).
  TempTable table("*examples*\t1\t1\t1\t1\nfirst=new\t0\t1\t0\t0\n");
  Result<TypeCues> no_mining = TypeCues::load(table.path());
  REQUIRE(no_mining.ok());
  std::vector<std::string> features = features_of(*no_mining, deal, "NEW MINING");
  CHECK(std::count(features.begin(), features.end(), "first=new") == 1);
  CHECK(std::count(features.begin(), features.end(), "last=<Xx>") == 1);
  CHECK(std::count(features.begin(), features.end(), "last=mining") == 0);
}

// The shipped tables spell out no surname nor place: such words are classes there.
TEST_CASE("the shipped cue tables spell out head words but no names") {
  Result<TypeCues> cues = TypeCues::load(std::string(KG_RULES_DIR) + "/lexicon/type_cues.tsv");
  REQUIRE(cues.ok());
  const std::string text = "Officials at Chicago Bank of Commerce met Sam Johnson and Li Wang.";
  std::vector<std::string> bank = features_of(*cues, text, "Chicago Bank of Commerce");
  CHECK(std::count(bank.begin(), bank.end(), "first=<gpe>") == 1);
  std::vector<std::string> johnson = features_of(*cues, text, "Sam Johnson");
  CHECK(std::count(johnson.begin(), johnson.end(), "last=<Xx>") == 1);
  std::vector<std::string> wang = features_of(*cues, text, "Li Wang");
  CHECK(std::count(wang.begin(), wang.end(), "first=<Xx>") == 1);
  CHECK(std::none_of(wang.begin(), wang.end(), [](const std::string& f) {
    return f == "first=li" || f == "last=wang";
  }));
  std::vector<std::string> head = features_of(*cues, "He joined National Westmark Bank.",
                                              "National Westmark Bank");
  CHECK(std::count(head.begin(), head.end(), "first=national") == 1);
  CHECK(std::count(head.begin(), head.end(), "last=bank") == 1);
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
