// kg: news articles in, a knowledge graph out. Subcommands live in their own files; this one
// parses the command line and is the only place where exceptions are caught.
#include <algorithm>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>

#include "cli/options.h"
#include "cli/query_cli.h"

namespace {

constexpr const char* kFooter =
    R"(INPUT is a .txt file (one article), a directory (recursive: .txt and .jsonl, in
sorted order), a .jsonl file (one article per line: "text", optional "id", "title", "date", "url",
"source") or - for standard input.

Exit status:
  0  success
  1  error: nothing usable was written (bad rules, unwritable output, no input at all)
  2  wrong command line
  3  output written, but some input was skipped; stderr names each file and line)";

void add_common(CLI::App* command, kg::CommonOptions* options) {
  command->add_option("inputs", options->inputs, "Articles: .txt, directories, .jsonl, or -")
      ->required();
  command->add_option("--rules", options->rules_dir,
                      "Rules directory (default: the built-in rules/)");
  options->threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 256u));
  command
      ->add_option("-j,--threads", options->threads,
                   "Worker threads (default: every core; the output is the same for any)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  command->add_flag("-q,--quiet", options->quiet, "Print only errors");
  command->add_flag("--progress", options->progress,
                    "Report progress on stderr even when it is not a terminal (a log)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kg " KG_VERSION ": builds a knowledge graph from English news articles"};
  app.footer(kFooter);
  app.require_subcommand(1);
  app.set_version_flag("--version", "kg " KG_VERSION);

  kg::CommonOptions build_options, extract_options;
  std::string out_dir, out_file;
  CLI::App* build = app.add_subcommand(
      "build", "Build the graph: OUTDIR/graph.graphml, graph.gexf, graph.json, triples.jsonl");
  add_common(build, &build_options);
  build->add_option("-o,--out", out_dir, "Output directory")->required();
  build->add_flag("--timings", build_options.timings,
                  "Print seconds and MB/s by stage (read, split, entities, ...) on stderr");
  build->add_flag("--html", build_options.html,
                  "Also write graph.html: the graph in any browser, from disk, no network");

  CLI::App* extract =
      app.add_subcommand("extract", "Print entities and triples, one JSON line per document");
  add_common(extract, &extract_options);
  extract->add_option("-o,--out", out_file, "Output file (default: standard output)");
  extract
      ->add_option("--shard", extract_options.shard,
                   "K/N: only the K-th (from 0) of N runs of consecutive documents, for kg merge")
      ->type_name("K/N");
  extract->add_flag("--bare-names", extract_options.bare_names,
                    "Write entity mentions as bare names (CoNLL-2003 style: \"Supreme Court\"), "
                    "not with the \"the\" and \"'s\" OntoNotes counts (\"the Supreme Court\")");

  kg::MergeOptions merge_options;
  CLI::App* merge = app.add_subcommand(
      "merge", "Build the graph from kg extract output: what kg build writes, for any split");
  merge->add_option("extracts", merge_options.inputs, "kg extract .jsonl files, in corpus order")
      ->required();
  merge->add_option("-o,--out", merge_options.out_dir, "Output directory")->required();
  merge
      ->add_option("--name", merge_options.name,
                   "The graph's name (kg build uses its input's: \"samples\" for samples/)")
      ->capture_default_str();
  merge->add_flag("--html", merge_options.html, "Also write graph.html");
  merge->add_flag("-q,--quiet", merge_options.quiet, "Print only errors");
  merge->add_flag("--progress", merge_options.progress,
                  "Report progress on stderr even when it is not a terminal (a log)");
  merge->footer(
      "Example: kg extract part1.jsonl -o x1.jsonl; kg extract part2.jsonl -o x2.jsonl;\n"
      "         kg merge x1.jsonl x2.jsonl -o out --name corpus");

  std::string view_graph, view_out;
  CLI::App* view = app.add_subcommand(
      "view", "Write graph.html (open it in a browser) for a graph kg build wrote");
  view->add_option("graph", view_graph, "Output directory of kg build, graph.json or .graphml")
      ->required();
  view->add_option("-o,--out", view_out,
                   "Page to write (default: OUTDIR/graph.html, or the graph file's name .html)");
  view->footer("Example: kg view out && xdg-open out/graph.html");

  const kg::QueryCli query(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kg::kExitOk : kg::kExitUsage;
  }
  if (query.chosen()) {
    try {
      return query.run();
    } catch (const std::exception& e) {
      std::cerr << "kg: " << e.what() << "\n";
      return kg::kExitUsage;
    }
  }
  const kg::CommonOptions& chosen = *build ? build_options : extract_options;
  if (std::count(chosen.inputs.begin(), chosen.inputs.end(), "-") > 1) {
    std::cerr << "kg: standard input (-) can be read only once\n";
    return kg::kExitUsage;
  }
  try {
    if (*view) return kg::run_view(view_graph, view_out);
    if (*merge) return kg::run_merge(merge_options);
    if (*build) return kg::run_build(build_options, out_dir);
    return kg::run_extract(extract_options, out_file);
  } catch (const std::exception& e) {
    std::cerr << "kg: " << e.what() << "\n";
    return kg::kExitError;
  }
}
