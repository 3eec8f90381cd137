// Progress on long runs: what the line says, when it is drawn, and that it stays off the
// terminal-less default; the binary is run under a pseudo-terminal (script) and without one.
#include "base/progress.h"

#include <sstream>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

TEST_CASE("the progress line: documents, MB of the total, MB/s and time left") {
  std::ostringstream out;
  Progress progress(Progress::Mode::kLines, 10'000'000, out);
  progress.advance(5'000'000);  // the first document is shown at once, without a time left yet
  std::string line = out.str();
  CHECK_THAT(line, Catch::StartsWith("kg: 1 documents, 5.0 MB of 10.0 (50%), "));
  CHECK_THAT(line, Catch::EndsWith(" MB/s\n"));
  progress.advance(1'000'000);  // within 5 s of the last line: not drawn again
  CHECK(out.str() == line);
  // A skipped document's message gets its own line, and the progress is drawn again after it;
  // a second in, with the time left.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  progress.note("kg: a.txt: invalid UTF-8 at byte 3");
  CHECK(out.str() == line + "kg: a.txt: invalid UTF-8 at byte 3\n");
  const size_t before = out.str().size();
  progress.advance(1'000'000);
  line = out.str().substr(before);
  CHECK_THAT(line, Catch::StartsWith("kg: 3 documents, 7.0 MB of 10.0 (70%), ") &&
                       Catch::Contains(" MB/s, ") && Catch::EndsWith(" s left\n"));
}

TEST_CASE("in place, the line is redrawn over itself and cleared at the end") {
  std::ostringstream out;
  {
    Progress progress(Progress::Mode::kInPlace, 0, out);  // size unknown: no percentage, no ETA
    progress.advance(2'000'000);
  }
  CHECK_THAT(out.str(), Catch::StartsWith("\r\033[Kkg: 1 documents, 2.0 MB, "));
  CHECK_THAT(out.str(), !Catch::Contains(" of ") && !Catch::Contains("left"));
  CHECK_THAT(out.str(), Catch::EndsWith("\r\033[K"));  // the summary starts on a clean line
}

TEST_CASE("off, nothing is written") {
  std::ostringstream out;
  Progress progress(Progress::Mode::kOff, 100, out);
  progress.advance(50);
  progress.finish();
  CHECK(out.str().empty());
}

TEST_CASE("durations read as a person would say them") {
  CHECK(format_duration(12.4) == "12 s");
  CHECK(format_duration(185) == "3 min 05 s");
  CHECK(format_duration(3720) == "1 h 02 min");
}

// Runs `kg ARGS` under a pseudo-terminal; returns what the terminal showed.
std::string on_terminal(const std::string& args, const testing::TempDir& dir) {
  const std::string command = "script -qec '" + std::string(KG_BINARY) + " " + args +
                              "' /dev/null > " + (dir / "tty") + " 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  return testing::read_file(dir / "tty");
}

const std::string kSamples = KG_SAMPLES_DIR;

TEST_CASE("kg build on a terminal shows progress in place, then the one-line summary") {
  testing::TempDir dir;
  const std::string shown = on_terminal("build " + kSamples + " -o " + (dir / "out"), dir);
  CHECK_THAT(shown, Catch::Contains("\r\033[Kkg: 1 documents, "));
  CHECK_THAT(shown, Catch::Contains(" MB/s"));
  CHECK_THAT(shown, Catch::Contains("\r\033[Kkg: 21 documents -> 304 nodes, 234 edges in "));
  CHECK_THAT(on_terminal("build " + kSamples + " -o " + (dir / "out") + " --quiet", dir),
             !Catch::Contains("\033[K"));
}

TEST_CASE("without a terminal there is no progress unless --progress asks, as plain lines") {
  testing::TempDir dir;
  testing::RunResult run = testing::run_kg("build " + kSamples + " -o " + (dir / "out"), dir);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK_THAT(run.out, Catch::StartsWith("kg: 21 documents -> 304 nodes, 234 edges in ") &&
                          Catch::Contains(" s)\n"));
  run = testing::run_kg("build " + kSamples + " -o " + (dir / "out") + " --progress", dir);
  CHECK_THAT(run.err, Catch::StartsWith("kg: 1 documents, ") && !Catch::Contains("\r"));
  run = testing::run_kg("extract " + kSamples + " -o " + (dir / "x.jsonl") + " --progress", dir);
  CHECK_THAT(run.err, Catch::Contains("kg: 21 documents -> ") && Catch::Contains(" triples in "));
  run = testing::run_kg("merge " + (dir / "x.jsonl") + " -o " + (dir / "m") + " --progress", dir);
  CHECK_THAT(run.err, Catch::StartsWith("kg: 1 documents, "));
  CHECK_THAT(run.out, Catch::StartsWith("kg: 21 documents -> 304 nodes, 234 edges in "));
}

TEST_CASE("kg build --timings gives seconds and MB/s for every stage") {
  testing::TempDir dir;
  const testing::RunResult run =
      testing::run_kg("build " + kSamples + " -o " + (dir / "out") + " --timings -q -j 2", dir);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.err, Catch::StartsWith("kg: timings over 0.0") && Catch::Contains(" MB of text"));
  for (const char* stage :
       {"read", "split", "entities", "canonicalize", "relations", "graph", "export", "total"}) {
    CHECK_THAT(run.err,
               Catch::Contains(std::string("\n  ") + stage + " ") && Catch::Contains(" MB/s"));
  }
}

}  // namespace
}  // namespace kg
