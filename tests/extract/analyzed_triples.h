// Helpers for tests that run the shipped extractor on a made-up article and look at its ROLE
// triples: a document from text, the title of one ROLE, the number of ROLEs of a person.
#pragma once

#include <string>

#include "extract/analysis.h"
#include "extract/document.h"

namespace kg::testing {

inline Document make_document(std::string text) {
  Document doc;
  doc.id = "t";
  doc.text = std::move(text);
  return doc;
}

// The title of the ROLE triple from `subject` to `object` (entity ids), or "(none)".
inline std::string role_title(const DocumentAnalysis& a, const std::string& subject,
                              const std::string& object) {
  for (const Triple& t : a.triples) {
    if (t.relation == "ROLE" && t.subject.id == subject && t.object.id == object) return t.title;
  }
  return "(none)";
}

inline int roles_of(const DocumentAnalysis& a, const std::string& subject) {
  int n = 0;
  for (const Triple& t : a.triples) n += t.relation == "ROLE" && t.subject.id == subject;
  return n;
}

}  // namespace kg::testing
