// Organizations named with a possessive ("Moody's Investors Service Inc.", "Boatmen's Bancshares
// Inc.") go by their first word and its "'s" too: "Moody's said" later in the article is that
// organization, not something of a person called Moody.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "extract/analysis.h"

namespace kg {

// Finds every "W's" of the text whose W starts a possessive ORG name among `mentions`, and makes
// it a mention of that organization (a mention of "W" alone grows to "W's"). A W that `is_owner`
// ("China" in "China's Central Television", a first name) stays an owner. `mentions` stays in
// text order without overlaps.
void add_possessive_short_names(std::string_view text,
                                const std::function<bool(std::string_view)>& is_owner,
                                std::vector<Mention>* mentions);

}  // namespace kg
