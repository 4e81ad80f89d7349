#include "hash/batch.h"

#include "hash/blake3.h"
#include "hash/sha2.h"

namespace tessera::hash {

size_t HashAlgDigestBytes(HashAlg alg) {
  switch (alg) {
    case HashAlg::kBlake3:
      return kBlake3OutBytes;
    case HashAlg::kSha256:
      return kSha256Bytes;
    case HashAlg::kSha384:
      return kSha384Bytes;
  }
  return 0;
}

const char* HashAlgName(HashAlg alg) {
  switch (alg) {
    case HashAlg::kBlake3:
      return "blake3";
    case HashAlg::kSha256:
      return "sha256";
    case HashAlg::kSha384:
      return "sha384";
  }
  return "unknown";
}

bool ParseHashAlg(const std::string& name, HashAlg* out) {
  for (HashAlg alg : {HashAlg::kBlake3, HashAlg::kSha256, HashAlg::kSha384}) {
    if (name == HashAlgName(alg)) {
      *out = alg;
      return true;
    }
  }
  return false;
}

Status CheckBatchOffsets(size_t data_size, const uint32_t* offsets, size_t offsets_count) {
  if (offsets_count == 0) {
    return Error{"ERR_INVALID_ARG_VALUE", "offsets is empty: n messages need n + 1 boundaries (at least one)"};
  }
  if (offsets_count - 1 > kBatchMessagesMax) {
    return Error{"ERR_OUT_OF_RANGE", "offsets holds " + std::to_string(offsets_count - 1) +
                                         " messages; a batch holds at most " + std::to_string(kBatchMessagesMax)};
  }
  for (size_t i = 0; i < offsets_count; ++i) {
    if (offsets[i] > data_size) {
      return Error{"ERR_OUT_OF_RANGE", "offsets[" + std::to_string(i) + "] = " + std::to_string(offsets[i]) +
                                           " is past the end of the data (" + std::to_string(data_size) +
                                           " bytes)"};
    }
    if (i > 0 && offsets[i] < offsets[i - 1]) {
      return Error{"ERR_INVALID_ARG_VALUE", "offsets[" + std::to_string(i) + "] = " + std::to_string(offsets[i]) +
                                                " is less than offsets[" + std::to_string(i - 1) +
                                                "] = " + std::to_string(offsets[i - 1]) +
                                                " (boundaries must not decrease)"};
    }
  }
  return Status::Ok();
}

Status HashBatch(HashAlg alg, ByteView data, const uint32_t* offsets, size_t offsets_count, uint8_t* out,
                 size_t out_size) {
  Status checked = CheckBatchOffsets(data.size, offsets, offsets_count);
  if (!checked.ok()) return checked;
  const size_t count = offsets_count - 1;
  if (out_size / HashAlgDigestBytes(alg) < count) {
    return Error{"ERR_OUT_OF_RANGE", "output holds " + std::to_string(out_size) + " bytes; " +
                                         std::to_string(count) + " digests need " +
                                         std::to_string(count * HashAlgDigestBytes(alg))};
  }
  if (count == 0) return Status::Ok();
  switch (alg) {
    case HashAlg::kBlake3:
      Blake3HashBatch(data.data, offsets, count, out);
      return Status::Ok();
    case HashAlg::kSha256:
    case HashAlg::kSha384:
      if (!ShaBatch(alg == HashAlg::kSha256 ? ShaAlg::kSha256 : ShaAlg::kSha384, data.data, offsets, count, out)) {
        return Error{"HASH_OPENSSL_FAILED", std::string("OpenSSL failed to compute ") + HashAlgName(alg)};
      }
      return Status::Ok();
  }
  return Error{"ERR_INVALID_ARG_VALUE", "unknown hash algorithm"};
}

}  // namespace tessera::hash
