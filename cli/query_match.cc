// kg query match PATTERN: rows of the nodes and relations a Cypher-like pattern binds
// (docs/query.md); a syntax error points at its column.
#include <limits>

#include "cli/query_commands.h"
#include "cli/table.h"
#include "extract/entity_type.h"
#include "query/pattern_matcher.h"
#include "query/pattern_parser.h"

namespace kg {
namespace {

// The columns of a row: every named variable, in pattern order (anonymous parts are not shown).
struct Column {
  std::string name;
  bool is_node;
  size_t index;
};

std::vector<Column> columns_of(const Pattern& pattern) {
  std::vector<Column> columns;
  auto named = [&](const std::string& var) {
    if (var.empty()) return false;
    for (const Column& c : columns) {
      if (c.name == var) return false;  // a variable used twice is one column
    }
    return true;
  };
  for (size_t i = 0; i < pattern.nodes.size(); ++i) {
    if (named(pattern.nodes[i].var)) columns.push_back({pattern.nodes[i].var, true, i});
    if (i < pattern.rels.size() && named(pattern.rels[i].var)) {
      columns.push_back({pattern.rels[i].var, false, i});
    }
  }
  return columns;
}

}  // namespace

int query_match(const QueryContext& ctx, const std::string& text, size_t limit) {
  const PatternParse parsed = parse_pattern(text);
  if (!parsed.pattern) {
    ctx.err << "kg query: bad pattern at column " << parsed.error_column << ": " << parsed.error
            << "\n"
            << "  " << text << "\n  "
            << std::string(parsed.error_column > 0 ? parsed.error_column - 1 : 0, ' ') << "^\n";
    return kQueryUsage;
  }
  const Pattern& pattern = *parsed.pattern;
  const PatternMatches matches =
      match_pattern(ctx.graph, pattern, limit == 0 ? std::numeric_limits<size_t>::max() : limit);
  std::vector<Column> columns = columns_of(pattern);
  if (columns.empty()) {  // "(:PERSON)-[:FUNDED]->()": show every part
    for (size_t i = 0; i < pattern.nodes.size(); ++i) {
      columns.push_back({"n" + std::to_string(i + 1), true, i});
      if (i < pattern.rels.size()) columns.push_back({"r" + std::to_string(i + 1), false, i});
    }
  }

  if (ctx.json) {
    rapidjson::StringBuffer buffer;
    JsonOut w(buffer);
    w.StartObject();
    w.Key("truncated");
    w.Bool(matches.truncated);
    w.Key("rows");
    w.StartArray();
    for (const PatternRow& row : matches.rows) {
      w.StartObject();
      for (const Column& c : columns) {
        w.Key(c.name.c_str());
        if (c.is_node) {
          write_node_json(w, ctx.graph[row.nodes[c.index]], false);
        } else {
          write_edge_json(w, ctx.graph, row.edges[c.index], 1);
        }
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    flush_json(buffer, ctx.out);
    return matches.rows.empty() ? kQueryNothing : kQueryFound;
  }
  if (matches.rows.empty()) {
    ctx.err << "kg query: no rows match\n";
    return kQueryNothing;
  }
  std::vector<std::string> headers;
  for (const Column& c : columns) headers.push_back(c.name);
  Table table(headers, false);
  for (const PatternRow& row : matches.rows) {
    std::vector<std::string> cells;
    for (const Column& c : columns) {
      if (c.is_node) {
        const NodeProps& node = ctx.graph[row.nodes[c.index]];
        cells.push_back(node.label + " [" + std::string(type_name(node.type)) + "]");
      } else {
        // The way the edge points, since "-[r]-" matches either.
        const Edge e = row.edges[c.index];
        const bool forward = boost::source(e, ctx.graph) == row.nodes[c.index] &&
                             boost::target(e, ctx.graph) == row.nodes[c.index + 1];
        const std::string relation = ctx.relation_text(ctx.graph[e]);
        cells.push_back(forward ? "—" + relation + "→" : "←" + relation + "—");
      }
    }
    table.add(std::move(cells));
  }
  table.print(ctx.terminal, ctx.out);
  if (matches.truncated) {
    ctx.out << ctx.terminal.dim("(first " + std::to_string(matches.rows.size()) +
                                " rows; --limit 0 shows all)")
            << "\n";
  }
  return kQueryFound;
}

}  // namespace kg
