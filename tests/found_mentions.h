// The mentions MentionFinder finds in a made-up text through the project's own rules/, as
// (text, type, rule) triples: what the finder's tests assert on.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/mention_finder.h"

namespace kg::testing {

inline const MentionFinder& shipped_finder() {
  static const MentionFinder kFinder = [] {
    Result<MentionFinder> loaded = MentionFinder::load(KG_RULES_DIR);
    INFO(loaded.status().message());
    REQUIRE(loaded.ok());
    return std::move(*loaded);
  }();
  return kFinder;
}

struct Found {
  std::string text, type, rule;
};

inline std::vector<Found> find_in(const std::string& text, bool with_pronouns = false) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  const MentionFinder& finder = shipped_finder();
  std::vector<Found> found;
  for (const Mention& m : finder.find(doc, finder.splitter().split(doc.text))) {
    if (m.pronoun && !with_pronouns) continue;
    found.push_back({std::string(doc.slice(m.span)), std::string(type_name(m.type)), m.rule});
  }
  return found;
}

inline bool has(const std::vector<Found>& found, const std::string& text, const std::string& type) {
  for (const Found& f : found) {
    if (f.text == text && f.type == type) return true;
  }
  return false;
}

inline bool has_text(const std::vector<Found>& found, const std::string& text) {
  for (const Found& f : found) {
    if (f.text == text) return true;
  }
  return false;
}

}  // namespace kg::testing
