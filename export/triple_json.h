// The JSON objects of `kg extract` lines and triples.jsonl (OUTPUT_FORMATS.md), written with
// RapidJSON. Shared by both so that a triple reads the same wherever it appears.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/analysis.h"
#include "extract/document.h"

namespace kg {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
// Maps an id from a document's analysis to the node it ended up in (identity for kg extract).
using IdResolver = std::function<const std::string&(const std::string&)>;

// One triple; with_doc adds the "doc" field of triples.jsonl.
void write_triple_json(JsonWriter& out, const Document& doc, const Triple& triple, bool with_doc,
                       const IdResolver& resolve);

// One `kg extract` line (without the newline): id, entity mentions in text order, triples, and
// the document's canonical entities as "nodes" (what kg merge needs besides the triples).
void write_extract_json(JsonWriter& out, const Document& doc, const DocumentAnalysis& analysis);

// The part of that line that triples.jsonl is made from: {"id", "triples"} (kg build's spool).
void write_triples_line(JsonWriter& out, const Document& doc, const DocumentAnalysis& analysis);

// The triples of one such line ({"id", "triples": [...]}, an extract line or a spool line) as
// triples.jsonl lines: "doc" first, then the triple's fields with every entity id resolved.
void write_resolved_triples(const rapidjson::Value& line, const IdResolver& resolve,
                            rapidjson::StringBuffer* buffer, std::ostream& out);

}  // namespace kg
