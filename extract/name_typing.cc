// MentionFinder's second half: the type of each capitalized name, from word lists, the rest of the
// document, context cues and, failing those, its shape.
#include <map>
#include <optional>
#include <string>

#include "extract/mention_finder.h"
#include "extract/name_chunk.h"

namespace kg {

using names::Evidence;
using names::first_word;
using names::has_lower_letter;
using names::is_all_caps_acronym;
using names::is_roman_numeral;
using names::title_case;
using names::tokens_text;

std::optional<EntityType> MentionFinder::name_word_type(std::string_view first,
                                                       std::string_view last, int words) const {
  if (words < 2) return std::nullopt;
  if (auto it = last_words_.find(last); it != last_words_.end()) {
    // "Stuart Hall", "Sarah Lake": a first name and a place word are a person.
    bool person = words == 2 && it->second == EntityType::kLoc && first_names_.contains(first);
    if (!person) return it->second;
  }
  if (auto it = first_words_.find(first); it != first_words_.end()) return it->second;
  return std::nullopt;
}

bool MentionFinder::has_name_particle(std::string_view text, const std::vector<Token>& tokens,
                                      size_t begin, size_t end) const {
  for (size_t k = begin; k < end; ++k) {
    std::string_view word = tokens[k].span.of(text);
    if (k > begin && name_particles_.contains(word)) return true;
    size_t hyphen = word.find('-');
    if (hyphen != std::string_view::npos && particle_prefixed(word.substr(k > begin ? 0 : hyphen + 1))) {
      return true;
    }
  }
  return false;
}

void MentionFinder::add_piece(std::string_view text, const std::vector<Token>& tokens,
                              size_t begin, size_t end, std::string title, bool sentence_start,
                              bool heading, std::vector<Chunk>* chunks) const {
  while (end > begin && tokens[end - 1].kind == TokenKind::kPunct) --end;
  if (begin >= end) return;
  std::string_view name = tokens_text(text, tokens, begin, end);
  std::string_view first = tokens[begin].span.of(text);
  std::string_view last = tokens[end - 1].span.of(text);
  // "World War II", "Super Bowl LVIII": the head word stands before the numeral.
  if (end - begin > 2 && is_roman_numeral(last)) last = tokens[end - 2].span.of(text);

  Chunk chunk;
  chunk.span = {tokens[begin].span.begin, tokens[end - 1].span.end};
  chunk.sentence_start = sentence_start;
  chunk.heading = heading;
  chunk.words = static_cast<int>(end - begin);
  chunk.title = std::move(title);
  auto strong = [&chunk](EntityType type, const char* rule) {
    chunk.type = type;
    chunk.evidence = Evidence::kStrong;
    chunk.rule = rule;
  };

  std::string head = std::string(first);
  if (end - begin > 1) head += " " + std::string(tokens[begin + 1].span.of(text));
  // An initial ("E." of "E. coli"), unless a list knows it ("US", "UK").
  if (chunk.words == 1 && name.size() <= 2 && !find_known(name)) return;
  if (const GazetteerEntry* entry = find_known(name)) {
    strong(entry->type, "name.gazetteer");
    chunk.canonical = entry->canonical;
  } else if (chunk.words > 1 && org_suffixes_.contains(last)) {
    strong(EntityType::kOrg, "name.org_suffix");
  } else if (chunk.words > 1 && org_heads_.contains(head)) {
    strong(EntityType::kOrg, "name.org_head");
  } else if (chunk.words > 1 && event_words_.contains(last)) {
    strong(EntityType::kEvent, "name.event_word");
  } else if (auto type = name_word_type(first, last, chunk.words)) {
    strong(*type, "name.name_word");
  } else if (!chunk.title.empty() && !is_all_caps_acronym(name)) {
    strong(EntityType::kPerson, "name.title");
  } else if (chunk.words > 1 && first_names_.contains(first)) {
    strong(EntityType::kPerson, "name.first_name");
  } else if (has_name_particle(text, tokens, begin, end)) {
    strong(EntityType::kPerson, "name.particle");  // "Pieter van der Merwe", "Ata-ur-Rehman"
  } else if (chunk.words == 1 && is_all_caps_acronym(name) && !heading) {
    strong(EntityType::kOrg, "name.acronym");
  } else if (chunk.words == 1 && !has_lower_letter(name) && name.size() > 6) {
    return;  // a shouted word ("BREAKING"), not a name
  }
  if (chunk.evidence == Evidence::kUnknown && chunk.words == 1 && common_words_.contains(name)) {
    return;
  }
  // "COMMERCIAL PAPER: 8.5% ...", "PRECIOUS METALS: Futures ...": a shouted label before a colon
  // (but "JANE DOE:" in a transcript is a speaker).
  if (chunk.evidence == Evidence::kUnknown && chunk.words > 1 && !has_lower_letter(name) &&
      end < tokens.size() && tokens[end].span.of(text) == ":" &&
      !first_names_.contains(title_case(first))) {
    return;
  }
  chunks->push_back(std::move(chunk));
}

// Types the chunks no list recognized from the rest of the document: a surname of a person named
// in full, a name seen typed elsewhere; otherwise by shape and context, or dropped when the only
// reason it is capitalized may be its place (sentence start, heading).
std::vector<Mention> MentionFinder::resolve_unknowns(std::string_view text,
                                                     std::vector<Chunk> chunks) const {
  // A type learned from a name, and whether that name's type was itself only a guess by shape.
  struct Learned {
    EntityType type;
    bool guessed;
  };
  std::map<std::string, Learned, std::less<>> known;  // name, surname or short form -> type
  std::map<std::string, Learned, std::less<>> org_short_forms;
  auto learn = [&](std::string_view name, const Chunk& chunk) {
    const Learned learned{chunk.type, chunk.rule.rfind(kShapeRule, 0) == 0};
    known.emplace(std::string(name), learned);
    if (name.size() > 3 && !has_lower_letter(name)) known.emplace(title_case(name), learned);
    size_t space = name.find(' ');
    if (space == std::string_view::npos) return;
    // "Smith" for "Jane Smith"; "Brightwell" for "Brightwell Health Inc.". A surname wins over
    // an org's first word: "Kessler" near "Walter Kessler" and "Kessler Ridge Capital" is him.
    if (chunk.type == EntityType::kPerson) {
      known.insert_or_assign(std::string(name.substr(name.rfind(' ') + 1)), learned);
      // Its first word alone names the same person: a family name written first ("Wang Donghai"
      // ... "Wang said") or a first name ("Maria").
      // Not when the name's own type is a guess by shape ("Manchester United").
      if (!learned.guessed) known.emplace(std::string(name.substr(0, space)), learned);
    }
    if (chunk.type == EntityType::kOrg) {
      org_short_forms.emplace(std::string(name.substr(0, space)), learned);
    }
  };
  for (const Chunk& chunk : chunks) {
    if (chunk.evidence == Evidence::kStrong) learn(chunk.span.of(text), chunk);
  }
  auto lookup = [&](std::string_view name) -> std::optional<Learned> {
    if (auto it = known.find(name); it != known.end()) return it->second;
    if (auto it = org_short_forms.find(name); it != org_short_forms.end()) return it->second;
    if (name.size() > 3 && !has_lower_letter(name)) {
      if (auto it = known.find(title_case(name)); it != known.end()) return it->second;
    }
    return std::nullopt;
  };
  // Names of several words are typed first, so that their surnames and short forms are known
  // when the single words are. A type guessed by shape keeps a rule id that starts with
  // kShapeRule, also when another mention repeats the guess, so that later stages know it.
  auto type_unknown = [&](Chunk& chunk) {
    std::string_view name = chunk.span.of(text);
    if (std::optional<Learned> learned = lookup(name)) {
      chunk.type = learned->type;
      chunk.rule = learned->guessed ? std::string(kShapeRule) + ".known_in_document"
                                    : "name.known_in_document";
    } else if (chunk.heading || chunk.modifier) {
      return false;
    } else if (chunk.person_cue) {  // "Okafor said", even at a sentence start
      chunk.type = EntityType::kPerson;
      chunk.rule = "name.person_cue";
    } else if (chunk.sentence_start && chunk.words == 1) {
      return false;
    } else if (chunk.place_cue) {  // "in Tupelo", "near Ocala"
      chunk.type = EntityType::kGpe;
      chunk.rule = "name.place_cue";
    } else if (chunk.words == 2 && !common_words_.contains(first_word(text, chunk.span))) {
      chunk.type = EntityType::kPerson;  // but "Last Week", "Every Friday" name no one
      chunk.rule = kShapeRule;
    } else {
      chunk.type = EntityType::kOrg;
      chunk.rule = kShapeRule;
    }
    chunk.evidence = Evidence::kStrong;
    return true;
  };
  std::vector<bool> dropped(chunks.size(), false);
  for (bool several_words : {true, false}) {
    for (size_t i = 0; i < chunks.size(); ++i) {
      Chunk& chunk = chunks[i];
      if (chunk.evidence != Evidence::kUnknown || (chunk.words > 1) != several_words) continue;
      if (type_unknown(chunk)) {
        learn(chunk.span.of(text), chunk);
      } else {
        dropped[i] = true;
      }
    }
  }
  std::vector<Mention> mentions;
  for (size_t i = 0; i < chunks.size(); ++i) {
    if (dropped[i]) continue;
    Chunk& chunk = chunks[i];
    Mention mention;
    mention.span = chunk.span;
    mention.type = chunk.type;
    mention.rule = std::move(chunk.rule);
    mention.title = chunk.type == EntityType::kPerson ? std::move(chunk.title) : std::string();
    mention.canonical = std::move(chunk.canonical);
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace kg
