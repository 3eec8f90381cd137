// The short report kg build prints: documents, nodes by type, edges by relation, top entities.
#pragma once

#include <ostream>
#include <string>

#include "extract/input_reader.h"
#include "graph/knowledge_graph.h"

namespace kg {

void print_summary(const Graph& graph, const ReadStats& stats, const std::string& out_dir,
                   std::ostream& out);

}  // namespace kg
