#include "extract/sentence_splitter.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <fstream>
#include <utility>

#include "extract/tokenizer.h"

namespace kg {
namespace {

// A line without final punctuation of at most this many words is a sentence of its own (a
// headline, a section heading, a comment) when the next line does not start lower-case.
constexpr size_t kShortLineWords = 10;

bool contains(const std::vector<std::string>& sorted, std::string_view word) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), word,
                             [](const std::string& a, std::string_view b) { return a < b; });
  return it != sorted.end() && *it == word;
}

std::vector<std::string> sorted_unique(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Only these bytes can start a line break or a sentence-final mark; the scan skips the rest.
bool may_matter(unsigned char c) {
  return c == '\n' || c == '.' || c == '!' || c == '?' || c == 0xE2;
}

// Bytes of a sentence-final mark at i: '.', '!', '?' or '…'; 0 if there is none.
size_t terminal_len(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == '.' || c == '!' || c == '?') return 1;
  if (static_cast<unsigned char>(c) != 0xE2) return 0;
  return s.compare(i, 3, "\xE2\x80\xA6") == 0 ? 3 : 0;  // …
}

// Bytes of a closing quote or bracket at i, which stays with the sentence it closes.
size_t closer_len(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const text::Char ch = text::decode(s, i);
  return (ch.cp == 0x2019 || ch.cp == 0x201D || ch.cp == 0xBB || ch.cp == 0x203A) ? ch.len : 0;
}

bool is_opener(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
         cp == 0xAB || cp == 0x2039;
}

// Whether a sentence may start with the character at i: not a lower-case letter, not a comma.
// At the start of a line, list bullets and sign-off dashes ("-- Reuters", "— AP") may too.
bool can_start_sentence(std::string_view s, size_t i, bool line_start) {
  const text::Char ch = text::decode(s, i);
  if (line_start && (ch.cp == '-' || ch.cp == 0x2013 || ch.cp == 0x2014 || ch.cp == '>')) {
    return true;
  }
  if (text::is_lower(ch.cp)) return false;
  if (text::is_word_char(ch.cp) || is_opener(ch.cp)) return true;
  // Currency, hashtags, handles and bullets open sentences too.
  return ch.cp == '$' || ch.cp == 0x20AC || ch.cp == 0xA3 || ch.cp == 0xA5 || ch.cp == '#' ||
         ch.cp == '@' || ch.cp == '*' || ch.cp == 0x2022;
}

// A line that ends like this continues on the next line.
bool is_continuation(uint32_t cp) {
  return cp == ',' || cp == ';' || cp == ':' || cp == '-' || cp == '(' || cp == '[' ||
         cp == '{' || cp == '/' || cp == '&' || cp == '+' || cp == '=' || cp == 0x2013 ||
         cp == 0x2014 || cp == 0x201C || cp == 0x2018;
}

struct Gap {
  size_t end = 0;           // first non-space byte, or the text's size
  int newlines = 0;         // '\n' seen in between
  size_t line_start = 0;    // byte after the last '\n', when newlines > 0
};

Gap skip_space(std::string_view s, size_t i) {
  Gap gap;
  while (i < s.size()) {
    const size_t len = text::space_len(s, i);
    if (len == 0) break;
    if (s[i] == '\n') {
      ++gap.newlines;
      gap.line_start = i + 1;
    }
    i += len;
  }
  gap.end = i;
  return gap;
}

size_t first_non_space(std::string_view s, size_t i, size_t end) {
  while (i < end) {
    const size_t len = text::space_len(s, i);
    if (len == 0) break;
    i += len;
  }
  return i;
}

size_t trim_end(std::string_view s, size_t begin, size_t end) {
  while (end > begin) {
    const size_t len = text::space_len_before(s, end);
    if (len == 0) break;
    end -= len;
  }
  return end;
}

// "J.", "J.D.", "U.A.E.": single letters each followed by a period.
bool is_initials(std::string_view word) {
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || word[i + 1] != '.') return false;
  }
  return word.size() > 2 || (word[0] >= 'A' && word[0] <= 'Z');
}

// The word that ends with the period at text[period], without opening quotes or brackets.
std::string_view word_before(std::string_view s, size_t period) {
  size_t begin = period;
  while (begin > 0 && text::space_len_before(s, begin) == 0) --begin;
  while (begin < period) {
    const text::Char ch = text::decode(s, begin);
    if (!is_opener(ch.cp)) break;
    begin += ch.len;
  }
  return s.substr(begin, period + 1 - begin);
}

// Whether the sentence so far, s[begin, end), reads as one line of its own: short, or a headline in
// title case ("Harris Campaign Raises $1 Billion in Three Weeks After Biden Exits Race").
bool is_line_sentence(std::string_view s, size_t begin, size_t end) {
  size_t words = 0, capitalized = 0, lower = 0;
  size_t i = begin;
  while (i < end) {
    i = first_non_space(s, i, end);
    if (i >= end) break;
    size_t word_end = i;
    while (word_end < end && text::space_len(s, word_end) == 0) ++word_end;
    ++words;
    const text::Char first = text::decode(s, i);
    if (text::is_upper(first.cp)) {
      ++capitalized;
    } else if (text::is_lower(first.cp) && word_end - i > 3) {
      ++lower;  // "in", "of", "the" may stay lower-case in a headline
    }
    i = word_end;
  }
  return words <= kShortLineWords || (lower == 0 && capitalized >= 2);
}

}  // namespace

Result<SentenceSplitter> SentenceSplitter::load(const std::string& abbreviations_path) {
  std::ifstream in(abbreviations_path);
  if (!in) return Status::IoError(abbreviations_path + ": cannot read");
  std::vector<std::string> never_end, may_end, starters;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const size_t hash = line.find('#');
    if (hash != std::string::npos) line.erase(hash);
    std::vector<std::string> fields;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && text::is_ascii_space(static_cast<unsigned char>(line[i]))) ++i;
      size_t end = i;
      while (end < line.size() && !text::is_ascii_space(static_cast<unsigned char>(line[end]))) {
        ++end;
      }
      if (end > i) fields.push_back(line.substr(i, end - i));
      i = end;
    }
    if (fields.empty()) continue;
    const std::string where = abbreviations_path + ":" + std::to_string(number) + ": ";
    if (fields.size() > 2) return Status::BadRule(where + "expected TOKEN [may-end|starter]");
    const std::string& token = fields[0];
    const std::string kind = fields.size() == 2 ? fields[1] : "";
    if (kind == "starter") {
      if (token.back() == '.') return Status::BadRule(where + "a starter is a word: " + token);
      starters.push_back(token);
      continue;
    }
    if (!kind.empty() && kind != "may-end") {
      return Status::BadRule(where + "unknown kind '" + kind + "' (expected may-end or starter)");
    }
    if (token.size() < 2 || token.back() != '.') {
      return Status::BadRule(where + "an abbreviation ends in '.': " + token);
    }
    (kind.empty() ? never_end : may_end).push_back(token);
  }
  if (in.bad()) return Status::IoError(abbreviations_path + ": cannot read");
  return SentenceSplitter(std::move(never_end), std::move(may_end), std::move(starters));
}

SentenceSplitter::SentenceSplitter(std::vector<std::string> abbreviations)
    : SentenceSplitter(std::move(abbreviations), {}, {}) {}

SentenceSplitter::SentenceSplitter(std::vector<std::string> abbreviations,
                                   std::vector<std::string> may_end,
                                   std::vector<std::string> starters)
    : never_end_(sorted_unique(std::move(abbreviations))),
      may_end_(sorted_unique(std::move(may_end))),
      starters_(sorted_unique(std::move(starters))) {}

bool SentenceSplitter::is_abbreviation(std::string_view word) const {
  return contains(never_end_, word) || contains(may_end_, word);
}

bool SentenceSplitter::starts_with_starter(std::string_view s, size_t next) const {
  size_t begin = next;
  while (begin < s.size()) {
    const text::Char ch = text::decode(s, begin);
    if (!is_opener(ch.cp)) break;
    begin += ch.len;
  }
  size_t end = begin;
  while (end < s.size()) {
    const text::Char ch = text::decode(s, end);
    if (!text::is_letter(ch.cp)) break;
    end += ch.len;
  }
  // "A." is an initial ("S.p. A."), not the article.
  if (end == begin || (end < s.size() && s[end] == '.')) return false;
  return contains(starters_, s.substr(begin, end - begin));
}

bool SentenceSplitter::ends_after_terminal(std::string_view s, size_t run_begin, size_t run_end,
                                           size_t next, bool new_line) const {
  if (!can_start_sentence(s, next, new_line)) return false;
  if (run_end - run_begin != 1 || s[run_begin] != '.') return true;  // "!", "?", "...", "…"
  std::string_view word = word_before(s, run_begin);
  if (const size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos) {
    word.remove_prefix(hyphen + 1);  // "post-Oct. 13", "U.S.-U.S.S.R. trade"
  }
  if (contains(never_end_, word)) return false;  // "Sen. Warren", "Feb. 3"
  if (contains(may_end_, word) || is_initials(word)) return starts_with_starter(s, next);
  return true;
}

bool SentenceSplitter::line_ends_sentence(std::string_view s, size_t sentence, size_t line_start,
                                          size_t newline, size_t next) const {
  const size_t begin = first_non_space(s, sentence, newline);
  const size_t end = trim_end(s, begin, newline);
  if (begin >= end || begin < line_start) return false;  // wrapped: began on an earlier line
  if (!can_start_sentence(s, next, true)) return false;  // the next line goes on lower-case
  size_t last = end - 1;
  while (last > begin && (static_cast<unsigned char>(s[last]) & 0xC0) == 0x80) --last;
  if (is_continuation(text::decode(s, last).cp)) return false;
  return is_line_sentence(s, begin, end);
}

std::vector<Span> SentenceSplitter::split(std::string_view s) const {
  assert(s.size() <= UINT32_MAX);
  std::vector<Span> sentences;
  size_t segment = 0;     // where the current sentence's bytes start, spaces included
  size_t line_start = 0;  // first byte of the current line
  auto cut = [&](size_t at) {
    const size_t begin = first_non_space(s, segment, at);
    const size_t end = trim_end(s, begin, at);
    if (begin < end) sentences.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    segment = at;
  };
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (s[i] == '\n') {
      const Gap gap = skip_space(s, i);
      if (gap.end == n) break;
      if (gap.newlines >= 2 || line_ends_sentence(s, segment, line_start, i, gap.end)) cut(i);
      line_start = gap.line_start;
      i = gap.end;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (!may_matter(c)) {
      ++i;
      continue;
    }
    size_t len = terminal_len(s, i);
    if (len == 0) {
      ++i;
      continue;
    }
    size_t run_end = i + len;
    while (run_end < n && (len = terminal_len(s, run_end)) > 0) run_end += len;
    size_t after = run_end;
    while (after < n && (len = closer_len(s, after)) > 0) after += len;
    if (after == n) break;
    if (text::space_len(s, after) == 0) {  // "1.5", "U.S.-led", "Yahoo!'s"
      i = run_end;
      continue;
    }
    const Gap gap = skip_space(s, after);
    if (gap.end == n) break;
    bool ends = gap.newlines >= 2 || ends_after_terminal(s, i, run_end, gap.end, gap.newlines > 0);
    // "Acme Corp." or "the U.S." at the end of a short line that is a sentence of its own ends
    // it, whatever the next line starts with: line breaks decide there as they do elsewhere.
    if (!ends && gap.newlines == 1 && run_end - i == 1 && s[i] == '.' &&
        contains(may_end_, word_before(s, i))) {
      ends = line_ends_sentence(s, segment, line_start, after, gap.end);
    }
    if (ends) cut(after);
    if (gap.newlines > 0) line_start = gap.line_start;
    i = gap.end;
  }
  cut(n);
  return sentences;
}

}  // namespace kg
