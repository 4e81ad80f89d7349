#include "hash/sha2.h"

#include <openssl/evp.h>

namespace tessera::hash {
namespace {

const EVP_MD* Md(ShaAlg alg) { return alg == ShaAlg::kSha256 ? EVP_sha256() : EVP_sha384(); }

}  // namespace

bool Sha(ShaAlg alg, const uint8_t* data, size_t size, uint8_t* out) {
  unsigned int len = 0;
  return EVP_Digest(data, size, out, &len, Md(alg), nullptr) == 1 && len == ShaDigestBytes(alg);
}

ShaHasher::ShaHasher(ShaAlg alg) : alg_(alg), ctx_(EVP_MD_CTX_new()) {
  if (ctx_ != nullptr && EVP_DigestInit_ex(ctx_, Md(alg), nullptr) != 1) failed_ = true;
}

ShaHasher::~ShaHasher() { EVP_MD_CTX_free(ctx_); }

bool ShaHasher::Update(const uint8_t* data, size_t size) {
  if (!ok() || finished_) return false;
  if (EVP_DigestUpdate(ctx_, data, size) != 1) failed_ = true;
  return !failed_;
}

bool ShaHasher::Final(uint8_t* out) {
  if (!ok() || finished_) return false;
  finished_ = true;
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx_, out, &len) != 1 || len != ShaDigestBytes(alg_)) failed_ = true;
  return !failed_;
}

}  // namespace tessera::hash
