// TripleExtractor: applies the relation rules of rules/relations/ to each sentence of a document
// and returns subject-relation-object triples with their evidence.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/dateline_titles.h"
#include "extract/document.h"
#include "extract/relation_rules.h"
#include "extract/rule_filter.h"

namespace kg {

// The id the canonicalizer gives a GPE of that canonical name ("Canada" -> "gpe:canada").
std::string country_entity_id(std::string_view country);

class TripleExtractor {
 public:
  // Loads rules_dir/relations/*.rules (sorted by name), rules_dir/verbs.txt and, from
  // rules_dir/lexicon/, titles.txt, negations.txt, negation_exceptions.txt, hedges.txt, hedge_sources.txt,
  // comment_headings.txt,
  // clause_breaks.txt, subject_pronouns.txt, non_title_words.txt, progressive_auxiliaries.txt
  // and party_names.txt; city_titles.txt, state_titles.txt and past_title_words.txt
  // (dateline_titles.h).
  // Errors name FILE:LINE and, for a pattern, RE2's message.
  static Result<TripleExtractor> load(const std::string& rules_dir);
  // Same, with the word lists already loaded (tests, or a caller with its own titles).
  static Result<TripleExtractor> from_rules_dir(const std::string& relations_dir,
                                                RelationLexicon lexicon);

  // Triples of one document. Reads analysis.sentences, .mentions (text order, non-overlapping),
  // .entity_of and .entities (for Argument::id); ignores analysis.triples. Order: by evidence
  // start, then subject start, object start, relation, rule. One triple per (sentence, subject,
  // object, relation): the most confident rule wins. Never a triple whose subject and object are
  // the same entity; MET is emitted once with the first-written party as subject. A negated
  // match gives nothing; a hedged one, or one outside the article's voice (reader comments,
  // quoted posts, bylines: voice_sections.h), is kept with Triple::hedge / Triple::voice set and
  // lower confidence. A handle or hashtag (a mention right after '@' or '#') is never an argument.
  std::vector<Triple> extract(const Document& doc, const DocumentAnalysis& analysis) const;

  // A ROLE given to a country through a nationality ("Canadian Natural Resources Minister X")
  // points to the country's node, which the article may never name: adds to analysis->entities a
  // GPE entity, without mentions, for each such country id that has none yet.
  void add_country_entities(DocumentAnalysis* analysis) const;

  size_t rule_count() const { return rules_.size(); }

 private:
  explicit TripleExtractor(RelationRuleFilter filter) : filter_(std::move(filter)) {}

  std::vector<RelationRule> rules_;
  std::vector<std::string> negations_;  // lower-case cues
  // lexicon/negation_exceptions.txt, lower case: phrases whose cue negates nothing ("not only").
  std::vector<std::string> negation_exceptions_;
  std::vector<std::string> hedges_;     // lexicon/hedges.txt, as written (case matters)
  std::vector<std::string> hedge_sources_;  // lexicon/hedge_sources.txt: sentence-wide hedges
  std::vector<std::string> comment_headings_;  // lexicon/comment_headings.txt
  // Every form of verbs.txt: a match holding one states a clause, which a cue before its first
  // argument can negate. Only looked up, never iterated.
  std::unordered_set<std::string> verb_forms_;
  // lexicon/clause_breaks.txt: a match whose {GAP} crosses one is dropped.
  std::set<std::string, std::less<>> clause_breaks_;
  std::set<std::string, std::less<>> subject_pronouns_;  // lexicon/subject_pronouns.txt
  // Never in a {JOB} phrase: lexicon/non_title_words.txt and the clause breaks.
  std::set<std::string, std::less<>> non_title_words_;
  // lexicon/progressive_auxiliaries.txt: an "-ing" verb after one is a clause's verb.
  std::set<std::string, std::less<>> progressive_auxiliaries_;
  // lexicon/party_names.txt: the NORPs a MEMBER_OF may point to.
  std::set<std::string, std::less<>> party_names_;
  // lexicon/nationality_countries.tsv: "Canadian" -> "Canada". A ROLE whose object is a
  // nationality ("Canadian Natural Resources Minister X") goes to the country's node.
  std::map<std::string, std::string, std::less<>> nationality_countries_;
  // lexicon/city_titles.txt, state_titles.txt: "Mayor X" in a datelined article (dateline_titles.h).
  LocalTitles local_titles_;
  RelationRuleFilter filter_;           // the few rules worth running on a sentence
};

}  // namespace kg
