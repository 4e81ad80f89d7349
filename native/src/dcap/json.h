// A strict JSON reader for Intel's TCB info and QE identity documents (RFC
// 8259; duplicate keys, trailing data, depth over 32 and non-integer numbers
// where an integer is read are refused).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::dcap {

struct JsonValue {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  bool is_integer = false;  // a number without fraction or exponent that fits int64
  int64_t integer = 0;
  std::string string;
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;

  const JsonValue* Get(const char* key) const;
};

// JSON_MALFORMED with the offset.
Result<JsonValue> ParseJson(ByteView text);

}  // namespace tessera::dcap
