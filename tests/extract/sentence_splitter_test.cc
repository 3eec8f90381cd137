#include "extract/sentence_splitter.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace kg {
namespace {

SentenceSplitter load_rules() {
  Result<SentenceSplitter> r = SentenceSplitter::load(KG_RULES_DIR "/abbreviations.txt");
  REQUIRE(r.ok());
  return std::move(*r);
}

const SentenceSplitter& splitter() {
  static const SentenceSplitter loaded = load_rules();
  return loaded;
}

std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  for (Span s : splitter().split(text)) out.emplace_back(s.of(text));
  return out;
}

// Every non-space byte in exactly one span, spans in order, trimmed, never empty.
void check_cover(const std::string& text, const std::vector<Span>& spans) {
  std::vector<int> seen(text.size(), 0);
  uint32_t last_end = 0;
  for (Span s : spans) {
    REQUIRE(s.begin < s.end);
    REQUIRE(s.begin >= last_end);
    REQUIRE(s.end <= text.size());
    const std::string_view part = s.of(text);
    CHECK(part.front() != ' ');
    CHECK(part.front() != '\n');
    CHECK(part.back() != ' ');
    CHECK(part.back() != '\n');
    CHECK(part.back() != '\r');
    for (uint32_t i = s.begin; i < s.end; ++i) ++seen[i];
    last_end = s.end;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) CHECK(seen[i] == 1);
  }
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;
};

TEST_CASE("splits news text into sentences") {
  const std::vector<Case> cases = {
      {"plain periods",
       "The Senate passed the bill on Tuesday. The House will vote next week.",
       {"The Senate passed the bill on Tuesday.", "The House will vote next week."}},
      {"question and exclamation marks",
       "Who will pay for it? Nobody knows! 2024 was a record year.",
       {"Who will pay for it?", "Nobody knows!", "2024 was a record year."}},
      {"titles never end a sentence",
       "Sen. Elizabeth Warren and Rep. Jim Jordan met Dr. Anthony Fauci. Mr. Smith and Mrs. Jones "
       "left with Gov. Gavin Newsom.",
       {"Sen. Elizabeth Warren and Rep. Jim Jordan met Dr. Anthony Fauci.",
        "Mr. Smith and Mrs. Jones left with Gov. Gavin Newsom."}},
      {"months never end a sentence",
       "The deal closed on Feb. 3 and the lawsuit was filed Sept. 12. It was dismissed in Dec. 2023.",
       {"The deal closed on Feb. 3 and the lawsuit was filed Sept. 12.",
        "It was dismissed in Dec. 2023."}},
      {"initials never end a sentence",
       "J. D. Vance met J.D. Power executives. Then he left.",
       {"J. D. Vance met J.D. Power executives.", "Then he left."}},
      {"decimals never split",
       "Revenue rose to $1.5 billion, or 3.5% more. Shares fell.",
       {"Revenue rose to $1.5 billion, or 3.5% more.", "Shares fell."}},
      {"corporate suffix before a starter ends the sentence",
       "The shares were sold to Apple Inc. The company declined to comment.",
       {"The shares were sold to Apple Inc.", "The company declined to comment."}},
      {"corporate suffix before a name does not",
       "Apple Inc. Chief Executive Tim Cook spoke to Acme Corp. employees.",
       {"Apple Inc. Chief Executive Tim Cook spoke to Acme Corp. employees."}},
      {"U.S. ends a sentence only before a starter",
       "The U.S. Senate voted. Troops returned to the U.S. He welcomed them.",
       {"The U.S. Senate voted.", "Troops returned to the U.S.", "He welcomed them."}},
      {"states and a.m. before a starter",
       "The plant is in Fresno, Calif. It opened at 9 a.m. But nobody came.",
       {"The plant is in Fresno, Calif.", "It opened at 9 a.m.", "But nobody came."}},
      {"No. before a number",
       "He was ranked No. 1 in the poll. No. We did not agree.",
       {"He was ranked No. 1 in the poll.", "No.", "We did not agree."}},
      {"closing quote belongs to the sentence",
       "\"We will win,\" he said. \"We won.\" She left.",
       {"\"We will win,\" he said.", "\"We won.\"", "She left."}},
      {"closing bracket belongs to the sentence",
       "The vote was close. (It passed 51-49.) Critics objected.",
       {"The vote was close.", "(It passed 51-49.)", "Critics objected."}},
      {"lower case after a period does not split",
       "The company, i.e. its board, and Smith vs. Jones were named. e.g. this stays.",
       {"The company, i.e. its board, and Smith vs. Jones were named. e.g. this stays."}},
      {"ellipsis before lower case does not split",
       "He paused... and then he spoke... Nobody answered.",
       {"He paused... and then he spoke...", "Nobody answered."}},
      {"hyphenated abbreviation",
       "Stocks fell in the post-Oct. 13 trading. Bonds rose.",
       {"Stocks fell in the post-Oct. 13 trading.", "Bonds rose."}},
      {"no final punctuation",
       "The talks continue",
       {"The talks continue"}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      CHECK(sentences_of(c.text) == c.sentences);
      check_cover(c.text, splitter().split(c.text));
    }
  }
}

TEST_CASE("line structure: headlines, blank lines, wrapped paragraphs") {
  const std::vector<Case> cases = {
      {"headline and blank line",
       "Harris Campaign Raises $1 Billion\n\nThe campaign said on Sunday it raised the money.",
       {"Harris Campaign Raises $1 Billion", "The campaign said on Sunday it raised the money."}},
      {"headline with a single newline",
       "Harris Campaign Raises $1 Billion in Three Weeks After Biden Exits Race\nThe campaign said "
       "on Sunday it raised the money.",
       {"Harris Campaign Raises $1 Billion in Three Weeks After Biden Exits Race",
        "The campaign said on Sunday it raised the money."}},
      {"section heading and comments",
       "Comments\nLOL this is great\nWho paid for this?",
       {"Comments", "LOL this is great", "Who paid for this?"}},
      {"a may-end abbreviation ends a short line that is a sentence of its own",
       "Maria Okafor met John Smith.\nShe praised Acme Corp.\nJohn Smith spoke.",
       {"Maria Okafor met John Smith.", "She praised Acme Corp.", "John Smith spoke."}},
      {"but not a line that a wrapped paragraph began earlier",
       "The agency said on Tuesday that it had approved the sale of shares to the U.S.\nTreasury "
       "and Acme Corp.\nNobody objected.",
       {"The agency said on Tuesday that it had approved the sale of shares to the U.S.\nTreasury "
        "and Acme Corp.\nNobody objected."}},
      {"blank line always ends a sentence, even after an abbreviation",
       "Shares of Acme Corp.\n\nAnalysts expect more",
       {"Shares of Acme Corp.", "Analysts expect more"}},
      {"wrapped line starting lower case",
       "The senator said that the bill would\npass the Senate next week.",
       {"The senator said that the bill would\npass the Senate next week."}},
      {"wrapped line ending in a comma",
       "The senator, who spoke on Tuesday,\nSaid nothing new.",
       {"The senator, who spoke on Tuesday,\nSaid nothing new."}},
      {"long wrapped line before a name",
       "The committee chairman said in a statement on Tuesday afternoon that the bill would pass\n"
       "Senate leaders agreed. The vote is set.",
       {"The committee chairman said in a statement on Tuesday afternoon that the bill would pass\n"
        "Senate leaders agreed.",
        "The vote is set."}},
      {"a wrapped continuation line is not a headline",
       "The senator said on Tuesday that the long-awaited bill\nwould pass, adding\nNothing more.",
       {"The senator said on Tuesday that the long-awaited bill\nwould pass, adding\nNothing more."}},
      {"CRLF line ends",
       "Budget Talks Stall\r\n\r\nLawmakers left Washington. They return Monday.\r\n",
       {"Budget Talks Stall", "Lawmakers left Washington.", "They return Monday."}},
      {"CRLF single newline after a sentence",
       "Lawmakers left.\r\nThey return Monday.",
       {"Lawmakers left.", "They return Monday."}},
      {"sign-off dash and bullets on their own lines",
       "The team is as follows: Given, Breen, O'Neill.\n-- Dublin Newsroom\nKey points\n- Taxes rise\n"
       "- Spending falls",
       {"The team is as follows: Given, Breen, O'Neill.", "-- Dublin Newsroom", "Key points",
        "- Taxes rise", "- Spending falls"}},
      {"a dash inside a line does not start a sentence",
       "He said no. - And left.",
       {"He said no. - And left."}},
      {"leading and trailing space", "  \n Hello world.  \n\n ", {"Hello world."}},
      {"only space", " \n\r\n\t ", {}},
      {"empty", "", {}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      CHECK(sentences_of(c.text) == c.sentences);
      check_cover(c.text, splitter().split(c.text));
    }
  }
}

TEST_CASE("byte offsets over UTF-8 text with curly quotes and dashes") {
  // “ and ” are 3 bytes each, — is 3 bytes, é is 2 bytes.
  const std::string text = "“We won.” She left — quickly. José Martí waved… Then the café closed.";
  const std::vector<Span> spans = splitter().split(text);
  REQUIRE(spans.size() == 4);
  CHECK(spans[0] == Span{0, 13});
  CHECK(spans[0].of(text) == "“We won.”");
  CHECK(spans[1] == Span{14, 35});
  CHECK(spans[1].of(text) == "She left — quickly.");
  CHECK(spans[2] == Span{36, 57});
  CHECK(spans[2].of(text) == "José Martí waved…");
  CHECK(spans[3] == Span{58, 80});
  CHECK(spans[3].of(text) == "Then the café closed.");
  check_cover(text, spans);
}

TEST_CASE("exact spans for a short article") {
  const std::string text = "Budget Deal Reached\n\nSen. John Smith said Monday. It passed.";
  const std::vector<Span> spans = splitter().split(text);
  REQUIRE(spans.size() == 3);
  CHECK(spans[0] == Span{0, 19});
  CHECK(spans[1] == Span{21, 49});
  CHECK(spans[1].of(text) == "Sen. John Smith said Monday.");
  CHECK(spans[2] == Span{50, 60});
  CHECK(spans[2].of(text) == "It passed.");
}

TEST_CASE("is_abbreviation is case-sensitive and knows both kinds") {
  CHECK(splitter().is_abbreviation("Sen."));
  CHECK(splitter().is_abbreviation("Feb."));
  CHECK(splitter().is_abbreviation("U.S."));
  CHECK(splitter().is_abbreviation("Inc."));
  CHECK(splitter().is_abbreviation("a.m."));
  CHECK_FALSE(splitter().is_abbreviation("sen."));
  CHECK_FALSE(splitter().is_abbreviation("Sen"));
  CHECK_FALSE(splitter().is_abbreviation("The"));  // a starter, not an abbreviation
  CHECK_FALSE(splitter().is_abbreviation("Smith."));
}

TEST_CASE("a splitter built from a plain list never ends on its abbreviations") {
  const SentenceSplitter plain({"Inc.", "Sen."});
  const std::string text = "Shares of Acme Inc. The stock fell. Sen. Smith spoke.";
  std::vector<std::string> got;
  for (Span s : plain.split(text)) got.emplace_back(s.of(text));
  CHECK(got == std::vector<std::string>{"Shares of Acme Inc. The stock fell.", "Sen. Smith spoke."});
}

std::string write_temp(const std::string& name, const std::string& contents) {
  const std::string path = std::string(P_tmpdir) + "/kg_splitter_test_" + name;
  std::ofstream(path) << contents;
  return path;
}

TEST_CASE("load reports FILE:LINE for a malformed line") {
  SECTION("an abbreviation without a period") {
    const std::string path = write_temp("a.txt", "# titles\nSen.\nGov\n");
    Result<SentenceSplitter> r = SentenceSplitter::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind(path + ":3: ", 0) == 0);
  }
  SECTION("an unknown kind") {
    const std::string path = write_temp("b.txt", "Inc. maybe\n");
    Result<SentenceSplitter> r = SentenceSplitter::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind(path + ":1: ", 0) == 0);
  }
  SECTION("too many fields") {
    const std::string path = write_temp("c.txt", "\nInc. may-end extra\n");
    Result<SentenceSplitter> r = SentenceSplitter::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind(path + ":2: ", 0) == 0);
  }
  SECTION("a file that is not there") {
    Result<SentenceSplitter> r = SentenceSplitter::load("/nonexistent/abbreviations.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == Status::Code::kIoError);
  }
  SECTION("comments, blank lines and kinds load") {
    const std::string path =
        write_temp("d.txt", "# c\n\nSen.  # a title\nInc. may-end\nThe starter\n");
    Result<SentenceSplitter> r = SentenceSplitter::load(path);
    REQUIRE(r.ok());
    CHECK(r->is_abbreviation("Sen."));
    CHECK(r->is_abbreviation("Inc."));
    CHECK_FALSE(r->is_abbreviation("The"));
    const std::string text = "Acme Inc. The stock fell.";
    CHECK(r->split(text).size() == 2);
  }
}

}  // namespace
}  // namespace kg
