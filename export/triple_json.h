// The JSON objects of `kg extract` lines and triples.jsonl (OUTPUT_FORMATS.md), written with
// RapidJSON. Shared by both so that a triple reads the same wherever it appears.
#pragma once

#include <functional>
#include <string>

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

// One `kg extract` line (without the newline): id, entities in text order, triples.
void write_extract_json(JsonWriter& out, const Document& doc, const DocumentAnalysis& analysis);

}  // namespace kg
