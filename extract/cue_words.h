// Cue words found as whole words in a stretch of text: the negation cues ("not", "n't", "refused
// to") and the hedge cues ("reportedly", "may") that TripleExtractor looks for around a match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Lower-cases ASCII and turns the curly apostrophe into a straight one, so that "didn’t" finds
// "n't". Cues are stored normalized and text is normalized before the search.
std::string normalize_for_cues(std::string_view s);

// True when `cue` (normalized) occurs in `text` (normalized) as whole words. A cue with an
// apostrophe ("n't") may be glued to the word before it ("didn't").
bool has_cue(std::string_view text, std::string_view cue);

// The first cue of `cues` (normalized, in list order) that `text` holds, or nullptr. Whole-word
// occurrences of `exceptions` (normalized) are blanked out first, so that a cue inside one does
// not count: "can't remember" holds no "n't".
const std::string* first_cue(std::string_view text, const std::vector<std::string>& cues,
                             const std::vector<std::string>& exceptions = {});

// Like first_cue, but case matters: a cue matches as written in the list (lower case), or with a
// capital first letter when it opens `text` after blanks and quotes ("Reportedly, ..."). So the
// modal "may" is a hedge and the month "May" is not. Only the curly apostrophe is normalized.
const std::string* first_cue_as_written(std::string_view text, const std::vector<std::string>& cues);

}  // namespace kg
