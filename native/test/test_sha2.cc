#include <string>

#include "check.h"
#include "hash/sha2.h"

using namespace tessera::hash;
using tessera::test::Hex;

// FIPS 180-2 examples.
TEST(Sha256And384KnownAnswers) {
  const std::string abc = "abc";
  uint8_t out[48];
  REQUIRE(Sha(ShaAlg::kSha256, reinterpret_cast<const uint8_t*>(abc.data()), abc.size(), out));
  CHECK_EQ(Hex(out, 32), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  REQUIRE(Sha(ShaAlg::kSha384, reinterpret_cast<const uint8_t*>(abc.data()), abc.size(), out));
  CHECK_EQ(Hex(out, 48), std::string("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                                     "8086072ba1e7cc2358baeca134c825a7"));
}

TEST(ShaHasherMatchesOneShot) {
  std::string msg;
  for (int i = 0; i < 1000; ++i) msg.push_back(static_cast<char>(i * 7));
  for (ShaAlg alg : {ShaAlg::kSha256, ShaAlg::kSha384}) {
    uint8_t a[48], b[48];
    REQUIRE(Sha(alg, reinterpret_cast<const uint8_t*>(msg.data()), msg.size(), a));
    ShaHasher h(alg);
    REQUIRE(h.ok());
    for (size_t off = 0; off < msg.size(); off += 97) {
      const size_t n = msg.size() - off < 97 ? msg.size() - off : 97;
      CHECK(h.Update(reinterpret_cast<const uint8_t*>(msg.data()) + off, n));
    }
    REQUIRE(h.Final(b));
    CHECK_EQ(Hex(a, ShaDigestBytes(alg)), Hex(b, ShaDigestBytes(alg)));
    CHECK(!h.Final(b));  // a second Final is refused
  }
}
