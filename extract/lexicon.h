// Word lists and gazetteers from rules/: the data the entity finder and canonicalizer consult.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/string_map.h"
#include "extract/entity_type.h"

namespace kg {

// `s` without leading and trailing spaces, tabs, CR and LF.
std::string_view trim(std::string_view s);

// The words of `s` between single spaces ("Acme  Corp" has two); views into `s`.
std::vector<std::string_view> split_words(std::string_view s);

// The meaningful lines of a rule file: trimmed, without blank lines and '#' comments, each with
// its 1-based line number for error messages.
struct RuleLine {
  int number = 0;
  std::string text;
};
Result<std::vector<RuleLine>> read_rule_lines(const std::string& path);

// The *.<extension> files of a directory, sorted by name; empty if the directory is missing.
std::vector<std::string> list_rule_files(const std::string& dir, std::string_view extension);

// A set of words or phrases ("Vice President"), matched exactly as written.
class WordSet {
 public:
  static Result<WordSet> load(const std::string& path);
  void insert(std::string phrase);
  bool contains(std::string_view phrase) const { return words_.contains(phrase); }
  size_t size() const { return words_.size(); }
  int max_words() const { return max_words_; }  // words in the longest phrase

 private:
  StringMap<char> words_;  // a set: the value is unused
  int max_words_ = 1;
};

struct GazetteerEntry {
  EntityType type = EntityType::kGpe;
  std::string canonical;  // the node's name; never empty
};

// Known names from gazetteers/*.tsv: SURFACE<TAB>TYPE[<TAB>CANONICAL]. The first file (by name)
// that lists a surface wins, so a user's override file can sort first ("00_local.tsv").
class Gazetteer {
 public:
  static Result<Gazetteer> load(const std::string& dir);
  const GazetteerEntry* find(std::string_view surface) const;
  int max_words() const { return max_words_; }

 private:
  StringMap<GazetteerEntry> entries_;
  int max_words_ = 1;
};

}  // namespace kg
