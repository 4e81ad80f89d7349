// BLAKE3 (hash, keyed_hash, derive_key; extendable output), written from the
// BLAKE3 specification. The tree logic lives in blake3.cc; the compression
// kernels (portable, SSE4.1 4-way, AVX2 8-way) are chosen at run time from
// cpu::Detect(), and SetBlake3Path() forces one so tests cover each.
//
// Every path gives the same bytes; only speed differs. No function here can
// fail: lengths are size_t and every input is valid.
#pragma once

#include <cstddef>
#include <cstdint>

#include "hash/blake3_internal.h"

namespace tessera::hash {

constexpr size_t kBlake3KeyBytes = 32;
// The default output length; any length can be requested (extendable output).
constexpr size_t kBlake3OutBytes = 32;
// The longest output the bindings hand out in one call (the core has no
// limit; this bounds what a bad argument can make us allocate).
constexpr size_t kBlake3OutBytesMax = size_t{16} << 20;

enum class Blake3Path { kAuto = 0, kPortable = 1, kSse41 = 2, kAvx2 = 3 };

bool Blake3PathAvailable(Blake3Path path);
// Forces a path for every BLAKE3 function (process-wide). Returns false, and
// changes nothing, when the CPU lacks it. kAuto restores detection.
bool SetBlake3Path(Blake3Path path);
// The path in use: the forced one, or the best the CPU has.
Blake3Path ActiveBlake3Path();
const char* Blake3PathName(Blake3Path path);

// Incremental BLAKE3. Finalize() does not change the state, so a hasher can
// be finalized, updated and finalized again (the bindings refuse that to
// match node:crypto; the core does not need to). Copyable.
class Blake3Hasher {
 public:
  // The hash mode.
  Blake3Hasher();
  // The keyed_hash mode; `key` holds kBlake3KeyBytes bytes.
  explicit Blake3Hasher(const uint8_t* key);
  // The derive_key mode: the context string (any bytes, conventionally a
  // hard-coded, globally unique, application-specific ASCII string).
  static Blake3Hasher ForDeriveKey(const uint8_t* context, size_t context_size);

  void Update(const uint8_t* data, size_t size);
  // Writes `out_size` bytes of output starting at byte `seek` of the
  // extendable output (seek 0 and 32 bytes is the usual digest).
  void Finalize(uint8_t* out, size_t out_size, uint64_t seek = 0) const;
  // Total bytes given to Update().
  uint64_t bytes_hashed() const { return chunk_counter_ * blake3_internal::kChunkBytes + ChunkLen(); }

 private:
  Blake3Hasher(const uint32_t key[8], uint32_t flags);

  size_t ChunkLen() const { return blocks_compressed_ * blake3_internal::kBlockBytes + buf_len_; }
  // Adds input to the current chunk; `size` never takes it past 1024 bytes.
  void ChunkUpdate(const blake3_internal::Kernels& k, const uint8_t* data, size_t size);
  // The chaining value of the current (complete) chunk.
  void ChunkCv(const blake3_internal::Kernels& k, uint32_t cv[8]) const;
  void ResetChunk(uint64_t chunk_counter);
  // Folds pairs of CVs on the stack until it holds one per set bit of
  // `total_chunks`. Called only when more input is known to follow, so no
  // fold made here can be the root.
  void MergeStack(const blake3_internal::Kernels& k, uint64_t total_chunks);
  void PushCv(const blake3_internal::Kernels& k, const uint8_t cv[32], uint64_t chunk_counter);

  uint32_t key_[8];
  uint32_t flags_;  // mode flags carried by every compression
  // The current chunk.
  uint32_t chunk_cv_[8];
  uint64_t chunk_counter_ = 0;
  uint8_t buf_[blake3_internal::kBlockBytes];
  uint32_t buf_len_ = 0;
  uint32_t blocks_compressed_ = 0;
  // Chaining values of complete subtrees, largest first. Invariant: at most
  // one unmerged pair on top, and only while no more input has been seen.
  uint8_t stack_[blake3_internal::kCvStackMax + 1][blake3_internal::kCvBytes];
  size_t stack_len_ = 0;
};

// One-shot forms; `out` receives out_size bytes (any length).
void Blake3Hash(const uint8_t* data, size_t size, uint8_t* out, size_t out_size);
void Blake3KeyedHash(const uint8_t* key, const uint8_t* data, size_t size, uint8_t* out, size_t out_size);
void Blake3DeriveKey(const uint8_t* context, size_t context_size, const uint8_t* material, size_t size,
                     uint8_t* out, size_t out_size);

// Hashes `count` messages, message i being data[offsets[i], offsets[i+1]),
// to 32-byte digests at out + 32 * i. Messages of one chunk or less share
// the SIMD lanes (one message per lane); longer ones are hashed one by one.
// Precondition: offsets are non-decreasing (hash/batch.h checks them).
void Blake3HashBatch(const uint8_t* data, const uint32_t* offsets, size_t count, uint8_t* out);

}  // namespace tessera::hash
