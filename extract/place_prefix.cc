// MentionFinder's split of a capitalized run that starts with a known place and goes on with an
// organization's name: wire credits and press reviews write the source's city before it ("Paris
// AFP", "Havana Radio Progreso Network"), which is two names, the place and the organization.
#include "extract/mention_finder.h"
#include "extract/name_chunk.h"

namespace kg {

using names::has_lower_letter;
using names::tokens_text;

// The end of the place that opens tokens [begin, end), or `begin` when the run is one name. The
// rest must be an organization: a known one written in capitals ("Paris AFP"), or one by its
// shape: a shouted name of five letters or more after a place written in mixed case ("Lisbon
// PUBLICO"; "Chicago PMI", unknown, is an index's name), or two or more words
// opened or closed by a broadcaster's word (broadcaster_words.txt: "Radio", "Network"). A run
// known whole ("New York Times") or whose rest is a known name ("Texas Supreme Court", "Kurdistan
// Democratic Party", "Washington DC") stays one name.
size_t MentionFinder::place_prefix_end(std::string_view text, const std::vector<Token>& tokens,
                                       size_t begin, size_t end) const {
  if (end - begin < 2 || find_known(tokens_text(text, tokens, begin, end))) return begin;
  for (size_t k = end - 1; k > begin; --k) {
    const GazetteerEntry* place = find_known(tokens_text(text, tokens, begin, k));
    if (!place || (place->type != EntityType::kGpe && place->type != EntityType::kLoc)) continue;
    std::string_view rest = tokens_text(text, tokens, k, end);
    const bool mixed_place = has_lower_letter(tokens_text(text, tokens, begin, k));
    // "Paris AFP": a known organization written in capitals after the place is a name of its own,
    // however short ("Chicago PMI", unknown, stays one name).
    const GazetteerEntry* known_rest = find_known(rest);
    if (known_rest && known_rest->type == EntityType::kOrg && !has_lower_letter(rest) &&
        mixed_place) {
      return k;
    }
    if (known_rest || states_.contains(rest)) return begin;
    size_t letters = 0;
    for (char c : rest) letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
    bool shouted = !has_lower_letter(rest) && letters >= 5 && mixed_place;
    bool broadcaster = end - k >= 2 && (broadcaster_words_.contains(tokens[k].span.of(text)) ||
                                        broadcaster_words_.contains(tokens[end - 1].span.of(text)));
    return shouted || broadcaster ? k : begin;
  }
  return begin;
}

}  // namespace kg
