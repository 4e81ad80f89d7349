// BLAKE3 with SSE4.1: one compression with the state's four rows in four
// registers, and four inputs side by side (one input per 32-bit lane) for
// hash_many and the batch. Functions carry target("sse4.1") so the file needs
// no special compiler flags; they run only when cpu::Detect() says so.
#include "hash/blake3_internal.h"

#if defined(__x86_64__)

#include <immintrin.h>

#include <cstring>

#define TESSERA_SSE41 __attribute__((target("sse4.1")))
#define TESSERA_SSE41_INLINE __attribute__((target("sse4.1"), always_inline)) inline

namespace tessera::hash::blake3_internal {
namespace {

TESSERA_SSE41_INLINE __m128i Add(__m128i a, __m128i b) { return _mm_add_epi32(a, b); }
TESSERA_SSE41_INLINE __m128i Xor(__m128i a, __m128i b) { return _mm_xor_si128(a, b); }
// Rotations by whole bytes are byte shuffles; 12 and 7 are two shifts.
TESSERA_SSE41_INLINE __m128i Rot16(__m128i x) {
  return _mm_shuffle_epi8(x, _mm_set_epi8(13, 12, 15, 14, 9, 8, 11, 10, 5, 4, 7, 6, 1, 0, 3, 2));
}
TESSERA_SSE41_INLINE __m128i Rot8(__m128i x) {
  return _mm_shuffle_epi8(x, _mm_set_epi8(12, 15, 14, 13, 8, 11, 10, 9, 4, 7, 6, 5, 0, 3, 2, 1));
}
TESSERA_SSE41_INLINE __m128i Rot12(__m128i x) { return _mm_or_si128(_mm_srli_epi32(x, 12), _mm_slli_epi32(x, 20)); }
TESSERA_SSE41_INLINE __m128i Rot7(__m128i x) { return _mm_or_si128(_mm_srli_epi32(x, 7), _mm_slli_epi32(x, 25)); }

// ---- One compression, rows in registers -------------------------------

// G on the four columns at once (or, after Diagonalize, the diagonals).
TESSERA_SSE41_INLINE void G4(__m128i& a, __m128i& b, __m128i& c, __m128i& d, __m128i mx, __m128i my) {
  a = Add(Add(a, b), mx);
  d = Rot16(Xor(d, a));
  c = Add(c, d);
  b = Rot12(Xor(b, c));
  a = Add(Add(a, b), my);
  d = Rot8(Xor(d, a));
  c = Add(c, d);
  b = Rot7(Xor(b, c));
}

// Rotates rows 1..3 left by 1..3 lanes so that the diagonals line up in
// columns; Undiagonalize puts them back.
TESSERA_SSE41_INLINE void Diagonalize(__m128i& b, __m128i& c, __m128i& d) {
  b = _mm_shuffle_epi32(b, _MM_SHUFFLE(0, 3, 2, 1));
  c = _mm_shuffle_epi32(c, _MM_SHUFFLE(1, 0, 3, 2));
  d = _mm_shuffle_epi32(d, _MM_SHUFFLE(2, 1, 0, 3));
}
TESSERA_SSE41_INLINE void Undiagonalize(__m128i& b, __m128i& c, __m128i& d) {
  b = _mm_shuffle_epi32(b, _MM_SHUFFLE(2, 1, 0, 3));
  c = _mm_shuffle_epi32(c, _MM_SHUFFLE(1, 0, 3, 2));
  d = _mm_shuffle_epi32(d, _MM_SHUFFLE(0, 3, 2, 1));
}

// Two-source shuffles on 32-bit lanes (the float forms; x86 has no integer
// one): lanes 0-1 from a, lanes 2-3 from b, chosen by imm.
template <int kImm>
TESSERA_SSE41_INLINE __m128i Shuffle2(__m128i a, __m128i b) {
  return _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b), kImm));
}
// Lane 2 from b, the others from a.
TESSERA_SSE41_INLINE __m128i BlendLane2(__m128i a, __m128i b) {
  return _mm_castps_si128(_mm_blend_ps(_mm_castsi128_ps(a), _mm_castsi128_ps(b), 0x4));
}

// The message words a round feeds to G, as four registers:
// x0 = (m0 m2 m4 m6) and x1 = (m1 m3 m5 m7) for the columns,
// x2 = (m8 m10 m12 m14) and x3 = (m9 m11 m13 m15) for the diagonals,
// where m is the block permuted once per round.
struct RoundWords {
  __m128i x0, x1, x2, x3;
};

TESSERA_SSE41_INLINE RoundWords FirstRoundWords(const uint8_t* block) {
  const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block));
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16));
  const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 32));
  const __m128i d = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 48));
  return {Shuffle2<_MM_SHUFFLE(2, 0, 2, 0)>(a, b), Shuffle2<_MM_SHUFFLE(3, 1, 3, 1)>(a, b),
          Shuffle2<_MM_SHUFFLE(2, 0, 2, 0)>(c, d), Shuffle2<_MM_SHUFFLE(3, 1, 3, 1)>(c, d)};
}

// Applies the message permutation [2 6 3 10 7 0 4 13 1 11 12 5 9 14 15 8]
// in registers. Worked out from it: the next round's
//   x0 = (x0[1] x1[1] x1[3] x0[2])   x1 = (x0[3] x2[1] x0[0] x3[2])
//   x2 = (x1[0] x2[2] x3[0] x3[3])   x3 = (x3[1] x1[2] x2[3] x2[0])
// (test_blake3.cc checks every round through the official vectors).
TESSERA_SSE41_INLINE RoundWords NextRoundWords(const RoundWords& w) {
  RoundWords n;
  n.x0 = _mm_shuffle_epi32(Shuffle2<_MM_SHUFFLE(3, 1, 2, 1)>(w.x0, w.x1), _MM_SHUFFLE(1, 3, 2, 0));
  n.x1 = _mm_shuffle_epi32(Shuffle2<_MM_SHUFFLE(2, 1, 0, 3)>(w.x0, BlendLane2(w.x2, w.x3)), _MM_SHUFFLE(3, 1, 2, 0));
  n.x2 = Shuffle2<_MM_SHUFFLE(3, 0, 2, 0)>(BlendLane2(w.x1, w.x2), w.x3);
  n.x3 = Shuffle2<_MM_SHUFFLE(0, 3, 2, 1)>(BlendLane2(w.x3, w.x1), w.x2);
  return n;
}

TESSERA_SSE41_INLINE void RowRound(__m128i& a, __m128i& b, __m128i& c, __m128i& d, const RoundWords& w) {
  G4(a, b, c, d, w.x0, w.x1);
  Diagonalize(b, c, d);
  G4(a, b, c, d, w.x2, w.x3);
  Undiagonalize(b, c, d);
}

// Runs the seven rounds; on return rows a..d hold the final state.
TESSERA_SSE41_INLINE void CompressRows(const uint32_t cv[8], const uint8_t* block, uint32_t block_len,
                                       uint64_t counter, uint32_t flags, __m128i& a, __m128i& b, __m128i& c,
                                       __m128i& d) {
  a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cv));
  b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cv + 4));
  c = _mm_set_epi32(static_cast<int>(kIv[3]), static_cast<int>(kIv[2]), static_cast<int>(kIv[1]),
                    static_cast<int>(kIv[0]));
  d = _mm_set_epi32(static_cast<int>(flags), static_cast<int>(block_len), static_cast<int>(counter >> 32),
                    static_cast<int>(counter));
  RoundWords w = FirstRoundWords(block);
  RowRound(a, b, c, d, w);
  for (int r = 1; r < kRounds; ++r) {
    w = NextRoundWords(w);
    RowRound(a, b, c, d, w);
  }
}

// ---- Four inputs side by side, one per lane ----------------------------

TESSERA_SSE41_INLINE void Transpose4(__m128i& r0, __m128i& r1, __m128i& r2, __m128i& r3) {
  const __m128i t0 = _mm_unpacklo_epi32(r0, r1);
  const __m128i t1 = _mm_unpacklo_epi32(r2, r3);
  const __m128i t2 = _mm_unpackhi_epi32(r0, r1);
  const __m128i t3 = _mm_unpackhi_epi32(r2, r3);
  r0 = _mm_unpacklo_epi64(t0, t1);
  r1 = _mm_unpackhi_epi64(t0, t1);
  r2 = _mm_unpacklo_epi64(t2, t3);
  r3 = _mm_unpackhi_epi64(t2, t3);
}

// m[w] = word w of the block at offset `offset` of each of the four inputs.
TESSERA_SSE41_INLINE void LoadMessages4(const uint8_t* const* in, size_t offset, __m128i m[16]) {
  for (int q = 0; q < 4; ++q) {
    for (int l = 0; l < 4; ++l) m[4 * q + l] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in[l] + offset + 16 * q));
    Transpose4(m[4 * q], m[4 * q + 1], m[4 * q + 2], m[4 * q + 3]);
  }
}

template <int R>
TESSERA_SSE41_INLINE void LaneRound(__m128i v[16], const __m128i m[16]) {
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
TESSERA_SSE41_INLINE void CompressLanes4(__m128i cv[8], const __m128i m[16], __m128i counter_lo, __m128i counter_hi,
                                         __m128i block_len, __m128i flags) {
  __m128i v[16];
  for (int i = 0; i < 8; ++i) v[i] = cv[i];
  for (int i = 0; i < 4; ++i) v[8 + i] = _mm_set1_epi32(static_cast<int>(kIv[i]));
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

TESSERA_SSE41 void HashFour(const uint8_t* const* inputs, size_t blocks, const uint32_t key[8], uint64_t counter,
                            bool increment_counter, uint32_t flags, uint32_t flags_start, uint32_t flags_end,
                            uint8_t* out) {
  __m128i cv[8];
  for (int i = 0; i < 8; ++i) cv[i] = _mm_set1_epi32(static_cast<int>(key[i]));
  uint32_t lo[4];
  uint32_t hi[4];
  for (int l = 0; l < 4; ++l) {
    const uint64_t c = counter + (increment_counter ? static_cast<uint64_t>(l) : 0);
    lo[l] = static_cast<uint32_t>(c);
    hi[l] = static_cast<uint32_t>(c >> 32);
  }
  const __m128i counter_lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(lo));
  const __m128i counter_hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hi));
  const __m128i block_len = _mm_set1_epi32(static_cast<int>(kBlockBytes));
  __m128i m[16];
  for (size_t b = 0; b < blocks; ++b) {
    uint32_t f = flags;
    if (b == 0) f |= flags_start;
    if (b + 1 == blocks) f |= flags_end;
    LoadMessages4(inputs, b * kBlockBytes, m);
    CompressLanes4(cv, m, counter_lo, counter_hi, block_len, _mm_set1_epi32(static_cast<int>(f)));
  }
  // Back from one word per register to one input per register.
  Transpose4(cv[0], cv[1], cv[2], cv[3]);
  Transpose4(cv[4], cv[5], cv[6], cv[7]);
  for (int l = 0; l < 4; ++l) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + l * kCvBytes), cv[l]);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + l * kCvBytes + 16), cv[4 + l]);
  }
}

TESSERA_SSE41 void CompressLanesSse41(uint32_t* cv, const uint8_t* const* blocks, const uint32_t* counter_lo,
                                      const uint32_t* counter_hi, const uint32_t* block_len, const uint32_t* flags) {
  __m128i state[8];
  for (int w = 0; w < 8; ++w) state[w] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cv + 4 * w));
  __m128i m[16];
  LoadMessages4(blocks, 0, m);
  CompressLanes4(state, m, _mm_loadu_si128(reinterpret_cast<const __m128i*>(counter_lo)),
                 _mm_loadu_si128(reinterpret_cast<const __m128i*>(counter_hi)),
                 _mm_loadu_si128(reinterpret_cast<const __m128i*>(block_len)),
                 _mm_loadu_si128(reinterpret_cast<const __m128i*>(flags)));
  for (int w = 0; w < 8; ++w) _mm_storeu_si128(reinterpret_cast<__m128i*>(cv + 4 * w), state[w]);
}

}  // namespace

TESSERA_SSE41 void Sse41CompressInPlace(uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len,
                                        uint64_t counter, uint32_t flags) {
  __m128i a, b, c, d;
  CompressRows(cv, block, block_len, counter, flags, a, b, c, d);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(cv), Xor(a, c));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(cv + 4), Xor(b, d));
}

TESSERA_SSE41 void Sse41CompressXof(const uint32_t cv[8], const uint8_t block[kBlockBytes], uint32_t block_len,
                                    uint64_t counter, uint32_t flags, uint8_t out[64]) {
  __m128i a, b, c, d;
  CompressRows(cv, block, block_len, counter, flags, a, b, c, d);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), Xor(a, c));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16), Xor(b, d));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 32),
                   Xor(c, _mm_loadu_si128(reinterpret_cast<const __m128i*>(cv))));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 48),
                   Xor(d, _mm_loadu_si128(reinterpret_cast<const __m128i*>(cv + 4))));
}

TESSERA_SSE41 void Sse41HashMany(const uint8_t* const* inputs, size_t count, size_t blocks, const uint32_t key[8],
                                 uint64_t counter, bool increment_counter, uint32_t flags, uint32_t flags_start,
                                 uint32_t flags_end, uint8_t* out) {
  while (count >= 4) {
    HashFour(inputs, blocks, key, counter, increment_counter, flags, flags_start, flags_end, out);
    inputs += 4;
    count -= 4;
    if (increment_counter) counter += 4;
    out += 4 * kCvBytes;
  }
  for (size_t i = 0; i < count; ++i) {
    uint32_t cv[8];
    std::memcpy(cv, key, sizeof cv);
    for (size_t b = 0; b < blocks; ++b) {
      uint32_t f = flags;
      if (b == 0) f |= flags_start;
      if (b + 1 == blocks) f |= flags_end;
      Sse41CompressInPlace(cv, inputs[i] + b * kBlockBytes, kBlockBytes, counter, f);
    }
    StoreCv(out + i * kCvBytes, cv);
    if (increment_counter) ++counter;
  }
}

const Kernels& Sse41Kernels() {
  static const Kernels kernels{"sse4.1", Sse41CompressInPlace, Sse41CompressXof, Sse41HashMany, CompressLanesSse41,
                               4};
  return kernels;
}

}  // namespace tessera::hash::blake3_internal

#else  // not x86-64: never selected (Blake3PathAvailable says no).

namespace tessera::hash::blake3_internal {
const Kernels& Sse41Kernels() { return PortableKernels(); }
}  // namespace tessera::hash::blake3_internal

#endif
