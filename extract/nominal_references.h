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
#include "base/string_map.h"
#include "extract/analysis.h"
#include "extract/document.h"
#include "extract/lexicon.h"

namespace kg {

class NominalReferences {
 public:
  static Result<NominalReferences> load(const std::string& rules_dir);
  // Moves only: noun_index_ points into nouns_, whose nodes a move keeps and a copy would not.
  NominalReferences() = default;
  NominalReferences(NominalReferences&&) = default;
  NominalReferences& operator=(NominalReferences&&) = default;
  NominalReferences(const NominalReferences&) = delete;
  NominalReferences& operator=(const NominalReferences&) = delete;

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

  const Noun* noun_of(std::string_view lower) const {
    const Noun* const* noun = noun_index_.find(lower);
    return noun ? *noun : nullptr;
  }

  std::map<std::string, Noun, std::less<>> nouns_;
  StringMap<const Noun*> noun_index_;  // nouns_ by word, for the lookup of every word of a text
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
