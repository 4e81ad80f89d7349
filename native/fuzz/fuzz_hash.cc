// libFuzzer target for the hashing core. The input drives:
// - BLAKE3 differentially: every available path, one-shot and incremental
//   with fuzzer-chosen piece sizes, in all three modes, must agree with the
//   portable one-shot;
// - the batch: fuzzer-chosen offsets must either be refused by the checks
//   or hash every message exactly as the one-shot calls do;
// - CRC32C: the SSE4.2 path must agree with the portable one.
// Any disagreement traps; ASan/UBSan catch out-of-bounds reads.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "hash/batch.h"
#include "hash/blake3.h"
#include "hash/crc32c.h"
#include "hash/sha2.h"

using namespace tessera;
using namespace tessera::hash;

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// Three modes, chosen by `mode`.
Blake3Hasher NewHasher(uint8_t mode, const uint8_t* key) {
  if (mode % 3 == 1) return Blake3Hasher(key);
  if (mode % 3 == 2) return Blake3Hasher::ForDeriveKey(key, 7);
  return Blake3Hasher();
}

void FuzzBlake3(const uint8_t* data, size_t size) {
  if (size < 4) return;
  const uint8_t mode = data[0];
  const size_t out_len = 1 + data[1] % 130;  // across 64-byte output blocks
  const uint16_t piece = static_cast<uint16_t>(1 + (data[2] | (data[3] << 8)) % 3000);
  uint8_t key[32] = {};
  std::memcpy(key, data, size < 32 ? size : 32);
  const uint8_t* msg = data + 4;
  const size_t n = size - 4;

  SetBlake3Path(Blake3Path::kPortable);
  std::vector<uint8_t> want(out_len);
  Blake3Hasher ref = NewHasher(mode, key);
  ref.Update(msg, n);
  ref.Finalize(want.data(), out_len);

  for (Blake3Path path : {Blake3Path::kPortable, Blake3Path::kSse41, Blake3Path::kAvx2}) {
    if (!SetBlake3Path(path)) continue;
    std::vector<uint8_t> got(out_len);
    Blake3Hasher one = NewHasher(mode, key);
    one.Update(msg, n);
    one.Finalize(got.data(), out_len);
    Check(got == want);
    Blake3Hasher inc = NewHasher(mode, key);
    for (size_t off = 0; off < n; off += piece) inc.Update(msg + off, n - off < piece ? n - off : piece);
    std::vector<uint8_t> got_inc(out_len);
    inc.Finalize(got_inc.data(), out_len);
    Check(got_inc == want);
    // Seeking into the output gives the same bytes as reading from 0.
    if (out_len > 5) {
      std::vector<uint8_t> tail(out_len - 5);
      inc.Finalize(tail.data(), tail.size(), 5);
      Check(std::memcmp(tail.data(), want.data() + 5, tail.size()) == 0);
    }
  }
  SetBlake3Path(Blake3Path::kAuto);
}

void FuzzBatch(const uint8_t* data, size_t size) {
  if (size < 2) return;
  // The first byte says how many offsets follow (as 16-bit values, which
  // often land past the data or out of order); the rest is the data.
  const size_t count = data[0] % 24;
  if (size < 1 + 2 * count) return;
  std::vector<uint32_t> offsets(count);
  for (size_t i = 0; i < count; ++i) offsets[i] = data[1 + 2 * i] | (data[2 + 2 * i] << 8);
  const uint8_t* bytes = data + 1 + 2 * count;
  const size_t n = size - 1 - 2 * count;
  for (HashAlg alg : {HashAlg::kBlake3, HashAlg::kSha256, HashAlg::kSha384}) {
    const size_t d = HashAlgDigestBytes(alg);
    std::vector<uint8_t> out(count * d + 1);
    const Status s = HashBatch(alg, ByteView(bytes, n), offsets.data(), count, out.data(), out.size());
    const bool valid = CheckBatchOffsets(n, offsets.data(), count).ok();
    Check(s.ok() == valid);
    if (!s.ok()) continue;
    for (size_t i = 0; i + 1 < count; ++i) {
      uint8_t want[48];
      const size_t len = offsets[i + 1] - offsets[i];
      if (alg == HashAlg::kBlake3) {
        Blake3Hash(bytes + offsets[i], len, want, 32);
      } else {
        Check(Sha(alg == HashAlg::kSha256 ? ShaAlg::kSha256 : ShaAlg::kSha384, bytes + offsets[i], len, want));
      }
      Check(std::memcmp(out.data() + i * d, want, d) == 0);
    }
  }
}

void FuzzCrc32c(const uint8_t* data, size_t size) {
  if (!Crc32cPathAvailable(Crc32cPath::kSse42)) return;
  Check(Crc32cExtendPortable(0, data, size) == Crc32cExtendSse42(0, data, size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzBlake3(data, size);
  FuzzBatch(data, size);
  FuzzCrc32c(data, size);
  return 0;
}
