// Status and Result<T>: how the library reports failures without exceptions.
// Bad input is normal for a news pipeline (broken JSONL lines, invalid UTF-8, rule typos), so
// failures are values that say where and what, e.g. "samples/news.jsonl:17: missing \"text\"".
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace kg {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kInvalidInput, kIoError, kBadRule };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidInput(std::string message) { return {Code::kInvalidInput, std::move(message)}; }
  static Status IoError(std::string message) { return {Code::kIoError, std::move(message)}; }
  static Status BadRule(std::string message) { return {Code::kBadRule, std::move(message)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a T or the Status saying why there is none.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose, like std::optional
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { assert(ok()); return *value_; }
  const T& value() const { assert(ok()); return *value_; }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

#define KG_RETURN_IF_ERROR(expr)          \
  do {                                    \
    ::kg::Status kg_status_ = (expr);     \
    if (!kg_status_.ok()) return kg_status_; \
  } while (0)

}  // namespace kg
