// kg merge: the global step of kg build over kg extract output. Every line gives its document's
// entities and triples; the graph is built from them in the order given, exactly as kg build
// builds it, so merging the extracts of any split of a corpus (in input order) writes the same
// files as building the whole corpus at once.
#include <filesystem>
#include <iostream>

#include "base/progress.h"
#include "cli/graph_outputs.h"
#include "cli/options.h"
#include "cli/summary.h"
#include "export/extract_lines.h"
#include "extract/contribution_reader.h"
#include "graph/graph_builder.h"

namespace kg {

int run_merge(const MergeOptions& options) {
  auto fail = [](const Status& status) {
    std::cerr << "kg: " << status.message() << "\n";
    return kExitError;
  };
  Result<std::optional<WebAssets>> web = web_assets_if(options.html);
  if (!web.ok()) return fail(web.status());
  for (const std::string& input : options.inputs) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(input, error)) {
      return fail(
          Status::IoError(input + ": not a file (kg merge reads kg extract's .jsonl files)"));
    }
  }

  GraphBuilder builder;
  ExtractLines lines(options.inputs);
  ReadStats stats;
  Progress progress(Progress::choose(options.quiet, options.progress), input_bytes(options.inputs),
                    std::cerr);
  lines.on_line_read([&](uint64_t bytes) { progress.advance(bytes); });
  Status status = lines.for_each(
      [&](const rapidjson::Value& line) {
        DocumentContribution contribution;
        KG_RETURN_IF_ERROR(read_contribution(line, &contribution));
        builder.add(contribution);
        ++stats.documents;
        return Status::OK();
      },
      [&](const std::string& problem) { progress.note("kg: " + problem); });
  progress.finish();
  lines.on_line_read(nullptr);
  if (!status.ok()) return fail(status);
  stats.skipped = lines.skipped();
  if (stats.documents == 0) return fail(Status::InvalidInput("no documents to merge"));

  Graph graph = builder.finish(options.name);
  const IdResolver resolve = [&](const std::string& id) -> const std::string& {
    return builder.resolve(id);
  };
  status = publish_outputs(graph, options.out_dir, *web,
                           [&](std::ostream& out) { return lines.write_triples(resolve, out); });
  if (!status.ok()) return fail(status);
  if (!options.quiet) {
    print_summary(graph, stats, std::filesystem::path(options.out_dir).lexically_normal().string(),
                  progress.seconds(), std::cout);
  }
  return stats.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace kg
