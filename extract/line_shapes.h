// Line shapes of sports pages and tables: standings rows ("NEW YORK 74 59 .556"), score lines
// ("Lotte 6 Hyundai 2"), ranked results ("4. Ann Berg (Norway) 13.52"), scorecards ("S. Cole c
// Hart b Vance 22"), fixtures ("May 17 v Kent") and datelines ("OSLO 1996-08-30"). A line's shape
// says which role each of its capitalized names plays, whatever the names are; the words that
// make the shapes ("v", "c", "lbw", "Postponed") come from rules/lexicon/table_words.tsv.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/lexicon.h"
#include "extract/tokenizer.h"

namespace kg {

// What a line's shape says of the capitalized name that starts at a token.
enum class NameRole {
  kNone,
  kCompetitor,  // a scored or fixture side: a team, a person written like one, a national side
  kPlayer,      // a scorecard batsman, fielder or bowler, a ranked athlete: a person
  kAthlete,     // "Ann Berg (Norway) beat ...": a person when named in full
  kTeam,        // after a ranked athlete's "(country)": the athlete's team, even a place name
  kPlace,       // in parentheses after a name, "(Norway)": a place when known
  kDatelinePlace,  // before a date that ends the line: where the story was filed
  kLabel,       // a section label or column header ("Division two", "W D L"): no name
  // Wire credit lines (wire_credit_lines.cc):
  kWireCredit,  // "Moscow INTERFAX" before "in English 1322 GMT 23 Apr 94": a city, then a source
  kWireSource,  // "(ITAR-TASS)" of "Moscow, 3 Apr (ITAR-TASS) —": the news agency
};

// The words that make line shapes, each with its role: `versus` (v), `venue` (at), `dismissal` (c,
// lbw, run out), `row` (other lower-case words a table row may hold: beat, seconds), `joiner`
// (lower-case words inside a name: of, 's), `column` (header abbreviations: W, PCT), `label`
// (section labels: Postponed, Fall of wickets), `players` (labels before a list of people:
// Scorers, Bowling), `credit` (the word between a wire credit's source and its language: in) and
// `language` (the languages wire copy is broadcast in: English, Arabic). Versus and venue words
// count in any case ("V", "AT").
class TableWords {
 public:
  static Result<TableWords> load(const std::string& path);

  WordSet versus, venue, dismissal, row, joiner, column, label, players, credit, language;
};

struct LineShapes {
  std::vector<NameRole> role;  // per token; set on the first token of a name
  std::vector<size_t> name_end;  // per token with a role: the token after its name
  std::vector<bool> table_row;  // per token: its line is a table row, not a heading
};

// Whether a name is a place the gazetteers know (a city or a region).
using KnownPlace = std::function<bool(std::string_view)>;

// The roles of the names in a sentence's tokens, line by line. `claimed[i]` marks tokens that a
// pattern (a date, an amount) has taken: they are not scores; `dated[i]` those a DATE took.
// `known_place` (may be empty) helps tell a wire credit line from prose.
LineShapes read_line_shapes(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<bool>& claimed, const std::vector<bool>& dated,
                            const TableWords& words, const KnownPlace& known_place = {});

}  // namespace kg
