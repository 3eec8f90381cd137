// AnalysisPipeline: runs an Extractor over a stream of documents on several threads and hands the
// results on in input order, so the output is the same whatever the number of threads. Memory is
// bounded by one batch of documents, not by the corpus.
#pragma once

#include <functional>
#include <vector>

#include "extract/analysis.h"
#include "extract/document.h"
#include "extract/extractor.h"

namespace kg {

class AnalysisPipeline {
 public:
  using Sink = std::function<void(const Document&, const DocumentAnalysis&)>;

  // REQUIRES: threads >= 1; extractor outlives the pipeline.
  AnalysisPipeline(const Extractor& extractor, int threads, Sink sink);
  ~AnalysisPipeline();  // flushes

  void push(Document doc);
  // Analyzes what is queued and hands it to the sink; called by push() when a batch is full.
  void flush();

 private:
  const Extractor& extractor_;
  int threads_;
  Sink sink_;
  std::vector<Document> batch_;
};

}  // namespace kg
