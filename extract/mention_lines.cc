// MentionFinder's reading of whole lines: the names in a shouted headline, and the types that a
// table row's shape gives its names (line_shapes.h finds the shapes).
#include <algorithm>
#include <unordered_set>

#include "extract/mention_finder.h"
#include "extract/name_chunk.h"

namespace kg {

using names::Evidence;
using names::has_lower_letter;
using names::title_case;
using names::tokens_text;

namespace {

// The longest name, in words, that a shouted line is searched for.
constexpr size_t kMaxShoutedNameWords = 4;

std::string upper_case(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// "B", "BJ": one to three capitals.
bool is_letter_code(std::string_view word) {
  return !word.empty() && word.size() <= 3 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_initial(std::string_view word) {
  return word.size() >= 2 && word.back() == '.' && names::is_upper_letter_at(word, 0) &&
         !has_lower_letter(word);
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether the document writes `word` in lower case somewhere: "NICE WIN" is a nice win when the
// story says "a nice goal", whatever the gazetteer says of Nice. `lower_case_words` (the text's
// lower-case letter runs) answers for a word of letters; a word with other bytes ("U.S.") is
// looked for in the text only when its first letters are written in lower case.
bool written_in_lower_case(std::string_view text, std::string_view word,
                           const std::unordered_set<std::string_view>& lower_case_words) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  size_t letters = 0;
  while (letters < lower.size() && is_ascii_letter(lower[letters])) ++letters;
  if (letters > 0) {
    if (lower_case_words.count(std::string_view(lower).substr(0, letters)) == 0) return false;
    if (letters == lower.size()) return true;
  }
  for (size_t at = text.find(lower); at != std::string_view::npos; at = text.find(lower, at + 1)) {
    bool starts = at == 0 || !is_ascii_letter(text[at - 1]);
    bool ends = at + lower.size() >= text.size() || !is_ascii_letter(text[at + lower.size()]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

MentionFinder::ShoutedNames MentionFinder::shouted_names(std::string_view text,
                                                         const std::vector<Chunk>& chunks) {
  ShoutedNames names;
  for (const Chunk& chunk : chunks) {
    if (!chunk.heading && chunk.words > 1) names.mixed_case.insert(upper_case(chunk.span.of(text)));
  }
  for (size_t at = 0; at < text.size();) {
    if (!is_ascii_letter(text[at])) {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < text.size() && is_ascii_letter(text[end])) ++end;
    std::string_view run = text.substr(at, end - at);
    if (!std::any_of(run.begin(), run.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      names.lower_case_words.insert(run);
    }
    at = end;
  }
  return names;
}

// Splits a shouted run ("ROMANIA BEAT LITHUANIA IN") into the names in it: the longest known name
// or mixed-case name of the document at each word, else the word alone. Words of unknown type
// stay heading chunks, which resolve_unknowns keeps only when the rest of the document names them
// ("MILLER" after "Bob Miller").
void MentionFinder::add_shouted_names(std::string_view text, const std::vector<Token>& tokens,
                                      size_t begin, size_t end, const ShoutedNames& names,
                                      std::vector<Chunk>* chunks) const {
  for (size_t k = begin; k < end;) {
    size_t n = 1;
    const GazetteerEntry* entry = nullptr;
    for (size_t m = std::min(end - k, kMaxShoutedNameWords); m >= 1; --m) {
      std::string_view name = tokens_text(text, tokens, k, k + m);
      entry = find_known(name);
      if (entry || (m > 1 && names.mixed_case.count(upper_case(name)) > 0)) {
        n = m;
        break;
      }
    }
    size_t piece_end = k + n;
    while (piece_end > k && tokens[piece_end - 1].kind == TokenKind::kPunct) --piece_end;
    std::string_view name = piece_end > k ? tokens_text(text, tokens, k, piece_end) : "";
    // "AT", "ST": a short shouted word is a name only when known.
    bool word = n == 1 && (name.size() <= 2 ? !entry : common_words_.contains(title_case(name)) ||
                           pronouns_.contains(name) || (entry && written_in_lower_case(text, name,
                                                          names.lower_case_words)));
    if (!name.empty() && !word) {
      Chunk chunk;
      chunk.span = {tokens[k].span.begin, tokens[piece_end - 1].span.end};
      chunk.heading = true;
      chunk.words = static_cast<int>(piece_end - k);
      if (entry) {
        chunk.type = entry->type;
        chunk.evidence = Evidence::kStrong;
        chunk.canonical = entry->canonical;
        chunk.rule = "name.gazetteer";
      }
      chunks->push_back(std::move(chunk));
    }
    k += n;
  }
}

bool MentionFinder::is_nation(std::string_view name) const {
  const GazetteerEntry* entry = find_known(name);
  return entry && (nations_.contains(entry->canonical) || nations_.contains(name) ||
                   nations_.contains(title_case(name)));
}

// "S. Cole", "D.A. Weibring", "Ann Berg": an initial or a known first name before a surname, but
// not before a word that ends club names ("Ross County", "Sheffield United").
bool MentionFinder::person_shaped(std::string_view text, const std::vector<Token>& tokens,
                                  size_t begin, size_t end) const {
  if (end - begin < 2) return false;
  std::string_view first = tokens[begin].span.of(text);
  std::string last = title_case(tokens[end - 1].span.of(text));
  if (org_suffixes_.contains(last) || last_words_.count(last) > 0) return false;
  return is_initial(first) || first_names_.contains(first) ||
         first_names_.contains(title_case(first));
}

// Types the chunk that a table row's name at tokens [begin, end) became (chunks from `first` on
// are that name's), or drops it when the row says it is a label.
size_t MentionFinder::apply_line_role(std::string_view text, const std::vector<Token>& tokens,
                                      size_t begin, size_t end, NameRole role,
                                      bool sentence_start, std::vector<Chunk>* chunks,
                                      size_t first) const {
  const size_t run_end = end;
  if (role == NameRole::kLabel) {
    chunks->resize(first);
    return run_end;
  }
  while (end > begin && tokens[end - 1].kind == TokenKind::kPunct) --end;
  if (end <= begin) return run_end;
  if (role == NameRole::kWireCredit) {
    add_wire_credit(text, tokens, begin, end, sentence_start, chunks, first);
    return run_end;
  }
  const bool person = person_shaped(text, tokens, begin, end);
  // "Rad (B) 0": a letter code after a side tells it from a namesake and is part of its name;
  // a country's code ("Holt (USA)") is the side's country, as "(Norway)" is.
  if (role == NameRole::kCompetitor && end + 2 < tokens.size() &&
      tokens[end].span.of(text) == "(" && tokens[end + 2].span.of(text) == ")" &&
      is_letter_code(tokens[end + 1].span.of(text)) &&
      !is_nation(tokens[end + 1].span.of(text))) {
    end += 3;
  }
  const size_t name_end = std::max(run_end, end);
  // The row's name is its whole run ("Queen of the Glen", though "Queen" is a title), without the
  // common words before it ("The"); split_chunk's pieces of it give way.
  size_t name_begin = begin;
  while (name_begin + 1 < end && common_words_.contains(tokens[name_begin].span.of(text))) {
    ++name_begin;
  }
  const Span span{tokens[name_begin].span.begin, tokens[end - 1].span.end};
  if (chunks->size() != first + 1 || chunks->back().span != span) {
    chunks->resize(first);
    // "(Z)", an initial; but a side may have two letters ("LG 2 OB 0").
    if (end - name_begin == 1 && span.size() <= (role == NameRole::kCompetitor ? 1u : 2u)) {
      return name_end;
    }
    Chunk chunk;
    chunk.span = span;
    chunk.words = static_cast<int>(end - name_begin);
    chunk.sentence_start = sentence_start;
    if (const GazetteerEntry* entry = find_known(span.of(text))) {
      chunk.type = entry->type;
      chunk.evidence = Evidence::kStrong;
      chunk.canonical = entry->canonical;
      chunk.rule = "name.gazetteer";
    }
    chunks->push_back(std::move(chunk));
  }
  Chunk& chunk = chunks->back();
  std::string_view name = span.of(text);
  auto type_as = [&chunk](EntityType type, const char* rule) {
    chunk.type = type;
    chunk.evidence = Evidence::kStrong;
    chunk.rule = rule;
    if (type == EntityType::kOrg || type == EntityType::kPerson) chunk.canonical.clear();
  };
  const bool known = chunk.evidence == Evidence::kStrong;
  switch (role) {
    case NameRole::kCompetitor:
      if (is_nation(name)) {  // a national side is its country, whatever cues say of teams
        chunk.rule = "name.line.nation";
        return name_end;
      }
      if (person) {
        type_as(EntityType::kPerson, "name.line.player");
      } else {
        type_as(EntityType::kOrg, "name.line.team");
      }
      return name_end;
    case NameRole::kPlayer:
    case NameRole::kAthlete:
      if (!is_nation(name)) type_as(EntityType::kPerson, "name.line.player");
      return name_end;
    case NameRole::kTeam:
      type_as(EntityType::kOrg, "name.line.team");
      return name_end;
    case NameRole::kDatelinePlace:
      if (!known) {
        type_as(EntityType::kGpe, "name.dateline");
        chunk.canonical = title_case(name);
      } else if (is_listed_place(chunk)) {
        // Where the story was filed: the place, whatever cues elsewhere say of its name
        // ("Moscow's leading newspapers").
        chunk.rule = "name.dateline";
      }
      return name_end;
    case NameRole::kWireSource:  // "(ITAR-TASS)" after a wire dateline
      type_as(EntityType::kOrg, "name.wire.source");
      return name_end;
    case NameRole::kPlace:  // a competitor's country: "Ann Berg (Trinidad)"
      if (!known) {
        type_as(EntityType::kGpe, "name.line.country");
        chunk.canonical = title_case(name);
      }
      return name_end;
    case NameRole::kNone:
    case NameRole::kLabel:
    case NameRole::kWireCredit:
      return name_end;
  }
  return name_end;
}

// "Moscow INTERFAX", "Rio de Janeiro O GLOBO", "Havana Radio Reloj Network" of a wire credit
// line: the longest known place that opens the run is the city, else its first word (the cities
// of credit lines are mostly one word); the rest is the news source.
void MentionFinder::add_wire_credit(std::string_view text, const std::vector<Token>& tokens,
                                    size_t begin, size_t end, bool sentence_start,
                                    std::vector<Chunk>* chunks, size_t first) const {
  size_t split = begin + 1;
  for (size_t k = end - 1; k > begin; --k) {
    const GazetteerEntry* place = find_known(tokens_text(text, tokens, begin, k));
    if (place && (place->type == EntityType::kGpe || place->type == EntityType::kLoc)) {
      split = k;
      break;
    }
  }
  chunks->resize(first);
  Chunk city;
  city.span = {tokens[begin].span.begin, tokens[split - 1].span.end};
  city.words = static_cast<int>(split - begin);
  city.sentence_start = sentence_start;
  city.type = EntityType::kGpe;
  city.evidence = Evidence::kStrong;
  city.rule = "name.wire.city";
  const GazetteerEntry* known = find_known(city.span.of(text));
  city.canonical = known ? known->canonical : title_case(city.span.of(text));
  chunks->push_back(std::move(city));
  Chunk source;
  source.span = {tokens[split].span.begin, tokens[end - 1].span.end};
  source.words = static_cast<int>(end - split);
  source.type = EntityType::kOrg;
  source.evidence = Evidence::kStrong;
  source.rule = "name.wire.source";
  chunks->push_back(std::move(source));
}

}  // namespace kg
