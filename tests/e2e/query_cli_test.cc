// kg query and kg stats on the samples' graph: each command's answer, its JSON, its exit status,
// and every error path (unknown and ambiguous names, bad patterns, unreadable or old graphs).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "tests/e2e/kg_runner.h"

namespace kg {
namespace {

using testing::read_file;
using testing::RunResult;
using testing::TempDir;

// The samples built once; `kg query` runs against the output directory.
struct Samples {
  TempDir dir;
  std::string out;
  Samples() : out(dir / "out") {
    setenv("COLUMNS", "400", 1);  // tables unwrapped, so that a phrase is never split by a line end
    RunResult build =
        testing::run_kg(std::string("build -q ") + KG_SAMPLES_DIR + " -o " + out, dir);
    REQUIRE(build.exit_code == 0);
  }
  RunResult query(const std::string& args) const {
    return testing::run_kg("query " + out + " " + args, dir);
  }
};

const Samples& samples() {
  static const Samples kSamples;
  return kSamples;
}

rapidjson::Document json_of(const RunResult& run) {
  rapidjson::Document doc;
  doc.Parse(run.out.c_str());
  INFO(run.out);
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::string str(const rapidjson::Value& v) {
  return std::string(v.GetString(), v.GetStringLength());
}

TEST_CASE("entity shows the node and its relations by class, both directions") {
  RunResult run = samples().query("entity marchetti --evidence 2");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::StartsWith("Sylvia Marchetti  PERSON  person:sylvia-marchetti\n"));
  CHECK_THAT(run.out, Catch::Contains("FUNDED →"));
  CHECK_THAT(run.out, Catch::Contains("Frontier Forward PAC [ORG]"));
  CHECK_THAT(run.out, Catch::Contains("← OPPOSED"));  // Villanueva criticized her
  CHECK_THAT(run.out, Catch::Contains("Teresa Villanueva [PERSON]"));
  CHECK(run.out.find("\033[") == std::string::npos);  // no colour when stdout is no TTY

  rapidjson::Document doc =
      json_of(samples().query("entity \"Sylvia Marchetti\" --evidence 1 --json"));
  CHECK(str(doc["entity"]["id"]) == "person:sylvia-marchetti");
  bool funded = false;
  for (const auto& r : doc["relations"].GetArray()) {
    if (str(r["edge"]["relation"]) != "FUNDED") continue;
    funded = true;
    CHECK(str(r["direction"]) == "out");
    CHECK(str(r["other"]["id"]) == "org:frontier-forward-pac");
    CHECK(r["edge"]["weight"].GetInt() == 2);
    CHECK(r["edge"]["evidence"].Size() == 1);  // --evidence 1 of 2
  }
  CHECK(funded);
}

TEST_CASE("names match case- and apostrophe-insensitively") {
  rapidjson::Document doc = json_of(samples().query("entity \"ST. JOHN'S\" --json"));
  CHECK(str(doc["entity"]["id"]) == "gpe:st-john");
}

TEST_CASE("an unknown name exits 1 with the nearest names, an ambiguous one 2 with candidates") {
  RunResult unknown = samples().query("entity \"Sylvia Marchetty\"");
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("no entity named \"Sylvia Marchetty\"; nearest names:"));
  CHECK_THAT(unknown.err, Catch::Contains("Sylvia Marchetti [PERSON]  person:sylvia-marchetti"));

  RunResult ambiguous = samples().query("entity Becker");
  CHECK(ambiguous.exit_code == 2);
  CHECK_THAT(ambiguous.err, Catch::Contains("\"Becker\" names 2 entities"));
  CHECK_THAT(ambiguous.err, Catch::Contains("person:laura-becker"));
  CHECK_THAT(ambiguous.err, Catch::Contains("person:tom-becker"));
  rapidjson::Document doc = json_of(samples().query("entity Becker --json"));
  CHECK(str(doc["error"]) == "ambiguous name");
  CHECK(doc["candidates"].Size() == 2);
}

TEST_CASE("relations filters by subject, class, object, types, weight and document") {
  auto sources = [](const RunResult& run) {
    std::multiset<std::string> out;
    rapidjson::Document doc = json_of(run);
    for (const auto& r : doc["relations"].GetArray()) out.insert(str(r["source"]));
    return out;
  };
  CHECK(sources(samples().query("relations --from marchetti --relation paid --json")) ==
        std::multiset<std::string>{"person:sylvia-marchetti", "person:sylvia-marchetti"});
  CHECK(sources(
            samples().query("relations --to \"Frontier Forward PAC\" --relation FUNDED --json")) ==
        std::multiset<std::string>{"person:gordon-pryce", "person:sylvia-marchetti"});
  CHECK(sources(samples().query("relations --to \"Frontier Forward PAC\" --min-weight 2 --json")) ==
        std::multiset<std::string>{"person:sylvia-marchetti"});
  CHECK(sources(samples().query("relations --to \"Frontier Forward PAC\" --type ORG --json")) ==
        std::multiset<std::string>{"org:campaign-legal-center"});
  CHECK(sources(samples().query(
            "relations --from Okoro --doc colorado_super_pac --relation MEMBER_OF --json")) ==
        std::multiset<std::string>{"person:daniel-okoro"});
  // --doc keeps that document's evidence only, in JSON as in the table.
  rapidjson::Document wire = json_of(samples().query(
      "relations --from Okafor --relation LIVES_IN --doc wire-001 --evidence 0 --json"));
  REQUIRE(wire["relations"].Size() >= 1);
  for (const auto& r : wire["relations"].GetArray()) {
    for (const auto& ev : r["evidence"].GetArray()) CHECK(str(ev["doc"]) == "wire-001");
  }
  RunResult elsewhere = samples().query("relations --from Okoro --doc harbor_bank_donation");
  CHECK(elsewhere.exit_code == 1);
  CHECK_THAT(elsewhere.err, Catch::Contains("no relation matches"));

  RunResult table = samples().query("relations --from marchetti --relation FUNDED");
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::StartsWith("subject"));
  CHECK_THAT(table.out,
             Catch::Contains("Sylvia Marchetti  FUNDED ($5 million)  Frontier Forward PAC  2"));
  CHECK(samples().query("relations --type PERSN").exit_code == 2);
}

TEST_CASE("path gives each shortest connection with its hops and evidence") {
  rapidjson::Document doc =
      json_of(samples().query("path \"Sylvia Marchetti\" \"Daniel Okoro\" --json"));
  REQUIRE(doc["paths"].Size() == 1);
  const auto& hops = doc["paths"][0];
  REQUIRE(hops.Size() == 3);
  CHECK(str(hops[0]["to"]["id"]) == "person:teresa-villanueva");
  CHECK_FALSE(hops[0]["forward"].GetBool());  // Villanueva OPPOSED Marchetti
  CHECK(str(hops[1]["to"]["id"]) == "person:walter-brennick");
  CHECK(str(hops[2]["edge"]["relation"]) == "OPPOSED");
  CHECK(str(hops[2]["to"]["id"]) == "person:daniel-okoro");

  RunResult table = samples().query("path \"Sylvia Marchetti\" \"Daniel Okoro\"");
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("path 1 of 1, 3 hops"));
  CHECK_THAT(table.out, Catch::Contains("Sylvia Marchetti ←OPPOSED— Teresa Villanueva"));
  CHECK_THAT(table.out, Catch::Contains("has attacked both Democrats"));

  RunResult short_hops = samples().query("path \"Sylvia Marchetti\" \"Daniel Okoro\" --max-hops 2");
  CHECK(short_hops.exit_code == 1);
  CHECK_THAT(
      short_hops.out,
      Catch::Contains("no connection between Sylvia Marchetti and Daniel Okoro within 2 hops"));
  CHECK(samples().query("path Marchetti Okoro --relation FUNDED").exit_code == 1);
  RunResult typo = samples().query("path Marchetti Okoro --relation FUNDD");
  CHECK(typo.exit_code == 1);
  CHECK_THAT(typo.err, Catch::Contains("no edge has relation FUNDD; this graph has: ACQUIRED"));
  CHECK(samples().query("path Marchetti Okoro --paths 0").exit_code == 2);
  RunResult same = samples().query("path Marchetti \"Sylvia Marchetti\"");
  CHECK(same.exit_code == 0);
  CHECK_THAT(same.out, Catch::Contains("are the same entity, Sylvia Marchetti"));
  // Okafor and Adeyemi are joined by more shortest paths than asked for: the answer says so.
  rapidjson::Document cut = json_of(samples().query("path Okafor Adeyemi --paths 1 --json"));
  CHECK(cut["paths"].Size() == 1);
  CHECK(cut["truncated"].GetBool());
}

TEST_CASE("top ranks by degree, pagerank, betweenness and mentions, ties by id") {
  rapidjson::Document degree = json_of(samples().query("top --by degree -n 2 --json"));
  REQUIRE(degree["ranking"].Size() == 2);
  CHECK(str(degree["ranking"][0]["entity"]["id"]) == "gpe:ohio");
  CHECK(str(degree["ranking"][1]["entity"]["id"]) == "org:veridian-semiconductor");
  CHECK(degree["ranking"][0]["score"].GetDouble() == 10);
  rapidjson::Document people = json_of(samples().query("top --type person -n 2 --json"));
  CHECK(str(people["ranking"][0]["entity"]["id"]) == "person:maria-okafor");
  CHECK(str(people["ranking"][1]["entity"]["id"]) == "person:samuel-adeyemi");
  for (const char* by : {"pagerank", "betweenness", "mentions"}) {
    rapidjson::Document ranked =
        json_of(samples().query(std::string("top -n 5 --json --by ") + by));
    CHECK(ranked["ranking"].Size() == 5);
    CHECK(ranked["ranking"][0]["score"].GetDouble() >= ranked["ranking"][4]["score"].GetDouble());
  }
  CHECK(samples().query("top --by fame").exit_code == 2);
}

TEST_CASE("ego writes the neighbourhood in kg build's formats, by extension") {
  TempDir dir;
  RunResult run =
      samples().query("ego \"Frontier Forward PAC\" --depth 1 -o " + (dir / "ego.graphml"));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("5 nodes, 4 edges written to"));
  // The written file is a graph kg reads back.
  RunResult back =
      testing::run_kg("query " + (dir / "ego.graphml") + " entity \"Gordon Pryce\" --json", dir);
  CHECK(back.exit_code == 0);
  for (const char* name : {"ego.gexf", "ego.json"}) {
    CHECK(samples().query("ego \"Frontier Forward PAC\" -o " + (dir / name)).exit_code == 0);
    CHECK_THAT(read_file(dir / name), Catch::Contains("frontier-forward-pac"));
  }
  CHECK(samples().query("ego \"Frontier Forward PAC\" -o " + (dir / "ego.png")).exit_code == 2);
  rapidjson::Document doc =
      json_of(samples().query("ego \"Frontier Forward PAC\" --depth 0 --json"));
  CHECK(doc["nodes"].Size() == 1);
  CHECK(doc["edges"].Size() == 0);
}

TEST_CASE("match returns rows of bound names, and a bad pattern points at its column") {
  rapidjson::Document doc = json_of(
      samples().query("match \"(p:PERSON)-[:FUNDED]->(x {name:'Frontier Forward PAC'})\" --json"));
  std::set<std::string> funders;
  for (const auto& row : doc["rows"].GetArray()) funders.insert(str(row["p"]["id"]));
  CHECK(funders == std::set<std::string>{"person:gordon-pryce", "person:sylvia-marchetti"});

  RunResult table = samples().query("match \"(a {name:'Okoro'})-[r]-(b)\"");
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("MEMBER_OF"));
  CHECK_THAT(table.out, Catch::Contains("Walter Brennick [PERSON]"));

  RunResult bad = samples().query("match \"(p:PERSN)-[:FUNDED]->(x)\"");
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains("bad pattern at column 4"));
  CHECK_THAT(bad.err, Catch::Contains("\n     ^\n"));
  CHECK(samples().query("match \"(p:PERSON)-[:NEVER_SEEN]->(x)\"").exit_code == 1);
}

TEST_CASE("stats counts nodes and edges by type and class, components, hubs and warnings") {
  rapidjson::Document graph;
  const std::string graph_json = read_file(samples().out + "/graph.json");
  graph.Parse(graph_json.c_str());
  RunResult run = testing::run_kg("stats " + samples().out + " --json", samples().dir);
  REQUIRE(run.exit_code == 0);
  rapidjson::Document stats = json_of(run);
  CHECK(stats["nodes"].GetUint64() == graph["nodes"].Size());
  CHECK(stats["edges"].GetUint64() == graph["links"].Size());
  CHECK(stats["documents"].GetInt() == 21);
  size_t funded = 0;
  for (const auto& link : graph["links"].GetArray()) funded += str(link["relation"]) == "FUNDED";
  CHECK(stats["edges_by_relation"]["FUNDED"].GetUint64() == funded);
  CHECK(stats["components"].GetUint64() > 1);
  CHECK(str(stats["hubs"][0]["entity"]["id"]) == "gpe:ohio");
  RunResult table = testing::run_kg("stats " + samples().out, samples().dir);
  CHECK_THAT(table.out, Catch::Contains(" edges from 21 documents"));
}

TEST_CASE("an unreadable, truncated or old graph exits 2 naming the file") {
  TempDir dir;
  RunResult missing = testing::run_kg("query " + (dir / "nowhere") + " entity X", dir);
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains(dir / "nowhere" + ": no such file or directory"));

  const std::string whole = read_file(samples().out + "/graph.json");
  std::ofstream(dir / "cut.json") << whole.substr(0, whole.size() / 3);
  RunResult cut = testing::run_kg("stats " + (dir / "cut.json"), dir);
  CHECK(cut.exit_code == 2);
  CHECK_THAT(cut.err, Catch::Contains(dir / "cut.json:"));
  CHECK_THAT(cut.err, Catch::Contains("invalid JSON"));

  std::ofstream(dir / "old.json") << R"({"graph": {"name": "x"}, "nodes": [], "links": []})";
  RunResult old = testing::run_kg("query " + (dir / "old.json") + " top", dir);
  CHECK(old.exit_code == 2);
  CHECK_THAT(old.err, Catch::Contains("written by an older kg"));
}

TEST_CASE("a directory with only graph.graphml is read, documents counted from its evidence") {
  TempDir dir;
  std::filesystem::create_directories(dir / "g");
  std::filesystem::copy_file(samples().out + "/graph.graphml", dir / "g/graph.graphml");
  RunResult stats = testing::run_kg("stats " + (dir / "g") + " --json", dir);
  REQUIRE(stats.exit_code == 0);
  CHECK(json_of(stats)["documents"].GetInt() == 21);
  RunResult entity = testing::run_kg("query " + (dir / "g") + " entity marchetti --json", dir);
  CHECK(entity.exit_code == 0);

  std::string graphml = read_file(samples().out + "/graph.graphml");
  const std::string format = "<data key=\"kg_format\">1</data>";
  graphml.erase(graphml.find(format), format.size());
  std::ofstream(dir / "old.graphml") << graphml;
  RunResult old = testing::run_kg("query " + (dir / "old.graphml") + " top", dir);
  CHECK(old.exit_code == 2);
  CHECK_THAT(old.err, Catch::Contains("written by an older kg"));
  std::ofstream(dir / "broken.graphml") << graphml.substr(0, graphml.size() / 2);
  RunResult broken = testing::run_kg("stats " + (dir / "broken.graphml"), dir);
  CHECK(broken.exit_code == 2);
  CHECK_THAT(broken.err, Catch::Contains(dir / "broken.graphml: "));
}

// The widest line of `text`, in code points.
size_t longest_line(const std::string& text) {
  size_t longest = 0, start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    size_t width = 0;
    for (size_t i = start; i < end; ++i)
      width += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    longest = std::max(longest, width);
  }
  return longest;
}

TEST_CASE("tables fit a narrow terminal: names cut with an ellipsis, evidence under its row") {
  TempDir dir;
  const std::string out = samples().out;  // built first: building sets COLUMNS wide
  setenv("COLUMNS", "50", 1);
  for (const char* args : {"relations --relation FUNDED", "top -n 10", "entity Okafor",
                           "match \"(a)-[r]->(b)\" --limit 20", "path Marchetti Okoro", "stats"}) {
    RunResult run =
        testing::run_kg(std::string(args) == "stats" ? "stats " + samples().out
                                                     : "query " + samples().out + " " + args,
                        dir);
    INFO(args);
    REQUIRE(run.exit_code == 0);
    CHECK(longest_line(run.out) <= 50);
  }
  setenv("COLUMNS", "400", 1);
}

TEST_CASE("colour only when asked or on a TTY, and --help for every subcommand has examples") {
  CHECK(samples().query("entity Okoro --color auto").out.find("\033[") == std::string::npos);
  CHECK(samples().query("entity Okoro --color always").out.find("\033[1m") != std::string::npos);
  CHECK(samples().query("entity Okoro --color never").out.find("\033[") == std::string::npos);
  for (const char* command : {"entity", "relations", "path", "top", "ego", "match"}) {
    RunResult help = samples().query(std::string(command) + " --help");
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Catch::Contains("xample"));
  }
  TempDir dir;
  CHECK(testing::run_kg("stats --help", dir).out.find("Example") != std::string::npos);
  CHECK(testing::run_kg("query --help", dir).out.find("Exit status") != std::string::npos);
}

}  // namespace
}  // namespace kg
