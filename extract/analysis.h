// The value types that flow from extraction to the graph: mentions, canonical entities, triples,
// and DocumentAnalysis, everything kg learned from one document.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/entity_type.h"
#include "extract/span.h"

namespace kg {

// One entity mention as written: the name only, without a title or a possessive "'s".
struct Mention {
  Span span;
  EntityType type = EntityType::kPerson;
  std::string rule;   // id of the rule or word list that found it, e.g. "money.amount_scale"
  std::string title;  // a title written before a person ("Sen.", "CEO"), else empty
  std::string canonical;  // the name of the node it stands for when a gazetteer says so ("U.S." -> "United States")
  bool pronoun = false;  // "he", "she": resolved to a person, never a name of its own
  // "the senator", "the charity" (the noun only): resolved to the entity the article tied it
  // to (extract/nominal_references.h); a reference like a pronoun, never a name or an alias.
  bool description = false;
  // "Its" (extract/its_references.h): the pronoun holds the possessive, so the relation rules
  // read it as "[[ORG:3]]'s", like "Acme's".
  bool possessive = false;
  // The mention as kg extract writes it when that differs from span: with the "the" and "'s"
  // OntoNotes-style annotation counts ("the Supreme Court"), see mention_spans.h; else empty.
  Span written;
  // The name opens a sentence the splitter ran over, taking a period for an abbreviation's ("...
  // the fourth-largest grocer in the U.S. Harvest Lane, which is based in ..."): the analysis
  // splits the sentence before it (split_sentences_before()), so no rule reads "U.S. Harvest
  // Lane" as a place before an organization's name.
  bool opens_sentence = false;
};

// One node-to-be: every mention of the same thing in a document.
struct Entity {
  std::string id;      // stable, from content: "person:jane-smith", "money:usd:450000000@doc-7"
  std::string label;   // the fullest name seen
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;  // distinct surface forms, sorted
  std::vector<std::string> titles;   // distinct titles seen, sorted
  int mentions = 0;
  // MONEY only: the normalized amount; vague amounts ("millions of dollars") have no value.
  std::optional<double> value;
  std::string currency;  // ISO 4217: "USD", "EUR"; empty when unknown
  // True when no mention's type rests on more than the name's shape ("Okafor" alone is guessed an
  // ORG): another document that knows the name better may retype it.
  bool type_guessed = false;
};

// A mention as an argument of a triple: where it is written and which entity it resolved to.
struct Argument {
  std::string id;  // entity id
  Span span;
};

struct Triple {
  Argument subject;
  std::string relation;   // contract class: "FUNDED", "ROLE", ...
  std::string predicate;  // surface verb lemma: "give"
  Argument object;
  std::optional<Argument> amount;  // a MONEY argument when the phrasing states one
  std::string title;               // ROLE: the title ("CEO"), else empty
  Span evidence;                   // the evidence text, usually the sentence
  std::string rule;                // rule id, e.g. "funding.gave_to"
  double confidence = 0;
  // The hedge cue of lexicon/hedges.txt the sentence holds ("reportedly", "may"), else empty:
  // the article does not state the triple as a fact, and confidence is lowered.
  std::string hedge;
  // Whose voice the evidence is in when not the article's: "comment", "social", "byline"
  // (voice_name()); confidence is lowered too.
  std::string voice;
};

struct DocumentAnalysis {
  std::vector<Span> sentences;
  std::vector<Mention> mentions;  // text order, no overlaps
  std::vector<int> entity_of;     // mentions[i] belongs to entities[entity_of[i]]
  std::vector<Entity> entities;   // sorted by id
  std::vector<Triple> triples;    // text order of evidence, then subject, object, relation
};

}  // namespace kg
