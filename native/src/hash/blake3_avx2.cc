// BLAKE3 with AVX2: eight inputs side by side, one per 32-bit lane of a
// 256-bit register (state word w of all eight in one register), for
// hash_many (chunks and parents) and the batch. Message words are loaded
// eight inputs at a time and transposed. Narrower remainders and single
// compressions use the SSE4.1 code. Functions carry target("avx2"); they run
// only when cpu::Detect() reports AVX2 and OS support for its registers.
#include "hash/blake3_internal.h"

#if defined(__x86_64__)

#include <immintrin.h>

#define TESSERA_AVX2 __attribute__((target("avx2")))
#define TESSERA_AVX2_INLINE __attribute__((target("avx2"), always_inline)) inline

namespace tessera::hash::blake3_internal {
namespace {

TESSERA_AVX2_INLINE __m256i Add(__m256i a, __m256i b) { return _mm256_add_epi32(a, b); }
TESSERA_AVX2_INLINE __m256i Xor(__m256i a, __m256i b) { return _mm256_xor_si256(a, b); }
TESSERA_AVX2_INLINE __m256i Rot16(__m256i x) {
  return _mm256_shuffle_epi8(x, _mm256_set_epi8(13, 12, 15, 14, 9, 8, 11, 10, 5, 4, 7, 6, 1, 0, 3, 2, 13, 12, 15, 14,
                                                9, 8, 11, 10, 5, 4, 7, 6, 1, 0, 3, 2));
}
TESSERA_AVX2_INLINE __m256i Rot8(__m256i x) {
  return _mm256_shuffle_epi8(x, _mm256_set_epi8(12, 15, 14, 13, 8, 11, 10, 9, 4, 7, 6, 5, 0, 3, 2, 1, 12, 15, 14, 13,
                                                8, 11, 10, 9, 4, 7, 6, 5, 0, 3, 2, 1));
}
TESSERA_AVX2_INLINE __m256i Rot12(__m256i x) {
  return _mm256_or_si256(_mm256_srli_epi32(x, 12), _mm256_slli_epi32(x, 20));
}
TESSERA_AVX2_INLINE __m256i Rot7(__m256i x) { return _mm256_or_si256(_mm256_srli_epi32(x, 7), _mm256_slli_epi32(x, 25)); }

TESSERA_AVX2_INLINE __m256i Load(const void* p) { return _mm256_loadu_si256(static_cast<const __m256i*>(p)); }
TESSERA_AVX2_INLINE void Store(void* p, __m256i x) { _mm256_storeu_si256(static_cast<__m256i*>(p), x); }

// Transposes an 8x8 matrix of 32-bit words held as eight rows.
TESSERA_AVX2_INLINE void Transpose8(__m256i r[8]) {
  const __m256i t0 = _mm256_unpacklo_epi32(r[0], r[1]);
  const __m256i t1 = _mm256_unpackhi_epi32(r[0], r[1]);
  const __m256i t2 = _mm256_unpacklo_epi32(r[2], r[3]);
  const __m256i t3 = _mm256_unpackhi_epi32(r[2], r[3]);
  const __m256i t4 = _mm256_unpacklo_epi32(r[4], r[5]);
  const __m256i t5 = _mm256_unpackhi_epi32(r[4], r[5]);
  const __m256i t6 = _mm256_unpacklo_epi32(r[6], r[7]);
  const __m256i t7 = _mm256_unpackhi_epi32(r[6], r[7]);
  // u_k holds word k (low 128 bits) and word k+4 (high) of rows 0-3 / 4-7.
  const __m256i u0 = _mm256_unpacklo_epi64(t0, t2);
  const __m256i u1 = _mm256_unpackhi_epi64(t0, t2);
  const __m256i u2 = _mm256_unpacklo_epi64(t1, t3);
  const __m256i u3 = _mm256_unpackhi_epi64(t1, t3);
  const __m256i u4 = _mm256_unpacklo_epi64(t4, t6);
  const __m256i u5 = _mm256_unpackhi_epi64(t4, t6);
  const __m256i u6 = _mm256_unpacklo_epi64(t5, t7);
  const __m256i u7 = _mm256_unpackhi_epi64(t5, t7);
  r[0] = _mm256_permute2x128_si256(u0, u4, 0x20);
  r[1] = _mm256_permute2x128_si256(u1, u5, 0x20);
  r[2] = _mm256_permute2x128_si256(u2, u6, 0x20);
  r[3] = _mm256_permute2x128_si256(u3, u7, 0x20);
  r[4] = _mm256_permute2x128_si256(u0, u4, 0x31);
  r[5] = _mm256_permute2x128_si256(u1, u5, 0x31);
  r[6] = _mm256_permute2x128_si256(u2, u6, 0x31);
  r[7] = _mm256_permute2x128_si256(u3, u7, 0x31);
}

// m[w] = word w of the block at `offset` of each of the eight inputs.
TESSERA_AVX2_INLINE void LoadMessages8(const uint8_t* const* in, size_t offset, __m256i m[16]) {
  for (int l = 0; l < 8; ++l) m[l] = Load(in[l] + offset);
  for (int l = 0; l < 8; ++l) m[8 + l] = Load(in[l] + offset + 32);
  Transpose8(m);
  Transpose8(m + 8);
}

template <int R>
TESSERA_AVX2_INLINE void LaneRound(__m256i v[16], const __m256i m[16]) {
  constexpr auto s = kSchedule[R];
  // Columns, the four G steps interleaved.
  v[0] = Add(Add(v[0], v[4]), m[s[0]]);
  v[1] = Add(Add(v[1], v[5]), m[s[2]]);
  v[2] = Add(Add(v[2], v[6]), m[s[4]]);
  v[3] = Add(Add(v[3], v[7]), m[s[6]]);
  v[12] = Rot16(Xor(v[12], v[0]));
  v[13] = Rot16(Xor(v[13], v[1]));
  v[14] = Rot16(Xor(v[14], v[2]));
  v[15] = Rot16(Xor(v[15], v[3]));
  v[8] = Add(v[8], v[12]);
  v[9] = Add(v[9], v[13]);
  v[10] = Add(v[10], v[14]);
  v[11] = Add(v[11], v[15]);
  v[4] = Rot12(Xor(v[4], v[8]));
  v[5] = Rot12(Xor(v[5], v[9]));
  v[6] = Rot12(Xor(v[6], v[10]));
  v[7] = Rot12(Xor(v[7], v[11]));
  v[0] = Add(Add(v[0], v[4]), m[s[1]]);
  v[1] = Add(Add(v[1], v[5]), m[s[3]]);
  v[2] = Add(Add(v[2], v[6]), m[s[5]]);
  v[3] = Add(Add(v[3], v[7]), m[s[7]]);
  v[12] = Rot8(Xor(v[12], v[0]));
  v[13] = Rot8(Xor(v[13], v[1]));
  v[14] = Rot8(Xor(v[14], v[2]));
  v[15] = Rot8(Xor(v[15], v[3]));
  v[8] = Add(v[8], v[12]);
  v[9] = Add(v[9], v[13]);
  v[10] = Add(v[10], v[14]);
  v[11] = Add(v[11], v[15]);
  v[4] = Rot7(Xor(v[4], v[8]));
  v[5] = Rot7(Xor(v[5], v[9]));
  v[6] = Rot7(Xor(v[6], v[10]));
  v[7] = Rot7(Xor(v[7], v[11]));
  // Diagonals: (0,5,10,15) (1,6,11,12) (2,7,8,13) (3,4,9,14).
  v[0] = Add(Add(v[0], v[5]), m[s[8]]);
  v[1] = Add(Add(v[1], v[6]), m[s[10]]);
  v[2] = Add(Add(v[2], v[7]), m[s[12]]);
  v[3] = Add(Add(v[3], v[4]), m[s[14]]);
  v[15] = Rot16(Xor(v[15], v[0]));
  v[12] = Rot16(Xor(v[12], v[1]));
  v[13] = Rot16(Xor(v[13], v[2]));
  v[14] = Rot16(Xor(v[14], v[3]));
  v[10] = Add(v[10], v[15]);
  v[11] = Add(v[11], v[12]);
  v[8] = Add(v[8], v[13]);
  v[9] = Add(v[9], v[14]);
  v[5] = Rot12(Xor(v[5], v[10]));
  v[6] = Rot12(Xor(v[6], v[11]));
  v[7] = Rot12(Xor(v[7], v[8]));
  v[4] = Rot12(Xor(v[4], v[9]));
  v[0] = Add(Add(v[0], v[5]), m[s[9]]);
  v[1] = Add(Add(v[1], v[6]), m[s[11]]);
  v[2] = Add(Add(v[2], v[7]), m[s[13]]);
  v[3] = Add(Add(v[3], v[4]), m[s[15]]);
  v[15] = Rot8(Xor(v[15], v[0]));
  v[12] = Rot8(Xor(v[12], v[1]));
  v[13] = Rot8(Xor(v[13], v[2]));
  v[14] = Rot8(Xor(v[14], v[3]));
  v[10] = Add(v[10], v[15]);
  v[11] = Add(v[11], v[12]);
  v[8] = Add(v[8], v[13]);
  v[9] = Add(v[9], v[14]);
  v[5] = Rot7(Xor(v[5], v[10]));
  v[6] = Rot7(Xor(v[6], v[11]));
  v[7] = Rot7(Xor(v[7], v[8]));
  v[4] = Rot7(Xor(v[4], v[9]));
}

// v[0..7] = cv, v[8..15] = IV and the per-lane parameters; seven rounds;
// then cv = v[0..7] ^ v[8..15].
TESSERA_AVX2_INLINE void CompressLanes8(__m256i cv[8], const __m256i m[16], __m256i counter_lo, __m256i counter_hi,
                                        __m256i block_len, __m256i flags) {
  __m256i v[16];
  for (int i = 0; i < 8; ++i) v[i] = cv[i];
  for (int i = 0; i < 4; ++i) v[8 + i] = _mm256_set1_epi32(static_cast<int>(kIv[i]));
  v[12] = counter_lo;
  v[13] = counter_hi;
  v[14] = block_len;
  v[15] = flags;
  LaneRound<0>(v, m);
  LaneRound<1>(v, m);
  LaneRound<2>(v, m);
  LaneRound<3>(v, m);
  LaneRound<4>(v, m);
  LaneRound<5>(v, m);
  LaneRound<6>(v, m);
  for (int i = 0; i < 8; ++i) cv[i] = Xor(v[i], v[i + 8]);
}

TESSERA_AVX2 void HashEight(const uint8_t* const* inputs, size_t blocks, const uint32_t key[8], uint64_t counter,
                            bool increment_counter, uint32_t flags, uint32_t flags_start, uint32_t flags_end,
                            uint8_t* out) {
  __m256i cv[8];
  for (int i = 0; i < 8; ++i) cv[i] = _mm256_set1_epi32(static_cast<int>(key[i]));
  alignas(32) uint32_t lo[8];
  alignas(32) uint32_t hi[8];
  for (int l = 0; l < 8; ++l) {
    const uint64_t c = counter + (increment_counter ? static_cast<uint64_t>(l) : 0);
    lo[l] = static_cast<uint32_t>(c);
    hi[l] = static_cast<uint32_t>(c >> 32);
  }
  const __m256i counter_lo = Load(lo);
  const __m256i counter_hi = Load(hi);
  const __m256i block_len = _mm256_set1_epi32(static_cast<int>(kBlockBytes));
  __m256i m[16];
  for (size_t b = 0; b < blocks; ++b) {
    uint32_t f = flags;
    if (b == 0) f |= flags_start;
    if (b + 1 == blocks) f |= flags_end;
    LoadMessages8(inputs, b * kBlockBytes, m);
    CompressLanes8(cv, m, counter_lo, counter_hi, block_len, _mm256_set1_epi32(static_cast<int>(f)));
  }
  // Back from one word per register to one input per register.
  Transpose8(cv);
  for (int l = 0; l < 8; ++l) Store(out + l * kCvBytes, cv[l]);
}

TESSERA_AVX2 void Avx2HashMany(const uint8_t* const* inputs, size_t count, size_t blocks, const uint32_t key[8],
                               uint64_t counter, bool increment_counter, uint32_t flags, uint32_t flags_start,
                               uint32_t flags_end, uint8_t* out) {
  while (count >= 8) {
    HashEight(inputs, blocks, key, counter, increment_counter, flags, flags_start, flags_end, out);
    inputs += 8;
    count -= 8;
    if (increment_counter) counter += 8;
    out += 8 * kCvBytes;
  }
  Sse41HashMany(inputs, count, blocks, key, counter, increment_counter, flags, flags_start, flags_end, out);
}

TESSERA_AVX2 void CompressLanesAvx2(uint32_t* cv, const uint8_t* const* blocks, const uint32_t* counter_lo,
                                    const uint32_t* counter_hi, const uint32_t* block_len, const uint32_t* flags) {
  __m256i state[8];
  for (int w = 0; w < 8; ++w) state[w] = Load(cv + 8 * w);
  __m256i m[16];
  LoadMessages8(blocks, 0, m);
  CompressLanes8(state, m, Load(counter_lo), Load(counter_hi), Load(block_len), Load(flags));
  for (int w = 0; w < 8; ++w) Store(cv + 8 * w, state[w]);
}

}  // namespace

const Kernels& Avx2Kernels() {
  static const Kernels kernels{"avx2", Sse41CompressInPlace, Sse41CompressXof, Avx2HashMany, CompressLanesAvx2, 8};
  return kernels;
}

}  // namespace tessera::hash::blake3_internal

#else  // not x86-64: never selected (Blake3PathAvailable says no).

namespace tessera::hash::blake3_internal {
const Kernels& Avx2Kernels() { return PortableKernels(); }
}  // namespace tessera::hash::blake3_internal

#endif
