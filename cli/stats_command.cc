// kg stats GRAPH: counts by type and class, documents, components, hubs, and warnings worth
// acting on.
#include <algorithm>

#include "cli/query_commands.h"
#include "cli/table.h"
#include "extract/entity_type.h"
#include "query/graph_stats.h"

namespace kg {
namespace {

constexpr size_t kListed = 5;  // vertices named per warning in the table view

void print_json(const QueryContext& ctx, const GraphStats& stats) {
  rapidjson::StringBuffer buffer;
  JsonOut w(buffer);
  w.StartObject();
  w.Key("nodes");
  w.Uint64(stats.nodes);
  w.Key("edges");
  w.Uint64(stats.edges);
  w.Key("documents");
  w.Int(stats.documents);
  for (const auto& [key, counts] : {std::pair{"nodes_by_type", &stats.nodes_by_type},
                                    std::pair{"edges_by_relation", &stats.edges_by_relation}}) {
    w.Key(key);
    w.StartObject();
    for (const auto& [name, count] : *counts) {
      w.Key(name.c_str());
      w.Uint64(count);
    }
    w.EndObject();
  }
  w.Key("components");
  w.Uint64(stats.components);
  w.Key("largest_component");
  w.Uint64(stats.largest_component);
  w.Key("hubs");
  w.StartArray();
  for (const Ranked& hub : stats.hubs) {
    w.StartObject();
    w.Key("entity");
    write_node_json(w, ctx.graph[hub.vertex], false);
    w.Key("degree");
    w.Double(hub.score);
    w.EndObject();
  }
  w.EndArray();
  w.Key("warnings");
  w.StartArray();
  for (const GraphStats::Warning& warning : stats.warnings) {
    w.StartObject();
    w.Key("kind");
    w.String(warning.kind.c_str());
    w.Key("count");
    w.Uint64(warning.count);
    w.Key("advice");
    w.String(warning.advice.c_str());
    w.Key("entities");
    w.StartArray();
    for (Vertex v : warning.vertices) write_node_json(w, ctx.graph[v], false);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  flush_json(buffer, ctx.out);
}

}  // namespace

int print_stats(const QueryContext& ctx) {
  const GraphStats stats = compute_stats(ctx.graph);
  if (ctx.json) {
    print_json(ctx, stats);
    return kQueryFound;
  }
  std::ostream& out = ctx.out;
  const Terminal& t = ctx.terminal;
  const std::string summary =
      std::to_string(stats.nodes) + " nodes, " + std::to_string(stats.edges) + " edges from " +
      std::to_string(stats.documents) + " documents; " + std::to_string(stats.components) +
      " components, the largest " + std::to_string(stats.largest_component) + " nodes";
  for (const std::string& line : wrap(summary, t.width)) out << t.bold(line) << "\n";
  Table by_type({"type", "nodes"}, false);
  for (const auto& [type, count] : stats.nodes_by_type)
    by_type.add({type, std::to_string(count)}, type);
  Table by_relation({"relation", "edges"}, false);
  for (const auto& [relation, count] : stats.edges_by_relation)
    by_relation.add({relation, std::to_string(count)});
  out << "\n";
  by_type.print(t, out);
  out << "\n";
  by_relation.print(t, out);
  if (!stats.hubs.empty()) {
    out << "\n";
    Table hubs({"hub", "type", "edges"}, false);
    for (const Ranked& hub : stats.hubs) {
      const std::string type(type_name(ctx.graph[hub.vertex].type));
      hubs.add(
          {ctx.graph[hub.vertex].label, type, std::to_string(static_cast<long long>(hub.score))},
          type);
    }
    hubs.print(t, out);
  }
  for (const GraphStats::Warning& warning : stats.warnings) {
    out << "\n" << t.bold("warning: " + warning.kind) << " (" << warning.count << ")\n";
    std::string names;
    for (size_t i = 0; i < warning.vertices.size() && i < kListed; ++i) {
      names += (i ? ", " : "") + ctx.graph[warning.vertices[i]].label;
    }
    if (warning.count > std::min(kListed, warning.vertices.size())) names += ", ...";
    for (const std::string& line : wrap(names, t.width - 2)) out << "  " << line << "\n";
    for (const std::string& line : wrap(warning.advice, t.width - 2))
      out << "  " << t.dim(line) << "\n";
  }
  return kQueryFound;
}

}  // namespace kg
