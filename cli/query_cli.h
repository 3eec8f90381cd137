// The command lines of `kg query GRAPH SUBCOMMAND ...` and `kg stats GRAPH`.
#pragma once

#include <memory>

#include <CLI/CLI.hpp>

namespace kg {

class QueryCli {
 public:
  // Adds "query" (with entity, relations, path, top, ego, match) and "stats" to `app`.
  explicit QueryCli(CLI::App& app);
  ~QueryCli();

  // True when the command line chose query or stats; then run() answers it.
  bool chosen() const;
  int run() const;

 private:
  struct Options;
  std::unique_ptr<Options> options_;
  CLI::App* query_ = nullptr;
  CLI::App* stats_ = nullptr;
};

}  // namespace kg
