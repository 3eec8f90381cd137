// kg query entity NAME: the node and its relations grouped by class, both directions.
#include <map>

#include <boost/range/iterator_range.hpp>

#include "cli/query_commands.h"
#include "cli/table.h"
#include "extract/entity_type.h"

namespace kg {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// (relation, outgoing first) -> edges, in graph order within each group.
std::map<std::pair<std::string, int>, std::vector<Edge>> relations_of(const QueryContext& ctx,
                                                                      Vertex v) {
  std::map<std::pair<std::string, int>, std::vector<Edge>> groups;
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, ctx.graph))) {
    groups[{ctx.graph[e].relation, 0}].push_back(e);
  }
  const std::vector<std::vector<Edge>> in_edges = in_edges_of(ctx.graph);
  for (Edge e : in_edges[v]) {
    if (boost::source(e, ctx.graph) != v) groups[{ctx.graph[e].relation, 1}].push_back(e);
  }
  return groups;
}

void print_json(const QueryContext& ctx, Vertex v,
                const std::map<std::pair<std::string, int>, std::vector<Edge>>& groups,
                size_t evidence) {
  rapidjson::StringBuffer buffer;
  JsonOut w(buffer);
  w.StartObject();
  w.Key("entity");
  write_node_json(w, ctx.graph[v], true);
  w.Key("relations");
  w.StartArray();
  for (const auto& [group, edges] : groups) {
    for (Edge e : edges) {
      w.StartObject();
      w.Key("direction");
      w.String(group.second == 0 ? "out" : "in");
      w.Key("other");
      write_node_json(
          w,
          ctx.graph[group.second == 0 ? boost::target(e, ctx.graph) : boost::source(e, ctx.graph)],
          false);
      w.Key("edge");
      write_edge_json(w, ctx.graph, e, evidence);
      w.EndObject();
    }
  }
  w.EndArray();
  w.EndObject();
  flush_json(buffer, ctx.out);
}

}  // namespace

int query_entity(const QueryContext& ctx, const std::string& name, size_t evidence) {
  int code = kQueryFound;
  const std::optional<Vertex> found = ctx.resolve(name, &code);
  if (!found) return code;
  const Vertex v = *found;
  const auto groups = relations_of(ctx, v);
  if (ctx.json) {
    print_json(ctx, v, groups, evidence);
    return kQueryFound;
  }
  const NodeProps& node = ctx.graph[v];
  std::ostream& out = ctx.out;
  out << ctx.terminal.bold(node.label) << "  "
      << ctx.terminal.colored(std::string(type_name(node.type)), type_name(node.type)) << "  "
      << ctx.terminal.dim(node.id) << "\n";
  if (!node.aliases.empty()) out << "  aliases:   " << join(node.aliases) << "\n";
  if (!node.titles.empty()) out << "  titles:    " << join(node.titles) << "\n";
  if (!node.date.empty()) out << "  date:      " << node.date << "\n";
  out << "  mentions:  " << node.mentions << " in " << node.documents
      << (node.documents == 1 ? " document" : " documents") << "\n";
  if (groups.empty()) {
    out << "  no relations\n";
    return kQueryFound;
  }
  for (const auto& [group, edges] : groups) {
    const bool outgoing = group.second == 0;
    out << "\n"
        << ctx.terminal.bold(outgoing ? group.first + " →" : "← " + group.first) << "  ("
        << edges.size() << ")\n";
    Table table({outgoing ? "  to" : "  from", "weight", "evidence"});
    for (Edge e : edges) {
      const EdgeProps& edge = ctx.graph[e];
      const Vertex other = outgoing ? boost::target(e, ctx.graph) : boost::source(e, ctx.graph);
      std::string label = "  " + ctx.graph[other].label + " [" +
                          std::string(type_name(ctx.graph[other].type)) + "]";
      if (!edge.title.empty()) label += " as " + edge.title;
      if (!edge.amount.empty()) label += " for " + ctx.amount_text(edge);
      const size_t shown =
          evidence == 0 ? edge.evidence.size() : std::min(evidence, edge.evidence.size());
      for (size_t i = 0; i < std::max<size_t>(shown, 1); ++i) {
        const std::string text = i < edge.evidence.size() ? evidence_line(edge.evidence[i]) : "";
        if (i == 0) {
          table.add({label, std::to_string(edge.weight), text},
                    std::string(type_name(ctx.graph[other].type)));
        } else {
          table.add({"", "", text});
        }
      }
    }
    table.print(ctx.terminal, out);
  }
  return kQueryFound;
}

}  // namespace kg
