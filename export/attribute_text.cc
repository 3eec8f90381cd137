#include "export/attribute_text.h"

#include <set>

namespace kg {

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += " | ";
    out += item;
  }
  return out;
}

std::string join_evidence(const std::vector<Evidence>& evidence) {
  std::string out;
  for (const Evidence& e : evidence) {
    if (!out.empty()) out += " | ";
    out += e.doc + ":" + (e.field.empty() ? "" : e.field + ":") + std::to_string(e.start) + "-" + std::to_string(e.end) + " " + e.rule +
           ": " + e.text;
  }
  return out;
}

std::string evidence_docs(const std::vector<Evidence>& evidence) {
  std::set<std::string> docs;
  for (const Evidence& e : evidence) docs.insert(e.doc);
  return join_list(std::vector<std::string>(docs.begin(), docs.end()));
}

}  // namespace kg
