#include "extract/contribution.h"

#include <cmath>

namespace kg {

double written_confidence(double confidence) { return std::round(confidence * 1000) / 1000; }

DocumentContribution contribution_of(const Document& doc, const DocumentAnalysis& analysis) {
  DocumentContribution contribution;
  contribution.doc_id = doc.id;
  contribution.entities = analysis.entities;
  contribution.triples.reserve(analysis.triples.size());
  for (const Triple& triple : analysis.triples) {
    TripleFact fact;
    fact.subject = triple.subject.id;
    fact.relation = triple.relation;
    fact.object = triple.object.id;
    if (triple.amount) fact.amount = triple.amount->id;
    fact.object_text = doc.slice(triple.object.span);
    fact.predicate = triple.predicate;
    fact.title = triple.title;
    const SourceSpan where = doc.source_span(triple.evidence);
    fact.field = where.field;
    fact.start = where.begin;
    fact.end = where.end;
    fact.text = doc.slice(triple.evidence);
    fact.rule = triple.rule;
    fact.confidence = written_confidence(triple.confidence);
    fact.hedge = triple.hedge;
    fact.voice = triple.voice;
    contribution.triples.push_back(std::move(fact));
  }
  return contribution;
}

}  // namespace kg
