// The kg command line: bad input is reported by file and line and skipped while everything else
// goes on; exit codes say what happened; output files are never half-written.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

using testing::read_file;
using testing::run_kg;
using testing::TempDir;

void write(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

size_t count_lines(const std::string& text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

const char* kGoodArticle =
    "Sen. Maria Okafor of Ohio praised Aldermark Aerospace on Monday. Okafor said the company "
    "would add jobs.\n";

TEST_CASE("help documents the exit codes") {
  TempDir dir;
  auto run = run_kg("--help", dir);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("Exit status") != std::string::npos);
  CHECK(run.out.find("3  output written, but some input was skipped") != std::string::npos);
}

TEST_CASE("a wrong command line exits 2") {
  TempDir dir;
  CHECK(run_kg("build", dir).exit_code == 2);                  // no input, no -o
  CHECK(run_kg("frobnicate x", dir).exit_code == 2);
  CHECK(run_kg("extract x --threads 0", dir).exit_code == 2);
}

TEST_CASE("each bad input is named and skipped - the good ones still make the graph") {
  TempDir dir;
  const std::string in = dir / "in";
  write(in + "/a_good.txt", kGoodArticle);
  write(in + "/b_invalid_utf8.txt", "Maria Okafor \xC3\x28 spoke.\n");
  write(in + "/c_nul.txt", std::string("Maria Okafor\0 spoke.\n", 21));
  write(in + "/d_empty.txt", "");
  write(in + "/e_dump.jsonl",
        "{\"id\": \"w1\", \"text\": \"Boeing CEO Kelly Ortberg met Sen. Maria Okafor.\"}\n"
        "{\"id\": \"w2\", \"text\": \"unterminated\n"
        "{\"id\": \"w3\", \"title\": \"no text here\"}\n"
        "[1, 2, 3]\n"
        "{\"id\": \"w5\", \"text\": \"Intel lost $16.6 billion in 2024.\"}\n");
  auto run = run_kg("build " + in + " " + (dir / "missing.txt") + " -o " + (dir / "out"), dir);
  INFO(run.err);
  CHECK(run.exit_code == 3);
  CHECK(run.err.find("b_invalid_utf8.txt: invalid UTF-8 at byte 13") != std::string::npos);
  CHECK(run.err.find("c_nul.txt") != std::string::npos);
  CHECK(run.err.find("d_empty.txt") != std::string::npos);
  CHECK(run.err.find("e_dump.jsonl:2") != std::string::npos);
  CHECK(run.err.find("e_dump.jsonl:3") != std::string::npos);
  CHECK(run.err.find("e_dump.jsonl:4") != std::string::npos);
  CHECK(run.err.find("missing.txt") != std::string::npos);
  CHECK(run.out.find("3 documents") != std::string::npos);  // a_good, w1, w5
  std::string json = read_file(dir / "out/graph.json");
  CHECK(json.find("\"person:maria-okafor\"") != std::string::npos);
  CHECK(json.find("\"money:usd:16600000000@w5\"") != std::string::npos);
}

TEST_CASE("an unreadable file is named and skipped (as an unprivileged user, also under root)") {
  TempDir dir;
  write(dir / "in/a_good.txt", kGoodArticle);
  write(dir / "in/b_locked.txt", kGoodArticle);
  std::filesystem::permissions(dir / "in/b_locked.txt", std::filesystem::perms::none);
  std::filesystem::create_directories(dir / "out");
  // root reads anything: run kg as "nobody", who may read the test's files but not the locked one.
  for (const std::string& path : {dir.path(), dir / "in", dir / "out"}) {
    std::filesystem::permissions(path, std::filesystem::perms::all);
  }
  std::filesystem::permissions(dir / "in/a_good.txt", std::filesystem::perms::owner_read |
                                                          std::filesystem::perms::group_read |
                                                          std::filesystem::perms::others_read);
  // The clone may sit where "nobody" cannot look: give it its own copy of kg and the rules.
  std::filesystem::copy_file(KG_BINARY, dir / "kg");
  std::filesystem::copy(KG_RULES_DIR, dir / "rules", std::filesystem::copy_options::recursive);
  std::string command = std::string(::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 "
                                                       "--clear-groups "
                                                     : "") +
                        (dir / "kg") + " build --rules " + (dir / "rules") + " " + (dir / "in") +
                        " -o " + (dir / "out/graph") + " >" + (dir / "out/stdout") + " 2>" +
                        (dir / "out/stderr");
  int status = std::system(command.c_str());
  std::string err = read_file(dir / "out/stderr");
  INFO(err);
  CHECK(WEXITSTATUS(status) == 3);
  CHECK(err.find("b_locked.txt") != std::string::npos);
  CHECK(err.find("ermission denied") != std::string::npos);
  CHECK(read_file(dir / "out/graph/graph.json").find("person:maria-okafor") != std::string::npos);
}

TEST_CASE("nothing readable at all exits 1 and writes nothing") {
  TempDir dir;
  write(dir / "in/empty.txt", "");
  auto run = run_kg("build " + (dir / "in") + " -o " + (dir / "out"), dir);
  CHECK(run.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "out/graph.json"));
}

TEST_CASE("kg extract reads stdin and writes one JSON line per document") {
  TempDir dir;
  write(dir / "article.txt", kGoodArticle);
  auto run = run_kg("extract - < " + (dir / "article.txt"), dir);
  CHECK(run.exit_code == 0);
  CHECK(count_lines(run.out) == 1);
  CHECK(run.out.rfind("{\"id\":\"stdin\",\"entities\":[", 0) == 0);
  CHECK(run.out.find("\"text\":\"Maria Okafor\"") != std::string::npos);

  write(dir / "dump.jsonl", "{\"id\":\"a\",\"text\":\"Modi met with Biden.\"}\n"
                            "{\"id\":\"b\",\"text\":\"The FTC sued Amazon.\"}\n");
  run = run_kg("extract - -o " + (dir / "out.jsonl") + " < " + (dir / "dump.jsonl"), dir);
  CHECK(run.exit_code == 0);
  std::string out = read_file(dir / "out.jsonl");
  CHECK(count_lines(out) == 2);
  CHECK(out.find("{\"id\":\"b\"") != std::string::npos);
}

TEST_CASE("kg extract --bare-names writes names without the article OntoNotes counts") {
  TempDir dir;
  write(dir / "article.txt", "Lawyers appealed to the Supreme Court on Monday.\n");
  auto run = run_kg("extract " + (dir / "article.txt"), dir);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"start\":20,\"end\":37,\"type\":\"ORG\",\"text\":\"the Supreme Court\"") !=
        std::string::npos);
  run = run_kg("extract --bare-names " + (dir / "article.txt"), dir);
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"start\":24,\"end\":37,\"type\":\"ORG\",\"text\":\"Supreme Court\"") !=
        std::string::npos);
  CHECK(run.out.find("\"canonical\":\"org:supreme-court\"") != std::string::npos);
}

TEST_CASE("an output that cannot be written exits 1 and leaves no partial file") {
  TempDir dir;
  write(dir / "article.txt", kGoodArticle);
  write(dir / "blocker", "a regular file, so nothing can be created under it");
  auto run = run_kg("extract " + (dir / "article.txt") + " -o " + (dir / "blocker/out.jsonl"), dir);
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("blocker/out.jsonl") != std::string::npos);
  run = run_kg("build " + (dir / "article.txt") + " -o " + (dir / "blocker/graph"), dir);
  CHECK(run.exit_code == 1);
}

TEST_CASE("a failed or empty extract leaves an existing output file as it was") {
  TempDir dir;
  write(dir / "keep.jsonl", "precious\n");
  auto run = run_kg("extract " + (dir / "missing.txt") + " -o " + (dir / "keep.jsonl"), dir);
  CHECK(run.exit_code == 1);
  CHECK(read_file(dir / "keep.jsonl") == "precious\n");
  std::filesystem::create_directories(dir / "empty");
  CHECK(run_kg("extract " + (dir / "empty") + " -o " + (dir / "keep.jsonl"), dir).exit_code == 1);
  CHECK(run_kg("build " + (dir / "empty") + " -o " + (dir / "out"), dir).exit_code == 1);
  CHECK(read_file(dir / "keep.jsonl") == "precious\n");
}

TEST_CASE("a full standard output is an error, not a silent success") {
  TempDir dir;
  write(dir / "article.txt", kGoodArticle);
  std::string command = std::string(KG_BINARY) + " extract " + (dir / "article.txt") +
                        " > /dev/full 2>" + (dir / "stderr");
  int status = std::system(command.c_str());
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(read_file(dir / "stderr").find("standard output") != std::string::npos);
}

TEST_CASE("standard input can be named only once") {
  TempDir dir;
  CHECK(run_kg("extract - - < /dev/null", dir).exit_code == 2);
}

TEST_CASE("the graph's name does not depend on how the input path is written") {
  TempDir dir;
  write(dir / "corpus/a.txt", kGoodArticle);
  REQUIRE(run_kg("build " + (dir / "corpus/") + " -o " + (dir / "a"), dir).exit_code == 0);
  REQUIRE(run_kg("build " + (dir / "corpus/../corpus") + " -o " + (dir / "b"), dir).exit_code == 0);
  for (const char* file : {"graph.graphml", "graph.gexf", "graph.json", "triples.jsonl"}) {
    INFO(file);
    CHECK(read_file(dir / "a/" + file) == read_file(dir / "b/" + file));
  }
  CHECK(read_file(dir / "a/graph.json").find("\"name\":\"corpus\"") != std::string::npos);
}

TEST_CASE("a broken rule stops the run with FILE:LINE and RE2's message") {
  TempDir dir;
  std::filesystem::copy(KG_RULES_DIR, dir / "rules", std::filesystem::copy_options::recursive);
  std::ofstream(dir / "rules/relations/zz_local.rules", std::ios::app)
      << "# a user's own rule with a typo\n"
      << "bad_rule FUNDED give 0.5 {SUBJ:PERSON} gave (to {OBJ:ORG}\n";
  write(dir / "article.txt", kGoodArticle);
  auto run = run_kg("extract --rules " + (dir / "rules") + " " + (dir / "article.txt"), dir);
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("zz_local.rules:2") != std::string::npos);
  CHECK(run.err.find("missing )") != std::string::npos);
}

}  // namespace
}  // namespace kg
