#include "base/progress.h"

#include <cstdio>

#include <unistd.h>

namespace kg {
namespace {

constexpr std::chrono::milliseconds kInPlaceEvery(250);
constexpr std::chrono::seconds kLinesEvery(5);
constexpr double kSettled = 1.0;  // seconds before the time left is estimated

}  // namespace

Progress::Mode Progress::choose(bool quiet, bool forced) {
  if (quiet) return Mode::kOff;
  if (::isatty(STDERR_FILENO)) return Mode::kInPlace;
  return forced ? Mode::kLines : Mode::kOff;
}

Progress::Progress(Mode mode, uint64_t total_bytes, std::ostream& out)
    : mode_(mode), total_bytes_(total_bytes), out_(out) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(Clock::now() - started_).count();
}

void Progress::show() {
  const double elapsed = seconds();
  const double mb = static_cast<double>(bytes_) / 1e6;
  const double rate = elapsed > 0 ? mb / elapsed : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "kg: %llu documents, %.1f MB",
                        static_cast<unsigned long long>(documents_), mb);
  if (total_bytes_ > 0) {
    const double total = static_cast<double>(total_bytes_) / 1e6;
    n += std::snprintf(line + n, sizeof line - static_cast<size_t>(n), " of %.1f (%.0f%%)", total,
                       mb < total ? 100 * mb / total : 100.0);
  }
  n += std::snprintf(line + n, sizeof line - static_cast<size_t>(n), ", %.1f MB/s", rate);
  // The rate of the first second is mostly start-up: no time left until it settles.
  if (total_bytes_ > 0 && rate > 0 && bytes_ < total_bytes_ && elapsed >= kSettled) {
    const double left = (static_cast<double>(total_bytes_ - bytes_) / 1e6) / rate;
    std::snprintf(line + n, sizeof line - static_cast<size_t>(n), ", %s left",
                  format_duration(left).c_str());
  }
  if (mode_ == Mode::kInPlace) {
    out_ << "\r\033[K" << line << std::flush;  // carriage return, erase line: update in place
    next_ = Clock::now() + kInPlaceEvery;
  } else {
    out_ << line << "\n" << std::flush;
    next_ = Clock::now() + kLinesEvery;
  }
  shown_ = true;
}

void Progress::note(const std::string& message) {
  if (mode_ == Mode::kInPlace && shown_) out_ << "\r\033[K";
  out_ << message << "\n" << std::flush;
  shown_ = false;
  next_ = Clock::now();  // redraw at the next document
}

void Progress::finish() {
  if (mode_ == Mode::kInPlace && shown_) out_ << "\r\033[K" << std::flush;
  shown_ = false;
  mode_ = Mode::kOff;
}

std::string format_duration(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%ld h %02ld min", total / 3600, total % 3600 / 60);
  } else if (total >= 60) {
    std::snprintf(text, sizeof text, "%ld min %02ld s", total / 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld s", total);
  }
  return text;
}

}  // namespace kg
