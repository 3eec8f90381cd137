// List-valued attributes flattened to one string for the XML formats, whose attribute types have
// no portable list (GEXF liststring is Gephi-only; GraphML has none). graph.json keeps the lists.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

// "a | b | c", in the given order; empty for an empty list.
std::string join_list(const std::vector<std::string>& items);

// "doc:start-end rule: text" per record, joined with " | ", so that a Gephi user can read an
// edge's provenance in the Data Laboratory without the JSON file.
std::string join_evidence(const std::vector<Evidence>& evidence);

// The distinct document ids of the evidence, sorted, joined with " | ".
std::string evidence_docs(const std::vector<Evidence>& evidence);

}  // namespace kg
