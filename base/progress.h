// Progress of a long run on stderr: documents and MB done, MB/s, and the ETA when the input's
// size is known. On a terminal one line updates in place at most four times a second; with
// --progress and no terminal (a log file), one line every few seconds; otherwise nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace kg {

class Progress {
 public:
  enum class Mode { kOff, kInPlace, kLines };
  // Off with --quiet; else in place when stderr is a TTY, lines when --progress asks without one.
  static Mode choose(bool quiet, bool forced);

  // total_bytes 0: unknown (no ETA).
  Progress(Mode mode, uint64_t total_bytes, std::ostream& out);
  ~Progress() { finish(); }

  // One more document (or extract line) of `bytes` input bytes is done. Cheap when nothing is
  // due: one clock read.
  void advance(uint64_t bytes) {
    ++documents_;
    bytes_ += bytes;
    if (mode_ != Mode::kOff && Clock::now() >= next_) show();
  }
  // Prints a message (a skipped document) on its own line, not into the progress line.
  void note(const std::string& message);
  // Clears the line (in place) so the summary starts clean; called by the destructor too.
  void finish();
  double seconds() const;

 private:
  using Clock = std::chrono::steady_clock;
  void show();

  Mode mode_;
  uint64_t total_bytes_;
  std::ostream& out_;
  Clock::time_point started_ = Clock::now();
  Clock::time_point next_ = started_;
  uint64_t documents_ = 0, bytes_ = 0;
  bool shown_ = false;
};

// "1 h 02 min", "3 min 05 s", "12 s".
std::string format_duration(double seconds);

}  // namespace kg
