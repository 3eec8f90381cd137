// A binary copy of a loaded graph beside its source file ("graph.json" -> ".graph.json.kgsnap"),
// so that the second and later queries of one graph skip the JSON or XML parse. The snapshot
// names the size and modification time of the file it was made from and the kg_format; any
// difference makes it stale and it is made again. Writing it is best effort: a read-only output
// directory only means every query parses.
#pragma once

#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

// Where the snapshot of `source` lives.
std::string snapshot_path(const std::string& source);

// Fills *graph from the snapshot of `source` when one is there and fresh; false otherwise
// (*graph is then left empty).
bool read_fresh_snapshot(const std::string& source, Graph* graph);

// Writes the snapshot of `source` (atomically); an error is returned, not thrown, for the caller
// to ignore.
Status write_snapshot(const std::string& source, const Graph& graph);

}  // namespace kg
