#include "cli/summary.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace kg {

std::string format_seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", seconds);
  return text;
}

void print_summary(const Graph& graph, const ReadStats& stats, const std::string& out_dir,
                   double seconds, std::ostream& out) {
  out << "kg: " << stats.documents << " documents";
  if (stats.skipped > 0) out << " (" << stats.skipped << " skipped, see above)";
  out << " -> " << boost::num_vertices(graph) << " nodes, " << boost::num_edges(graph)
      << " edges in " << out_dir << "/ (" << format_seconds(seconds) << ")\n";

  std::map<std::string_view, int> nodes_by_type;
  std::vector<std::pair<int, Graph::vertex_descriptor>> by_degree;
  std::vector<int> degree(boost::num_vertices(graph), 0);
  for (auto [e, end] = boost::edges(graph); e != end; ++e) {
    ++degree[boost::source(*e, graph)];
    ++degree[boost::target(*e, graph)];
  }
  for (auto [v, end] = boost::vertices(graph); v != end; ++v) {
    ++nodes_by_type[type_name(graph[*v].type)];
    if (graph[*v].type < EntityType::kMoney) by_degree.push_back({degree[*v], *v});
  }
  out << "  nodes:";
  for (const auto& [type, count] : nodes_by_type) out << " " << type << " " << count;
  out << "\n";

  std::map<std::string, int> edges_by_relation;
  for (auto [e, end] = boost::edges(graph); e != end; ++e) ++edges_by_relation[graph[*e].relation];
  out << "  edges:";
  for (const auto& [relation, count] : edges_by_relation) out << " " << relation << " " << count;
  out << "\n";

  // Most connected first; ties by mentions, then id, so the list is stable.
  std::sort(by_degree.begin(), by_degree.end(), [&graph](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    if (graph[a.second].mentions != graph[b.second].mentions) {
      return graph[a.second].mentions > graph[b.second].mentions;
    }
    return graph[a.second].id < graph[b.second].id;
  });
  out << "  top entities (edges, mentions):\n";
  for (size_t i = 0; i < by_degree.size() && i < 10; ++i) {
    const NodeProps& node = graph[by_degree[i].second];
    out << "    " << node.label << " [" << type_name(node.type) << "] " << by_degree[i].first
        << " edges, " << node.mentions << " mentions\n";
  }
}

}  // namespace kg
