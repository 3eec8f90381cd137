#include "cli/options.h"

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

std::string resolve_web_dir() {
  if (const char* env = std::getenv("KG_WEB"); env && *env) return env;
  std::error_code error;
  if (std::filesystem::is_directory(KG_SOURCE_WEB_DIR, error)) return KG_SOURCE_WEB_DIR;
  return KG_DEFAULT_WEB_DIR;
}

}  // namespace kg
