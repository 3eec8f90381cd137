// kg query path A B: every shortest connection (up to --paths), each hop with its relation, its
// direction and one evidence sentence.
#include "cli/query_commands.h"
#include "cli/table.h"
#include "extract/entity_type.h"
#include "query/shortest_paths.h"

namespace kg {

int query_path(const QueryContext& ctx, const PathRequest& request) {
  int code = kQueryFound;
  const std::optional<Vertex> from = ctx.resolve(request.from, &code);
  if (!from) return code;
  const std::optional<Vertex> to = ctx.resolve(request.to, &code);
  if (!to) return code;
  if (!ctx.relations_exist(request.relations)) return kQueryNothing;
  if (*from == *to && !ctx.json) {
    ctx.out << request.from << " and " << request.to << " are the same entity, "
            << ctx.graph[*from].label << "\n";
    return kQueryFound;
  }
  PathOptions options;
  options.max_hops = request.max_hops;
  options.relations = request.relations;
  options.max_paths = request.max_paths + 1;  // one more than shown: says whether more exist
  std::vector<GraphPath> paths = shortest_paths(ctx.graph, *from, *to, options);
  const bool truncated = paths.size() > request.max_paths;
  if (truncated) paths.pop_back();

  if (ctx.json) {
    rapidjson::StringBuffer buffer;
    JsonOut w(buffer);
    w.StartObject();
    w.Key("from");
    write_node_json(w, ctx.graph[*from], false);
    w.Key("to");
    write_node_json(w, ctx.graph[*to], false);
    w.Key("truncated");
    w.Bool(truncated);
    w.Key("paths");
    w.StartArray();
    for (const GraphPath& path : paths) {
      w.StartArray();
      for (const Hop& hop : path) {
        w.StartObject();
        w.Key("from");
        write_node_json(w, ctx.graph[hop.from], false);
        w.Key("to");
        write_node_json(w, ctx.graph[hop.to], false);
        w.Key("forward");
        w.Bool(hop.forward);
        w.Key("edge");
        write_edge_json(w, ctx.graph, hop.edge, 1);
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
    flush_json(buffer, ctx.out);
    return paths.empty() ? kQueryNothing : kQueryFound;
  }
  if (paths.empty()) {
    ctx.out << "no connection between " << ctx.graph[*from].label << " and " << ctx.graph[*to].label
            << " within " << request.max_hops << (request.max_hops == 1 ? " hop" : " hops")
            << (request.relations.empty() ? "" : " along the relations given") << "\n";
    return kQueryNothing;
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    const GraphPath& path = paths[i];
    ctx.out << (i ? "\n" : "")
            << ctx.terminal.bold("path " + std::to_string(i + 1) + " of " +
                                 std::to_string(paths.size()) + (truncated ? "+" : "") + ", " +
                                 std::to_string(path.size()) +
                                 (path.size() == 1 ? " hop" : " hops"))
            << "\n";
    Table table({"  hop", "evidence"});
    for (const Hop& hop : path) {
      const EdgeProps& edge = ctx.graph[hop.edge];
      const std::string relation = ctx.relation_text(edge);
      const std::string arrow = hop.forward ? " —" + relation + "→ " : " ←" + relation + "— ";
      table.add({"  " + ctx.graph[hop.from].label + arrow + ctx.graph[hop.to].label,
                 edge.evidence.empty() ? "" : evidence_line(edge.evidence.front())},
                std::string(type_name(ctx.graph[hop.from].type)));
    }
    table.print(ctx.terminal, ctx.out);
  }
  if (truncated) {
    ctx.out << ctx.terminal.dim("(more paths of this length exist; --paths " +
                                std::to_string(request.max_paths * 2) + " shows more)")
            << "\n";
  }
  return kQueryFound;
}

}  // namespace kg
