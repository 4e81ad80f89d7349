// BLAKE3 tree logic: chunks, the stack of subtree chaining values, parent
// nodes, the root and its extendable output; plus path dispatch and the
// batch of small messages. The compression itself is in the kernels.
#include "hash/blake3.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "common/cpu.h"

namespace tessera::hash {

using namespace blake3_internal;

namespace {

// The largest subtree hashed in one go when a long input arrives: its chunk
// CVs (32 bytes each) sit on the stack while its parents are folded.
constexpr size_t kSubtreeChunksMax = 512;
static_assert((kSubtreeChunksMax & (kSubtreeChunksMax - 1)) == 0, "a power of two");

std::atomic<int> g_forced{static_cast<int>(Blake3Path::kAuto)};

Blake3Path DetectedPath() {
  const cpu::Features& f = cpu::Detect();
  if (f.avx2) return Blake3Path::kAvx2;
  if (f.sse41) return Blake3Path::kSse41;
  return Blake3Path::kPortable;
}

const Kernels& ActiveKernels() {
  switch (ActiveBlake3Path()) {
#if defined(__x86_64__)
    case Blake3Path::kAvx2:
      return Avx2Kernels();
    case Blake3Path::kSse41:
      return Sse41Kernels();
#endif
    default:
      return PortableKernels();
  }
}

int PopCount(uint64_t x) { return __builtin_popcountll(x); }

// The largest power of two not above x (x > 0).
uint64_t FloorPow2(uint64_t x) { return uint64_t{1} << (63 - __builtin_clzll(x)); }

// A node whose output is not yet decided: either its chaining value (an
// inner node) or, with ROOT, any number of output bytes.
struct Output {
  uint32_t cv[8];
  uint8_t block[kBlockBytes];
  uint32_t block_len;
  uint64_t counter;
  uint32_t flags;

  void ChainingValue(const Kernels& k, uint32_t out[8]) const {
    std::memcpy(out, cv, sizeof cv);
    k.compress_in_place(out, block, block_len, counter, flags);
  }

  void RootBytes(const Kernels& k, uint64_t seek, uint8_t* out, size_t size) const {
    uint64_t block_index = seek / 64;
    size_t skip = static_cast<size_t>(seek % 64);
    uint8_t buf[64];
    while (size > 0) {
      k.compress_xof(cv, block, block_len, block_index, flags | kRoot, buf);
      const size_t take = std::min(size, sizeof buf - skip);
      std::memcpy(out, buf + skip, take);
      out += take;
      size -= take;
      skip = 0;
      ++block_index;
    }
  }
};

Output ParentOutput(const uint8_t left[32], const uint8_t right[32], const uint32_t key[8], uint32_t flags) {
  Output o;
  std::memcpy(o.cv, key, sizeof o.cv);
  std::memcpy(o.block, left, 32);
  std::memcpy(o.block + 32, right, 32);
  o.block_len = kBlockBytes;
  o.counter = 0;
  o.flags = flags | kParent;
  return o;
}

// Hashes `chunks` (a power of two >= 2) whole chunks starting at chunk
// `counter` down to the two chaining values of its halves (out: 64 bytes).
// All chunks are hashed side by side, then each level of parents is.
void SubtreeToPair(const Kernels& k, const uint8_t* data, size_t chunks, const uint32_t key[8], uint64_t counter,
                   uint32_t flags, uint8_t out[64]) {
  alignas(64) uint8_t cvs[kSubtreeChunksMax * kCvBytes];
  const uint8_t* inputs[kSubtreeChunksMax] = {};
  for (size_t i = 0; i < chunks; ++i) inputs[i] = data + i * kChunkBytes;
  k.hash_many(inputs, chunks, kBlocksPerChunk, key, counter, true, flags, kChunkStart, kChunkEnd, cvs);
  // Each level folds pairs of CVs in place: parent i reads bytes [64i, 64i+64)
  // and writes [32i, 32i+32), never ahead of what it has read.
  for (size_t n = chunks; n > 2; n /= 2) {
    for (size_t i = 0; i < n / 2; ++i) inputs[i] = cvs + i * 2 * kCvBytes;
    k.hash_many(inputs, n / 2, 1, key, 0, false, flags | kParent, 0, 0, cvs);
  }
  std::memcpy(out, cvs, 2 * kCvBytes);
}

}  // namespace

bool Blake3PathAvailable(Blake3Path path) {
  const cpu::Features& f = cpu::Detect();
  switch (path) {
    case Blake3Path::kAuto:
    case Blake3Path::kPortable:
      return true;
#if defined(__x86_64__)
    case Blake3Path::kSse41:
      return f.sse41;
    case Blake3Path::kAvx2:
      return f.avx2;
#else
    case Blake3Path::kSse41:
    case Blake3Path::kAvx2:
      (void)f;
      return false;
#endif
  }
  return false;
}

bool SetBlake3Path(Blake3Path path) {
  if (!Blake3PathAvailable(path)) return false;
  g_forced.store(static_cast<int>(path), std::memory_order_relaxed);
  return true;
}

Blake3Path ActiveBlake3Path() {
  const auto forced = static_cast<Blake3Path>(g_forced.load(std::memory_order_relaxed));
  return forced == Blake3Path::kAuto ? DetectedPath() : forced;
}

const char* Blake3PathName(Blake3Path path) {
  switch (path) {
    case Blake3Path::kAuto:
      return "auto";
    case Blake3Path::kPortable:
      return "portable";
    case Blake3Path::kSse41:
      return "sse4.1";
    case Blake3Path::kAvx2:
      return "avx2";
  }
  return "unknown";
}

Blake3Hasher::Blake3Hasher() : Blake3Hasher(kIv, 0) {}

Blake3Hasher::Blake3Hasher(const uint8_t* key) : Blake3Hasher(kIv, kKeyedHash) { LoadCv(key_, key); ResetChunk(0); }

Blake3Hasher::Blake3Hasher(const uint32_t key[8], uint32_t flags) : flags_(flags) {
  std::memcpy(key_, key, sizeof key_);
  ResetChunk(0);
}

Blake3Hasher Blake3Hasher::ForDeriveKey(const uint8_t* context, size_t context_size) {
  Blake3Hasher context_hasher(kIv, kDeriveKeyContext);
  context_hasher.Update(context, context_size);
  uint8_t context_key[kBlake3KeyBytes];
  context_hasher.Finalize(context_key, sizeof context_key);
  uint32_t key_words[8];
  LoadCv(key_words, context_key);
  return Blake3Hasher(key_words, kDeriveKeyMaterial);
}

void Blake3Hasher::ResetChunk(uint64_t chunk_counter) {
  std::memcpy(chunk_cv_, key_, sizeof chunk_cv_);
  chunk_counter_ = chunk_counter;
  std::memset(buf_, 0, sizeof buf_);
  buf_len_ = 0;
  blocks_compressed_ = 0;
}

void Blake3Hasher::ChunkUpdate(const Kernels& k, const uint8_t* data, size_t size) {
  while (size > 0) {
    if (buf_len_ == kBlockBytes) {
      // A full buffered block with more input after it: not the chunk's last.
      k.compress_in_place(chunk_cv_, buf_, kBlockBytes, chunk_counter_,
                          flags_ | (blocks_compressed_ == 0 ? kChunkStart : 0));
      ++blocks_compressed_;
      buf_len_ = 0;
      std::memset(buf_, 0, sizeof buf_);
    }
    if (buf_len_ == 0) {
      // Whole blocks straight from the input, keeping the last one back.
      while (size > kBlockBytes) {
        k.compress_in_place(chunk_cv_, data, kBlockBytes, chunk_counter_,
                            flags_ | (blocks_compressed_ == 0 ? kChunkStart : 0));
        ++blocks_compressed_;
        data += kBlockBytes;
        size -= kBlockBytes;
      }
    }
    const size_t take = std::min(size, kBlockBytes - buf_len_);
    std::memcpy(buf_ + buf_len_, data, take);
    buf_len_ += static_cast<uint32_t>(take);
    data += take;
    size -= take;
  }
}

void Blake3Hasher::ChunkCv(const Kernels& k, uint32_t cv[8]) const {
  std::memcpy(cv, chunk_cv_, 32);
  k.compress_in_place(cv, buf_, buf_len_, chunk_counter_,
                      flags_ | kChunkEnd | (blocks_compressed_ == 0 ? kChunkStart : 0));
}

void Blake3Hasher::MergeStack(const Kernels& k, uint64_t total_chunks) {
  const size_t want = static_cast<size_t>(PopCount(total_chunks));
  while (stack_len_ > want) {
    uint32_t cv[8];
    ParentOutput(stack_[stack_len_ - 2], stack_[stack_len_ - 1], key_, flags_).ChainingValue(k, cv);
    StoreCv(stack_[stack_len_ - 2], cv);
    --stack_len_;
  }
}

void Blake3Hasher::PushCv(const Kernels& k, const uint8_t cv[32], uint64_t chunk_counter) {
  MergeStack(k, chunk_counter);
  std::memcpy(stack_[stack_len_], cv, kCvBytes);
  ++stack_len_;
}

void Blake3Hasher::Update(const uint8_t* data, size_t size) {
  const Kernels& k = ActiveKernels();
  // Finish a partly filled chunk first.
  if (ChunkLen() > 0) {
    const size_t take = std::min(size, kChunkBytes - ChunkLen());
    ChunkUpdate(k, data, take);
    data += take;
    size -= take;
    if (size == 0) return;
    // More input follows, so the full chunk is not the root.
    uint32_t cv[8];
    uint8_t cv_bytes[kCvBytes];
    ChunkCv(k, cv);
    StoreCv(cv_bytes, cv);
    PushCv(k, cv_bytes, chunk_counter_);
    ResetChunk(chunk_counter_ + 1);
  }
  // Whole subtrees while more than one chunk remains: the largest power of
  // two chunks that fits the input and is aligned to the chunks so far.
  while (size > kChunkBytes) {
    uint64_t chunks = FloorPow2(size / kChunkBytes);
    if (chunks > kSubtreeChunksMax) chunks = kSubtreeChunksMax;
    while ((chunk_counter_ & (chunks - 1)) != 0) chunks /= 2;
    const uint64_t counter = chunk_counter_;
    if (chunks == 1) {
      // More input follows this chunk, so its CV is not the root.
      uint8_t cv_bytes[kCvBytes];
      const uint8_t* input = data;
      k.hash_many(&input, 1, kBlocksPerChunk, key_, counter, true, flags_, kChunkStart, kChunkEnd, cv_bytes);
      PushCv(k, cv_bytes, counter);
    } else {
      // The pair stays unmerged on the stack: if the input ends here, its
      // parent is the root.
      uint8_t pair[2 * kCvBytes];
      SubtreeToPair(k, data, static_cast<size_t>(chunks), key_, counter, flags_, pair);
      PushCv(k, pair, counter);
      PushCv(k, pair + kCvBytes, counter + chunks / 2);
    }
    ResetChunk(counter + chunks);
    data += chunks * kChunkBytes;
    size -= chunks * kChunkBytes;
  }
  if (size > 0) {
    ChunkUpdate(k, data, size);
    // Input follows everything on the stack, so any pair on it can fold.
    MergeStack(k, chunk_counter_);
  }
}

void Blake3Hasher::Finalize(uint8_t* out, size_t out_size, uint64_t seek) const {
  const Kernels& k = ActiveKernels();
  Output output;
  size_t remaining = stack_len_;
  if (stack_len_ == 0 || ChunkLen() > 0) {
    std::memcpy(output.cv, chunk_cv_, sizeof output.cv);
    std::memcpy(output.block, buf_, sizeof output.block);
    output.block_len = buf_len_;
    output.counter = chunk_counter_;
    output.flags = flags_ | kChunkEnd | (blocks_compressed_ == 0 ? kChunkStart : 0);
  } else {
    // The input ended on a subtree boundary: the top pair's parent is next.
    output = ParentOutput(stack_[stack_len_ - 2], stack_[stack_len_ - 1], key_, flags_);
    remaining -= 2;
  }
  while (remaining > 0) {
    --remaining;
    uint32_t cv[8];
    uint8_t cv_bytes[kCvBytes];
    output.ChainingValue(k, cv);
    StoreCv(cv_bytes, cv);
    output = ParentOutput(stack_[remaining], cv_bytes, key_, flags_);
  }
  output.RootBytes(k, seek, out, out_size);
}

void Blake3Hash(const uint8_t* data, size_t size, uint8_t* out, size_t out_size) {
  Blake3Hasher h;
  h.Update(data, size);
  h.Finalize(out, out_size);
}

void Blake3KeyedHash(const uint8_t* key, const uint8_t* data, size_t size, uint8_t* out, size_t out_size) {
  Blake3Hasher h(key);
  h.Update(data, size);
  h.Finalize(out, out_size);
}

void Blake3DeriveKey(const uint8_t* context, size_t context_size, const uint8_t* material, size_t size,
                     uint8_t* out, size_t out_size) {
  Blake3Hasher h = Blake3Hasher::ForDeriveKey(context, context_size);
  h.Update(material, size);
  h.Finalize(out, out_size);
}

void Blake3HashBatch(const uint8_t* data, const uint32_t* offsets, size_t count, uint8_t* out) {
  const Kernels& k = ActiveKernels();
  const size_t lanes = k.lanes;
  // Per lane: the message it is hashing and the next block of it.
  struct Lane {
    size_t index;
    const uint8_t* bytes;
    size_t size;
    size_t block;
    size_t blocks;
    bool active;
  };
  Lane lane[kLanesMax] = {};
  uint32_t cv[8 * kLanesMax];
  const uint8_t* blocks[kLanesMax];
  uint32_t counter_lo[kLanesMax] = {};
  uint32_t counter_hi[kLanesMax] = {};
  uint32_t block_len[kLanesMax];
  uint32_t flags[kLanesMax];
  alignas(64) uint8_t padded[kLanesMax][kBlockBytes];
  alignas(64) static const uint8_t kZeroBlock[kBlockBytes] = {};

  size_t next = 0;
  // Starts lane l on the next message of one chunk or less, hashing longer
  // ones on the way. Returns false when none is left.
  auto load = [&](size_t l) {
    while (next < count) {
      const size_t i = next++;
      const uint8_t* bytes = data + offsets[i];
      const size_t size = offsets[i + 1] - offsets[i];
      if (size > kChunkBytes) {
        Blake3Hash(bytes, size, out + i * kBlake3OutBytes, kBlake3OutBytes);
        continue;
      }
      lane[l] = Lane{i, bytes, size, 0, size == 0 ? 1 : (size + kBlockBytes - 1) / kBlockBytes, true};
      for (size_t w = 0; w < 8; ++w) cv[w * lanes + l] = kIv[w];
      return true;
    }
    lane[l].active = false;
    return false;
  };

  size_t active = 0;
  for (size_t l = 0; l < lanes; ++l) active += load(l) ? 1 : 0;
  while (active > 0) {
    for (size_t l = 0; l < lanes; ++l) {
      const Lane& ln = lane[l];
      if (!ln.active) {
        blocks[l] = kZeroBlock;
        block_len[l] = 0;
        flags[l] = 0;
        continue;
      }
      const bool last = ln.block + 1 == ln.blocks;
      const size_t offset = ln.block * kBlockBytes;
      const size_t len = last ? ln.size - offset : kBlockBytes;
      if (len == kBlockBytes) {
        blocks[l] = ln.bytes + offset;
      } else {
        std::memset(padded[l], 0, kBlockBytes);
        if (len > 0) std::memcpy(padded[l], ln.bytes + offset, len);
        blocks[l] = padded[l];
      }
      block_len[l] = static_cast<uint32_t>(len);
      flags[l] = (ln.block == 0 ? kChunkStart : 0) | (last ? kChunkEnd | kRoot : 0);
    }
    k.compress_lanes(cv, blocks, counter_lo, counter_hi, block_len, flags);
    for (size_t l = 0; l < lanes; ++l) {
      Lane& ln = lane[l];
      if (!ln.active) continue;
      if (ln.block + 1 < ln.blocks) {
        ++ln.block;
        continue;
      }
      uint8_t* digest = out + ln.index * kBlake3OutBytes;
      for (size_t w = 0; w < 8; ++w) Store32(digest + 4 * w, cv[w * lanes + l]);
      if (!load(l)) --active;
    }
  }
}

}  // namespace tessera::hash
