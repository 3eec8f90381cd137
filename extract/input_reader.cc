#include "extract/input_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string_view>
#include <system_error>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "base/status.h"
#include "extract/utf8.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
// Spans are 32-bit byte offsets, so a document's text must fit in them.
constexpr size_t kMaxTextBytes = std::numeric_limits<uint32_t>::max();

// Where documents come from: the name messages and origins use, and the base of fallback ids.
struct Source {
  std::string name;  // "corpus/sub/a.txt", "dump.jsonl", "stdin"
  std::string id;    // relative path without extension: "sub/a", "dump", "stdin"
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_blank(std::string_view text) { return std::all_of(text.begin(), text.end(), is_space); }

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Case-insensitive, so that NEWS.TXT from a Windows share is read too.
bool has_extension(std::string_view name, std::string_view extension) {
  if (name.size() <= extension.size()) return false;
  std::string_view tail = name.substr(name.size() - extension.size());
  return std::equal(tail.begin(), tail.end(), extension.begin(),
                    [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b; });
}

bool is_jsonl(std::string_view name) { return has_extension(name, ".jsonl"); }
bool is_readable_name(std::string_view name) {
  return has_extension(name, ".txt") || is_jsonl(name);
}

const char* json_type_name(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
      return "false";
    case rapidjson::kTrueType:
      return "true";
    case rapidjson::kObjectType:
      return "an object";
    case rapidjson::kArrayType:
      return "an array";
    case rapidjson::kStringType:
      return "a string";
    case rapidjson::kNumberType:
      return "a number";
  }
  return "unknown";
}

std::string_view string_of(const rapidjson::Value& value) {
  return {value.GetString(), value.GetStringLength()};
}

// Reads the rest of in into *text, stopping once it cannot be a document any more.
Status read_all(std::istream& in, std::string* text) {
  char buffer[1 << 16];
  while (in.read(buffer, sizeof(buffer)) || in.gcount() > 0) {
    text->append(buffer, static_cast<size_t>(in.gcount()));
    if (text->size() > kMaxTextBytes) {
      return Status::InvalidInput("larger than 4 GiB, the most 32-bit offsets can index");
    }
  }
  if (in.bad()) return Status::IoError("read error");
  return Status::OK();
}

// Why an article's text (BOM already removed; bom_size bytes were before it) cannot be used, or "".
std::string text_problem(std::string_view text, size_t bom_size) {
  if (text.empty()) return "no text (empty file)";
  if (is_blank(text)) return "no text (only whitespace)";
  if (size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    return "invalid UTF-8 at byte " + std::to_string(bad + bom_size);
  }
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return "NUL byte at byte " + std::to_string(nul + bom_size);
  }
  return "";
}

// Reads every input in turn, counting what it hands on and what it skips.
class Reader {
 public:
  Reader(const std::function<void(Document&&)>& on_document,
         const std::function<void(const InputProblem&)>& on_problem, DocumentRange range)
      : on_document_(on_document), on_problem_(on_problem), range_(range) {}

  void read_input(const std::string& input, std::istream& standard_input) {
    if (input == "-") return read_stdin(standard_input);
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (error) {
      return skip(input + ": " +
                  (error == std::errc::no_such_file_or_directory
                       ? std::string("no such file or directory")
                       : "cannot access: " + error.message()));
    }
    if (fs::is_directory(status)) return read_directory(input);
    fs::path path(input);
    read_file(input, Source{input, path.stem().string()});
  }

  const ReadStats& stats() const { return stats_; }
  size_t positions() const { return position_; }

 private:
  void skip(std::string message) {
    ++stats_.skipped;
    note(std::move(message));
  }
  void note(std::string message) { on_problem_(InputProblem{std::move(message)}); }
  void emit(Document&& document) {
    ++stats_.documents;
    on_document_(std::move(document));
  }

  void read_directory(const std::string& input) {
    std::vector<std::string> files;  // relative to input, '/'-separated
    const size_t skipped_before = stats_.skipped;
    collect(input, fs::path(), &files);
    if (files.empty() && stats_.skipped == skipped_before) {
      note(input + ": no .txt or .jsonl files");
    }
    // Byte order (std::string compares chars as unsigned), never the locale's collation.
    std::sort(files.begin(), files.end());
    for (const std::string& relative : files) {
      const std::string name = (fs::path(input) / relative).generic_string();
      read_file(name, Source{name, fs::path(relative).replace_extension().generic_string()});
    }
  }

  // Adds the .txt and .jsonl files under root/relative to *files. Hidden names are left out (.git,
  // editor backups), and symlinked directories too, so that a link loop cannot recurse forever.
  void collect(const fs::path& root, const fs::path& relative, std::vector<std::string>* files) {
    const fs::path dir = root / relative;
    std::error_code error;
    fs::directory_iterator it(dir, error);
    if (error) return skip(dir.generic_string() + ": cannot read directory: " + error.message());
    for (; it != fs::directory_iterator(); it.increment(error)) {
      const std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      const fs::path child = relative / name;
      std::error_code type_error;  // a dangling link is no directory; opening it reports it
      if (it->is_directory(type_error)) {
        if (!it->is_symlink(type_error)) collect(root, child, files);
      } else if (is_readable_name(name)) {
        files->push_back(child.generic_string());
      }
    }
    if (error) skip(dir.generic_string() + ": cannot list directory: " + error.message());
  }

  // Counts one document position; true if it is in the range to read.
  bool in_range() { return range_.contains(position_++); }

  void read_file(const std::string& path, const Source& source) {
    if (!is_jsonl(path) && !in_range()) return;
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      const int open_errno = errno;
      return skip(source.name + ": cannot open" +
                  (open_errno != 0 ? ": " + std::generic_category().message(open_errno) : ""));
    }
    if (is_jsonl(path)) return read_jsonl(in, source, 1, 0, true);
    std::string text;
    if (Status status = read_all(in, &text); !status.ok()) {
      return skip(source.name + ": " + status.message());
    }
    read_text(std::move(text), source);
  }

  // One article; a leading BOM is removed, everything else is kept byte for byte (CRLF too).
  void read_text(std::string text, const Source& source) {
    size_t bom_size = 0;
    if (starts_with(text, kBom)) {
      text.erase(0, kBom.size());
      bom_size = kBom.size();
    }
    if (std::string problem = text_problem(text, bom_size); !problem.empty()) {
      return skip(source.name + ": " + problem);
    }
    Document document;
    document.id = source.id;
    document.origin = source.name;
    document.source_bytes = text.size() + bom_size;
    document.text = std::move(text);
    emit(std::move(document));
  }

  // Streams one JSON object per line; only the current line is in memory. first_column is how
  // many bytes of the first line were consumed before in (a BOM, leading blanks), so that offsets
  // in messages still count from the start of the line.
  void read_jsonl(std::istream& in, const Source& source, size_t first_line, size_t first_column,
                  bool strip_bom) {
    std::string line;
    size_t line_number = first_line - 1;
    size_t json_lines = 0;
    while (std::getline(in, line)) {
      ++line_number;
      size_t column = line_number == first_line ? first_column : 0;
      if (line_number == first_line && strip_bom && starts_with(line, kBom)) {
        line.erase(0, kBom.size());
        column += kBom.size();
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (is_blank(line)) continue;
      ++json_lines;
      if (in_range()) read_json_line(line, source, line_number, column);
    }
    if (in.bad()) {
      skip(source.name + ": read error after line " + std::to_string(line_number));
    } else if (json_lines == 0) {
      skip(source.name + ": no JSON lines (empty file)");
    }
  }

  void read_json_line(const std::string& line, const Source& source, size_t line_number,
                      size_t column) {
    const std::string where = source.name + ":" + std::to_string(line_number) + ": ";
    if (size_t bad = find_invalid_utf8(line); bad != std::string_view::npos) {
      return skip(where + "invalid UTF-8 at byte " + std::to_string(bad + column));
    }
    // A fresh document per line: RapidJSON's pool allocator only frees when it is destroyed.
    rapidjson::Document json;
    json.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
    if (json.HasParseError()) {
      return skip(where + "malformed JSON at byte " +
                  std::to_string(json.GetErrorOffset() + column) + ": " +
                  rapidjson::GetParseError_En(json.GetParseError()));
    }
    if (!json.IsObject()) {
      return skip(where + "line is not a JSON object (it is " + json_type_name(json) + ")");
    }
    auto text = json.FindMember("text");
    if (text == json.MemberEnd()) return skip(where + "line has no \"text\" string");
    if (!text->value.IsString()) {
      return skip(where + "line has no \"text\" string (\"text\" is " +
                  json_type_name(text->value) + ")");
    }
    if (is_blank(string_of(text->value))) {
      return skip(where + "\"text\" is empty (or only whitespace)");
    }

    Document document;
    document.origin = source.name + ":" + std::to_string(line_number);
    auto id = json.FindMember("id");
    if (id == json.MemberEnd() || id->value.IsNull() ||
        (id->value.IsString() && id->value.GetStringLength() == 0)) {
      document.id = source.id + ":" + std::to_string(line_number);
    } else if (id->value.IsString()) {
      document.id = std::string(string_of(id->value));
    } else if (id->value.IsNumber()) {
      document.id = number_as_written(line, "id");
    } else {
      return skip(where + "\"id\" must be a string or a number (it is " +
                  json_type_name(id->value) + ")");
    }
    // Optional metadata: strings are kept, anything else is ignored.
    const std::pair<const char*, std::string*> fields[] = {{"title", &document.title},
                                                           {"date", &document.date},
                                                           {"url", &document.url},
                                                           {"source", &document.source}};
    for (const auto& [key, field] : fields) {
      auto member = json.FindMember(key);
      if (member != json.MemberEnd() && member->value.IsString()) {
        *field = std::string(string_of(member->value));
      }
    }
    if (is_blank(document.title)) document.title.clear();

    // "\u0000" decodes to a NUL that the UTF-8 check above cannot see.
    const std::pair<const char*, const std::string*> checked[] = {{"id", &document.id},
                                                                  {"title", &document.title},
                                                                  {"date", &document.date},
                                                                  {"url", &document.url},
                                                                  {"source", &document.source}};
    for (const auto& [key, field] : checked) {
      if (field->find('\0') != std::string::npos) {
        return skip(where + "\"" + key + "\" contains a NUL character (\\u0000)");
      }
    }
    const std::string_view body = string_of(text->value);
    if (size_t nul = body.find('\0'); nul != std::string_view::npos) {
      return skip(where + "\"text\" contains a NUL character (\\u0000) at byte " +
                  std::to_string(nul) + " of the text");
    }

    const size_t prefix = document.title.empty() ? 0 : document.title.size() + 2;
    if (prefix + body.size() > kMaxTextBytes) {
      return skip(where + "text larger than 4 GiB, the most 32-bit offsets can index");
    }
    document.text.reserve(prefix + body.size());
    if (prefix > 0) document.text.append(document.title).append("\n\n");
    document.text.append(body);
    document.body_offset = static_cast<uint32_t>(prefix);
    document.source_bytes = line.size() + 1;  // the newline too
    emit(std::move(document));
  }

  // The member `key` of the object on `line` (known to parse, and to hold a number there) exactly
  // as written, so that an id 1e3 or 0.50 stays "1e3" or "0.50" instead of a reformatted double.
  static std::string number_as_written(const std::string& line, const char* key) {
    rapidjson::Document raw;
    raw.Parse<rapidjson::kParseNumbersAsStringsFlag>(line.data(), line.size());
    return std::string(string_of(raw[key]));
  }

  // "-": JSONL when the first byte after a BOM and blanks is '{', else one article "stdin".
  void read_stdin(std::istream& in) {
    const Source source{"stdin", "stdin"};
    std::string prefix;  // the bytes consumed to find the first non-blank one
    bool bom = false;
    if (in.peek() == static_cast<unsigned char>(kBom[0])) {
      char head[3] = {};
      in.read(head, 3);
      prefix.assign(head, static_cast<size_t>(in.gcount()));
      bom = prefix == kBom;
      if (bom) prefix.clear();
    }
    if (prefix.empty()) {
      for (int c = in.peek(); c != std::char_traits<char>::eof() && is_space(static_cast<char>(c));
           c = in.peek()) {
        prefix.push_back(static_cast<char>(in.get()));
      }
    }
    if (is_blank(prefix) && in.peek() == '{') {
      const size_t newlines = static_cast<size_t>(std::count(prefix.begin(), prefix.end(), '\n'));
      const size_t last_newline = prefix.rfind('\n');
      const size_t column = last_newline == std::string::npos
                                ? prefix.size() + (bom ? kBom.size() : 0)
                                : prefix.size() - last_newline - 1;
      return read_jsonl(in, source, 1 + newlines, column, false);
    }
    std::string text = bom ? std::string(kBom) + prefix : prefix;
    if (Status status = read_all(in, &text); !status.ok()) {
      return skip(source.name + ": " + status.message());
    }
    read_text(std::move(text), source);
  }

  const std::function<void(Document&&)>& on_document_;
  const std::function<void(const InputProblem&)>& on_problem_;
  const DocumentRange range_;
  size_t position_ = 0;
  ReadStats stats_;
};

}  // namespace

ReadStats read_inputs(const std::vector<std::string>& inputs,
                      const std::function<void(Document&&)>& on_document,
                      const std::function<void(const InputProblem&)>& on_problem,
                      std::istream& standard_input, DocumentRange range) {
  Reader reader(on_document, on_problem, range);
  for (const std::string& input : inputs) reader.read_input(input, standard_input);
  return reader.stats();
}

size_t count_documents(const std::vector<std::string>& inputs) {
  const std::function<void(Document &&)> ignore_document = [](Document&&) {};
  const std::function<void(const InputProblem&)> ignore_problem = [](const InputProblem&) {};
  Reader reader(ignore_document, ignore_problem, DocumentRange{0, 0});
  std::istringstream no_stdin;
  for (const std::string& input : inputs) reader.read_input(input, no_stdin);
  return reader.positions();
}

uint64_t input_bytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      const uintmax_t size = fs::file_size(input, error);
      if (!error) total += size;
      continue;
    }
    // As the reader walks: hidden names and symlinked directories left out.
    fs::recursive_directory_iterator it(input, error), end;
    for (; !error && it != end; it.increment(error)) {
      std::error_code entry_error;  // an unreadable entry is the reader's to report
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(entry_error)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(entry_error) && is_readable_name(name)) {
        const uintmax_t size = it->file_size(entry_error);
        if (!entry_error) total += size;
      }
    }
  }
  return total;
}

}  // namespace kg
