// StageTimes: where extraction spends its time, per stage, in seconds of one thread (summed over
// threads), for `kg build --timings` and bench/. A lap costs one clock read.
#pragma once

#include <chrono>

namespace kg {

struct StageTimes {
  double split = 0;         // sentences and tokens
  double entities = 0;      // mentions: patterns, word lists, typing
  double canonicalize = 0;  // mentions -> entities, descriptions, "its"
  double relations = 0;     // triples, and the mention spans kg extract writes

  StageTimes& operator+=(const StageTimes& other) {
    split += other.split;
    entities += other.entities;
    canonicalize += other.canonicalize;
    relations += other.relations;
    return *this;
  }
};

// Seconds since the last lap (or since it was made).
class Stopwatch {
 public:
  double lap() {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - last_).count();
    last_ = now;
    return seconds;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace kg
