#include "cli/timings.h"

#include <cstdio>

namespace kg {

void BuildTimings::print(std::ostream& out) const {
  const double mb = static_cast<double>(text_bytes) / 1e6;
  char head[96];
  std::snprintf(head, sizeof head, "kg: timings over %.2f MB of text", mb);
  out << head << " (seconds of one thread in each stage, and MB/s at that)\n";
  const std::pair<const char*, double> stages[] = {{"read", read},
                                                   {"split", extraction.split},
                                                   {"entities", extraction.entities},
                                                   {"canonicalize", extraction.canonicalize},
                                                   {"relations", extraction.relations},
                                                   {"graph", graph},
                                                   {"export", exports},
                                                   {"total", total}};
  for (const auto& [name, seconds] : stages) {
    char line[96];
    std::snprintf(line, sizeof line, "  %-13s %9.3f s %10.1f MB/s\n", name, seconds,
                  seconds > 0 ? mb / seconds : 0.0);
    out << line;
  }
}

}  // namespace kg
