#include "export/triple_json.h"

namespace kg {
namespace {

void write_string(JsonWriter& out, std::string_view s) {
  out.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Where a span is: "field": "title" for a JSONL title (absent for the text), then start and end,
// counted in that field.
void write_location(JsonWriter& out, SourceSpan span) {
  if (!span.field.empty()) {
    out.Key("field");
    write_string(out, span.field);
  }
  out.Key("start");
  out.Uint(span.begin);
  out.Key("end");
  out.Uint(span.end);
}

void write_argument(JsonWriter& out, const char* key, const Document& doc, const Argument& arg,
                    const IdResolver& resolve) {
  out.Key(key);
  out.StartObject();
  out.Key("id");
  write_string(out, resolve(arg.id));
  out.Key("text");
  write_string(out, doc.slice(arg.span));
  write_location(out, doc.source_span(arg.span));
  out.EndObject();
}

}  // namespace

void write_triple_json(JsonWriter& out, const Document& doc, const Triple& triple, bool with_doc,
                       const IdResolver& resolve) {
  out.StartObject();
  if (with_doc) {
    out.Key("doc");
    write_string(out, doc.id);
  }
  write_argument(out, "subject", doc, triple.subject, resolve);
  out.Key("relation");
  write_string(out, triple.relation);
  out.Key("predicate");
  write_string(out, triple.predicate);
  write_argument(out, "object", doc, triple.object, resolve);
  if (triple.amount) write_argument(out, "amount", doc, *triple.amount, resolve);
  if (!triple.title.empty()) {
    out.Key("title");
    write_string(out, triple.title);
  }
  write_location(out, doc.source_span(triple.evidence));
  out.Key("text");
  write_string(out, doc.slice(triple.evidence));
  out.Key("rule");
  write_string(out, triple.rule);
  out.Key("confidence");
  out.Double(triple.confidence);
  if (!triple.hedge.empty()) {
    out.Key("hedge");
    write_string(out, triple.hedge);
  }
  if (!triple.voice.empty()) {
    out.Key("voice");
    write_string(out, triple.voice);
  }
  out.EndObject();
}

void write_extract_json(JsonWriter& out, const Document& doc, const DocumentAnalysis& analysis) {
  out.SetMaxDecimalPlaces(3);
  out.StartObject();
  out.Key("id");
  write_string(out, doc.id);
  out.Key("entities");
  out.StartArray();
  for (size_t i = 0; i < analysis.mentions.size(); ++i) {
    const Mention& m = analysis.mentions[i];
    if (m.pronoun || m.description) continue;  // references, not names
    const Span written = m.written.empty() ? m.span : m.written;
    out.StartObject();
    write_location(out, doc.source_span(written));
    out.Key("type");
    write_string(out, type_name(m.type));
    out.Key("text");
    write_string(out, doc.slice(written));
    out.Key("canonical");
    write_string(out, analysis.entities[static_cast<size_t>(analysis.entity_of[i])].id);
    if (!m.title.empty()) {
      out.Key("title");
      write_string(out, m.title);
    }
    out.EndObject();
  }
  out.EndArray();
  out.Key("triples");
  out.StartArray();
  const IdResolver identity = [](const std::string& id) -> const std::string& { return id; };
  for (const Triple& triple : analysis.triples) write_triple_json(out, doc, triple, false, identity);
  out.EndArray();
  out.EndObject();
}

}  // namespace kg
