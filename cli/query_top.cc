// kg query top --by degree|pagerank|betweenness|mentions [--type T] [-n N].
#include <iomanip>
#include <sstream>

#include "cli/query_commands.h"
#include "cli/table.h"
#include "extract/entity_type.h"
#include "query/rankings.h"

namespace kg {

int query_top(const QueryContext& ctx, const std::string& by, const std::string& type, size_t n) {
  std::optional<EntityType> wanted;
  if (!type.empty()) {
    std::string upper = type;
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    wanted = parse_type(upper);
    if (!wanted) {
      ctx.err << "kg query: unknown entity type '" << type
              << "' (PERSON, ORG, GPE, LOC, NORP, EVENT, MONEY, PERCENT, DATE)\n";
      return kQueryUsage;
    }
  }
  const RankBy rank_by = by == "pagerank"      ? RankBy::kPageRank
                         : by == "betweenness" ? RankBy::kBetweenness
                         : by == "mentions"    ? RankBy::kMentions
                                               : RankBy::kDegree;
  if (rank_by == RankBy::kBetweenness && betweenness_is_expensive(ctx.graph)) {
    ctx.err << "kg query: betweenness on " << boost::num_vertices(ctx.graph)
            << " nodes takes long (it grows with nodes times edges)\n";
  }
  const std::vector<Ranked> ranked = rank_vertices(ctx.graph, rank_by, wanted, n);
  const bool whole = rank_by == RankBy::kDegree || rank_by == RankBy::kMentions;
  auto score_text = [&](double score) {
    std::ostringstream text;
    if (whole) {
      text << static_cast<long long>(score);
    } else {  // fixed decimals line up; PageRank on a large graph needs six
      text << std::fixed << std::setprecision(rank_by == RankBy::kPageRank ? 6 : 1) << score;
    }
    return text.str();
  };
  if (ctx.json) {
    rapidjson::StringBuffer buffer;
    JsonOut w(buffer);
    w.StartObject();
    w.Key("by");
    w.String(by.c_str());
    w.Key("ranking");
    w.StartArray();
    for (const Ranked& r : ranked) {
      w.StartObject();
      w.Key("entity");
      write_node_json(w, ctx.graph[r.vertex], false);
      w.Key("score");
      w.Double(r.score);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    flush_json(buffer, ctx.out);
    return ranked.empty() ? kQueryNothing : kQueryFound;
  }
  if (ranked.empty()) {
    ctx.err << "kg query: no entities" << (type.empty() ? "" : " of type " + type) << "\n";
    return kQueryNothing;
  }
  Table table({"entity", "type", by}, false);
  for (size_t i = 0; i < ranked.size(); ++i) {
    const NodeProps& node = ctx.graph[ranked[i].vertex];
    const std::string node_type(type_name(node.type));
    table.add({node.label, node_type, score_text(ranked[i].score)}, node_type);
  }
  table.print(ctx.terminal, ctx.out);
  return kQueryFound;
}

}  // namespace kg
