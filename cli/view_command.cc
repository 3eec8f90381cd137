// kg view: graph.html for a graph kg build already wrote (its output directory, graph.json or
// .graphml), for graphs built without --html or made by kg query ego.
#include <filesystem>
#include <iostream>

#include "cli/options.h"
#include "export/html_writer.h"
#include "export/output_set.h"
#include "query/graph_loader.h"

namespace kg {
namespace {

// OUTDIR/graph.html for a directory, else the graph file's name with .html.
std::string default_page_path(const std::string& graph_path) {
  std::error_code error;
  if (std::filesystem::is_directory(graph_path, error)) {
    return (std::filesystem::path(graph_path) / "graph.html").string();
  }
  return std::filesystem::path(graph_path).replace_extension(".html").string();
}

}  // namespace

int run_view(const std::string& graph_path, const std::string& out_file) {
  Result<WebAssets> web = WebAssets::load(resolve_web_dir());
  Graph graph;
  Status status = web.ok() ? load_graph(graph_path, &graph) : web.status();
  const std::string page_path = out_file.empty() ? default_page_path(graph_path) : out_file;
  OutputSet files;
  if (status.ok()) {
    Result<std::ostream*> page = files.add(page_path);
    if (page.ok()) write_graph_html(graph, *web, **page);
    status = page.status();
  }
  if (status.ok()) status = files.commit();
  if (!status.ok()) {
    std::cerr << "kg: " << status.message() << "\n";
    return kExitError;
  }
  std::cout << page_path << "\n";
  return kExitOk;
}

}  // namespace kg
