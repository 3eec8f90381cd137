// Reads a kg extract line back into the DocumentContribution it was written from (kg merge).
#pragma once

#include <rapidjson/document.h>

#include "base/status.h"
#include "extract/contribution.h"

namespace kg {

// `line` is one parsed kg extract line; parse it with rapidjson::kParseFullPrecisionFlag so
// amounts read back as the doubles that were written. Errors say which field is wrong; the caller
// adds the file and line.
Status read_contribution(const rapidjson::Value& line, DocumentContribution* contribution);

}  // namespace kg
