#include "export/html_writer.h"

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "export/writers.h"
#include "tests/export/export_fixture.h"

namespace kg {
namespace {

// A page directory like web/, with small stand-ins for the real scripts.
void write_web_dir(const testing::TempDir& dir, const std::string& view_js = "start();") {
  std::ofstream(dir / "page.html") << "<html><style>/*kg:style*/</style>"
                                      "<script>/*kg:vendor*/</script>"
                                      "<script>window.KG_GRAPH = /*kg:graph*/;</script>"
                                      "<script>/*kg:view*/</script></html>\n";
  std::ofstream(dir / "view.css") << "body { margin: 0; }";
  std::ofstream(dir / "vendor.js") << "var Sigma = {};";
  std::ofstream(dir / "view.js") << view_js;
}

std::string page_of(const Graph& graph, const WebAssets& assets) {
  std::ostringstream out;
  write_graph_html(graph, assets, out);
  return out.str();
}

// The text between `before` and the next `after`.
std::string between(const std::string& text, const std::string& before, const std::string& after) {
  const size_t start = text.find(before);
  REQUIRE(start != std::string::npos);
  const size_t end = text.find(after, start + before.size());
  REQUIRE(end != std::string::npos);
  return text.substr(start + before.size(), end - start - before.size());
}

TEST_CASE("graph.html fills every slot of page.html, and the graph is graph.json's") {
  testing::TempDir dir;
  write_web_dir(dir);
  Result<WebAssets> assets = WebAssets::load(dir.path());
  REQUIRE(assets.ok());
  const Graph graph = testing::sample_graph();
  const std::string page = page_of(graph, *assets);

  CHECK(page.find("/*kg:") == std::string::npos);
  CHECK(between(page, "<style>", "</style>") == "body { margin: 0; }");
  CHECK(page.find("<script>var Sigma = {};</script>") != std::string::npos);
  CHECK(page.find("<script>start();</script></html>\n") != std::string::npos);

  const std::string json = between(page, "window.KG_GRAPH = ", ";</script>");
  std::ostringstream expected;
  write_node_link_json(graph, expected);
  rapidjson::Document from_page, from_file;
  from_page.Parse(json.c_str(), json.size());
  from_file.Parse(expected.str().c_str());
  REQUIRE_FALSE(from_page.HasParseError());
  CHECK(from_page == from_file);
}

TEST_CASE("graph.html: no '<' of the graph reaches the page, so evidence cannot end the script") {
  testing::TempDir dir;
  write_web_dir(dir);
  Result<WebAssets> assets = WebAssets::load(dir.path());
  REQUIRE(assets.ok());
  Graph graph = testing::sample_graph();
  auto vertex = *boost::vertices(graph).first;
  graph[vertex].label = "</script><script>alert(1)</script>";
  const std::string json = between(page_of(graph, *assets), "window.KG_GRAPH = ", ";</script>");
  CHECK(json.find('<') == std::string::npos);
  CHECK(json.find("\\u003c/script>\\u003cscript>alert(1)") != std::string::npos);
  rapidjson::Document parsed;
  parsed.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(parsed.HasParseError());
  CHECK(std::string(parsed["nodes"][0]["label"].GetString()) == graph[vertex].label);
}

TEST_CASE("WebAssets::load says which part is missing or unsafe") {
  testing::TempDir dir;
  write_web_dir(dir);
  std::filesystem::remove(dir / "vendor.js");
  Result<WebAssets> missing = WebAssets::load(dir.path());
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(),
             Catch::Contains(dir / "vendor.js") && Catch::Contains("scripts/vendor_web.sh"));

  write_web_dir(dir, "if (a) document.write('</SCRIPT>');");
  Result<WebAssets> closing = WebAssets::load(dir.path());
  REQUIRE_FALSE(closing.ok());
  CHECK_THAT(closing.status().message(), Catch::Contains("view.js contains </script"));

  write_web_dir(dir);
  std::ofstream(dir / "page.html") << "<html><script>/*kg:view*/</script></html>";
  Result<WebAssets> no_slot = WebAssets::load(dir.path());
  REQUIRE_FALSE(no_slot.ok());
  CHECK_THAT(no_slot.status().message(), Catch::Contains("page.html: the slot /*kg:style*/"));
}

TEST_CASE("the shipped web/ page loads, when scripts/vendor_web.sh has built vendor.js") {
  const std::string web = std::string(KG_SAMPLES_DIR) + "/../web";
  if (!std::filesystem::exists(web + "/vendor.js")) {
    WARN("web/vendor.js not built (scripts/vendor_web.sh): the shipped page is not checked");
    return;
  }
  Result<WebAssets> assets = WebAssets::load(web);
  REQUIRE(assets.ok());
  const std::string page = page_of(testing::sample_graph(), *assets);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("/*kg:") == std::string::npos);
}

}  // namespace
}  // namespace kg
