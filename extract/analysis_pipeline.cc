#include "extract/analysis_pipeline.h"

#include <atomic>
#include <thread>

namespace kg {
namespace {
constexpr size_t kDocumentsPerThread = 32;
}  // namespace

AnalysisPipeline::AnalysisPipeline(const Extractor& extractor, int threads, Sink sink)
    : extractor_(extractor), threads_(threads < 1 ? 1 : threads), sink_(std::move(sink)) {
  batch_.reserve(kDocumentsPerThread * static_cast<size_t>(threads_));
}

AnalysisPipeline::~AnalysisPipeline() { flush(); }

void AnalysisPipeline::push(Document doc) {
  batch_.push_back(std::move(doc));
  if (batch_.size() >= kDocumentsPerThread * static_cast<size_t>(threads_)) flush();
}

void AnalysisPipeline::flush() {
  if (batch_.empty()) return;
  std::vector<DocumentAnalysis> results(batch_.size());
  if (threads_ == 1) {
    for (size_t i = 0; i < batch_.size(); ++i) results[i] = extractor_.analyze(batch_[i]);
  } else {
    // Documents differ a lot in length: threads take the next document as they finish one.
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < batch_.size(); i = next++) {
        results[i] = extractor_.analyze(batch_[i]);
      }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads_; ++t) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();
  }
  for (size_t i = 0; i < batch_.size(); ++i) sink_(batch_[i], results[i]);
  batch_.clear();
}

}  // namespace kg
