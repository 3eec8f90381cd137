// kg build: the graph files and triples.jsonl of a corpus, and a short summary.
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "cli/options.h"
#include "cli/summary.h"
#include "export/atomic_file.h"
#include "export/triple_json.h"
#include "export/writers.h"
#include "extract/analysis_pipeline.h"
#include "extract/extractor.h"
#include "extract/input_reader.h"
#include "graph/graph_builder.h"

namespace kg {
namespace {

// triples.jsonl carries final node ids, which are known only once every document is read; the
// triples wait in a spool file (memory stays with the graph, not the corpus) and are rewritten
// with merged ids at the end.
Status write_triples(const std::string& spool_path, const std::string& path,
                     const GraphBuilder& builder) {
  Result<std::unique_ptr<AtomicFile>> file = AtomicFile::create(path);
  if (!file.ok()) return file.status();
  std::ifstream spool(spool_path, std::ios::binary);
  std::string line;
  rapidjson::StringBuffer buffer;
  while (std::getline(spool, line)) {
    rapidjson::Document triple;
    triple.Parse(line.c_str(), line.size());
    for (const char* role : {"subject", "object", "amount"}) {
      if (!triple.HasMember(role)) continue;
      rapidjson::Value& id = triple[role]["id"];
      const std::string written(id.GetString(), id.GetStringLength());
      const std::string& resolved = builder.resolve(written);  // may be `written` itself
      id.SetString(resolved.c_str(), static_cast<rapidjson::SizeType>(resolved.size()),
                   triple.GetAllocator());
    }
    buffer.Clear();
    JsonWriter writer(buffer);
    writer.SetMaxDecimalPlaces(3);
    triple.Accept(writer);
    (*file)->stream().write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    (*file)->stream().put('\n');
  }
  return (*file)->commit();
}

}  // namespace

int run_build(const CommonOptions& options, const std::string& out_dir) {
  Result<Extractor> extractor = Extractor::load(resolve_rules_dir(options.rules_dir));
  if (!extractor.ok()) {
    std::cerr << "kg: " << extractor.status().message() << "\n";
    return kExitError;
  }
  std::error_code error;
  std::filesystem::create_directories(out_dir, error);
  if (error) {
    std::cerr << "kg: " << out_dir << ": cannot create directory: " << error.message() << "\n";
    return kExitError;
  }
  const std::string spool_path = out_dir + "/.triples.spool." + std::to_string(::getpid());
  std::ofstream spool(spool_path, std::ios::binary | std::ios::trunc);
  if (!spool) {
    std::cerr << "kg: " << spool_path << ": cannot write\n";
    return kExitError;
  }

  GraphBuilder builder;
  rapidjson::StringBuffer buffer;
  const IdResolver identity = [](const std::string& id) -> const std::string& { return id; };
  ReadStats stats;
  {
    AnalysisPipeline pipeline(*extractor, options.threads,
                              [&](const Document& doc, const DocumentAnalysis& analysis) {
                                builder.add(doc, analysis);
                                for (const Triple& triple : analysis.triples) {
                                  buffer.Clear();
                                  JsonWriter writer(buffer);
                                  writer.SetMaxDecimalPlaces(3);
                                  write_triple_json(writer, doc, triple, true, identity);
                                  spool.write(buffer.GetString(),
                                              static_cast<std::streamsize>(buffer.GetSize()));
                                  spool.put('\n');
                                }
                              });
    stats = read_inputs(
        options.inputs, [&](Document&& doc) { pipeline.push(std::move(doc)); },
        [](const InputProblem& problem) { std::cerr << "kg: " << problem.message << "\n"; },
        std::cin);
  }
  spool.close();
  if (stats.documents == 0) {
    std::remove(spool_path.c_str());
    std::cerr << "kg: no documents to build from\n";
    return kExitError;
  }

  std::string name = options.inputs.size() == 1 ? options.inputs[0] : "kg";
  Graph graph = builder.finish(name);
  Status status = write_graph_files(graph, out_dir);
  if (status.ok()) status = write_triples(spool_path, out_dir + "/triples.jsonl", builder);
  std::remove(spool_path.c_str());
  if (!status.ok()) {
    std::cerr << "kg: " << status.message() << "\n";
    return kExitError;
  }
  if (!options.quiet) print_summary(graph, stats, out_dir, std::cout);
  return stats.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace kg
