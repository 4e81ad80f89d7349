// Quote parser: every field of the real fixtures, the v5 variants, and each
// error path with its code and message.
#include <cstring>
#include <string>

#include "check.h"
#include "hash/sha2.h"
#include "quote/quote.h"
#include "test_quote_samples.h"

using namespace tessera;
using namespace tessera::quote;
using tessera::test::Bytes;
using tessera::test::Hex;
using tessera::test::LoadQuoteFixture;
using tessera::test::ViewOf;

namespace {

std::string HexOf(ByteView v) { return Hex(v.data, v.size); }
size_t OffsetIn(const Bytes& b, ByteView v) { return static_cast<size_t>(v.data - b.data()); }

// The QE binding the verifier checks: SHA-256(attestation key || QE auth
// data) is the first half of the QE report's REPORTDATA. It holds only if
// all three views sit at the right offsets.
bool QeBindingHolds(const ParsedQuote& q) {
  hash::ShaHasher h(hash::ShaAlg::kSha256);
  uint8_t digest[32];
  if (!h.Update(q.attestation_key.data, q.attestation_key.size) ||
      !h.Update(q.qe_auth_data.data, q.qe_auth_data.size) || !h.Final(digest)) {
    return false;
  }
  return std::memcmp(digest, q.qe_report.report_data.data, 32) == 0;
}

// Parses `b` and checks it fails with `code` and a message containing `text`.
void ExpectError(const Bytes& b, const std::string& code, const std::string& text, int line) {
  Result<ParsedQuote> r = ParseQuote(ViewOf(b));
  if (r.ok()) {
    test::Fail(__FILE__, line, "expected " + code + ", but the quote parsed");
    return;
  }
  if (r.error().code != code) {
    test::Fail(__FILE__, line, "expected " + code + ", got " + r.error().code + ": " + r.error().message);
  }
  if (r.error().message.find(text) == std::string::npos) {
    test::Fail(__FILE__, line, "message '" + r.error().message + "' lacks '" + text + "'");
  }
}
#define EXPECT_ERROR(bytes, code, text) ExpectError((bytes), (code), (text), __LINE__)

}  // namespace

TEST(QuoteTdxV4FixtureFields) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  REQUIRE(b.size() == test::kTdxFixtureBytes);
  Result<ParsedQuote> r = ParseQuote(ViewOf(b));
  REQUIRE(r.ok());
  const ParsedQuote& q = r.value();
  CHECK_EQ(q.header.version, 4);
  CHECK_EQ(q.header.attestation_key_type, 2);
  CHECK_EQ(q.header.tee_type, 0x81u);
  CHECK_EQ(HexOf(q.header.qe_vendor_id), "939a7233f79c4ca9940a0db3957f0607");
  CHECK_EQ(OffsetIn(b, q.header.user_data), 28u);
  CHECK_EQ(q.header.user_data.size, 20u);
  CHECK(q.body_kind == BodyKind::kTd10);
  CHECK_EQ(q.body_type, 2);
  CHECK_EQ(q.body_offset, 48u);
  CHECK_EQ(q.body.size, 584u);

  const TdReport& td = q.td;
  CHECK_EQ(HexOf(td.mr_td), test::kTdxMrTd);
  CHECK_EQ(OffsetIn(b, td.mr_td), 184u);
  CHECK_EQ(HexOf(td.tee_tcb_svn), "06010300000000000000000000000000");
  CHECK_EQ(HexOf(td.mr_seam),
           "5b38e33a6487958b72c3c12a938eaa5e3fd4510c51aeeab58c7d5ecee41d7c436489d6c8e4f92f160b7cad34207b00c1");
  CHECK_EQ(HexOf(td.seam_attributes), "0000000000000000");
  CHECK_EQ(td.td_attributes, 0x10000000ull);
  CHECK_EQ(td.xfam, 0x602e7ull);
  CHECK_EQ(HexOf(td.rtmr[0]),
           "44c0197b39157fdd7a4dcc44767f9d6b0bb3977c7a8e347b8492f827fe9d9e5c48aca29b220b80b6a540cf994b9bc9c0");
  CHECK_EQ(OffsetIn(b, td.rtmr[3]), 48u + 472u);
  CHECK_EQ(OffsetIn(b, td.report_data), 568u);
  CHECK_EQ(HexOf(td.report_data).substr(0, 16), "9a9d48e7f6799642");
  CHECK(td.tee_tcb_svn2.empty());
  CHECK(td.mr_service_td.empty());

  CHECK_EQ(q.signed_region.size, 632u);
  CHECK(q.signed_region.data == b.data());
  CHECK_EQ(q.signature_data_offset, 632u);
  CHECK_EQ(q.signature_data_bytes, 4300u);
  CHECK_EQ(OffsetIn(b, q.signature), 636u);
  CHECK_EQ(OffsetIn(b, q.attestation_key), 700u);
  CHECK_EQ(q.certification_data_type, 6);
  CHECK_EQ(OffsetIn(b, q.certification_data), 770u);
  CHECK_EQ(q.certification_data.size, 4166u);
  CHECK_EQ(OffsetIn(b, q.qe_report.raw), 770u);
  CHECK_EQ(HexOf(q.qe_report.mr_signer), "dc9e2a7c6f948f17474e34a7fc43ed030f7c1563f1babddf6340c82e0e54a8c5");
  CHECK_EQ(q.qe_report.isv_prod_id, 2);
  CHECK_EQ(q.qe_report.isv_svn, 6);
  CHECK_EQ(q.qe_report.misc_select, 0u);
  CHECK_EQ(HexOf(q.qe_report.attributes), "1500000000000000e700000000000000");
  CHECK_EQ(OffsetIn(b, q.qe_report_signature), 1154u);
  CHECK_EQ(q.qe_auth_data.size, 32u);
  CHECK_EQ(HexOf(q.qe_auth_data), "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  CHECK(QeBindingHolds(q));

  CHECK_EQ(q.pck_cert_data_type, 5);
  CHECK_EQ(q.pck_cert_data_offset, test::kTdxPemAt);
  CHECK_EQ(q.pck_cert_data.size, 3678u);
  CHECK(q.pck_chain_pem.data == q.pck_cert_data.data);
  REQUIRE(q.pck_chain.size() == 3);
  for (const ByteView& c : q.pck_chain) {
    const std::string s(reinterpret_cast<const char*>(c.data), c.size);
    CHECK(s.rfind("-----BEGIN CERTIFICATE-----", 0) == 0);
    CHECK(s.size() > 25 && s.compare(s.size() - 25, 25, "-----END CERTIFICATE-----") == 0);
  }
  CHECK_EQ(OffsetIn(b, q.pck_chain[0]), test::kTdxPemAt);

  CHECK_EQ(q.quote.size, test::kTdxQuoteEnd);
  CHECK_EQ(q.trailing_bytes, test::kTdxFixtureBytes - test::kTdxQuoteEnd);
}

TEST(QuoteSgxV3FixtureFields) {
  Bytes b;
  if (!LoadQuoteFixture("sgx_quote", &b)) return;
  Result<ParsedQuote> r = ParseQuote(ViewOf(b));
  REQUIRE(r.ok());
  const ParsedQuote& q = r.value();
  CHECK_EQ(q.header.version, 3);
  CHECK_EQ(q.header.tee_type, 0u);
  CHECK_EQ(q.header.qe_svn, 10);
  CHECK_EQ(q.header.pce_svn, 15);
  CHECK(q.body_kind == BodyKind::kSgxEnclave);
  CHECK_EQ(q.body_type, 1);
  CHECK_EQ(q.signed_region.size, 432u);
  CHECK_EQ(HexOf(q.enclave.mr_enclave), "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb");
  CHECK_EQ(HexOf(q.enclave.mr_signer), "815f42f11cf64430c30bab7816ba596a1da0130c3b028b673133a66cf9a3e0e6");
  CHECK_EQ(q.enclave.isv_prod_id, 0);
  CHECK_EQ(std::string(reinterpret_cast<const char*>(q.enclave.report_data.data), 13), "Hello, world!");
  CHECK_EQ(q.signature_data_bytes, 4164u);
  CHECK_EQ(OffsetIn(b, q.attestation_key), 500u);
  CHECK_EQ(OffsetIn(b, q.qe_report.raw), 564u);
  CHECK_EQ(HexOf(q.qe_report.mr_signer), "8c4f5775d796503e96137f77c68a829a0056ac8ded70140b081b094490c57bff");
  CHECK_EQ(q.qe_report.isv_prod_id, 1);
  CHECK_EQ(q.qe_report.isv_svn, 10);
  CHECK(QeBindingHolds(q));
  // v3: the certification data is the PCK data itself.
  CHECK_EQ(q.certification_data_type, 5);
  CHECK_EQ(q.pck_cert_data_type, 5);
  CHECK(q.certification_data.data == q.pck_cert_data.data);
  CHECK_EQ(q.pck_chain.size(), 3u);
  CHECK_EQ(q.quote.size, b.size());
  CHECK_EQ(q.trailing_bytes, 0u);
}

TEST(QuoteV5TdBodies) {
  Bytes v4;
  if (!LoadQuoteFixture("tdx_quote", &v4)) return;
  for (bool td15 : {false, true}) {
    const Bytes b = test::TdxV4ToV5(v4, td15);
    Result<ParsedQuote> r = ParseQuote(ViewOf(b));
    REQUIRE(r.ok());
    const ParsedQuote& q = r.value();
    CHECK_EQ(q.header.version, 5);
    CHECK(q.body_kind == (td15 ? BodyKind::kTd15 : BodyKind::kTd10));
    CHECK_EQ(q.body_type, td15 ? 3 : 2);
    CHECK_EQ(q.body_offset, 54u);
    CHECK_EQ(q.signed_region.size, td15 ? 702u : 638u);
    CHECK_EQ(OffsetIn(b, q.td.mr_td), 54u + 136u);
    CHECK_EQ(HexOf(q.td.mr_td), test::kTdxMrTd);
    CHECK_EQ(q.td.td_attributes, 0x10000000ull);
    CHECK_EQ(q.signature_data_offset, q.signed_region.size);
    CHECK(QeBindingHolds(q));
    CHECK_EQ(q.pck_chain.size(), 3u);
    CHECK_EQ(q.trailing_bytes, 0u);
    if (td15) {
      CHECK_EQ(HexOf(q.td.tee_tcb_svn2), "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
      REQUIRE(q.td.mr_service_td.size == 48);
      CHECK_EQ(q.td.mr_service_td.data[0], 0xB0);
      CHECK_EQ(q.td.mr_service_td.data[47], 0xB0 + 47);
    } else {
      CHECK(q.td.mr_service_td.empty());
    }
  }
}

TEST(QuoteV5SgxBody) {
  Bytes v3;
  if (!LoadQuoteFixture("sgx_quote", &v3)) return;
  const Bytes b = test::SgxV3ToV5(v3);
  Result<ParsedQuote> r = ParseQuote(ViewOf(b));
  REQUIRE(r.ok());
  const ParsedQuote& q = r.value();
  CHECK(q.body_kind == BodyKind::kSgxEnclave);
  CHECK_EQ(q.signed_region.size, 54u + 384u);
  CHECK_EQ(HexOf(q.enclave.mr_enclave), "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb");
  CHECK_EQ(q.certification_data_type, 6);
  CHECK_EQ(q.pck_cert_data_type, 5);
  CHECK(QeBindingHolds(q));
}

TEST(QuoteTrailingPaddingIgnored) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  Bytes exact(b.begin(), b.begin() + test::kTdxQuoteEnd);
  Result<ParsedQuote> r = ParseQuote(ViewOf(exact));
  REQUIRE(r.ok());
  CHECK_EQ(r.value().trailing_bytes, 0u);
  Bytes padded = b;
  padded.resize(b.size() + 1000, 0xEE);  // non-zero padding is ignored too
  r = ParseQuote(ViewOf(padded));
  REQUIRE(r.ok());
  CHECK_EQ(r.value().trailing_bytes, 1000u + 70u);
  CHECK_EQ(HexOf(r.value().td.mr_td), test::kTdxMrTd);
}

TEST(QuoteHeaderErrors) {
  EXPECT_ERROR(Bytes{}, "TDX_QUOTE_TRUNCATED", "quote is empty (0 bytes)");
  EXPECT_ERROR(Bytes{4}, "TDX_QUOTE_TRUNCATED", "version at offset 0 needs 2 bytes, but the quote ends at offset 1");
  EXPECT_ERROR((Bytes{6, 0, 2, 0}), "TDX_QUOTE_UNSUPPORTED_VERSION", "quote version 6 at offset 0 is not supported");
  EXPECT_ERROR((Bytes{4, 0}), "TDX_QUOTE_TRUNCATED", "attestation key type at offset 2");
  EXPECT_ERROR((Bytes{4, 0, 3, 0}), "TDX_QUOTE_BAD_KEY_TYPE", "attestation key type 3 at offset 2");
  EXPECT_ERROR((Bytes{4, 0, 2, 0, 0x80, 0, 0, 0}), "TDX_QUOTE_BAD_TEE_TYPE", "TEE type 0x80 at offset 4");
  EXPECT_ERROR((Bytes{3, 0, 2, 0, 0x81, 0, 0, 0}), "TDX_QUOTE_BAD_TEE_TYPE", "version 3 quotes are SGX only");
  EXPECT_ERROR((Bytes{4, 0, 2, 0, 0x81, 0, 0, 0, 0}), "TDX_QUOTE_TRUNCATED", "header at offset 0 needs 48 bytes");
  Bytes big(kQuoteBytesMax + 1, 0);
  EXPECT_ERROR(big, "TDX_QUOTE_TOO_LARGE", "quote is 65537 bytes, over the limit of 65536 bytes");
}

TEST(QuoteBodyErrors) {
  Bytes v4;
  if (!LoadQuoteFixture("tdx_quote", &v4)) return;
  Bytes b = test::TdxV4ToV5(v4, false);
  Bytes t = b;
  test::PutLe16(&t, 48, 4);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_BODY_TYPE", "body type 4 at offset 48 is not known");
  t = b;
  test::PutLe16(&t, 48, 1);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_BODY_TYPE", "body type 1 at offset 48 (SGX enclave report) does not match TEE type 0x81");
  t = b;
  test::PutLe32(&t, 50, 585);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_LENGTH", "body size 585 at offset 50 does not match body type 2 (TD 1.0 report, 584 bytes)");
  t = b;
  test::PutLe16(&t, 48, 3);  // claims TD 1.5 but is 64 bytes short of it
  test::PutLe32(&t, 50, 648);
  Result<ParsedQuote> r = ParseQuote(ViewOf(t));
  CHECK(!r.ok());
  Bytes shortv5(b.begin(), b.begin() + 52);
  EXPECT_ERROR(shortv5, "TDX_QUOTE_TRUNCATED", "body descriptor at offset 48 needs 6 bytes");
  Bytes shortbody(v4.begin(), v4.begin() + 600);
  EXPECT_ERROR(shortbody, "TDX_QUOTE_TRUNCATED", "TD 1.0 report at offset 48 needs 584 bytes, but the quote ends at offset 600");
}

TEST(QuoteSignatureSectionErrors) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  // The message shape the issue asks for: field, value, offset, and the end.
  Bytes cut(b.begin(), b.begin() + 1000);
  EXPECT_ERROR(cut, "TDX_QUOTE_TRUNCATED",
               "quote truncated: signature data length 4300 at offset 632 runs to offset 4936, but the quote ends at offset 1000");
  Bytes t = b;
  test::PutLe32(&t, test::kTdxSigDataLenAt, 4301);  // still inside the padding
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_LENGTH",
               "signature data length 4301 at offset 632 does not match the signature data, whose fields end at offset 4936, not 4937");
  t = b;
  test::PutLe32(&t, test::kTdxSigDataLenAt, 0xFFFFFFFFu);
  EXPECT_ERROR(t, "TDX_QUOTE_TRUNCATED", "signature data length 4294967295 at offset 632 runs to offset 4294967931");
  t = b;
  test::PutLe32(&t, test::kTdxSigDataLenAt, 100);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_LENGTH", "attestation key at offset 700 (64 bytes) runs past the end of the signature data at offset 736");
  t = b;
  test::PutLe32(&t, test::kTdxCertSizeAt, 4167);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_LENGTH", "certification data size 4167 at offset 766 runs to offset 4937, past the end of the signature data at offset 4936");
  t = b;
  test::PutLe16(&t, test::kTdxQeAuthLenAt, 0xFFFF);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_LENGTH", "QE auth data length 65535 at offset 1218 runs to offset 66755, past the end of the certification data at offset 4936");
  t = b;
  test::PutLe32(&t, test::kTdxPckSizeAt, 3677);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_LENGTH", "certification data size 4166 at offset 766 does not match the certification data, whose fields end at offset 4935, not 4936");
}

TEST(QuoteCertificationTypeErrors) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  Bytes t = b;
  test::PutLe16(&t, test::kTdxCertTypeAt, 5);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_TYPE", "certification data type 5 at offset 764: a version 4 quote must carry QE report certification data (type 6)");
  t = b;
  test::PutLe16(&t, test::kTdxPckTypeAt, 6);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_TYPE", "PCK certification data type 6 at offset 1252");
  for (uint16_t bad : {0, 8, 0xFFFF}) {
    t = b;
    test::PutLe16(&t, test::kTdxPckTypeAt, bad);
    EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_TYPE", "is not known (expected 1 to 5 or 7)");
  }
  // Other PCK data types parse; only type 5 yields a chain.
  for (uint16_t other : {1, 2, 3, 4, 7}) {
    t = b;
    test::PutLe16(&t, test::kTdxPckTypeAt, other);
    Result<ParsedQuote> r = ParseQuote(ViewOf(t));
    REQUIRE(r.ok());
    CHECK_EQ(r.value().pck_cert_data_type, other);
    CHECK_EQ(r.value().pck_cert_data.size, 3678u);
    CHECK(r.value().pck_chain_pem.empty());
    CHECK(r.value().pck_chain.empty());
  }
}

TEST(QuotePemChainErrors) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  const size_t pem = test::kTdxPemAt;
  Bytes t = b;
  t[pem + 100] = '!';
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_CHAIN", "unexpected byte 0x21 at offset 1358 inside certificate 1 of the PCK certificate chain (which starts at offset 1258)");
  t = b;
  t[pem] = 'X';
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_CHAIN", "PCK certificate chain: expected '-----BEGIN CERTIFICATE-----' at offset 1258, found byte 0x58");
  t = b;
  t[test::kTdxQuoteEnd - 1] = 'Z';  // the NUL terminator becomes junk after the last block
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_CHAIN", "at offset 4935, found byte 0x5a");
  t = b;
  // Cut the chain inside the third certificate's END line: shrink every
  // enclosing length by 20 and move the tail.
  const uint32_t cut = 20;
  t.erase(t.begin() + (test::kTdxQuoteEnd - 1 - cut), t.begin() + (test::kTdxQuoteEnd - 1));
  test::PutLe32(&t, test::kTdxSigDataLenAt, 4300 - cut);
  test::PutLe32(&t, test::kTdxCertSizeAt, 4166 - cut);
  test::PutLe32(&t, test::kTdxPckSizeAt, 3678 - cut);
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_CHAIN", "inside certificate 3 of the PCK certificate chain");
  // A chain of only whitespace and NUL holds no certificate.
  t = b;
  for (size_t i = pem; i < test::kTdxQuoteEnd; ++i) t[i] = (i % 2) ? '\n' : 0;
  EXPECT_ERROR(t, "TDX_QUOTE_BAD_CERT_CHAIN", "PCK certificate chain at offset 1258 holds no certificate");
}

TEST(QuotePemChainCertLimit) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  Result<ParsedQuote> base = ParseQuote(ViewOf(b));
  REQUIRE(base.ok());
  const ByteView leaf = base.value().pck_chain[0];
  // A chain of N copies of the leaf, N = limit (parses) and limit + 1 (refused).
  for (size_t n : {kPckChainCertsMax, kPckChainCertsMax + 1}) {
    Bytes chain;
    for (size_t i = 0; i < n; ++i) {
      test::Append(&chain, leaf.data, leaf.size);
      chain.push_back('\n');
    }
    Bytes t(b.begin(), b.begin() + test::kTdxPemAt);
    test::Append(&t, chain.data(), chain.size());
    const uint32_t grow = static_cast<uint32_t>(chain.size()) - 3678u;
    test::PutLe32(&t, test::kTdxSigDataLenAt, 4300 + grow);
    test::PutLe32(&t, test::kTdxCertSizeAt, 4166 + grow);
    test::PutLe32(&t, test::kTdxPckSizeAt, static_cast<uint32_t>(chain.size()));
    Result<ParsedQuote> r = ParseQuote(ViewOf(t));
    if (n == kPckChainCertsMax) {
      REQUIRE(r.ok());
      CHECK_EQ(r.value().pck_chain.size(), kPckChainCertsMax);
    } else {
      CHECK(!r.ok() && r.error().code == "TDX_QUOTE_BAD_CERT_CHAIN");
      CHECK(!r.ok() && r.error().message.find("holds more than 8 certificates") != std::string::npos);
    }
  }
}

TEST(QuoteTypeNames) {
  CHECK_EQ(std::string(CertDataTypeName(5)), "PCK certificate chain");
  CHECK_EQ(std::string(CertDataTypeName(6)), "QE report certification data");
  CHECK_EQ(std::string(CertDataTypeName(0)), "unknown");
  CHECK_EQ(std::string(BodyKindName(BodyKind::kTd15)), "TD 1.5 report");
}
