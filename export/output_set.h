// OutputSet: files that are published together. Every file is written, flushed and synced before
// any is renamed into place, so a failed run (a full disk, say) leaves the previous set of files,
// or none, never new graph files beside an old triples.jsonl.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "export/atomic_file.h"

namespace kg {

class OutputSet {
 public:
  // A stream for `path`; valid until commit() or the set goes away.
  Result<std::ostream*> add(const std::string& path);
  // Finishes every file, then renames them all. On an error nothing is renamed, unless the
  // error is in a rename itself (the same directory: rare).
  Status commit();

 private:
  std::vector<std::unique_ptr<AtomicFile>> files_;
};

}  // namespace kg
