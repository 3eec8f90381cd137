// PatternRules: loading errors, overlap resolution, and the shipped MONEY/PERCENT/DATE rules on
// news sentences (byte offsets, also after multi-byte UTF-8).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/pattern_rules.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// A fresh directory holding one rules file with `content`.
fs::path rules_dir(const std::string& name, const std::string& content) {
  fs::path dir = fs::temp_directory_path() / ("kg_pattern_rules_test_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "test.rules") << content;
  return dir;
}

Status load_error(const std::string& name, const std::string& content) {
  fs::path dir = rules_dir(name, content);
  Result<PatternRules> rules = PatternRules::load(dir.string());
  fs::remove_all(dir);
  REQUIRE_FALSE(rules.ok());
  return rules.status();
}

const PatternRules& shipped() {
  static const PatternRules* const kRules = [] {
    Result<PatternRules> loaded = PatternRules::load(std::string(KG_RULES_DIR) + "/entities");
    REQUIRE(loaded.ok());
    return new PatternRules(std::move(*loaded));
  }();
  return *kRules;
}

// "TYPE:text" for every match in the whole text.
std::vector<std::string> found(const std::string& text) {
  std::vector<std::string> out;
  for (const PatternMatch& m :
       shipped().find(text, Span{0, static_cast<uint32_t>(text.size())})) {
    out.push_back(std::string(type_name(m.type)) + ":" + std::string(m.span.of(text)));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("loading errors name the file, the line and RE2's message", "[pattern_rules]") {
  Status bad = load_error("bad_regex", "# money\n\nmoney.ok MONEY \\$\\d+\nmoney.bad MONEY \\$(\\d+\n");
  CHECK(bad.code() == Status::Code::kBadRule);
  CHECK(bad.message().find("test.rules:4: bad pattern: missing ): ") != std::string::npos);

  Status type = load_error("unknown_type", "money.x CASH \\$\\d+\n");
  CHECK(type.message().find("test.rules:1: unknown type 'CASH'") != std::string::npos);

  Status dup = load_error("duplicate", "a.x DATE \\d{4}\na.x DATE \\d{2}\n");
  CHECK(dup.message().find("test.rules:2: duplicate rule id 'a.x'") != std::string::npos);

  Status missing = load_error("missing", "a.x DATE\n");
  CHECK(missing.message().find("test.rules:1: missing pattern") != std::string::npos);

  Status define = load_error("bad_define", "define NUM [0-9\n");
  CHECK(define.message().find("test.rules:1: bad pattern: missing ]") != std::string::npos);
}

TEST_CASE("defines are pasted in as groups, repetitions stay", "[pattern_rules]") {
  fs::path dir = rules_dir("define", "define NUM \\d+|\\d+\\.\\d+\nt.year DATE \\b\\d{4}\\b\n"
                                     "t.pct PERCENT \\b{NUM}%\n");
  Result<PatternRules> rules = PatternRules::load(dir.string());
  fs::remove_all(dir);
  REQUIRE(rules.ok());
  CHECK(rules->size() == 2);
  std::string text = "In 1999 it rose 12%.";
  std::vector<PatternMatch> m = rules->find(text, Span{0, static_cast<uint32_t>(text.size())});
  REQUIRE(m.size() == 2);
  CHECK(m[0].rule_id == "t.year");
  CHECK(m[1].span.of(text) == "12%");
}

TEST_CASE("overlaps: leftmost, then longest, then earliest rule", "[pattern_rules]") {
  fs::path dir = rules_dir("overlap",
                           "a.short MONEY \\$\\d+\n"
                           "a.long MONEY \\$\\d+ million\n"
                           "a.same DATE \\$\\d+\n"
                           "a.later PERCENT \\d+ million\n"
                           "a.group DATE on (\\w+day)\n");
  Result<PatternRules> rules = PatternRules::load(dir.string());
  fs::remove_all(dir);
  REQUIRE(rules.ok());
  std::string text = "It paid $5 million on Monday and $7 then.";
  std::vector<PatternMatch> m = rules->find(text, Span{0, static_cast<uint32_t>(text.size())});
  REQUIRE(m.size() == 3);
  CHECK(m[0].rule_id == "a.long");  // longest beats a.short, and beats a.later starting later
  CHECK(m[0].span.of(text) == "$5 million");
  CHECK(m[1].rule_id == "a.group");  // the mention is group 1, without "on "
  CHECK(m[1].span.of(text) == "Monday");
  CHECK(m[2].rule_id == "a.short");  // same span as a.same: the earlier rule wins
  CHECK(m[2].span.of(text) == "$7");

  // Only the range is searched, but offsets stay those of the whole text.
  const auto begin = static_cast<uint32_t>(text.find("$7"));
  std::vector<PatternMatch> tail = rules->find(text, Span{begin, static_cast<uint32_t>(text.size())});
  REQUIRE(tail.size() == 1);
  CHECK(tail[0].span.begin == begin);
}

TEST_CASE("many rules: every rule still matches, ties still go to the earliest", "[pattern_rules]") {
  // 60 rules are more than one RE2::Set holds: the rules run as several Sets, and a mention of a
  // late rule, or an overlap between rules of different Sets, must come out as with one Set.
  std::string content;
  for (int i = 0; i < 60; ++i) {
    content += "t.r" + std::to_string(i) + " DATE \\bweek" + std::to_string(i) + "\\b\n";
  }
  content += "t.any_week MONEY \\bweek\\d+\\b\n";  // loaded last: loses every tie
  content += "t.long MONEY \\bweek7 of 2024\\b\n";   // longer: wins over t.r7
  fs::path dir = rules_dir("many", content);
  Result<PatternRules> rules = PatternRules::load(dir.string());
  fs::remove_all(dir);
  REQUIRE(rules.ok());
  CHECK(rules->size() == 62);
  const std::string text = "In week0, week31 and week59, not week60 nor in week7 of 2024.";
  std::vector<std::string> got;
  for (const PatternMatch& m : rules->find(text, Span{0, static_cast<uint32_t>(text.size())})) {
    got.push_back(m.rule_id + ":" + std::string(m.span.of(text)));
  }
  CHECK(got == Strings{"t.r0:week0", "t.r31:week31", "t.r59:week59", "t.any_week:week60",
                       "t.long:week7 of 2024"});
}

TEST_CASE("MONEY in news sentences", "[pattern_rules][money]") {
  CHECK(found("The company agreed to pay $450 million to settle the case.") ==
            Strings{"MONEY:$450 million"});
  CHECK(found("Bloomberg spent about $1 billion, while rivals raised US$2.3 million.") ==
            Strings{"MONEY:about $1 billion", "MONEY:US$2.3 million"});
  CHECK(found("He mailed $5,000 checks and paid 10 cents a share.") ==
            Strings{"MONEY:$5,000", "MONEY:10 cents"});
  CHECK(found("The fund is worth half a trillion dollars, or 1.2 trillion yen.") ==
            Strings{"MONEY:half a trillion dollars", "MONEY:1.2 trillion yen"});
  CHECK(found("Brussels fined it €5bn; London wanted £20m.") ==
            Strings{"MONEY:€5bn", "MONEY:£20m"});
  CHECK(found("Bottles sell for $30 to $40 each.") == Strings{"MONEY:$30 to $40"});
  CHECK(found("The stock rose $4 to $367.30 an ounce.") ==
            Strings{"MONEY:$4", "MONEY:$367.30"});
  CHECK(found("Lobbyists spent millions of dollars on the bill.") ==
            Strings{"MONEY:millions of dollars"});
}

TEST_CASE("PERCENT in news sentences", "[pattern_rules][percent]") {
  CHECK(found("Sales rose 10% and profit 10.5 per cent, while costs fell 3 percent.") ==
            Strings{"PERCENT:10%", "PERCENT:10.5 per cent", "PERCENT:3 percent"});
  CHECK(found("Yields were about 8 1/2% and vacancies in the 15% to 19% range.") ==
            Strings{"PERCENT:about 8 1/2%", "PERCENT:15% to 19%"});
  // A change between two rates is two mentions; a difference in points is no share at all.
  CHECK(found("The rate rose from 5% to 6%, or one percentage point.") ==
            Strings{"PERCENT:5%", "PERCENT:6%"});
}

TEST_CASE("DATE in news sentences", "[pattern_rules][date]") {
  CHECK(found("The merger, announced Feb. 3, closes on February 3, 2024.") ==
            Strings{"DATE:Feb. 3", "DATE:February 3, 2024"});
  CHECK(found("Talks ran Feb. 3-5 in 1996 and resumed in the 1990s.") ==
            Strings{"DATE:Feb. 3-5", "DATE:1996", "DATE:the 1990s"});
  CHECK(found("Shares fell 3% yesterday after a loss last year.") ==
            Strings{"PERCENT:3%", "DATE:yesterday", "DATE:last year"});
  CHECK(found("The firm was founded three years ago and grew over the past two years.") ==
            Strings{"DATE:three years ago", "DATE:the past two years"});
  CHECK(found("Results for the third quarter of fiscal 1990 came Monday.") ==
            Strings{"DATE:the third quarter of fiscal 1990", "DATE:Monday"});
  CHECK(found("Filed 2024-02-03, after a 23-day strike in recent years.") ==
            Strings{"DATE:2024-02-03", "DATE:23-day", "DATE:recent years"});
  CHECK(found("Black Monday shook markets; next week looks calmer.") ==
            Strings{"EVENT:Black Monday", "DATE:next week"});
  CHECK(found("Stores close on Good Friday.") == Strings{"DATE:Good Friday"});
}

TEST_CASE("MONEY ranges, adjectives and hedges", "[pattern_rules][money]") {
  CHECK(found("Analysts expected $25 million to $30 million, not $2 to $3 billion.") ==
            Strings{"MONEY:$25 million to $30 million", "MONEY:$2 to $3 billion"});
  // Two amounts in full are two mentions; so are amounts after a word of change.
  CHECK(found("Notes come in units of $5,000 to $2 million.") ==
            Strings{"MONEY:$5,000", "MONEY:$2 million"});
  CHECK(found("It is a billion-dollar plan with a 40 billion-yen loan.") ==
            Strings{"MONEY:billion-dollar", "MONEY:40 billion-yen"});
  CHECK(found("The city sought an additional $15 million.") ==
            Strings{"MONEY:an additional $15 million"});
}

TEST_CASE("DATE at a sentence end, named periods, hedges", "[pattern_rules][date]") {
  // The year ends the sentence range: "$" matches there, the period is no decimal point.
  const std::string text = "The mill closed in 1987. It reopened.";
  std::vector<PatternMatch> m = shipped().find(text, Span{0, 24});
  REQUIRE(m.size() == 1);
  CHECK(m[0].span.of(text) == "1987");
  CHECK(found("Stocks fell much of the day, and over the years the day's gains faded.") ==
            Strings{"DATE:the day", "DATE:the years", "DATE:day"});
  CHECK(found("Regulators have up to 50 days. Six years ago today, it began.") ==
            Strings{"DATE:up to 50 days", "DATE:Six years ago today"});
}

TEST_CASE("May alone is a name or a verb, not a date", "[pattern_rules][date]") {
  CHECK(found("May said prices may fall.").empty());
  CHECK(found("Theresa May spoke to Parliament.").empty());
  CHECK(found("Wow! May 5 was busy.") == Strings{"DATE:May 5"});
  CHECK(found("The plant opened in May 1990 and closed in May.") ==
            Strings{"DATE:May 1990", "DATE:May"});
}

TEST_CASE("no mention runs across a line break", "[pattern_rules]") {
  // Wire text wraps lines mid-phrase; the words on two lines are never one mention.
  CHECK(found("The strike lasted three\ndays.") == Strings{});
  CHECK(found("Cooper spent the first\nday in the nets.") == Strings{});
  CHECK(found("The club paid $3.4\nmillion for him.") == Strings{"MONEY:$3.4"});
  CHECK(found("They owe about\n$20 million and 12\npercent.") == Strings{"MONEY:$20 million"});
  CHECK(found("It closed on Feb.\n3, a Black\nMonday.") == Strings{"DATE:Monday"});
  // The same words on one line, with a space or a tab, still are.
  CHECK(found("The strike lasted three days and cost $3.4\tmillion.") ==
        Strings{"DATE:three days", "MONEY:$3.4\tmillion"});
}

TEST_CASE("offsets are bytes, also after multi-byte UTF-8", "[pattern_rules]") {
  // "Zürich" and "—" take 2 and 3 bytes: a character count would be off by 3.
  const std::string text = "In Zürich — on Monday — the bank paid €5 million.";
  std::vector<PatternMatch> m = shipped().find(text, Span{0, static_cast<uint32_t>(text.size())});
  REQUIRE(m.size() == 2);
  CHECK(m[0].type == EntityType::kDate);
  CHECK(m[0].span.begin == text.find("Monday"));
  CHECK(m[0].span.of(text) == "Monday");
  CHECK(m[1].type == EntityType::kMoney);
  CHECK(m[1].span.begin == text.find("€5 million"));
  CHECK(m[1].span.end == text.find("."));
}

}  // namespace
}  // namespace kg
