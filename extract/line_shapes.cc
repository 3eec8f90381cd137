#include "extract/line_shapes.h"

#include <algorithm>

#include "extract/line_view.h"
#include "extract/name_chunk.h"
#include "extract/wire_credit_lines.h"

namespace kg {
namespace {

std::string lower_case(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

using names::has_lower_letter;
using names::is_upper_letter_at;
using names::line_break_after;
using names::title_case;
using names::tokens_text;

// One line of a sentence and the capitalized runs in it, as token ranges.
struct Run {
  size_t begin, end;
};

class LineReader : LineView {
 public:
  using LineView::LineView;

  void read() {
    find_runs();
    if (runs_.empty()) return;
    if (header_line()) {
      for (const Run& run : runs_) set(run, NameRole::kLabel);
      return;
    }
    count_words();
    const bool row = table_row();
    if (row)
      std::fill(shapes_->table_row.begin() + begin_, shapes_->table_row.begin() + end_, true);
    bool players = false;
    size_t first_run = 0;
    if (size_t label = label_words(begin_); label > 0 && runs_[0].begin == begin_) {
      set(runs_[0], NameRole::kLabel);
      players = words_.players.contains(tokens_text(text_, tokens_, begin_, begin_ + label));
      first_run = 1;
    }
    const bool ranked = ranked_line();
    NameRole before = NameRole::kNone;  // the role of the run before
    for (size_t r = first_run; r < runs_.size(); ++r) {
      const Run& run = runs_[r];
      NameRole role = NameRole::kNone;
      if (in_parentheses(run)) {
        // "Ann Berg (Norway)", "Kent (England) 259": a competitor's country.
        if (before == NameRole::kPlayer || before == NameRole::kAthlete ||
            before == NameRole::kCompetitor) {
          role = NameRole::kPlace;
        }
      } else if (ranked && r == 0) {
        role = NameRole::kPlayer;
      } else if (ranked && at(run.end) == "(") {
        role = NameRole::kAthlete;  // a relay team: "1. Ann Berg (Norway), Eva Lind (Sweden)"
      } else if (ranked && after_parenthesis(run) && run.end < end_) {
        role = NameRole::kTeam;
      } else if (!prose_ && (versus_before(run.begin) || versus_after(run.end))) {
        role = NameRole::kCompetitor;
      } else if (venue_line()) {
        // "KENT AT SURREY": the visiting side, then the ground's place.
        role = r == 0 ? NameRole::kCompetitor : NameRole::kPlace;
      } else if (players) {
        role = NameRole::kPlayer;
      } else if (dateline(run)) {
        role = NameRole::kDatelinePlace;
      } else if (row) {
        role = row_role(run);
      }
      set(run, role);
      before = role;
    }
  }

 private:
  bool capital(size_t i) const {
    return is_word(i) && !claimed_[i] && is_upper_letter_at(at(i), 0);
  }
  // A score, a time or a count: a number no pattern took, without letters ("30-share").
  bool score(size_t i) const {
    if (i < begin_ || i >= end_ || tokens_[i].kind != TokenKind::kNumber || claimed_[i]) {
      return false;
    }
    std::string_view number = at(i);
    return std::none_of(number.begin(), number.end(),
                        [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
  }
  using LineView::set;
  void set(const Run& run, NameRole role) { set(run.begin, run.end, role); }

  // A word that makes the line's shape in any case: "v", "V", "at", "AT".
  bool shape_word(size_t i) const {
    if (!is_word(i)) return false;
    std::string lower = lower_case(at(i));
    return words_.versus.contains(lower) || words_.venue.contains(lower);
  }

  // Runs of capitalized words, also across joiners ("Queen of the South", "Queen's Park"), split
  // at shape words ("KANSAS CITY AT DETROIT").
  void find_runs() {
    for (size_t i = begin_; i < end_;) {
      if (!capital(i) || shape_word(i)) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      for (;;) {
        if (capital(j) && !shape_word(j)) {
          ++j;
          continue;
        }
        size_t joiner = phrase_at(words_.joiner, j);
        if (joiner > 0 && capital(j + joiner) && !shape_word(j + joiner)) {
          j += joiner + 1;
          continue;
        }
        break;
      }
      runs_.push_back({i, j});
      i = j;
    }
  }

  // The words of a phrase of `set` that starts at token i, 0 if none does; a shouted phrase
  // ("TOTAL") is looked up in title case too.
  size_t phrase_at(const WordSet& set, size_t i) const {
    for (size_t n = std::min<size_t>(set.max_words(), end_ > i ? end_ - i : 0); n >= 1; --n) {
      std::string_view phrase = tokens_text(text_, tokens_, i, i + n);
      if (set.contains(phrase) || (!has_lower_letter(phrase) && set.contains(title_case(phrase)))) {
        return n;
      }
    }
    return 0;
  }
  // Whether a phrase of `set` ends right before token i.
  bool phrase_before(const WordSet& set, size_t i) const {
    for (size_t n = std::min<size_t>(set.max_words(), i - begin_); n >= 1; --n) {
      if (set.contains(tokens_text(text_, tokens_, i - n, i))) return true;
    }
    return false;
  }

  // "W D L PCT GB": every word is a column abbreviation.
  bool header_line() const {
    size_t words = 0;
    for (size_t i = begin_; i < end_; ++i) {
      if (tokens_[i].kind == TokenKind::kNumber) return false;
      if (!is_word(i)) continue;
      if (!words_.column.contains(at(i))) return false;
      ++words;
    }
    return words >= 2;
  }

  // Counts the line's scores, words and shouted words, and notes whether it holds a prose word (a
  // lower-case word that is no table word); only whether, so the word lists are asked until one.
  void count_words() {
    int depth = 0;  // "(1st game)", "(ridden by ...)": asides in a row are not its prose
    for (size_t i = begin_; i < end_; ++i) {
      if (score(i)) ++numbers_;
      if (at(i) == "(") ++depth;
      if (at(i) == ")" && depth > 0) --depth;
      if (!is_word(i)) continue;
      ++words_count_;
      std::string_view word = at(i);
      if (!has_lower_letter(word)) ++shouted_;
      if (!prose_ && depth == 0 && has_lower_letter(word.substr(0, 1)) &&
          !words_.row.contains(word) && !words_.dismissal.contains(word) &&
          !words_.versus.contains(word) && !phrase_before(words_.dismissal, i + 1) &&
          phrase_at(words_.dismissal, i) == 0 && !words_.venue.contains(word) &&
          !words_.joiner.contains(word)) {
        prose_ = true;
      }
    }
  }

  // A table row holds scores and either no prose word, or so many scores that it reads as a
  // results paragraph ("Kent 259 and 207 (A. Dale 69, H. Morris 69)").
  bool table_row() const {
    if (numbers_ == 0) return false;
    const bool dense = numbers_ * 4 >= numbers_ + words_count_;
    // A shouted headline may hold a score ("KENT BEAT ESSEX BY 5-0"); a shouted row is mostly
    // numbers ("NEW YORK 74 59 .556").
    if (shouted_ * 5 >= words_count_ * 4) return numbers_ >= 2 && dense;
    return !prose_ || (dense && numbers_ >= 3);
  }

  // "Postponed:", "Fall of wickets: 1-21", "Extras (lb-3) 5", "Division two", "Group B": a label
  // before a colon, a parenthesis, a number, one letter or the line's end, or a short line's
  // lower-case word; but not "Total SA" nor "Division of Motor Vehicles".
  size_t label_words(size_t i) const {
    size_t n = phrase_at(words_.label, i);
    if (n == 0) return 0;
    size_t k = i + n;
    std::string_view next = at(k);
    bool label = k >= end_ || next == ":" || next == "(" || next == "-" || score(k) ||
                 (capital(k) && (next.size() == 1 || names::is_roman_numeral(next))) ||
                 (is_word(k) && !capital(k) && end_ - begin_ <= 4);
    return label ? n : 0;
  }

  // "4. Ann Berg (Norway) 13.52": a rank, a period, a name. The sentence splitter may have cut
  // the line after the rank's period, so the rank is read from the text before the sentence.
  bool ranked_line() const {
    if (runs_.empty()) return false;
    // "1. Buy a new car." is a numbered list of prose.
    const size_t after = runs_[0].end;
    if (prose_ && at(after) != "(" && !score(after)) return false;
    if (tokens_[begin_].kind == TokenKind::kNumber && at(begin_ + 1) == "." &&
        runs_[0].begin == begin_ + 2) {
      return true;
    }
    if (runs_[0].begin != begin_) return false;
    size_t line_start = text_.rfind('\n', tokens_[begin_].span.begin);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::string_view before = text_.substr(line_start, tokens_[begin_].span.begin - line_start);
    size_t digits = before.find_first_not_of("0123456789");
    return digits > 0 && digits != std::string_view::npos && before[digits] == '.' &&
           before.find_first_not_of(' ', digits + 1) == std::string_view::npos;
  }

  bool in_parentheses(const Run& run) const {
    return run.begin > begin_ && at(run.begin - 1) == "(" && at(run.end) == ")";
  }
  // "(Norway) Rabobank", "(Italy), Reynard Honda".
  bool after_parenthesis(const Run& run) const {
    size_t k = run.begin;
    if (k > begin_ && at(k - 1) == ",") --k;
    return k > begin_ && at(k - 1) == ")";
  }

  bool versus_before(size_t i) const {
    return i > begin_ && (phrase_before(words_.versus, i) ||
                          (shape_word(i - 1) && words_.versus.contains(lower_case(at(i - 1)))));
  }
  bool versus_after(size_t i) const {
    return phrase_at(words_.versus, i) > 0 ||
           (shape_word(i) && words_.versus.contains(lower_case(at(i))));
  }

  // A schedule line: a name, a venue word, a name, and nothing else.
  bool venue_line() const {
    if (runs_.size() != 2 || runs_[0].begin != begin_ || runs_[1].begin != runs_[0].end + 1) {
      return false;
    }
    size_t last = end_;
    while (last > runs_[1].end && tokens_[last - 1].kind == TokenKind::kPunct) --last;
    return last == runs_[1].end && words_.venue.contains(lower_case(at(runs_[0].end)));
  }

  // "OSLO 1996-08-30", "BERGEN, Norway 1996-08-30": a name opens a line that ends in a date.
  bool dateline(const Run& run) const {
    if (run.begin != begin_) return false;
    size_t k = run.end;
    if (at(k) == "," && capital(k + 1)) {
      for (++k; capital(k); ++k) {
      }
    }
    if (k >= end_ || !dated_[k]) return false;
    for (; k < end_; ++k) {
      if (!dated_[k]) return false;
    }
    return true;
  }

  NameRole row_role(const Run& run) const {
    // Scorecards: "S. Cole c Hart b Vance 22", "A. Dale lbw b Ames 0", "R. Ponting not out 46".
    if (phrase_before(words_.dismissal, run.begin) || phrase_at(words_.dismissal, run.end) > 0) {
      return NameRole::kPlayer;
    }
    size_t k = run.end;
    // Bowling figures, overs-maidens-runs-wickets: "Vance 10-1-41-2".
    if (score(k) && std::count(at(k).begin(), at(k).end(), '-') == 3) return NameRole::kPlayer;
    bool parenthesis = at(k) == "(" && capital(k + 1);
    if (parenthesis) {
      while (k < end_ && at(k) != ")") ++k;
      ++k;
    }
    // "Ann Berg (Norway) 71 68" is a golfer, "Kent (England) 259" a side.
    if (score(k))
      return parenthesis && run.end - run.begin >= 2 ? NameRole::kAthlete : NameRole::kCompetitor;
    // "Ann Berg (Norway) beat Eva Lind (Sweden) 6-3 6-4".
    if (parenthesis) return NameRole::kAthlete;
    return NameRole::kNone;
  }

  std::vector<Run> runs_;
  size_t numbers_ = 0, words_count_ = 0, shouted_ = 0;
  bool prose_ = false;
};

}  // namespace

Result<TableWords> TableWords::load(const std::string& path) {
  Result<std::vector<RuleLine>> lines = read_rule_lines(path);
  if (!lines.ok()) return lines.status();
  TableWords words;
  const std::pair<const char*, WordSet*> roles[] = {
      {"versus", &words.versus},    {"dismissal", &words.dismissal}, {"row", &words.row},
      {"column", &words.column},    {"label", &words.label},         {"players", &words.players},
      {"venue", &words.venue},      {"joiner", &words.joiner},       {"credit", &words.credit},
      {"language", &words.language}};
  for (const RuleLine& line : *lines) {
    size_t tab = line.text.find('\t');
    std::string_view role =
        tab == std::string::npos ? "" : trim(std::string_view(line.text).substr(tab + 1));
    WordSet* set = nullptr;
    for (const auto& [name, words_of_role] : roles) {
      if (role == name) set = words_of_role;
    }
    if (set == nullptr) {
      std::string names;  // every role, so the message cannot fall behind the list
      for (const auto& [name, words_of_role] : roles) {
        names += (names.empty() ? "" : "|") + std::string(name);
      }
      return Status::BadRule(path + ":" + std::to_string(line.number) + ": want WORD<TAB>" + names);
    }
    set->insert(std::string(trim(std::string_view(line.text).substr(0, tab))));
  }
  return words;
}

LineShapes read_line_shapes(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<bool>& claimed, const std::vector<bool>& dated,
                            const TableWords& words, const KnownPlace& known_place) {
  LineShapes shapes;
  shapes.role.assign(tokens.size(), NameRole::kNone);
  shapes.table_row.assign(tokens.size(), false);
  shapes.name_end.assign(tokens.size(), 0);
  for (size_t begin = 0; begin < tokens.size();) {
    size_t end = begin + 1;
    while (end < tokens.size() && !line_break_after(text, tokens, end - 1)) ++end;
    if (!read_wire_credit(text, tokens, claimed, dated, words, known_place, begin, end, &shapes)) {
      LineReader(text, tokens, claimed, dated, words, begin, end, &shapes).read();
    }
    begin = end;
  }
  return shapes;
}

}  // namespace kg
