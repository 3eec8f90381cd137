// What every kg subcommand shares: inputs, rules directory, threads, and the exit codes.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/input_reader.h"

namespace kg {

// Exit codes, documented in `kg --help` and the README.
constexpr int kExitOk = 0;
constexpr int kExitError = 1;         // nothing usable was produced: bad rules, unwritable output
constexpr int kExitUsage = 2;         // the command line is wrong
constexpr int kExitInputSkipped = 3;  // output written, but some input was skipped (see stderr)

struct CommonOptions {
  std::vector<std::string> inputs;
  std::string rules_dir;  // empty: the default (see resolve_rules_dir)
  int threads = 1;
  bool quiet = false;
  bool progress = false;  // --progress: report progress on stderr even when it is not a TTY
  bool timings = false;   // kg build --timings: seconds and MB/s by stage on stderr
  // kg extract: write names bare ("Supreme Court"), not with the "the" and "'s" OntoNotes counts.
  bool bare_names = false;
  // kg build: also write graph.html.
  bool html = false;
  // kg extract --shard K/N: only the K-th of N equal runs of consecutive documents (0-based).
  std::string shard;
};

// The documents `shard` ("K/N") stands for among the inputs, or why it cannot be used.
Result<DocumentRange> shard_range(const std::string& shard, const std::vector<std::string>& inputs);

struct MergeOptions {
  std::vector<std::string> inputs;  // kg extract output files, in corpus order
  std::string out_dir;
  std::string name = "kg";  // the graph's name (kg build names it after its input: corpus_name)
  bool html = false;
  bool quiet = false;
  bool progress = false;
};

// --rules, else $KG_RULES, else the source tree's rules/ (a build-tree binary), else the
// installed share/kg/rules.
std::string resolve_rules_dir(const std::string& option);
// Where graph.html's parts are: $KG_WEB, else the source tree's web/, else the installed
// share/kg/web.
std::string resolve_web_dir();

// The graph's name: what the corpus is called, the same however its path is written
// ("samples/" and "./samples" -> "samples"; stdin -> "stdin"; several inputs -> "kg").
std::string corpus_name(const std::vector<std::string>& inputs);

int run_build(const CommonOptions& options, const std::string& out_dir);
int run_extract(const CommonOptions& options, const std::string& out_file);
int run_merge(const MergeOptions& options);
// kg view: graph.html for a graph kg build wrote; `out_file` empty means beside the graph.
int run_view(const std::string& graph_path, const std::string& out_file);

}  // namespace kg
