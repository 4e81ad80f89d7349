#include <cstring>
#include <string>
#include <vector>

#include "check.h"
#include "common/bytes.h"
#include "hash/sha2.h"
#include "mrtd/tdvf.h"

using namespace tessera;
using namespace tessera::mrtd;
using tessera::test::Hex;

namespace {

struct Sec {
  uint32_t data_offset, raw_size;
  uint64_t address, size;
  uint32_t type, attributes;
};

const uint8_t kFooter[16] = {0xde, 0x82, 0xb5, 0x96, 0xb2, 0x1f, 0xf7, 0x45, 0xba, 0xea, 0xa3, 0x66, 0xc5, 0x5a, 0x08, 0x2d};
const uint8_t kMeta[16] = {0x35, 0x65, 0x7a, 0xe4, 0x4a, 0x98, 0x98, 0x47, 0x86, 0x5e, 0x46, 0x85, 0xa7, 0xbf, 0x8e, 0xc2};

void Put16(std::vector<uint8_t>& b, size_t at, uint16_t v) {
  b[at] = static_cast<uint8_t>(v);
  b[at + 1] = static_cast<uint8_t>(v >> 8);
}

// An image of `size` bytes: payload bytes i*7, the descriptor at `desc_at`,
// and the OVMF GUIDed table (metadata entry + footer) ending 0x20 before the end.
std::vector<uint8_t> Image(size_t size, size_t desc_at, const std::vector<Sec>& secs) {
  std::vector<uint8_t> b(size);
  for (size_t i = 0; i < size; ++i) b[i] = static_cast<uint8_t>(i * 7);
  StoreLe32(&b[desc_at], 0x46564454);
  StoreLe32(&b[desc_at + 4], static_cast<uint32_t>(16 + 32 * secs.size()));
  StoreLe32(&b[desc_at + 8], 1);
  StoreLe32(&b[desc_at + 12], static_cast<uint32_t>(secs.size()));
  for (size_t i = 0; i < secs.size(); ++i) {
    uint8_t* s = &b[desc_at + 16 + 32 * i];
    StoreLe32(s, secs[i].data_offset);
    StoreLe32(s + 4, secs[i].raw_size);
    StoreLe64(s + 8, secs[i].address);
    StoreLe64(s + 16, secs[i].size);
    StoreLe32(s + 24, secs[i].type);
    StoreLe32(s + 28, secs[i].attributes);
  }
  const size_t footer_guid = size - 0x30;
  std::memcpy(&b[footer_guid], kFooter, 16);
  Put16(b, footer_guid - 2, 22 + 18);  // table: metadata entry (22) + footer entry (18)
  const size_t meta_end = footer_guid - 2;
  std::memcpy(&b[meta_end - 16], kMeta, 16);
  Put16(b, meta_end - 18, 22);
  StoreLe32(&b[meta_end - 22], static_cast<uint32_t>(size - desc_at));
  return b;
}

std::vector<Sec> Sections() {
  return {
      {0x0000, 0x2000, 0xFFFFE000, 0x2000, 0, kAttrMrExtend},  // BFV, measured
      {0x2000, 0x0800, 0x00800000, 0x2000, 1, 0},              // CFV: pages only
      {0x0000, 0x0000, 0x00900000, 0x1000, 2, 0},              // TD_HOB
      {0x0000, 0x0000, 0x00A00000, 0x4000, 3, kAttrPageAug},   // TempMem, PAGE.AUG: not measured
  };
}

std::string Code(const Result<TdvfMetadata>& r) { return r.ok() ? "ok" : r.error().code; }

}  // namespace

TEST(TdvfParsesSyntheticImage) {
  auto img = Image(0x10000, 0x8000, Sections());
  auto r = ParseTdvfMetadata(ByteView(img.data(), img.size()));
  REQUIRE(r.ok());
  CHECK_EQ(r.value().descriptor_offset, size_t{0x8000});
  CHECK_EQ(r.value().sections.size(), size_t{4});
  CHECK_EQ(r.value().sections[0].memory_address, uint64_t{0xFFFFE000});
  CHECK_EQ(r.value().sections[3].attributes, kAttrPageAug);
}

TEST(TdvfOrdersDifferOnlyWithSeveralMeasuredPages) {
  auto img = Image(0x10000, 0x8000, Sections());
  ByteView v(img.data(), img.size());
  auto md = ParseTdvfMetadata(v);
  REQUIRE(md.ok());
  auto two = ComputeMrtd(v, md.value(), MrtdOrder::kTwoPass);
  auto per = ComputeMrtd(v, md.value(), MrtdOrder::kPerPage);
  REQUIRE(two.ok() && per.ok());
  CHECK(two.value() != per.value());  // the BFV has two measured pages
  // One measured page: both orders emit the same record sequence.
  auto one = Image(0x10000, 0x8000, {{0, 0x1000, 0x1000, 0x1000, 0, kAttrMrExtend}});
  ByteView v1(one.data(), one.size());
  auto md1 = ParseTdvfMetadata(v1);
  REQUIRE(md1.ok());
  CHECK_EQ(Hex(ComputeMrtd(v1, md1.value(), MrtdOrder::kTwoPass).value().data(), 48),
           Hex(ComputeMrtd(v1, md1.value(), MrtdOrder::kPerPage).value().data(), 48));
}

TEST(TdvfPageAugSectionsAndUnmeasuredDataDoNotCount) {
  auto secs = Sections();
  auto a = Image(0x10000, 0x8000, secs);
  secs.pop_back();  // drop the PAGE.AUG section
  auto b = Image(0x10000, 0x8000, secs);
  auto mrtd = [](std::vector<uint8_t>& img) {
    ByteView v(img.data(), img.size());
    return Hex(ComputeMrtd(v, ParseTdvfMetadata(v).value(), MrtdOrder::kTwoPass).value().data(), 48);
  };
  // The descriptor's count differs but it is not measured: only sections are.
  CHECK_EQ(mrtd(a), mrtd(b));
  const std::string before = mrtd(a);
  a[0x2000 + 5] ^= 1;  // CFV data: pages added, not extended
  CHECK_EQ(mrtd(a), before);
  a[0x10] ^= 1;  // BFV data: extended
  CHECK(mrtd(a) != before);
}

TEST(TdvfRefusesMalformedImages) {
  auto good = Image(0x10000, 0x8000, Sections());
  auto parse = [](std::vector<uint8_t> img) { return ParseTdvfMetadata(ByteView(img.data(), img.size())); };
  CHECK_EQ(Code(parse(std::vector<uint8_t>(10))), std::string("TDVF_TOO_SMALL"));
  {
    auto img = good;
    img[0x10000 - 0x30] ^= 0xff;  // footer GUID
    auto r = parse(img);
    CHECK_EQ(Code(r), std::string("TDVF_BAD_GUID"));
    CHECK(r.error().message.find("offset 0xffd0") != std::string::npos);
  }
  {
    auto img = good;
    img[0x10000 - 0x32 - 16] ^= 0xff;  // metadata entry GUID
    CHECK_EQ(Code(parse(img)), std::string("TDVF_BAD_GUID"));
  }
  {
    auto img = good;
    Put16(img, 0x10000 - 0x32, 0xF000);  // table size larger than the image end allows
    CHECK_EQ(Code(parse(img)), std::string("TDVF_TABLE_OVERRUN"));
  }
  {
    auto img = good;
    Put16(img, 0x10000 - 0x32 - 18, 200);  // metadata entry length past the table start
    CHECK_EQ(Code(parse(img)), std::string("TDVF_TABLE_OVERRUN"));
  }
  {
    auto img = good;
    StoreLe32(&img[0x10000 - 0x32 - 22], 0x20000);  // descriptor before the start
    CHECK_EQ(Code(parse(img)), std::string("TDVF_DESCRIPTOR_OUT_OF_RANGE"));
  }
  {
    auto img = good;
    img[0x8000] = 'X';
    CHECK_EQ(Code(parse(img)), std::string("TDVF_BAD_SIGNATURE"));
  }
  {
    auto img = good;
    StoreLe32(&img[0x8000 + 8], 2);
    CHECK_EQ(Code(parse(img)), std::string("TDVF_VERSION_UNSUPPORTED"));
  }
  {
    auto img = good;
    StoreLe32(&img[0x8000 + 12], 1000);
    CHECK_EQ(Code(parse(img)), std::string("TDVF_SECTION_COUNT_INVALID"));
  }
  {
    auto img = good;
    StoreLe32(&img[0x8000 + 4], 20);  // length shorter than the sections
    CHECK_EQ(Code(parse(img)), std::string("TDVF_TABLE_OVERRUN"));
  }
  auto with = [&](Sec s) { return parse(Image(0x10000, 0x8000, {s})); };
  auto r = with({0xF000, 0x2000, 0, 0x2000, 0, 1});
  CHECK_EQ(Code(r), std::string("TDVF_SECTION_PAST_END"));
  CHECK(r.error().message.find("section 0 (at offset 0x8010)") != std::string::npos);
  CHECK_EQ(Code(with({0, 0x100, 0x1001, 0x1000, 0, 1})), std::string("TDVF_SECTION_UNALIGNED"));
  CHECK_EQ(Code(with({0, 0x2000, 0x1000, 0x1000, 0, 1})), std::string("TDVF_SECTION_SIZE_INVALID"));
  CHECK_EQ(Code(with({0, 0, 0, 0x1000, 9, 0})), std::string("TDVF_SECTION_TYPE_UNKNOWN"));
  CHECK_EQ(Code(with({0, 0, 0, 0x1000, 0, 4})), std::string("TDVF_SECTION_ATTRIBUTES_UNKNOWN"));
  CHECK_EQ(Code(with({0, 0, uint64_t{1} << 52, 0x1000, 0, 0})), std::string("TDVF_SECTION_ADDRESS_INVALID"));
  {
    // A section asking for more pages than kPagesMax is refused before hashing.
    auto img = Image(0x10000, 0x8000, {{0, 0, 0, (kPagesMax + 1) * kPageBytes, 3, 0}});
    ByteView v(img.data(), img.size());
    auto md = ParseTdvfMetadata(v);
    REQUIRE(md.ok());
    auto m = ComputeMrtd(v, md.value(), MrtdOrder::kTwoPass);
    CHECK(!m.ok());
    if (!m.ok()) CHECK_EQ(m.error().code, std::string("TDVF_TOO_LARGE"));
  }
}

TEST(RtmrReplayMatchesTheDefinition) {
  const std::string e1 = "event one", e2 = "second";
  Digest zero{};
  uint8_t d1[48], d2[48], acc[96], expect[48];
  hash::Sha(hash::ShaAlg::kSha384, reinterpret_cast<const uint8_t*>(e1.data()), e1.size(), d1);
  hash::Sha(hash::ShaAlg::kSha384, reinterpret_cast<const uint8_t*>(e2.data()), e2.size(), d2);
  std::memset(acc, 0, 48);
  std::memcpy(acc + 48, d1, 48);
  hash::Sha(hash::ShaAlg::kSha384, acc, 96, expect);
  std::memcpy(acc, expect, 48);
  std::memcpy(acc + 48, d2, 48);
  hash::Sha(hash::ShaAlg::kSha384, acc, 96, expect);
  std::vector<RtmrEvent> raw = {{ByteView(e1), false}, {ByteView(e2), false}};
  std::vector<RtmrEvent> mixed = {{ByteView(d1, 48), true}, {ByteView(e2), false}};
  auto a = ReplayRtmr(zero, raw);
  auto b = ReplayRtmr(zero, mixed);
  REQUIRE(a.ok() && b.ok());
  CHECK_EQ(Hex(a.value().data(), 48), Hex(expect, 48));
  CHECK_EQ(Hex(b.value().data(), 48), Hex(expect, 48));
  CHECK_EQ(Hex(ReplayRtmr(zero, {}).value().data(), 48), Hex(zero.data(), 48));
  auto bad = ReplayRtmr(zero, {{ByteView(d1, 47), true}});
  CHECK(!bad.ok());
  if (!bad.ok()) CHECK_EQ(bad.error().code, std::string("RTMR_DIGEST_INVALID"));
}
