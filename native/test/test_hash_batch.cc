// The batch call: offsets are checked with errors naming the bad index, and
// every algorithm's batch equals its one-shot digest of each message.
#include <random>
#include <string>
#include <vector>

#include "check.h"
#include "hash/batch.h"
#include "hash/blake3.h"
#include "hash/sha2.h"

using namespace tessera;
using namespace tessera::hash;
using tessera::test::Hex;

TEST(HashBatchRefusesBadOffsets) {
  const std::vector<uint8_t> data(100, 1);
  uint8_t out[48 * 4];
  const ByteView view(data.data(), data.size());

  Status s = HashBatch(HashAlg::kBlake3, view, nullptr, 0, out, sizeof out);
  CHECK(!s.ok());
  CHECK_EQ(s.error().code, std::string("ERR_INVALID_ARG_VALUE"));

  const uint32_t decreasing[] = {0, 50, 40};
  s = HashBatch(HashAlg::kSha256, view, decreasing, 3, out, sizeof out);
  CHECK_EQ(s.error().code, std::string("ERR_INVALID_ARG_VALUE"));
  CHECK_EQ(s.error().message, std::string("offsets[2] = 40 is less than offsets[1] = 50 (boundaries must not decrease)"));

  const uint32_t past_end[] = {0, 100, 101};
  s = HashBatch(HashAlg::kBlake3, view, past_end, 3, out, sizeof out);
  CHECK_EQ(s.error().code, std::string("ERR_OUT_OF_RANGE"));
  CHECK_EQ(s.error().message, std::string("offsets[2] = 101 is past the end of the data (100 bytes)"));

  const uint32_t huge[] = {0, 0xffffffffu};
  s = HashBatch(HashAlg::kSha384, view, huge, 2, out, sizeof out);
  CHECK_EQ(s.error().code, std::string("ERR_OUT_OF_RANGE"));

  const uint32_t five[] = {0, 1, 2, 3, 4, 5};
  s = HashBatch(HashAlg::kSha384, view, five, 6, out, sizeof out);  // 5 * 48 > 192
  CHECK_EQ(s.error().code, std::string("ERR_OUT_OF_RANGE"));

  const uint32_t none[] = {7};
  CHECK(HashBatch(HashAlg::kBlake3, view, none, 1, out, 0).ok());  // zero messages
  CHECK(HashBatch(HashAlg::kBlake3, ByteView(), none + 0, 0, out, 0).error().code == "ERR_INVALID_ARG_VALUE");
  const uint32_t zero[] = {0, 0};
  CHECK(HashBatch(HashAlg::kSha256, ByteView(), zero, 2, out, sizeof out).ok());  // one empty message, no data
}

TEST(HashBatchEqualsOneShotForEveryAlgorithm) {
  std::mt19937 rng(3);
  std::vector<uint32_t> offsets = {0};
  for (int i = 0; i < 150; ++i) offsets.push_back(offsets.back() + static_cast<uint32_t>(rng() % 300 == 0 ? 3000 : rng() % 200));
  std::vector<uint8_t> data(offsets.back());
  for (auto& b : data) b = static_cast<uint8_t>(rng());
  const size_t count = offsets.size() - 1;
  for (HashAlg alg : {HashAlg::kBlake3, HashAlg::kSha256, HashAlg::kSha384}) {
    const size_t d = HashAlgDigestBytes(alg);
    std::vector<uint8_t> out(count * d);
    REQUIRE(HashBatch(alg, ByteView(data.data(), data.size()), offsets.data(), offsets.size(), out.data(), out.size()).ok());
    for (size_t i = 0; i < count; ++i) {
      uint8_t want[48];
      const uint8_t* msg = data.data() + offsets[i];
      const size_t len = offsets[i + 1] - offsets[i];
      if (alg == HashAlg::kBlake3) {
        Blake3Hash(msg, len, want, 32);
      } else {
        REQUIRE(Sha(alg == HashAlg::kSha256 ? ShaAlg::kSha256 : ShaAlg::kSha384, msg, len, want));
      }
      CHECK_EQ(Hex(out.data() + i * d, d), Hex(want, d));
    }
  }
}

TEST(HashAlgNames) {
  HashAlg alg;
  CHECK(ParseHashAlg("sha384", &alg) && alg == HashAlg::kSha384);
  CHECK(ParseHashAlg("blake3", &alg) && alg == HashAlg::kBlake3);
  CHECK(!ParseHashAlg("md5", &alg));
  CHECK(!ParseHashAlg("SHA256", &alg));
}
