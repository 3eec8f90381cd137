#include "extract/canonicalizer.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "base/number_format.h"
#include "extract/mention_finder.h"
#include "extract/slug.h"

namespace kg {
namespace {

// The last `count` words of a name ("van der Merwe" of "Pieter van der Merwe" for 3), or "" when
// it has no more than `count` words.
std::string_view last_words(std::string_view name, size_t count) {
  size_t end = name.size();
  for (size_t n = 0; n < count; ++n) {
    size_t space = name.rfind(' ', end == 0 ? 0 : end - 1);
    if (space == std::string_view::npos || end == 0) return {};
    end = space;
  }
  return name.substr(end + 1);
}

// "FTC" for "Federal Trade Commission"; small words do not count.
std::string initials(std::string_view name) {
  std::string letters;
  for (std::string_view word : split_words(name)) {
    if (word == "of" || word == "the" || word == "and" || word == "for" || word == "on" ||
        word == "&") {
      continue;
    }
    if (word[0] >= 'A' && word[0] <= 'Z') letters += word[0];
  }
  return letters;
}

std::string acronym_letters(std::string_view name) {
  std::string letters;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') {
      letters += c;
    } else if (c != '.') {
      return {};
    }
  }
  return letters.size() >= 2 ? letters : std::string();
}

// A name as the canonicalizer compares it: one space between words, straight apostrophes.
std::string normalize_name(std::string_view name) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (name.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      out += '\'';
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

// The document's full person names, indexed once so that each surname or first name written
// alone finds its full name by lookup, not by comparing it with every full name.
struct FullNameIndex {
  // (words, id of a full name's last `words` words) -> the full names' mention indices, in order.
  std::map<std::pair<size_t, std::string>, std::vector<size_t>> by_last_words;
  // Id of a full name's first word -> the first such full name, and whether every full name
  // that starts with that word is the same person.
  struct FirstWord {
    size_t first;
    std::string full_id;
    bool one_person = true;
  };
  std::map<std::string, FirstWord> by_first_word;

  // `id_of` is the person id of a name as written.
  template <class IdOf>
  FullNameIndex(std::string_view text, const std::vector<Mention>& mentions,
                const std::vector<size_t>& full_names, IdOf&& id_of) {
    for (size_t f : full_names) {
      std::string_view full = mentions[f].span.of(text);
      for (size_t words = 1;; ++words) {
        std::string_view surname = last_words(full, words);
        if (surname.empty()) break;
        by_last_words[{words, id_of(surname)}].push_back(f);
      }
      std::string full_id = id_of(full);
      auto [entry, added] =
          by_first_word.try_emplace(id_of(full.substr(0, full.find(' '))), FirstWord{f, full_id});
      if (!added && entry->second.full_id != full_id) entry->second.one_person = false;
    }
  }

  // The full name whose last `words` words have this id nearest before mention i, else the
  // first one after it; `none` if there is none.
  size_t ending_with(size_t words, const std::string& id, size_t i, size_t none) const {
    auto found = by_last_words.find({words, id});
    if (found == by_last_words.end()) return none;
    const std::vector<size_t>& fulls = found->second;
    auto after = std::lower_bound(fulls.begin(), fulls.end(), i);
    if (after != fulls.begin()) return *(after - 1);
    return after != fulls.end() ? *after : none;
  }

  // The one person whose full name starts with a word of this id; `none` if none or several.
  size_t starting_with(const std::string& id, size_t none) const {
    auto found = by_first_word.find(id);
    return found != by_first_word.end() && found->second.one_person ? found->second.first : none;
  }
};

// An event name whose last word is lower case and that holds no year: "mayoral race",
// "Senate primary", not "World Economic Forum" nor "2022 midterm elections".
bool is_common_event_name(std::string_view name) {
  const size_t last = name.rfind(' ');
  const char first_of_last = name[last == std::string_view::npos ? 0 : last + 1];
  if (first_of_last < 'a' || first_of_last > 'z') return false;
  for (size_t i = 0; i + 4 <= name.size(); ++i) {
    if ((name.compare(i, 2, "19") == 0 || name.compare(i, 2, "20") == 0) &&
        std::isdigit(static_cast<unsigned char>(name[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(name[i + 3]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

Result<Canonicalizer> Canonicalizer::load(const std::string& rules_dir) {
  Result<MoneyParser> money = MoneyParser::load(rules_dir);
  if (!money.ok()) return money.status();
  Canonicalizer canonicalizer(std::move(*money));
  Result<WordSet> legal_forms = WordSet::load(rules_dir + "/lexicon/org_legal_forms.txt");
  if (!legal_forms.ok()) return legal_forms.status();
  canonicalizer.legal_forms_ = std::move(*legal_forms);
  const std::string pronouns_path = rules_dir + "/lexicon/pronouns.tsv";
  Result<std::vector<RuleLine>> pronouns = read_rule_lines(pronouns_path);
  if (!pronouns.ok()) return pronouns.status();
  for (const RuleLine& line : *pronouns) {
    size_t tab = line.text.find('\t');
    if (tab == std::string::npos || tab + 1 >= line.text.size()) {
      return Status::BadRule(pronouns_path + ":" + std::to_string(line.number) +
                             ": want WORD<TAB>GENDER");
    }
    canonicalizer.pronoun_gender_[line.text.substr(0, tab)] = line.text[tab + 1];
  }
  const std::string titles_path = rules_dir + "/lexicon/gendered_titles.tsv";
  Result<std::vector<RuleLine>> titles = read_rule_lines(titles_path);
  if (!titles.ok()) return titles.status();
  for (const RuleLine& line : *titles) {
    size_t tab = line.text.find('\t');
    if (tab == std::string::npos || tab + 1 >= line.text.size()) {
      return Status::BadRule(titles_path + ":" + std::to_string(line.number) +
                             ": want TITLE<TAB>m|f");
    }
    canonicalizer.title_gender_[line.text.substr(0, tab)] = line.text[tab + 1];
  }
  // first_names_gender.tsv is NAME<TAB>f|m, generated; a name in both source lists has no line.
  const std::string names_path = rules_dir + "/lexicon/first_names_gender.tsv";
  Result<std::vector<RuleLine>> names = read_rule_lines(names_path);
  if (!names.ok()) return names.status();
  for (const RuleLine& line : *names) {
    size_t tab = line.text.find('\t');
    if (tab == std::string::npos || line.text.size() != tab + 2 ||
        (line.text[tab + 1] != 'f' && line.text[tab + 1] != 'm')) {
      return Status::BadRule(names_path + ":" + std::to_string(line.number) +
                             ": want NAME<TAB>m|f");
    }
    canonicalizer.first_name_gender_[line.text.substr(0, tab)] = line.text[tab + 1];
  }
  return canonicalizer;
}

// The part of a name that identifies it: "Boeing Co." -> "Boeing" (ids fold its case).
std::string Canonicalizer::name_key(EntityType type, std::string_view name) const {
  std::string key = normalize_name(name);
  if (type == EntityType::kOrg) {
    std::vector<std::string_view> words = split_words(key);
    while (words.size() > 1 && legal_forms_.contains(words.back())) words.pop_back();
    if (words.size() > 1 && words.back().size() > 1 && words.back().back() == ',') {
      words.back().remove_suffix(1);
    }
    std::string stripped;
    for (std::string_view word : words) {
      if (!stripped.empty()) stripped += ' ';
      stripped += word;
    }
    key = stripped;
  }
  if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
  return key;
}

std::string Canonicalizer::entity_id(EntityType type, std::string_view name) const {
  return std::string(type_prefix(type)) + ":" + slugify(name_key(type, name));
}

// Ids of MONEY, PERCENT and DATE come from their value where there is one.
std::string Canonicalizer::value_id(EntityType type, std::string_view text, Entity* entity) const {
  std::string prefix = std::string(type_prefix(type)) + ":";
  if (type == EntityType::kMoney) {
    std::optional<MoneyAmount> amount = money_.parse(text);
    std::string currency = amount ? amount->currency : std::string();
    if (amount) {
      entity->value = amount->value;
      entity->currency = currency;
    }
    std::string lower_currency = slugify(currency);
    if (!lower_currency.empty()) prefix += lower_currency + ":";
    if (amount && amount->value) return prefix + format_number(*amount->value);
  }
  return prefix + slugify(text);
}

void Canonicalizer::resolve(const Document& doc, DocumentAnalysis* analysis) const {
  std::vector<Mention>& mentions = analysis->mentions;
  const std::string_view text = doc.text;
  std::vector<std::string> ids(mentions.size());

  // Full person names of the document, for surnames written alone.
  std::vector<size_t> full_names;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (!m.pronoun && m.type == EntityType::kPerson && m.span.of(text).find(' ') != std::string_view::npos) {
      full_names.push_back(i);
    }
  }
  const FullNameIndex full_name_index(text, mentions, full_names, [this](std::string_view name) {
    return entity_id(EntityType::kPerson, name);
  });
  // A person written with and without middle names or initials ("Jane A. Smith", "Jane Smith")
  // is one person, named by the fullest form: first and last word -> that form. Every short
  // form maps straight to it, so merges never chain pairwise.
  std::map<std::pair<std::string, std::string>, std::string> fullest_by_ends;
  auto ends_of = [this](std::string_view full) {
    const std::string normal = normalize_name(full);
    std::vector<std::string_view> words = split_words(normal);
    return std::make_pair(entity_id(EntityType::kPerson, words.front()),
                          entity_id(EntityType::kPerson, words.back()));
  };
  // Two forms whose middle names start with other letters ("Ruth A. Calloway", "Ruth B.
  // Calloway") are two people: each keeps its own name, and the form without one joins neither.
  std::set<std::pair<std::string, std::string>> two_people_ends;
  auto middle_initials = [](const std::string& full) {
    std::vector<std::string_view> words = split_words(full);
    std::string letters;
    for (size_t w = 1; w + 1 < words.size(); ++w) letters += words[w][0];
    return letters;
  };
  for (size_t f : full_names) {
    std::string full = normalize_name(mentions[f].span.of(text));
    std::string& fullest = fullest_by_ends[ends_of(full)];
    if (split_words(full).size() > 2 && split_words(fullest).size() > 2 &&
        middle_initials(full) != middle_initials(fullest)) {
      two_people_ends.insert(ends_of(full));
    }
    if (split_words(full).size() > split_words(fullest).size()) fullest = full;
  }
  auto person_id = [&](std::string_view full) {
    auto fullest = fullest_by_ends.find(ends_of(full));
    if (fullest == fullest_by_ends.end() || two_people_ends.count(fullest->first)) {
      return entity_id(EntityType::kPerson, full);
    }
    return entity_id(EntityType::kPerson, fullest->second);
  };
  // Multi-word names of any type, for acronyms: "FTC" -> the Federal Trade Commission. An
  // organization's initials count with and without its legal form: "NBC" is the National
  // Broadcasting Co., "BBC" the British Broadcasting Corporation.
  std::map<std::string, size_t> acronym_source;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.pronoun || m.type >= EntityType::kMoney) continue;
    if (split_words(m.span.of(text)).size() < 2) continue;
    const std::string name = normalize_name(m.span.of(text));
    for (const std::string& letters : {initials(name), initials(name_key(m.type, name))}) {
      if (letters.size() >= 2) acronym_source.emplace(letters, i);
    }
  }
  // Acronyms whose id is their long form's, set once every long form has its own final id
  // ("DWR" -> "Department of Water Resources" -> "California Department of Water Resources").
  std::vector<std::pair<size_t, size_t>> acronym_of;  // (acronym mention, long form mention)

  std::set<std::string> org_keys;  // organizations' names without legal forms
  for (const Mention& m : mentions) {
    if (m.type == EntityType::kOrg && !m.pronoun && m.canonical.empty()) {
      org_keys.insert(name_key(m.type, m.span.of(text)));
    }
  }

  // Organization and event names by the shorter names of two words or more that end them:
  // "Department of Water Resources" -> {"California Department of Water Resources"}.
  std::map<EntityType, std::map<std::string, std::set<std::string>>> longer_names_ending;
  for (const Mention& m : mentions) {
    if (m.pronoun || !m.canonical.empty()) continue;
    if (m.type != EntityType::kOrg && m.type != EntityType::kEvent) continue;
    const std::string key = name_key(m.type, m.span.of(text));
    for (size_t words = 2;; ++words) {
      std::string_view tail = last_words(key, words);
      if (tail.empty()) break;
      longer_names_ending[m.type][std::string(tail)].insert(key);
    }
  }

  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.pronoun) continue;
    std::string_view name = m.span.of(text);
    if (m.type >= EntityType::kMoney) continue;  // valued types are named below
    // An acronym the article spells out is that long form, also when a gazetteer knows the
    // acronym but no long form for it ("CNN"); a gazetteer's own long form ("U.S." -> United
    // States) wins, so "U.S." never becomes some "Union Station" of the article.
    std::string letters = acronym_letters(name);
    if (!letters.empty() && (m.canonical.empty() || normalize_name(m.canonical) == normalize_name(name))) {
      auto source = acronym_source.find(letters);
      if (source != acronym_source.end() && source->second != i) {
        m.type = mentions[source->second].type;
        acronym_of.emplace_back(i, source->second);
        continue;
      }
    }
    if (!m.canonical.empty()) {
      ids[i] = entity_id(m.type, m.canonical);
      continue;
    }
    if (m.type == EntityType::kPerson) {
      // A surname alone ("Okafor", "van der Merwe"): the nearest full name before it that ends
      // with it, else after it.
      const std::string key = entity_id(m.type, name);  // case folded: "Van der Merwe"
      const size_t words = static_cast<size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
      const size_t kNone = mentions.size();
      size_t best = full_name_index.ending_with(words, key, i, kNone);
      // Else the one full name it begins: a family name written first ("Wang" for "Wang
      // Donghai") or a first name ("Maria" for "Maria Okafor"); with two such names it stays apart.
      if (best == kNone && words == 1) best = full_name_index.starting_with(key, kNone);
      if (best != kNone) {
        ids[i] = person_id(mentions[best].span.of(text));
        continue;
      }
      if (words > 1) {
        ids[i] = person_id(name);
        continue;
      }
    }
    if (m.type == EntityType::kOrg) {
      // A short form of one longer organization name in the document: "Veridian" for
      // "Veridian Semiconductor Corp."; with two candidates it stays on its own.
      // The keys that start with it are together in the sorted set.
      std::string key = name_key(m.type, name) + " ";
      size_t longer = 0;
      const std::string* only = nullptr;
      for (auto org = org_keys.lower_bound(key);
           org != org_keys.end() && longer < 2 && org->compare(0, key.size(), key) == 0; ++org) {
        if (org->size() > key.size() && ++longer == 1) only = &*org;
      }
      if (longer == 1) {
        ids[i] = entity_id(m.type, *only);
        continue;
      }
    }
    if (m.type == EntityType::kOrg || m.type == EntityType::kEvent) {
      // A short form that one longer name of the article ends with: "Department of Water
      // Resources" for "California Department of Water Resources", "Security Council" for
      // "United Nations Security Council". Two words at least: "Council" or "Ministry" alone
      // says too little.
      const std::string* longer = nullptr;
      if (longer_names_ending.count(m.type)) {
        auto found = longer_names_ending.at(m.type).find(name_key(m.type, name));
        if (found != longer_names_ending.at(m.type).end() && found->second.size() == 1) {
          longer = &*found->second.begin();
        }
      }
      if (longer != nullptr) {
        ids[i] = entity_id(m.type, *longer);
        continue;
      }
    }
    ids[i] = entity_id(m.type, name);
  }
  for (const auto& [acronym, source] : acronym_of) ids[acronym] = ids[source];

  // Entities, by id.
  std::map<std::string, Entity> entities;
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.pronoun) continue;
    std::string_view name = m.span.of(text);
    Entity probe;
    if (m.type >= EntityType::kMoney) ids[i] = value_id(m.type, name, &probe);
    // An amount is one node per article: "$5 million" in two unrelated articles is two sums, and
    // one shared node would be a hub joining their facts. Within the article it stays one node.
    // So is an event named by common words and no year ("the mayoral race"): another article's
    // mayoral race is another contest. "World Economic Forum" and "2022 midterm elections" name
    // one event everywhere.
    const bool per_article = m.type == EntityType::kMoney ||
                             (m.type == EntityType::kEvent && is_common_event_name(name));
    if (per_article && !doc.id.empty()) ids[i] += "@" + doc.id;
    Entity& entity = entities[ids[i]];
    const bool guessed = m.rule.rfind(kShapeRule, 0) == 0;
    if (entity.id.empty()) {
      entity = std::move(probe);
      entity.id = ids[i];
      entity.type = m.type;
      entity.type_guessed = guessed;
    }
    entity.type_guessed = entity.type_guessed && guessed;
    std::string alias = normalize_name(name);
    // A possessive's "'s" is no part of the name, unless the name is written with it ("St.
    // John’s", "Moody’s"): then its canonical form ends so.
    const bool ends_in_s = [](const std::string& n) {
      return n.size() > 2 && n.compare(n.size() - 2, 2, "'s") == 0;
    }(normalize_name(m.canonical));
    if (!ends_in_s && alias.size() > 2 && alias.compare(alias.size() - 2, 2, "'s") == 0) {
      alias.resize(alias.size() - 2);
    }
    std::string label = m.canonical.empty() ? alias : m.canonical;
    // The label is the fullest name: most words, then longest, then first seen.
    if (entity.label.empty() || split_words(label).size() > split_words(entity.label).size() ||
        (split_words(label).size() == split_words(entity.label).size() &&
         label.size() > entity.label.size())) {
      entity.label = label;
    }
    entity.aliases.push_back(alias);
    if (!m.title.empty()) entity.titles.push_back(m.title);
    ++entity.mentions;
  }

  // Pronouns: the one person of agreeing gender named before it in its sentence, else in the
  // previous sentence. Gender comes from titles ("Mrs."), then from first names ("Maria"), and
  // from pronouns already resolved.
  const std::vector<Span>& sentences = analysis->sentences;
  auto sentence_of = [&sentences](uint32_t offset) -> size_t {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](uint32_t o, Span s) { return o < s.begin; });
    return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin() - 1);
  };
  std::map<std::string, char> gender_of;  // entity id -> 'm' / 'f'
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.pronoun || m.type != EntityType::kPerson || m.title.empty()) continue;
    auto title = title_gender_.find(m.title);
    if (title != title_gender_.end()) gender_of.emplace(ids[i], title->second);
  }
  // A first name that only one gender has ("Maria", "John") tells it when no title did.
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.pronoun || m.type != EntityType::kPerson || ids[i].empty()) continue;
    std::vector<std::string_view> words = split_words(m.span.of(text));
    if (words.size() < 2) continue;
    auto first = first_name_gender_.find(words.front());
    if (first != first_name_gender_.end()) gender_of.emplace(ids[i], first->second);
  }
  // The named people of each sentence, in text order: a pronoun looks at two sentences only.
  std::vector<std::vector<size_t>> people_in(sentences.size() + 1);
  for (size_t j = 0; j < mentions.size(); ++j) {
    const Mention& other = mentions[j];
    if (other.type != EntityType::kPerson || other.pronoun || ids[j].empty()) continue;
    people_in[sentence_of(other.span.begin)].push_back(j);
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (!mentions[i].pronoun) continue;
    auto pronoun = pronoun_gender_.find(normalize_name(mentions[i].span.of(text)));
    if (pronoun == pronoun_gender_.end()) {
      std::string lower(mentions[i].span.of(text));
      if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
      pronoun = pronoun_gender_.find(lower);
    }
    const char gender = pronoun == pronoun_gender_.end() ? '?' : pronoun->second;
    size_t sentence = sentence_of(mentions[i].span.begin);
    for (size_t look = 0; look < 2 && look <= sentence && ids[i].empty(); ++look) {
      std::set<std::string> candidates;
      for (size_t j : people_in[sentence - look]) {
        if (j >= i) break;
        auto known = gender_of.find(ids[j]);
        if (known != gender_of.end() && gender != '?' && known->second != gender) continue;
        candidates.insert(ids[j]);
      }
      if (candidates.size() == 1) {
        ids[i] = *candidates.begin();
        if (gender != '?') gender_of.emplace(ids[i], gender);
      }
      if (!candidates.empty()) break;  // several people: ambiguous, leave it
    }
  }

  // Keep resolved mentions only; number the entities in id order.
  std::vector<Mention> kept;
  std::vector<std::string> kept_ids;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (ids[i].empty()) continue;
    kept.push_back(std::move(mentions[i]));
    kept_ids.push_back(std::move(ids[i]));
  }
  analysis->mentions = std::move(kept);
  analysis->entities.clear();
  std::map<std::string, int> index;
  for (auto& [id, entity] : entities) {
    std::sort(entity.aliases.begin(), entity.aliases.end());
    entity.aliases.erase(std::unique(entity.aliases.begin(), entity.aliases.end()), entity.aliases.end());
    std::sort(entity.titles.begin(), entity.titles.end());
    entity.titles.erase(std::unique(entity.titles.begin(), entity.titles.end()), entity.titles.end());
    index[id] = static_cast<int>(analysis->entities.size());
    analysis->entities.push_back(std::move(entity));
  }
  analysis->entity_of.clear();
  for (const std::string& id : kept_ids) analysis->entity_of.push_back(index.at(id));
}

}  // namespace kg
