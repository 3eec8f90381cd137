#include "extract/triple_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <tuple>

#include "extract/entity_type.h"

namespace kg {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Lower-cases and turns the curly apostrophe into a straight one, so that "didn’t" finds "n't".
std::string normalize_for_cues(std::string_view s) {
  std::string out = lower_ascii(s);
  const std::string curly = "\xE2\x80\x99";
  for (size_t p = out.find(curly); p != std::string::npos; p = out.find(curly, p)) {
    out.replace(p, curly.size(), "'");
  }
  return out;
}

// True when `cue` occurs in `text` as whole words. A cue with an apostrophe ("n't") may be glued
// to the word before it ("didn't").
bool has_cue(const std::string& text, const std::string& cue) {
  const bool glued = cue.find('\'') != std::string::npos;
  for (size_t p = text.find(cue); p != std::string::npos; p = text.find(cue, p + 1)) {
    bool left_ok = glued || p == 0 || !is_word_char(text[p - 1]) || !is_word_char(cue.front());
    size_t after = p + cue.size();
    bool right_ok = after >= text.size() || !is_word_char(text[after]) || !is_word_char(cue.back());
    if (left_ok && right_ok) return true;
  }
  return false;
}

// "[[PERSON:12]]" -> 12.
int placeholder_index(std::string_view placeholder) {
  size_t colon = placeholder.rfind(':');
  return std::atoi(std::string(placeholder.substr(colon + 1)).c_str());
}

// The sentence with each mention inside it replaced by [[TYPE:i]].
std::string abstract_sentence(std::string_view text, Span sentence,
                              const std::vector<Mention>& mentions, size_t first_mention) {
  std::string out;
  uint32_t pos = sentence.begin;
  for (size_t i = first_mention; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.span.begin >= sentence.end) break;
    if (!sentence.contains(m.span) || m.span.begin < pos) continue;
    out.append(text.substr(pos, m.span.begin - pos));
    out += "[[";
    out += type_name(m.type);
    out += ':';
    out += std::to_string(i);
    out += "]]";
    pos = m.span.end;
  }
  out.append(text.substr(pos, sentence.end - pos));
  return out;
}

}  // namespace

Result<TripleExtractor> TripleExtractor::load(const std::string& rules_dir) {
  RelationLexicon lexicon;
  auto verbs = load_verbs(rules_dir + "/verbs.txt");
  if (!verbs.ok()) return verbs.status();
  lexicon.verbs = std::move(*verbs);
  auto titles = load_word_list(rules_dir + "/lexicon/titles.txt");
  if (!titles.ok()) return titles.status();
  lexicon.titles = std::move(*titles);
  auto negations = load_word_list(rules_dir + "/lexicon/negations.txt");
  if (!negations.ok()) return negations.status();
  lexicon.negations = std::move(*negations);
  return from_rules_dir(rules_dir + "/relations", std::move(lexicon));
}

Result<TripleExtractor> TripleExtractor::from_rules_dir(const std::string& relations_dir,
                                                        RelationLexicon lexicon) {
  auto rules = load_relation_rules(relations_dir, lexicon);
  if (!rules.ok()) return rules.status();
  Result<RelationRuleFilter> filter = RelationRuleFilter::build(*rules);
  if (!filter.ok()) return filter.status();
  TripleExtractor extractor(std::move(*filter));
  extractor.rules_ = std::move(*rules);
  for (const std::string& cue : lexicon.negations) {
    extractor.negations_.push_back(normalize_for_cues(cue));
  }
  return extractor;
}

std::vector<Triple> TripleExtractor::extract(const Document& doc,
                                             const DocumentAnalysis& analysis) const {
  using Key = std::tuple<uint32_t, uint32_t, uint32_t, std::string>;
  std::map<Key, Triple> found;
  const std::vector<Mention>& mentions = analysis.mentions;

  auto argument = [&](int i) {
    Argument arg;
    arg.span = mentions[i].span;
    size_t e = i < static_cast<int>(analysis.entity_of.size()) ? analysis.entity_of[i] : -1;
    if (e < analysis.entities.size()) arg.id = analysis.entities[e].id;
    return arg;
  };
  auto same_entity = [&](int a, int b) {
    if (a == b) return true;
    int n = static_cast<int>(analysis.entity_of.size());
    return a < n && b < n && analysis.entity_of[a] >= 0 && analysis.entity_of[a] == analysis.entity_of[b];
  };

  std::vector<int> candidates;
  for (Span sentence : analysis.sentences) {
    auto first = std::lower_bound(mentions.begin(), mentions.end(), sentence.begin,
                                  [](const Mention& m, uint32_t b) { return m.span.begin < b; });
    size_t first_mention = static_cast<size_t>(first - mentions.begin());
    const std::string abstracted = abstract_sentence(doc.text, sentence, mentions, first_mention);

    // Running the few rules that can match is far cheaper than one RE2::Set of all rules, whose
    // DFA states multiply across rules and are rebuilt for nearly every sentence.
    filter_.candidates(abstracted, &candidates);
    for (int r : candidates) {
      const RelationRule& rule = rules_[static_cast<size_t>(r)];
      const int ngroups = rule.re->NumberOfCapturingGroups() + 1;
      std::vector<re2::StringPiece> groups(ngroups);
      size_t pos = 0;
      while (pos < abstracted.size() &&
             rule.re->Match(abstracted, pos, abstracted.size(), RE2::UNANCHORED, groups.data(),
                            ngroups)) {
        re2::StringPiece subj = groups[rule.subject_group];
        re2::StringPiece obj = groups[rule.object_group];
        size_t subj_at = static_cast<size_t>(subj.data() - abstracted.data());
        size_t obj_at = static_cast<size_t>(obj.data() - abstracted.data());
        // Resume after the first argument: the next match starts later, and a chain such as
        // "Boeing CEO A and Airbus CEO B" yields both.
        pos = std::min(subj_at + subj.size(), obj_at + obj.size());

        int s = placeholder_index(subj);
        int o = placeholder_index(obj);
        if (same_entity(s, o)) continue;
        size_t gap_begin = std::min(subj_at + subj.size(), obj_at + obj.size());
        size_t gap_end = std::max(subj_at, obj_at);
        if (gap_end > gap_begin) {
          std::string between =
              normalize_for_cues(std::string_view(abstracted).substr(gap_begin, gap_end - gap_begin));
          bool negated = std::any_of(negations_.begin(), negations_.end(),
                                     [&](const std::string& cue) { return has_cue(between, cue); });
          if (negated) continue;
        }
        if (rule.relation == "MET" && mentions[o].span.begin < mentions[s].span.begin) {
          std::swap(s, o);  // symmetric: the first-written party is the subject
        }

        Triple t;
        t.subject = argument(s);
        t.object = argument(o);
        t.relation = rule.relation;
        t.predicate = rule.predicate;
        t.evidence = sentence;
        t.rule = rule.id;
        t.confidence = rule.confidence;
        if (rule.amount_group > 0 && groups[rule.amount_group].data() != nullptr) {
          t.amount = argument(placeholder_index(groups[rule.amount_group]));
        }
        if (rule.title_group > 0 && groups[rule.title_group].data() != nullptr) {
          t.title = std::string(groups[rule.title_group].data(), groups[rule.title_group].size());
        } else if (rule.relation == "ROLE") {
          t.title = mentions[s].title;
        }
        Key key{sentence.begin, t.subject.span.begin, t.object.span.begin, t.relation};
        auto it = found.find(key);
        if (it == found.end()) {
          found.emplace(std::move(key), std::move(t));
        } else if (t.confidence > it->second.confidence ||
                   (t.title.size() > 0 && it->second.title.empty() &&
                    t.confidence == it->second.confidence)) {
          it->second = std::move(t);
        }
      }
    }
  }

  std::vector<Triple> triples;
  triples.reserve(found.size());
  for (auto& entry : found) triples.push_back(std::move(entry.second));
  return triples;
}

}  // namespace kg
