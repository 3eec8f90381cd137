#include "extract/its_references.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "extract/lexicon.h"
#include "extract/reference_mentions.h"

namespace kg {
namespace {

// Words that may stand before the mention opening a sentence for it to be the sentence's subject:
// "The Larkspur Trust said", not "According to Acme, ...".
constexpr size_t kWordsBeforeSubject = 1;

std::string lower_case(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ascii_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '\'';
}

// `s` without spaces and opening quotes or brackets at either end: what a sentence holds before
// a word, as far as words go.
std::string_view strip_openers(std::string_view s) {
  for (;;) {
    s = trim(s);
    if (!s.empty() && (s.front() == '"' || s.front() == '(' || s.front() == '\'')) {
      s.remove_prefix(1);
    } else if (s.size() >= 3 &&
               (s.substr(0, 3) == "\xE2\x80\x9C" || s.substr(0, 3) == "\xE2\x80\x98")) {
      s.remove_prefix(3);  // “ ‘
    } else {
      return s;
    }
  }
}

}  // namespace

Result<ItsReferences> ItsReferences::load(const std::string& rules_dir) {
  ItsReferences references;
  const std::pair<std::set<std::string, std::less<>>*, const char*> lists[] = {
      {&references.pronouns_, "org_possessive_pronouns.txt"},
      {&references.clause_breaks_, "clause_breaks.txt"}};
  for (const auto& [set, name] : lists) {
    Result<std::vector<RuleLine>> words = read_rule_lines(rules_dir + "/lexicon/" + name);
    if (!words.ok()) return words.status();
    for (const RuleLine& word : *words) set->insert(lower_case(word.text));
  }
  return references;
}

void ItsReferences::resolve(const Document& doc, DocumentAnalysis* analysis) const {
  const std::string_view text = doc.text;
  std::vector<Mention>& mentions = analysis->mentions;
  const std::vector<Span>& sentences = analysis->sentences;
  if (mentions.empty() || sentences.empty()) return;

  // The mentions of each sentence, as indexes in text order.
  std::vector<std::vector<size_t>> in_sentence(sentences.size());
  for (size_t i = 0, s = 0; i < mentions.size(); ++i) {
    while (s < sentences.size() && sentences[s].end <= mentions[i].span.begin) ++s;
    if (s < sentences.size() && sentences[s].contains(mentions[i].span)) {
      in_sentence[s].push_back(i);
    }
  }
  auto entity = [&](size_t i) { return analysis->entity_of[i]; };
  // The organization that opens sentence s as its subject, or its first mention; -1 if none.
  auto subject = [&](size_t s) -> std::pair<int, size_t> {
    if (in_sentence[s].empty()) return {-1, 0};
    const size_t first = in_sentence[s].front();
    const Mention& m = mentions[first];
    std::string_view before =
        strip_openers(text.substr(sentences[s].begin, m.span.begin - sentences[s].begin));
    if (m.type != EntityType::kOrg || before.find(',') != std::string_view::npos ||
        split_words(before).size() > kWordsBeforeSubject) {
      return {-1, 0};
    }
    return {entity(first), first};
  };
  // The organization sentence s is about: its subject, else the only one it names.
  auto about = [&](size_t s) {
    if (int e = subject(s).first; e >= 0) return e;
    int only = -1;
    for (size_t i : in_sentence[s]) {
      if (mentions[i].type != EntityType::kOrg || entity(i) == only) continue;
      if (only >= 0) return -1;
      only = entity(i);
    }
    return only;
  };

  std::vector<std::pair<Mention, int>> added;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Span sentence = sentences[s];
    size_t next = 0;  // the sentence's next mention, to skip pronouns written inside a name
    for (uint32_t b = sentence.begin; b < sentence.end;) {
      if (!ascii_word_byte(text[b]) || (b > sentence.begin && ascii_word_byte(text[b - 1]))) {
        ++b;
        continue;
      }
      uint32_t e = b;
      while (e < sentence.end && ascii_word_byte(text[e])) ++e;
      const Span word{b, e};
      b = e;
      if (!pronouns_.count(lower_case(word.of(text)))) continue;
      const std::vector<size_t>& here = in_sentence[s];
      while (next < here.size() && mentions[here[next]].span.end <= word.begin) ++next;
      if (next < here.size() && mentions[here[next]].span.overlaps(word)) continue;

      std::string_view before =
          strip_openers(text.substr(sentence.begin, word.begin - sentence.begin));
      int referent = -1;
      if (before.empty()) {
        if (s > 0) referent = about(s - 1);
      } else {
        std::vector<std::string_view> words = split_words(before);
        const bool clause = before.back() == ';' ||
                            (!words.empty() && clause_breaks_.count(lower_case(words.back())));
        const auto [opener, first] = subject(s);
        if (clause && opener >= 0) {
          // No other organization between the subject and the pronoun.
          referent = opener;
          for (size_t i : here) {
            if (mentions[i].span.begin > mentions[first].span.begin &&
                mentions[i].span.end <= word.begin && mentions[i].type == EntityType::kOrg &&
                entity(i) != opener) {
              referent = -1;
            }
          }
        }
      }
      if (referent < 0) continue;
      Mention reference;
      reference.span = word;
      reference.type = EntityType::kOrg;
      reference.rule = "its";
      reference.description = true;
      reference.possessive = true;
      added.push_back({std::move(reference), referent});
      ++analysis->entities[static_cast<size_t>(referent)].mentions;
    }
  }
  insert_reference_mentions(std::move(added), analysis);
}

}  // namespace kg
