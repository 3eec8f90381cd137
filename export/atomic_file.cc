#include "export/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kg {
namespace {

std::string errno_text(int err) { return err != 0 ? std::strerror(err) : "unknown error"; }

// Makes the temporary file's bytes durable before the rename publishes them, so that a crash
// right after commit() cannot leave an empty file under the final name.
Status sync_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path + ": cannot open to sync: " + errno_text(errno));
  const bool ok = ::fsync(fd) == 0;
  const int err = errno;
  ::close(fd);
  if (!ok) return Status::IoError(path + ": fsync failed: " + errno_text(err));
  return Status::OK();
}

}  // namespace

AtomicFile::AtomicFile(std::string path, std::string temp_path)
    : path_(std::move(path)), temp_path_(std::move(temp_path)) {}

Result<std::unique_ptr<AtomicFile>> AtomicFile::create(const std::string& path) {
  std::unique_ptr<AtomicFile> file(
      new AtomicFile(path, path + ".tmp." + std::to_string(::getpid())));
  errno = 0;
  file->out_.open(file->temp_path_, std::ios::binary | std::ios::trunc);
  if (!file->out_.is_open()) {
    const int err = errno;
    file->committed_ = true;  // nothing was created, so there is nothing to remove
    return Status::IoError(path + ": cannot create " + file->temp_path_ + ": " + errno_text(err));
  }
  return file;
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.close();
  std::remove(temp_path_.c_str());
}

Status AtomicFile::finish() {
  if (committed_) return Status::IoError(path_ + ": committed twice");
  if (finished_) return Status::OK();
  errno = 0;
  out_.flush();
  const bool written = out_.good();
  out_.close();
  const int err = errno;
  if (!written || out_.fail()) {
    return Status::IoError(path_ + ": write failed: " + errno_text(err));  // ~AtomicFile cleans up
  }
  KG_RETURN_IF_ERROR(sync_file(temp_path_));
  finished_ = true;
  return Status::OK();
}

Status AtomicFile::commit() {
  KG_RETURN_IF_ERROR(finish());
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    return Status::IoError(path_ + ": cannot rename " + temp_path_ + " over it: " +
                           errno_text(errno));
  }
  committed_ = true;
  return Status::OK();
}

}  // namespace kg
