#include "dcap/der.h"

#include <cstring>

namespace tessera::dcap {

Error DerReader::Fail(const std::string& why) const {
  return Error{"DER_MALFORMED", std::string(what_) + ": " + why};
}

Status DerReader::Next(Tlv* out) {
  const size_t start = pos_;
  if (v_.size - pos_ < 2) return Fail("element truncated at offset " + std::to_string(base_ + start));
  const uint8_t t = v_.data[pos_];
  if ((t & 0x1f) == 0x1f) return Fail("multi-byte tag at offset " + std::to_string(base_ + start));
  size_t p = pos_ + 1;
  size_t len = v_.data[p++];
  if (len & 0x80) {
    const size_t n = len & 0x7f;
    if (n == 0) return Fail("indefinite length at offset " + std::to_string(base_ + start));
    if (n > 4) return Fail("length too large at offset " + std::to_string(base_ + start));
    if (v_.size - p < n) return Fail("length truncated at offset " + std::to_string(base_ + start));
    if (v_.data[p] == 0) return Fail("non-minimal length at offset " + std::to_string(base_ + start));
    len = 0;
    for (size_t i = 0; i < n; ++i) len = (len << 8) | v_.data[p++];
    if (len < 0x80) return Fail("non-minimal length at offset " + std::to_string(base_ + start));
  }
  if (v_.size - p < len) {
    return Fail("element at offset " + std::to_string(base_ + start) + " overruns its container (" +
                std::to_string(len) + " bytes declared)");
  }
  out->tag = t;
  out->offset = base_ + start;
  out->value = ByteView(v_.data + p, len);
  out->whole = ByteView(v_.data + start, p + len - start);
  pos_ = p + len;
  return Status::Ok();
}

Status DerReader::Expect(uint8_t t, const char* name, Tlv* out) {
  if (pos_ >= v_.size) return Fail(std::string(name) + " missing at offset " + std::to_string(base_ + pos_));
  if (v_.data[pos_] != t) {
    return Fail(std::string(name) + " has tag 0x" + "0123456789abcdef"[v_.data[pos_] >> 4] +
                "0123456789abcdef"[v_.data[pos_] & 15] + " at offset " + std::to_string(base_ + pos_));
  }
  Status s = Next(out);
  if (!s.ok()) return s;
  if (t == tag::kInteger) {
    if (out->value.size == 0) return Fail(std::string(name) + ": empty INTEGER");
    if (out->value.size > 1 && ((out->value.data[0] == 0 && !(out->value.data[1] & 0x80)) ||
                                (out->value.data[0] == 0xff && (out->value.data[1] & 0x80)))) {
      return Fail(std::string(name) + ": non-minimal INTEGER at offset " + std::to_string(out->offset));
    }
  }
  return Status::Ok();
}

Status DerReader::Done(const char* name) const {
  if (pos_ != v_.size) return Fail(std::string("unexpected data after ") + name + " at offset " + std::to_string(base_ + pos_));
  return Status::Ok();
}

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

namespace {

bool Digits(const uint8_t* p, size_t n, unsigned* out) {
  unsigned v = 0;
  for (size_t i = 0; i < n; ++i) {
    if (p[i] < '0' || p[i] > '9') return false;
    v = v * 10 + (p[i] - '0');
  }
  *out = v;
  return true;
}

bool Compose(unsigned y, unsigned mo, unsigned d, unsigned h, unsigned mi, unsigned s, int64_t* out) {
  static const unsigned kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] || h > 23 || mi > 59 || s > 59) return false;
  if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
  *out = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
  return true;
}

}  // namespace

bool DecodeDerTime(const Tlv& t, int64_t* out) {
  const uint8_t* p = t.value.data;
  unsigned y, mo, d, h, mi, s;
  if (t.tag == tag::kUtcTime) {
    if (t.value.size != 13 || p[12] != 'Z') return false;
    if (!Digits(p, 2, &y)) return false;
    y += y < 50 ? 2000 : 1900;
    p += 2;
  } else if (t.tag == tag::kGeneralizedTime) {
    if (t.value.size != 15 || p[14] != 'Z') return false;
    if (!Digits(p, 4, &y)) return false;
    p += 4;
  } else {
    return false;
  }
  if (!Digits(p, 2, &mo) || !Digits(p + 2, 2, &d) || !Digits(p + 4, 2, &h) || !Digits(p + 6, 2, &mi) ||
      !Digits(p + 8, 2, &s)) {
    return false;
  }
  return Compose(y, mo, d, h, mi, s, out);
}

bool ParseIsoTime(const std::string& str, int64_t* out) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(str.data());
  const size_t n = str.size();
  if (n < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[n - 1] != 'Z') return false;
  unsigned y, mo, d, h, mi, s;
  if (!Digits(p, 4, &y) || !Digits(p + 5, 2, &mo) || !Digits(p + 8, 2, &d) || !Digits(p + 11, 2, &h) ||
      !Digits(p + 14, 2, &mi) || !Digits(p + 17, 2, &s)) {
    return false;
  }
  if (n > 20) {
    // A fraction of a second: ".d+" before the Z.
    if (p[19] != '.' || n < 22) return false;
    unsigned ignored;
    for (size_t i = 20; i + 1 < n; ++i) {
      if (!Digits(p + i, 1, &ignored)) return false;
    }
  }
  return Compose(y, mo, d, h, mi, s, out);
}

namespace {

// Base64 character classes: 0..63 a digit's value, then these.
constexpr uint8_t kB64Pad = 64, kB64Space = 65, kB64Bad = 255;

struct Base64Table {
  uint8_t v[256];
  constexpr Base64Table() : v() {
    for (int i = 0; i < 256; ++i) v[i] = kB64Bad;
    for (int i = 0; i < 26; ++i) {
      v['A' + i] = static_cast<uint8_t>(i);
      v['a' + i] = static_cast<uint8_t>(26 + i);
    }
    for (int i = 0; i < 10; ++i) v['0' + i] = static_cast<uint8_t>(52 + i);
    v[static_cast<uint8_t>('+')] = 62;
    v[static_cast<uint8_t>('/')] = 63;
    v[static_cast<uint8_t>('=')] = kB64Pad;
    for (char c : {'\n', '\r', ' ', '\t'}) v[static_cast<uint8_t>(c)] = kB64Space;
  }
};
constexpr Base64Table kBase64;

}  // namespace

bool DecodeBase64(ByteView text, std::vector<uint8_t>* out) {
  out->clear();
  out->reserve(text.size / 4 * 3 + 3);
  uint32_t acc = 0;
  int bits = 0;
  size_t pad = 0;
  size_t chars = 0;
  for (size_t i = 0; i < text.size; ++i) {
    const uint8_t v = kBase64.v[text.data[i]];
    if (v < 64) {
      if (pad > 0) return false;  // data after padding
      ++chars;
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out->push_back(static_cast<uint8_t>(acc >> bits));
      }
    } else if (v == kB64Pad) {
      ++pad;
      ++chars;
    } else if (v != kB64Space) {
      return false;
    }
  }
  if (chars % 4 != 0 || pad > 2) return false;
  // Leftover bits must be zero (canonical encoding).
  return (acc & ((1u << bits) - 1)) == 0;
}

bool DecodePemCertificates(ByteView pem, std::vector<std::vector<uint8_t>>* out, std::string* why) {
  static const char kBegin[] = "-----BEGIN CERTIFICATE-----";
  static const char kEnd[] = "-----END CERTIFICATE-----";
  const size_t nb = sizeof(kBegin) - 1, ne = sizeof(kEnd) - 1;
  out->clear();
  size_t i = 0;
  while (i < pem.size) {
    const uint8_t c = pem.data[i];
    if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == 0) {
      ++i;
      continue;
    }
    if (pem.size - i < nb || std::memcmp(pem.data + i, kBegin, nb) != 0) {
      *why = "unexpected text at offset " + std::to_string(i) + " (expected a BEGIN CERTIFICATE line)";
      return false;
    }
    const size_t body = i + nb;
    size_t j = body;
    while (j < pem.size && !(pem.size - j >= ne && std::memcmp(pem.data + j, kEnd, ne) == 0)) ++j;
    if (j >= pem.size) {
      *why = "certificate " + std::to_string(out->size() + 1) + " has no END line";
      return false;
    }
    std::vector<uint8_t> der;
    if (!DecodeBase64(ByteView(pem.data + body, j - body), &der) || der.empty()) {
      *why = "certificate " + std::to_string(out->size() + 1) + " is not valid base64";
      return false;
    }
    out->push_back(std::move(der));
    if (out->size() > 8) {
      *why = "more than 8 certificates";
      return false;
    }
    i = j + ne;
  }
  if (out->empty()) {
    *why = "no certificate";
    return false;
  }
  return true;
}

}  // namespace tessera::dcap
