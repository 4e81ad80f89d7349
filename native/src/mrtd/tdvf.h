// MR_TD from a TDVF (OVMF built for TDX) image, and RTMR replay (TDX.md
// section 4). Plain C++: no N-API; every bound of the image is checked and
// every refusal names the field and the offset.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::mrtd {

constexpr size_t kDigestBytes = 48;  // SHA-384
using Digest = std::array<uint8_t, kDigestBytes>;

constexpr uint64_t kPageBytes = 4096;
constexpr uint64_t kChunkBytes = 256;  // MR.EXTEND granularity
constexpr size_t kRecordBytes = 128;   // MEM.PAGE.ADD / MR.EXTEND records

// Limits: a real TDVF has a handful of sections and a few MiB of pages.
constexpr uint32_t kSectionsMax = 64;
constexpr size_t kGuidTableBytesMax = 4096;
constexpr uint64_t kPagesMax = uint64_t{1} << 22;  // 16 GiB of TD memory at 4 KiB
constexpr uint64_t kAddressLimit = uint64_t{1} << 52;  // guest physical addresses are at most 52 bits
constexpr size_t kImageBytesMax = size_t{64} << 20;

enum class SectionType : uint32_t { kBfv = 0, kCfv = 1, kTdHob = 2, kTempMem = 3, kPermMem = 4, kPayload = 5, kPayloadParam = 6 };
constexpr uint32_t kSectionTypeMax = 6;
const char* SectionTypeName(uint32_t type);

constexpr uint32_t kAttrMrExtend = 1u << 0;
constexpr uint32_t kAttrPageAug = 1u << 1;

struct TdvfSection {
  uint32_t data_offset = 0;
  uint32_t raw_size = 0;
  uint64_t memory_address = 0;
  uint64_t memory_size = 0;
  uint32_t type = 0;
  uint32_t attributes = 0;
};

struct TdvfMetadata {
  uint32_t version = 0;
  // Offset of the "TDVF" descriptor in the image.
  size_t descriptor_offset = 0;
  std::vector<TdvfSection> sections;
};

// Parses the TDVF metadata. Error codes: TDVF_TOO_SMALL, TDVF_TOO_LARGE,
// TDVF_BAD_GUID (no footer GUID / no metadata-offset entry),
// TDVF_TABLE_OVERRUN, TDVF_DESCRIPTOR_OUT_OF_RANGE, TDVF_BAD_SIGNATURE,
// TDVF_VERSION_UNSUPPORTED, TDVF_SECTION_COUNT_INVALID,
// TDVF_SECTION_PAST_END, TDVF_SECTION_UNALIGNED, TDVF_SECTION_SIZE_INVALID,
// TDVF_SECTION_TYPE_UNKNOWN, TDVF_SECTION_ATTRIBUTES_UNKNOWN,
// TDVF_SECTION_ADDRESS_INVALID, TDVF_SECTIONS_OVERLAP.
Result<TdvfMetadata> ParseTdvfMetadata(ByteView image);

// Order of the measurement records within each section.
enum class MrtdOrder {
  kTwoPass,  // all of a section's MEM.PAGE.ADD, then all its MR.EXTEND (mosaik)
  kPerPage,  // each page's MEM.PAGE.ADD followed by its MR.EXTEND chunks (some QEMU/KVM)
};
const char* MrtdOrderName(MrtdOrder order);

// MR_TD over the parsed sections. Error codes: TDVF_TOO_LARGE (more than
// kPagesMax pages), HASH_FAILED.
Result<Digest> ComputeMrtd(ByteView image, const TdvfMetadata& metadata, MrtdOrder order);

// One RTMR event: raw bytes (hashed with SHA-384 first) or a 48-byte digest.
struct RtmrEvent {
  ByteView data;
  bool prehashed = false;
};

// RTMR replay: starting from `initial` (all zero at TD start), for each
// event: rtmr = SHA-384(rtmr || SHA-384(event)). Error codes:
// RTMR_DIGEST_INVALID (a pre-hashed event not 48 bytes, named by index),
// HASH_FAILED.
Result<Digest> ReplayRtmr(const Digest& initial, const std::vector<RtmrEvent>& events);

}  // namespace tessera::mrtd
