// write_graph_files: the three graph files of `kg build`, each replaced whole or not at all.
#include <filesystem>
#include <system_error>

#include "export/atomic_file.h"
#include "export/writers.h"

namespace kg {
namespace {

Status write_one(const std::string& path, void (*write)(const Graph&, std::ostream&),
                 const Graph& graph) {
  Result<std::unique_ptr<AtomicFile>> file = AtomicFile::create(path);
  if (!file.ok()) return file.status();
  write(graph, (*file)->stream());
  return (*file)->commit();  // an uncommitted file removes its temporary in ~AtomicFile
}

}  // namespace

Status write_graph_files(const Graph& graph, const std::string& dir) {
  const std::filesystem::path base = dir.empty() ? "." : dir;
  std::error_code error;
  std::filesystem::create_directories(base, error);
  if (error) return Status::IoError(dir + ": cannot create directory: " + error.message());
  const std::string prefix = (base / "graph.").string();
  KG_RETURN_IF_ERROR(write_one(prefix + "graphml", write_graphml, graph));
  KG_RETURN_IF_ERROR(write_one(prefix + "gexf", write_gexf, graph));
  KG_RETURN_IF_ERROR(write_one(prefix + "json", write_node_link_json, graph));
  return Status::OK();
}

}  // namespace kg
