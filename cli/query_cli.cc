#include "cli/query_cli.h"

#include <chrono>
#include <iostream>

#include "cli/query_commands.h"
#include "query/graph_loader.h"

namespace kg {

struct QueryCli::Options {
  std::string graph;
  bool json = false;
  std::string color = "auto";
  std::string name, pattern, by = "degree", type;
  size_t evidence = 1, limit = 50, n = 20;
  RelationFilter filter;
  PathRequest path;
  EgoRequest ego;
  CLI::App *entity = nullptr, *relations = nullptr, *path_cmd = nullptr, *top = nullptr,
           *ego_cmd = nullptr, *match = nullptr;
};

namespace {

constexpr const char* kQueryFooter =
    R"txt(GRAPH is an output directory of kg build (its graph.json, else graph.graphml),
a graph.json or a .graphml file. Names match labels, aliases and ids, case- and accent-insensitively.

Examples:
  kg query out entity "Marchetti" --evidence 3
  kg query out relations --from "Marchetti" --relation FUNDED
  kg query out relations --relation ROLE --type PERSON --to-type ORG --min-weight 2
  kg query out path "Sylvia Marchetti" "Daniel Okoro" --max-hops 4
  kg query out top --by pagerank --type ORG -n 10
  kg query out ego "Frontier Forward PAC" --depth 2 -o ego.graphml
  kg query out match "(p:PERSON)-[:FUNDED]->(x)"

Exit status: 0 found, 1 nothing matched (unknown name, no path, no row),
2 usage error (bad option or pattern, ambiguous name, unreadable graph).)txt";

const CLI::Validator kNonEmpty(
    [](std::string& name) { return name.empty() ? std::string("a name cannot be empty") : ""; },
    "NAME");

void add_output_flags(CLI::App* command, bool* json, std::string* color) {
  command->add_flag("--json", *json, "Answer in JSON (for scripts)");
  command->add_option("--color", *color, "Colour: auto (a TTY without NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

}  // namespace

QueryCli::QueryCli(CLI::App& app) : options_(std::make_unique<Options>()) {
  Options& o = *options_;
  query_ =
      app.add_subcommand("query", "Ask a built graph: entity, relations, path, top, ego, match");
  query_->add_option("graph", o.graph, "Output directory of kg build, graph.json or .graphml")
      ->required();
  query_->require_subcommand(1);
  query_->footer(kQueryFooter);
  add_output_flags(query_, &o.json, &o.color);

  o.entity =
      query_->add_subcommand("entity", "One entity: its names, mentions and relations by class");
  o.entity->add_option("name", o.name, "A label, alias or id")->required()->check(kNonEmpty);
  o.entity->add_option("--evidence", o.evidence, "Evidence sentences per relation (0: all)")
      ->check(CLI::NonNegativeNumber);
  o.entity->footer(
      "Usage: kg query GRAPH entity NAME [--evidence N] [--json]\n"
      "Example: kg query out entity \"okafor\" --evidence 2");

  o.relations = query_->add_subcommand("relations", "Relations that pass every filter given");
  o.relations->add_option("--from", o.filter.from, "Subject name")->check(kNonEmpty);
  o.relations->add_option("--to", o.filter.to, "Object name")->check(kNonEmpty);
  o.relations
      ->add_option("--relation", o.filter.relations, "Relation class (repeat or comma-separate)")
      ->delimiter(',');
  o.relations->add_option("--type", o.filter.subject_type, "Entity type of the subject");
  o.relations->add_option("--to-type", o.filter.object_type, "Entity type of the object");
  o.relations->add_option("--min-weight", o.filter.min_weight,
                          "At least this many evidence sentences");
  o.relations->add_option("--doc", o.filter.doc,
                          "Only relations (and evidence) from this document id");
  o.relations->add_option("--limit", o.filter.limit, "At most this many rows (0: all)")
      ->check(CLI::NonNegativeNumber);
  o.relations
      ->add_option("--evidence", o.filter.evidence, "Evidence sentences per relation (0: all)")
      ->check(CLI::NonNegativeNumber);
  o.relations->footer(
      "Usage: kg query GRAPH relations [filters] [--json]\n"
      "Example: kg query out relations --from Marchetti --relation FUNDED,PAID");

  o.path_cmd = query_->add_subcommand("path", "The shortest connections between two entities");
  o.path_cmd->add_option("from", o.path.from, "First entity")->required()->check(kNonEmpty);
  o.path_cmd->add_option("to", o.path.to, "Second entity")->required()->check(kNonEmpty);
  o.path_cmd->add_option("--max-hops", o.path.max_hops, "Longest path looked for")
      ->check(CLI::Range(1, 20));
  o.path_cmd->add_option("--relation", o.path.relations, "Only along these classes")
      ->delimiter(',');
  o.path_cmd
      ->add_option("--paths", o.path.max_paths, "At most this many paths of the shortest length")
      ->check(CLI::Range(1, 1000));
  o.path_cmd->footer(
      "Usage: kg query GRAPH path A B [--max-hops H] [--relation R] [--paths N] [--json]\n"
      "Example: kg query out path \"Sylvia Marchetti\" \"Daniel Okoro\"");

  o.top =
      query_->add_subcommand("top", "Entities ranked by degree, pagerank, betweenness or mentions");
  o.top->add_option("--by", o.by, "degree, pagerank, betweenness or mentions")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness", "mentions"}));
  o.top->add_option("--type", o.type, "Only entities of this type");
  o.top->add_option("-n", o.n, "How many")->check(CLI::Range(1, 100000));
  o.top->footer(
      "Usage: kg query GRAPH top [--by B] [--type T] [-n N] [--json]\n"
      "Example: kg query out top --by betweenness --type PERSON -n 10");

  o.ego_cmd = query_->add_subcommand("ego", "The neighbourhood of an entity, for Gephi");
  o.ego_cmd->add_option("name", o.ego.name, "The centre")->required()->check(kNonEmpty);
  o.ego_cmd->add_option("--depth", o.ego.depth, "Hops from the centre")->check(CLI::Range(0, 10));
  o.ego_cmd->add_option("--relation", o.ego.relations, "Only along these classes")->delimiter(',');
  o.ego_cmd->add_option("-o,--out", o.ego.out_file,
                        "Write it: .graphml, .gexf or .json (else list its edges)");
  o.ego_cmd->footer(
      "Usage: kg query GRAPH ego NAME [--depth D] [--relation R] [-o FILE] [--json]\n"
      "Example: kg query out ego \"Frontier Forward PAC\" --depth 2 -o ego.gexf");

  o.match = query_->add_subcommand("match", "Rows of a Cypher-like pattern of 1 to 3 hops");
  o.match->add_option("pattern", o.pattern, "e.g. \"(p:PERSON)-[:FUNDED]->(x)\"")->required();
  o.match->add_option("--limit", o.limit, "At most this many rows (0: all)")
      ->check(CLI::NonNegativeNumber);
  o.match->footer(
      "Usage: kg query GRAPH match PATTERN [--limit N] [--json]\n"
      "Examples:\n  kg query out match \"(p:PERSON)-[:FUNDED]->(x)\"\n"
      "  kg query out match \"(a {name:'Okoro'})-[r]-(b:ORG)\"\n"
      "  kg query out match \"(a:PERSON)-[:ROLE]->(o:ORG)<-[:CONTRACT]-(g)\"\n"
      "Grammar: docs/query.md");

  // --json and --color may follow the subcommand ("kg query out entity X --json"); defaults are
  // shown in each --help.
  for (CLI::App* command : query_->get_subcommands({})) {
    command->fallthrough();
    for (CLI::Option* option : command->get_options()) option->capture_default_str();
  }

  stats_ = app.add_subcommand("stats", "Counts, components, hubs and warnings of a built graph");
  stats_->add_option("graph", o.graph, "Output directory of kg build, graph.json or .graphml")
      ->required();
  add_output_flags(stats_, &o.json, &o.color);
  stats_->footer("Example: kg stats out\nExit status: 0, or 2 when the graph cannot be read.");
}

QueryCli::~QueryCli() = default;

bool QueryCli::chosen() const { return query_->parsed() || stats_->parsed(); }

int QueryCli::run() const {
  const Options& o = *options_;
  // Never freed: the process ends right after the answer, and freeing a million edges one by
  // one would add a second to every query. Reachable from a static, so no leak is reported.
  static Graph* const kept = new Graph;
  Graph& graph = *kept;
  if (Status s = load_graph(o.graph, &graph); !s.ok()) {
    std::cerr << "kg " << (stats_->parsed() ? "stats" : "query") << ": " << s.message() << "\n";
    return kQueryUsage;
  }
  const EntityIndex index(graph);
  const ColorChoice color = o.color == "always"  ? ColorChoice::kAlways
                            : o.color == "never" ? ColorChoice::kNever
                                                 : ColorChoice::kAuto;
  const QueryContext ctx{graph, index, Terminal::of_stdout(color), o.json, std::cout, std::cerr};
  if (stats_->parsed()) return print_stats(ctx);
  if (o.entity->parsed()) return query_entity(ctx, o.name, o.evidence);
  if (o.relations->parsed()) return query_relations(ctx, o.filter);
  if (o.path_cmd->parsed()) return query_path(ctx, o.path);
  if (o.top->parsed()) return query_top(ctx, o.by, o.type, o.n);
  if (o.ego_cmd->parsed()) return query_ego(ctx, o.ego);
  return query_match(ctx, o.pattern, o.limit);
}

}  // namespace kg
