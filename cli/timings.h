// kg build --timings: where the run's time went, stage by stage, on stderr. Each stage's MB/s is
// the corpus' text over the seconds one thread spent in it (summed over threads), so the slowest
// stage is the one with the lowest figure, whatever the number of threads.
#pragma once

#include <cstdint>
#include <ostream>

#include "extract/stage_times.h"

namespace kg {

struct BuildTimings {
  uint64_t text_bytes = 0;  // the documents' text, the MB the rates count
  double read = 0;          // reading and parsing input, on the reading thread
  StageTimes extraction;    // summed over the worker threads
  double graph = 0;         // contributions into the graph, merging nodes, the triples spool
  double exports = 0;       // graph files and triples.jsonl
  double total = 0;         // wall clock, end to end

  void print(std::ostream& out) const;
};

}  // namespace kg
