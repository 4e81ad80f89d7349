// Internals shared by the BLAKE3 tree logic (blake3.cc) and its compression
// kernels (blake3_portable.cc, blake3_sse41.cc, blake3_avx2.cc). Not part of
// the public API: use hash/blake3.h.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace tessera::hash::blake3_internal {

constexpr size_t kBlockBytes = 64;
constexpr size_t kChunkBytes = 1024;
constexpr size_t kBlocksPerChunk = kChunkBytes / kBlockBytes;
constexpr size_t kCvBytes = 32;
// 2^54 chunks of 1 KiB cover 2^64 bytes: the CV stack never holds more.
constexpr size_t kCvStackMax = 54;
// The widest kernel (AVX2) hashes this many inputs side by side.
constexpr size_t kLanesMax = 8;

// Domain flags of the compression function (BLAKE3 spec, table 3).
constexpr uint32_t kChunkStart = 1u << 0;
constexpr uint32_t kChunkEnd = 1u << 1;
constexpr uint32_t kParent = 1u << 2;
constexpr uint32_t kRoot = 1u << 3;
constexpr uint32_t kKeyedHash = 1u << 4;
constexpr uint32_t kDeriveKeyContext = 1u << 5;
constexpr uint32_t kDeriveKeyMaterial = 1u << 6;

// The initialisation vector (the same constants as SHA-256's).
constexpr uint32_t kIv[8] = {0x6A09E667u, 0xBB67AE85u, 0x3C6EF372u, 0xA54FF53Au,
                             0x510E527Fu, 0x9B05688Cu, 0x1F83D9ABu, 0x5BE0CD19u};

// The message word permutation applied between rounds.
constexpr uint8_t kPermutation[16] = {2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8};
constexpr int kRounds = 7;

// kSchedule[r][i]: which original message word round r reads in position i
// (the permutation applied r times), so that kernels never move words.
using Schedule = std::array<std::array<uint8_t, 16>, kRounds>;
constexpr Schedule MakeSchedule() {
  Schedule s{};
  for (uint8_t i = 0; i < 16; ++i) s[0][i] = i;
  for (int r = 1; r < kRounds; ++r) {
    for (int i = 0; i < 16; ++i) s[r][i] = s[r - 1][kPermutation[i]];
  }
  return s;
}
constexpr Schedule kSchedule = MakeSchedule();

// One compression whose chaining value replaces `cv` (the first 8 words of
// the output). `block` holds 64 bytes; bytes past block_len must be zero.
using CompressInPlaceFn = void (*)(uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len,
                                   uint64_t counter, uint32_t flags);

// One compression's full 64-byte output (the extendable output of a root).
using CompressXofFn = void (*)(const uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len,
                               uint64_t counter, uint32_t flags, uint8_t out[64]);

// Hashes `count` inputs, each exactly `blocks` full 64-byte blocks long,
// each from chaining value `key`, and writes each one's 32-byte chaining
// value to out + 32 * i. Input i uses counter `counter + i` when
// increment_counter (chunks), else `counter` (parent nodes). Every block
// gets `flags`; the first also `flags_start`, the last also `flags_end`.
// Kernels read all of an input's blocks before writing its output.
using HashManyFn = void (*)(const uint8_t* const* inputs, size_t count, size_t blocks, const uint32_t key[8],
                            uint64_t counter, bool increment_counter, uint32_t flags, uint32_t flags_start,
                            uint32_t flags_end, uint8_t* out);

// One compression in each of `lanes` independent states with per-lane
// parameters (the batch of small messages). cv is transposed: word w of
// lane l at cv[w * lanes + l]; updated in place.
using CompressLanesFn = void (*)(uint32_t* cv, const uint8_t* const* blocks, const uint32_t* counter_lo,
                                 const uint32_t* counter_hi, const uint32_t* block_len, const uint32_t* flags);

struct Kernels {
  const char* name;
  CompressInPlaceFn compress_in_place;
  CompressXofFn compress_xof;
  HashManyFn hash_many;
  CompressLanesFn compress_lanes;
  size_t lanes;  // inputs hash_many and compress_lanes process side by side
};

const Kernels& PortableKernels();
// Only call these when the CPU has the feature (cpu::Detect()).
const Kernels& Sse41Kernels();
const Kernels& Avx2Kernels();

// The portable compression.
void PortableCompressInPlace(uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len,
                             uint64_t counter, uint32_t flags);
// SSE4.1 pieces the AVX2 kernels reuse: one compression, and 4-way hash_many
// for a remainder narrower than 8 inputs. Require SSE4.1.
void Sse41CompressInPlace(uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len, uint64_t counter,
                          uint32_t flags);
void Sse41CompressXof(const uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len, uint64_t counter,
                      uint32_t flags, uint8_t out[64]);
void Sse41HashMany(const uint8_t* const* inputs, size_t count, size_t blocks, const uint32_t key[8], uint64_t counter,
                   bool increment_counter, uint32_t flags, uint32_t flags_start, uint32_t flags_end, uint8_t* out);

inline uint32_t Load32(const uint8_t* p) {
  return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
         (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
}
inline void Store32(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
  p[2] = static_cast<uint8_t>(v >> 16);
  p[3] = static_cast<uint8_t>(v >> 24);
}
inline void StoreCv(uint8_t out[kCvBytes], const uint32_t cv[8]) {
  for (int i = 0; i < 8; ++i) Store32(out + 4 * i, cv[i]);
}
inline void LoadCv(uint32_t cv[8], const uint8_t in[kCvBytes]) {
  for (int i = 0; i < 8; ++i) cv[i] = Load32(in + 4 * i);
}

}  // namespace tessera::hash::blake3_internal
