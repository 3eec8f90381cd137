// MentionFinder's join of two place names written with an en dash and no spaces before a place's
// head word: "the Sacramento–San Joaquin Delta", "the Baltimore–Washington Corridor" name one
// place, while "the Boston–New York shuttle" and "Dallas–Fort Worth" name two.
#include "extract/mention_finder.h"
#include "extract/name_chunk.h"

namespace kg {

size_t MentionFinder::dash_joined_place_end(std::string_view text, const std::vector<Token>& tokens,
                                            const std::vector<bool>& claimed, size_t dash) const {
  constexpr std::string_view kEnDash = "\xE2\x80\x93";
  if (dash == 0 || dash + 1 >= tokens.size() || tokens[dash].span.of(text) != kEnDash) return 0;
  // Glued on both sides: "Sacramento–San", never "Boston – San Joaquin".
  if (tokens[dash - 1].span.end != tokens[dash].span.begin ||
      tokens[dash].span.end != tokens[dash + 1].span.begin) {
    return 0;
  }
  size_t k = dash + 1;
  while (k < tokens.size() && !claimed[k] && tokens[k].kind == TokenKind::kWord &&
         names::is_upper_letter_at(tokens[k].span.of(text), 0) &&
         !names::line_break_after(text, tokens, k - 1)) {
    ++k;
  }
  if (k == dash + 1) return 0;
  // The head word must be a place's last word of name_words.tsv ("Delta", "Valley", "River").
  auto head = last_words_.find(tokens[k - 1].span.of(text));
  if (head == last_words_.end() || head->second != EntityType::kLoc) return 0;
  return k;
}

}  // namespace kg
