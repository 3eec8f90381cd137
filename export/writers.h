// The graph exporters. Each writes a finished Graph to a stream; write_graph_files() writes all
// three into a directory, each atomically. Output is a pure function of the graph: same graph,
// same bytes.
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "export/output_set.h"
#include "graph/knowledge_graph.h"

namespace kg {

// GraphML 1.0 for Gephi, yEd, NetworkX, Boost read_graphml: a typed <key> per attribute; node
// "label", "type", ...; edge "weight", "relation", ...; list values joined with " | ".
void write_graphml(const Graph& graph, std::ostream& out);
// GEXF 1.3 with viz:color by type and viz:size by mentions; edge kind = relation.
void write_gexf(const Graph& graph, std::ostream& out);
// Node-link JSON in the layout of NetworkX node_link_data (see OUTPUT_FORMATS.md).
void write_node_link_json(const Graph& graph, std::ostream& out);

// Adds graph.graphml, graph.gexf and graph.json in `dir` (created if missing) to `files`,
// which publishes them with whatever else it holds.
Status add_graph_files(const Graph& graph, const std::string& dir, OutputSet* files);
// The same three files, published together on their own.
Status write_graph_files(const Graph& graph, const std::string& dir);

}  // namespace kg
