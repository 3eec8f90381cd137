// Adds reference mentions ("the charity", "Its") found after canonicalization to a document's
// analysis, keeping mentions in text order and entity_of aligned with them.
#pragma once

#include <utility>
#include <vector>

#include "extract/analysis.h"

namespace kg {

// Each added mention comes with the index of the entity it refers to.
void insert_reference_mentions(std::vector<std::pair<Mention, int>> added,
                               DocumentAnalysis* analysis);

}  // namespace kg
