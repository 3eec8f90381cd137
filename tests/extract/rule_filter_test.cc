// RelationRuleFilter: which relation rules are worth running on an abstracted sentence. It may
// keep a rule that then fails to match, but must never drop one that matches.
#include "extract/rule_filter.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include "extract/relation_rules.h"

namespace kg {
namespace {

RelationLexicon test_lexicon() {
  RelationLexicon lex;
  lex.verbs["give"] = {"give", "gives", "gave", "given", "giving"};
  lex.verbs["endorse"] = {"endorse", "endorses", "endorsed", "endorsing"};
  lex.titles = {"Sen.", "Speaker"};
  return lex;
}

// The rules, in this order: 0 gave, 1 endorsed, 2 title, 3 spent or banked (case-insensitive).
std::vector<RelationRule> test_rules() {
  const RelationLexicon lex = test_lexicon();
  std::vector<RelationRule> rules;
  for (const char* line : {"gave FUNDED give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}",
                           "endorsed SUPPORTED endorse 0.8 {SUBJ:PERSON} {endorse} {OBJ:PERSON}",
                           "title ROLE be 0.8 {OBJ:ORG} {TITLE} {SUBJ:PERSON}",
                           "spent PAID spend 0.8 {SUBJ:PERSON} (?i:spent|banked) {OBJ:MONEY}"}) {
    auto rule = parse_relation_rule(line, "t", "t.rules", lex);
    INFO(line << (rule.ok() ? "" : rule.status().message()));
    REQUIRE(rule.ok());
    rules.push_back(std::move(*rule));
  }
  return rules;
}

std::vector<int> candidates(const RelationRuleFilter& filter, const std::string& abstracted) {
  std::vector<int> out;
  filter.candidates(abstracted, &out);
  return out;
}

using Ids = std::vector<int>;

TEST_CASE("a rule whose verb is absent from the sentence is skipped - present, it is kept") {
  auto rules = test_rules();
  auto filter = RelationRuleFilter::build(rules);
  REQUIRE(filter.ok());
  CHECK(candidates(*filter, "[[PERSON:0]] gave [[ORG:1]] a grant.") == Ids{0});
  CHECK(candidates(*filter, "[[PERSON:0]] endorsed [[PERSON:1]] on Monday.") == Ids{1});
  CHECK(candidates(*filter, "[[PERSON:0]] praised [[ORG:1]].").empty());
}

TEST_CASE("the filter needs two placeholders of the argument types") {
  auto rules = test_rules();
  auto filter = RelationRuleFilter::build(rules);
  REQUIRE(filter.ok());
  CHECK(candidates(*filter, "[[GPE:0]] gave [[ORG:1]] a grant.").empty());  // no PERSON subject
  CHECK(candidates(*filter, "[[PERSON:0]] gave generously.").empty());      // one placeholder
}

TEST_CASE("literal atoms are found whatever their case") {
  auto rules = test_rules();
  auto filter = RelationRuleFilter::build(rules);
  REQUIRE(filter.ok());
  const std::string shouted = "[[PERSON:0]] SPENT [[MONEY:1]] on ads.";
  REQUIRE(RE2::PartialMatch(shouted, *rules[3].re));
  CHECK(candidates(*filter, shouted) == Ids{3});
  CHECK(candidates(*filter, "[[PERSON:0]] Spent [[MONEY:1]] on ads.") == Ids{3});
  // The verb macro is case-sensitive, so "GAVE" does not match; keeping the rule is allowed.
  CHECK(candidates(*filter, "[[PERSON:0]] GAVE [[ORG:1]] a grant.") == Ids{0});
}

TEST_CASE("a sentence with a character that folds to ASCII keeps every rule its types allow") {
  auto rules = test_rules();
  auto filter = RelationRuleFilter::build(rules);
  REQUIRE(filter.ok());
  // Under (?i) RE2 folds U+017F (long s) to 's' and U+212A (Kelvin sign) to 'k', so rule 3
  // matches "ſpent" and "ban\u212Aed" although no atom of it is in the lower-cased text.
  for (const std::string text : {"[[PERSON:0]] \xC5\xBF"
                                 "pent [[MONEY:1]] at [[ORG:2]].",
                                 "[[PERSON:0]] ban\xE2\x84\xAA"
                                 "ed [[MONEY:1]] from [[ORG:2]]."}) {
    INFO(text);
    REQUIRE(RE2::PartialMatch(text, *rules[3].re));
    CHECK(candidates(*filter, text) == Ids{0, 1, 2, 3});
  }
}

TEST_CASE("an atom with a curly apostrophe filters like any other") {
  const RelationLexicon lex = test_lexicon();
  auto rule = parse_relation_rule(
      "endorsement SUPPORTED endorse 0.7 {SUBJ:PERSON}(?:'s|\xE2\x80\x99s) endorsement of "
      "{OBJ:PERSON}",
      "t", "t.rules", lex);
  REQUIRE(rule.ok());
  std::vector<RelationRule> rules;
  rules.push_back(std::move(*rule));
  auto filter = RelationRuleFilter::build(rules);
  REQUIRE(filter.ok());
  const std::string curly = "[[PERSON:0]]\xE2\x80\x99s endorsement of [[PERSON:1]] came late.";
  REQUIRE(RE2::PartialMatch(curly, *rules[0].re));
  CHECK(candidates(*filter, curly) == Ids{0});
  CHECK(candidates(*filter, "[[PERSON:0]]'s Endorsement of [[PERSON:1]] came late.") == Ids{0});
  // Neither spelling of the phrase: the rule is not run (it was, on every such sentence).
  CHECK(candidates(*filter, "[[PERSON:0]] met [[PERSON:1]] in the spring.").empty());
}

// Abstracted news sentences of many shapes, for the check that the filter never drops a rule
// that matches.
const char* const kNewsSentences[] = {
    "[[PERSON:0]], the chief executive of [[ORG:1]], said on [[DATE:2]] that [[ORG:3]] would "
    "spend [[MONEY:4]] on new plants.",
    "[[ORG:0]], which operates 340 pharmacies, paid [[MONEY:1]] to settle the claims.",
    "[[ORG:0]], one of the largest contractors in the state, spent [[MONEY:1]] on lobbying.",
    "Sen. [[PERSON:0]] of [[GPE:1]] praised [[ORG:2]] for hiring locally.",
    "[[PERSON:0]] was killed by [[PERSON:1]] outside a bar in [[GPE:2]], police said.",
    "[[PERSON:0]] denies that [[PERSON:1]] shot [[PERSON:2]].",
    "[[GPE:0]] Gov. [[PERSON:1]] on [[DATE:2]] nominated [[PERSON:3]] to lead the agency.",
    "[[ORG:0]] agreed to buy [[ORG:1]] for [[MONEY:2]] in [[DATE:3]].",
    "[[ORG:0]] won a [[MONEY:1]] contract with the city of [[GPE:2]].",
    "[[PERSON:0]], a [[GPE:1]] resident, donated [[MONEY:2]] to the [[PERSON:3]] campaign.",
    "[[PERSON:0]] and [[PERSON:1]] met for four hours in [[GPE:2]].",
    "[[PERSON:0]] spoke at the [[EVENT:1]] in [[GPE:2]], [[GPE:3]].",
    "The [[GPE:0]]-based [[ORG:1]] was founded by [[PERSON:2]] in [[DATE:3]].",
    "[[ORG:0]] posted a net loss of [[MONEY:1]] for the quarter.",
    "[[PERSON:0]] told the [[ORG:1]] that rates would stay high.",
    "[[NORP:0]] Rep. [[PERSON:1]], D-[[GPE:2]], voted for the [[EVENT:3]].",
    "[[ORG:0]] spokeswoman [[PERSON:1]] declined to comment.",
    "[[PERSON:0]], 45, of [[GPE:1]], was born in [[GPE:2]], [[GPE:3]].",
    "[[ORG:0]] filed a lawsuit against [[ORG:1]] over its ad business.",
    "[[PERSON:0]]’s $[[MONEY:1]] donation to [[ORG:2]] drew scrutiny.",
    "[[PERSON:0]], who founded [[ORG:1]] in [[DATE:2]], is a reporter for [[ORG:3]].",
    "The assassination of [[PERSON:0]] by [[PERSON:1]] shocked [[GPE:2]].",
    "[[ORG:0]], headed by [[PERSON:1]], received [[MONEY:2]] from donors.",
};

TEST_CASE("with the shipped rules, no rule that matches a sentence is dropped") {
  RelationLexicon lex;
  auto verbs = load_verbs(std::string(KG_RULES_DIR) + "/verbs.txt");
  REQUIRE(verbs.ok());
  lex.verbs = *verbs;
  auto titles = load_word_list(std::string(KG_RULES_DIR) + "/lexicon/titles.txt");
  REQUIRE(titles.ok());
  lex.titles = *titles;
  auto rules = load_relation_rules(std::string(KG_RULES_DIR) + "/relations", lex);
  REQUIRE(rules.ok());
  auto filter = RelationRuleFilter::build(*rules);
  REQUIRE(filter.ok());
  size_t matched = 0, dropped = 0;
  for (const char* sentence : kNewsSentences) {
    const std::vector<int> kept = candidates(*filter, sentence);
    for (size_t r = 0; r < rules->size(); ++r) {
      const bool is_kept = std::binary_search(kept.begin(), kept.end(), static_cast<int>(r));
      if (RE2::PartialMatch(sentence, *(*rules)[r].re)) {
        ++matched;
        INFO(sentence << "\n  rule " << (*rules)[r].id);
        CHECK(is_kept);
      } else if (!is_kept) {
        ++dropped;
      }
    }
  }
  CHECK(matched >= 30);  // the sentences do exercise the rules
  CHECK(dropped > rules->size() * std::size(kNewsSentences) / 2);  // and most rules are skipped
}

}  // namespace
}  // namespace kg
