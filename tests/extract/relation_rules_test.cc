// Loading relation rules: macro expansion, ids, and errors that name FILE:LINE.
#include "extract/relation_rules.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include "extract/triple_extractor.h"

namespace kg {
namespace {

RelationLexicon small_lexicon() {
  RelationLexicon lex;
  lex.verbs["give"] = {"give", "gives", "gave", "given", "giving"};
  lex.verbs["endorse"] = {"endorse", "endorses", "endorsed"};
  lex.titles = {"President", "Vice President", "CEO", "Sen."};
  lex.negations = {"not", "n't"};
  return lex;
}

std::string make_temp_dir() {
  char tmpl[] = "/tmp/kg_relation_rules_XXXXXX";
  const char* dir = mkdtemp(tmpl);
  REQUIRE(dir != nullptr);
  return dir;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  REQUIRE(out);
  out << text;
}

// A rules dir with the word lists TripleExtractor::load needs and the given relation files.
std::string make_rules_dir(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string dir = make_temp_dir();
  REQUIRE(mkdir((dir + "/relations").c_str(), 0755) == 0);
  REQUIRE(mkdir((dir + "/lexicon").c_str(), 0755) == 0);
  write_file(dir + "/verbs.txt", "# test verbs\ngive gives gave given giving\n");
  write_file(dir + "/lexicon/titles.txt", "# test titles\nCEO\nSen.\nVice President\n");
  write_file(dir + "/lexicon/job_words.txt", "spokeswoman\neconomist\nCEO\n");
  write_file(dir + "/lexicon/negations.txt", "not\nnever\n");
  write_file(dir + "/lexicon/hedges.txt", "reportedly\nmay\n");
  write_file(dir + "/lexicon/comment_headings.txt", "Comments\n");
  write_file(dir + "/lexicon/hedge_sources.txt", "according to sources\n");
  write_file(dir + "/lexicon/negation_exceptions.txt", "not only\n");
  write_file(dir + "/lexicon/clause_breaks.txt", "said\nthat\n");
  write_file(dir + "/lexicon/subject_pronouns.txt", "it\n");
  write_file(dir + "/lexicon/non_title_words.txt", "who\nthe\n");
  write_file(dir + "/lexicon/progressive_auxiliaries.txt", "is\nwas\n");
  write_file(dir + "/lexicon/party_names.txt", "Democrat\n");
  write_file(dir + "/lexicon/nationality_countries.tsv", "Canadian\tCanada\n");
  write_file(dir + "/lexicon/city_titles.txt", "Mayor\n");
  write_file(dir + "/lexicon/state_titles.txt", "Gov.\n");
  write_file(dir + "/lexicon/past_title_words.txt", "former\n");
  write_file(dir + "/lexicon/city_states.tsv", "Boise\tIdaho\n");
  for (const auto& [name, text] : files) write_file(dir + "/relations/" + name, text);
  return dir;
}

TEST_CASE("a verb macro expands to all forms of its lemma") {
  auto re = expand_relation_macros("{SUBJ:PERSON} {give} {OBJ:ORG}", small_lexicon());
  REQUIRE(re.ok());
  RE2 compiled(*re);
  REQUIRE(compiled.ok());
  CHECK(RE2::PartialMatch("[[PERSON:0]] gave [[ORG:1]]", compiled));
  CHECK(RE2::PartialMatch("[[PERSON:0]] giving [[ORG:1]]", compiled));
  CHECK_FALSE(RE2::PartialMatch("[[PERSON:0]] forgave [[ORG:1]]", compiled));
  CHECK_FALSE(RE2::PartialMatch("[[GPE:0]] gave [[ORG:1]]", compiled));  // wrong subject type
}

TEST_CASE("the title macro prefers the longest title and captures it") {
  auto re = expand_relation_macros("{TITLE} {SUBJ:PERSON} of {OBJ:GPE}", small_lexicon());
  REQUIRE(re.ok());
  RE2 compiled(*re);
  std::string title;
  REQUIRE(RE2::PartialMatch("said Vice President [[PERSON:1]] of [[GPE:2]]", compiled, &title));
  CHECK(title == "Vice President");
}

TEST_CASE("macro errors say what is wrong") {
  RelationLexicon lex = small_lexicon();
  auto unknown_lemma = expand_relation_macros("{SUBJ:PERSON} {frobnicate} {OBJ:ORG}", lex);
  REQUIRE_FALSE(unknown_lemma.ok());
  CHECK(unknown_lemma.status().message().find("{frobnicate}") != std::string::npos);

  auto bad_type = expand_relation_macros("{SUBJ:PERSN} {give} {OBJ:ORG}", lex);
  REQUIRE_FALSE(bad_type.ok());
  CHECK(bad_type.status().message().find("PERSN") != std::string::npos);

  auto no_object = expand_relation_macros("{SUBJ:PERSON} {give}", lex);
  CHECK_FALSE(no_object.ok());

  auto twice = expand_relation_macros("{SUBJ:PERSON} {give} {OBJ:ORG} {OBJ:ORG}", lex);
  CHECK_FALSE(twice.ok());
}

TEST_CASE("RE2 repetitions are not mistaken for macros") {
  auto re = expand_relation_macros("{SUBJ:PERSON} \\d{1,3} {give} {OBJ:ORG}", small_lexicon());
  REQUIRE(re.ok());
  CHECK(re->find("\\d{1,3}") != std::string::npos);
}

TEST_CASE("rule ids get the file stem unless written in full") {
  RelationLexicon lex = small_lexicon();
  auto short_id = parse_relation_rule("gave_to FUNDED give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}",
                                      "funding", "funding.rules:1", lex);
  REQUIRE(short_id.ok());
  CHECK(short_id->id == "funding.gave_to");
  CHECK(short_id->relation == "FUNDED");
  CHECK(short_id->predicate == "give");
  CHECK(short_id->confidence == Approx(0.8));
  CHECK(short_id->subject_group > 0);
  CHECK(short_id->object_group > 0);
  CHECK(short_id->amount_group == 0);

  auto full_id = parse_relation_rule("custom.gift FUNDED give 0.5 {SUBJ:PERSON} {give} {OBJ:ORG}",
                                     "funding", "funding.rules:2", lex);
  REQUIRE(full_id.ok());
  CHECK(full_id->id == "custom.gift");
}

TEST_CASE("a relation written with a leading '!' makes a veto rule") {
  RelationLexicon lex = small_lexicon();
  auto veto = parse_relation_rule("no_gift !FUNDED give 1.0 {SUBJ:PERSON} never {give} {OBJ:ORG}",
                                  "funding", "funding.rules:3", lex);
  REQUIRE(veto.ok());
  CHECK(veto->veto);
  CHECK(veto->relation == "FUNDED");
  auto plain = parse_relation_rule("gift FUNDED give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}", "funding",
                                   "funding.rules:4", lex);
  REQUIRE(plain.ok());
  CHECK_FALSE(plain->veto);
  auto bare = parse_relation_rule("x ! give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}", "f", "f.rules:6", lex);
  REQUIRE_FALSE(bare.ok());
  CHECK(bare.status().message().rfind("f.rules:6: ", 0) == 0);
}

TEST_CASE("'~SAME_PARTY' makes a hint rule and {PAIR:NORP} an object that stands for two members") {
  RelationLexicon lex = small_lexicon();
  auto hint = parse_relation_rule("rival ~SAME_PARTY be 0.6 {SUBJ:PERSON}'s primary rival {OBJ:PERSON}",
                                  "roles", "roles.rules:7", lex);
  REQUIRE(hint.ok());
  CHECK(hint->hint);
  CHECK_FALSE(hint->veto);
  CHECK(hint->relation == "SAME_PARTY");
  auto unknown = parse_relation_rule("x ~COUSINS be 0.6 {SUBJ:PERSON} and {OBJ:PERSON}", "roles",
                                     "roles.rules:8", lex);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message() ==
        "roles.rules:8: unknown hint '~COUSINS' (known: ~SAME_PARTY)");

  auto pair = parse_relation_rule("both OPPOSED give 0.7 {SUBJ:PERSON} {give} both {PAIR:NORP}",
                                  "politics", "politics.rules:3", lex);
  REQUIRE(pair.ok());
  CHECK(pair->object_is_pair);
  CHECK(pair->object_group > 0);
  CHECK(pair->object_types == 1u << static_cast<int>(EntityType::kNorp));
  auto two_objects = parse_relation_rule(
      "x OPPOSED give 0.7 {SUBJ:PERSON} {give} {OBJ:PERSON} and both {PAIR:NORP}", "p", "p.rules:4",
      lex);
  REQUIRE_FALSE(two_objects.ok());
}

TEST_CASE("a veto rule removes its pair's triples of that relation and makes none itself") {
  std::string dir = make_rules_dir({{"funding.rules",
                                     "gift FUNDED give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}\n"
                                     "no_gift !FUNDED give 1.0 {SUBJ:PERSON} {give} {OBJ:ORG} back\n"}});
  auto loaded = TripleExtractor::load(dir);
  INFO((loaded.ok() ? "" : loaded.status().message()));
  REQUIRE(loaded.ok());
  auto run = [&](const std::string& text) {
    Document doc;
    doc.text = text;
    DocumentAnalysis analysis;
    analysis.sentences.push_back({0, static_cast<uint32_t>(text.size())});
    for (const char* name : {"Dana Reyes", "Harbor Trust"}) {
      size_t at = text.find(name);
      Mention m;
      m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string(name).size())};
      m.type = name[0] == 'D' ? EntityType::kPerson : EntityType::kOrg;
      analysis.mentions.push_back(m);
      analysis.entity_of.push_back(static_cast<int>(analysis.entities.size()));
      Entity e;
      e.id = name;
      analysis.entities.push_back(e);
    }
    return loaded->extract(doc, analysis);
  };
  auto kept = run("Dana Reyes gave Harbor Trust a grant.");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].rule == "funding.gift");
  CHECK(run("Dana Reyes gave Harbor Trust back its deposit.").empty());
}

TEST_CASE("a bad confidence or a short line is rejected with its origin") {
  RelationLexicon lex = small_lexicon();
  auto conf = parse_relation_rule("x FUNDED give 1.5 {SUBJ:PERSON} {give} {OBJ:ORG}", "f", "f.rules:4",
                                  lex);
  REQUIRE_FALSE(conf.ok());
  CHECK(conf.status().message().rfind("f.rules:4: ", 0) == 0);
  auto shortline = parse_relation_rule("x FUNDED give", "f", "f.rules:5", lex);
  REQUIRE_FALSE(shortline.ok());
  CHECK(shortline.status().message().rfind("f.rules:5: ", 0) == 0);
}

TEST_CASE("a broken pattern names FILE:LINE and carries RE2's message") {
  std::string dir = make_rules_dir({{"broken.rules",
                                     "# comment\n"
                                     "ok FUNDED give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}\n"
                                     "bad FUNDED give 0.8 {SUBJ:PERSON} ({give} {OBJ:ORG}\n"}});
  auto loaded = TripleExtractor::load(dir);
  REQUIRE_FALSE(loaded.ok());
  const std::string& message = loaded.status().message();
  CHECK(loaded.status().code() == Status::Code::kBadRule);
  CHECK(message.find("broken.rules:3: ") != std::string::npos);
  CHECK(message.find("missing )") != std::string::npos);  // RE2's own words
}

TEST_CASE("an unknown lemma in a rule file is a load error naming FILE:LINE") {
  std::string dir = make_rules_dir(
      {{"a.rules", "x FUNDED give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}\n"},
       {"b.rules", "\n# second file\ny SUPPORTED endorse 0.8 {SUBJ:PERSON} {endorse} {OBJ:ORG}\n"}});
  auto loaded = TripleExtractor::load(dir);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find("b.rules:3: ") != std::string::npos);
  CHECK(loaded.status().message().find("unknown verb lemma {endorse}") != std::string::npos);
}

TEST_CASE("duplicate rule ids across files are an error") {
  std::string dir = make_rules_dir({{"a.rules", "a.x FUNDED give 0.8 {SUBJ:PERSON} {give} {OBJ:ORG}\n"},
                                    {"b.rules", "a.x FUNDED give 0.8 {OBJ:ORG} {give} {SUBJ:PERSON}\n"}});
  auto loaded = TripleExtractor::load(dir);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find("b.rules:1: duplicate rule id 'a.x'") != std::string::npos);
}

TEST_CASE("a missing word list is an I/O error naming the path") {
  std::string dir = make_rules_dir({});
  REQUIRE(std::remove((dir + "/lexicon/negations.txt").c_str()) == 0);
  auto loaded = TripleExtractor::load(dir);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kIoError);
  CHECK(loaded.status().message().find("negations.txt") != std::string::npos);
}

TEST_CASE("the clause-break and title word lists are required too") {
  for (const char* name : {"clause_breaks.txt", "subject_pronouns.txt", "non_title_words.txt",
                           "hedges.txt", "hedge_sources.txt", "comment_headings.txt",
                           "negation_exceptions.txt", "progressive_auxiliaries.txt",
                           "party_names.txt", "nationality_countries.tsv", "job_words.txt",
                           "city_titles.txt", "state_titles.txt", "past_title_words.txt",
                           "city_states.tsv"}) {
    std::string dir = make_rules_dir({});
    REQUIRE(TripleExtractor::load(dir).ok());
    REQUIRE(std::remove((dir + "/lexicon/" + name).c_str()) == 0);
    auto loaded = TripleExtractor::load(dir);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().message().find(name) != std::string::npos);
  }
}

TEST_CASE("verbs.txt lists the lemma among its own forms") {
  std::string dir = make_temp_dir();
  write_file(dir + "/verbs.txt", "# c\nmeet meets met meeting\n\nsue sues sued suing\n");
  auto verbs = load_verbs(dir + "/verbs.txt");
  REQUIRE(verbs.ok());
  REQUIRE(verbs->count("meet") == 1);
  CHECK(verbs->at("meet") == std::vector<std::string>{"meet", "meets", "met", "meeting"});
  write_file(dir + "/bad_verbs.txt", "meet met\nMeet met\n");
  auto bad = load_verbs(dir + "/bad_verbs.txt");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("bad_verbs.txt:2: ") != std::string::npos);
}

uint32_t bits(std::initializer_list<EntityType> types) {
  uint32_t mask = 0;
  for (EntityType t : types) mask |= 1u << static_cast<int>(t);
  return mask;
}

struct ArgumentTypes {
  uint32_t subject = 0, object = 0;
};

ArgumentTypes argument_types(std::string_view pattern) {
  ArgumentTypes types;
  required_argument_types(pattern, &types.subject, &types.object);
  return types;
}

TEST_CASE("plain arguments require their types") {
  ArgumentTypes t = argument_types("{SUBJ:PERSON|ORG}{MOD},? {GAP}{spend} {GAP}{OBJ:MONEY}");
  CHECK(t.subject == bits({EntityType::kPerson, EntityType::kOrg}));
  CHECK(t.object == bits({EntityType::kMoney}));
  // Groups elsewhere, escapes, character classes holding '|' or '(' and \Q...\E do not count.
  t = argument_types(
      "\\( ?{OBJ:ORG}(?:'s|’s)? [(|] \\Q(a|b\\E (?:spokes(?:man|woman)) {SUBJ:PERSON}");
  CHECK(t.subject == bits({EntityType::kPerson}));
  CHECK(t.object == bits({EntityType::kOrg}));
  t = argument_types("{SUBJ:GPE}[[:punct:])] {OBJ:LOC}");
  CHECK(t.subject == bits({EntityType::kGpe}));
  CHECK(t.object == bits({EntityType::kLoc}));
}

TEST_CASE("an optional, quantified or alternated argument counts as any type") {
  ArgumentTypes t = argument_types("(?:{SUBJ:PERSON} )?{give} {OBJ:ORG}");
  CHECK(t.subject == kAnyPlaceholder);
  CHECK(t.object == bits({EntityType::kOrg}));
  CHECK(argument_types("{SUBJ:PERSON}? {give} {OBJ:ORG}").subject == kAnyPlaceholder);
  CHECK(argument_types("{SUBJ:PERSON}* {give} {OBJ:ORG}").subject == kAnyPlaceholder);
  CHECK(argument_types("{SUBJ:PERSON} {give} {OBJ:ORG}{0,1}").object == kAnyPlaceholder);
  // A macro right after an argument is no quantifier.
  CHECK(argument_types("{SUBJ:PERSON}{MOD} {give} {OBJ:ORG}").subject ==
        bits({EntityType::kPerson}));
  t = argument_types("(?:{SUBJ:PERSON}|they) {give} {OBJ:ORG}");
  CHECK(t.subject == kAnyPlaceholder);
  CHECK(t.object == bits({EntityType::kOrg}));
  // A top-level alternation forces neither side.
  t = argument_types("{SUBJ:PERSON} gave {OBJ:ORG}|{OBJ:GPE} thanked {SUBJ:ORG}");
  CHECK(t.subject == kAnyPlaceholder);
  CHECK(t.object == kAnyPlaceholder);
  CHECK(argument_types("{SUBJ:ANY} {give} {OBJ:ORG}").subject == kAnyPlaceholder);
}

// The shipped {MOD}: what may stand between a clause's first argument and its verb.
Result<RelationRule> spent_rule() {
  RelationLexicon lex = small_lexicon();
  lex.verbs["spend"] = {"spend", "spends", "spent"};
  return parse_relation_rule(
      "spent PAID spend 0.8 {SUBJ:PERSON|ORG}{MOD},? {GAP}{spend} {GAP}{OBJ:MONEY}", "funding",
      "funding.rules:1", lex);
}

// The {MOD} text of the first match in `abstracted`, or "no match".
std::string aside(const RelationRule& rule, const std::string& abstracted) {
  std::vector<re2::StringPiece> groups(rule.re->NumberOfCapturingGroups() + 1);
  if (!rule.re->Match(abstracted, 0, abstracted.size(), RE2::UNANCHORED, groups.data(),
                      static_cast<int>(groups.size()))) {
    return "no match";
  }
  const re2::StringPiece& mod = groups[rule.mod_group];
  return mod.data() == nullptr ? "" : std::string(mod.data(), mod.size());
}

TEST_CASE("{MOD} takes an aside with or without mentions, or 'of PLACE'") {
  auto rule = spent_rule();
  REQUIRE(rule.ok());
  REQUIRE(rule->mod_group > 0);
  CHECK(aside(*rule, "[[ORG:0]], which operates 340 pharmacies, spent [[MONEY:1]] on stores.") ==
        ", which operates 340 pharmacies,");
  CHECK(aside(*rule,
              "[[ORG:0]], one of the largest contractors in the state, spent [[MONEY:1]] "
              "on lobbying.") == ", one of the largest contractors in the state,");
  CHECK(aside(*rule, "[[PERSON:0]], the chief executive of [[ORG:1]], spent [[MONEY:2]].") ==
        ", the chief executive of [[ORG:1]],");
  CHECK(aside(*rule, "[[PERSON:0]], 52, spent [[MONEY:1]].") == ", 52,");
  CHECK(aside(*rule, "[[PERSON:0]] of [[GPE:1]] spent [[MONEY:2]].") == " of [[GPE:1]]");
  CHECK(aside(*rule, "[[PERSON:0]] spent [[MONEY:1]].") == "");
  // Up to two mentions; three are more likely a list than an aside.
  CHECK(aside(*rule, "[[PERSON:0]], who grew up in [[GPE:1]] and [[GPE:2]], spent [[MONEY:3]].") ==
        ", who grew up in [[GPE:1]] and [[GPE:2]],");
  CHECK(aside(*rule,
              "[[PERSON:0]], with [[GPE:1]] and [[GPE:2]] and [[GPE:3]], spent "
              "[[MONEY:4]].") == "no match");
}

TEST_CASE("{MOD} may appear once per pattern") {
  auto twice = expand_relation_macros("{SUBJ:PERSON}{MOD} {give} {OBJ:ORG}{MOD}", small_lexicon());
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.status().message().find("{MOD} used twice") != std::string::npos);
}

TEST_CASE("a gap crosses a clause break unless a break or a subject pronoun follows it") {
  const std::set<std::string, std::less<>> breaks = {"said", "told", "that"};
  const std::set<std::string, std::less<>> pronouns = {"it", "they"};
  CHECK(crosses_clause_break("said the board ", breaks, pronouns));
  CHECK(crosses_clause_break("told reporters the union ", breaks, pronouns));
  CHECK(crosses_clause_break("said, the board ", breaks, pronouns));
  CHECK(crosses_clause_break("said that the board ", breaks, pronouns));
  CHECK(crosses_clause_break("on Monday said the panel ", breaks, pronouns));
  CHECK_FALSE(crosses_clause_break("said it ", breaks, pronouns));
  CHECK_FALSE(crosses_clause_break("said that it would ", breaks, pronouns));
  CHECK_FALSE(crosses_clause_break("the firm that ", breaks, pronouns));  // a relative pronoun
  CHECK_FALSE(crosses_clause_break("agreed in March to ", breaks, pronouns));
  CHECK_FALSE(crosses_clause_break("", breaks, pronouns));
  CHECK_FALSE(crosses_clause_break("Said the ", breaks, pronouns));  // case-sensitive
  // A date of the reporting clause is skipped: the word after it decides.
  CHECK_FALSE(crosses_clause_break("said on [[DATE:3]] that it ", breaks, pronouns));
  CHECK_FALSE(crosses_clause_break("said [[DATE:3]] it ", breaks, pronouns));
  CHECK(crosses_clause_break("said on [[DATE:3]] the board ", breaks, pronouns));
  CHECK_FALSE(crosses_clause_break("said on [[DATE:3]] ", breaks, pronouns));  // nothing after
}

TEST_CASE("a gap macro is captured for the clause-break check") {
  auto rule = parse_relation_rule(
      "backed SUPPORTED endorse 0.8 {SUBJ:PERSON} {SGAP}{endorse} {GAP}{OBJ:PERSON}", "politics",
      "politics.rules:1", small_lexicon());
  REQUIRE(rule.ok());
  REQUIRE(rule->gap_groups.size() == 2);
  std::vector<re2::StringPiece> groups(rule->re->NumberOfCapturingGroups() + 1);
  const std::string text = "[[PERSON:0]] said the board endorsed the plan of [[PERSON:1]]";
  REQUIRE(rule->re->Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(),
                          static_cast<int>(groups.size())));
  CHECK(groups[rule->gap_groups[0]] == "said the board ");
  CHECK(groups[rule->gap_groups[1]] == "the plan of ");
}

TEST_CASE("the predicate is the lemma of the verb written, else the rule's") {
  auto rule = parse_relation_rule(
      "stance SUPPORTED support 0.8 {SUBJ:PERSON} (?:{be} )?(?:{give}|{endorse}) (?:by )?{OBJ:ANY}",
      "politics", "politics.rules:1", [] {
        RelationLexicon lex = small_lexicon();
        lex.verbs["be"] = {"be", "is", "was"};
        return lex;
      }());
  REQUIRE(rule.ok());
  REQUIRE(rule->verb_groups.size() == 3);
  CHECK(rule->verb_groups[0].second == "be");
  CHECK(rule->verb_groups[2].second == "endorse");
  auto predicate = [&](const std::string& text) {
    std::vector<re2::StringPiece> groups(rule->re->NumberOfCapturingGroups() + 1);
    REQUIRE(rule->re->Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(),
                            static_cast<int>(groups.size())));
    return verb_lemma(*rule, groups);
  };
  CHECK(predicate("[[PERSON:0]] endorsed [[PERSON:1]]") == "endorse");
  CHECK(predicate("[[PERSON:0]] gave [[ORG:1]]") == "give");
  CHECK(predicate("[[PERSON:0]] was endorsed by [[ORG:1]]") == "endorse");  // not the auxiliary

  auto no_verb = parse_relation_rule("title ROLE be 0.8 {OBJ:ORG} {TITLE} {SUBJ:PERSON}", "roles",
                                     "roles.rules:1", small_lexicon());
  REQUIRE(no_verb.ok());
  CHECK(no_verb->verb_groups.empty());
  std::vector<re2::StringPiece> groups(no_verb->re->NumberOfCapturingGroups() + 1);
  const std::string text = "[[ORG:0]] CEO [[PERSON:1]]";
  REQUIRE(no_verb->re->Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(),
                             static_cast<int>(groups.size())));
  CHECK(verb_lemma(*no_verb, groups) == "be");
}

TEST_CASE("a job phrase holds no non-title word and is short") {
  const std::set<std::string, std::less<>> excluded = {"who", "him", "the", "was", "said"};
  CHECK(is_job_phrase("senior vice-president", excluded));
  CHECK(is_job_phrase("director of the preparatory office", excluded));  // "of the" joins
  CHECK(is_job_phrase("34th president", excluded));
  CHECK(is_job_phrase("executive vice president and chief financial officer", excluded));
  CHECK_FALSE(is_job_phrase("calling him the first member", excluded));
  CHECK_FALSE(is_job_phrase("who teaches art", excluded));
  CHECK_FALSE(is_job_phrase("praising the director", excluded));  // "the" only after "of"
  CHECK_FALSE(is_job_phrase("one two three four five six seven eight nine", excluded));
}

TEST_CASE("{JOB} is captured: lower-case words joined by 'of' or 'of the'") {
  auto rule = parse_relation_rule(
      "appos ROLE be 0.6 {SUBJ:PERSON}, (?P<title>{JOB}) at {OBJ:ORG}", "roles", "roles.rules:1",
      small_lexicon());
  REQUIRE(rule.ok());
  REQUIRE(rule->job_groups.size() == 1);
  std::string title;
  CHECK(RE2::PartialMatch("[[PERSON:0]], head of the stock-index desk at [[ORG:1]]", *rule->re,
                          nullptr, &title));
  CHECK(title == "head of the stock-index desk");
  // No capital, quote mark or comma inside.
  CHECK_FALSE(RE2::PartialMatch("[[PERSON:0]], calling “star at [[ORG:1]]", *rule->re));
  CHECK_FALSE(RE2::PartialMatch("[[PERSON:0]], Chief at [[ORG:1]]", *rule->re));
  CHECK_FALSE(RE2::PartialMatch("[[PERSON:0]], a, b at [[ORG:1]]", *rule->re));
}

TEST_CASE("the shipped rules load and cover every relation class of the contract") {
  RelationLexicon lex;
  auto verbs = load_verbs(std::string(KG_RULES_DIR) + "/verbs.txt");
  REQUIRE(verbs.ok());
  lex.verbs = *verbs;
  lex.titles = {"CEO", "Sen."};
  auto rules = load_relation_rules(std::string(KG_RULES_DIR) + "/relations", lex);
  INFO((rules.ok() ? "" : rules.status().message()));
  REQUIRE(rules.ok());
  std::set<std::string> classes;
  for (const RelationRule& rule : *rules) classes.insert(rule.relation);
  for (const char* c : {"ROLE", "MEMBER_OF", "FOUNDED", "OWNS", "ACQUIRED", "FUNDED", "PAID",
                        "RECEIVED", "LOST", "CONTRACT", "SUPPORTED", "OPPOSED", "MET", "ATTENDED",
                        "LOCATED_IN", "APPOINTED", "LIVES_IN", "KILLED", "STATED"}) {
    CHECK(classes.count(c) == 1);
  }
}

}  // namespace
}  // namespace kg
