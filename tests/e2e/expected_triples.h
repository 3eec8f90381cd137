// Reads the triples that samples/EXPECTED.md lists under "Must:" and "Must not:", so that the
// samples test checks every line of that file rather than a copy of some of them.
//
// The file's shape: a "## name.txt" or "### wire-001 (...)" heading per article; a paragraph that
// starts with "Must:" or "Must not:" holds "- " bullets (continued on indented lines); a bullet
// holds triples "Subject — RELATION — Object" separated by "; ", each perhaps followed by
// "{title: ...}", "(the words of the article)" or ", weight ≥ 2". Bullets that start with
// "Known bugs" record what kg still does wrong and are not expectations.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace kg::testing {

struct ExpectedTriple {
  std::string doc;  // the article: file name without ".txt", or the wire item's id
  std::string subject, relation, object;
  bool present = true;  // false: a "Must not" triple
};

inline std::string trim(std::string s) {
  const char* space = " \t";
  s.erase(0, s.find_first_not_of(space));
  s.erase(s.find_last_not_of(space) + 1);
  return s;
}

inline bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// "A — REL — B {title: x} (words)" -> {A, REL, B}; false when the text is not a triple.
inline bool parse_triple(const std::string& text, ExpectedTriple* triple) {
  static const std::string kDash = " — ";
  const size_t first = text.find(kDash);
  if (first == std::string::npos) return false;
  const size_t second = text.find(kDash, first + kDash.size());
  if (second == std::string::npos) return false;
  std::string relation = text.substr(first + kDash.size(), second - first - kDash.size());
  if (relation.empty() || relation.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_") != std::string::npos) {
    return false;
  }
  std::string object = text.substr(second + kDash.size());
  for (const char* end : {" {", " (", ", weight"}) object = object.substr(0, object.find(end));
  triple->subject = trim(text.substr(0, first));
  triple->relation = relation;
  triple->object = trim(object);
  return !triple->subject.empty() && !triple->object.empty();
}

inline std::vector<ExpectedTriple> read_expected_triples(std::istream& in) {
  std::vector<ExpectedTriple> triples;
  std::string doc, block, bullet, line;
  auto flush_bullet = [&] {
    if ((block == "Must" || block == "Must not") && !starts_with(bullet, "Known bugs")) {
      size_t from = 0;
      while (from <= bullet.size()) {
        size_t to = bullet.find("; ", from);
        if (to == std::string::npos) to = bullet.size();
        ExpectedTriple triple;
        if (parse_triple(bullet.substr(from, to - from), &triple)) {
          triple.doc = doc;
          triple.present = block == "Must";
          triples.push_back(triple);
        }
        from = to + 2;
      }
    }
    bullet.clear();
  };
  while (std::getline(in, line)) {
    if (starts_with(line, "  ") && !bullet.empty()) {  // a bullet's continuation
      bullet += " " + trim(line);
      continue;
    }
    flush_bullet();
    if (starts_with(line, "## ") || starts_with(line, "### ")) {
      std::string name = line.substr(line.find(' ') + 1);
      name = name.substr(0, name.find(' '));
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) name.resize(name.size() - 4);
      doc = name;
      block.clear();
    } else if (starts_with(line, "- ")) {
      bullet = trim(line.substr(2));
    } else if (!line.empty()) {
      block = line.substr(0, line.find(':'));  // "Must", "Must not", "May", "Nodes", ...
    }
  }
  flush_bullet();
  return triples;
}

}  // namespace kg::testing
