// read_inputs: every kind of input, and every kind of bad input reported by file and line while the
// rest of the run goes on. Fixtures live in tests/data/input/; unreadable and empty directories are
// made at test time, since git keeps neither.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/input_reader.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

std::string data(const std::string& relative) {
  return std::string(KG_TESTDATA_DIR) + "/input/" + relative;
}

struct Run {
  std::vector<Document> documents;
  std::vector<std::string> problems;
  ReadStats stats;

  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const Document& d : documents) out.push_back(d.id);
    return out;
  }
  const Document& by_id(const std::string& id) const {
    for (const Document& d : documents) {
      if (d.id == id) return d;
    }
    FAIL("no document " << id);
    return documents.front();
  }
};

Run read(const std::vector<std::string>& inputs, const std::string& standard_input = "") {
  Run run;
  std::istringstream in(standard_input);
  run.stats = read_inputs(
      inputs, [&](Document&& d) { run.documents.push_back(std::move(d)); },
      [&](const InputProblem& p) { run.problems.push_back(p.message); }, in);
  return run;
}

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "kg_input_XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    for (auto& entry : fs::recursive_directory_iterator(path_, ignored)) {
      fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    }
    fs::remove_all(path_, ignored);
  }
  std::string path(const std::string& relative) const { return (path_ / relative).string(); }
  void write(const std::string& relative, const std::string& bytes) const {
    fs::create_directories(fs::path(path(relative)).parent_path());
    std::ofstream(path(relative), std::ios::binary) << bytes;
  }

 private:
  fs::path path_;
};

TEST_CASE("a directory tree: nested folders, mixed .txt and .jsonl, byte order", "[input]") {
  const std::string root = data("tree");
  Run run = read({root});
  CHECK(run.problems.empty());
  CHECK(run.stats.documents == 9);
  CHECK(run.stats.skipped == 0);
  // Byte order: "Z" before "a"; "sub.txt" before "sub/..." ('.' < '/'); hidden files, hidden
  // folders and .md files are not read.
  CHECK(run.ids() == std::vector<std::string>{"Z", "a", "wire-0001", "42", "feed:3", "1.50e2",
                                              "sub", "sub/b", "sub/deeper/c"});
}

TEST_CASE("ranges of document positions split the input into consecutive runs", "[input]") {
  const std::string root = data("tree");
  REQUIRE(count_documents({root}) == 9);  // a blank JSONL line is no position
  std::vector<std::string> joined;
  for (const DocumentRange range : {DocumentRange{0, 4}, DocumentRange{4, 7}, DocumentRange{7, 9}}) {
    Run part;
    std::istringstream no_input;
    part.stats = read_inputs(
        {root}, [&](Document&& d) { part.documents.push_back(std::move(d)); },
        [&](const InputProblem& p) { part.problems.push_back(p.message); }, no_input, range);
    CHECK(part.stats.documents == range.end - range.begin);
    for (const std::string& id : part.ids()) joined.push_back(id);
  }
  CHECK(joined == read({root}).ids());  // the same ids, in the same order
}

TEST_CASE("a bad line outside the range is neither read nor reported", "[input]") {
  TempDir dir;
  dir.write("dump.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n[1, 2]\n\n{\"text\": \"Three.\"}\n");
  REQUIRE(count_documents({dir.path("dump.jsonl")}) == 3);
  Run run;
  std::istringstream no_input;
  run.stats = read_inputs(
      {dir.path("dump.jsonl")}, [&](Document&& d) { run.documents.push_back(std::move(d)); },
      [&](const InputProblem& p) { run.problems.push_back(p.message); }, no_input,
      DocumentRange{2, 3});
  CHECK(run.problems.empty());
  CHECK(run.ids() == std::vector<std::string>{"dump:4"});  // the id counts lines, as unsplit
}

TEST_CASE("origins name the file, and the line for JSONL", "[input]") {
  const std::string root = data("tree");
  Run run = read({root});
  REQUIRE(run.documents.size() == 9);
  CHECK(run.documents[0].origin == root + "/Z.txt");
  CHECK(run.documents[2].origin == root + "/feed.jsonl:1");
  CHECK(run.documents[4].origin == root + "/feed.jsonl:3");
  CHECK(run.documents[5].origin == root + "/feed.jsonl:5");  // line 4 is blank, still counted
  CHECK(run.documents[8].origin == root + "/sub/deeper/c.txt");
  // A trailing slash on the argument gives the same origins, not "tree//Z.txt".
  Run slash = read({root + "/"});
  REQUIRE(slash.documents.size() == 9);
  CHECK(slash.documents[0].origin == root + "/Z.txt");
}

TEST_CASE("files given directly take their file name as id", "[input]") {
  Run run = read({data("tree/sub/b.txt"), data("tree/feed.jsonl"), data("crlf.txt")});
  CHECK(run.problems.empty());
  CHECK(run.ids() ==
        std::vector<std::string>{"b", "wire-0001", "42", "feed:3", "1.50e2", "crlf"});
  CHECK(run.documents[0].origin == data("tree/sub/b.txt"));
  CHECK(run.documents[3].origin == data("tree/feed.jsonl:3"));
}

TEST_CASE("a JSONL title is prepended to the text and body_offset points past it", "[input]") {
  Run run = read({data("tree/feed.jsonl")});
  const Document& d = run.by_id("wire-0001");
  CHECK(d.text == "Port deal approved\n\nThe port authority approved the contract on Tuesday.");
  CHECK(d.body_offset == 20);
  CHECK(d.text.substr(d.body_offset, 8) == "The port");
  CHECK(d.title == "Port deal approved");
  CHECK(d.date == "2024-02-03");
  CHECK(d.url == "https://news.example.com/port-deal");
  CHECK(d.source == "Example Wire");
  // Without a title the text is the body as given.
  const Document& plain = run.by_id("42");
  CHECK(plain.text == "Voters in Millbrook backed the school levy by a wide margin.");
  CHECK(plain.body_offset == 0);
  CHECK(plain.title.empty());
  // Multi-byte UTF-8 (an accented letter, a 4-byte emoji) arrives byte for byte.
  CHECK(run.by_id("feed:3").text ==
        "Caf\xC3\xA9 owners on Main Street welcomed the decision \xF0\x9F\x8E\x89.");
}

TEST_CASE("a BOM is removed and CRLF is kept byte for byte in .txt files", "[input]") {
  Run run = read({data("tree/sub/deeper/c.txt"), data("crlf.txt")});
  REQUIRE(run.documents.size() == 2);
  CHECK(run.documents[0].text ==
        "Northgate Bank lost $3.2 million in the third quarter, the company said.\n");
  CHECK(run.documents[1].text ==
        "Lakeshore officials met on Friday.\r\n\r\nThey approved the ferry plan.\r\n");
}

TEST_CASE("a JSONL dump with a BOM and CRLF line ends", "[input]") {
  Run run = read({data("bom_crlf.jsonl")});
  CHECK(run.problems.empty());
  REQUIRE(run.documents.size() == 2);
  CHECK(run.documents[0].id == "w-1");
  CHECK(run.documents[0].text == "Line one of the dump.");  // no trailing \r
  CHECK(run.documents[1].id == "w-2");
  CHECK(run.documents[1].origin == data("bom_crlf.jsonl:3"));
  // An escaped \r\n inside the string is text, not a line end.
  CHECK(run.documents[1].text == "Line three of the dump.\r\nSecond paragraph.");
}

TEST_CASE("every bad JSONL line is reported by file and line - the good ones arrive", "[input]") {
  const std::string file = data("bad/mixed.jsonl");
  Run run = read({file});
  CHECK(run.ids() == std::vector<std::string>{"ok-1", "ok-2", "ok-3"});
  CHECK(run.documents[2].origin == file + ":16");  // the last line has no final newline
  CHECK(run.stats.documents == 3);
  CHECK(run.stats.skipped == 12);
  CHECK(run.problems == std::vector<std::string>{
      file + ":2: malformed JSON at byte 52: Missing a comma or '}' after an object member.",
      file + ":3: line is not a JSON object (it is an array)",
      file + ":4: line has no \"text\" string",
      file + ":5: line has no \"text\" string (\"text\" is a number)",
      file + ":6: \"text\" is empty (or only whitespace)",
      file + ":7: invalid UTF-8 at byte 31",
      file + ":9: \"text\" contains a NUL character (\\u0000) at byte 6 of the text",
      file + ":10: \"id\" must be a string or a number (it is true)",
      file + ":12: malformed JSON at byte 32: The document root must not be followed by other "
             "values.",
      file + ":13: line is not a JSON object (it is a string)",
      file + ":14: \"text\" is empty (or only whitespace)",
      file + ":15: invalid UTF-8 at byte 28",
  });
}

TEST_CASE("bad .txt files are skipped with a message naming the file", "[input]") {
  Run run = read({data("bad/invalid_utf8.txt"), data("bad/good.txt"), data("bad/nul.txt"),
                  data("bad/empty.txt"), data("bad/blank.txt"), data("bad/blank_lines.jsonl")});
  REQUIRE(run.ids() == std::vector<std::string>{"good"});
  CHECK(run.documents[0].text == "The city council met on Tuesday and approved the harbor plan.\n");
  CHECK(run.stats.skipped == 5);
  CHECK(run.problems == std::vector<std::string>{
      data("bad/invalid_utf8.txt") + ": invalid UTF-8 at byte 22",
      data("bad/nul.txt") + ": NUL byte at byte 27",
      data("bad/empty.txt") + ": no text (empty file)",
      data("bad/blank.txt") + ": no text (only whitespace)",
      data("bad/blank_lines.jsonl") + ": no JSON lines (empty file)",
  });
}

TEST_CASE("a directory with bad files still yields its good documents", "[input]") {
  Run run = read({data("bad")});
  CHECK(run.ids() == std::vector<std::string>{"good", "ok-1", "ok-2", "ok-3"});
  CHECK(run.stats.skipped == 5 + 12);
  REQUIRE(run.problems.size() == 17);
  // Sorted: blank.txt, blank_lines.jsonl, empty.txt, good.txt, invalid_utf8.txt, mixed.jsonl, ...
  CHECK(run.problems.front() == data("bad") + "/blank.txt: no text (only whitespace)");
  CHECK(run.problems.back() == data("bad") + "/nul.txt: NUL byte at byte 27");
}

TEST_CASE("an invalid byte after a BOM is reported at its offset in the file", "[input]") {
  TempDir dir;
  dir.write("bom.txt", "\xEF\xBB\xBF" "caf\xE9");
  dir.write("bom.jsonl", "\xEF\xBB\xBF{\"text\": \"caf\xE9\"}\n{\"text\": [}\n");
  Run run = read({dir.path("bom.txt"), dir.path("bom.jsonl")});
  CHECK(run.documents.empty());
  CHECK(run.problems == std::vector<std::string>{
      dir.path("bom.txt") + ": invalid UTF-8 at byte 6",
      dir.path("bom.jsonl") + ":1: invalid UTF-8 at byte 16",
      dir.path("bom.jsonl") + ":2: malformed JSON at byte 10: Invalid value.",
  });
}

TEST_CASE("a nonexistent path is reported and the next input is read", "[input]") {
  Run run = read({data("no_such_file.txt"), data("bad/good.txt"), data("no_such_dir/")});
  CHECK(run.ids() == std::vector<std::string>{"good"});
  CHECK(run.stats.skipped == 2);
  CHECK(run.problems == std::vector<std::string>{
      data("no_such_file.txt") + ": no such file or directory",
      data("no_such_dir/") + ": no such file or directory",
  });
}

TEST_CASE("a directory with nothing to read gives zero documents and a note", "[input]") {
  TempDir dir;
  dir.write("empty/notes.md", "Nothing here is an article.\n");
  Run run = read({dir.path("empty")});
  CHECK(run.documents.empty());
  CHECK(run.stats.skipped == 0);
  CHECK(run.problems == std::vector<std::string>{dir.path("empty") + ": no .txt or .jsonl files"});
}

TEST_CASE("unreadable files and directories are reported - the rest is read", "[input]") {
  if (geteuid() == 0) {
    WARN("running as root, which can read a chmod 000 file: permission check skipped");
    return;
  }
  TempDir dir;
  dir.write("corpus/a.txt", "The harbor plan passed on Tuesday.\n");
  dir.write("corpus/locked.txt", "Nobody can read this article.\n");
  dir.write("corpus/locked_dir/b.txt", "Nor this one.\n");
  dir.write("corpus/z.txt", "The ferry line opens in June.\n");
  fs::permissions(dir.path("corpus/locked.txt"), fs::perms::none);
  fs::permissions(dir.path("corpus/locked_dir"), fs::perms::none);
  Run run = read({dir.path("corpus")});
  CHECK(run.ids() == std::vector<std::string>{"a", "z"});
  CHECK(run.stats.skipped == 2);
  CHECK(run.problems == std::vector<std::string>{
      dir.path("corpus/locked_dir") + ": cannot read directory: Permission denied",
      dir.path("corpus/locked.txt") + ": cannot open: Permission denied",
  });
}

TEST_CASE("stdin with plain text is one article with id stdin", "[input]") {
  Run run = read({"-"}, "\xEF\xBB\xBF\n  Harbor City officials met on Tuesday.\r\n");
  CHECK(run.problems.empty());
  REQUIRE(run.documents.size() == 1);
  CHECK(run.documents[0].id == "stdin");
  CHECK(run.documents[0].origin == "stdin");
  // The BOM goes; the leading blank line and spaces stay, so offsets match the bytes sent.
  CHECK(run.documents[0].text == "\n  Harbor City officials met on Tuesday.\r\n");
}

TEST_CASE("stdin starting with '{' is read as JSONL, line numbers counting skipped blanks",
          "[input]") {
  Run run = read({"-"},
                 "\n\n  {\"id\": \"s-1\", \"text\": \"The levy passed.\"}\n"
                 "{\"text\": \"No id on this line.\"}\r\n"
                 "{\"text\": 7}\n");
  CHECK(run.ids() == std::vector<std::string>{"s-1", "stdin:4"});
  CHECK(run.documents[0].origin == "stdin:3");
  CHECK(run.problems ==
        std::vector<std::string>{"stdin:5: line has no \"text\" string (\"text\" is a number)"});
}

TEST_CASE("stdin that is empty or not UTF-8 is reported", "[input]") {
  CHECK(read({"-"}, "").problems == std::vector<std::string>{"stdin: no text (empty file)"});
  CHECK(read({"-"}, " \n").problems ==
        std::vector<std::string>{"stdin: no text (only whitespace)"});
  // 0xEF that does not start a BOM is text (and here invalid UTF-8), not a lost byte.
  CHECK(read({"-"}, "\xEF{").problems ==
        std::vector<std::string>{"stdin: invalid UTF-8 at byte 0"});
  Run bom_json = read({"-"}, "\xEF\xBB\xBF{\"text\": \"caf\xE9\"}");
  CHECK(bom_json.problems == std::vector<std::string>{"stdin:1: invalid UTF-8 at byte 16"});
}

// A stream that makes JSONL lines only when asked, and counts how many it has made, so a test can
// see whether the reader hands on documents before it has read the whole input.
class LineFactory : public std::streambuf {
 public:
  explicit LineFactory(size_t lines) : lines_(lines) {}
  size_t made() const { return made_; }

 protected:
  int_type underflow() override {
    if (made_ == lines_) return traits_type::eof();
    ++made_;
    line_ = "{\"text\": \"Article number " + std::to_string(made_) + " of the dump.\"}\n";
    setg(line_.data(), line_.data(), line_.data() + line_.size());
    return traits_type::to_int_type(line_[0]);
  }

 private:
  size_t lines_;
  size_t made_ = 0;
  std::string line_;
};

TEST_CASE("JSONL is streamed: a document arrives before the rest of the input is read",
          "[input]") {
  LineFactory factory(100000);
  std::istream in(&factory);
  size_t made_at_first_document = 0;
  size_t documents = 0;
  ReadStats stats = read_inputs(
      {"-"},
      [&](Document&& d) {
        if (documents++ == 0) made_at_first_document = factory.made();
        if (documents == 100000) CHECK(d.id == "stdin:100000");
      },
      [](const InputProblem& p) { FAIL(p.message); }, in);
  CHECK(stats.documents == 100000);
  CHECK(made_at_first_document <= 2);
}

TEST_CASE("inputs are read in the order given, stdin among them", "[input]") {
  Run run = read({data("bad/good.txt"), "-", data("tree/a.txt")}, "The port reopened.");
  CHECK(run.ids() == std::vector<std::string>{"good", "stdin", "a"});
}

}  // namespace
}  // namespace kg
