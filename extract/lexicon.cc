#include "extract/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace kg {
namespace {

int count_words(std::string_view phrase) {
  return 1 + static_cast<int>(std::count(phrase.begin(), phrase.end(), ' '));
}

}  // namespace

std::string_view trim(std::string_view s) {
  const char* kSpace = " \t\r\n";
  size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t space = s.find(' ', start);
    if (space == std::string_view::npos) space = s.size();
    if (space > start) words.push_back(s.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

Result<std::vector<RuleLine>> read_rule_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open rule file");
  std::vector<RuleLine> lines;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string_view text = trim(line);
    if (text.empty() || text[0] == '#') continue;
    lines.push_back({number, std::string(text)});
  }
  return lines;
}

std::vector<std::string> list_rule_files(const std::string& dir, std::string_view extension) {
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.is_regular_file() && entry.path().extension() == extension) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

Result<WordSet> WordSet::load(const std::string& path) {
  Result<std::vector<RuleLine>> lines = read_rule_lines(path);
  if (!lines.ok()) return lines.status();
  WordSet set;
  for (RuleLine& line : *lines) set.insert(std::move(line.text));
  return set;
}

void WordSet::insert(std::string phrase) {
  max_words_ = std::max(max_words_, count_words(phrase));
  words_.emplace(std::move(phrase), 0);
}

Result<Gazetteer> Gazetteer::load(const std::string& dir) {
  Gazetteer gazetteer;
  for (const std::string& path : list_rule_files(dir, ".tsv")) {
    Result<std::vector<RuleLine>> lines = read_rule_lines(path);
    if (!lines.ok()) return lines.status();
    for (const RuleLine& line : *lines) {
      std::string_view text = line.text;
      size_t tab = text.find('\t');
      if (tab == std::string_view::npos) {
        return Status::BadRule(path + ":" + std::to_string(line.number) +
                               ": want SURFACE<TAB>TYPE[<TAB>CANONICAL]");
      }
      std::string_view surface = trim(text.substr(0, tab));
      std::string_view rest = text.substr(tab + 1);
      size_t tab2 = rest.find('\t');
      std::string_view type_name_text = trim(rest.substr(0, tab2));
      std::string_view canonical =
          tab2 == std::string_view::npos ? surface : trim(rest.substr(tab2 + 1));
      if (canonical.empty()) canonical = surface;
      std::optional<EntityType> type = parse_type(type_name_text);
      if (!type) {
        return Status::BadRule(path + ":" + std::to_string(line.number) + ": unknown type \"" +
                               std::string(type_name_text) + "\"");
      }
      if (surface.empty()) continue;
      gazetteer.max_words_ = std::max(gazetteer.max_words_, count_words(surface));
      gazetteer.entries_.emplace(std::string(surface),
                                 GazetteerEntry{*type, std::string(canonical)});
    }
  }
  return gazetteer;
}

const GazetteerEntry* Gazetteer::find(std::string_view surface) const {
  return entries_.find(surface);
}

}  // namespace kg
