// MentionFinder: typed entity mentions of a document, from rule files only: RE2 patterns for
// MONEY/PERCENT/DATE (entities/*.rules), capitalized-name chunks typed by gazetteers and word
// lists (titles, first names, org suffixes and heads, event words), and context cues.
// mention_finder.cc finds the capitalized runs; name_typing.cc types them.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/line_shapes.h"
#include "extract/pattern_rules.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "extract/type_cues.h"

namespace kg {

// The rule id prefix of a name typed only by a guess from its context and shape (type_cues.tsv);
// rule ids that start with it ("name.shape.cues", "name.shape.known_in_document") mark every
// mention whose type is such a guess.
inline constexpr std::string_view kShapeRule = "name.shape";

class MentionFinder {
 public:
  static Result<MentionFinder> load(const std::string& rules_dir);

  // Mentions in text order, without overlaps. Pronoun mentions ("he", "she") are included with
  // pronoun = true; the canonicalizer resolves or drops them.
  std::vector<Mention> find(const Document& doc, const std::vector<Span>& sentences) const;

  const SentenceSplitter& splitter() const { return splitter_; }
  const WordSet& titles() const { return titles_; }

 private:
  struct Chunk;  // a run of capitalized tokens, before typing
  // What the rest of a document says of the words of its shouted lines; made once per document.
  struct ShoutedNames {
    // Names of several words the document writes in mixed case, in capitals: "BOB MILLER".
    std::set<std::string, std::less<>> mixed_case;
    // The words (runs of ASCII letters) the document writes in lower case: "nice" of "a nice goal".
    std::unordered_set<std::string_view> lower_case_words;
  };
  MentionFinder(SentenceSplitter splitter, PatternRules patterns);

  // Returns false, and finds nothing, for a shouted line while `names` is null: a headline is read
  // after the rest of the document, whose mixed-case names say which of its words are names.
  bool find_in_sentence(const Document& doc, Span sentence, const ShoutedNames* names,
                        std::vector<Chunk>* chunks, std::vector<Mention>* mentions) const;
  // mention_lines.cc: names in shouted lines, and the types that table rows give names.
  static ShoutedNames shouted_names(std::string_view text, const std::vector<Chunk>& chunks);
  void add_shouted_names(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                         size_t end, const ShoutedNames& names, std::vector<Chunk>* chunks) const;
  // Returns the token after the name, which may have grown over a letter code: "Rad (B)".
  size_t apply_line_role(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                         size_t end, NameRole role, bool sentence_start,
                         std::vector<Chunk>* chunks, size_t first) const;
  // A wire credit's city and source: "Moscow INTERFAX" (mention_lines.cc).
  void add_wire_credit(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                       size_t end, bool sentence_start, std::vector<Chunk>* chunks,
                       size_t first) const;
  bool is_nation(std::string_view name) const;
  bool person_shaped(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                     size_t end) const;
  size_t name_end(std::string_view text, const std::vector<Token>& tokens,
                  const std::vector<bool>& claimed, size_t i) const;
  void mark_place_cue(std::string_view text, const std::vector<Token>& tokens, size_t i,
                      std::vector<Chunk>* chunks, size_t first) const;
  void split_chunk(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                   size_t end, bool sentence_start, bool heading,
                   std::vector<Chunk>* chunks) const;
  void add_piece(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                 size_t end, std::string title, bool sentence_start, bool heading,
                 std::vector<Chunk>* chunks) const;
  // "Paris AFP": where the known place that opens a run ends, or `begin` (place_prefix.cc).
  size_t place_prefix_end(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                          size_t end) const;
  // "Sacramento–San Joaquin Delta": the end of a place name joined to the one before by the en dash
  // at token `dash`, or 0 (dash_joined_places.cc).
  size_t dash_joined_place_end(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<bool>& claimed, size_t dash) const;
  // "al-Hashimi", "ur-Rehman": a name particle written as a prefix of a capitalized word.
  bool particle_prefixed(std::string_view word) const;
  // "Ohio-based", "Democratic-led": a capitalized word and a lower-case word after a hyphen.
  bool is_hyphen_modifier(std::string_view word) const;
  // Whether tokens [begin, end) hold a name particle inside ("van der", "al-").
  bool has_name_particle(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                         size_t end) const;
  static void drop_sentence_period(std::string_view text, const std::vector<Span>& sentences,
                                   Span* span);
  void mark_apposition(std::string_view text, const std::vector<Token>& tokens, size_t j,
                       Chunk* chunk) const;
  bool before_state(std::string_view text, const std::vector<Token>& tokens, size_t j) const;
  void mark_city(Chunk* chunk) const;
  // The gazetteer entry of a name as written, or of its title case when it is all capitals.
  const GazetteerEntry* find_known(std::string_view name) const;
  // The type a word at the start or end gives a name ("Montgomery County", "River Cherwell",
  // "Hurricane Hugo"), from name_words.tsv.
  std::optional<EntityType> name_word_type(std::string_view first, std::string_view last,
                                           int words) const;
  CueWordLists cue_lists() const { return {first_names_, common_words_, cue_context_words_, gazetteer_}; }
  // The pooled cue guess of each name of a document, by its title case.
  using PooledGuesses = std::map<std::string, CueGuess, std::less<>>;
  static bool is_listed_place(const Chunk& chunk);
  void retype_listed_place(std::string_view text, const PooledGuesses& guesses, Chunk* chunk) const;
  PooledGuesses pooled_guesses(const TypeCues& cues, std::string_view text,
                               const std::vector<Chunk>& chunks, bool (*pick)(const Chunk&)) const;
  void split_place_before_short_form(std::string_view text, std::vector<Chunk>* chunks) const;
  void retype_by_document(std::string_view text, std::vector<Chunk>* chunks) const;
  std::vector<Mention> resolve_unknowns(std::string_view text, std::vector<Chunk> chunks) const;

  SentenceSplitter splitter_;
  PatternRules patterns_;
  Gazetteer gazetteer_;
  WordSet titles_, first_names_, org_suffixes_, org_heads_, event_words_, common_words_,
      person_cues_, place_cues_, place_nouns_, pronouns_, legal_forms_, name_particles_,
      states_, org_nouns_, apposition_ends_, broadcaster_words_;
  WordSet nations_;  // countries and the nations that field their own sides ("England")
  TableWords table_words_;
  std::map<std::string, EntityType, std::less<>> first_words_, last_words_;
  // Context cues: what a name no list knows is, and whether a listed place is used as a team's
  // or a person's name.
  TypeCues unknown_name_cues_, listed_place_cues_;
  WordSet cue_context_words_;
};

}  // namespace kg
