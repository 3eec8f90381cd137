// kg query relations [--from X] [--relation R] [--to Y] [--type T] ...: the edges that pass every
// filter given, in graph order.
#include <algorithm>

#include <boost/range/iterator_range.hpp>

#include "cli/query_commands.h"
#include "cli/table.h"
#include "extract/entity_type.h"

namespace kg {
namespace {

bool has_evidence_from(const EdgeProps& edge, const std::string& doc) {
  return std::any_of(edge.evidence.begin(), edge.evidence.end(),
                     [&](const Evidence& e) { return e.doc == doc; });
}

std::vector<Evidence> evidence_shown(const EdgeProps& edge, const RelationFilter& filter) {
  std::vector<Evidence> shown;
  for (const Evidence& e : edge.evidence) {
    if (!filter.doc.empty() && e.doc != filter.doc) continue;
    if (filter.evidence != 0 && shown.size() >= filter.evidence) break;
    shown.push_back(e);
  }
  return shown;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return text;
}

}  // namespace

int query_relations(const QueryContext& ctx, const RelationFilter& filter) {
  int code = kQueryFound;
  std::optional<Vertex> from, to;
  if (!filter.from.empty() && !(from = ctx.resolve(filter.from, &code))) return code;
  if (!filter.to.empty() && !(to = ctx.resolve(filter.to, &code))) return code;
  if (!ctx.relations_exist(filter.relations)) return kQueryNothing;
  std::vector<std::string> relations;
  for (const std::string& r : filter.relations) relations.push_back(upper(r));
  for (const std::string* type : {&filter.subject_type, &filter.object_type}) {
    if (!type->empty() && !parse_type(upper(*type))) {
      ctx.err << "kg query: unknown entity type '" << *type
              << "' (PERSON, ORG, GPE, LOC, NORP, EVENT, MONEY, PERCENT, DATE)\n";
      return kQueryUsage;
    }
  }
  auto type_fits = [&](const std::string& wanted, Vertex v) {
    return wanted.empty() || type_name(ctx.graph[v].type) == upper(wanted);
  };

  std::vector<Edge> found;
  size_t total = 0;
  auto consider = [&](Edge e) {
    const EdgeProps& edge = ctx.graph[e];
    const Vertex s = boost::source(e, ctx.graph), t = boost::target(e, ctx.graph);
    if (to && t != *to) return;
    if (!relations.empty() &&
        std::find(relations.begin(), relations.end(), edge.relation) == relations.end())
      return;
    if (!type_fits(filter.subject_type, s) || !type_fits(filter.object_type, t)) return;
    if (edge.weight < filter.min_weight) return;
    if (!filter.doc.empty() && !has_evidence_from(edge, filter.doc)) return;
    ++total;
    if (filter.limit == 0 || found.size() < filter.limit) found.push_back(e);
  };
  if (from) {
    for (Edge e : boost::make_iterator_range(boost::out_edges(*from, ctx.graph))) consider(e);
  } else {
    for (Edge e : boost::make_iterator_range(boost::edges(ctx.graph))) consider(e);
  }

  if (ctx.json) {
    rapidjson::StringBuffer buffer;
    JsonOut w(buffer);
    w.StartObject();
    w.Key("total");
    w.Uint64(total);
    w.Key("relations");
    w.StartArray();
    for (Edge e : found) write_edge_json(w, ctx.graph, e, filter.evidence, filter.doc);
    w.EndArray();
    w.EndObject();
    flush_json(buffer, ctx.out);
    return found.empty() ? kQueryNothing : kQueryFound;
  }
  if (found.empty()) {
    ctx.err << "kg query: no relation matches\n";
    return kQueryNothing;
  }
  Table table({"subject", "relation", "object", "weight", "evidence"});
  for (Edge e : found) {
    const EdgeProps& edge = ctx.graph[e];
    const Vertex s = boost::source(e, ctx.graph), t = boost::target(e, ctx.graph);
    const std::string relation = ctx.relation_text(edge);
    const std::vector<Evidence> shown = evidence_shown(edge, filter);
    for (size_t i = 0; i < std::max<size_t>(1, shown.size()); ++i) {
      const std::string text = i < shown.size() ? evidence_line(shown[i]) : "";
      if (i == 0) {
        table.add(
            {ctx.graph[s].label, relation, ctx.graph[t].label, std::to_string(edge.weight), text},
            std::string(type_name(ctx.graph[s].type)));
      } else {
        table.add({"", "", "", "", text});
      }
    }
  }
  table.print(ctx.terminal, ctx.out);
  if (total > found.size()) {
    ctx.out << ctx.terminal.dim("(" + std::to_string(found.size()) + " of " +
                                std::to_string(total) + "; --limit 0 shows all)")
            << "\n";
  }
  return kQueryFound;
}

}  // namespace kg
