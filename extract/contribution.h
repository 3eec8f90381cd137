// DocumentContribution: what one document adds to the graph, and all that kg merge needs of it:
// the document's canonical entities and its triples with their evidence. kg build hands it to
// GraphBuilder as each document is analyzed; kg extract writes it into each line ("nodes" and
// "triples") and kg merge reads it back (extract/contribution_reader.h), so that both build the
// same graph from the same documents however the corpus was split.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/document.h"

namespace kg {

struct TripleFact {
  std::string subject, relation, object;  // entity ids
  std::string amount;                     // MONEY entity id, or empty
  std::string object_text;  // as written: a DATE object is no node but its subject's date
  std::string predicate, title;
  // The evidence: where it is (field "title" or empty for the text, byte offsets in that field),
  // its text, and how it was read.
  std::string field;
  uint32_t start = 0, end = 0;
  std::string text, rule;
  double confidence = 0;  // to 3 decimals, as every output writes it
  std::string hedge, voice;
};

struct DocumentContribution {
  std::string doc_id;
  std::vector<Entity> entities;     // sorted by id
  std::vector<TripleFact> triples;  // in the analysis' order
};

DocumentContribution contribution_of(const Document& doc, const DocumentAnalysis& analysis);

// Confidence as written (3 decimals): the value a triple keeps whether it reaches the graph in
// memory or through a kg extract line.
double written_confidence(double confidence);

}  // namespace kg
