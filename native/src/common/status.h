// Results of core operations. The core never throws (it is built with
// -fno-exceptions); an operation that can fail returns an Error with a stable
// code (e.g. "TDX_QUOTE_TRUNCATED") and a message that names the item and,
// where there is one, the offset. The N-API layer turns it into a TesseraError.
#pragma once

#include <string>
#include <utility>

namespace tessera {

struct Error {
  std::string code;
  std::string message;
};

template <typename T>
class Result {
 public:
  Result(T value) : ok_(true), value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : ok_(false), error_(std::move(error)) {}  // NOLINT

  bool ok() const { return ok_; }
  const T& value() const { return value_; }
  T& value() { return value_; }
  const Error& error() const { return error_; }

 private:
  bool ok_;
  T value_{};
  Error error_{};
};

// For operations that return nothing on success.
class Status {
 public:
  Status() = default;
  Status(Error error) : ok_(false), error_(std::move(error)) {}  // NOLINT
  static Status Ok() { return Status(); }
  bool ok() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  bool ok_ = true;
  Error error_{};
};

}  // namespace tessera
