// Many messages hashed in one call: the messages lie in one buffer, cut by
// n + 1 boundaries (message i is data[offsets[i], offsets[i+1])), and their
// digests come back in one buffer, n digests back to back. The N-API layer
// uses this so that hashing many small messages crosses into C++ once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::hash {

enum class HashAlg { kBlake3, kSha256, kSha384 };

// Most messages one batch may hold (bounds the output: 48 bytes each).
constexpr size_t kBatchMessagesMax = size_t{1} << 24;

size_t HashAlgDigestBytes(HashAlg alg);
const char* HashAlgName(HashAlg alg);
// "blake3", "sha256" or "sha384"; false for anything else.
bool ParseHashAlg(const std::string& name, HashAlg* out);

// Checks the boundaries: at least one, at most kBatchMessagesMax + 1,
// non-decreasing, none past the end of the data. The error names the first
// bad index and its value (ERR_INVALID_ARG_VALUE or ERR_OUT_OF_RANGE).
Status CheckBatchOffsets(size_t data_size, const uint32_t* offsets, size_t offsets_count);

// Checks the offsets, then writes (offsets_count - 1) digests to out, which
// must hold out_size >= that many times HashAlgDigestBytes(alg) bytes.
Status HashBatch(HashAlg alg, ByteView data, const uint32_t* offsets, size_t offsets_count, uint8_t* out,
                 size_t out_size);

}  // namespace tessera::hash
