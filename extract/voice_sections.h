// Whose voice a sentence is in. A news page carries text the article does not state itself:
// reader comments under a "Comments" heading, social-media posts quoted at the end with their
// signature line ("— Dana Reyes (@danareyes) May 2, 2024"), bylines ("By Tom Hale"). Triples
// read there are kept but marked, with lower confidence (docs/relations.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/span.h"

namespace kg {

enum class Voice { kArticle, kComment, kSocialPost, kByline };

// "comment", "social", "byline"; "" for the article's own voice.
const char* voice_name(Voice voice);

// The voice of each of `sentences` (text order, as the splitter gives them) of `text`:
// - every sentence after a line that is a heading of `comment_headings` (lexicon/
//   comment_headings.txt, case-insensitive, perhaps with a count or a colon: "Comments (12)")
//   is kComment;
// - a sentence that holds a handle (@name) is kSocialPost, and so is a signature line (one that
//   opens with a dash and holds a handle) together with the sentences of its paragraph before
//   it, which are the quoted post;
// - a line of its own that opens with "By " and a capital, at most 12 words and without final
//   punctuation, is kByline.
// A comment section wins over the other two.
std::vector<Voice> sentence_voices(std::string_view text, const std::vector<Span>& sentences,
                                   const std::vector<std::string>& comment_headings);

}  // namespace kg
