// The short report kg build prints: documents, nodes by type, edges by relation, top entities.
#pragma once

#include <ostream>
#include <string>

#include "extract/input_reader.h"
#include "graph/knowledge_graph.h"

namespace kg {

// "12.3 s".
std::string format_seconds(double seconds);

// The first line is the run in one line: documents read and skipped, nodes, edges, seconds.
void print_summary(const Graph& graph, const ReadStats& stats, const std::string& out_dir,
                   double seconds, std::ostream& out);

}  // namespace kg
