#include "extract/rule_filter.h"

#include <algorithm>
#include <optional>
#include <string>

#include <re2/filtered_re2.h>

#include "extract/entity_type.h"

namespace kg {
namespace {

// The placeholders of an abstracted sentence: how many, and the types among them as a mask. Any
// "[[NAME:digits]]" counts, even one from the raw text, because the patterns would match it too.
struct PlaceholderSummary {
  int count = 0;
  uint32_t types = 0;
};

PlaceholderSummary summarize_placeholders(std::string_view s) {
  PlaceholderSummary summary;
  for (size_t p = s.find("[["); p != std::string_view::npos; p = s.find("[[", p + 1)) {
    size_t name_end = p + 2;
    while (name_end < s.size() && s[name_end] >= 'A' && s[name_end] <= 'Z') ++name_end;
    if (name_end == p + 2 || name_end >= s.size() || s[name_end] != ':') continue;
    size_t digits_end = name_end + 1;
    while (digits_end < s.size() && s[digits_end] >= '0' && s[digits_end] <= '9') ++digits_end;
    if (digits_end == name_end + 1 || s.compare(digits_end, 2, "]]") != 0) continue;
    std::optional<EntityType> type = parse_type(s.substr(p + 2, name_end - p - 2));
    summary.types |= type ? 1u << static_cast<int>(*type) : kOtherPlaceholder;
    ++summary.count;
  }
  return summary;
}

// FilteredRE2 atoms are lower-case, so the text is lower-cased too. Under (?i) RE2 also folds
// U+017F (long s) to 's' and U+212A (Kelvin sign) to 'k'; a text with either one keeps every rule.
bool lower_for_atoms(std::string_view text, std::string* out) {
  out->assign(text.data(), text.size());
  for (size_t i = 0; i < out->size(); ++i) {
    char& c = (*out)[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xC5' && out->compare(i, 2, "\xC5\xBF") == 0) {
      return false;
    } else if (c == '\xE2' && out->compare(i, 3, "\xE2\x84\xAA") == 0) {
      return false;
    }
  }
  return true;
}

// Whether every non-ASCII character of an atom is caseless punctuation or a currency sign
// (U+2000..U+20CF: "’", "“", "—", "€"). Such an atom matches the ASCII-lower-cased text as written;
// one with a non-ASCII letter ("é") may be folded in ways the text is not, so it counts as always
// present. The curly apostrophe of "’s endorsement of" must not keep a rule on every sentence.
bool searchable(std::string_view atom) {
  for (size_t i = 0; i < atom.size(); ++i) {
    const auto byte = static_cast<unsigned char>(atom[i]);
    if (byte < 0x80) continue;
    // U+2000..U+20CF is E2 80..82 xx in UTF-8.
    if (byte != 0xE2 || i + 2 >= atom.size()) return false;
    const auto second = static_cast<unsigned char>(atom[i + 1]);
    if (second < 0x80 || second > 0x82) return false;
    i += 2;
  }
  return true;
}

RE2::Options filter_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);  // the atom set is a plain list of literals; its DFA stays small
  return options;
}

}  // namespace

RelationRuleFilter::RelationRuleFilter() = default;
RelationRuleFilter::RelationRuleFilter(RelationRuleFilter&&) noexcept = default;
RelationRuleFilter& RelationRuleFilter::operator=(RelationRuleFilter&&) noexcept = default;
RelationRuleFilter::~RelationRuleFilter() = default;

Result<RelationRuleFilter> RelationRuleFilter::build(const std::vector<RelationRule>& rules) {
  RelationRuleFilter filter;
  filter.filter_ = std::make_unique<re2::FilteredRE2>();
  for (const RelationRule& rule : rules) {
    int id = -1;
    if (filter.filter_->Add(rule.expanded, rule.re->options(), &id) != RE2::NoError) {
      return Status::BadRule(rule.origin + ": " + rule.re->error());
    }
    filter.subject_types_.push_back(rule.subject_types);
    filter.object_types_.push_back(rule.object_types);
  }
  if (rules.empty()) return filter;
  std::vector<std::string> atoms;
  filter.filter_->Compile(&atoms);
  auto set = std::make_unique<RE2::Set>(filter_options(), RE2::UNANCHORED);
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (!searchable(atoms[i])) {
      filter.always_atoms_.push_back(static_cast<int>(i));
      continue;
    }
    if (set->Add(RE2::QuoteMeta(atoms[i]), nullptr) < 0) {
      return Status::BadRule("relation rule atom '" + atoms[i] + "' does not compile");
    }
    filter.atom_ids_.push_back(static_cast<int>(i));
  }
  if (!filter.atom_ids_.empty()) {
    if (!set->Compile()) return Status::BadRule("relation rule atoms: too many to compile");
    filter.atoms_ = std::move(set);
  }
  return filter;
}

void RelationRuleFilter::candidates(std::string_view abstracted, std::vector<int>* out) const {
  out->clear();
  const PlaceholderSummary placeholders = summarize_placeholders(abstracted);
  if (placeholders.count < 2) return;  // every rule has a subject and an object

  std::vector<int> potentials;
  std::string lower;
  std::vector<int> found;
  bool filtered = lower_for_atoms(abstracted, &lower);
  if (filtered && atoms_ != nullptr) {
    RE2::Set::ErrorInfo error;
    if (!atoms_->Match(lower, &found, &error) && error.kind != RE2::Set::kNoError) {
      filtered = false;  // the DFA gave up: keep every rule rather than guess
    }
  }
  if (filtered) {
    std::vector<int> atoms = always_atoms_;
    for (int f : found) atoms.push_back(atom_ids_[static_cast<size_t>(f)]);
    filter_->AllPotentials(atoms, &potentials);
    std::sort(potentials.begin(), potentials.end());
  } else {
    potentials.resize(subject_types_.size());
    for (size_t i = 0; i < potentials.size(); ++i) potentials[i] = static_cast<int>(i);
  }
  for (int r : potentials) {
    const size_t i = static_cast<size_t>(r);
    if ((subject_types_[i] & placeholders.types) != 0 &&
        (object_types_[i] & placeholders.types) != 0) {
      out->push_back(r);
    }
  }
}

}  // namespace kg
