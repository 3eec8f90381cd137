#include "extract/dateline_titles.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

namespace kg {
namespace {

bool same_letters(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool listed(const std::vector<std::string>& list, std::string_view title) {
  return std::any_of(list.begin(), list.end(),
                     [&](const std::string& t) { return same_letters(t, title); });
}

bool is_place(EntityType type) {
  return type == EntityType::kGpe || type == EntityType::kLoc || type == EntityType::kOrg;
}

// The word that ends one space before `at`, without a possessive "'s": "Acme" in "Acme's Mayor";
// empty when no word stands there.
std::string_view word_before(std::string_view text, size_t at) {
  if (at < 2 || text[at - 1] != ' ') return {};
  size_t end = at - 1;
  if (end >= 2 && text.substr(end - 2, 2) == "'s") end -= 2;
  if (end >= 4 && text.substr(end - 4, 4) == "\xE2\x80\x99s") end -= 4;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return text.substr(begin, end - begin);
}

}  // namespace

std::vector<Triple> dateline_title_roles(const Document& doc, const DocumentAnalysis& analysis,
                                         const LocalTitles& titles, const std::vector<Voice>& voices,
                                         const std::vector<Triple>& found) {
  std::vector<Triple> roles;
  const std::vector<Mention>& mentions = analysis.mentions;
  const std::string_view text = doc.text;
  auto argument = [&](size_t i) {
    Argument arg;
    arg.span = mentions[i].span;
    if (i < analysis.entity_of.size() && analysis.entity_of[i] >= 0 &&
        static_cast<size_t>(analysis.entity_of[i]) < analysis.entities.size()) {
      arg.id = analysis.entities[static_cast<size_t>(analysis.entity_of[i])].id;
    }
    return arg;
  };

  size_t dateline = 0;
  while (dateline < mentions.size() && !(mentions[dateline].rule == "name.dateline" &&
                                         mentions[dateline].type == EntityType::kGpe)) {
    ++dateline;
  }
  if (dateline == mentions.size()) return roles;
  const Argument city = argument(dateline);

  // The state: the dateline's own second part, else where the article puts the town.
  std::optional<Argument> state;
  if (dateline + 1 < mentions.size() && mentions[dateline + 1].type == EntityType::kGpe) {
    const Span gap{mentions[dateline].span.end, mentions[dateline + 1].span.begin};
    if (gap.of(text) == ", ") state = argument(dateline + 1);
  }
  for (const Triple& t : found) {
    if (state || city.id.empty()) break;
    if (t.relation == "LOCATED_IN" && t.subject.id == city.id && t.object.id.rfind("gpe:", 0) == 0) {
      state = t.object;
    }
  }
  // Else the state the town lies in, when the article names it.
  const int city_entity = dateline < analysis.entity_of.size() ? analysis.entity_of[dateline] : -1;
  if (!state && city_entity >= 0 && static_cast<size_t>(city_entity) < analysis.entities.size()) {
    auto known = titles.city_states.find(analysis.entities[static_cast<size_t>(city_entity)].label);
    for (size_t i = 0; known != titles.city_states.end() && !state && i < mentions.size(); ++i) {
      const int e = i < analysis.entity_of.size() ? analysis.entity_of[i] : -1;
      if (mentions[i].type == EntityType::kGpe && e >= 0 &&
          static_cast<size_t>(e) < analysis.entities.size() &&
          analysis.entities[static_cast<size_t>(e)].label == known->second) {
        state = argument(i);
      }
    }
  }

  for (size_t i = dateline + 1; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.type != EntityType::kPerson || m.pronoun || m.description || m.title.empty()) continue;
    const bool city_title = listed(titles.city, m.title);
    if (!city_title && !(state && listed(titles.state, m.title))) continue;
    // The title stands right before the name, with nothing but a space between.
    const size_t title_at = m.span.begin - std::min<size_t>(m.span.begin, m.title.size() + 1);
    if (!same_letters(text.substr(title_at, m.title.size()), m.title) ||
        text[m.span.begin - 1] != ' ') {
      continue;
    }
    // The word before the title: "Former" makes a past office; any other capitalized word
    // gives the title a place or an employer of its own, known or not ("Ohio Gov. X", "Nampa
    // Mayor X", "Acme's Police Chief X"), but a party ("Democratic Mayor X", a NORP mention).
    const std::string_view before = word_before(text, title_at);
    const bool past = listed(titles.past, before);
    if (!before.empty() && std::isupper(static_cast<unsigned char>(before[0])) && !past &&
        !(i > 0 && mentions[i - 1].type == EntityType::kNorp &&
          mentions[i - 1].span.end + 1 == title_at)) {
      continue;
    }
    if (i + 1 < mentions.size() && is_place(mentions[i + 1].type) &&
        text.substr(m.span.end, mentions[i + 1].span.begin - m.span.end) == " of ") {
      continue;
    }
    auto sentence = std::find_if(analysis.sentences.begin(), analysis.sentences.end(),
                                 [&](const Span& s) { return s.end >= m.span.end; });
    if (sentence == analysis.sentences.end() || sentence->begin > m.span.begin) continue;
    const size_t sentence_index = static_cast<size_t>(sentence - analysis.sentences.begin());
    if (sentence_index >= voices.size() || voices[sentence_index] != Voice::kArticle) continue;
    if (std::any_of(found.begin(), found.end(), [&](const Triple& t) {
          return t.relation == "ROLE" && t.subject.span.begin == m.span.begin &&
                 same_letters(t.title, m.title);
        })) {
      continue;
    }
    Triple t;
    t.subject = argument(i);
    t.object = city_title ? city : *state;
    t.relation = "ROLE";
    t.predicate = "be";
    t.title = m.title;
    if (past) t.title = std::string(text.substr(title_at - before.size() - 1,
                                                 m.span.begin - title_at + before.size()));
    t.evidence = *sentence;
    t.rule = "dateline.local_title";
    t.confidence = 0.6;
    roles.push_back(std::move(t));
  }
  return roles;
}

}  // namespace kg
