// read_whole_file: a file's bytes in one read (an istreambuf_iterator loop takes a fifth of a
// large graph load).
#pragma once

#include <string>

#include "base/status.h"

namespace kg {

Status read_whole_file(const std::string& path, std::string* text);

}  // namespace kg
