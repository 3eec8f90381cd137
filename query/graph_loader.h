// Reads a graph written by `kg build` back into a kg::Graph for `kg query` and `kg stats`: the
// output directory (its graph.json, else its graph.graphml), a graph.json or a .graphml file.
// graph.json holds everything; GraphML keeps each edge's evidence only as the "doc:start-end
// rule: text" strings Gephi shows, which read back without confidence, hedge or voice.
#pragma once

#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

// Fills *graph (empty before). Errors name the file and, for broken JSON, its line and column; a
// file from another kg_format (kGraphFormat) says which and how to remake it. An out-parameter:
// Boost 1.74's adjacency_list has no move constructor, and a large graph must not be copied.
Status load_graph(const std::string& path, Graph* graph);

Status read_graph_json(const std::string& path, Graph* graph);
Status read_graphml_file(const std::string& path, Graph* graph);

}  // namespace kg
