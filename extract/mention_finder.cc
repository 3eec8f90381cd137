#include "extract/mention_finder.h"

#include <algorithm>
#include <map>

#include "extract/name_chunk.h"
#include "extract/possessive_names.h"

namespace kg {

using names::Evidence;
using names::has_lower_letter;
using names::is_upper_letter_at;
using names::line_break_after;
using names::title_case;
using names::tokens_text;

namespace {

// Mentions never overlap: of two that do, whatever rule made them, the longer one stays (the
// first on a tie). REQUIRES: mentions sorted by span.
void drop_overlaps(std::vector<Mention>* mentions) {
  std::vector<Mention> kept;
  kept.reserve(mentions->size());
  for (Mention& mention : *mentions) {
    if (!kept.empty() && kept.back().span.overlaps(mention.span)) {
      if (mention.span.size() > kept.back().span.size()) kept.back() = std::move(mention);
      continue;
    }
    kept.push_back(std::move(mention));
  }
  *mentions = std::move(kept);
}

}  // namespace

const GazetteerEntry* MentionFinder::find_known(std::string_view name) const {
  if (const GazetteerEntry* entry = gazetteer_.find(name)) return entry;
  if (name.size() > 3 && !has_lower_letter(name)) return gazetteer_.find(title_case(name));
  return nullptr;
}

bool MentionFinder::particle_prefixed(std::string_view word) const {
  size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
         names::is_upper_letter_at(word, hyphen + 1) &&
         name_particles_.contains(word.substr(0, hyphen + 1));
}

bool MentionFinder::is_hyphen_modifier(std::string_view word) const {
  size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= word.size()) return false;
  std::string_view after = word.substr(hyphen + 1);
  // "Jean-Pierre", "Ata-ur-Rehman" and "Kim Jong-il" are names whole.
  if (names::is_upper_letter_at(after, 0) || particle_prefixed(after)) return false;
  return after.size() > 2;
}

MentionFinder::MentionFinder(SentenceSplitter splitter, PatternRules patterns)
    : splitter_(std::move(splitter)), patterns_(std::move(patterns)) {}

Result<MentionFinder> MentionFinder::load(const std::string& rules_dir) {
  Result<SentenceSplitter> splitter = SentenceSplitter::load(rules_dir + "/abbreviations.txt");
  if (!splitter.ok()) return splitter.status();
  Result<PatternRules> patterns = PatternRules::load(rules_dir + "/entities");
  if (!patterns.ok()) return patterns.status();
  MentionFinder finder(std::move(*splitter), std::move(*patterns));

  Result<Gazetteer> gazetteer = Gazetteer::load(rules_dir + "/gazetteers");
  if (!gazetteer.ok()) return gazetteer.status();
  finder.gazetteer_ = std::move(*gazetteer);

  const std::string lexicon = rules_dir + "/lexicon/";
  const std::pair<WordSet*, const char*> lists[] = {
      {&finder.titles_, "titles.txt"},           {&finder.first_names_, "first_names.txt"},
      {&finder.org_suffixes_, "org_suffixes.txt"}, {&finder.org_heads_, "org_heads.txt"},
      {&finder.event_words_, "event_words.txt"}, {&finder.common_words_, "common_words.txt"},
      {&finder.person_cues_, "person_cues.txt"}, {&finder.place_cues_, "place_cues.txt"},
      {&finder.legal_forms_, "org_legal_forms.txt"}, {&finder.place_nouns_, "place_nouns.txt"},
      {&finder.name_particles_, "name_particles.txt"}, {&finder.org_nouns_, "org_nouns.txt"},
      {&finder.apposition_ends_, "apposition_ends.txt"},
      {&finder.broadcaster_words_, "broadcaster_words.txt"}};
  for (const auto& [set, name] : lists) {
    Result<WordSet> loaded = WordSet::load(lexicon + name);
    if (!loaded.ok()) return loaded.status();
    *set = std::move(*loaded);
  }
  const std::string name_words_path = lexicon + "name_words.tsv";
  Result<std::vector<RuleLine>> name_words = read_rule_lines(name_words_path);
  if (!name_words.ok()) return name_words.status();
  for (const RuleLine& line : *name_words) {
    size_t tab1 = line.text.find('\t');
    size_t tab2 = tab1 == std::string::npos ? tab1 : line.text.find('\t', tab1 + 1);
    std::optional<EntityType> type =
        tab2 == std::string::npos ? std::nullopt
                                  : parse_type(line.text.substr(tab1 + 1, tab2 - tab1 - 1));
    std::string position = tab2 == std::string::npos ? "" : line.text.substr(tab2 + 1);
    if (!type || (position != "first" && position != "last")) {
      return Status::BadRule(name_words_path + ":" + std::to_string(line.number) +
                             ": want WORD<TAB>TYPE<TAB>first|last");
    }
    auto& words = position == "first" ? finder.first_words_ : finder.last_words_;
    words.emplace(line.text.substr(0, tab1), *type);
  }
  // The surfaces of US states and provinces, for "Beverly Hills, Calif.".
  for (const char* name : {"us_states.tsv", "state_abbreviations.tsv"}) {
    Result<std::vector<RuleLine>> states = read_rule_lines(rules_dir + "/gazetteers/" + name);
    if (!states.ok()) return states.status();
    for (const RuleLine& line : *states) finder.states_.insert(line.text.substr(0, line.text.find('\t')));
  }
  Result<TableWords> table_words = TableWords::load(lexicon + "table_words.tsv");
  if (!table_words.ok()) return table_words.status();
  finder.table_words_ = std::move(*table_words);
  // A country is a surface of countries.tsv; sporting_nations.txt adds the nations that are not
  // states but field national sides.
  Result<WordSet> nations = WordSet::load(lexicon + "sporting_nations.txt");
  if (!nations.ok()) return nations.status();
  finder.nations_ = std::move(*nations);
  Result<std::vector<RuleLine>> countries = read_rule_lines(rules_dir + "/gazetteers/countries.tsv");
  if (!countries.ok()) return countries.status();
  for (const RuleLine& line : *countries) {
    finder.nations_.insert(line.text.substr(0, line.text.find('\t')));
  }
  const std::pair<TypeCues*, const char*> cue_tables[] = {
      {&finder.unknown_name_cues_, "type_cues.tsv"},
      {&finder.listed_place_cues_, "type_cues_places.tsv"}};
  for (const auto& [table, name] : cue_tables) {
    Result<TypeCues> loaded = TypeCues::load(lexicon + name);
    if (!loaded.ok()) return loaded.status();
    *table = std::move(*loaded);
  }
  Result<WordSet> cue_context_words = TypeCues::load_context_words(rules_dir + "/lexicon");
  if (!cue_context_words.ok()) return cue_context_words.status();
  finder.cue_context_words_ = std::move(*cue_context_words);
  // pronouns.tsv is WORD<TAB>GENDER; the finder only needs the words.
  Result<std::vector<RuleLine>> pronouns = read_rule_lines(lexicon + "pronouns.tsv");
  if (!pronouns.ok()) return pronouns.status();
  for (const RuleLine& line : *pronouns) {
    finder.pronouns_.insert(line.text.substr(0, line.text.find('\t')));
  }
  return finder;
}

std::vector<Mention> MentionFinder::find(const Document& doc,
                                         const std::vector<Span>& sentences) const {
  std::vector<Chunk> chunks;
  std::vector<Mention> mentions;
  std::vector<Span> shouted;
  for (Span sentence : sentences) {
    if (!find_in_sentence(doc, sentence, nullptr, &chunks, &mentions)) shouted.push_back(sentence);
  }
  if (!shouted.empty()) {
    const ShoutedNames names = shouted_names(doc.text, chunks);
    for (Span sentence : shouted) find_in_sentence(doc, sentence, &names, &chunks, &mentions);
  }
  std::vector<Mention> names = resolve_unknowns(doc.text, std::move(chunks));
  for (Mention& name : names) drop_sentence_period(doc.text, sentences, &name.span);
  mentions.insert(mentions.end(), std::make_move_iterator(names.begin()),
                  std::make_move_iterator(names.end()));
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span < b.span; });
  drop_overlaps(&mentions);
  add_possessive_short_names(
      doc.text,
      [this](std::string_view word) { return find_known(word) || first_names_.contains(word); },
      &mentions);
  return mentions;
}

// "Sacramento, Calif." and "Acme Inc." at the end of a sentence: the period ends the sentence
// and is left out of the name, as the annotated corpora do; initials keep theirs ("U.S.").
void MentionFinder::drop_sentence_period(std::string_view text, const std::vector<Span>& sentences,
                                         Span* span) {
  std::string_view name = span->of(text);
  if (name.size() < 3 || name.back() != '.') return;
  if (!names::has_lower_letter(name.substr(name.rfind(' ') + 1))) return;
  auto sentence = std::lower_bound(sentences.begin(), sentences.end(), *span,
                                   [](Span s, Span m) { return s.end < m.end; });
  if (sentence == sentences.end()) return;
  // Closing quotes or brackets may follow the period inside the sentence.
  std::string_view rest = text.substr(span->end, sentence->end - span->end);
  if (rest.find_first_not_of("\"')]\xE2\x80\x9D\x99") != std::string_view::npos) return;
  --span->end;
}

bool MentionFinder::find_in_sentence(const Document& doc, Span sentence,
                                     const ShoutedNames* names, std::vector<Chunk>* chunks,
                                     std::vector<Mention>* mentions) const {
  std::string_view text = doc.text;
  std::vector<Token> tokens = tokenize(text, sentence, splitter_);
  if (tokens.empty()) return true;
  // A shouted line ("SOCCER - JAPAN GET LUCKY WIN.") is a headline whatever its punctuation.
  size_t words = 0, shouted = 0;
  for (const Token& token : tokens) {
    if (token.kind != TokenKind::kWord) continue;
    ++words;
    if (!has_lower_letter(token.span.of(text))) ++shouted;
  }
  const bool shouted_line = words >= 2 && shouted * 5 >= words * 4;
  if (shouted_line && names == nullptr) return false;

  // Pattern mentions (money, percentages, dates) claim their tokens first.
  std::vector<bool> claimed(tokens.size(), false), dated(tokens.size(), false);
  for (PatternMatch& match : patterns_.find(text, sentence)) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!tokens[i].span.overlaps(match.span)) continue;
      claimed[i] = true;
      dated[i] = match.type == EntityType::kDate;
    }
    Mention mention;
    mention.span = match.span;
    mention.type = match.type;
    mention.rule = std::move(match.rule_id);
    mentions->push_back(std::move(mention));
  }

  // A heading ("Comments", "Harris Campaign Raises $1 Billion") has no final punctuation; its
  // capitals say nothing about names.
  std::string_view last = tokens.back().span.of(text);
  // "... praised Acme Corp." ends with its period inside the last word.
  bool heading = (tokens.back().kind != TokenKind::kPunct && last.back() != '.') || last == ":";
  if (heading && tokens.size() > 16) heading = false;
  if (shouted_line) heading = true;
  // Table rows, ranked results and scorecards: their capitals are names, typed by their role.
  const LineShapes shapes = read_line_shapes(
      text, tokens, claimed, dated, table_words_, [this](std::string_view name) {
        const GazetteerEntry* place = find_known(name);
        return place && (place->type == EntityType::kGpe || place->type == EntityType::kLoc);
      });

  size_t first_word = 0;
  while (first_word < tokens.size() && tokens[first_word].kind == TokenKind::kPunct) ++first_word;
  // A word right after a dash or colon opens a clause the way a sentence start does:
  // "WASHINGTON — The Federal Trade Commission", "UPDATE: Officials said".
  auto starts_clause = [&](size_t i) {
    if (i == first_word) return true;
    if (i == 0 || tokens[i - 1].kind != TokenKind::kPunct) return false;
    std::string_view before = tokens[i - 1].span.of(text);
    return before == "\xE2\x80\x94" || before == "--" || before == ":" || before == "\xE2\x80\x93";
  };

  for (size_t i = 0; i < tokens.size();) {
    std::string_view word = tokens[i].span.of(text);
    if (claimed[i] || tokens[i].kind != TokenKind::kWord) {
      ++i;
      continue;
    }
    if (pronouns_.contains(word) ||
        (i == first_word && word.size() > 1 && is_upper_letter_at(word, 0) &&
         pronouns_.contains(std::string(1, static_cast<char>(word[0] - 'A' + 'a')) +
                            std::string(word.substr(1))))) {
      Mention pronoun;
      pronoun.span = tokens[i].span;
      pronoun.type = EntityType::kPerson;
      pronoun.rule = "pronoun";
      pronoun.pronoun = true;
      mentions->push_back(std::move(pronoun));
      ++i;
      continue;
    }
    if (!is_upper_letter_at(word, 0) || names::before_negation(text, tokens, i)) {
      ++i;
      continue;
    }
    const NameRole role = shapes.role[i];
    // "Ohio-based", "Democratic-led": the name is the part before the hyphen.
    size_t hyphen = word.find('-');
    if (role == NameRole::kNone && hyphen != std::string_view::npos && is_hyphen_modifier(word)) {
      Chunk chunk;
      chunk.span = {tokens[i].span.begin, tokens[i].span.begin + static_cast<uint32_t>(hyphen)};
      chunk.sentence_start = starts_clause(i);
      chunk.heading = heading;
      // "New York-based": a known name may begin with the capitalized words before.
      for (size_t k = i; k > first_word && k + 3 > i && !claimed[k - 1] &&
                         is_upper_letter_at(tokens[k - 1].span.of(text), 0) &&
                         !line_break_after(text, tokens, k - 1);
           --k) {
        Span longer{tokens[k - 1].span.begin, chunk.span.end};
        if (!find_known(longer.of(text))) continue;
        while (!chunks->empty() && chunks->back().span.end > longer.begin) chunks->pop_back();
        chunk.span = longer;
        chunk.sentence_start = starts_clause(k - 1);
        break;
      }
      const GazetteerEntry* entry = find_known(chunk.span.of(text));
      if (entry) {
        chunk.type = entry->type;
        chunk.evidence = Evidence::kStrong;
        chunk.canonical = entry->canonical;
        chunk.rule = "gazetteer";
      }
      chunks->push_back(std::move(chunk));
      ++i;
      continue;
    }
    size_t j = name_end(text, tokens, claimed, i);
    // A table row's name is the one its line shape found ("Lucy Tyler-Sharman", "KANSAS CITY" of
    // "KANSAS CITY AT DETROIT"); another name's role starts a new name.
    if (role != NameRole::kNone) j = shapes.name_end[i];
    for (size_t k = i + 1; k < j; ++k) {
      if (shapes.role[k] != NameRole::kNone) j = k;
    }
    if (shouted_line && role == NameRole::kNone && !shapes.table_row[i]) {
      // A shouted name may hold a hyphen ("OKONKWO-BRANDT"): the run goes on over shouted words.
      while (j < tokens.size() && !claimed[j] && shapes.role[j] == NameRole::kNone &&
             tokens[j].kind == TokenKind::kWord &&
             !has_lower_letter(tokens[j].span.of(text)) && !line_break_after(text, tokens, j - 1)) {
        ++j;
      }
      add_shouted_names(text, tokens, i, j, *names, chunks);
      i = j;
      continue;
    }
    // A dateline: "DAVOS, Switzerland —", "WASHINGTON —" at the start of a line.
    bool line_start = tokens[i].span.begin == 0 || text[tokens[i].span.begin - 1] == '\n';
    if (line_start && i == first_word && j < tokens.size() &&
        !has_lower_letter(tokens_text(text, tokens, i, j)) &&
        tokens[j].kind == TokenKind::kPunct) {
      std::string_view after = tokens[j].span.of(text);
      if (after == "," || after == "\xE2\x80\x94" || after == "--" || after == "-") {
        Chunk chunk;
        chunk.span = {tokens[i].span.begin, tokens[j - 1].span.end};
        chunk.words = static_cast<int>(j - i);
        // A dateline is a known place, or a name before ", <known place>".
        const GazetteerEntry* entry = find_known(chunk.span.of(text));
        bool before_known_place =
            after == "," && j + 1 < tokens.size() && find_known(tokens[j + 1].span.of(text));
        if (!entry && !before_known_place) {
          split_chunk(text, tokens, i, j, starts_clause(i), heading, chunks);
          i = j;
          continue;
        }
        chunk.type = entry ? entry->type : EntityType::kGpe;
        chunk.canonical = entry ? entry->canonical : title_case(chunk.span.of(text));
        chunk.evidence = Evidence::kStrong;
        chunk.rule = "name.dateline";
        chunks->push_back(std::move(chunk));
        i = j;
        continue;
      }
    }
    size_t chunks_before = chunks->size();
    split_chunk(text, tokens, i, j, starts_clause(i), heading && !shapes.table_row[i], chunks);
    if (role != NameRole::kNone) {
      // The typed name may have grown over a letter code ("Rad (B)"): go on after it.
      j = apply_line_role(text, tokens, i, j, role, starts_clause(i), chunks, chunks_before);
    }
    if (chunks->size() > chunks_before &&
        chunks->at(chunks_before).span.begin == tokens[i].span.begin) {
      mark_place_cue(text, tokens, i, chunks, chunks_before);
    }
    // "the Alpine town": a single word right before a place noun describes the place.
    if (chunks->size() > chunks_before && j < tokens.size() && chunks->back().words == 1 &&
        chunks->back().span.end == tokens[j - 1].span.end &&
        place_nouns_.contains(tokens[j].span.of(text))) {
      chunks->back().modifier = true;
    }
    if (!chunks->empty() && chunks->back().span.end == tokens[j - 1].span.end &&
        before_state(text, tokens, j)) {
      mark_city(&chunks->back());
    }
    if (!chunks->empty() && chunks->back().span.end == tokens[j - 1].span.end &&
        chunks->back().evidence == Evidence::kUnknown) {
      mark_apposition(text, tokens, j, &chunks->back());
    }
    // A person cue right after the chunk ("Smith said", "Smith, who").
    if (!chunks->empty() && j < tokens.size()) {
      std::string_view next = tokens[j].span.of(text);
      std::string cue(next);
      if (next == "," && j + 1 < tokens.size()) cue += " " + std::string(tokens[j + 1].span.of(text));
      if (person_cues_.contains(next) || person_cues_.contains(cue)) chunks->back().person_cue = true;
    }
    i = j;
  }
  return true;
}

// Whether tokens from j are ", <US state or province>" ("Beverly Hills, Calif.", "Dayton, Ohio"),
// not followed by a possessive ("Smith, Ohio's senator").
bool MentionFinder::before_state(std::string_view text, const std::vector<Token>& tokens,
                                 size_t j) const {
  if (j + 1 >= tokens.size() || tokens[j].span.of(text) != "," ||
      names::line_break_after(text, tokens, j)) {
    return false;
  }
  std::string_view state = tokens[j + 1].span.of(text);
  // A sentence-final "Calif." gives its period to the sentence.
  if (!states_.contains(state) && !states_.contains(std::string(state) + ".")) return false;
  if (j + 2 >= tokens.size() || names::line_break_after(text, tokens, j + 1)) return true;
  // "Pat Roberts, Kansas Republican", "Meinders, Colorado Springs", "Smith, Ohio's senator".
  std::string_view after = tokens[j + 2].span.of(text);
  return after != "'s" && after != "\xE2\x80\x99s" && !names::is_upper_letter_at(after, 0);
}

// The name before ", <state>" is a city, even when it starts with a first name ("Beverly Hills",
// "Arlington Heights"); a name with a title ("Sen. Pat Roberts"), one that ends like an
// organization's, or one a list knows otherwise stays what it is.
void MentionFinder::mark_city(Chunk* chunk) const {
  if (!chunk->title.empty()) return;
  if (chunk->rule == "name.org_suffix" || chunk->rule == "name.org_head") return;
  if (chunk->rule == "name.gazetteer" && chunk->type != EntityType::kGpe) return;
  chunk->type = EntityType::kGpe;
  chunk->evidence = Evidence::kStrong;
  chunk->place_cue = true;  // "Lansing, Mich." is the town, whoever is named Lansing
  if (chunk->rule != "name.gazetteer") chunk->rule = "name.city_state";
}

// "Priya Natarajan, the company's chief financial officer, said", "Dana Pruitt, a spokeswoman for
// the board": a title in an apposition right after an unknown name makes it a person with that
// title; "Ofwat, the water regulator for England," an organization by the apposition's head noun
// (org_nouns.txt). The apposition is the few lower-case words after the comma and a determiner,
// up to the next punctuation or preposition.
void MentionFinder::mark_apposition(std::string_view text, const std::vector<Token>& tokens,
                                    size_t j, Chunk* chunk) const {
  if (j + 2 >= tokens.size() || tokens[j].span.of(text) != ",") return;
  std::string_view det = tokens[j + 1].span.of(text);
  if (det != "the" && det != "a" && det != "an" && det != "its" && det != "their") return;
  const size_t last = std::min(tokens.size(), j + 9);
  std::string_view head;
  for (size_t k = j + 2; k < last; ++k) {
    if (names::line_break_after(text, tokens, k - 1)) return;
    std::string_view word = tokens[k].span.of(text);
    if (word == "'s" || word == "\xE2\x80\x99s") continue;
    if (tokens[k].kind == TokenKind::kPunct || apposition_ends_.contains(word)) break;
    for (int n = std::min<int>(titles_.max_words(), static_cast<int>(last - k)); n >= 1; --n) {
      std::string_view title = names::tokens_text(text, tokens, k, k + n);
      if (!names::is_upper_letter_at(title, 0) && titles_.contains(title)) {
        chunk->type = EntityType::kPerson;
        chunk->evidence = Evidence::kStrong;
        chunk->rule = "name.apposition_title";
        if (chunk->title.empty()) chunk->title = std::string(title);
        return;
      }
    }
    head = word;
  }
  if (org_nouns_.contains(head)) {
    chunk->type = EntityType::kOrg;
    chunk->evidence = Evidence::kStrong;
    chunk->rule = "name.apposition_org";
  }
}

// The end of the capitalized name that starts at token i: it goes on over capitalized words, "&",
// "of"/"for"/"on" after an org head ("Department of"), "and" before one word and a legal form
// ("Tool and Die Inc."), and a possessive inside an organization's name ("County Prosecutor's
// Office", "McDonald's Corp.", "Boatmen's Bancshares Inc."); never across a line break.
size_t MentionFinder::name_end(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<bool>& claimed, size_t i) const {
  // Token k is a capitalized word on the same line as token k - 1, and no verb: "Can’t" of a
  // title-case headline ("Phoenix Can’t Zone ...") is "Ca" and "n’t".
  auto capital_at = [&](size_t k) {
    return k < tokens.size() && !claimed[k] && tokens[k].kind == TokenKind::kWord &&
           is_upper_letter_at(tokens[k].span.of(text), 0) &&
           !line_break_after(text, tokens, k - 1) && !names::before_negation(text, tokens, k);
  };
  size_t j = i + 1;
  while (j < tokens.size() && !claimed[j] && !line_break_after(text, tokens, j - 1)) {
    std::string_view next = tokens[j].span.of(text);
    bool capital = capital_at(j) && !pronouns_.contains(next);
    // "Hong Kong-based" ends the name before its hyphenated word; "Jean-Pierre" goes on.
    size_t hyphen = next.find('-');
    if (capital && (hyphen == std::string_view::npos || !is_hyphen_modifier(next))) {
      ++j;
      continue;
    }
    // "Pieter van der Merwe", "Maria de la Cruz", "Abdel Rahman al-Hashimi".
    if (particle_prefixed(next)) {
      ++j;
      continue;
    }
    size_t after_particles = j;
    while (after_particles < j + 3 && after_particles < tokens.size() &&
           !line_break_after(text, tokens, after_particles - 1) &&
           name_particles_.contains(tokens[after_particles].span.of(text))) {
      ++after_particles;
    }
    if (after_particles > j && capital_at(after_particles)) {
      j = after_particles + 1;
      continue;
    }
    // A name written with its "’s": a place a list knows so ("St. John’s"), or a name before a
    // reporting verb, where no possessive can stand ("Moody’s said"): a firm named so.
    if (names::is_possessive_clitic(next) &&
        (find_known(tokens_text(text, tokens, i, j + 1)) ||
         (j + 1 < tokens.size() && !line_break_after(text, tokens, j) &&
          tokens[j + 1].kind == TokenKind::kWord &&
          person_cues_.contains(tokens[j + 1].span.of(text))))) {
      return j + 1;
    }
    if (size_t joined = dash_joined_place_end(text, tokens, claimed, j)) {
      j = joined;
      continue;
    }
    if (!capital_at(j + 1)) break;
    if (next == "&") {
      j += 2;
      continue;
    }
    if (next == "of" || next == "for" || next == "on") {
      std::string head(tokens[j - 1].span.of(text));
      head += ' ';
      head += next;
      if (org_heads_.contains(head)) {
        j += 2;
        continue;
      }
      break;
    }
    // "Mendes Tool and Die Inc.", but not "Smith and Acme Inc." nor "Ohio and Acme Inc.": a person
    // or a known name stands on its own before "and".
    if (next == "and" && capital_at(j + 2) && legal_forms_.contains(tokens[j + 2].span.of(text)) &&
        !first_names_.contains(tokens[i].span.of(text)) && j - i >= 2 &&
        !find_known(tokens_text(text, tokens, i, j)) &&
        !find_known(tokens[j + 1].span.of(text))) {
      j += 3;
      continue;
    }
    // "Securities and Exchange Commission", "Food and Drug Administration": "and" inside a name
    // that ends in an organization word, two or three words on, after words no list knows and
    // that end in no legal form ("Halvor Shipping Co. and Halvor Mining Ltd." are two).
    if (next == "and" && !first_names_.contains(tokens[i].span.of(text)) &&
        !find_known(tokens_text(text, tokens, i, j)) &&
        !legal_forms_.contains(tokens[j - 1].span.of(text))) {
      size_t k = j + 1;
      while (k < j + 4 && capital_at(k)) ++k;
      if (k >= j + 3 && org_suffixes_.contains(tokens[k - 1].span.of(text)) &&
          !find_known(tokens[j + 1].span.of(text))) {
        j = k;
        continue;
      }
    }
    if (names::is_possessive_clitic(next)) {
      size_t k = j + 1;
      while (capital_at(k)) ++k;
      std::string_view after_last = tokens[k - 1].span.of(text);
      bool legal_form_only = k == j + 2 && legal_forms_.contains(after_last);
      // One word before the "'s" is an owner ("Japan's Fair Trade Commission") when it is a known
      // name or a first name, else the start of a name ("Boatmen's Bancshares Inc.").
      std::string_view owner = tokens_text(text, tokens, i, j);
      bool name_start = j - i >= 2 || (!find_known(owner) && !first_names_.contains(owner));
      if (legal_form_only || (name_start && k > j + 1 && org_suffixes_.contains(after_last))) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

// Marks the chunk chunks[first] that starts at token i as placed by its context: a place cue right
// before it ("in Tupelo", "in nearby Trotwood"), or "and"/"or" after a name that has one ("in
// Akron or Zanesville").
void MentionFinder::mark_place_cue(std::string_view text, const std::vector<Token>& tokens,
                                   size_t i, std::vector<Chunk>* chunks, size_t first) const {
  Chunk& chunk = chunks->at(first);
  for (size_t n = std::min<size_t>(place_cues_.max_words(), i); n >= 1; --n) {
    if (place_cues_.contains(tokens_text(text, tokens, i - n, i))) {
      chunk.place_cue = true;
      return;
    }
  }
  if (i < 2 || first == 0) return;
  std::string_view conjunction = tokens[i - 1].span.of(text);
  const Chunk& before = chunks->at(first - 1);
  if ((conjunction == "and" || conjunction == "or") && before.place_cue &&
      before.span.end == tokens[i - 2].span.end) {
    chunk.place_cue = true;
  }
}

// Splits a capitalized run at titles ("Boeing CEO Kelly Ortberg", "Ohio Sen. Maria Okafor") and
// attaches a lower-case title written just before it ("the Amazon founder Jeff Bezos").
void MentionFinder::split_chunk(std::string_view text, const std::vector<Token>& tokens,
                                size_t begin, size_t end, bool sentence_start, bool heading,
                                std::vector<Chunk>* chunks) const {
  // A sentence's first word may be capitalized only for its place: "But Smith", "The".
  while (sentence_start && begin < end && common_words_.contains(tokens[begin].span.of(text))) {
    ++begin;
    sentence_start = false;
  }
  if (begin >= end) return;
  // "Fixing England's sewers", "Visiting Germany, she": a sentence's first word before a known
  // name is a verb or an adverb, unless it is a first name, the whole run is known, or a known
  // place opens it ("Beijing XINHUA": a city and the agency).
  if (sentence_start && end - begin >= 2 && !first_names_.contains(tokens[begin].span.of(text)) &&
      !find_known(tokens_text(text, tokens, begin, end)) &&
      place_prefix_end(text, tokens, begin, end) == begin &&
      find_known(tokens_text(text, tokens, begin + 1, end))) {
    ++begin;
    sentence_start = false;
  }

  // A title that begins before the run and ends inside it: "Secretary of [State Jane Doe]".
  std::string title;
  const int run_words = static_cast<int>(end - begin);
  for (int n = std::min<int>(titles_.max_words() - 1, static_cast<int>(begin));
       n >= 1 && title.empty(); --n) {
    for (int m = std::min<int>(titles_.max_words() - n, run_words); m >= 1; --m) {
      std::string_view candidate = tokens_text(text, tokens, begin - n, begin + m);
      if (titles_.contains(candidate)) {
        title = std::string(candidate);
        begin += m;
        sentence_start = false;
        break;
      }
    }
  }
  if (begin >= end) return;
  // A title written before the run, within a few words: "chief executive Tim Cook".
  for (int n = std::min<int>(titles_.max_words(), static_cast<int>(begin));
       n >= 1 && title.empty(); --n) {
    std::string_view candidate = tokens_text(text, tokens, begin - n, begin);
    if (titles_.contains(candidate)) {
      title = std::string(candidate);
      break;
    }
  }

  // A whole known name, or one that ends like an organization's, wins over a title inside it:
  // "President Hotel" is rare, "King" as a surname is not, and "County Prosecutor's Office" is an
  // office.
  const bool whole_name = gazetteer_.find(tokens_text(text, tokens, begin, end)) ||
                          (end - begin > 1 && org_suffixes_.contains(tokens[end - 1].span.of(text)));
  size_t piece_begin = begin;
  for (size_t k = begin; k < end;) {
    int title_words = 0;
    for (int n = std::min<int>(titles_.max_words(), static_cast<int>(end - k)); n >= 1; --n) {
      if (titles_.contains(tokens_text(text, tokens, k, k + n))) {
        title_words = n;
        break;
      }
    }
    if (title_words == 0 || whole_name) {
      ++k;
      continue;
    }
    if (k > piece_begin) {
      add_piece(text, tokens, piece_begin, k, title, sentence_start && piece_begin == begin,
                heading, chunks);
    }
    title = std::string(tokens_text(text, tokens, k, k + title_words));
    k += title_words;
    piece_begin = k;
  }
  if (piece_begin < end) {
    add_piece(text, tokens, piece_begin, end, title, sentence_start && piece_begin == begin,
              heading, chunks);
  }
}

}  // namespace kg
