// ECDSA P-256 / SHA-256 verification through the OpenSSL inside node (Debian's
// libcrypto in the CMake build). The low-level EC_KEY interface is used on
// purpose: it skips OpenSSL 3's provider and decoder machinery, which costs
// more than the verification itself for a key used once (the attestation key).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "common/bytes.h"

struct ec_key_st;

namespace tessera::dcap {

class EcPublicKey {
 public:
  // From an uncompressed point (0x04 || x || y, 65 bytes) or x || y (64
  // bytes); nullptr when the point is not on the curve.
  static std::unique_ptr<EcPublicKey> FromPoint(ByteView point);
  ~EcPublicKey();
  EcPublicKey(const EcPublicKey&) = delete;
  EcPublicKey& operator=(const EcPublicKey&) = delete;

  // r || s (32 bytes each, big-endian) over SHA-256(message).
  bool VerifyRaw(ByteView message, ByteView signature) const;
  // A DER ECDSA-Sig-Value over SHA-256(message).
  bool VerifyDer(ByteView message, ByteView signature) const;

 private:
  explicit EcPublicKey(ec_key_st* key) : key_(key) {}
  bool VerifyDigest(const uint8_t* digest, const void* sig) const;
  ec_key_st* key_;
};

}  // namespace tessera::dcap
