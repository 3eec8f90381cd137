// What kg build and kg merge publish at the end: the graph files, graph.html when asked, and
// triples.jsonl, written together into OUTDIR (all of them or, on an error, none).
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "base/status.h"
#include "export/html_writer.h"
#include "graph/knowledge_graph.h"

namespace kg {

// graph.html's parts when `html` is set (read before any long work, so a missing vendor.js
// stops the run at once), else nothing.
Result<std::optional<WebAssets>> web_assets_if(bool html);

Status publish_outputs(const Graph& graph, const std::string& out_dir,
                       const std::optional<WebAssets>& web,
                       const std::function<Status(std::ostream&)>& write_triples);

}  // namespace kg
