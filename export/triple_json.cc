#include "export/triple_json.h"

#include "extract/contribution.h"

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
  out.Double(written_confidence(triple.confidence));
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

namespace {

void write_triples(JsonWriter& out, const Document& doc, const DocumentAnalysis& analysis) {
  out.Key("triples");
  out.StartArray();
  const IdResolver identity = [](const std::string& id) -> const std::string& { return id; };
  for (const Triple& triple : analysis.triples)
    write_triple_json(out, doc, triple, false, identity);
  out.EndArray();
}

// The document's canonical entities, for kg merge: everything GraphBuilder takes from an Entity.
void write_nodes(JsonWriter& out, const std::vector<Entity>& entities) {
  out.Key("nodes");
  out.StartArray();
  for (const Entity& entity : entities) {
    out.StartObject();
    out.Key("id");
    write_string(out, entity.id);
    out.Key("label");
    write_string(out, entity.label);
    out.Key("type");
    write_string(out, type_name(entity.type));
    out.Key("mentions");
    out.Int(entity.mentions);
    for (const auto& [key, values] :
         {std::pair{"aliases", &entity.aliases}, {"titles", &entity.titles}}) {
      if (values->empty()) continue;
      out.Key(key);
      out.StartArray();
      for (const std::string& value : *values) write_string(out, value);
      out.EndArray();
    }
    if (entity.value) {
      // Every digit: the amount must read back as the same double.
      out.SetMaxDecimalPlaces(JsonWriter::kDefaultMaxDecimalPlaces);
      out.Key("value");
      out.Double(*entity.value);
      out.SetMaxDecimalPlaces(3);
    }
    if (!entity.currency.empty()) {
      out.Key("currency");
      write_string(out, entity.currency);
    }
    if (entity.type_guessed) {
      out.Key("type_guessed");
      out.Bool(true);
    }
    out.EndObject();
  }
  out.EndArray();
}

}  // namespace

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
  write_triples(out, doc, analysis);
  write_nodes(out, analysis.entities);
  out.EndObject();
}

void write_resolved_triples(const rapidjson::Value& line, const IdResolver& resolve,
                            rapidjson::StringBuffer* buffer, std::ostream& out) {
  const rapidjson::Value& doc_id = line["id"];
  for (const rapidjson::Value& triple : line["triples"].GetArray()) {
    buffer->Clear();
    JsonWriter writer(*buffer);
    writer.SetMaxDecimalPlaces(3);
    writer.StartObject();
    writer.Key("doc");
    doc_id.Accept(writer);
    for (const auto& member : triple.GetObject()) {
      member.name.Accept(writer);
      const std::string_view key(member.name.GetString(), member.name.GetStringLength());
      if (key != "subject" && key != "object" && key != "amount") {
        member.value.Accept(writer);
        continue;
      }
      writer.StartObject();
      for (const auto& field : member.value.GetObject()) {
        field.name.Accept(writer);
        if (std::string_view(field.name.GetString(), field.name.GetStringLength()) == "id") {
          const std::string written(field.value.GetString(), field.value.GetStringLength());
          write_string(writer, resolve(written));  // may return `written` itself
        } else {
          field.value.Accept(writer);
        }
      }
      writer.EndObject();
    }
    writer.EndObject();
    out.write(buffer->GetString(), static_cast<std::streamsize>(buffer->GetSize()));
    out.put('\n');
  }
}

void write_triples_line(JsonWriter& out, const Document& doc, const DocumentAnalysis& analysis) {
  out.SetMaxDecimalPlaces(3);
  out.StartObject();
  out.Key("id");
  write_string(out, doc.id);
  write_triples(out, doc, analysis);
  out.EndObject();
}

}  // namespace kg
