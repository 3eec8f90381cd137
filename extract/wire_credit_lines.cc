// Wire credit lines, the regular lines that news-agency and monitoring copy opens with:
//   "LD2304174694 Moscow INTERFAX in English 1322 GMT 23 Apr 94"   (file number, city, source,
//                                                                  "in", language, date)
//   "Paris Radio Monte Carlo in Arabic 0700 GMT 7 Apr 94"
//   "(Text) Moscow, 3 Apr (ITAR-TASS) —", "Saint-Gall, Switzerland, 2 Apr (AFP) —"
//   "(ANSA) Brussels, May 25 —"
// The shape says which capitalized words are the city and which the source, whatever the names;
// the words that make it ("in") are the `credit` words of rules/lexicon/table_words.tsv. The dates
// are DATE mentions already (rules/entities/date.rules, date.wire_day).
#include "extract/wire_credit_lines.h"

#include <algorithm>

#include "extract/line_view.h"
#include "extract/name_chunk.h"

namespace kg {
namespace {

using names::is_upper_letter_at;

class CreditReader : LineView {
 public:
  CreditReader(std::string_view text, const std::vector<Token>& tokens,
               const std::vector<bool>& claimed, const std::vector<bool>& dated,
               const TableWords& words, const KnownPlace& known_place, size_t begin, size_t end,
               LineShapes* shapes)
      : LineView(text, tokens, claimed, dated, words, begin, end, shapes),
        known_place_(known_place) {}

  bool read() { return credit_line() || wire_dateline(); }

 private:
  bool capital(size_t i) const {
    return i >= begin_ && i < end_ && tokens_[i].kind == TokenKind::kWord && !claimed_[i] &&
           is_upper_letter_at(at(i), 0) && !file_number(i);
  }
  bool dash(size_t i) const {
    std::string_view s = at(i);
    return s == "\xE2\x80\x94" || s == "--" || s == "-" || s == "\xE2\x80\x93";
  }
  // "LD2304174694", "94WS0145A": capitals and digits, at least four digits and one letter.
  bool file_number(size_t i) const {
    std::string_view s = at(i);
    if (s.size() < 7) return false;
    size_t digits = 0, letters = 0;
    for (char c : s) {
      if (c >= '0' && c <= '9') {
        ++digits;
      } else if (c >= 'A' && c <= 'Z') {
        ++letters;
      } else {
        return false;
      }
    }
    return digits >= 4 && letters >= 1;
  }
  // The end of the capitalized run from i, over name joiners ("Rio de Janeiro").
  size_t run_end(size_t i) const {
    size_t j = i;
    while (capital(j) || (j > i && j + 1 < end_ && words_.joiner.contains(at(j)) &&
                          capital(j + 1))) {
      ++j;
    }
    return j;
  }
  // A GMT time after token k: "in Arabic 0700 GMT 7 Apr 94".
  bool gmt_after(size_t k) const {
    for (size_t i = k + 1; i < end_; ++i) {
      if (at(i) == "GMT") return true;
    }
    return false;
  }
  // Whether the run [start, end) opens with a known place: "Lisbon Radio Atlantica Network".
  bool known_place_opens(size_t start, size_t end) const {
    if (!known_place_) return false;
    for (size_t j = end - 1; j > start; --j) {
      if (known_place_(names::tokens_text(text_, tokens_, start, j))) return true;
    }
    return false;
  }

  // "[headline] FILE-NUMBER City Source in Language <date or number>": the run before the credit
  // word is the city and the source. Without a file number the run must open the line, and a
  // language, a GMT time or a known city must show it is a credit: "Apple Inc in Q3 2021
  // reported ..." is prose.
  bool credit_line() {
    for (size_t k = begin_ + 1; k + 2 < end_; ++k) {
      if (!words_.credit.contains(at(k)) || !capital(k + 1)) continue;
      const bool dated_after = dated_[k + 2] || tokens_[k + 2].kind == TokenKind::kNumber ||
                               at(k + 2) == "No" || at(k + 2) == "No.";
      if (!dated_after) continue;
      size_t start = k;
      while (start > begin_ && (capital(start - 1) ||
                                (start - 1 > begin_ && words_.joiner.contains(at(start - 1)) &&
                                 capital(start - 2)))) {
        --start;
      }
      if (k - start < 2) continue;
      const bool numbered = start > begin_ && file_number(start - 1);
      if (!numbered && start != begin_) continue;
      if (!numbered && !words_.language.contains(at(k + 1)) && !gmt_after(k) &&
          !known_place_opens(start, k)) {
        continue;
      }
      if (numbered) set(start - 1, start, NameRole::kLabel);  // the file number is no name
      set(start, k, NameRole::kWireCredit);
      set(k + 1, k + 2, NameRole::kLabel);  // the language
      return true;
    }
    return false;
  }

  // "(Text) City[, Country][,] DATE (SOURCE) —" and "(SOURCE) City, DATE —".
  bool wire_dateline() {
    size_t i = begin_;
    size_t source_first = 0, source_end = 0;
    if (at(i) == "(") {
      size_t j = run_end(i + 1);
      if (j == i + 1 || at(j) != ")") return false;
      // "(ANSA)": a shouted word of its own is the source; "(Text)", "(Excerpts)" are labels.
      if (j == i + 2 && !names::has_lower_letter(at(i + 1)) && at(i + 1).size() >= 2) {
        source_first = i + 1;
        source_end = j;
      }
      i = j + 1;
    }
    const size_t place = i, place_end = run_end(i);
    if (place_end == place) return false;
    i = place_end;
    size_t country = 0, country_end = 0;
    if (at(i) == "," && capital(i + 1)) {
      country = i + 1;
      country_end = run_end(country);
      i = country_end;
    }
    if (at(i) == ",") ++i;
    if (i >= end_ || !dated_[i]) return false;
    while (i < end_ && dated_[i]) ++i;
    if (source_end == 0) {
      if (at(i) != "(") return false;
      size_t j = run_end(i + 1);
      if (j == i + 1 || at(j) != ")") return false;
      source_first = i + 1;
      source_end = j;
      i = j + 1;
    }
    if (!dash(i) && i < end_) return false;
    set(place, place_end, NameRole::kDatelinePlace);
    if (country_end > 0) set(country, country_end, NameRole::kDatelinePlace);
    set(source_first, source_end, NameRole::kWireSource);
    return true;
  }

  const KnownPlace& known_place_;
};

}  // namespace

bool read_wire_credit(std::string_view text, const std::vector<Token>& tokens,
                      const std::vector<bool>& claimed, const std::vector<bool>& dated,
                      const TableWords& words, const KnownPlace& known_place, size_t begin,
                      size_t end, LineShapes* shapes) {
  return CreditReader(text, tokens, claimed, dated, words, known_place, begin, end, shapes).read();
}

}  // namespace kg
