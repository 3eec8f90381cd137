#include "extract/reference_mentions.h"

namespace kg {

void insert_reference_mentions(std::vector<std::pair<Mention, int>> added,
                               DocumentAnalysis* analysis) {
  if (added.empty()) return;
  std::vector<Mention>& mentions = analysis->mentions;
  std::vector<Mention> merged;
  std::vector<int> entity_of;
  merged.reserve(mentions.size() + added.size());
  entity_of.reserve(mentions.size() + added.size());
  size_t a = 0;
  for (size_t i = 0; i <= mentions.size(); ++i) {
    while (a < added.size() && (i == mentions.size() || added[a].first.span < mentions[i].span)) {
      merged.push_back(std::move(added[a].first));
      entity_of.push_back(added[a].second);
      ++a;
    }
    if (i == mentions.size()) break;
    merged.push_back(std::move(mentions[i]));
    entity_of.push_back(analysis->entity_of[i]);
  }
  mentions = std::move(merged);
  analysis->entity_of = std::move(entity_of);
}

}  // namespace kg
