#define OPENSSL_SUPPRESS_DEPRECATED  // EC_KEY / ECDSA_do_verify: see ecdsa.h
#include "dcap/ecdsa.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/obj_mac.h>

#include <cstring>

#include "hash/sha2.h"

namespace tessera::dcap {
namespace {

// One P-256 group for the process: built once (thread-safe static init),
// read-only afterwards; EC_KEY_set_group copies it.
const EC_GROUP* P256() {
  static const EC_GROUP* group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
  return group;
}

}  // namespace

std::unique_ptr<EcPublicKey> EcPublicKey::FromPoint(ByteView point) {
  uint8_t buf[65];
  if (point.size == 65 && point.data[0] == 0x04) {
    std::memcpy(buf, point.data, 65);
  } else if (point.size == 64) {
    buf[0] = 0x04;
    std::memcpy(buf + 1, point.data, 64);
  } else {
    return nullptr;
  }
  const EC_GROUP* group = P256();
  if (group == nullptr) return nullptr;
  EC_KEY* key = EC_KEY_new();
  if (key == nullptr) return nullptr;
  // oct2key checks that the point is on the curve.
  if (EC_KEY_set_group(key, group) != 1 || EC_KEY_oct2key(key, buf, sizeof(buf), nullptr) != 1) {
    EC_KEY_free(key);
    return nullptr;
  }
  return std::unique_ptr<EcPublicKey>(new EcPublicKey(key));
}

EcPublicKey::~EcPublicKey() { EC_KEY_free(key_); }

bool EcPublicKey::VerifyDigest(const uint8_t* digest, const void* sig) const {
  return ECDSA_do_verify(digest, 32, static_cast<const ECDSA_SIG*>(sig), key_) == 1;
}

bool EcPublicKey::VerifyRaw(ByteView message, ByteView signature) const {
  if (signature.size != 64) return false;
  uint8_t digest[32];
  if (!hash::Sha(hash::ShaAlg::kSha256, message.data, message.size, digest)) return false;
  ECDSA_SIG* sig = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(signature.data, 32, nullptr);
  BIGNUM* s = BN_bin2bn(signature.data + 32, 32, nullptr);
  bool ok = false;
  if (sig != nullptr && r != nullptr && s != nullptr && ECDSA_SIG_set0(sig, r, s) == 1) {
    r = s = nullptr;  // owned by sig now
    ok = VerifyDigest(digest, sig);
  }
  BN_free(r);
  BN_free(s);
  ECDSA_SIG_free(sig);
  return ok;
}

bool EcPublicKey::VerifyDer(ByteView message, ByteView signature) const {
  uint8_t digest[32];
  if (signature.size == 0 || signature.size > 80) return false;
  if (!hash::Sha(hash::ShaAlg::kSha256, message.data, message.size, digest)) return false;
  const unsigned char* p = signature.data;
  ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(signature.size));
  bool ok = false;
  if (sig != nullptr && p == signature.data + signature.size) ok = VerifyDigest(digest, sig);
  ECDSA_SIG_free(sig);
  return ok;
}

}  // namespace tessera::dcap
