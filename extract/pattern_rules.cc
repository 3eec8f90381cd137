#include "extract/pattern_rules.h"

#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>
#include <re2/set.h>

#include "extract/lexicon.h"

namespace kg {

struct PatternRules::Rule {
  std::string id;
  EntityType type = EntityType::kMoney;
  std::unique_ptr<re2::RE2> re;
};

// One RE2::Set over a run of consecutive rules. A Set's DFA state is the set of live threads of
// all its patterns, so with all ~50 rules in one Set nearly every sentence builds new states; a
// few smaller Sets stay in their caches and together run about 1.5x faster (bench/RESULTS.md).
namespace {

struct RuleSet {
  int first_rule = 0;  // index of the Set's pattern 0 in `rules`
  int rule_count = 0;
  std::unique_ptr<re2::RE2::Set> set;
};

}  // namespace

struct PatternRules::Compiled {
  static re2::RE2::Options options() {
    re2::RE2::Options o;
    o.set_log_errors(false);
    return o;
  }
  std::vector<Rule> rules;
  std::vector<RuleSet> sets;  // together they hold every rule once, in load order
};

namespace {

// Sets hold at most this many rules: 53 rules run fastest as 3 Sets (measured: 2 to 53 Sets).
constexpr int kMaxRulesPerSet = 18;

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Splits off the first run of non-space characters of *rest.
std::string_view next_field(std::string_view* rest) {
  size_t begin = 0;
  while (begin < rest->size() && is_space((*rest)[begin])) ++begin;
  size_t end = begin;
  while (end < rest->size() && !is_space((*rest)[end])) ++end;
  std::string_view field = rest->substr(begin, end - begin);
  while (end < rest->size() && is_space((*rest)[end])) ++end;
  rest->remove_prefix(end);
  return field;
}

bool is_macro_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// Replaces every {NAME} whose NAME is defined; other braces (RE2 repetitions) stay as written.
std::string expand(std::string_view pattern, const std::map<std::string, std::string>& macros) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        auto it = macros.find(std::string(pattern.substr(i + 1, close - i - 1)));
        if (it != macros.end()) {
          out += "(?:" + it->second + ")";
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace

PatternRules::PatternRules(std::unique_ptr<Compiled> compiled) : compiled_(std::move(compiled)) {}
PatternRules::PatternRules(PatternRules&&) noexcept = default;
PatternRules& PatternRules::operator=(PatternRules&&) noexcept = default;
PatternRules::~PatternRules() = default;

size_t PatternRules::size() const { return compiled_->rules.size(); }

Result<PatternRules> PatternRules::load(const std::string& dir) {
  auto compiled = std::make_unique<Compiled>();
  std::set<std::string> ids;
  for (const std::string& path : list_rule_files(dir, ".rules")) {
    Result<std::vector<RuleLine>> lines = read_rule_lines(path);
    if (!lines.ok()) return lines.status();
    std::map<std::string, std::string> macros;  // per file, so files stay independent
    for (const RuleLine& line : *lines) {
      const std::string where = path + ":" + std::to_string(line.number) + ": ";
      std::string_view rest = line.text;
      std::string_view id = next_field(&rest);
      std::string_view second = next_field(&rest);
      if (rest.empty()) return Status::BadRule(where + "missing pattern (want ID TYPE PATTERN)");
      std::string pattern = expand(rest, macros);
      if (id == "define") {
        if (!is_macro_name(second)) {
          return Status::BadRule(where + "bad define name '" + std::string(second) + "'");
        }
        re2::RE2 check(pattern, Compiled::options());
        if (!check.ok()) return Status::BadRule(where + "bad pattern: " + check.error());
        macros[std::string(second)] = pattern;
        continue;
      }
      std::optional<EntityType> type = parse_type(second);
      if (!type) return Status::BadRule(where + "unknown type '" + std::string(second) + "'");
      if (!ids.insert(std::string(id)).second) {
        return Status::BadRule(where + "duplicate rule id '" + std::string(id) + "'");
      }
      auto re = std::make_unique<re2::RE2>(pattern, Compiled::options());
      if (!re->ok()) return Status::BadRule(where + "bad pattern: " + re->error());
      compiled->rules.push_back({std::string(id), *type, std::move(re)});
    }
  }
  // Balanced runs of consecutive rules, each at most kMaxRulesPerSet long.
  const int total = static_cast<int>(compiled->rules.size());
  const int set_count = (total + kMaxRulesPerSet - 1) / kMaxRulesPerSet;
  for (int s = 0; s < set_count; ++s) {
    RuleSet rule_set;
    rule_set.first_rule = s * total / set_count;
    rule_set.rule_count = (s + 1) * total / set_count - rule_set.first_rule;
    rule_set.set = std::make_unique<re2::RE2::Set>(Compiled::options(), re2::RE2::UNANCHORED);
    for (int r = 0; r < rule_set.rule_count; ++r) {
      const re2::RE2& re = *compiled->rules[static_cast<size_t>(rule_set.first_rule + r)].re;
      std::string set_error;
      if (rule_set.set->Add(re.pattern(), &set_error) < 0) {
        return Status::BadRule(dir + ": bad pattern: " + set_error);
      }
    }
    if (!rule_set.set->Compile()) return Status::BadRule(dir + ": patterns too large to compile");
    compiled->sets.push_back(std::move(rule_set));
  }
  return PatternRules(std::move(compiled));
}

std::vector<PatternMatch> PatternRules::find(std::string_view text, Span range) const {
  std::vector<PatternMatch> out;
  if (range.end > text.size() || range.empty() || compiled_->rules.empty()) return out;
  std::vector<int> hits;  // indices into rules
  std::vector<int> set_hits;
  for (const RuleSet& rule_set : compiled_->sets) {
    re2::RE2::Set::ErrorInfo error;
    if (rule_set.set->Match(range.of(text), &set_hits, &error)) {
      for (int h : set_hits) hits.push_back(rule_set.first_rule + h);
    } else if (error.kind != re2::RE2::Set::kNoError) {
      // The DFA gave up (out of memory): try every rule of this Set rather than miss a mention.
      for (int r = 0; r < rule_set.rule_count; ++r) hits.push_back(rule_set.first_rule + r);
    }
  }
  if (hits.empty()) return out;
  std::sort(hits.begin(), hits.end());  // RE2::Set reports hits unsorted

  struct Candidate {
    Span span;
    int rule;
  };
  std::vector<Candidate> candidates;
  // Text before the range is context (for \b and a pattern's leading context); the range's end
  // is the end of the text, so "$" matches at the end of a sentence ("in 1987.") as the Set saw.
  const re2::StringPiece whole(text.data(), range.end);
  for (int index : hits) {
    const re2::RE2& re = *compiled_->rules[static_cast<size_t>(index)].re;
    const int groups = std::min(re.NumberOfCapturingGroups(), 1);
    re2::StringPiece match[2];
    size_t pos = range.begin;
    while (pos <= range.end &&
           re.Match(whole, pos, range.end, re2::RE2::UNANCHORED, match, groups + 1)) {
      const re2::StringPiece& mention = match[groups];
      const size_t match_end = static_cast<size_t>(match[0].data() - text.data()) + match[0].size();
      // A group that did not take part (an alternative that only consumes context) is no mention.
      if (mention.data() != nullptr && !mention.empty()) {
        const auto begin = static_cast<uint32_t>(mention.data() - text.data());
        candidates.push_back({{begin, begin + static_cast<uint32_t>(mention.size())}, index});
      }
      // Trailing context after the mention is scanned again: it may start the next mention.
      size_t next = match_end;
      if (groups > 0 && mention.data() != nullptr) {
        next = static_cast<size_t>(mention.data() - text.data()) + mention.size();
      }
      pos = next > pos ? next : pos + 1;
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.rule < b.rule;
  });
  uint32_t taken_end = 0;
  for (const Candidate& c : candidates) {
    if (!out.empty() && c.span.begin < taken_end) continue;
    const Rule& rule = compiled_->rules[static_cast<size_t>(c.rule)];
    out.push_back({c.span, rule.type, rule.id});
    taken_end = c.span.end;
  }
  return out;
}

}  // namespace kg
