// Canonicalizer: groups a document's mentions into entities with stable, content-made ids.
// "Sen. Jane Smith" ... "Smith" ... "Smith's" become person:jane-smith (title kept as an
// attribute); "the Federal Trade Commission (FTC)" ... "FTC" become one org; "Boeing Co." and
// "Boeing" one org; "he"/"she" join the one person of agreeing gender (by title, else by first
// name) they can refer to, or are dropped.
// Entities of different types never merge.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/money.h"

namespace kg {

class Canonicalizer {
 public:
  static Result<Canonicalizer> load(const std::string& rules_dir);

  // Fills analysis->entity_of and ->entities from analysis->mentions (and drops the pronouns it
  // cannot resolve). REQUIRES: mentions in text order; sentences set.
  // MONEY ids are the value key plus the document: "money:usd:5000000@wire-0042".
  void resolve(const Document& doc, DocumentAnalysis* analysis) const;

  // The id a mention of this type and name gets on its own: "gpe:united-states".
  std::string entity_id(EntityType type, std::string_view name) const;

 private:
  explicit Canonicalizer(MoneyParser money) : money_(std::move(money)) {}
  std::string name_key(EntityType type, std::string_view name) const;
  std::string value_id(EntityType type, std::string_view text, Entity* entity) const;

  MoneyParser money_;
  WordSet legal_forms_;
  std::map<std::string, char, std::less<>> pronoun_gender_;  // "she" -> 'f'
  std::map<std::string, char, std::less<>> title_gender_;    // "Mrs." -> 'f'
  std::map<std::string, char, std::less<>> first_name_gender_;  // "Maria" -> 'f'
};

}  // namespace kg
