// kg extract: one JSON line per document with its entity mentions and triples.
#include <iostream>
#include <memory>

#include "base/progress.h"
#include "cli/options.h"
#include "cli/summary.h"
#include "export/atomic_file.h"
#include "export/triple_json.h"
#include "extract/analysis_pipeline.h"
#include "extract/extractor.h"
#include "extract/input_reader.h"

namespace kg {

int run_extract(const CommonOptions& options, const std::string& out_file) {
  Result<Extractor> extractor =
      Extractor::load(resolve_rules_dir(options.rules_dir),
                      options.bare_names ? MentionStyle::kBare : MentionStyle::kOntoNotes);
  if (!extractor.ok()) {
    std::cerr << "kg: " << extractor.status().message() << "\n";
    return kExitError;
  }
  DocumentRange range;
  if (!options.shard.empty()) {
    Result<DocumentRange> shard = shard_range(options.shard, options.inputs);
    if (!shard.ok()) {
      std::cerr << "kg: " << shard.status().message() << "\n";
      return kExitUsage;
    }
    range = *shard;
  }
  std::unique_ptr<AtomicFile> file;
  if (!out_file.empty()) {
    Result<std::unique_ptr<AtomicFile>> created = AtomicFile::create(out_file);
    if (!created.ok()) {
      std::cerr << "kg: " << created.status().message() << "\n";
      return kExitError;
    }
    file = std::move(*created);
  }
  std::ostream& out = file ? file->stream() : std::cout;

  rapidjson::StringBuffer buffer;
  ReadStats stats;
  Progress progress(Progress::choose(options.quiet, options.progress),
                    options.shard.empty() ? input_bytes(options.inputs) : 0, std::cerr);
  size_t mentions = 0, triples = 0;
  {
    AnalysisPipeline pipeline(
        *extractor, options.threads, [&](const Document& doc, const DocumentAnalysis& analysis) {
          mentions += analysis.mentions.size();
          triples += analysis.triples.size();
          progress.advance(doc.source_bytes);
          buffer.Clear();
          JsonWriter writer(buffer);
          write_extract_json(writer, doc, analysis);
          out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
          out.put('\n');
        });
    stats = read_inputs(
        options.inputs, [&](Document&& doc) { pipeline.push(std::move(doc)); },
        [&](const InputProblem& problem) { progress.note("kg: " + problem.message); }, std::cin,
        range);
  }
  progress.finish();
  // Nothing read: an existing output file is left as it was (the temporary one is dropped). A
  // shard may rightly be empty (more shards than documents).
  if (stats.documents == 0 && options.shard.empty()) {
    std::cerr << "kg: no documents to extract from\n";
    return kExitError;
  }
  Status status = file ? file->commit() : Status::OK();
  if (!file && !std::cout.flush()) status = Status::IoError("standard output: write failed");
  if (!status.ok()) {
    std::cerr << "kg: " << status.message() << "\n";
    return kExitError;
  }
  if (!options.quiet) {  // stderr: standard output may be the data
    std::cerr << "kg: " << stats.documents << " documents";
    if (stats.skipped > 0) std::cerr << " (" << stats.skipped << " skipped, see above)";
    std::cerr << " -> " << mentions << " mentions, " << triples << " triples in "
              << (out_file.empty() ? "standard output" : out_file) << " ("
              << format_seconds(progress.seconds()) << ")\n";
  }
  return stats.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace kg
