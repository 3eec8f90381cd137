// Extractor: the whole extraction pipeline for one document, loaded once from a rules directory:
// sentences -> mentions -> canonical entities -> descriptions
// resolved to them ("the senator"), then "Its" -> triples. analyze() is const and keeps no state,
// so one Extractor serves any number of threads.
#pragma once

#include <string>

#include "base/status.h"
#include "extract/analysis.h"
#include "extract/canonicalizer.h"
#include "extract/document.h"
#include "extract/its_references.h"
#include "extract/mention_finder.h"
#include "extract/mention_spans.h"
#include "extract/nominal_references.h"
#include "extract/stage_times.h"
#include "extract/triple_extractor.h"

namespace kg {

class Extractor {
 public:
  // style says how mentions are written (Mention::written): with the "the" and "'s" OntoNotes
  // counts, or bare.
  static Result<Extractor> load(const std::string& rules_dir,
                                MentionStyle style = MentionStyle::kOntoNotes);
  // Adds the time of each stage to *times when given.
  DocumentAnalysis analyze(const Document& doc, StageTimes* times = nullptr) const;

 private:
  Extractor(MentionFinder mentions, Canonicalizer canonicalizer, NominalReferences references,
            ItsReferences its, TripleExtractor triples, MentionSpans spans, MentionStyle style)
      : mentions_(std::move(mentions)),
        canonicalizer_(std::move(canonicalizer)),
        references_(std::move(references)),
        its_(std::move(its)),
        triples_(std::move(triples)),
        spans_(std::move(spans)),
        style_(style) {}

  MentionFinder mentions_;
  Canonicalizer canonicalizer_;
  NominalReferences references_;
  ItsReferences its_;
  TripleExtractor triples_;
  MentionSpans spans_;
  MentionStyle style_;
};

}  // namespace kg
