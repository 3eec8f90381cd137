#include "extract/sentences_opened_by_names.h"

#include <algorithm>

namespace kg {

void split_sentences_before_names(std::string_view text, const std::vector<Mention>& mentions,
                                  std::vector<Span>* sentences) {
  for (const Mention& mention : mentions) {
    if (!mention.opens_sentence) continue;
    const uint32_t at = mention.span.begin;
    // The sentence holding the mention: the last one starting at or before it.
    auto it = std::upper_bound(sentences->begin(), sentences->end(), at,
                               [](uint32_t pos, const Span& s) { return pos < s.begin; });
    if (it == sentences->begin()) continue;
    --it;
    if (at <= it->begin || at >= it->end) continue;  // already opens one, or lies outside
    uint32_t end = at;
    while (end > it->begin && (text[end - 1] == ' ' || text[end - 1] == '\t' ||
                               text[end - 1] == '\n' || text[end - 1] == '\r')) {
      --end;
    }
    const Span rest{at, it->end};
    it->end = end;
    sentences->insert(it + 1, rest);
  }
}

}  // namespace kg
