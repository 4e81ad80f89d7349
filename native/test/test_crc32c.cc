#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "check.h"
#include "hash/crc32c.h"

using namespace tessera::hash;

namespace {
uint32_t Crc(const std::string& s) {
  return Crc32cExtendPortable(0, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}
}  // namespace

// Published check values (RFC 3720 B.4 and the CRC catalogue's "123456789").
TEST(Crc32cCheckValues) {
  CHECK_EQ(Crc("123456789"), 0xE3069283u);
  CHECK_EQ(Crc(""), 0u);
  std::vector<uint8_t> zeros(32, 0), ones(32, 0xff), inc(32), dec(32);
  for (int i = 0; i < 32; ++i) {
    inc[i] = static_cast<uint8_t>(i);
    dec[i] = static_cast<uint8_t>(31 - i);
  }
  CHECK_EQ(Crc32cExtendPortable(0, zeros.data(), 32), 0x8A9136AAu);
  CHECK_EQ(Crc32cExtendPortable(0, ones.data(), 32), 0x62A8AB43u);
  CHECK_EQ(Crc32cExtendPortable(0, inc.data(), 32), 0x46DD794Eu);
  CHECK_EQ(Crc32cExtendPortable(0, dec.data(), 32), 0x113FDB5Cu);
  if (Crc32cPathAvailable(Crc32cPath::kSse42)) {
    CHECK_EQ(Crc32cExtendSse42(0, inc.data(), 32), 0x46DD794Eu);
  }
}

TEST(Crc32cPathsAgreeOnRandomInputs) {
  if (!Crc32cPathAvailable(Crc32cPath::kSse42)) return;
  std::mt19937 rng(7);
  std::vector<uint8_t> buf(70000);
  for (auto& b : buf) b = static_cast<uint8_t>(rng());
  for (size_t len : {0u, 1u, 7u, 8u, 9u, 63u, 64u, 65u, 1000u, 4096u, 65537u}) {
    for (size_t off : {0u, 1u, 3u}) {
      CHECK_EQ(Crc32cExtendPortable(0, buf.data() + off, len), Crc32cExtendSse42(0, buf.data() + off, len));
    }
  }
}

TEST(Crc32cExtendIsConcatenation) {
  const std::string a = "hello, ", b = "world";
  const uint32_t whole = Crc(a + b);
  const uint32_t part = Crc32cExtend(Crc32cExtend(0, reinterpret_cast<const uint8_t*>(a.data()), a.size()),
                                     reinterpret_cast<const uint8_t*>(b.data()), b.size());
  CHECK_EQ(whole, part);
}

// Lengths around the three-stripe thresholds (3 x 256 and 3 x 8192 bytes) and
// long ones, at every alignment, continued from a non-zero seed.
TEST(Crc32cStripedLengthsAgree) {
  if (!Crc32cPathAvailable(Crc32cPath::kSse42)) return;
  std::mt19937 rng(9);
  std::vector<uint8_t> buf((1 << 20) + 64);
  for (auto& b : buf) b = static_cast<uint8_t>(rng());
  for (size_t len : {767u, 768u, 769u, 775u, 776u, 1536u, 24575u, 24576u, 24577u, 25344u, 49152u + 768u + 13u,
                     (1u << 20) + 5u}) {
    for (size_t off = 0; off < 8; ++off) {
      CHECK_EQ(Crc32cExtendPortable(0x12345678u, buf.data() + off, len),
               Crc32cExtendSse42(0x12345678u, buf.data() + off, len));
    }
  }
}
