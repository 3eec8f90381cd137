// The extractor built from the project's own rules/, loaded once per test binary.
#pragma once

#include <catch2/catch.hpp>

#include "extract/extractor.h"

namespace kg::testing {

inline const Extractor& shipped_extractor() {
  static const Extractor kExtractor = [] {
    Result<Extractor> loaded = Extractor::load(KG_RULES_DIR);
    INFO(loaded.status().message());
    REQUIRE(loaded.ok());
    return std::move(*loaded);
  }();
  return kExtractor;
}

}  // namespace kg::testing
