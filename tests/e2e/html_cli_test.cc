// kg build --html and kg view, run as a user would, with a small web/ directory of our own
// ($KG_WEB) so the test needs no npm.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

std::string make_web_dir(const testing::TempDir& dir, bool with_vendor = true) {
  const std::string web = dir / "web";
  std::filesystem::create_directories(web);
  std::ofstream(web + "/page.html") << "<!DOCTYPE html><style>/*kg:style*/</style>"
                                       "<script>/*kg:vendor*/</script>"
                                       "<script>window.KG_GRAPH = /*kg:graph*/;</script>"
                                       "<script>/*kg:view*/</script>\n";
  std::ofstream(web + "/view.css") << "body{}";
  std::ofstream(web + "/view.js") << "draw();";
  if (with_vendor) std::ofstream(web + "/vendor.js") << "var Sigma;";
  return web;
}

const std::string kSamples = KG_SAMPLES_DIR;

TEST_CASE("kg build --html writes graph.html with the graph, and kg view remakes the same page") {
  testing::TempDir dir;
  const std::string env = "KG_WEB=" + make_web_dir(dir) + " ";
  const std::string out = dir / "out";
  REQUIRE(std::system(
              (env + KG_BINARY + " build " + kSamples + " -o " + out + " --html -q").c_str()) == 0);
  const std::string page = testing::read_file(out + "/graph.html");
  CHECK(page.rfind("<!DOCTYPE html><style>body{}</style><script>var Sigma;</script>", 0) == 0);
  CHECK(page.find("\"label\":\"Sylvia Marchetti\"") != std::string::npos);
  CHECK(page.find("/*kg:") == std::string::npos);

  REQUIRE(
      std::system((env + KG_BINARY + " view " + out + " -o " + (dir / "again.html") + " >/dev/null")
                      .c_str()) == 0);
  CHECK(testing::read_file(dir / "again.html") == page);

  // From GraphML, beside the file by default.
  REQUIRE(std::system((env + KG_BINARY + " view " + out + "/graph.graphml >/dev/null").c_str()) ==
          0);
  CHECK(testing::read_file(out + "/graph.html").find("Sylvia Marchetti") != std::string::npos);
}

TEST_CASE("kg build without --html writes no page") {
  testing::TempDir dir;
  const testing::RunResult run =
      testing::run_kg("build " + kSamples + " -o " + (dir / "out") + " -q", dir);
  REQUIRE(run.exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(dir / "out/graph.html"));
}

TEST_CASE("kg build --html without vendor.js stops before reading the corpus and writes nothing") {
  testing::TempDir dir;
  const std::string web = make_web_dir(dir, false);
  const std::string command = "KG_WEB=" + web + " " + KG_BINARY + " build " + kSamples + " -o " +
                              (dir / "out") + " --html 2>" + (dir / "err");
  const int status = std::system(command.c_str());
  CHECK(WEXITSTATUS(status) == 1);
  const std::string err = testing::read_file(dir / "err");
  CHECK_THAT(err, Catch::Contains(web + "/vendor.js is missing") &&
                      Catch::Contains("scripts/vendor_web.sh"));
  CHECK_FALSE(std::filesystem::exists(dir / "out/graph.json"));
}

TEST_CASE("kg view of a missing graph names it and exits 1") {
  testing::TempDir dir;
  const std::string command = "KG_WEB=" + make_web_dir(dir) + " " + KG_BINARY + " view " +
                              (dir / "nowhere") + " 2>" + (dir / "err");
  CHECK(WEXITSTATUS(std::system(command.c_str())) == 1);
  CHECK_THAT(testing::read_file(dir / "err"), Catch::Contains(dir / "nowhere"));
  CHECK_FALSE(std::filesystem::exists(dir / "nowhere.html"));
}

}  // namespace
}  // namespace kg
