#include "base/whole_file.h"

#include <fstream>

namespace kg {

Status read_whole_file(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::IoError(path + ": cannot open");
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError(path + ": cannot tell its size");
  text->resize(static_cast<size_t>(size));
  in.seekg(0);
  if (!in.read(text->data(), size)) return Status::IoError(path + ": read error");
  return Status::OK();
}

}  // namespace kg
