// SentenceSplitter: cuts a document's text into sentence Spans. A hand-written scanner, because it
// runs on every byte of millions of articles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/span.h"

namespace kg {

class SentenceSplitter {
 public:
  // Loads rules/abbreviations.txt. "Jan." and "U.S." end in a period but rarely end a sentence;
  // the list lives in a file so that users can extend it without rebuilding. Format, one entry a
  // line, '#' starts a comment:
  //   TOKEN            an abbreviation that never ends a sentence: "Sen.", "Feb.", "vs."
  //   TOKEN may-end    one that ends a sentence when a starter word follows: "Inc.", "U.S."
  //   WORD  starter    a word that clearly opens a sentence: "The", "He", "But"
  // Error: "FILE:LINE: ..." for a malformed line, or "FILE: cannot read" for an unreadable file.
  static Result<SentenceSplitter> load(const std::string& abbreviations_path);

  // Abbreviations that never end a sentence; no starter words.
  explicit SentenceSplitter(std::vector<std::string> abbreviations);
  SentenceSplitter(std::vector<std::string> abbreviations, std::vector<std::string> may_end,
                   std::vector<std::string> starters);

  // Sentence spans in text order, trimmed of surrounding whitespace, never empty, covering every
  // non-space byte of `text` exactly once. REQUIRES: text.size() < 4 GiB (Span is 32-bit).
  std::vector<Span> split(std::string_view text) const;

  // True if `word` (e.g. "Sen.", "U.S.") is a listed abbreviation of either kind; case-sensitive.
  bool is_abbreviation(std::string_view word) const;

 private:
  // Whether the terminal punctuation text[run_begin, run_end) ends the sentence, given that the
  // next sentence would start at text[next], on a new line if new_line.
  bool ends_after_terminal(std::string_view text, size_t run_begin, size_t run_end, size_t next,
                           bool new_line) const;
  // Whether the line break at text[newline] ends the sentence that began at text[sentence]; the
  // line holding the break starts at line_start and the next line's text at next.
  bool line_ends_sentence(std::string_view text, size_t sentence, size_t line_start,
                          size_t newline, size_t next) const;
  bool starts_with_starter(std::string_view text, size_t next) const;

  std::vector<std::string> never_end_;  // each list sorted and unique
  std::vector<std::string> may_end_;
  std::vector<std::string> starters_;
};

}  // namespace kg
