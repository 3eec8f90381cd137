// add_graph_files / write_graph_files: the three graph files of `kg build`, published together.
#include <filesystem>
#include <system_error>

#include "export/writers.h"

namespace kg {

Status add_graph_files(const Graph& graph, const std::string& dir, OutputSet* files) {
  const std::filesystem::path base = dir.empty() ? "." : dir;
  std::error_code error;
  std::filesystem::create_directories(base, error);
  if (error) return Status::IoError(dir + ": cannot create directory: " + error.message());
  const std::string prefix = (base / "graph.").string();
  const std::pair<const char*, void (*)(const Graph&, std::ostream&)> writers[] = {
      {"graphml", write_graphml}, {"gexf", write_gexf}, {"json", write_node_link_json}};
  for (const auto& [extension, write] : writers) {
    Result<std::ostream*> out = files->add(prefix + extension);
    if (!out.ok()) return out.status();
    write(graph, **out);
  }
  return Status::OK();
}

Status write_graph_files(const Graph& graph, const std::string& dir) {
  OutputSet files;
  KG_RETURN_IF_ERROR(add_graph_files(graph, dir, &files));
  return files.commit();
}

}  // namespace kg
