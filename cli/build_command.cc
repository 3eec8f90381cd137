// kg build: the graph files and triples.jsonl of a corpus, and a short summary.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include <rapidjson/document.h>
#include <unistd.h>

#include "cli/options.h"
#include "cli/summary.h"
#include "export/html_writer.h"
#include "export/output_set.h"
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
class TripleSpool {
 public:
  explicit TripleSpool(const std::string& out_dir)
      : path_(out_dir + "/.triples.spool." + std::to_string(::getpid())),
        out_(path_, std::ios::binary | std::ios::trunc) {}
  ~TripleSpool() { std::remove(path_.c_str()); }

  bool ok() const { return out_.good(); }
  const std::string& path() const { return path_; }

  void add(const Document& doc, const Triple& triple) {
    buffer_.Clear();
    JsonWriter writer(buffer_);
    writer.SetMaxDecimalPlaces(3);
    write_triple_json(writer, doc, triple, true, identity_);
    out_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
    out_.put('\n');
  }
  Status close() {
    out_.close();
    if (out_.fail()) return Status::IoError(path_ + ": write failed (disk full?)");
    return Status::OK();
  }

  // Copies the spooled triples to `out` with every id resolved to its final node.
  Status rewrite(const GraphBuilder& builder, std::ostream& out) const {
    std::ifstream in(path_, std::ios::binary);
    std::string line;
    rapidjson::StringBuffer buffer;
    for (int number = 1; std::getline(in, line); ++number) {
      rapidjson::Document triple;
      triple.Parse(line.c_str(), line.size());
      if (triple.HasParseError() || !triple.IsObject()) {
        return Status::IoError(path_ + ":" + std::to_string(number) + ": spool line unreadable");
      }
      for (const char* role : {"subject", "object", "amount"}) {
        auto member = triple.FindMember(role);
        if (member == triple.MemberEnd()) continue;
        rapidjson::Value& id = member->value["id"];
        const std::string written(id.GetString(), id.GetStringLength());
        const std::string& resolved = builder.resolve(written);  // may be `written` itself
        id.SetString(resolved.c_str(), static_cast<rapidjson::SizeType>(resolved.size()),
                     triple.GetAllocator());
      }
      buffer.Clear();
      JsonWriter writer(buffer);
      writer.SetMaxDecimalPlaces(3);
      triple.Accept(writer);
      out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
      out.put('\n');
    }
    if (in.bad()) return Status::IoError(path_ + ": read failed");
    return Status::OK();
  }

 private:
  const IdResolver identity_ = [](const std::string& id) -> const std::string& { return id; };
  std::string path_;
  std::ofstream out_;
  rapidjson::StringBuffer buffer_;
};

// The graph's name: what the corpus is called, the same however its path is written.
std::string corpus_name(const std::vector<std::string>& inputs) {
  if (inputs.size() != 1) return "kg";
  if (inputs[0] == "-") return "stdin";
  std::filesystem::path path = std::filesystem::path(inputs[0]).lexically_normal();
  if (!path.has_filename()) path = path.parent_path();  // "samples/" -> "samples"
  std::string name = path.filename().string();
  return name.empty() || name == "." || name == ".." ? "kg" : name;
}

int fail(const Status& status) {
  std::cerr << "kg: " << status.message() << "\n";
  return kExitError;
}

}  // namespace

int run_build(const CommonOptions& options, const std::string& out_dir) {
  Result<Extractor> extractor = Extractor::load(resolve_rules_dir(options.rules_dir));
  if (!extractor.ok()) return fail(extractor.status());
  // The page's parts are read first: a missing vendor.js fails now, not after the corpus.
  std::optional<WebAssets> web;
  if (options.html) {
    Result<WebAssets> assets = WebAssets::load(resolve_web_dir());
    if (!assets.ok()) return fail(assets.status());
    web = std::move(*assets);
  }
  std::error_code error;
  std::filesystem::create_directories(out_dir, error);
  if (error)
    return fail(Status::IoError(out_dir + ": cannot create directory: " + error.message()));
  TripleSpool spool(out_dir);
  if (!spool.ok()) return fail(Status::IoError(spool.path() + ": cannot write"));

  GraphBuilder builder;
  ReadStats stats;
  {
    AnalysisPipeline pipeline(*extractor, options.threads,
                              [&](const Document& doc, const DocumentAnalysis& analysis) {
                                builder.add(doc, analysis);
                                for (const Triple& triple : analysis.triples)
                                  spool.add(doc, triple);
                              });
    stats = read_inputs(
        options.inputs, [&](Document&& doc) { pipeline.push(std::move(doc)); },
        [](const InputProblem& problem) { std::cerr << "kg: " << problem.message << "\n"; },
        std::cin);
  }
  if (Status status = spool.close(); !status.ok()) return fail(status);
  if (stats.documents == 0) return fail(Status::InvalidInput("no documents to build from"));

  Graph graph = builder.finish(corpus_name(options.inputs));
  OutputSet files;
  Status status = add_graph_files(graph, out_dir, &files);
  if (status.ok() && web) {
    Result<std::ostream*> page = files.add(out_dir + "/graph.html");
    if (page.ok()) write_graph_html(graph, *web, **page);
    status = page.status();
  }
  if (status.ok()) {
    Result<std::ostream*> triples = files.add(out_dir + "/triples.jsonl");
    status = triples.ok() ? spool.rewrite(builder, **triples) : triples.status();
  }
  if (status.ok()) status = files.commit();
  if (!status.ok()) return fail(status);
  if (!options.quiet) {
    print_summary(graph, stats, std::filesystem::path(out_dir).lexically_normal().string(),
                  std::cout);
  }
  return stats.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace kg
