// BLAKE3 compression in plain C++: the reference for the SIMD kernels and the
// path on CPUs without SSE4.1.
#include <cstring>

#include "hash/blake3_internal.h"

namespace tessera::hash::blake3_internal {
namespace {

inline uint32_t Rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

inline void G(uint32_t* v, int a, int b, int c, int d, uint32_t mx, uint32_t my) {
  v[a] = v[a] + v[b] + mx;
  v[d] = Rotr(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d];
  v[b] = Rotr(v[b] ^ v[c], 12);
  v[a] = v[a] + v[b] + my;
  v[d] = Rotr(v[d] ^ v[a], 8);
  v[c] = v[c] + v[d];
  v[b] = Rotr(v[b] ^ v[c], 7);
}

// The seven rounds over the 16-word state v.
inline void Permute(uint32_t v[16], const uint32_t m[16]) {
  for (int r = 0; r < kRounds; ++r) {
    const auto& s = kSchedule[r];
    G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
    G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
    G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
    G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
    G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
    G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
    G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
    G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
}

inline void InitState(uint32_t v[16], const uint32_t cv[8], uint32_t block_len, uint64_t counter,
                      uint32_t flags) {
  for (int i = 0; i < 8; ++i) v[i] = cv[i];
  for (int i = 0; i < 4; ++i) v[8 + i] = kIv[i];
  v[12] = static_cast<uint32_t>(counter);
  v[13] = static_cast<uint32_t>(counter >> 32);
  v[14] = block_len;
  v[15] = flags;
}

inline void LoadBlock(uint32_t m[16], const uint8_t* block) {
  for (int i = 0; i < 16; ++i) m[i] = Load32(block + 4 * i);
}

void CompressXof(const uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len, uint64_t counter,
                 uint32_t flags, uint8_t out[64]) {
  uint32_t m[16];
  uint32_t v[16];
  LoadBlock(m, block);
  InitState(v, cv, block_len, counter, flags);
  Permute(v, m);
  for (int i = 0; i < 8; ++i) {
    Store32(out + 4 * i, v[i] ^ v[i + 8]);
    Store32(out + 32 + 4 * i, v[i + 8] ^ cv[i]);
  }
}

void HashMany(const uint8_t* const* inputs, size_t count, size_t blocks, const uint32_t key[8], uint64_t counter,
              bool increment_counter, uint32_t flags, uint32_t flags_start, uint32_t flags_end, uint8_t* out) {
  for (size_t i = 0; i < count; ++i) {
    uint32_t cv[8];
    std::memcpy(cv, key, sizeof cv);
    const uint64_t ctr = counter + (increment_counter ? i : 0);
    for (size_t b = 0; b < blocks; ++b) {
      uint32_t f = flags;
      if (b == 0) f |= flags_start;
      if (b + 1 == blocks) f |= flags_end;
      PortableCompressInPlace(cv, inputs[i] + b * kBlockBytes, kBlockBytes, ctr, f);
    }
    StoreCv(out + i * kCvBytes, cv);
  }
}

// One lane: the transposed layout degenerates to a plain cv.
void CompressLanes(uint32_t* cv, const uint8_t* const* blocks, const uint32_t* counter_lo,
                   const uint32_t* counter_hi, const uint32_t* block_len, const uint32_t* flags) {
  const uint64_t counter = (static_cast<uint64_t>(counter_hi[0]) << 32) | counter_lo[0];
  PortableCompressInPlace(cv, blocks[0], block_len[0], counter, flags[0]);
}

}  // namespace

void PortableCompressInPlace(uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len,
                             uint64_t counter, uint32_t flags) {
  uint32_t m[16];
  uint32_t v[16];
  LoadBlock(m, block);
  InitState(v, cv, block_len, counter, flags);
  Permute(v, m);
  for (int i = 0; i < 8; ++i) cv[i] = v[i] ^ v[i + 8];
}

const Kernels& PortableKernels() {
  static const Kernels kernels{"portable", PortableCompressInPlace, CompressXof, HashMany, CompressLanes, 1};
  return kernels;
}

}  // namespace tessera::hash::blake3_internal
