// kg query ego X --depth N [-o FILE]: the neighbourhood of X, written in kg build's formats (by
// the file's extension) for Gephi, or listed.
#include <cctype>
#include <filesystem>

#include <boost/range/iterator_range.hpp>

#include "cli/query_commands.h"
#include "cli/table.h"
#include "export/atomic_file.h"
#include "export/writers.h"
#include "extract/entity_type.h"
#include "query/ego_graph.h"

namespace kg {
namespace {

using Writer = void (*)(const Graph&, std::ostream&);

Writer writer_for(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".graphml") return write_graphml;
  if (extension == ".gexf") return write_gexf;
  if (extension == ".json") return write_node_link_json;
  return nullptr;
}

}  // namespace

int query_ego(const QueryContext& ctx, const EgoRequest& request) {
  const Writer write = request.out_file.empty() ? nullptr : writer_for(request.out_file);
  if (!request.out_file.empty() && write == nullptr) {
    ctx.err << "kg query: " << request.out_file << ": want a .graphml, .gexf or .json file name\n";
    return kQueryUsage;
  }
  int code = kQueryFound;
  const std::optional<Vertex> center = ctx.resolve(request.name, &code);
  if (!center) return code;
  if (!ctx.relations_exist(request.relations)) return kQueryNothing;
  const Graph ego = ego_graph(ctx.graph, *center, request.depth, request.relations);

  if (write != nullptr) {
    Result<std::unique_ptr<AtomicFile>> file = AtomicFile::create(request.out_file);
    if (!file.ok()) {
      ctx.err << "kg query: " << file.status().message() << "\n";
      return kQueryUsage;
    }
    write(ego, (*file)->stream());
    if (Status s = (*file)->commit(); !s.ok()) {
      ctx.err << "kg query: " << s.message() << "\n";
      return kQueryUsage;
    }
  }
  if (ctx.json) {
    rapidjson::StringBuffer buffer;
    JsonOut w(buffer);
    w.StartObject();
    w.Key("center");
    write_node_json(w, ctx.graph[*center], false);
    w.Key("depth");
    w.Int(request.depth);
    if (!request.out_file.empty()) {
      w.Key("file");
      w.String(request.out_file.c_str());
    }
    w.Key("nodes");
    w.StartArray();
    for (Vertex v : boost::make_iterator_range(boost::vertices(ego)))
      write_node_json(w, ego[v], false);
    w.EndArray();
    w.Key("edges");
    w.StartArray();
    for (Edge e : boost::make_iterator_range(boost::edges(ego))) write_edge_json(w, ego, e, 1);
    w.EndArray();
    w.EndObject();
    flush_json(buffer, ctx.out);
    return kQueryFound;
  }
  ctx.out << ctx.terminal.bold(ego[boost::graph_bundle].name) << ": " << boost::num_vertices(ego)
          << " nodes, " << boost::num_edges(ego) << " edges";
  if (!request.out_file.empty()) {
    ctx.out << " written to " << request.out_file << "\n";
    return kQueryFound;
  }
  ctx.out << "\n";
  Table table({"subject", "relation", "object", "weight"}, false);
  for (Edge e : boost::make_iterator_range(boost::edges(ego))) {
    const Vertex s = boost::source(e, ego), t = boost::target(e, ego);
    table.add({ego[s].label, ego[e].relation, ego[t].label, std::to_string(ego[e].weight)},
              std::string(type_name(ego[s].type)));
  }
  if (!table.empty()) table.print(ctx.terminal, ctx.out);
  return kQueryFound;
}

}  // namespace kg
