// Relation rules: the files under rules/relations/ and the word lists their macros expand to.
// A rule is an RE2 pattern over an "abstracted sentence", where every mention is replaced by a
// placeholder [[TYPE:i]] (i = the mention's index in DocumentAnalysis::mentions). The format and
// the macros are documented in docs/relations.md.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
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
  std::vector<std::string> negations;                     // "not", "n't", "refused to"
};

struct RelationRule {
  std::string id;          // "funding.gave_to"
  std::string relation;    // "FUNDED"
  std::string predicate;   // surface verb lemma: "give"
  double confidence = 0;
  std::string origin;      // "relations/funding.rules:12", for messages
  std::string expanded;    // the RE2 source after macro expansion
  std::unique_ptr<RE2> re;
  // Capture group numbers (1-based) of the named groups, 0 when the rule has none. Every rule
  // has a subject and an object; amount, title and mod ({MOD}, the aside after the first
  // argument) are optional.
  int subject_group = 0, object_group = 0, amount_group = 0, title_group = 0, mod_group = 0;
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

// Expands {SUBJ:T|T}, {OBJ:...}, {AMOUNT}, {TITLE}, {MOD}, {DET}, {GAP}, {ANY}, {ENT:T|T} and
// {lemma} into RE2 syntax. On failure returns a Status whose message has no file:line prefix (the
// caller adds it).
Result<std::string> expand_relation_macros(std::string_view pattern, const RelationLexicon& lexicon);

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
