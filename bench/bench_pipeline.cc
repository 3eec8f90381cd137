// bench_pipeline: median MB/s of each extraction stage on one JSONL corpus, and its ratio to the
// split+tokenize baseline. A ratio survives a noisy shared machine; an absolute time does not.
// Usage: bench_pipeline [--rules DIR] [--runs N] FILE.jsonl
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "extract/canonicalizer.h"
#include "extract/extractor.h"
#include "extract/input_reader.h"
#include "extract/mention_finder.h"
#include "extract/pattern_rules.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "extract/triple_extractor.h"

namespace {

// Keeps the optimizer from dropping a stage's work.
size_t g_sink = 0;

double median_seconds(int runs, const std::function<double()>& stage) {
  std::vector<double> times;
  for (int r = 0; r < runs; ++r) times.push_back(stage());
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

template <class T>
T check(kg::Result<T> r) {
  if (!r.ok()) {
    std::fprintf(stderr, "bench_pipeline: %s\n", r.status().message().c_str());
    std::exit(1);
  }
  return std::move(*r);
}

}  // namespace

int main(int argc, char** argv) {
  std::string rules = KG_SOURCE_RULES_DIR;
  int runs = 5;
  std::string input;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--rules" && i + 1 < argc) {
      rules = argv[++i];
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      input = arg;
    }
  }
  if (input.empty()) {
    std::fprintf(stderr, "usage: bench_pipeline [--rules DIR] [--runs N] FILE.jsonl\n");
    return 2;
  }

  std::vector<kg::Document> docs;
  kg::read_inputs(
      {input}, [&](kg::Document&& d) { docs.push_back(std::move(d)); },
      [](const kg::InputProblem& p) { std::fprintf(stderr, "%s\n", p.message.c_str()); },
      std::cin);
  double mb = 0;
  for (const kg::Document& d : docs) mb += static_cast<double>(d.text.size()) / 1e6;

  const kg::SentenceSplitter splitter = check(kg::SentenceSplitter::load(rules + "/abbreviations.txt"));
  const kg::Canonicalizer canonicalizer = check(kg::Canonicalizer::load(rules));

  // The triple stage alone reads what the earlier stages wrote; compute that once.
  std::vector<kg::DocumentAnalysis> prepared(docs.size());
  {
    const kg::MentionFinder finder = check(kg::MentionFinder::load(rules));
    for (size_t i = 0; i < docs.size(); ++i) {
      prepared[i].sentences = splitter.split(docs[i].text);
      prepared[i].mentions = finder.find(docs[i], prepared[i].sentences);
      canonicalizer.resolve(docs[i], &prepared[i]);
    }
  }

  // Each run loads its stage afresh, untimed: RE2 caches DFA states, so a second pass over the
  // same text would be faster than a pass over new articles.
  struct Stage {
    const char* name;
    std::function<double()> run;  // seconds of one timed pass
  };
  using Clock = std::chrono::steady_clock;
  auto seconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  const std::vector<Stage> stages = {
      {"split", [&] {
         auto start = Clock::now();
         for (const kg::Document& d : docs) g_sink += splitter.split(d.text).size();
         return seconds_since(start);
       }},
      {"split+tokenize", [&] {
         auto start = Clock::now();
         for (const kg::Document& d : docs) {
           for (kg::Span s : splitter.split(d.text)) g_sink += kg::tokenize(d.text, s, splitter).size();
         }
         return seconds_since(start);
       }},
      {"split+patterns", [&] {
         const kg::PatternRules patterns = check(kg::PatternRules::load(rules + "/entities"));
         auto start = Clock::now();
         for (const kg::Document& d : docs) {
           for (kg::Span s : splitter.split(d.text)) g_sink += patterns.find(d.text, s).size();
         }
         return seconds_since(start);
       }},
      {"split+mentions", [&] {
         const kg::MentionFinder finder = check(kg::MentionFinder::load(rules));
         auto start = Clock::now();
         for (const kg::Document& d : docs) g_sink += finder.find(d, splitter.split(d.text)).size();
         return seconds_since(start);
       }},
      {"triples only", [&] {
         const kg::TripleExtractor triples = check(kg::TripleExtractor::load(rules));
         auto start = Clock::now();
         for (size_t i = 0; i < docs.size(); ++i) {
           g_sink += triples.extract(docs[i], prepared[i]).size();
         }
         return seconds_since(start);
       }},
      {"analyze (all)", [&] {
         const kg::Extractor extractor = check(kg::Extractor::load(rules));
         auto start = Clock::now();
         for (const kg::Document& d : docs) g_sink += extractor.analyze(d).triples.size();
         return seconds_since(start);
       }},
  };

  std::printf("%s: %zu documents, %.2f MB of text, median of %d runs, rules %s\n", input.c_str(),
              docs.size(), mb, runs, rules.c_str());
  std::vector<double> mbps;
  double baseline = 1;
  for (const Stage& stage : stages) {
    mbps.push_back(mb / median_seconds(runs, stage.run));
    if (std::string(stage.name) == "split+tokenize") baseline = mbps.back();
  }
  std::printf("%-16s %10s %10s\n", "stage", "MB/s", "ratio");
  for (size_t i = 0; i < stages.size(); ++i) {
    std::printf("%-16s %10.2f %10.4f\n", stages[i].name, mbps[i], mbps[i] / baseline);
  }
  return g_sink == 0 ? 1 : 0;
}
