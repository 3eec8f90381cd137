#include "query/graph_loader.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "query/graph_snapshot.h"

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
  Status (*read)(const std::string&, Graph*) = nullptr;
  if (extension == ".graphml" || extension == ".xml") read = read_graphml_file;
  if (extension == ".json") read = read_graph_json;
  if (read == nullptr) {
    return Status::InvalidInput(path +
                                ": not a graph file (want an output directory of kg build, "
                                "graph.json or graph.graphml)");
  }
  if (read_fresh_snapshot(path, graph)) return Status::OK();
  try {
    KG_RETURN_IF_ERROR(read(path, graph));
  } catch (const std::exception& e) {  // bad_alloc on a huge file, say: still name the file
    graph->clear();
    return Status::InvalidInput(path + ": cannot read the graph: " + e.what());
  }
  (void)write_snapshot(path, *graph);  // best effort: without it the next query parses again
  return Status::OK();
}

}  // namespace kg
