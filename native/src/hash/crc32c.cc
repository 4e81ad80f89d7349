#include "hash/crc32c.h"

#include <array>
#include <atomic>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

#include "common/bytes.h"
#include "common/cpu.h"

namespace tessera::hash {
namespace {

constexpr uint32_t kPoly = 0x82F63B78u;

// Slicing-by-8 tables: table[k][b] is the CRC of byte b followed by k zero bytes.
struct Tables {
  std::array<std::array<uint32_t, 256>, 8> t{};
};

constexpr Tables MakeTables() {
  Tables tables;
  for (uint32_t b = 0; b < 256; ++b) {
    uint32_t c = b;
    for (int i = 0; i < 8; ++i) c = (c & 1) ? (c >> 1) ^ kPoly : c >> 1;
    tables.t[0][b] = c;
  }
  for (uint32_t b = 0; b < 256; ++b) {
    for (size_t k = 1; k < 8; ++k) {
      const uint32_t prev = tables.t[k - 1][b];
      tables.t[k][b] = (prev >> 8) ^ tables.t[0][prev & 0xff];
    }
  }
  return tables;
}

constexpr Tables kTables = MakeTables();

using ExtendFn = uint32_t (*)(uint32_t, const uint8_t*, size_t);

std::atomic<int> g_forced{static_cast<int>(Crc32cPath::kAuto)};

Crc32cPath DetectedPath() {
  return cpu::Detect().sse42 ? Crc32cPath::kSse42 : Crc32cPath::kPortable;
}

}  // namespace

uint32_t Crc32cExtendPortable(uint32_t crc, const uint8_t* p, size_t n) {
  const auto& t = kTables.t;
  uint32_t c = ~crc;
  while (n >= 8) {
    const uint32_t lo = LoadLe32(p) ^ c;
    const uint32_t hi = LoadLe32(p + 4);
    c = t[7][lo & 0xff] ^ t[6][(lo >> 8) & 0xff] ^ t[5][(lo >> 16) & 0xff] ^ t[4][lo >> 24] ^
        t[3][hi & 0xff] ^ t[2][(hi >> 8) & 0xff] ^ t[1][(hi >> 16) & 0xff] ^ t[0][hi >> 24];
    p += 8;
    n -= 8;
  }
  while (n-- > 0) c = (c >> 8) ^ t[0][(c ^ *p++) & 0xff];
  return ~c;
}

#if defined(__x86_64__)
namespace {

// The crc32 instruction has a latency of three cycles and a throughput of
// one per cycle, so one dependent chain runs at a third of its speed. Long
// buffers are cut into three stripes hashed side by side; their CRCs are
// then joined by "shifting" the earlier ones over the later stripes' length,
// which is linear on the 32-bit state and so four table lookups.
constexpr int kLongStripeLog2 = 13;
constexpr int kShortStripeLog2 = 8;
constexpr size_t kLongStripeBytes = size_t{1} << kLongStripeLog2;
constexpr size_t kShortStripeBytes = size_t{1} << kShortStripeLog2;

// t[k][b]: the effect on the raw (not inverted) state of byte b in position
// k of it, after a fixed number of zero bytes is hashed.
struct ShiftTable {
  std::array<std::array<uint32_t, 256>, 4> t{};
};

// A linear map on raw states, as the images of the 32 basis states.
using LinearMap = std::array<uint32_t, 32>;

constexpr uint32_t Apply(const LinearMap& map, uint32_t c) {
  uint32_t v = 0;
  for (int bit = 0; bit < 32; ++bit) {
    if ((c >> bit) & 1) v ^= map[bit];
  }
  return v;
}

// Built by squaring the one-zero-byte map (n = 2^log2_n bytes), which keeps
// the compile-time work small enough for clang's constexpr step limit.
constexpr ShiftTable MakeShiftTable(int log2_n) {
  LinearMap basis{};
  for (int bit = 0; bit < 32; ++bit) {
    const uint32_t c = 1u << bit;
    basis[bit] = (c >> 8) ^ kTables.t[0][c & 0xff];
  }
  for (int i = 0; i < log2_n; ++i) {
    LinearMap squared{};
    for (int bit = 0; bit < 32; ++bit) squared[bit] = Apply(basis, basis[bit]);
    basis = squared;
  }
  ShiftTable shift;
  for (int k = 0; k < 4; ++k) {
    for (uint32_t b = 0; b < 256; ++b) {
      uint32_t v = 0;
      for (int bit = 0; bit < 8; ++bit) {
        if ((b >> bit) & 1) v ^= basis[8 * k + bit];
      }
      shift.t[k][b] = v;
    }
  }
  return shift;
}

constexpr ShiftTable kShiftLong = MakeShiftTable(kLongStripeLog2);
constexpr ShiftTable kShiftShort = MakeShiftTable(kShortStripeLog2);

inline uint32_t Shift(const ShiftTable& s, uint32_t c) {
  return s.t[0][c & 0xff] ^ s.t[1][(c >> 8) & 0xff] ^ s.t[2][(c >> 16) & 0xff] ^ s.t[3][c >> 24];
}

// Hashes whole groups of three stripes of `stripe` bytes (a multiple of 8);
// returns the state and advances p and n.
__attribute__((target("sse4.2"))) inline uint64_t ThreeStripes(uint64_t c, const uint8_t*& p, size_t& n,
                                                                size_t stripe, const ShiftTable& shift) {
  while (n >= 3 * stripe) {
    uint64_t c1 = 0;
    uint64_t c2 = 0;
    const uint8_t* p1 = p + stripe;
    const uint8_t* p2 = p + 2 * stripe;
    for (size_t i = 0; i < stripe; i += 8) {
      c = _mm_crc32_u64(c, LoadLe64(p + i));
      c1 = _mm_crc32_u64(c1, LoadLe64(p1 + i));
      c2 = _mm_crc32_u64(c2, LoadLe64(p2 + i));
    }
    // crc(a‖b‖c) = shift(shift(crc(a)) ^ crc(b)) ^ crc(c), on raw states.
    uint32_t joined = Shift(shift, static_cast<uint32_t>(c)) ^ static_cast<uint32_t>(c1);
    joined = Shift(shift, joined) ^ static_cast<uint32_t>(c2);
    c = joined;
    p += 3 * stripe;
    n -= 3 * stripe;
  }
  return c;
}

}  // namespace

__attribute__((target("sse4.2"))) uint32_t Crc32cExtendSse42(uint32_t crc, const uint8_t* p, size_t n) {
  uint64_t c = ~crc;
  while (n > 0 && (reinterpret_cast<uintptr_t>(p) & 7) != 0) {
    c = _mm_crc32_u8(static_cast<uint32_t>(c), *p++);
    --n;
  }
  c = ThreeStripes(c, p, n, kLongStripeBytes, kShiftLong);
  c = ThreeStripes(c, p, n, kShortStripeBytes, kShiftShort);
  while (n >= 8) {
    c = _mm_crc32_u64(c, LoadLe64(p));
    p += 8;
    n -= 8;
  }
  while (n-- > 0) c = _mm_crc32_u8(static_cast<uint32_t>(c), *p++);
  return ~static_cast<uint32_t>(c);
}
#else
uint32_t Crc32cExtendSse42(uint32_t crc, const uint8_t* p, size_t n) {
  return Crc32cExtendPortable(crc, p, n);
}
#endif

bool Crc32cPathAvailable(Crc32cPath path) {
  switch (path) {
    case Crc32cPath::kAuto:
    case Crc32cPath::kPortable:
      return true;
    case Crc32cPath::kSse42:
      return cpu::Detect().sse42;
  }
  return false;
}

bool SetCrc32cPath(Crc32cPath path) {
  if (!Crc32cPathAvailable(path)) return false;
  g_forced.store(static_cast<int>(path), std::memory_order_relaxed);
  return true;
}

Crc32cPath ActiveCrc32cPath() {
  const auto forced = static_cast<Crc32cPath>(g_forced.load(std::memory_order_relaxed));
  return forced == Crc32cPath::kAuto ? DetectedPath() : forced;
}

const char* Crc32cPathName(Crc32cPath path) {
  switch (path) {
    case Crc32cPath::kAuto:
      return "auto";
    case Crc32cPath::kPortable:
      return "portable";
    case Crc32cPath::kSse42:
      return "sse4.2";
  }
  return "unknown";
}

uint32_t Crc32cExtend(uint32_t crc, const uint8_t* data, size_t size) {
  return ActiveCrc32cPath() == Crc32cPath::kSse42 ? Crc32cExtendSse42(crc, data, size)
                                                  : Crc32cExtendPortable(crc, data, size);
}

}  // namespace tessera::hash
