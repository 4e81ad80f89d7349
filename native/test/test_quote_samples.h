// Sample quotes for the parser tests: the real fixtures
// (../shared/fixtures/tdx) and v5 quotes rebuilt from them, for the body
// kinds no fixture has (v5 TD 1.0, v5 TD 1.5, v5 SGX).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "check.h"
#include "common/bytes.h"
#include "quote/quote.h"

namespace tessera::test {

using Bytes = std::vector<uint8_t>;

// Offsets in the real TDX v4 fixture (checked by TdxFixtureLayout).
constexpr size_t kTdxSigDataLenAt = 632;
constexpr size_t kTdxCertTypeAt = 764;
constexpr size_t kTdxCertSizeAt = 766;
constexpr size_t kTdxQeReportAt = 770;
constexpr size_t kTdxQeAuthLenAt = 1218;
constexpr size_t kTdxPckTypeAt = 1252;
constexpr size_t kTdxPckSizeAt = 1254;
constexpr size_t kTdxPemAt = 1258;
constexpr size_t kTdxQuoteEnd = 4936;
constexpr size_t kTdxFixtureBytes = 5006;
constexpr size_t kSgxSigDataLenAt = 432;
constexpr const char* kTdxMrTd =
    "91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7";

inline bool LoadQuoteFixture(const char* name, Bytes* out) {
  const std::string dir = FixturesDir();
  if (dir.empty()) return false;
  std::string s;
  if (!ReadFile(dir + "/tdx/" + name, &s)) return false;
  out->assign(s.begin(), s.end());
  return true;
}

inline ByteView ViewOf(const Bytes& b) { return ByteView(b.data(), b.size()); }

inline void PutLe16(Bytes* b, size_t at, uint16_t v) {
  (*b)[at] = static_cast<uint8_t>(v);
  (*b)[at + 1] = static_cast<uint8_t>(v >> 8);
}
inline void PutLe32(Bytes* b, size_t at, uint32_t v) { StoreLe32(b->data() + at, v); }
inline void AppendLe16(Bytes* b, uint16_t v) {
  b->push_back(static_cast<uint8_t>(v));
  b->push_back(static_cast<uint8_t>(v >> 8));
}
inline void AppendLe32(Bytes* b, uint32_t v) {
  for (int i = 0; i < 4; ++i) b->push_back(static_cast<uint8_t>(v >> (8 * i)));
}
inline void Append(Bytes* b, const uint8_t* p, size_t n) { b->insert(b->end(), p, p + n); }

// The TDX v4 fixture (without its padding) as a v5 quote with a TD 1.0 or
// TD 1.5 body; a TD 1.5 body gets TEE_TCB_SVN2 = 0xA0.. and MRSERVICETD = 0xB0..
inline Bytes TdxV4ToV5(const Bytes& v4, bool td15) {
  Bytes out(v4.begin(), v4.begin() + 48);
  PutLe16(&out, 0, 5);
  AppendLe16(&out, td15 ? 3 : 2);
  AppendLe32(&out, td15 ? 648 : 584);
  Append(&out, v4.data() + 48, 584);
  if (td15) {
    for (int i = 0; i < 16; ++i) out.push_back(static_cast<uint8_t>(0xA0 + i));
    for (int i = 0; i < 48; ++i) out.push_back(static_cast<uint8_t>(0xB0 + i));
  }
  Append(&out, v4.data() + kTdxSigDataLenAt, kTdxQuoteEnd - kTdxSigDataLenAt);
  return out;
}

// The SGX v3 fixture as a v5 quote with an SGX body: the inline QE report
// section moves into type-6 certification data.
inline Bytes SgxV3ToV5(const Bytes& v3) {
  Bytes out(v3.begin(), v3.begin() + 48);
  PutLe16(&out, 0, 5);
  AppendLe16(&out, 1);
  AppendLe32(&out, 384);
  Append(&out, v3.data() + 48, 384);
  const size_t sig_begin = kSgxSigDataLenAt + 4;
  const size_t sig_end = sig_begin + LoadLe32(v3.data() + kSgxSigDataLenAt);
  const size_t qe_section = sig_begin + 128;  // after signature and attestation key
  Bytes sig(v3.begin() + sig_begin, v3.begin() + qe_section);
  AppendLe16(&sig, 6);
  AppendLe32(&sig, static_cast<uint32_t>(sig_end - qe_section));
  Append(&sig, v3.data() + qe_section, sig_end - qe_section);
  AppendLe32(&out, static_cast<uint32_t>(sig.size()));
  Append(&out, sig.data(), sig.size());
  return out;
}

}  // namespace tessera::test
