#include "mrtd/tdvf.h"

#include <cstring>

#include "hash/sha2.h"

namespace tessera::mrtd {
namespace {

// GUIDs as stored (EFI GUID: first three fields little-endian).
// 96b582de-1fb2-45f7-baea-a366c55a082d: the OVMF GUIDed table footer.
constexpr uint8_t kTableFooterGuid[16] = {0xde, 0x82, 0xb5, 0x96, 0xb2, 0x1f, 0xf7, 0x45,
                                          0xba, 0xea, 0xa3, 0x66, 0xc5, 0x5a, 0x08, 0x2d};
// e47a6535-984a-4798-865e-4685a7bf8ec2: TDX metadata offset entry.
constexpr uint8_t kTdxMetadataGuid[16] = {0x35, 0x65, 0x7a, 0xe4, 0x4a, 0x98, 0x98, 0x47,
                                          0x86, 0x5e, 0x46, 0x85, 0xa7, 0xbf, 0x8e, 0xc2};
constexpr uint32_t kTdvfSignature = 0x46564454;  // "TDVF" little-endian
constexpr size_t kGuidBytes = 16;
constexpr size_t kEntryTrailerBytes = 2 + kGuidBytes;  // u16 length + GUID after each entry's data
constexpr size_t kFooterGuidFromEnd = 0x30;            // footer GUID at [len-0x30, len-0x20)
constexpr size_t kDescriptorHeaderBytes = 16;
constexpr size_t kSectionBytes = 32;

std::string Hex(uint64_t v) {
  static const char* d = "0123456789abcdef";
  std::string s;
  do {
    s.insert(s.begin(), d[v & 15]);
    v >>= 4;
  } while (v != 0);
  return "0x" + s;
}

Error Err(const char* code, const std::string& message) { return Error{code, "TDVF image: " + message}; }

void Record(const char* tag, uint64_t address, uint8_t out[kRecordBytes]) {
  std::memset(out, 0, kRecordBytes);
  std::memcpy(out, tag, std::strlen(tag));
  StoreLe64(out + 16, address);
}

}  // namespace

const char* SectionTypeName(uint32_t type) {
  switch (type) {
    case 0: return "BFV";
    case 1: return "CFV";
    case 2: return "TD_HOB";
    case 3: return "TempMem";
    case 4: return "PermMem";
    case 5: return "Payload";
    case 6: return "PayloadParam";
    default: return "unknown";
  }
}

const char* MrtdOrderName(MrtdOrder order) { return order == MrtdOrder::kTwoPass ? "two-pass" : "per-page"; }

Result<TdvfMetadata> ParseTdvfMetadata(ByteView image) {
  const size_t len = image.size;
  if (len > kImageBytesMax) {
    return Err("TDVF_TOO_LARGE", "size " + std::to_string(len) + " exceeds " + std::to_string(kImageBytesMax) + " bytes");
  }
  if (len < kFooterGuidFromEnd + 2) {
    return Err("TDVF_TOO_SMALL", "size " + std::to_string(len) + " is too small to hold the GUIDed table footer");
  }
  const size_t footer_guid = len - kFooterGuidFromEnd;
  if (std::memcmp(image.data + footer_guid, kTableFooterGuid, kGuidBytes) != 0) {
    return Err("TDVF_BAD_GUID", "no GUIDed table footer GUID 96b582de-1fb2-45f7-baea-a366c55a082d at offset " + Hex(footer_guid));
  }
  const size_t table_size = LoadLe16(image.data + footer_guid - 2);
  const size_t table_end = footer_guid + kGuidBytes;  // the footer entry ends here
  if (table_size < kEntryTrailerBytes || table_size > table_end || table_size > kGuidTableBytesMax) {
    return Err("TDVF_TABLE_OVERRUN", "GUIDed table size " + std::to_string(table_size) + " at offset " + Hex(footer_guid - 2) +
                                         " does not fit the image (at most " + std::to_string(std::min(table_end, kGuidTableBytesMax)) + ")");
  }
  const size_t table_start = table_end - table_size;
  // Walk backwards from just before the footer entry: each entry ends with
  // its u16 length (covering data, length and GUID) and its GUID.
  size_t pos = table_end - kEntryTrailerBytes;  // start of the footer entry
  bool found = false;
  uint32_t metadata_offset = 0;
  size_t entry_at = 0;
  while (pos > table_start) {
    if (pos - table_start < kEntryTrailerBytes) {
      return Err("TDVF_TABLE_OVERRUN", "GUIDed table entry ending at offset " + Hex(pos) + " is shorter than its length and GUID");
    }
    const uint8_t* guid = image.data + pos - kGuidBytes;
    const size_t entry_len = LoadLe16(image.data + pos - kEntryTrailerBytes);
    if (entry_len < kEntryTrailerBytes || entry_len > pos - table_start) {
      return Err("TDVF_TABLE_OVERRUN", "GUIDed table entry length " + std::to_string(entry_len) + " at offset " +
                                           Hex(pos - kEntryTrailerBytes) + " runs outside the table [" + Hex(table_start) + ", " + Hex(table_end) + ")");
    }
    if (std::memcmp(guid, kTdxMetadataGuid, kGuidBytes) == 0) {
      if (entry_len < kEntryTrailerBytes + 4) {
        return Err("TDVF_TABLE_OVERRUN", "TDX metadata entry at offset " + Hex(pos - entry_len) + " has no room for its u32 offset");
      }
      entry_at = pos - entry_len;
      metadata_offset = LoadLe32(image.data + entry_at);
      found = true;
      break;
    }
    pos -= entry_len;
  }
  if (!found) {
    return Err("TDVF_BAD_GUID", "no TDX metadata entry (GUID e47a6535-984a-4798-865e-4685a7bf8ec2) in the GUIDed table [" +
                                    Hex(table_start) + ", " + Hex(table_end) + "): not a TDX firmware");
  }
  if (metadata_offset == 0 || metadata_offset > len || len - metadata_offset > len - kDescriptorHeaderBytes) {
    return Err("TDVF_DESCRIPTOR_OUT_OF_RANGE", "metadata offset " + Hex(metadata_offset) + " (from the end, entry at " + Hex(entry_at) +
                                                   ") puts the descriptor outside the image of " + std::to_string(len) + " bytes");
  }
  TdvfMetadata md;
  md.descriptor_offset = len - metadata_offset;
  const uint8_t* d = image.data + md.descriptor_offset;
  if (LoadLe32(d) != kTdvfSignature) {
    return Err("TDVF_BAD_SIGNATURE", "descriptor at offset " + Hex(md.descriptor_offset) + " does not start with \"TDVF\"");
  }
  const uint32_t desc_len = LoadLe32(d + 4);
  md.version = LoadLe32(d + 8);
  const uint32_t count = LoadLe32(d + 12);
  if (md.version != 1) {
    return Err("TDVF_VERSION_UNSUPPORTED", "descriptor version " + std::to_string(md.version) + " at offset " + Hex(md.descriptor_offset + 8) + " (only 1 is known)");
  }
  if (count == 0 || count > kSectionsMax) {
    return Err("TDVF_SECTION_COUNT_INVALID", "section count " + std::to_string(count) + " at offset " + Hex(md.descriptor_offset + 12) +
                                                 " is not in 1.." + std::to_string(kSectionsMax));
  }
  const size_t need = kDescriptorHeaderBytes + size_t{count} * kSectionBytes;
  if (desc_len < need || !image.Has(md.descriptor_offset, need)) {
    return Err("TDVF_TABLE_OVERRUN", "descriptor at offset " + Hex(md.descriptor_offset) + " with " + std::to_string(count) + " sections needs " +
                                         std::to_string(need) + " bytes; its length field says " + std::to_string(desc_len) + " and the image has " +
                                         std::to_string(len - md.descriptor_offset));
  }
  md.sections.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    const size_t at = md.descriptor_offset + kDescriptorHeaderBytes + size_t{i} * kSectionBytes;
    const uint8_t* s = image.data + at;
    TdvfSection sec;
    sec.data_offset = LoadLe32(s);
    sec.raw_size = LoadLe32(s + 4);
    sec.memory_address = LoadLe64(s + 8);
    sec.memory_size = LoadLe64(s + 16);
    sec.type = LoadLe32(s + 24);
    sec.attributes = LoadLe32(s + 28);
    const std::string name = "section " + std::to_string(i) + " (at offset " + Hex(at) + ")";
    if (sec.type > kSectionTypeMax) {
      return Err("TDVF_SECTION_TYPE_UNKNOWN", name + ": type " + std::to_string(sec.type) + " is unknown");
    }
    if ((sec.attributes & ~(kAttrMrExtend | kAttrPageAug)) != 0) {
      return Err("TDVF_SECTION_ATTRIBUTES_UNKNOWN", name + ": attributes " + Hex(sec.attributes) + " has unknown bits");
    }
    if (!image.Has(sec.data_offset, sec.raw_size)) {
      return Err("TDVF_SECTION_PAST_END", name + ": data [" + Hex(sec.data_offset) + ", +" + Hex(sec.raw_size) + ") runs past the end of the image (" +
                                              std::to_string(len) + " bytes)");
    }
    if (sec.memory_address % kPageBytes != 0 || sec.memory_size % kPageBytes != 0) {
      return Err("TDVF_SECTION_UNALIGNED", name + ": memory address " + Hex(sec.memory_address) + " / size " + Hex(sec.memory_size) +
                                               " are not 4 KiB aligned");
    }
    if (sec.memory_address >= kAddressLimit || sec.memory_size > kAddressLimit - sec.memory_address) {
      return Err("TDVF_SECTION_ADDRESS_INVALID", name + ": memory [" + Hex(sec.memory_address) + ", +" + Hex(sec.memory_size) + ") exceeds 52-bit guest physical addresses");
    }
    if (sec.raw_size > sec.memory_size) {
      return Err("TDVF_SECTION_SIZE_INVALID", name + ": raw size " + Hex(sec.raw_size) + " exceeds memory size " + Hex(sec.memory_size));
    }
    md.sections.push_back(sec);
  }
  return md;
}

Result<Digest> ComputeMrtd(ByteView image, const TdvfMetadata& metadata, MrtdOrder order) {
  uint64_t pages_total = 0;
  for (const TdvfSection& s : metadata.sections) {
    if (!image.Has(s.data_offset, s.raw_size) || s.raw_size > s.memory_size || s.memory_size % kPageBytes != 0) {
      return Error{"TDVF_SECTION_PAST_END", "TDVF image: section data does not match the image (parse it first)"};
    }
    if ((s.attributes & kAttrPageAug) == 0) pages_total += s.memory_size / kPageBytes;
  }
  if (pages_total > kPagesMax) {
    return Error{"TDVF_TOO_LARGE", "TDVF image: sections add " + std::to_string(pages_total) + " pages, more than " + std::to_string(kPagesMax)};
  }
  hash::ShaHasher h(hash::ShaAlg::kSha384);
  uint8_t rec[kRecordBytes];
  uint8_t chunk[kChunkBytes];
  bool ok = h.ok();
  auto extend_page = [&](const TdvfSection& s, uint64_t page_off) {
    for (uint64_t c = 0; c < kPageBytes && ok; c += kChunkBytes) {
      const uint64_t off = page_off + c;  // offset within the section
      Record("MR.EXTEND", s.memory_address + off, rec);
      std::memset(chunk, 0, sizeof chunk);
      if (off < s.raw_size) {
        const uint64_t n = std::min<uint64_t>(kChunkBytes, s.raw_size - off);
        std::memcpy(chunk, image.data + s.data_offset + off, n);
      }
      ok = h.Update(rec, sizeof rec) && h.Update(chunk, sizeof chunk);
    }
  };
  for (const TdvfSection& s : metadata.sections) {
    if ((s.attributes & kAttrPageAug) != 0) continue;  // added later by the TD itself: not in MR_TD
    const bool extend = (s.attributes & kAttrMrExtend) != 0;
    const uint64_t pages = s.memory_size / kPageBytes;
    for (uint64_t p = 0; p < pages && ok; ++p) {
      Record("MEM.PAGE.ADD", s.memory_address + p * kPageBytes, rec);
      ok = h.Update(rec, sizeof rec);
      if (ok && extend && order == MrtdOrder::kPerPage) extend_page(s, p * kPageBytes);
    }
    if (extend && order == MrtdOrder::kTwoPass) {
      for (uint64_t p = 0; p < pages && ok; ++p) extend_page(s, p * kPageBytes);
    }
  }
  Digest out{};
  if (!ok || !h.Final(out.data())) return Error{"HASH_FAILED", "SHA-384 failed while computing MR_TD"};
  return out;
}

Result<Digest> ReplayRtmr(const Digest& initial, const std::vector<RtmrEvent>& events) {
  Digest rtmr = initial;
  for (size_t i = 0; i < events.size(); ++i) {
    Digest ev{};
    const RtmrEvent& e = events[i];
    if (e.prehashed) {
      if (e.data.size != kDigestBytes) {
        return Error{"RTMR_DIGEST_INVALID", "RTMR event " + std::to_string(i) + ": a digest must be 48 bytes, got " + std::to_string(e.data.size)};
      }
      std::memcpy(ev.data(), e.data.data, kDigestBytes);
    } else if (!hash::Sha(hash::ShaAlg::kSha384, e.data.data, e.data.size, ev.data())) {
      return Error{"HASH_FAILED", "SHA-384 failed on RTMR event " + std::to_string(i)};
    }
    uint8_t both[2 * kDigestBytes];
    std::memcpy(both, rtmr.data(), kDigestBytes);
    std::memcpy(both + kDigestBytes, ev.data(), kDigestBytes);
    if (!hash::Sha(hash::ShaAlg::kSha384, both, sizeof both, rtmr.data())) {
      return Error{"HASH_FAILED", "SHA-384 failed extending RTMR with event " + std::to_string(i)};
    }
  }
  return rtmr;
}

}  // namespace tessera::mrtd
