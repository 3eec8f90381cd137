#include "extract/relation_rules.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>

#include "extract/entity_type.h"
#include "extract/lexicon.h"

namespace kg {
namespace {

// Splits off the next whitespace-separated field of *rest.
std::string_view next_field(std::string_view* rest) {
  *rest = trim(*rest);
  size_t end = rest->find_first_of(" \t");
  std::string_view field = rest->substr(0, end);
  *rest = end == std::string_view::npos ? std::string_view() : rest->substr(end);
  return field;
}

// Longest first, so that "Vice President" wins over "President" inside an alternation.
std::string alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(w);
  }
  return out;
}

// "PERSON|ORG" -> "PERSON|ORG" after checking each name; "ANY" -> "[A-Z]+".
Result<std::string> type_alternation(std::string_view types) {
  if (types == "ANY") return std::string("[A-Z]+");
  std::string out;
  while (!types.empty()) {
    size_t bar = types.find('|');
    std::string_view name = types.substr(0, bar);
    if (!parse_type(name)) return Status::BadRule("unknown entity type '" + std::string(name) + "'");
    if (!out.empty()) out += '|';
    out += name;
    types = bar == std::string_view::npos ? std::string_view() : types.substr(bar + 1);
  }
  if (out.empty()) return Status::BadRule("empty entity type list");
  return "(?:" + out + ")";
}

std::string placeholder(const std::string& types) { return "\\[\\[" + types + ":\\d+\\]\\]"; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_macro_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c == '|';
}


struct ExpandState {
  std::set<std::string> used;               // the named groups made so far
  std::vector<std::string>* verb_lemmas;    // may be null
  int verb_count = 0;
  int gap_count = 0;
  int job_count = 0;
};

Result<std::string> expand_one(std::string_view name, std::string_view arg, bool has_arg,
                               const RelationLexicon& lexicon, ExpandState* state) {
  auto once = [&](const std::string& group) -> Status {
    if (!state->used.insert(group).second) {
      return Status::BadRule("{" + std::string(name) + "} used twice in one pattern");
    }
    return Status::OK();
  };
  if (name == "SUBJ" || name == "OBJ" || name == "ENT" || name == "PAIR") {
    if (!has_arg) return Status::BadRule("{" + std::string(name) + "} needs types, e.g. {" +
                                         std::string(name) + ":PERSON|ORG}");
    Result<std::string> types = type_alternation(arg);
    if (!types.ok()) return types.status();
    if (name == "ENT") return "(?:" + placeholder(*types) + ")";
    std::string group = name == "SUBJ" ? "subj" : "obj";
    KG_RETURN_IF_ERROR(once(group));
    // {PAIR:NORP} is the object too, in its own group: the extractor reads it as the two members
    // of that party the article names (see RelationRule::object_is_pair).
    if (name == "PAIR") group = "pair";
    return "(?P<" + group + ">" + placeholder(*types) + ")";
  }
  if (has_arg) return Status::BadRule("macro {" + std::string(name) + "} takes no types");
  if (name == "AMOUNT") {
    KG_RETURN_IF_ERROR(once("amount"));
    return "(?P<amount>" + placeholder("MONEY") + ")";
  }
  if (name == "ANY") return "(?:" + placeholder("[A-Z]+") + ")";
  if (name == "TITLE") {
    KG_RETURN_IF_ERROR(once("title"));
    if (lexicon.titles.empty()) return std::string("(?P<title>[^\\s\\S])");  // matches nothing
    return "\\b(?P<title>(?i:" + alternation(lexicon.titles) + "))";
  }
  // The last word of a job title, from lexicon/job_words.txt: "spokeswoman", "economist", "CEO".
  // Not captured: the rule writes the title group around it ("(?P<title>(?:[a-z]+ ){0,2}{JOBWORD})").
  if (name == "JOBWORD") {
    if (lexicon.job_words.empty()) return std::string("[^\\s\\S]");  // matches nothing
    return "(?:" + alternation(lexicon.job_words) + ")";
  }
  // What may stand between a clause's first argument and its verb: "of Ohio", "from Texas", or
  // an aside between commas with up to two mentions (", the chief executive of Halvorsen Bank,",
  // ", which operates 340 pharmacies,"). The two may be a town and its state or country with their
  // own comma (", a native of Hamburg, Germany,"), else the aside would end inside the place and
  // the state would read as the subject of the verb after it. Captured: the extractor drops a match
  // whose aside is too long to be one, and needs its span (see triple_extractor.cc).
  if (name == "MOD") {
    KG_RETURN_IF_ERROR(once("mod"));
    const std::string place = placeholder("(?:GPE|LOC)");
    return "(?P<mod>(?: of| from) " + place + "|, [^,\\[\\]]*(?:" + place + ", " + place +
           "[^,\\[\\]]*|(?:" + placeholder("[A-Z]+") + "[^,\\[\\]]*){0,2}),)?";
  }
  if (name == "DET") return std::string("(?:(?i:the|a|an|its|his|her|their) )?");
  // Up to five words, each followed by one space, none of them a placeholder. {SGAP}, between a
  // clause's subject and its verb, may also hold DATE mentions ("Boeing on [[DATE:3]] agreed to
  // buy"); {SGAP_OPEN} is {SGAP} without commas, for a subject that must open its clause.
  // Captured: the extractor drops a match whose gap crosses a clause break (see
  // crosses_clause_break()); spelling that out in the pattern makes every rule ten times slower.
  if (name == "GAP" || name == "SGAP" || name == "SGAP_OPEN") {
    const std::string group = "gap" + std::to_string(state->gap_count++);
    const std::string word = name == "SGAP_OPEN" ? "[^\\s\\[\\],]+ " : "[^\\s\\[\\]]+ ";
    const std::string date = name == "GAP" ? "" : "|" + placeholder("DATE") + " ";
    return "(?P<" + group + ">(?:" + word + date + "){0,5})";
  }
  // A job phrase: lower-case words, perhaps joined by "of" or "of the" ("senior vice president of
  // retail sales"). Captured: the extractor drops a match whose phrase holds a non-title word or a
  // clause break (see is_job_phrase()); excluding them in the pattern makes extraction 30% slower.
  if (name == "JOB") {
    const std::string group = "job" + std::to_string(state->job_count++);
    return "(?P<" + group + ">[a-z0-9-]+(?: (?:of (?:the )?)?[a-z0-9-]+)*)";
  }
  auto verb = lexicon.verbs.find(std::string(name));
  if (verb == lexicon.verbs.end()) {
    return Status::BadRule("unknown verb lemma {" + std::string(name) + "} (not in verbs.txt)");
  }
  // Named, so that the extractor knows which verb was written (see verb_lemma()).
  const std::string group = "verb" + std::to_string(state->verb_count++);
  if (state->verb_lemmas != nullptr) state->verb_lemmas->push_back(verb->first);
  return "\\b(?P<" + group + ">" + alternation(verb->second) + ")\\b";
}

// Calls f(line_number, trimmed_line) for every line of `path` that is not blank or a comment.
template <class F>
Status for_each_line(const std::string& path, F f) {
  Result<std::vector<RuleLine>> lines = read_rule_lines(path);
  if (!lines.ok()) return lines.status();
  for (const RuleLine& line : *lines) KG_RETURN_IF_ERROR(f(line.number, std::string_view(line.text)));
  return Status::OK();
}

}  // namespace

Result<std::vector<std::string>> load_word_list(const std::string& path) {
  std::vector<std::string> words;
  Status s = for_each_line(path, [&](int, std::string_view line) {
    words.emplace_back(line);
    return Status::OK();
  });
  if (!s.ok()) return s;
  return words;
}

Result<std::map<std::string, std::vector<std::string>>> load_verbs(const std::string& path) {
  std::map<std::string, std::vector<std::string>> verbs;
  Status s = for_each_line(path, [&](int n, std::string_view line) {
    std::string lemma(next_field(&line));
    for (char c : lemma) {
      if (!(c >= 'a' && c <= 'z') && c != '_') {
        return Status::BadRule(path + ":" + std::to_string(n) + ": lemma '" + lemma +
                               "' must be lower-case letters or '_'");
      }
    }
    if (verbs.count(lemma)) {
      return Status::BadRule(path + ":" + std::to_string(n) + ": lemma '" + lemma + "' listed twice");
    }
    std::vector<std::string>& forms = verbs[lemma];
    forms.push_back(lemma);
    while (!line.empty()) {
      std::string_view form = next_field(&line);
      if (!form.empty()) forms.emplace_back(form);
    }
    return Status::OK();
  });
  if (!s.ok()) return s;
  return verbs;
}

bool crosses_clause_break(std::string_view gap, const std::set<std::string, std::less<>>& breaks,
                          const std::set<std::string, std::less<>>& pronouns) {
  std::vector<std::string_view> words;
  for (size_t begin = 0; begin < gap.size();) {
    size_t end = gap.find(' ', begin);
    if (end == std::string_view::npos) end = gap.size();
    std::string_view word = gap.substr(begin, end - begin);
    if (!word.empty() && (word.back() == ',' || word.back() == ':')) word.remove_suffix(1);
    if (!word.empty()) words.push_back(word);
    begin = end + 1;
  }
  // A date right after the break belongs to the reporting clause ("said on Thursday that it
  // lost", "said Monday it would"): the word after it decides.
  auto is_date = [](std::string_view w) { return w.rfind("[[DATE:", 0) == 0; };
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!breaks.count(words[i])) continue;
    size_t next = i + 1;
    if (words[next] == "on" && next + 1 < words.size() && is_date(words[next + 1])) ++next;
    if (is_date(words[next])) ++next;
    if (next == words.size()) continue;
    if (!breaks.count(words[next]) && !pronouns.count(words[next])) return true;
  }
  return false;
}

bool is_job_phrase(std::string_view phrase, const std::set<std::string, std::less<>>& excluded) {
  int words = 0;
  bool after_of = false;
  for (size_t begin = 0; begin < phrase.size();) {
    size_t end = phrase.find(' ', begin);
    if (end == std::string_view::npos) end = phrase.size();
    std::string_view word = phrase.substr(begin, end - begin);
    begin = end + 1;
    // "of" and "the" after it join the phrase's words (the {JOB} pattern writes them).
    bool joint = word == "of" || (after_of && word == "the");
    after_of = word == "of";
    if (joint) continue;
    if (excluded.count(word) || ++words > kMaxJobWords) return false;
  }
  return true;
}

const std::string& verb_lemma(const RelationRule& rule, const std::vector<re2::StringPiece>& groups) {
  const std::string* lemma = &rule.predicate;
  const char* last = nullptr;
  for (const auto& [group, verb] : rule.verb_groups) {
    if (static_cast<size_t>(group) >= groups.size()) continue;
    const char* at = groups[static_cast<size_t>(group)].data();
    if (at != nullptr && (last == nullptr || at > last)) {
      last = at;
      lemma = &verb;
    }
  }
  return *lemma;
}

Result<std::string> expand_relation_macros(std::string_view pattern,
                                           const RelationLexicon& lexicon,
                                           std::vector<std::string>* verb_lemmas) {
  std::string out;
  ExpandState state;
  state.verb_lemmas = verb_lemmas;
  size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {  // keep escapes such as \{ untouched
      out.append(pattern.substr(i, 2));
      i += 2;
      continue;
    }
    bool starts_macro = c == '{' && i + 1 < pattern.size() &&
                        ((pattern[i + 1] >= 'a' && pattern[i + 1] <= 'z') ||
                         (pattern[i + 1] >= 'A' && pattern[i + 1] <= 'Z'));
    if (!starts_macro) {  // an ordinary character or an RE2 repetition such as {1,3}
      out += c;
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < pattern.size() && is_macro_char(pattern[j])) ++j;
    if (j >= pattern.size() || pattern[j] != '}') {
      return Status::BadRule("unterminated macro at '" + std::string(pattern.substr(i, 20)) + "'");
    }
    std::string_view body = pattern.substr(i + 1, j - i - 1);
    size_t colon = body.find(':');
    std::string_view name = body.substr(0, colon);
    std::string_view arg = colon == std::string_view::npos ? std::string_view() : body.substr(colon + 1);
    Result<std::string> piece =
        expand_one(name, arg, colon != std::string_view::npos, lexicon, &state);
    if (!piece.ok()) return piece.status();
    out += *piece;
    i = j + 1;
  }
  if (!state.used.count("subj") || !state.used.count("obj")) {
    return Status::BadRule("a relation pattern needs both {SUBJ:...} and {OBJ:...}");
  }
  return out;
}

// "PERSON|ORG" -> their bits; "ANY" or an unknown name -> kAnyPlaceholder (no constraint).
static uint32_t type_mask(std::string_view types) {
  if (types == "ANY") return kAnyPlaceholder;
  uint32_t mask = 0;
  while (!types.empty()) {
    size_t bar = types.find('|');
    std::optional<EntityType> type = parse_type(types.substr(0, bar));
    if (!type) return kAnyPlaceholder;
    mask |= 1u << static_cast<int>(*type);
    types = bar == std::string_view::npos ? std::string_view() : types.substr(bar + 1);
  }
  return mask == 0 ? kAnyPlaceholder : mask;
}

void required_argument_types(std::string_view pattern, uint32_t* subject_types,
                             uint32_t* object_types) {
  *subject_types = kAnyPlaceholder;
  *object_types = kAnyPlaceholder;
  uint32_t subject = kAnyPlaceholder, object = kAnyPlaceholder;
  int depth = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size() && pattern[i + 1] == 'Q') {  // \Q...\E is literal
      size_t end = pattern.find("\\E", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
    } else if (c == '\\') {
      ++i;
    } else if (c == '[') {  // a character class: skip to its closing ']' ("[]a]" and "[^]a]" too)
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') {
        if (pattern.compare(j, 2, "[:") == 0) {  // "[[:alpha:]]": the inner ']' closes no class
          size_t posix_end = pattern.find(":]", j + 2);
          if (posix_end != std::string_view::npos) {
            j = posix_end + 2;
            continue;
          }
        }
        j += pattern[j] == '\\' ? 2 : 1;
      }
      i = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth <= 0) {
      return;  // a top-level alternation: no argument is forced
    } else if (c == '{' && i + 1 < pattern.size() && is_letter(pattern[i + 1])) {
      size_t close = pattern.find('}', i);
      if (close == std::string_view::npos) return;
      std::string_view body = pattern.substr(i + 1, close - i - 1);
      size_t colon = body.find(':');
      std::string_view name = body.substr(0, colon);
      // Forced only at the top level and without a quantifier ("?", "*", "{0,1}") after it.
      char next = close + 1 < pattern.size() ? pattern[close + 1] : ' ';
      char after = close + 2 < pattern.size() ? pattern[close + 2] : ' ';
      bool quantified = next == '?' || next == '*' || (next == '{' && !is_letter(after));
      if (colon != std::string_view::npos && depth == 0 && !quantified) {
        if (name == "SUBJ") subject = type_mask(body.substr(colon + 1));
        if (name == "OBJ" || name == "PAIR") object = type_mask(body.substr(colon + 1));
      }
      i = close;
    }
  }
  *subject_types = subject;
  *object_types = object;
}

Result<RelationRule> parse_relation_rule(std::string_view line, std::string_view stem,
                                         const std::string& origin,
                                         const RelationLexicon& lexicon) {
  auto fail = [&](const std::string& message) { return Status::BadRule(origin + ": " + message); };
  RelationRule rule;
  rule.origin = origin;
  std::string_view rest = line;
  std::string_view id = next_field(&rest);
  std::string_view relation = next_field(&rest);
  std::string_view lemma = next_field(&rest);
  std::string_view confidence = next_field(&rest);
  std::string_view pattern = trim(rest);
  if (pattern.empty()) return fail("want 'ID RELATION LEMMA CONFIDENCE PATTERN'");
  rule.id = id.find('.') == std::string_view::npos ? std::string(stem) + "." + std::string(id)
                                                   : std::string(id);
  // "!LOCATED_IN": a veto rule (see RelationRule::veto).
  if (!relation.empty() && relation.front() == '!') {
    rule.veto = true;
    relation.remove_prefix(1);
  }
  // "~SAME_PARTY": a hint rule (see RelationRule::hint).
  if (!rule.veto && !relation.empty() && relation.front() == '~') {
    rule.hint = true;
    relation.remove_prefix(1);
    if (relation != kSameParty) {
      return fail("unknown hint '~" + std::string(relation) + "' (known: ~SAME_PARTY)");
    }
  }
  if (relation.empty()) return fail("a relation name must follow '!'");
  for (char c : relation) {
    if (!(c >= 'A' && c <= 'Z') && c != '_') {
      return fail("relation '" + std::string(relation) + "' must be upper-case, e.g. FUNDED");
    }
  }
  rule.relation = std::string(relation);
  rule.predicate = std::string(lemma);
  std::string conf(confidence);
  char* end = nullptr;
  rule.confidence = std::strtod(conf.c_str(), &end);
  if (end != conf.c_str() + conf.size() || !(rule.confidence > 0 && rule.confidence <= 1)) {
    return fail("confidence '" + conf + "' must be a number in (0, 1]");
  }
  std::vector<std::string> verb_lemmas;
  Result<std::string> expanded = expand_relation_macros(pattern, lexicon, &verb_lemmas);
  if (!expanded.ok()) return fail(expanded.status().message());
  rule.expanded = *expanded;
  RE2::Options options;
  options.set_log_errors(false);
  rule.re = std::make_unique<RE2>(rule.expanded, options);
  if (!rule.re->ok()) return fail(rule.re->error());
  const std::map<std::string, int>& groups = rule.re->NamedCapturingGroups();
  auto group = [&](const char* name) {
    auto it = groups.find(name);
    return it == groups.end() ? 0 : it->second;
  };
  rule.subject_group = group("subj");
  rule.object_group = group("obj");
  if (rule.object_group == 0) {
    rule.object_group = group("pair");
    rule.object_is_pair = rule.object_group > 0;
  }
  rule.amount_group = group("amount");
  rule.title_group = group("title");
  rule.mod_group = group("mod");
  for (int i = 0;; ++i) {
    int gap = group(("gap" + std::to_string(i)).c_str());
    if (gap == 0) break;
    rule.gap_groups.push_back(gap);
  }
  for (int i = 0;; ++i) {
    int job = group(("job" + std::to_string(i)).c_str());
    if (job == 0) break;
    rule.job_groups.push_back(job);
  }
  for (size_t i = 0; i < verb_lemmas.size(); ++i) {
    rule.verb_groups.emplace_back(group(("verb" + std::to_string(i)).c_str()), verb_lemmas[i]);
  }
  required_argument_types(pattern, &rule.subject_types, &rule.object_types);
  return rule;
}

Result<std::vector<RelationRule>> load_relation_rules(const std::string& dir,
                                                      const RelationLexicon& lexicon) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    return Status::IoError(dir + ": cannot open directory");
  }
  std::vector<RelationRule> rules;
  std::set<std::string> ids;
  for (const std::string& path : list_rule_files(dir, ".rules")) {
    const std::string stem = std::filesystem::path(path).stem().string();
    Status s = for_each_line(path, [&](int n, std::string_view line) {
      const std::string origin = path + ":" + std::to_string(n);
      Result<RelationRule> rule = parse_relation_rule(line, stem, origin, lexicon);
      if (!rule.ok()) return rule.status();
      if (!ids.insert(rule->id).second) {
        return Status::BadRule(origin + ": duplicate rule id '" + rule->id + "'");
      }
      rules.push_back(std::move(*rule));
      return Status::OK();
    });
    if (!s.ok()) return s;
  }
  return rules;
}

}  // namespace kg
