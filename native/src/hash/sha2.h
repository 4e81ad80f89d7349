// SHA-256 and SHA-384 through the OpenSSL inside node (Debian's libcrypto in
// the CMake build). Used by the hashing API, the DCAP verifier (SHA-256) and
// MR_TD / RTMR computation (SHA-384).
#pragma once

#include <cstddef>
#include <cstdint>

struct evp_md_ctx_st;

namespace tessera::hash {

enum class ShaAlg { kSha256, kSha384 };

constexpr size_t kSha256Bytes = 32;
constexpr size_t kSha384Bytes = 48;
constexpr size_t ShaDigestBytes(ShaAlg alg) { return alg == ShaAlg::kSha256 ? kSha256Bytes : kSha384Bytes; }

// One-shot digest; `out` holds ShaDigestBytes(alg). Returns false only if
// OpenSSL fails (out of memory).
bool Sha(ShaAlg alg, const uint8_t* data, size_t size, uint8_t* out);

// Digests `count` messages, message i being data[offsets[i], offsets[i+1]),
// to out + ShaDigestBytes(alg) * i. Precondition: offsets are
// non-decreasing (hash/batch.h checks them). False only if OpenSSL fails.
bool ShaBatch(ShaAlg alg, const uint8_t* data, const uint32_t* offsets, size_t count, uint8_t* out);

// Incremental digest. Not copyable; Final() may be called once.
class ShaHasher {
 public:
  explicit ShaHasher(ShaAlg alg);
  ~ShaHasher();
  ShaHasher(const ShaHasher&) = delete;
  ShaHasher& operator=(const ShaHasher&) = delete;

  bool ok() const { return ctx_ != nullptr && !failed_; }
  ShaAlg alg() const { return alg_; }
  bool Update(const uint8_t* data, size_t size);
  bool Final(uint8_t* out);

 private:
  ShaAlg alg_;
  evp_md_ctx_st* ctx_ = nullptr;
  bool failed_ = false;
  bool finished_ = false;
};

}  // namespace tessera::hash
