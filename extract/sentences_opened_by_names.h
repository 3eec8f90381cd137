// Sentence breaks the splitter could not see but the mention finder did: "... the fourth-largest
// grocer in the U.S. Harvest Lane, which is based in ..." reads, to the splitter, as an
// abbreviation before a name ("U.S. Senate"); the mention finder, knowing "Harvest Lane Markets"
// from earlier in the article, splits "U.S." from the short form and marks the short form as
// opening a sentence (Mention::opens_sentence).
#pragma once

#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/span.h"

namespace kg {

// Splits each sentence of `sentences` that holds, after its start, a mention marked
// opens_sentence: the first part ends at the last non-space byte before the mention. The spans stay
// in text order and cover the same bytes.
void split_sentences_before_names(std::string_view text, const std::vector<Mention>& mentions,
                                  std::vector<Span>* sentences);

}  // namespace kg
