// MentionSpans: the words next to a name that OntoNotes-style annotation counts as part of its
// mention, while CoNLL-style annotation writes the name bare: a "the" before a multi-word
// organization, event or place name ("the Supreme Court", "the Gaza Strip", but "the FBI" ->
// "FBI"), and a possessive "'s" after a multi-word name ("Hong Kong's"). Which names take them
// comes from rules/lexicon/mention_spans.txt. Only the written mention (Mention::written) grows:
// canonical ids, labels and triples keep using the bare name (Mention::span).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/lexicon.h"

namespace kg {

// How kg extract writes a mention: with the words OntoNotes counts (the default), or the name alone.
enum class MentionStyle { kOntoNotes, kBare };

class MentionSpans {
 public:
  // Reads lexicon/mention_spans.txt and the noun lists lexicon/modified_nouns.txt and
  // lexicon/place_nouns.txt from rules_dir.
  static Result<MentionSpans> load(const std::string& rules_dir);

  // Sets Mention::written of every name mention of `mentions` (text order, no overlaps);
  // `sentences` in text order.
  void apply(std::string_view text, const std::vector<Span>& sentences,
             std::vector<Mention>* mentions) const;

  // The written span of one mention; `limit` is the text the mention may grow into (up to the
  // neighbouring mentions); sentence_end: the mention ends its sentence.
  Span written(std::string_view text, const Mention& mention, Span limit, bool sentence_end) const;

 private:
  bool takes_article(std::string_view name, EntityType type) const;

  std::set<EntityType> article_types_;     // multi-word names of these types take "the"
  std::set<EntityType> possessive_types_;  // multi-word names of these types take "'s"
  WordSet article_words_;                  // a name with one of these words takes "the"
  WordSet article_names_;                  // these names take "the"
  WordSet modified_nouns_;                 // "the [New York] area": "the" is the noun's
};

}  // namespace kg
