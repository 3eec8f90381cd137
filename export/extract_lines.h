// Reading kg extract lines back, for the global step of kg build and kg merge: each line of each
// file, parsed, in order. Lines that cannot be used are reported once and skipped the same way on
// every pass, so the graph and triples.jsonl always agree on which documents are in.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "base/status.h"
#include "export/triple_json.h"

namespace kg {

class ExtractLines {
 public:
  explicit ExtractLines(std::vector<std::string> files) : files_(std::move(files)) {}

  // Calls `use` with every parsed line (full-precision numbers) not skipped before. A line that
  // does not parse, or that `use` refuses (a Status with the reason), is reported to `problem`
  // as "FILE:LINE: reason" and skipped from then on. An unreadable file is an error.
  using Use = std::function<Status(const rapidjson::Value&)>;
  using Problem = std::function<void(const std::string&)>;
  Status for_each(const Use& use, const Problem& problem);

  // triples.jsonl from the lines' "triples": "doc" first, ids resolved (write_resolved_triples).
  Status write_triples(const IdResolver& resolve, std::ostream& out);

  size_t skipped() const { return skipped_.size(); }
  // Called with each line's size (newline included) as for_each reads it; empty: nothing.
  void on_line_read(std::function<void(uint64_t)> tick) { tick_ = std::move(tick); }

 private:
  std::function<void(uint64_t)> tick_;
  std::vector<std::string> files_;
  std::set<std::pair<size_t, size_t>> skipped_;  // (file index, line number)
};

}  // namespace kg
