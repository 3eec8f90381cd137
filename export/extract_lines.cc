#include "export/extract_lines.h"

#include <fstream>

namespace kg {

Status ExtractLines::for_each(const Use& use, const Problem& problem) {
  std::string line;
  for (size_t file = 0; file < files_.size(); ++file) {
    std::ifstream in(files_[file], std::ios::binary);
    if (!in) return Status::IoError(files_[file] + ": cannot open");
    for (size_t number = 1; std::getline(in, line); ++number) {
      if (tick_) tick_(line.size() + 1);
      if (skipped_.count({file, number})) continue;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank
      // A fresh document per line: RapidJSON's pool allocator frees only when it is destroyed.
      rapidjson::Document parsed;
      parsed.Parse<rapidjson::kParseFullPrecisionFlag>(line.data(), line.size());
      Status status = parsed.HasParseError()
                          ? Status::InvalidInput("not a JSON line (offset " +
                                                 std::to_string(parsed.GetErrorOffset()) + ")")
                          : use(parsed);
      if (!status.ok()) {
        skipped_.insert({file, number});
        problem(files_[file] + ":" + std::to_string(number) + ": " + status.message());
      }
    }
    if (in.bad()) return Status::IoError(files_[file] + ": read error");
  }
  return Status::OK();
}

Status ExtractLines::write_triples(const IdResolver& resolve, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  return for_each(
      [&](const rapidjson::Value& line) {
        // for_each validated every line the first time; this guards a file changed since.
        if (!line.IsObject() || !line.HasMember("id") || !line["id"].IsString() ||
            !line.HasMember("triples") || !line["triples"].IsArray()) {
          return Status::InvalidInput("changed since it was read");
        }
        write_resolved_triples(line, resolve, &buffer, out);
        return Status::OK();
      },
      [](const std::string&) {});
}

}  // namespace kg
