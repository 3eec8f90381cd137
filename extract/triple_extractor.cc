#include "extract/triple_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "extract/bare_participle.h"
#include "extract/cue_words.h"
#include "extract/entity_type.h"
#include "extract/lexicon.h"
#include "extract/party_pairs.h"
#include "extract/slug.h"
#include "extract/voice_sections.h"

namespace kg {
namespace {

// "[[PERSON:12]]" -> 12.
int placeholder_index(std::string_view placeholder) {
  size_t colon = placeholder.rfind(':');
  return std::atoi(std::string(placeholder.substr(colon + 1)).c_str());
}

// The mentions coordinated right before the placeholder that starts at `at`: "[[PERSON:3]] and
// [[PERSON:4]] met with ..." gives {3} for 4; "A, B and C" gives {B, A} for C. Only placeholders of
// the same type count, so "Acme and Jones" coordinates nothing. The joiner next to the subject must
// be an "and": a bare comma alone sets off an opening phrase ("Unlike Google, Microsoft acquired
// ...", "In a letter to Ortiz, Hale endorsed ..."), and only continues a list that has its "and".
std::vector<int> coordinated_before(std::string_view text, size_t at, std::string_view type,
                                    size_t* first_at) {
  std::vector<int> out;
  for (;;) {
    *first_at = at;
    std::string_view before = text.substr(0, at);
    size_t joiner = 0;
    for (std::string_view sep : {", and ", " and ", ", "}) {
      if (sep == ", " && out.empty()) continue;  // no "and" yet: the comma ends an opening phrase
      if (before.size() >= sep.size() && before.substr(before.size() - sep.size()) == sep) {
        joiner = sep.size();
        break;
      }
    }
    // "Marchetti and the retired oilman [[PERSON:4]]", "Dubois and [[NORP:2]] energy minister
    // [[PERSON:3]]": up to four lower-case words or nationalities between "and" and the name.
    if (joiner == 0) {
      size_t and_at = before.rfind(" and ");
      if (and_at != std::string_view::npos && and_at + 5 < before.size() && before.back() == ' ') {
        std::string_view between = before.substr(and_at + 5, before.size() - and_at - 6);
        int words = 0;
        bool plain = true;
        for (size_t i = 0; i <= between.size() && plain;) {
          size_t space = between.find(' ', i);
          if (space == std::string_view::npos) space = between.size();
          std::string_view word = between.substr(i, space - i);
          plain = !word.empty() && (word.rfind("[[NORP:", 0) == 0 ||
                                    word.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") ==
                                        std::string_view::npos);
          ++words;
          i = space + 1;
        }
        if (plain && words <= 4) joiner = before.size() - and_at;
      }
    }
    if (joiner == 0 || before.size() < joiner + 2) return out;
    std::string_view head = before.substr(0, before.size() - joiner);
    if (head.substr(head.size() - 2) != "]]") return out;
    size_t open = head.rfind("[[");
    if (open == std::string_view::npos) return out;
    std::string_view placeholder = head.substr(open);
    if (placeholder.substr(2, type.size()) != type || placeholder[2 + type.size()] != ':') return out;
    out.push_back(placeholder_index(placeholder));
    at = open;
  }
}

// The sentence with each mention inside it replaced by [[TYPE:i]]; "Its" as "[[ORG:i]]'s".
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
    if (m.possessive) out += "'s";
    pos = m.span.end;
  }
  out.append(text.substr(pos, sentence.end - pos));
  return out;
}

// Confidence factors. A hedged triple ("Acme reportedly bought Corvane") is not stated as a fact;
// one read in a reader comment, a quoted post or a byline is not the article's word. Either
// keeps the triple, so that a reader of the graph can still find it, but ranks it below the
// article's own statements; both together multiply.
constexpr double kHedgedConfidence = 0.6;
constexpr double kOtherVoiceConfidence = 0.5;

// How many words before a clause's first argument are searched for a negation cue ("Smith denies
// that he killed Jones"). Farther back the cue rarely bears on this clause.
constexpr int kCueWordsBefore = 6;

bool is_dash_before(std::string_view s, size_t at) {
  return at >= 3 && (s.compare(at - 3, 3, "\xE2\x80\x94") == 0 ||  // em dash
                     s.compare(at - 3, 3, "\xE2\x80\x93") == 0);   // en dash
}

// The words before `at` in its own clause: back to the sentence start, a comma, semicolon, colon,
// parenthesis, dash or placeholder, at most kCueWordsBefore words. So "Jones, who did not run,
// endorsed Smith" gives "" for Jones, and "Smith denies that he killed" gives " denies that ".
std::string_view clause_before(std::string_view s, size_t at) {
  size_t begin = at;
  int words = 0;
  bool in_word = false;
  while (begin > 0) {
    char c = s[begin - 1];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == ']') break;
    if (is_dash_before(s, begin)) break;
    if (c == ' ') {
      if (in_word && ++words == kCueWordsBefore) break;
      in_word = false;
    } else {
      in_word = true;
    }
    --begin;
  }
  return s.substr(begin, at - begin);
}

// Words in a {MOD} aside at most: ", one of the largest contractors in the state," has 8. A
// longer stretch between commas is more often a main clause ("X, has dismissed rumors that the
// files relating to Y, who ...") than an aside. Checked here rather than in the pattern, where a
// word count makes every clause rule markedly slower.
constexpr int kMaxAsideWords = 10;

// Words in the aside `mod` (", the chief executive of [[ORG:3]],"); 0 for "of [[GPE:2]]".
int aside_words(std::string_view mod) {
  if (mod.empty() || mod.front() != ',') return 0;
  int words = 0;
  bool in_word = false;
  for (char c : mod.substr(1, mod.size() - 2)) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// One match of one rule in an abstracted sentence, before the checks that may drop it. The
// groups point into the abstracted sentence.
struct RuleMatch {
  size_t rule = 0;
  std::vector<re2::StringPiece> groups;
  size_t first_begin = 0, first_end = 0;  // the argument written first
  size_t second_begin = 0;                // the other argument
  size_t end = 0;                         // end of the whole match
  size_t mod_begin = 0, mod_end = 0;      // the {MOD} aside; empty when none
};

// True when `m` starts inside the {MOD} aside of another match of the same relation and runs
// past it: "Sen. Maria Okafor of Ohio praised X" must not also give "Ohio praised X". A match
// wholly inside the aside ("X, whose firm Acme backed Y, endorsed Z") stays.
bool starts_in_aside(const RuleMatch& m, const std::vector<RuleMatch>& all,
                     const std::vector<RelationRule>& rules) {
  const std::string& relation = rules[m.rule].relation;
  for (const RuleMatch& other : all) {
    if (other.mod_end == other.mod_begin || rules[other.rule].relation != relation) continue;
    if (m.first_begin >= other.mod_begin && m.first_begin < other.mod_end &&
        m.end > other.mod_end) {
      return true;
    }
  }
  return false;
}

// A two-column word list: "KEY<TAB>VALUE" per line.
Status load_pairs(const std::string& path, const std::string& shape,
                  std::map<std::string, std::string, std::less<>>* pairs) {
  auto lines = load_word_list(path);
  if (!lines.ok()) return lines.status();
  for (const std::string& line : *lines) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      return Status::BadRule(path + ": expected " + shape + ": " + line);
    }
    pairs->emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  return Status::OK();
}

}  // namespace

// The id the canonicalizer gives a GPE of that canonical name ("Canada" -> "gpe:canada").
std::string country_entity_id(std::string_view country) {
  return std::string(type_prefix(EntityType::kGpe)) + ":" + slugify(country);
}

Result<TripleExtractor> TripleExtractor::load(const std::string& rules_dir) {
  RelationLexicon lexicon;
  auto verbs = load_verbs(rules_dir + "/verbs.txt");
  if (!verbs.ok()) return verbs.status();
  lexicon.verbs = std::move(*verbs);
  const std::pair<std::vector<std::string>*, const char*> word_lists[] = {
      {&lexicon.titles, "titles.txt"},
      {&lexicon.job_words, "job_words.txt"},
      {&lexicon.negations, "negations.txt"},
      {&lexicon.clause_breaks, "clause_breaks.txt"},
      {&lexicon.subject_pronouns, "subject_pronouns.txt"},
      {&lexicon.hedges, "hedges.txt"},
      {&lexicon.negation_exceptions, "negation_exceptions.txt"},
      {&lexicon.hedge_sources, "hedge_sources.txt"},
      {&lexicon.comment_headings, "comment_headings.txt"},
      {&lexicon.non_title_words, "non_title_words.txt"},
      {&lexicon.progressive_auxiliaries, "progressive_auxiliaries.txt"},
      {&lexicon.party_names, "party_names.txt"},
  };
  for (const auto& [list, file] : word_lists) {
    auto words = load_word_list(rules_dir + "/lexicon/" + file);
    if (!words.ok()) return words.status();
    *list = std::move(*words);
  }
  Result<TripleExtractor> extractor = from_rules_dir(rules_dir + "/relations", std::move(lexicon));
  if (!extractor.ok()) return extractor;
  KG_RETURN_IF_ERROR(load_pairs(rules_dir + "/lexicon/nationality_countries.tsv", "ADJECTIVE<TAB>COUNTRY",
                                &extractor->nationality_countries_));
  KG_RETURN_IF_ERROR(load_pairs(rules_dir + "/lexicon/city_states.tsv", "CITY<TAB>STATE",
                                &extractor->local_titles_.city_states));
  for (auto [list, file] : {std::pair{&extractor->local_titles_.city, "city_titles.txt"},
                            std::pair{&extractor->local_titles_.state, "state_titles.txt"},
                            std::pair{&extractor->local_titles_.past, "past_title_words.txt"}}) {
    auto words = load_word_list(rules_dir + "/lexicon/" + file);
    if (!words.ok()) return words.status();
    *list = std::move(*words);
  }
  return extractor;
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
  for (const std::string& phrase : lexicon.negation_exceptions) {
    extractor.negation_exceptions_.push_back(normalize_for_cues(phrase));
  }
  extractor.hedges_ = std::move(lexicon.hedges);
  extractor.hedge_sources_ = std::move(lexicon.hedge_sources);
  extractor.comment_headings_ = std::move(lexicon.comment_headings);
  for (const auto& [lemma, forms] : lexicon.verbs) {
    extractor.verb_forms_.insert(forms.begin(), forms.end());
  }
  extractor.clause_breaks_.insert(lexicon.clause_breaks.begin(), lexicon.clause_breaks.end());
  extractor.subject_pronouns_.insert(lexicon.subject_pronouns.begin(),
                                     lexicon.subject_pronouns.end());
  extractor.non_title_words_.insert(lexicon.non_title_words.begin(), lexicon.non_title_words.end());
  extractor.non_title_words_.insert(lexicon.clause_breaks.begin(), lexicon.clause_breaks.end());
  extractor.progressive_auxiliaries_.insert(lexicon.progressive_auxiliaries.begin(),
                                            lexicon.progressive_auxiliaries.end());
  extractor.party_names_.insert(lexicon.party_names.begin(), lexicon.party_names.end());
  return extractor;
}

void TripleExtractor::add_country_entities(DocumentAnalysis* analysis) const {
  std::set<std::string> known;
  for (const Entity& e : analysis->entities) known.insert(e.id);
  for (const Triple& t : analysis->triples) {
    if (t.relation != "ROLE" || known.count(t.object.id)) continue;
    for (const auto& [adjective, country] : nationality_countries_) {
      if (country_entity_id(country) != t.object.id) continue;
      Entity e;
      e.id = t.object.id;
      e.label = country;
      e.type = EntityType::kGpe;
      analysis->entities.push_back(std::move(e));
      known.insert(t.object.id);
      break;
    }
  }
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
  // True when `text` holds a verb form of verbs.txt as a word.
  auto holds_verb = [&](std::string_view text) {
    std::string word;
    for (size_t i = 0; i <= text.size(); ++i) {
      char c = i < text.size() ? text[i] : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      } else if (!word.empty()) {
        if (verb_forms_.count(word)) return true;
        word.clear();
      }
    }
    return false;
  };
  // True when the first verb form matched after the subject, before the object, is a bare "-ing"
  // form (bare_participle.h). `text` is the abstracted sentence the groups point into.
  auto bare_participle_verb = [&](std::string_view text, const RelationRule& rule,
                                  const std::vector<re2::StringPiece>& groups, size_t subject_end,
                                  size_t object_at) {
    size_t verb_at = object_at;
    std::string_view verb, lemma;
    for (const auto& entry : rule.verb_groups) {
      const re2::StringPiece& form = groups[static_cast<size_t>(entry.first)];
      if (form.data() == nullptr) continue;
      size_t at = static_cast<size_t>(form.data() - text.data());
      if (at >= subject_end && at < verb_at) {
        verb_at = at;
        verb = std::string_view(form.data(), form.size());
        lemma = entry.second;
      }
    }
    return !verb.empty() && is_bare_participle(text.substr(subject_end, verb_at - subject_end), verb,
                                                lemma, progressive_auxiliaries_);
  };
  auto negated = [&](std::string_view text) {
    return first_cue(text, negations_, negation_exceptions_) != nullptr;
  };
  // A NORP mention that names a party of lexicon/party_names.txt, as written or by its canonical
  // name ("Democratic" -> "Democrat").
  auto is_party = [&](int i) {
    const Mention& m = mentions[static_cast<size_t>(i)];
    return party_names_.count(m.span.of(doc.text)) > 0 || party_names_.count(m.canonical) > 0;
  };
  // A handle or hashtag ("@rustbelt_rebel", "#jobs") is an account or a topic, not an entity a
  // triple can be about.
  // The country of a nationality mention ("Canadian" -> "Canada"), as written or by its canonical
  // name ("Canadians" -> "Canadian"); null when it names none.
  auto country_of = [&](int i) -> const std::string* {
    const Mention& m = mentions[static_cast<size_t>(i)];
    auto it = nationality_countries_.find(m.span.of(doc.text));
    if (it == nationality_countries_.end()) it = nationality_countries_.find(m.canonical);
    return it == nationality_countries_.end() ? nullptr : &it->second;
  };
  auto is_handle = [&](int i) {
    uint32_t b = mentions[static_cast<size_t>(i)].span.begin;
    return b > 0 && (doc.text[b - 1] == '@' || doc.text[b - 1] == '#');
  };
  // The hedge of a match: a cue of hedges.txt where a negation cue would cancel it (between the
  // arguments outside the aside, or in `lead`, the words before the first argument in its clause,
  // when the match states a clause: holds a verb), else, for a match that states a clause, a
  // vague source of hedge_sources.txt anywhere in the sentence but the aside ("..., according to
  // people familiar with the talks").
  auto hedge_of = [&](std::string_view sentence_text, const RuleMatch& m,
                      std::string_view between, std::string_view after_aside,
                      std::string_view lead, bool states_clause) -> const std::string* {
    for (std::string_view scope : {between, after_aside, states_clause ? lead : ""}) {
      if (const std::string* cue = first_cue_as_written(scope, hedges_)) return cue;
    }
    if (!states_clause) return nullptr;  // "Aden, Yemen" is not what the sources say
    std::string outside_aside(sentence_text);
    if (m.mod_end > m.mod_begin) outside_aside.erase(m.mod_begin, m.mod_end - m.mod_begin);
    return first_cue_as_written(outside_aside, hedge_sources_);
  };
  const std::vector<Voice> voices = sentence_voices(doc.text, analysis.sentences, comment_headings_);

  std::vector<int> candidates;
  std::vector<RuleMatch> matches;
  // Matches that are no triples yet: ~SAME_PARTY hints and {PAIR:NORP} objects (party_pairs.h).
  std::vector<Triple> same_party, pairs;
  // (subject mention, object mention, relation) pairs a veto rule matched in this sentence.
  std::set<std::tuple<int, int, std::string>> vetoed;
  for (size_t sentence_index = 0; sentence_index < analysis.sentences.size(); ++sentence_index) {
    const Span sentence = analysis.sentences[sentence_index];
    const Voice voice = voices[sentence_index];
    auto first = std::lower_bound(mentions.begin(), mentions.end(), sentence.begin,
                                  [](const Mention& m, uint32_t b) { return m.span.begin < b; });
    size_t first_mention = static_cast<size_t>(first - mentions.begin());
    const std::string abstracted = abstract_sentence(doc.text, sentence, mentions, first_mention);
    const std::string_view text = abstracted;
    auto offset = [&](re2::StringPiece piece) {
      return static_cast<size_t>(piece.data() - abstracted.data());
    };

    // Running the few rules that can match is far cheaper than one RE2::Set of all rules, whose
    // DFA states multiply across rules and are rebuilt for nearly every sentence.
    filter_.candidates(abstracted, &candidates);
    matches.clear();
    vetoed.clear();
    for (int r : candidates) {
      const RelationRule& rule = rules_[static_cast<size_t>(r)];
      const int ngroups = rule.re->NumberOfCapturingGroups() + 1;
      RuleMatch m;
      m.rule = static_cast<size_t>(r);
      m.groups.resize(static_cast<size_t>(ngroups));
      size_t pos = 0;
      while (pos < abstracted.size() && rule.re->Match(abstracted, pos, abstracted.size(),
                                                       RE2::UNANCHORED, m.groups.data(), ngroups)) {
        re2::StringPiece subj = m.groups[rule.subject_group];
        re2::StringPiece obj = m.groups[rule.object_group];
        size_t subj_at = offset(subj), obj_at = offset(obj);
        bool subject_first = subj_at < obj_at;
        m.first_begin = subject_first ? subj_at : obj_at;
        m.first_end = subject_first ? subj_at + subj.size() : obj_at + obj.size();
        m.second_begin = subject_first ? obj_at : subj_at;
        m.end = offset(m.groups[0]) + m.groups[0].size();
        // Resume after the first argument: the next match starts later, and a chain such as
        // "Boeing CEO A and Airbus CEO B" yields both.
        pos = m.first_end;
        if (std::any_of(rule.gap_groups.begin(), rule.gap_groups.end(), [&](int g) {
              const re2::StringPiece& gap = m.groups[static_cast<size_t>(g)];
              return crosses_clause_break(std::string_view(gap.data(), gap.size()), clause_breaks_,
                                        subject_pronouns_);
            })) {
          continue;
        }
        if (!std::all_of(rule.job_groups.begin(), rule.job_groups.end(), [&](int g) {
              const re2::StringPiece& job = m.groups[static_cast<size_t>(g)];
              return job.data() == nullptr ||
                     is_job_phrase(std::string_view(job.data(), job.size()), non_title_words_);
            })) {
          continue;
        }
        // The subject's verb is no bare "-ing" form ("the FEC on Jan. 28 accusing X").
        if (subject_first && bare_participle_verb(text, rule, m.groups, subj_at + subj.size(), obj_at)) {
          continue;
        }
        m.mod_begin = m.mod_end = 0;
        if (rule.mod_group > 0 && m.groups[rule.mod_group].data() != nullptr) {
          re2::StringPiece mod = m.groups[rule.mod_group];
          if (aside_words(std::string_view(mod.data(), mod.size())) > kMaxAsideWords) continue;
          m.mod_begin = offset(mod);
          m.mod_end = m.mod_begin + mod.size();
        }
        if (rule.veto) {
          vetoed.emplace(placeholder_index(subj), placeholder_index(obj), rule.relation);
          continue;
        }
        matches.push_back(m);
      }
    }

    for (const RuleMatch& m : matches) {
      const RelationRule& rule = rules_[m.rule];
      int s = placeholder_index(m.groups[rule.subject_group]);
      int o = placeholder_index(m.groups[rule.object_group]);
      if (same_entity(s, o) || is_handle(s) || is_handle(o)) continue;
      if (vetoed.count({s, o, rule.relation})) continue;
      if (starts_in_aside(m, matches, rules_)) continue;
      // Only a party is membership: "Canadian Natural Resources Minister Claire Dubois" is no
      // MEMBER_OF Canadian, while "Democratic Sen. Ann Lee" is MEMBER_OF Democrat.
      if (rule.relation == "MEMBER_OF" && mentions[o].type == EntityType::kNorp && !is_party(o)) {
        continue;
      }
      // A cue between the arguments negates the match, unless it sits in the {MOD} aside ("Jones,
      // who did not run, endorsed Smith"); so does one just before the first argument, in its
      // clause, when the match states a clause ("Smith denies that he killed Jones"), not a noun
      // phrase ("refused to recognize Veloria President Anton Marek" keeps its ROLE).
      std::string_view before_mod = text.substr(m.first_end, m.second_begin - m.first_end);
      std::string_view after_mod;
      if (m.mod_end > m.mod_begin && m.mod_begin >= m.first_end && m.mod_end <= m.second_begin) {
        before_mod = text.substr(m.first_end, m.mod_begin - m.first_end);
        after_mod = text.substr(m.mod_end, m.second_begin - m.mod_end);
      }
      if (negated(before_mod) || negated(after_mod)) continue;
      const bool states_clause = holds_verb(text.substr(m.first_begin, m.end - m.first_begin));
      const std::string_view lead = clause_before(text, m.first_begin);
      if (states_clause && negated(lead)) continue;
      if (rule.relation == "MET" && mentions[o].span.begin < mentions[s].span.begin) {
        std::swap(s, o);  // symmetric: the first-written party is the subject
      }

      // A nationality before a government title stands for its country: "Canadian Natural
      // Resources Minister X" holds a ROLE in Canada, the node "Canada" named anywhere else.
      const std::string* country = nullptr;
      if (rule.relation == "ROLE" && mentions[o].type == EntityType::kNorp) {
        country = country_of(o);
        if (country == nullptr) continue;
      }

      Triple t;
      t.subject = argument(s);
      t.object = argument(o);
      if (country != nullptr) t.object.id = country_entity_id(*country);
      t.relation = rule.relation;
      t.predicate = verb_lemma(rule, m.groups);
      t.evidence = sentence;
      t.rule = rule.id;
      t.confidence = rule.confidence;
      if (const std::string* cue = hedge_of(text, m, before_mod, after_mod, lead, states_clause)) {
        t.hedge = *cue;
        if (!t.hedge.empty() && t.hedge.back() == ',') t.hedge.pop_back();  // "Reportedly, ..."
        t.confidence *= kHedgedConfidence;
      }
      if (voice != Voice::kArticle) {
        t.voice = voice_name(voice);
        t.confidence *= kOtherVoiceConfidence;
      }
      if (rule.amount_group > 0 && m.groups[rule.amount_group].data() != nullptr) {
        t.amount = argument(placeholder_index(m.groups[rule.amount_group]));
      }
      if (rule.title_group > 0 && m.groups[rule.title_group].data() != nullptr) {
        t.title = std::string(m.groups[rule.title_group].data(), m.groups[rule.title_group].size());
      } else if (rule.relation == "ROLE") {
        t.title = mentions[s].title;
      }
      // "Smith and Jones met with Lee": each coordinated subject written before the subject
      // states the same fact (the subject must come first, as in an active clause). Not when only
      // a comma parts subject and object: "Jackson, Wyo., and Gunnison, Colo." lists places each
      // with its own state.
      std::vector<Triple> facts;
      const size_t subject_at = offset(m.groups[rule.subject_group]);
      const size_t subject_end = subject_at + m.groups[rule.subject_group].size();
      const size_t object_at = offset(m.groups[rule.object_group]);
      const bool comma_pair =
          object_at > subject_end && trim(text.substr(subject_end, object_at - subject_end)) == ",";
      if (subject_at == m.first_begin && !comma_pair) {
        std::string_view placeholder(m.groups[rule.subject_group].data(),
                                     m.groups[rule.subject_group].size());
        std::string_view type = placeholder.substr(2, placeholder.find(':') - 2);
        size_t first_at = subject_at;
        std::vector<int> others = coordinated_before(text, subject_at, type, &first_at);
        // Not the object of an earlier verb: "Obama endorsed Harris and Biden backed Warren".
        if (holds_verb(text.substr(0, first_at))) others.clear();
        for (int other : others) {
          if (same_entity(other, o) || vetoed.count({other, o, rule.relation})) continue;
          Triple copy = t;
          copy.subject = argument(other);
          if (rule.relation == "ROLE" && rule.title_group <= 0) copy.title = mentions[other].title;
          facts.push_back(std::move(copy));
        }
      }
      facts.push_back(std::move(t));
      if (rule.hint || rule.object_is_pair) {
        std::vector<Triple>& held = rule.hint ? same_party : pairs;
        for (Triple& fact : facts) held.push_back(std::move(fact));
        continue;
      }
      for (Triple& fact : facts) {
        Key key{sentence.begin, fact.subject.span.begin, fact.object.span.begin, fact.relation};
        auto it = found.find(key);
        if (it == found.end()) {
          found.emplace(std::move(key), std::move(fact));
        } else if (fact.confidence > it->second.confidence ||
                   (fact.title.size() > 0 && it->second.title.empty() &&
                    fact.confidence == it->second.confidence)) {
          it->second = std::move(fact);
        }
      }
    }
  }

  std::vector<Triple> triples;
  triples.reserve(found.size());
  for (auto& entry : found) triples.push_back(std::move(entry.second));
  // "Mayor X" with no place of its own: the dateline's (dateline_titles.h), sorted in like the rest.
  auto key_of = [](const Triple& t) {
    return Key{t.evidence.begin, t.subject.span.begin, t.object.span.begin, t.relation};
  };
  for (Triple& role : dateline_title_roles(doc, analysis, local_titles_, voices, triples)) {
    auto at = std::lower_bound(triples.begin(), triples.end(), key_of(role),
                               [&](const Triple& t, const Key& k) { return key_of(t) < k; });
    if (at == triples.end() || key_of(*at) != key_of(role)) triples.insert(at, std::move(role));
  }
  std::vector<Triple> members = resolve_party_pairs(triples, same_party, pairs);
  if (!members.empty()) {
    // The members of one pair share a key: their ids order them.
    for (Triple& t : members) triples.push_back(std::move(t));
    std::stable_sort(triples.begin(), triples.end(), [&](const Triple& a, const Triple& b) {
      return key_of(a) < key_of(b);
    });
  }
  return triples;
}

}  // namespace kg
