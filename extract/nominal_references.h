// NominalReferences: a definite description ("the senator", "the charity", "the Acme founder")
// that refers back to the one named entity the article tied it to becomes a mention of that
// entity, so that relation rules see it as a typed placeholder: "The charity received $2
// million" gives the trust's RECEIVED triple. The mention covers the noun only ("charity"), as a
// name's mention leaves out its "the", so evidence and argument spans stay exact.
// The nouns, their types and what ties an entity to them are in rules/lexicon/descriptions.tsv.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/document.h"
#include "extract/lexicon.h"

namespace kg {

class NominalReferences {
 public:
  static Result<NominalReferences> load(const std::string& rules_dir);

  // Adds a description mention (Mention::description) for each "the NOUN" that exactly one
  // entity fits; the rest are left alone. REQUIRES: analysis resolved by the Canonicalizer.
  void resolve(const Document& doc, DocumentAnalysis* analysis) const;

 private:
  struct Noun {
    EntityType type = EntityType::kPerson;
    std::vector<std::string> ties;  // lower case: titles and last name words that fit
  };
  // Whether the entity's title or name ties it to the noun.
  bool tied_by_name(const Entity& entity, std::string_view noun, const Noun& info) const;

  std::map<std::string, Noun, std::less<>> nouns_;
  // Modifiers that point away from the named entity: "the rival company"
  // (lexicon/other_referent_modifiers.txt).
  WordSet other_referent_;
  // For an organization's noun without "the" before a job and a name ("agency spokeswoman
  // Holly Brennan"): the job titles (titles.txt, lower case) and the words that may stand before
  // the noun without modifying it (common_words.txt lower-cased, clause_breaks.txt).
  std::set<std::string, std::less<>> job_titles_;
  std::set<std::string, std::less<>> plain_words_;
};

}  // namespace kg
