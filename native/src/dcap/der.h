// A strict DER reader for the X.509 certificates and CRLs of Intel's DCAP PKI.
// Only definite, minimal lengths are accepted; every length is checked against
// its enclosing element; nothing is read outside the input. Parse errors carry
// the code DER_MALFORMED and a message naming the element and offset.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::dcap {

namespace tag {
constexpr uint8_t kBoolean = 0x01;
constexpr uint8_t kInteger = 0x02;
constexpr uint8_t kBitString = 0x03;
constexpr uint8_t kOctetString = 0x04;
constexpr uint8_t kNull = 0x05;
constexpr uint8_t kOid = 0x06;
constexpr uint8_t kEnumerated = 0x0a;
constexpr uint8_t kUtcTime = 0x17;
constexpr uint8_t kGeneralizedTime = 0x18;
constexpr uint8_t kSequence = 0x30;
constexpr uint8_t kSet = 0x31;
constexpr uint8_t Context(uint8_t n) { return static_cast<uint8_t>(0xa0 | n); }  // constructed [n]
}  // namespace tag

struct Tlv {
  uint8_t tag = 0;
  size_t offset = 0;  // of the tag byte, relative to the reader's base
  ByteView whole;     // tag, length and value
  ByteView value;
};

class DerReader {
 public:
  // `base_offset` is where `v` starts in the outermost input (for messages).
  DerReader(ByteView v, size_t base_offset, const char* what) : v_(v), base_(base_offset), what_(what) {}

  bool AtEnd() const { return pos_ == v_.size; }
  bool PeekTag(uint8_t t) const { return pos_ < v_.size && v_.data[pos_] == t; }
  // Reads the next element; fails on a malformed one.
  Status Next(Tlv* out);
  // Reads the next element and requires its tag.
  Status Expect(uint8_t t, const char* name, Tlv* out);
  // A reader over an element's value.
  DerReader Enter(const Tlv& t, const char* what) const {
    return DerReader(t.value, base_ + static_cast<size_t>(t.value.data - v_.data), what);
  }
  Status Done(const char* name) const;
  Error Fail(const std::string& why) const;

 private:
  ByteView v_;
  size_t base_;
  const char* what_;
  size_t pos_ = 0;
};

// Decodes UTCTime / GeneralizedTime ("...Z", seconds, no fraction) to unix seconds.
bool DecodeDerTime(const Tlv& t, int64_t* out);
// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);
// "2025-06-19T10:16:03Z" (optionally with a fraction of a second, ignored).
bool ParseIsoTime(const std::string& s, int64_t* out);

// Base64 (RFC 4648, padding required, whitespace between lines skipped).
bool DecodeBase64(ByteView text, std::vector<uint8_t>* out);
// The DER of each "-----BEGIN CERTIFICATE-----" block of a PEM text, in order.
// Anything but whitespace and NULs between blocks is refused.
bool DecodePemCertificates(ByteView pem, std::vector<std::vector<uint8_t>>* out, std::string* why);

}  // namespace tessera::dcap
