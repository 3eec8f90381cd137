// PatternRules: RE2 patterns from rules/entities/*.rules that find MONEY, PERCENT, DATE (and any
// other typed) mentions by their shape, with overlaps between rules resolved.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/entity_type.h"
#include "extract/span.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace kg {

struct PatternMatch {
  Span span;  // byte offsets into the whole text
  EntityType type = EntityType::kMoney;
  std::string rule_id;  // "money.symbol_scale"
};

class PatternRules {
 public:
  // Loads every *.rules file in `dir`, sorted by name. A line is `ID TYPE PATTERN` (ID and TYPE
  // separated by runs of spaces, PATTERN the rest of the line, RE2 syntax); the mention is
  // capture group 1 when the pattern has groups, else the whole match. A line
  // `define NAME PATTERN` names a sub-pattern that later lines of the same file use as {NAME}
  // (NAME in [A-Z0-9_]); it is pasted in as a non-capturing group.
  // Errors name FILE:LINE and what is wrong (RE2's own message for a bad pattern).
  static Result<PatternRules> load(const std::string& dir);

  PatternRules(PatternRules&&) noexcept;
  PatternRules& operator=(PatternRules&&) noexcept;
  ~PatternRules();

  // All mentions inside text[range] (offsets into the whole text; text before the range is
  // context for \b and leading context, and "$" matches at the range's end), in text order and
  // without overlaps: among overlapping candidates the leftmost wins, then the longest, then the
  // rule loaded first.
  std::vector<PatternMatch> find(std::string_view text, Span range) const;

  size_t size() const;

 private:
  struct Rule;
  struct Compiled;
  explicit PatternRules(std::unique_ptr<Compiled> compiled);
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace kg
