// RelationRuleFilter: picks, for one abstracted sentence, the few relation rules that can match
// it, so that the extractor runs only those.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "base/status.h"
#include "extract/relation_rules.h"

namespace re2 {
class FilteredRE2;
}  // namespace re2

namespace kg {

// Picks the rules that can match one abstracted sentence, so that only those few run: a rule needs
// two placeholders of its argument types and the literal strings (RE2 FilteredRE2 atoms, such as
// a verb form) that every match of it contains. A necessary condition only: a rule it keeps may
// still not match; a rule it drops never matches.
class RelationRuleFilter {
 public:
  // REQUIRES: `rules` are compiled (parse_relation_rule).
  static Result<RelationRuleFilter> build(const std::vector<RelationRule>& rules);

  RelationRuleFilter(RelationRuleFilter&&) noexcept;
  RelationRuleFilter& operator=(RelationRuleFilter&&) noexcept;
  ~RelationRuleFilter();

  // Indices into the rules given to build(), ascending, into *out (cleared first).
  void candidates(std::string_view abstracted, std::vector<int>* out) const;

 private:
  RelationRuleFilter();

  std::unique_ptr<re2::FilteredRE2> filter_;
  std::unique_ptr<RE2::Set> atoms_;  // the searchable atoms, over lower-cased text; null if none
  std::vector<int> atom_ids_;        // atoms_ index -> FilteredRE2 atom index
  std::vector<int> always_atoms_;    // atoms with non-ASCII letters: taken as always present
  std::vector<uint32_t> subject_types_, object_types_;
};

}  // namespace kg
