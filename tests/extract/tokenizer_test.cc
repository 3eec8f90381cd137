#include "extract/tokenizer.h"

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/sentence_splitter.h"

namespace kg {
namespace {

SentenceSplitter load_rules() {
  Result<SentenceSplitter> r = SentenceSplitter::load(KG_RULES_DIR "/abbreviations.txt");
  REQUIRE(r.ok());
  return std::move(*r);
}

const SentenceSplitter& abbreviations() {
  static const SentenceSplitter loaded = load_rules();
  return loaded;
}

std::vector<Token> tokens_of(const std::string& text) {
  return tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, abbreviations());
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokens_of(text)) out.emplace_back(t.span.of(text));
  return out;
}

using Words = std::vector<std::string>;

struct Case {
  const char* name;
  std::string text;
  Words tokens;
};

TEST_CASE("tokenizes news text") {
  const std::vector<Case> cases = {
      {"hyphens and apostrophes inside names",
       "Coca-Cola hired O'Brien and D'Angelo.",
       {"Coca-Cola", "hired", "O'Brien", "and", "D'Angelo", "."}},
      {"possessive 's", "Smith's plan", {"Smith", "'s", "plan"}},
      {"curly possessive ’s", "Smith’s plan", {"Smith", "’s", "plan"}},
      {"plural possessive", "the Democrats' plan", {"the", "Democrats", "'", "plan"}},
      {"n't", "They don't know and can’t say.",
       {"They", "do", "n't", "know", "and", "ca", "n’t", "say", "."}},
      {"other clitics", "We're sure it's what I'd say.",
       {"We", "'re", "sure", "it", "'s", "what", "I", "'d", "say", "."}},
      {"abbreviations keep their period",
       "Sen. Warren met U.S. and Acme Inc. officials.",
       {"Sen.", "Warren", "met", "U.S.", "and", "Acme", "Inc.", "officials", "."}},
      {"initials keep their period", "J.D. Power and J. D. Vance",
       {"J.D.", "Power", "and", "J.", "D.", "Vance"}},
      {"an unknown word loses its period", "He left Smith. Then", {"He", "left", "Smith", ".", "Then"}},
      {"listed dotted abbreviation", "Ph.D. students at 9 a.m.",
       {"Ph.D.", "students", "at", "9", "a.m."}},
      {"hyphen after an abbreviation", "U.S.-led talks", {"U.S.", "-", "led", "talks"}},
      {"numbers keep inner separators", "5,000 people, 1.5 points and 2024.",
       {"5,000", "people", ",", "1.5", "points", "and", "2024", "."}},
      {"currency and percent", "$1.5 billion, 10% and €5bn",
       {"$", "1.5", "billion", ",", "10", "%", "and", "€", "5bn"}},
      {"dashes, quotes and ellipses", "“We won” — she said… and – then... ‘yes’ -- no",
       {"“", "We", "won", "”", "—", "she", "said", "…", "and", "–", "then", "...", "‘", "yes",
        "’", "--", "no"}},
      {"brackets and straight quotes", "(AP) \"No,\" he said.",
       {"(", "AP", ")", "\"", "No", ",", "\"", "he", "said", "."}},
      {"UTF-8 letters are word characters", "José Müller über Zoë",
       {"José", "Müller", "über", "Zoë"}},
      {"ampersand inside a name", "AT&T and S&P 500", {"AT&T", "and", "S&P", "500"}},
      {"clitic after a number", "the 1990's boom", {"the", "1990", "'s", "boom"}},
      {"non-breaking space separates", "Mr.\xC2\xA0Smith", {"Mr.", "Smith"}},
      {"emoji with a modifier is one token", "great 👍🏽!", {"great", "👍🏽", "!"}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) { CHECK(words_of(c.text) == c.tokens); }
  }
}

TEST_CASE("token kinds") {
  const std::string text = "Sen. Smith's 5,000 $ n't";
  const std::vector<Token> tokens = tokens_of(text);
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].kind == TokenKind::kWord);    // Sen.
  CHECK(tokens[1].kind == TokenKind::kWord);    // Smith
  CHECK(tokens[2].kind == TokenKind::kWord);    // 's
  CHECK(tokens[3].kind == TokenKind::kNumber);  // 5,000
  CHECK(tokens[4].kind == TokenKind::kPunct);   // $
  CHECK(tokens[5].kind == TokenKind::kWord);    // n't
}

TEST_CASE("offsets count bytes of the whole text, inside the range only") {
  // “ is 3 bytes, é 2 bytes, — 3 bytes, ’ 3 bytes.
  const std::string text = "Intro. “Café owner’s — plan,” she said.";
  const Span range{7, static_cast<uint32_t>(text.size())};
  const std::vector<Token> tokens = tokenize(text, range, abbreviations());
  const std::vector<std::pair<Span, std::string>> expected = {
      {{7, 10}, "“"},  {{10, 15}, "Café"}, {{16, 21}, "owner"}, {{21, 25}, "’s"},
      {{26, 29}, "—"}, {{30, 34}, "plan"}, {{34, 35}, ","},     {{35, 38}, "”"},
      {{39, 42}, "she"}, {{43, 47}, "said"}, {{47, 48}, "."},
  };
  REQUIRE(tokens.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CHECK(tokens[i].span == expected[i].first);
    CHECK(tokens[i].span.of(text) == expected[i].second);
  }
}

TEST_CASE("a range ending inside a word stops there") {
  const std::string text = "Washington Post";
  const std::vector<Token> tokens = tokenize(text, Span{0, 4}, abbreviations());
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].span == Span{0, 4});
}

TEST_CASE("never splits inside a UTF-8 sequence") {
  const std::string text = "Zoë’s “café”… naïve — 5€ ✓";
  for (const Token& t : tokens_of(text)) {
    const auto first = static_cast<unsigned char>(text[t.span.begin]);
    CHECK((first & 0xC0) != 0x80);
    if (t.span.end < text.size()) {
      CHECK((static_cast<unsigned char>(text[t.span.end]) & 0xC0) != 0x80);
    }
  }
}

TEST_CASE("tokens of split sentences cover the sentence text") {
  const std::string text =
      "WASHINGTON (AP) — Sen. Elizabeth Warren said Feb. 3 that Apple Inc. The company’s "
      "shares rose 3.5%.";
  for (Span sentence : abbreviations().split(text)) {
    const std::vector<Token> tokens = tokenize(text, sentence, abbreviations());
    REQUIRE_FALSE(tokens.empty());
    CHECK(tokens.front().span.begin == sentence.begin);
    CHECK(tokens.back().span.end == sentence.end);
  }
}

}  // namespace
}  // namespace kg
