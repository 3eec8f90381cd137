// The graph of samples/, built in-process (extractor + GraphBuilder, as `kg build samples/`
// does) once per test binary.
#pragma once

#include <catch2/catch.hpp>

#include <sstream>

#include "extract/input_reader.h"
#include "graph/graph_builder.h"
#include "tests/shipped_rules.h"

namespace kg::testing {

inline const Graph& samples_graph() {
  static const Graph kGraph = [] {
    GraphBuilder builder;
    std::istringstream no_stdin;
    ReadStats stats = read_inputs(
        {KG_SAMPLES_DIR},
        [&](Document&& doc) { builder.add(contribution_of(doc, shipped_extractor().analyze(doc))); },
        [](const InputProblem& problem) { FAIL(problem.message); }, no_stdin);
    REQUIRE(stats.documents == 21);
    return builder.finish("samples");
  }();
  return kGraph;
}

}  // namespace kg::testing
