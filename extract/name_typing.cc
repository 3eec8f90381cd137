// MentionFinder's second half: the type of each capitalized name, from word lists, the rest of the
// document and, failing those, the context cues mined into type_cues.tsv.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "extract/mention_finder.h"
#include "extract/name_chunk.h"

namespace kg {
namespace {

// Margins of the cues' best class over the next (natural log odds), set on the dev sets.
constexpr double kListedPlaceMargin = 4.0;    // to retype a listed place as a team or a person
constexpr double kHeadingMargin = 2.0;        // to keep a name of a heading or a table row
constexpr double kSentenceStartMargin = 3.0;  // to keep one word whose capital may be the sentence's
constexpr double kUnsureMargin = 1.0;         // below it, cue words ("said", "in") decide
const std::string kCuesRule = std::string(kShapeRule) + ".cues";

}  // namespace

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
  // "Paris AFP", "Havana Radio Progreso Network": the place, then the organization it credits.
  if (size_t split = place_prefix_end(text, tokens, begin, end); split > begin) {
    add_piece(text, tokens, begin, split, std::move(title), sentence_start, heading, chunks);
    Chunk org;
    org.span = {tokens[split].span.begin, tokens[end - 1].span.end};
    org.heading = heading;
    org.words = static_cast<int>(end - split);
    org.type = EntityType::kOrg;
    org.evidence = Evidence::kStrong;
    org.rule = "name.after_place";
    chunks->push_back(std::move(org));
    return;
  }
  // "Democrat Dana Pruitt", "Senate Owen Marsh": a known party or body written before a first name
  // and a surname is its own name, not the start of one organization's.
  if (end - begin >= 3 && first_names_.contains(tokens[begin + 1].span.of(text)) &&
      !find_known(tokens_text(text, tokens, begin, end)) &&
      !find_known(tokens_text(text, tokens, begin + 1, end)) &&
      !org_suffixes_.contains(tokens[end - 1].span.of(text))) {
    const GazetteerEntry* label = find_known(tokens[begin].span.of(text));
    if (label && (label->type == EntityType::kNorp || label->type == EntityType::kOrg)) {
      add_piece(text, tokens, begin, begin + 1, "", sentence_start, heading, chunks);
      add_piece(text, tokens, begin + 1, end, std::move(title), false, heading, chunks);
      return;
    }
  }
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
  } else if (chunk.words > 1 && names::is_possessive_clitic(tokens[end - 1].span.of(text))) {
    // name_end keeps a "’s" no list knows only before a reporting verb: "Moody’s said".
    strong(EntityType::kOrg, "name.possessive_org");
    chunk.canonical = std::string(name);
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
  } else if (chunk.words > 1 && (first_names_.contains(first) ||
                                 (!has_lower_letter(first) && first_names_.contains(title_case(first))))) {
    strong(EntityType::kPerson, "name.first_name");  // "Dana Whitfield", shouted "DANA WHITFIELD"
  } else if (has_name_particle(text, tokens, begin, end) && !find_known(last) &&
             !common_words_.contains(first)) {
    // "Pieter van der Merwe", "Ata-ur-Rehman"; but "Tour de France" and "Banco de Mexico" end in a
    // known place, and the cues type them.
    strong(EntityType::kPerson, "name.particle");
  } else if (chunk.words == 1 && is_all_caps_acronym(name) && !heading &&
             !common_words_.contains(name)) {  // "OMG", "LOL" are chat, not organizations
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

bool MentionFinder::is_listed_place(const Chunk& chunk) {
  return chunk.rule == "name.gazetteer" &&
         (chunk.type == EntityType::kGpe || chunk.type == EntityType::kLoc);
}

// A place the gazetteers list, used as another thing's name: "Surrey 274 and 112-3" is a team,
// "Jordan defends his decision" a person. Only a clear margin of the cues wins over the list. The
// guess is pooled over the name's mentions (`guesses`), so each mention gets the same type.
void MentionFinder::retype_listed_place(std::string_view text, const PooledGuesses& guesses,
                                        Chunk* chunk) const {
  if (!is_listed_place(*chunk)) return;
  const CueGuess& guess = guesses.find(title_case(chunk->span.of(text)))->second;
  if (guess.margin(CueClass::kOrg) >= kListedPlaceMargin) {
    chunk->type = EntityType::kOrg;
    chunk->rule = "name.gazetteer.cues_org";
  } else if (guess.margin(CueClass::kPerson) >= kListedPlaceMargin) {
    chunk->type = EntityType::kPerson;
    chunk->rule = "name.gazetteer.cues_person";
  } else {
    return;
  }
  chunk->canonical.clear();  // "Surrey" the team is not the node of the county
}

// The guess of `cues` for each name of a document (by its title case) whose chunks `pick`, from
// all its mentions: the mean of their evidence, so that "Buick" named three times is typed from
// three contexts and each mention gets the same type.
MentionFinder::PooledGuesses MentionFinder::pooled_guesses(const TypeCues& cues,
                                                           std::string_view text,
                                                           const std::vector<Chunk>& chunks,
                                                           bool (*pick)(const Chunk&)) const {
  const CueGuess prior = cues.prior();
  std::map<std::string, std::pair<CueGuess, int>, std::less<>> sums;  // evidence, mentions
  for (const Chunk& chunk : chunks) {
    if (!pick(chunk)) continue;
    CueGuess guess = cues.guess(text, chunk.span, cue_lists());
    auto& [sum, mentions] = sums[title_case(chunk.span.of(text))];
    for (int c = 0; c < kCueClasses; ++c) sum.score[c] += guess.score[c] - prior.score[c];
    ++mentions;
  }
  PooledGuesses pooled;
  for (auto& [name, sum] : sums) {
    CueGuess& mean = pooled[name];
    for (int c = 0; c < kCueClasses; ++c) {
      mean.score[c] = prior.score[c] + sum.first.score[c] / sum.second;
    }
  }
  return pooled;
}

// "... the fourth-largest grocer in the U.S. Harvest Lane, which is based in ...": "U.S." ends a
// sentence that the splitter, seeing an abbreviation, went on over. When the words after a place
// abbreviation begin a longer name of the document ("Harvest Lane Markets"), the run is that place
// and the short form of that name. Two words at least: "U.S. Bank" stays a bank.
void MentionFinder::split_place_before_short_form(std::string_view text,
                                                  std::vector<Chunk>* chunks) const {
  std::set<std::string_view> names;
  for (const Chunk& chunk : *chunks) names.insert(chunk.span.of(text));
  for (size_t i = 0; i < chunks->size(); ++i) {
    Chunk& chunk = (*chunks)[i];
    if (chunk.words < 3 || !chunk.title.empty()) continue;
    std::string_view name = chunk.span.of(text);
    std::string_view place = first_word(text, chunk.span);
    const GazetteerEntry* entry = place.back() == '.' ? find_known(place) : nullptr;
    if (!entry || entry->type != EntityType::kGpe) continue;
    std::string_view rest = name.substr(place.size() + 1);
    auto longer = names.upper_bound(rest);
    if (rest.find(' ') == std::string_view::npos || longer == names.end() ||
        longer->size() <= rest.size() + 1 || longer->substr(0, rest.size()) != rest ||
        (*longer)[rest.size()] != ' ') {
      continue;
    }
    Chunk short_form = chunk;
    short_form.span.begin = chunk.span.end - static_cast<uint32_t>(rest.size());
    short_form.words = chunk.words - 1;
    short_form.evidence = Evidence::kUnknown;
    short_form.rule.clear();
    short_form.canonical.clear();
    short_form.sentence_start = true;
    short_form.opens_sentence = true;
    chunk.span.end = chunk.span.begin + static_cast<uint32_t>(place.size());
    chunk.words = 1;
    chunk.type = entry->type;
    chunk.evidence = Evidence::kStrong;
    chunk.canonical = entry->canonical;
    chunk.rule = "name.gazetteer";
    chunks->insert(chunks->begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(short_form));
  }
}

// What the rest of the document says of a name a word list typed:
// - a listed place written alone that is the surname of a person named in full ("Gregory P.
//   Lansing ... Lansing said") is that person, unless its context places it ("in Lansing",
//   "Lansing, Mich.");
// - a name typed a person only by its first word ("Harvest Lane", "Hazel Ridge") that begins an
//   organization's name in the document ("Harvest Lane Markets") is that organization's short form;
// - a headline's capitals say nothing, so "Housing Crisis" of "Phoenix Can’t Zone Its Way Out of a
//   Housing Crisis" names an event only when the text below names it too: it is dropped.
void MentionFinder::retype_by_document(std::string_view text, std::vector<Chunk>* chunks) const {
  std::set<std::string_view> surnames, org_names, body_names;
  for (const Chunk& chunk : *chunks) {
    if (!chunk.heading) body_names.insert(chunk.span.of(text));
    if (chunk.evidence != Evidence::kStrong || chunk.words < 2) continue;
    std::string_view name = chunk.span.of(text);
    if (chunk.type == EntityType::kPerson && chunk.rule.rfind(kShapeRule, 0) != 0) {
      surnames.insert(name.substr(name.rfind(' ') + 1));
    } else if (chunk.type == EntityType::kOrg) {
      org_names.insert(name);
    }
  }
  for (Chunk& chunk : *chunks) {
    if (chunk.evidence != Evidence::kStrong) continue;
    std::string_view name = chunk.span.of(text);
    if (chunk.words == 1 && is_listed_place(chunk) && !chunk.place_cue &&
        surnames.count(name) > 0) {
      chunk.type = EntityType::kPerson;
      chunk.rule = "name.surname_in_document";
      chunk.canonical.clear();
    } else if (chunk.rule == "name.first_name") {
      // The names that start with "<name> " sort right after it.
      auto longer = org_names.upper_bound(name);
      if (longer != org_names.end() && longer->size() > name.size() + 1 &&
          longer->substr(0, name.size()) == name && (*longer)[name.size()] == ' ') {
        chunk.type = EntityType::kOrg;
        chunk.rule = "name.org_short_form";
      }
    }
  }
  chunks->erase(std::remove_if(chunks->begin(), chunks->end(),
                               [&](const Chunk& chunk) {
                                 return chunk.heading && chunk.rule == "name.event_word" &&
                                        body_names.count(chunk.span.of(text)) == 0;
                               }),
                chunks->end());
}

// Types the chunks no list recognized from the rest of the document: a surname of a person named
// in full, a name seen typed elsewhere; otherwise by the context cues of all its mentions
// (type_cues.tsv), or dropped when the cues say it names nothing or when the only reason it is
// capitalized may be its place (sentence start, heading) and the cues are not sure.
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
      // Each of its first words: "Harvest" and "Harvest Lane" for "Harvest Lane Markets".
      for (size_t end = space; end != std::string_view::npos; end = name.find(' ', end + 1)) {
        org_short_forms.emplace(std::string(name.substr(0, end)), learned);
      }
    }
  };
  split_place_before_short_form(text, &chunks);
  const PooledGuesses place_guesses =
      pooled_guesses(listed_place_cues_, text, chunks, &MentionFinder::is_listed_place);
  for (Chunk& chunk : chunks) {
    if (chunk.evidence != Evidence::kStrong) continue;
    retype_listed_place(text, place_guesses, &chunk);
  }
  retype_by_document(text, &chunks);
  for (Chunk& chunk : chunks) {
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
  const PooledGuesses guesses = pooled_guesses(
      unknown_name_cues_, text, chunks,
      [](const Chunk& chunk) { return chunk.evidence == Evidence::kUnknown; });
  // Names of several words are typed first, so that their surnames and short forms are known
  // when the single words are. A type guessed from cues keeps a rule id that starts with
  // kShapeRule, also when another mention repeats the guess, so that later stages know it.
  auto type_unknown = [&](Chunk& chunk) {
    std::string_view name = chunk.span.of(text);
    // A sentence's capitalized first word that only begins an org's name, before a lower-case
    // word, may be an ordinary word ("Federal law bars ..." beside the Federal Election
    // Commission): the cues decide. "Northgate CEO Rachel Sommers said" stays the company.
    const bool short_form_only = !known.count(name) && org_short_forms.count(name) > 0;
    const size_t after = chunk.span.end + 1;
    const bool lower_case_next = after < text.size() && text[chunk.span.end] == ' ' &&
                                 text[after] >= 'a' && text[after] <= 'z';
    if (short_form_only && chunk.sentence_start && chunk.words == 1 && lower_case_next &&
        guesses.find(title_case(name))->second.best() == CueClass::kNone) {
      return false;
    }
    if (std::optional<Learned> learned = lookup(name)) {
      chunk.type = learned->type;
      chunk.rule = learned->guessed ? std::string(kShapeRule) + ".known_in_document"
                                    : "name.known_in_document";
    } else if (chunk.modifier) {
      return false;
    } else {
      const CueGuess& guess = guesses.find(title_case(name))->second;
      CueClass best = guess.best();
      double margin = guess.margin(best);
      // A capital in a heading, or on a sentence's first word, may not mark a name at all.
      if (chunk.heading && margin < kHeadingMargin) return false;
      if (chunk.sentence_start && chunk.words == 1 && !chunk.person_cue &&
          margin < kSentenceStartMargin) {
        return false;
      }
      chunk.rule = kCuesRule;
      // The hand-written cue words ("Okafor said", "in Tupelo") decide unless the mined cues
      // clearly say otherwise.
      if (chunk.person_cue && !chunk.heading &&
          (best == CueClass::kPerson || margin < kUnsureMargin)) {
        best = CueClass::kPerson;
        chunk.rule = "name.person_cue";
      } else if (chunk.place_cue && (best == CueClass::kPlace || margin < kUnsureMargin)) {
        best = CueClass::kPlace;
        chunk.rule = "name.place_cue";
      }
      if (best == CueClass::kNone) return false;  // "Scoring High", "Form 8300"
      chunk.type = best == CueClass::kPerson ? EntityType::kPerson
                   : best == CueClass::kOrg  ? EntityType::kOrg
                                             : EntityType::kGpe;
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
    mention.opens_sentence = chunk.opens_sentence;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace kg
