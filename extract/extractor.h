// Extractor: the whole extraction pipeline for one document, loaded once from a rules directory:
// sentences -> mentions -> canonical entities -> triples. analyze() is const and keeps no state,
// so one Extractor serves any number of threads.
#pragma once

#include <string>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/canonicalizer.h"
#include "extract/document.h"
#include "extract/mention_finder.h"
#include "extract/triple_extractor.h"

namespace kg {

class Extractor {
 public:
  static Result<Extractor> load(const std::string& rules_dir);
  DocumentAnalysis analyze(const Document& doc) const;

 private:
  Extractor(MentionFinder mentions, Canonicalizer canonicalizer, TripleExtractor triples)
      : mentions_(std::move(mentions)),
        canonicalizer_(std::move(canonicalizer)),
        triples_(std::move(triples)) {}

  MentionFinder mentions_;
  Canonicalizer canonicalizer_;
  TripleExtractor triples_;
};

}  // namespace kg
