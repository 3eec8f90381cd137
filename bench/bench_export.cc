// bench_export: how long each exporter takes on a large graph and how big its file is. The graph
// is read once (graph.json in kg's format, e.g. from bench/make_big_graph.py); each format is then
// written RUNS times to a file in OUTDIR, median seconds reported.
// Usage: bench_export [--runs N] GRAPH.json OUTDIR
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "export/writers.h"
#include "query/graph_loader.h"

int main(int argc, char** argv) {
  int runs = 3;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      args.push_back(arg);
    }
  }
  if (args.size() != 2) {
    std::cerr << "usage: bench_export [--runs N] GRAPH.json OUTDIR\n";
    return 2;
  }
  static kg::Graph* const graph = new kg::Graph;  // never freed: the process ends here
  const auto load_start = std::chrono::steady_clock::now();
  if (kg::Status s = kg::read_graph_json(args[0], graph); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 1;
  }
  const double load =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  std::filesystem::create_directories(args[1]);
  std::cout << boost::num_vertices(*graph) << " nodes, " << boost::num_edges(*graph)
            << " edges; graph.json parsed in " << load << " s\n";
  std::cout << "format    median s   MB\n";
  const std::pair<const char*, void (*)(const kg::Graph&, std::ostream&)> writers[] = {
      {"graphml", kg::write_graphml}, {"gexf", kg::write_gexf}, {"json", kg::write_node_link_json}};
  for (const auto& [extension, write] : writers) {
    const std::string path = args[1] + "/graph." + extension;
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
      const auto start = std::chrono::steady_clock::now();
      std::ofstream out(path, std::ios::binary);
      write(*graph, out);
      out.close();
      times.push_back(
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    char line[64];
    std::snprintf(line, sizeof line, "%-8s %9.2f %5.0f\n", extension, times[times.size() / 2],
                  static_cast<double>(std::filesystem::file_size(path)) / 1e6);
    std::cout << line;
  }
  std::cout.flush();
  return 0;
}
