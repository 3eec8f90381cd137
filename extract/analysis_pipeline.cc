#include "extract/analysis_pipeline.h"

namespace kg {
namespace {
// Enough queued documents per worker that no worker waits on a long article in front of it.
constexpr size_t kQueuedPerThread = 64;
}  // namespace

AnalysisPipeline::AnalysisPipeline(const Extractor& extractor, int threads, Sink sink)
    : extractor_(extractor),
      capacity_(kQueuedPerThread * static_cast<size_t>(threads < 1 ? 1 : threads)),
      sink_(std::move(sink)) {
  if (threads > 1) {
    for (int t = 0; t < threads; ++t) workers_.emplace_back([this] { work(); });
  }
}

AnalysisPipeline::~AnalysisPipeline() { finish(); }

void AnalysisPipeline::deliver(const Document& doc, const DocumentAnalysis& analysis) {
  Stopwatch watch;
  sink_(doc, analysis);
  sink_seconds_ += watch.lap();
}

void AnalysisPipeline::push(Document doc) {
  if (workers_.empty()) {
    const DocumentAnalysis analysis = extractor_.analyze(doc, &times_);
    deliver(doc, analysis);
    return;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  while (!jobs_.empty() && jobs_.front().done) deliver_front(lock);
  while (jobs_.size() >= capacity_) {
    job_done_.wait(lock, [&] { return jobs_.front().done; });
    deliver_front(lock);
  }
  jobs_.push_back(Job{std::move(doc), {}, false});
  work_ready_.notify_one();
}

void AnalysisPipeline::deliver_front(std::unique_lock<std::mutex>& lock) {
  Job job = std::move(jobs_.front());
  jobs_.pop_front();
  --claimed_;  // the front was claimed
  lock.unlock();
  deliver(job.doc, job.analysis);
  lock.lock();
}

void AnalysisPipeline::work() {
  StageTimes mine;
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    work_ready_.wait(lock, [&] { return stopping_ || claimed_ < jobs_.size(); });
    if (claimed_ == jobs_.size()) break;  // stopping, nothing left
    Job& job = jobs_[claimed_++];
    lock.unlock();
    job.analysis = extractor_.analyze(job.doc, &mine);
    lock.lock();
    job.done = true;
    job_done_.notify_all();
  }
  times_ += mine;
}

void AnalysisPipeline::finish() {
  if (workers_.empty()) return;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!jobs_.empty()) {
      job_done_.wait(lock, [&] { return jobs_.front().done; });
      deliver_front(lock);
    }
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
  workers_.clear();
}

}  // namespace kg
