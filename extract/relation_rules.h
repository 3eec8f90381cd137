// Relation rules: the files under rules/relations/ and the word lists their macros expand to.
// A rule is an RE2 pattern over an "abstracted sentence", where every mention is replaced by a
// placeholder [[TYPE:i]] (i = the mention's index in DocumentAnalysis::mentions). The format and
// the macros are documented in docs/relations.md.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "base/status.h"
#include "extract/entity_type.h"

namespace kg {

// Placeholder type sets as bit masks: bit i for EntityType i, and kOtherPlaceholder for a
// "[[NAME:i]]" whose NAME is no entity type (it can only come from the raw text).
constexpr uint32_t kOtherPlaceholder = 1u << kEntityTypeCount;
constexpr uint32_t kAnyPlaceholder = (kOtherPlaceholder << 1) - 1;

// The word lists that macros expand to. Loaded once; read-only afterwards.
struct RelationLexicon {
  std::map<std::string, std::vector<std::string>> verbs;  // lemma -> forms (lemma included)
  std::vector<std::string> titles;                        // "Sen.", "Vice President", "CEO"
  std::vector<std::string> job_words;                     // "spokeswoman", "economist": {JOBWORD}
  std::vector<std::string> negations;                     // "not", "n't", "refused to"
  std::vector<std::string> negation_exceptions;           // "not only", "can't remember"
  std::vector<std::string> hedges;                        // "reportedly", "may", "is said to"
  std::vector<std::string> hedge_sources;                 // "according to people familiar"
  std::vector<std::string> comment_headings;              // "Comments", "Reader comments"
  // Words that open a new clause with a subject of its own ("said", "told", "that"): no match
  // holds one in a {GAP} or {SGAP}, so "X said the board backed Y" does not make X the subject
  // of "backed" (see crosses_clause_break()).
  std::vector<std::string> clause_breaks;
  // Subject pronouns that refer back to the clause's subject: a break followed by one does not
  // end the gap ("Acme said it acquired Y").
  std::vector<std::string> subject_pronouns;
  // Lower-case words that never stand in a job title ("who", "was", "him", "the"): no {JOB}
  // phrase of a match holds one, nor a clause break (see is_job_phrase()).
  std::vector<std::string> non_title_words;
  // Words after which an "-ing" form is a clause's verb ("is backing"): see bare_participle.h.
  std::vector<std::string> progressive_auxiliaries;
  // Parties and political movements (lexicon/party_names.txt): the only NORPs a person is a
  // MEMBER_OF; a nationality or a faith before a title is no membership.
  std::vector<std::string> party_names;
};

// The one hint relation (RelationRule::hint).
inline constexpr std::string_view kSameParty = "SAME_PARTY";

struct RelationRule {
  std::string id;          // "funding.gave_to"
  std::string relation;    // "FUNDED"
  // A veto rule (RELATION written "!LOCATED_IN") makes no triple: the pair it matches gets no
  // triple of that relation from any rule in that sentence. It states where a looser rule is
  // wrong ("born in Dayton, Ohio" names one birthplace, not a Dayton LOCATED_IN Ohio fact to
  // state), which RE2, lacking lookbehind, cannot say inside the looser pattern.
  bool veto = false;
  // A hint rule (RELATION written "~SAME_PARTY") makes no triple either: its matches feed a later
  // step of the extractor. ~SAME_PARTY pairs two people of one party ("Okoro's primary rival,
  // Teresa Villanueva"): see party_pairs.h. No other hint exists.
  bool hint = false;
  // The object is written {PAIR:NORP}: a plural party word that stands for the two members of
  // that party the article names ("has attacked both Democrats"): see party_pairs.h.
  bool object_is_pair = false;
  // The triple's predicate when no {lemma} macro of the pattern took part in a match (a rule
  // without a verb: "Boeing CEO X" -> "be"); otherwise the lemma of the verb written there.
  std::string predicate;
  double confidence = 0;
  std::string origin;      // "relations/funding.rules:12", for messages
  std::string expanded;    // the RE2 source after macro expansion
  std::unique_ptr<RE2> re;
  // Capture group numbers (1-based) of the named groups, 0 when the rule has none. Every rule
  // has a subject and an object; amount, title and mod ({MOD}, the aside after the first
  // argument) are optional.
  int subject_group = 0, object_group = 0, amount_group = 0, title_group = 0, mod_group = 0;
  // One (capture group, lemma) per {lemma} macro of the pattern, in pattern order: the verb
  // actually written gives the predicate (see verb_lemma()).
  std::vector<std::pair<int, std::string>> verb_groups;
  // The capture groups of its {GAP}, {SGAP} and {SGAP_OPEN} macros (see crosses_clause_break())
  // and of its {JOB} macros (see is_job_phrase()).
  std::vector<int> gap_groups, job_groups;
  // A prefilter: every match holds a placeholder of one of subject_types and another one of
  // object_types. kAnyPlaceholder when the pattern does not force the argument (it sits inside a
  // group, an alternation or a repetition).
  uint32_t subject_types = kAnyPlaceholder, object_types = kAnyPlaceholder;
};

// One entry per line; '#' starts a comment line; surrounding whitespace is trimmed; entries may
// contain inner spaces. A missing file is an I/O error naming the path.
Result<std::vector<std::string>> load_word_list(const std::string& path);

// verbs.txt: "LEMMA FORM FORM ..." per line. The lemma itself is always one of its forms.
Result<std::map<std::string, std::vector<std::string>>> load_verbs(const std::string& path);

// Expands {SUBJ:T|T}, {OBJ:...}, {PAIR:...}, {AMOUNT}, {TITLE}, {MOD}, {DET}, {GAP}, {SGAP}, {SGAP_OPEN},
// {JOB}, {ANY}, {ENT:T|T} and {lemma} into RE2 syntax. The i-th {lemma} macro becomes the
// named group "verb<i>" (when `verb_lemmas` is given, its lemma is appended there), the i-th gap
// "gap<i>" and the i-th {JOB} "job<i>". On failure
// returns a Status whose message has no file:line prefix (the caller adds it).
Result<std::string> expand_relation_macros(std::string_view pattern, const RelationLexicon& lexicon,
                                           std::vector<std::string>* verb_lemmas = nullptr);

// True when `gap` (the text of a {GAP}, {SGAP} or {SGAP_OPEN}: words, each followed by one space)
// crosses a clause break: a word of `breaks` (perhaps with a comma or colon: "said,") followed by
// a word that is neither a break nor one of `pronouns`. So "said the board " crosses, while
// "said it ", "said that it " (the pronoun refers back to the subject) and a break as the last
// word (a relative pronoun right before the verb: "Acme, the firm that bought Y") do not. A DATE
// placeholder (perhaps after "on") right after the break is skipped: "said on [[DATE:2]] that it ".
bool crosses_clause_break(std::string_view gap, const std::set<std::string, std::less<>>& breaks,
                          const std::set<std::string, std::less<>>& pronouns);

// Words in a {JOB} phrase at most, "of" and "the" not counted: "executive vice president and
// chief financial officer" has 7.
constexpr int kMaxJobWords = 8;

// True when `phrase` (the text of a {JOB}: lower-case words, perhaps joined by "of" or "of the") is
// at most kMaxJobWords words, none of them one of `excluded` (the non-title words and clause
// breaks): "senior vice president of retail sales", not "calling him the first member".
bool is_job_phrase(std::string_view phrase, const std::set<std::string, std::less<>>& excluded);

// The predicate of a match: the lemma of the {lemma} macro that matched last in the text (the
// main verb of "was funded by" is "fund", not "be"), else the rule's predicate. `groups` are the
// match's capture groups, `groups[0]` the whole match.
const std::string& verb_lemma(const RelationRule& rule, const std::vector<re2::StringPiece>& groups);

// Parses one rule line "ID RELATION LEMMA CONFIDENCE PATTERN" of the file whose stem is `stem`
// (an ID without a '.' becomes "stem.ID") and compiles it. `origin` ("FILE:LINE") prefixes errors.
Result<RelationRule> parse_relation_rule(std::string_view line, std::string_view stem,
                                         const std::string& origin, const RelationLexicon& lexicon);

// The placeholder types that every match of `pattern` (before macro expansion) must hold for
// {SUBJ:...} and {OBJ:...}; kAnyPlaceholder for an argument that is optional or not at the top
// level of the pattern.
void required_argument_types(std::string_view pattern, uint32_t* subject_types,
                             uint32_t* object_types);

// Loads every *.rules file of `dir`, sorted by file name, rules in file order. Duplicate ids are
// an error.
Result<std::vector<RelationRule>> load_relation_rules(const std::string& dir,
                                                      const RelationLexicon& lexicon);

}  // namespace kg
