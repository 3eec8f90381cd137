// AtomicFile: output that appears whole or not at all. Bytes go to "<path>.tmp.<pid>" in the same
// directory; commit() flushes and renames it over <path>. A file never committed is removed, so
// a crash or error never leaves a half-written graph behind.
#pragma once

#include <fstream>
#include <memory>
#include <string>

#include "base/status.h"

namespace kg {

class AtomicFile {
 public:
  static Result<std::unique_ptr<AtomicFile>> create(const std::string& path);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  // Flushes, checks and syncs the temporary file without publishing it; commit() calls it.
  Status finish();
  Status commit();

 private:
  AtomicFile(std::string path, std::string temp_path);
  std::string path_, temp_path_;
  std::ofstream out_;
  bool finished_ = false;
  bool committed_ = false;
};

}  // namespace kg
