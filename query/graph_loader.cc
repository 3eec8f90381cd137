#include "query/graph_loader.h"

#include <filesystem>
#include <system_error>

namespace kg {

Status load_graph(const std::string& path, Graph* graph) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::is_directory(path, error)) {
    for (const char* name : {"graph.json", "graph.graphml"}) {
      const fs::path file = fs::path(path) / name;
      if (fs::exists(file, error)) return load_graph(file.string(), graph);
    }
    return Status::IoError(path + ": no graph.json or graph.graphml here (make one with kg build)");
  }
  if (!fs::exists(path, error)) return Status::IoError(path + ": no such file or directory");
  const std::string extension = fs::path(path).extension().string();
  if (extension == ".graphml" || extension == ".xml") return read_graphml_file(path, graph);
  if (extension == ".json") return read_graph_json(path, graph);
  return Status::InvalidInput(path + ": not a graph file (want an output directory of kg build, "
                              "graph.json or graph.graphml)");
}

}  // namespace kg
