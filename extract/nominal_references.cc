#include "extract/nominal_references.h"

#include <algorithm>
#include <set>
#include <utility>

#include "extract/lexicon.h"
#include "extract/reference_mentions.h"

namespace kg {
namespace {

// Sentences back from the description's own in which its entity must have been named.
constexpr size_t kReachSentences = 4;
// Words of an apposition ("Jane Smith, the longtime Acme founder,") searched for the noun.
constexpr size_t kAppositionWords = 6;
// Words before a name searched for the noun ("billionaire investor Jane Smith").
constexpr size_t kPreNounWords = 3;
// Words allowed between "the" and the noun ("the Republican governor").
constexpr size_t kModifierWords = 2;

struct Word {
  Span span;               // as written, with a possessive "'s"
  Span noun;               // without it
  std::string_view lower;  // the noun part in lower case (a view of the lowered text)
  bool capital = false;
  bool acronym = false;  // all capitals, two letters or more: "PAC"
};

std::string lower_case(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_right_quote(std::string_view text, size_t i) {
  return text.compare(i, 3, "\xE2\x80\x99") == 0;
}

// Letters, digits, hyphens, other UTF-8 letters; an apostrophe only inside a word. Quotes and
// dashes (E2 80 xx) are not word bytes.
bool word_byte(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
    return true;
  }
  if (c < 0x80) return false;
  if (c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80)
    return false;
  return true;
}

// `lowered` is `text` in lower case (ASCII letters only, so offsets agree); words view it.
std::vector<Word> split_text(std::string_view text, std::string_view lowered) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    if (!word_byte(text, i)) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < text.size() && word_byte(text, i)) ++i;
    size_t noun_end = i;
    // A possessive "'s" / "’s" belongs to the word, not to its noun.
    size_t quote = text.compare(i, 1, "'") == 0 ? 1 : is_right_quote(text, i) ? 3 : 0;
    if (quote && i + quote < text.size() && text[i + quote] == 's' &&
        (i + quote + 1 == text.size() || !word_byte(text, i + quote + 1))) {
      i += quote + 1;
    }
    Word word;
    word.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(i)};
    word.noun = {static_cast<uint32_t>(begin), static_cast<uint32_t>(noun_end)};
    word.lower = word.noun.of(lowered);
    word.capital = text[begin] >= 'A' && text[begin] <= 'Z';
    word.acronym =
        noun_end - begin >= 2 && std::all_of(text.begin() + static_cast<long>(begin),
                                             text.begin() + static_cast<long>(noun_end),
                                             [](char c) { return c >= 'A' && c <= 'Z'; });
    words.push_back(std::move(word));
  }
  return words;
}

// Only spaces between two offsets: the words on either side belong to one phrase.
bool only_spaces(std::string_view text, uint32_t from, uint32_t to) {
  if (from >= to) return from == to;
  for (uint32_t i = from; i < to; ++i) {
    if (text[i] != ' ') return false;
  }
  return true;
}

bool is_the(const Word& word) { return word.lower == "the"; }

// Words of the longest job title after an organization's noun ("chief executive").
constexpr size_t kJobTitleWords = 3;

// An organization's noun with no "the" that heads a job title right before a person's name:
// "from agency spokeswoman Holly Brennan", "said company spokesman Tom Reyes". It names the
// person's employer as "the agency" would. The word before the noun must not modify it ("a travel
// agency owner" is some other agency): only the start of a clause, punctuation or a plain word
// (a preposition, a determiner, "said") may stand there.
bool heads_job_before_name(std::string_view text, const std::vector<Word>& words, size_t w,
                           const std::vector<int>& mention_of, const std::vector<Mention>& mentions,
                           const std::set<std::string, std::less<>>& job_titles,
                           const std::set<std::string, std::less<>>& plain_words) {
  if (w > 0 && only_spaces(text, words[w - 1].span.end, words[w].span.begin) &&
      (mention_of[w - 1] >= 0 || words[w - 1].span != words[w - 1].noun ||
       !plain_words.count(words[w - 1].lower))) {
    return false;
  }
  std::string job;
  for (size_t k = w + 1; k < words.size() && k <= w + kJobTitleWords; ++k) {
    const Word& word = words[k];
    if (word.capital || mention_of[k] >= 0 || word.span != word.noun ||
        !only_spaces(text, words[k - 1].span.end, word.span.begin)) {
      return false;
    }
    if (!job.empty()) job += ' ';
    job += word.lower;
    if (!job_titles.count(job) || k + 1 >= words.size()) continue;
    const Word& name = words[k + 1];
    const int person = mention_of[k + 1];
    if (person >= 0 && mentions[static_cast<size_t>(person)].type == EntityType::kPerson &&
        mentions[static_cast<size_t>(person)].span.begin == name.span.begin &&
        only_spaces(text, word.span.end, name.span.begin)) {
      return true;
    }
  }
  return false;
}

}  // namespace

Result<NominalReferences> NominalReferences::load(const std::string& rules_dir) {
  const std::string path = rules_dir + "/lexicon/descriptions.tsv";
  Result<std::vector<RuleLine>> lines = read_rule_lines(path);
  if (!lines.ok()) return lines.status();
  NominalReferences references;
  Result<WordSet> others = WordSet::load(rules_dir + "/lexicon/other_referent_modifiers.txt");
  if (!others.ok()) return others.status();
  references.other_referent_ = std::move(*others);
  for (const RuleLine& line : *lines) {
    std::vector<std::string> fields;
    size_t start = 0;
    for (;;) {
      size_t tab = line.text.find('\t', start);
      fields.push_back(line.text.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    std::optional<EntityType> type = fields.size() >= 2 ? parse_type(fields[1]) : std::nullopt;
    if (fields.size() > 3 || !type || fields[0].empty() || lower_case(fields[0]) != fields[0]) {
      return Status::BadRule(path + ":" + std::to_string(line.number) +
                             ": want NOUN<TAB>TYPE[<TAB>TIES], the noun in lower case");
    }
    Noun noun;
    noun.type = *type;
    if (fields.size() == 3) {
      size_t from = 0;
      for (;;) {
        size_t comma = fields[2].find(',', from);
        std::string tie(trim(std::string_view(fields[2]).substr(from, comma - from)));
        if (!tie.empty()) noun.ties.push_back(lower_case(tie));
        if (comma == std::string::npos) break;
        from = comma + 1;
      }
    }
    references.nouns_[fields[0]] = std::move(noun);
  }
  for (const auto& [word, noun] : references.nouns_) references.noun_index_.emplace(word, &noun);
  // Lists for heads_job_before_name(): every word in lower case.
  const std::pair<std::set<std::string, std::less<>>*, const char*> lists[] = {
      {&references.job_titles_, "titles.txt"},
      {&references.plain_words_, "common_words.txt"},
      {&references.plain_words_, "clause_breaks.txt"}};
  for (const auto& [set, name] : lists) {
    Result<std::vector<RuleLine>> words = read_rule_lines(rules_dir + "/lexicon/" + name);
    if (!words.ok()) return words.status();
    for (const RuleLine& word : *words) set->insert(lower_case(word.text));
  }
  return references;
}

bool NominalReferences::tied_by_name(const Entity& entity, std::string_view noun,
                                     const Noun& info) const {
  auto listed = [&info](const std::string& word) {
    return std::find(info.ties.begin(), info.ties.end(), word) != info.ties.end();
  };
  for (const std::string& title : entity.titles) {
    if (listed(lower_case(title))) return true;
  }
  if (entity.type == EntityType::kPerson) return false;  // "Jane Bank" is no bank
  std::vector<std::string_view> words = split_words(entity.label);
  if (words.size() < 2) return false;
  std::string last = lower_case(words.back());
  if (last == noun || listed(last)) return true;
  // The head of "Department of Water Resources", "Bank of Ashford": the word before "of".
  auto of = std::find(words.begin() + 1, words.end(), "of");
  if (of == words.end()) return false;
  std::string head = lower_case(*(of - 1));
  return head == noun || listed(head);
}

void NominalReferences::resolve(const Document& doc, DocumentAnalysis* analysis) const {
  const std::string_view text = doc.text;
  std::vector<Mention>& mentions = analysis->mentions;
  const std::vector<Span>& sentences = analysis->sentences;
  if (mentions.empty()) return;
  auto sentence_of = [&sentences](uint32_t offset) -> size_t {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](uint32_t o, Span s) { return o < s.begin; });
    return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin() - 1);
  };
  const std::string lowered = lower_case(text);
  const std::vector<Word> words = split_text(text, lowered);

  // The mention each word lies in, or -1.
  std::vector<int> mention_of(words.size(), -1);
  for (size_t w = 0, m = 0; w < words.size(); ++w) {
    while (m < mentions.size() && mentions[m].span.end <= words[w].span.begin) ++m;
    if (m < mentions.size() && mentions[m].span.overlaps(words[w].span)) {
      mention_of[w] = static_cast<int>(m);
    }
  }
  auto first_word_at = [&words](uint32_t offset) {
    return static_cast<size_t>(
        std::lower_bound(words.begin(), words.end(), offset,
                         [](const Word& w, uint32_t o) { return w.span.begin < o; }) -
        words.begin());
  };

  // Ties written next to a name, each with the offset from which it counts.
  struct Tie {
    uint32_t at;
    int entity;
    std::string noun;
  };
  std::vector<Tie> ties;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.pronoun || m.type >= EntityType::kMoney) continue;
    const int entity = analysis->entity_of[i];
    auto add_tie = [&](const Word& word, uint32_t at) {
      const Noun* noun = noun_of(word.lower);
      if (noun != nullptr && noun->type == m.type) {
        ties.push_back({at, entity, std::string(word.lower)});
      }
    };
    // After it: ", the|a|an WORDS" up to the next punctuation.
    size_t w = first_word_at(m.span.end);
    if (w < words.size() &&
        trim(text.substr(m.span.end, words[w].span.begin - m.span.end)) == "," &&
        (words[w].lower == "the" || words[w].lower == "a" || words[w].lower == "an")) {
      for (size_t k = w + 1; k < words.size() && k <= w + kAppositionWords; ++k) {
        if (!only_spaces(text, words[k - 1].span.end, words[k].span.begin)) break;
        add_tie(words[k], m.span.end);
        if (words[k].span != words[k].noun) break;  // a possessive ends the head noun's phrase
      }
    }
    // Between it and a person's name: "Aldermark Aerospace CEO Victor Lindqvist" ties the
    // corporate titles listed as TIES of "company" to the organization.
    if (m.type == EntityType::kOrg && i + 1 < mentions.size() && !mentions[i + 1].pronoun &&
        mentions[i + 1].type == EntityType::kPerson && mentions[i + 1].span.begin > m.span.end) {
      std::string title =
          lower_case(trim(text.substr(m.span.end, mentions[i + 1].span.begin - m.span.end)));
      for (const auto& [noun, info] : nouns_) {
        if (info.type == EntityType::kOrg && !title.empty() &&
            std::find(info.ties.begin(), info.ties.end(), title) != info.ties.end()) {
          ties.push_back({m.span.end, entity, noun});
        }
      }
    }
    // Before it: "billionaire investor NAME", listed nouns right before the name only, so that
    // "A super PAC backing Senate candidate Dan Reyes" ties no "PAC" to the Senate.
    size_t before = first_word_at(m.span.begin);
    uint32_t next_begin = m.span.begin;
    for (size_t k = before; k > 0 && before - k < kPreNounWords; --k) {
      const Word& word = words[k - 1];
      if (mention_of[k - 1] >= 0 || !only_spaces(text, word.span.end, next_begin)) break;
      if (!noun_of(word.lower)) break;
      add_tie(word, m.span.begin);
      next_begin = word.span.begin;
    }
  }
  std::sort(ties.begin(), ties.end(), [](const Tie& a, const Tie& b) { return a.at < b.at; });

  // Walk the text once: mentions seen so far tell each entity's last sentence.
  std::vector<long> last_sentence(analysis->entities.size(), -1);
  std::vector<std::set<std::string, std::less<>>> tied(analysis->entities.size());
  std::vector<std::pair<Mention, int>> added;
  size_t next_mention = 0, next_tie = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    const Word& word = words[w];
    while (next_mention < mentions.size() && mentions[next_mention].span.end <= word.span.begin) {
      last_sentence[analysis->entity_of[next_mention]] =
          static_cast<long>(sentence_of(mentions[next_mention].span.begin));
      ++next_mention;
    }
    while (next_tie < ties.size() && ties[next_tie].at <= word.span.begin) {
      tied[ties[next_tie].entity].insert(ties[next_tie].noun);
      ++next_tie;
    }
    const Noun* noun = noun_of(word.lower);
    // A capitalized word is a name's, but a common noun written as an acronym is a description:
    // "the PAC" (descriptions.tsv "pac").
    if (noun == nullptr || (word.capital && !word.acronym) || mention_of[w] >= 0) continue;
    // "the" before it, perhaps with a modifier or two: "the Republican governor".
    size_t the = w;
    for (size_t k = w; k > 0 && w - k <= kModifierWords; --k) {
      if (!only_spaces(text, words[k - 1].span.end, words[k].span.begin)) break;
      if (is_the(words[k - 1])) {
        the = k - 1;
        break;
      }
      if (noun_of(words[k - 1].lower)) break;
    }
    const bool bare_before_job =
        the == w && noun->type == EntityType::kOrg &&
        heads_job_before_name(text, words, w, mention_of, mentions, job_titles_, plain_words_);
    if (the == w && !bare_before_job) continue;
    // "the rival company", "the other senator": a modifier that points to someone else.
    if (the < w && std::any_of(words.begin() + static_cast<long>(the) + 1,
                               words.begin() + static_cast<long>(w), [this](const Word& m) {
                                 return other_referent_.contains(m.lower);
                               })) {
      continue;
    }
    // Not an apposition to the name just before it ("Jane Smith, the senator, said"): that is
    // the tie, not a reference.
    // Nor inside an aside that opens after a name ("Jane Smith, a Democrat who clashed with the
    // governor, endorsed Lee"): the rules would take it for the clause's subject. An event is
    // never such a subject, so "Haaland, who spoke at the summit," keeps its reference.
    const Span sentence_span = sentences.empty() ? Span{0, static_cast<uint32_t>(text.size())}
                                                 : sentences[sentence_of(word.span.begin)];
    // A possessive is no apposition: in "Jane Smith, the company's treasurer," the company is
    // the one named before, not Jane Smith. Nor is the text after a comma that closes an aside
    // ("Jane Smith, the activist who founded Acme, accused the utility"): an even number of
    // commas before it in the sentence.
    const bool possessive = word.span != word.noun;
    size_t comma = text.rfind(',', words[the].span.begin);
    const bool opens_aside = comma != std::string_view::npos && comma >= sentence_span.begin &&
                             std::count(text.begin() + sentence_span.begin,
                                        text.begin() + static_cast<long>(comma), ',') %
                                     2 ==
                                 0;
    if (noun->type != EntityType::kEvent && !possessive && opens_aside) {
      size_t name_end = text.find_last_not_of(' ', comma - (comma > 0 ? 1 : 0));
      size_t before = first_word_at(static_cast<uint32_t>(comma));
      if (name_end != std::string_view::npos && before > 0 && mention_of[before - 1] >= 0 &&
          words[before - 1].span.end == name_end + 1) {
        continue;
      }
    }
    // Not a noun that leads into a name or a job phrase: "the charity Clean Rivers Trust",
    // "the founder of Acme".
    if (word.span == word.noun && w + 1 < words.size() &&
        only_spaces(text, word.span.end, words[w + 1].span.begin) &&
        (words[w + 1].capital || words[w + 1].lower == "of")) {
      continue;
    }
    // The one fitting entity named in the last few sentences; with none there, the one named
    // anywhere before ("The charity received $2 million" paragraphs after the trust was named).
    const size_t sentence = sentence_of(word.span.begin);
    int near = -1, anywhere = -1;
    size_t near_count = 0, anywhere_count = 0;
    for (size_t e = 0; e < analysis->entities.size(); ++e) {
      const Entity& entity = analysis->entities[e];
      if (entity.type != noun->type || last_sentence[e] < 0) continue;
      if (!tied[e].count(word.lower) && !tied_by_name(entity, word.lower, *noun)) continue;
      ++anywhere_count;
      anywhere = static_cast<int>(e);
      if (static_cast<size_t>(last_sentence[e]) + kReachSentences >= sentence) {
        ++near_count;
        near = static_cast<int>(e);
      }
    }
    const int only = near_count == 1                          ? near
                     : near_count == 0 && anywhere_count == 1 ? anywhere
                                                              : -1;
    if (only < 0) continue;
    Mention reference;
    reference.span = word.noun;
    reference.type = noun->type;
    reference.rule = "description";
    reference.description = true;
    added.push_back({std::move(reference), only});
    last_sentence[only] = static_cast<long>(sentence);
    ++analysis->entities[only].mentions;
  }
  insert_reference_mentions(std::move(added), analysis);
}

}  // namespace kg
