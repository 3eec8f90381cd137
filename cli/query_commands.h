// The answers of `kg query` and `kg stats`, one function per subcommand. Each prints a table (or
// JSON with ctx.json) and returns the exit code: kQueryFound, kQueryNothing or kQueryUsage.
#pragma once

#include <string>
#include <vector>

#include "cli/query_context.h"

namespace kg {

int query_entity(const QueryContext& ctx, const std::string& name, size_t evidence);

struct RelationFilter {
  std::string from, to;                   // names; empty: any
  std::vector<std::string> relations;     // classes; empty: any
  std::string subject_type, object_type;  // entity types; empty: any
  int min_weight = 0;
  std::string doc;  // only edges with evidence from this document, and only that evidence
  size_t limit = 50;
  size_t evidence = 1;
};
int query_relations(const QueryContext& ctx, const RelationFilter& filter);

struct PathRequest {
  std::string from, to;
  int max_hops = 6;
  std::vector<std::string> relations;
  size_t max_paths = 5;
};
int query_path(const QueryContext& ctx, const PathRequest& request);

int query_top(const QueryContext& ctx, const std::string& by, const std::string& type, size_t n);

struct EgoRequest {
  std::string name;
  int depth = 1;
  std::vector<std::string> relations;
  std::string out_file;  // .graphml, .gexf or .json; empty: print the edges
};
int query_ego(const QueryContext& ctx, const EgoRequest& request);

int query_match(const QueryContext& ctx, const std::string& pattern, size_t limit);

int print_stats(const QueryContext& ctx);

}  // namespace kg
