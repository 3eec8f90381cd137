#include "cli/options.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace kg {

std::string resolve_rules_dir(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("KG_RULES"); env && *env) return env;
  std::error_code error;
  if (std::filesystem::is_directory(KG_SOURCE_RULES_DIR, error)) return KG_SOURCE_RULES_DIR;
  return KG_DEFAULT_RULES_DIR;
}

std::string corpus_name(const std::vector<std::string>& inputs) {
  if (inputs.size() != 1) return "kg";
  if (inputs[0] == "-") return "stdin";
  std::filesystem::path path = std::filesystem::path(inputs[0]).lexically_normal();
  if (!path.has_filename()) path = path.parent_path();  // "samples/" -> "samples"
  std::string name = path.filename().string();
  return name.empty() || name == "." || name == ".." ? "kg" : name;
}

Result<DocumentRange> shard_range(const std::string& shard,
                                  const std::vector<std::string>& inputs) {
  size_t k = 0, n = 0;
  char slash = 0, extra = 0;
  if (std::sscanf(shard.c_str(), "%zu %c %zu %c", &k, &slash, &n, &extra) != 3 || slash != '/' ||
      n == 0 || k >= n) {
    return Status::InvalidInput("--shard " + shard + ": want K/N with 0 <= K < N, e.g. 0/4");
  }
  for (const std::string& input : inputs) {
    if (input == "-") return Status::InvalidInput("--shard cannot split standard input");
  }
  // Shard k holds positions [k*D/N, (k+1)*D/N): every position in exactly one shard, in order.
  const size_t total = count_documents(inputs);
  return DocumentRange{k * total / n, (k + 1) * total / n};
}

std::string resolve_web_dir() {
  if (const char* env = std::getenv("KG_WEB"); env && *env) return env;
  std::error_code error;
  if (std::filesystem::is_directory(KG_SOURCE_WEB_DIR, error)) return KG_SOURCE_WEB_DIR;
  return KG_DEFAULT_WEB_DIR;
}

}  // namespace kg
