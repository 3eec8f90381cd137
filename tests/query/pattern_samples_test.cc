// match_pattern on the graph of samples/, built in-process with the shipped rules; the answers are
// the triples that samples/EXPECTED.md says the articles state.
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/input_reader.h"
#include "graph/graph_builder.h"
#include "query/pattern_matcher.h"
#include "query/pattern_parser.h"
#include "tests/shipped_rules.h"

namespace kg {
namespace {

const Graph& samples_graph() {
  static const Graph kGraph = [] {
    GraphBuilder builder;
    std::istringstream no_stdin;
    read_inputs(
        {KG_SAMPLES_DIR},
        [&](Document&& doc) { builder.add(contribution_of(doc, testing::shipped_extractor().analyze(doc))); },
        [](const InputProblem& problem) { FAIL(problem.message); }, no_stdin);
    return builder.finish("samples");
  }();
  return kGraph;
}

// "Walter Kessler -> Rebecca Harris": the labels of a row's nodes.
std::vector<std::string> labels(const std::string& text, size_t limit = 100) {
  PatternParse parse = parse_pattern(text);
  INFO(text << ": " << parse.error);
  REQUIRE(parse.pattern.has_value());
  const Graph& graph = samples_graph();
  std::vector<std::string> out;
  for (const PatternRow& row : match_pattern(graph, *parse.pattern, limit).rows) {
    std::string line;
    for (Vertex v : row.nodes) line += (line.empty() ? "" : " -> ") + graph[v].label;
    out.push_back(line);
  }
  return out;
}

using Rows = std::vector<std::string>;

TEST_CASE("the samples' people who funded someone, by person id then edge") {
  // EXPECTED.md: harbor_bank_donation (Whitmore, twice), colorado_super_pac (Pryce; Marchetti's
  // $9 million and $5 million are one edge of weight 2), donation_harris_campaign (Kessler).
  CHECK(labels("(p:PERSON)-[:FUNDED]->(x)") ==
        Rows{"Eleanor J. Whitmore -> Chesapeake Literacy Fund",
             "Eleanor J. Whitmore -> Raymond Teller", "Gordon Pryce -> Frontier Forward PAC",
             "Sylvia Marchetti -> Frontier Forward PAC", "Walter Kessler -> Rebecca Harris"});
}

TEST_CASE("a name typed without capitals finds the samples' node by its alias") {
  // donation_harris_campaign: "Walter Kessler ... Kessler"; he founded Kessler Ridge Capital,
  // funded Rebecca Harris and lives in Philadelphia; Grant Holloway criticized him.
  CHECK(labels("(k:PERSON {name:'kessler'})-[:FOUNDED|FUNDED]->(x)") ==
        Rows{"Walter Kessler -> Kessler Ridge Capital", "Walter Kessler -> Rebecca Harris"});
  CHECK(labels("(k {name:'Walter Kessler'})<-[:OPPOSED]-(x)") ==
        Rows{"Walter Kessler -> Grant Holloway"});
}

TEST_CASE("two hops: who holds a role at an agency that another organisation has a contract with") {
  // delta_pumping_contract: Holly Brennan is a spokeswoman of the California Department of Water
  // Resources, which gave Tidewater Systems its $450 million contract.
  CHECK(
      labels("(a:PERSON)-[:ROLE]->(o:ORG)<-[:CONTRACT]-(g)") ==
      Rows{"Holly Brennan -> California Department of Water Resources -> Tidewater Systems Inc."});
}

TEST_CASE("a limit on the samples keeps the first rows") {
  PatternParse parse = parse_pattern("(p:PERSON)-[:FUNDED]->(x)");
  REQUIRE(parse.pattern.has_value());
  const PatternMatches matches = match_pattern(samples_graph(), *parse.pattern, 2);
  CHECK(matches.truncated);
  CHECK(matches.rows.size() == 2);
  CHECK(labels("(p:PERSON)-[:FUNDED]->(x)", 2) ==
        Rows{"Eleanor J. Whitmore -> Chesapeake Literacy Fund",
             "Eleanor J. Whitmore -> Raymond Teller"});
}

}  // namespace
}  // namespace kg
