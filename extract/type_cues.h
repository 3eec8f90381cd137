// TypeCues: a naive-Bayes guess of what a capitalized name is (a person, an organization, a place
// or none of them) from the words around it and its shape. The evidence is counts per class in
// rules/lexicon/type_cues.tsv (FEATURE<TAB>PERSON<TAB>ORG<TAB>PLACE<TAB>NONE), mined from labelled
// news by scripts/mine_type_cues.py; smoothed log-likelihoods are computed here, when it is loaded.
// The features are defined exactly as in the miner (docs/text.md, "Typing a name by its context").
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "extract/lexicon.h"
#include "extract/span.h"

namespace kg {

enum class CueClass : uint8_t { kPerson, kOrg, kPlace, kNone };
inline constexpr int kCueClasses = 4;

struct CueGuess {
  // Log prior plus the log-likelihood of every known feature, per class (not normalized).
  std::array<double, kCueClasses> score{};

  double of(CueClass c) const { return score[static_cast<size_t>(c)]; }
  CueClass best() const;
  // How much more likely `c` is than the likeliest other class, as a log ratio (< 0: not best).
  double margin(CueClass c) const;
};

// The word lists that some features look up.
struct CueWordLists {
  const WordSet& first_names;    // first_name: the name starts with one
  const WordSet& common_words;   // common_first: the name starts with one ("It Matters")
  const WordSet& context_words;  // capitalized context tokens kept as words ("Mr.", "The")
  const Gazetteer& gazetteer;    // capitalized context tokens written as their type ("<gpe>")
};

class TypeCues {
 public:
  static Result<TypeCues> load(const std::string& path);
  // The capitalized words a context feature may spell out; any other capitalized context token
  // is written as its shape. The words of kContextWordFiles in the lexicon directory `lexicon`.
  static Result<WordSet> load_context_words(const std::string& lexicon);
  // The same files scripts/mine_type_cues.py reads (CONTEXT_WORD_FILES).
  static constexpr const char* kContextWordFiles[] = {"titles.txt", "common_words.txt",
                                                      "person_cues.txt", "cue_context_words.txt"};

  // The guess before any feature is seen: how common each class is.
  CueGuess prior() const;
  // The guess for the name text[span] in its text.
  CueGuess guess(std::string_view text, Span span, const CueWordLists& lists) const;
  // The name's features, spelled as in type_cues.tsv (for tests and for debugging a guess). A
  // word of the name is spelled out ("first=bank") only when this table has that feature; else
  // it is written as its class ("first=<gpe>", "last=<Xx>").
  std::vector<std::string> features(std::string_view text, Span span,
                                    const CueWordLists& lists) const;
  // Whether the table has the feature (mined, or a line of the user's own).
  bool has(std::string_view feature) const;

 private:
  using Row = std::array<float, kCueClasses>;
  std::unordered_map<uint64_t, Row> log_likelihood_;  // by the feature's 64-bit FNV-1a hash
  Row log_prior_{};
};

}  // namespace kg
