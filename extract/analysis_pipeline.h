// AnalysisPipeline: runs an Extractor over a stream of documents and hands the results on in
// input order, so the output is the same whatever the number of threads. With one thread the
// caller's thread analyzes each document as it is pushed. With N > 1, N workers take documents
// from a bounded queue while the caller goes on reading; results reach the sink on the caller's
// thread, in order, as they come in. Memory is bounded by the queue, not by the corpus.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "extract/analysis.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/stage_times.h"

namespace kg {

class AnalysisPipeline {
 public:
  using Sink = std::function<void(const Document&, const DocumentAnalysis&)>;

  // REQUIRES: threads >= 1; extractor outlives the pipeline.
  AnalysisPipeline(const Extractor& extractor, int threads, Sink sink);
  ~AnalysisPipeline();  // finish()
  AnalysisPipeline(const AnalysisPipeline&) = delete;
  AnalysisPipeline& operator=(const AnalysisPipeline&) = delete;

  // Queues a document; waits (handing finished ones to the sink) while the queue is full.
  void push(Document doc);
  // Hands every document still queued to the sink and stops the workers.
  void finish();

  // After finish(): extraction time by stage, summed over threads, and the sink's time.
  const StageTimes& stage_times() const { return times_; }
  double sink_seconds() const { return sink_seconds_; }

 private:
  struct Job {
    Document doc;
    DocumentAnalysis analysis;
    bool done = false;
  };
  void work();
  // Hands the front job to the sink. REQUIRES: lock held, front job done; releases it meanwhile.
  void deliver_front(std::unique_lock<std::mutex>& lock);
  void deliver(const Document& doc, const DocumentAnalysis& analysis);

  const Extractor& extractor_;
  const size_t capacity_;
  Sink sink_;
  StageTimes times_;
  double sink_seconds_ = 0;

  std::mutex mutex_;
  std::condition_variable work_ready_, job_done_;
  std::deque<Job> jobs_;  // in input order; references stay valid as the ends change
  size_t claimed_ = 0;    // jobs_[0, claimed_) are taken by a worker or done
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace kg
