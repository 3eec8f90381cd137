#include "extract/extractor.h"

#include "extract/sentences_opened_by_names.h"

namespace kg {

Result<Extractor> Extractor::load(const std::string& rules_dir, MentionStyle style) {
  Result<MentionFinder> mentions = MentionFinder::load(rules_dir);
  if (!mentions.ok()) return mentions.status();
  Result<Canonicalizer> canonicalizer = Canonicalizer::load(rules_dir);
  if (!canonicalizer.ok()) return canonicalizer.status();
  Result<NominalReferences> references = NominalReferences::load(rules_dir);
  if (!references.ok()) return references.status();
  Result<ItsReferences> its = ItsReferences::load(rules_dir);
  if (!its.ok()) return its.status();
  Result<TripleExtractor> triples = TripleExtractor::load(rules_dir);
  if (!triples.ok()) return triples.status();
  Result<MentionSpans> spans = MentionSpans::load(rules_dir);
  if (!spans.ok()) return spans.status();
  return Extractor(std::move(*mentions), std::move(*canonicalizer), std::move(*references),
                   std::move(*its), std::move(*triples), std::move(*spans), style);
}

DocumentAnalysis Extractor::analyze(const Document& doc, StageTimes* times) const {
  StageTimes unused;
  StageTimes& t = times != nullptr ? *times : unused;
  Stopwatch watch;
  DocumentAnalysis analysis;
  analysis.sentences = mentions_.splitter().split(doc.text);
  t.split += watch.lap();
  analysis.mentions = mentions_.find(doc, analysis.sentences);
  split_sentences_before_names(doc.text, analysis.mentions, &analysis.sentences);
  t.entities += watch.lap();
  canonicalizer_.resolve(doc, &analysis);
  references_.resolve(doc, &analysis);
  its_.resolve(doc, &analysis);
  t.canonicalize += watch.lap();
  analysis.triples = triples_.extract(doc, analysis);
  triples_.add_country_entities(&analysis);
  // Last, so that ids, labels and triples see the bare names.
  if (style_ == MentionStyle::kOntoNotes)
    spans_.apply(doc.text, analysis.sentences, &analysis.mentions);
  t.relations += watch.lap();
  return analysis;
}

}  // namespace kg
