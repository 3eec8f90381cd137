// kg build: kg extract and kg merge in one run. Each document's contribution goes to the graph as
// it is analyzed, and its triples to a spool in the kg extract layout; the end is kg merge's: the
// graph files and triples.jsonl (from the spool, with merged ids) published together.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include <unistd.h>

#include "base/progress.h"
#include "cli/graph_outputs.h"
#include "cli/options.h"
#include "cli/summary.h"
#include "cli/timings.h"
#include "export/extract_lines.h"
#include "export/triple_json.h"
#include "extract/analysis_pipeline.h"
#include "extract/contribution.h"
#include "extract/extractor.h"
#include "extract/input_reader.h"
#include "graph/graph_builder.h"

namespace kg {
namespace {

// triples.jsonl carries final node ids, which are known only once every document is read; the
// triples wait in a spool file (memory stays with the graph, not the corpus), one
// {"id", "triples"} line per document, and are rewritten with merged ids at the end.
class TripleSpool {
 public:
  explicit TripleSpool(const std::string& out_dir)
      : path_(out_dir + "/.triples.spool." + std::to_string(::getpid())),
        out_(path_, std::ios::binary | std::ios::trunc) {}
  ~TripleSpool() { std::remove(path_.c_str()); }

  bool ok() const { return out_.good(); }
  const std::string& path() const { return path_; }

  void add(const Document& doc, const DocumentAnalysis& analysis) {
    if (analysis.triples.empty()) return;
    buffer_.Clear();
    JsonWriter writer(buffer_);
    write_triples_line(writer, doc, analysis);
    out_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
    out_.put('\n');
  }
  Status close() {
    out_.close();
    if (out_.fail()) return Status::IoError(path_ + ": write failed (disk full?)");
    return Status::OK();
  }

 private:
  std::string path_;
  std::ofstream out_;
  rapidjson::StringBuffer buffer_;
};

int fail(const Status& status) {
  std::cerr << "kg: " << status.message() << "\n";
  return kExitError;
}

}  // namespace

int run_build(const CommonOptions& options, const std::string& out_dir) {
  Result<Extractor> extractor = Extractor::load(resolve_rules_dir(options.rules_dir));
  if (!extractor.ok()) return fail(extractor.status());
  Result<std::optional<WebAssets>> web = web_assets_if(options.html);
  if (!web.ok()) return fail(web.status());
  std::error_code error;
  std::filesystem::create_directories(out_dir, error);
  if (error) {
    return fail(Status::IoError(out_dir + ": cannot create directory: " + error.message()));
  }
  TripleSpool spool(out_dir);
  if (!spool.ok()) return fail(Status::IoError(spool.path() + ": cannot write"));

  GraphBuilder builder;
  ReadStats stats;
  Progress progress(Progress::choose(options.quiet, options.progress), input_bytes(options.inputs),
                    std::cerr);
  BuildTimings timings;
  {
    AnalysisPipeline pipeline(*extractor, options.threads,
                              [&](const Document& doc, const DocumentAnalysis& analysis) {
                                builder.add(contribution_of(doc, analysis));
                                spool.add(doc, analysis);
                                progress.advance(doc.source_bytes);
                                timings.text_bytes += doc.text.size();
                              });
    double pushing = 0;  // inside push(): analysis (one thread) or waiting on the workers
    Stopwatch reading;
    stats = read_inputs(
        options.inputs,
        [&](Document&& doc) {
          Stopwatch push;
          pipeline.push(std::move(doc));
          pushing += push.lap();
        },
        [&](const InputProblem& problem) { progress.note("kg: " + problem.message); }, std::cin);
    timings.read = reading.lap() - pushing;
    pipeline.finish();
    timings.extraction = pipeline.stage_times();
    timings.graph = pipeline.sink_seconds();
  }
  progress.finish();
  if (Status status = spool.close(); !status.ok()) return fail(status);
  if (stats.documents == 0) return fail(Status::InvalidInput("no documents to build from"));

  Stopwatch step;
  Graph graph = builder.finish(corpus_name(options.inputs));
  timings.graph += step.lap();
  ExtractLines spooled({spool.path()});
  const IdResolver resolve = [&](const std::string& id) -> const std::string& {
    return builder.resolve(id);
  };
  Status status = publish_outputs(
      graph, out_dir, *web, [&](std::ostream& out) { return spooled.write_triples(resolve, out); });
  if (!status.ok()) return fail(status);
  timings.exports = step.lap();
  timings.total = progress.seconds();
  if (options.timings) timings.print(std::cerr);
  if (!options.quiet) {
    print_summary(graph, stats, std::filesystem::path(out_dir).lexically_normal().string(),
                  progress.seconds(), std::cout);
  }
  return stats.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace kg
