#include "export/output_set.h"

namespace kg {

Result<std::ostream*> OutputSet::add(const std::string& path) {
  Result<std::unique_ptr<AtomicFile>> file = AtomicFile::create(path);
  if (!file.ok()) return file.status();
  files_.push_back(std::move(*file));
  return &files_.back()->stream();
}

Status OutputSet::commit() {
  for (const auto& file : files_) KG_RETURN_IF_ERROR(file->finish());
  for (const auto& file : files_) KG_RETURN_IF_ERROR(file->commit());
  return Status::OK();
}

}  // namespace kg
