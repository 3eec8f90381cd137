// Hand-built analyses of news sentences run through TripleExtractor with the shipped rules: the
// Article builder and the pairs() view shared by the relation tests.
#ifndef KG_TESTS_EXTRACT_ARTICLE_FIXTURE_H_
#define KG_TESTS_EXTRACT_ARTICLE_FIXTURE_H_

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/triple_extractor.h"

namespace kg {
namespace test {

// The shipped rules; when rules/lexicon/titles.txt is not there yet, a copy of the dir with a
// small titles list of its own.
inline std::string rules_dir() {
  std::string dir = KG_RULES_DIR;
  if (access((dir + "/lexicon/titles.txt").c_str(), R_OK) == 0) return dir;
  char tmpl[] = "/tmp/kg_triple_rules_XXXXXX";
  std::string tmp = mkdtemp(tmpl);
  mkdir((tmp + "/lexicon").c_str(), 0755);
  REQUIRE(symlink((dir + "/relations").c_str(), (tmp + "/relations").c_str()) == 0);
  REQUIRE(symlink((dir + "/verbs.txt").c_str(), (tmp + "/verbs.txt").c_str()) == 0);
  REQUIRE(symlink((dir + "/lexicon/negations.txt").c_str(),
                  (tmp + "/lexicon/negations.txt").c_str()) == 0);
  std::ofstream(tmp + "/lexicon/titles.txt") << "CEO\nchief executive\nSen.\nRep.\nVice President\n";
  return tmp;
}

inline const TripleExtractor& extractor() {
  static const TripleExtractor* loaded = [] {
    auto r = TripleExtractor::load(rules_dir());
    INFO((r.ok() ? "" : r.status().message()));
    REQUIRE(r.ok());
    return new TripleExtractor(std::move(*r));
  }();
  return *loaded;
}

// Builds a Document and its analysis by hand: mentions are found with text.find.
class Article {
 public:
  explicit Article(std::string text) { doc_.text = std::move(text); doc_.id = "wire-1"; }

  // Marks the nth occurrence of `surface` (searching from `from`) as a mention of entity `id`.
  Article& mention(const std::string& surface, EntityType type, std::string id = "",
                   bool pronoun = false, size_t from = 0) {
    size_t at = doc_.text.find(surface, from);
    REQUIRE(at != std::string::npos);
    Mention m;
    m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
    m.type = type;
    m.pronoun = pronoun;
    if (id.empty()) id = std::string(type_prefix(type)) + ":" + surface;
    mentions_.push_back({m, id});
    return *this;
  }

  // Sentence spans given by their first words; without any, the whole text is one sentence.
  Article& sentence(const std::string& text) {
    size_t at = doc_.text.find(text);
    REQUIRE(at != std::string::npos);
    sentences_.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + text.size())});
    return *this;
  }

  std::vector<Triple> extract() {
    analysis_ = DocumentAnalysis();
    analysis_.sentences = sentences_;
    if (sentences_.empty()) analysis_.sentences.push_back({0, static_cast<uint32_t>(doc_.text.size())});
    std::sort(mentions_.begin(), mentions_.end(),
              [](const auto& a, const auto& b) { return a.first.span < b.first.span; });
    std::map<std::string, int> index;
    for (const auto& m : mentions_) index.emplace(m.second, 0);
    int i = 0;
    for (auto& [id, n] : index) {
      n = i++;
      Entity e;
      e.id = id;
      analysis_.entities.push_back(e);
    }
    for (const auto& m : mentions_) {
      analysis_.mentions.push_back(m.first);
      analysis_.entity_of.push_back(index[m.second]);
    }
    return extractor().extract(doc_, analysis_);
  }

  std::string text(Span s) const { return std::string(doc_.slice(s)); }
  const Document& doc() const { return doc_; }

 private:
  Document doc_;
  DocumentAnalysis analysis_;
  std::vector<Span> sentences_;
  std::vector<std::pair<Mention, std::string>> mentions_;
};

// The triples of one relation, as "subject|object" strings with the mention texts.
inline std::vector<std::string> pairs(const Article& a, const std::vector<Triple>& triples,
                               const std::string& relation) {
  std::vector<std::string> out;
  for (const Triple& t : triples) {
    if (t.relation == relation) out.push_back(a.text(t.subject.span) + "|" + a.text(t.object.span));
  }
  return out;
}

inline const Triple* find(const std::vector<Triple>& triples, const std::string& relation) {
  for (const Triple& t : triples) {
    if (t.relation == relation) return &t;
  }
  return nullptr;
}

using Pairs = std::vector<std::string>;

}  // namespace test
}  // namespace kg

#endif  // KG_TESTS_EXTRACT_ARTICLE_FIXTURE_H_
