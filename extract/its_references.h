// ItsReferences: an organization's possessive pronoun ("its") that opens a sentence or a clause
// becomes a mention of the organization it stands for, so that the rules for "Acme's chief
// economist, X," also read "Its president, Elena Brandvold, told ...".
//   - Opening a sentence ("Its president, X, said"), it is the organization the previous sentence
//     was about: the one that opens it, else the only one it names.
//   - Opening a clause after a semicolon or a word of clause_breaks.txt ("Acme said its chief
//     executive, X, would retire"), it is the organization that opens its own sentence, when no
//     other organization stands between.
// The mention covers the pronoun ("Its"), is a reference like "the company" (Mention::description)
// and is possessive: the relation rules see "[[ORG:3]]'s president, [[PERSON:4]], told".
// The pronouns are in rules/lexicon/org_possessive_pronouns.txt.
#pragma once

#include <set>
#include <string>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/document.h"

namespace kg {

class ItsReferences {
 public:
  static Result<ItsReferences> load(const std::string& rules_dir);

  // Adds a possessive reference mention for each pronoun whose organization is found; the rest
  // stay text. REQUIRES: analysis resolved by the Canonicalizer (and NominalReferences, so that
  // "The company canceled the plan. Its president ..." finds the company).
  void resolve(const Document& doc, DocumentAnalysis* analysis) const;

 private:
  std::set<std::string, std::less<>> pronouns_;       // lower case: "its"
  std::set<std::string, std::less<>> clause_breaks_;  // "said", "that"
};

}  // namespace kg
