// DCAP verifier: the real fixtures at their verification times (TDX v4 and
// SGX v3), expiry at today's date, the caches, tampering, a wrong root, and
// the strict JSON / DER / PEM readers it is built on.
#include <cstring>
#include <string>
#include <vector>

#include "check.h"
#include "dcap/der.h"
#include "dcap/json.h"
#include "dcap/verify.h"

using namespace tessera;
using namespace tessera::dcap;
using tessera::test::FromHex;

namespace {

constexpr int64_t kTdxAt = 1752919234;
constexpr int64_t kSgxAt = 1752919277;

// Owns the decoded fields of a fixture collateral JSON.
struct CollateralFixture {
  std::string pck_crl_issuer_chain, tcb_info_issuer_chain, qe_identity_issuer_chain, tcb_info, qe_identity;
  std::vector<uint8_t> root_ca_crl, pck_crl, tcb_info_signature, qe_identity_signature;
  Collateral View() const {
    Collateral c;
    c.pck_crl_issuer_chain = ByteView(pck_crl_issuer_chain);
    c.root_ca_crl = ByteView(root_ca_crl.data(), root_ca_crl.size());
    c.pck_crl = ByteView(pck_crl.data(), pck_crl.size());
    c.tcb_info_issuer_chain = ByteView(tcb_info_issuer_chain);
    c.tcb_info = ByteView(tcb_info);
    c.tcb_info_signature = ByteView(tcb_info_signature.data(), tcb_info_signature.size());
    c.qe_identity_issuer_chain = ByteView(qe_identity_issuer_chain);
    c.qe_identity = ByteView(qe_identity);
    c.qe_identity_signature = ByteView(qe_identity_signature.data(), qe_identity_signature.size());
    return c;
  }
};

bool Load(const char* name, std::string* quote, CollateralFixture* c) {
  const std::string dir = test::FixturesDir();
  if (dir.empty()) return false;
  std::string json;
  if (!test::ReadFile(dir + "/tdx/" + name, quote) || !test::ReadFile(dir + "/tdx/" + name + std::string("_collateral.json"), &json)) {
    return false;
  }
  Result<JsonValue> j = ParseJson(ByteView(json));
  if (!j.ok()) return false;
  auto s = [&](const char* k) { return j.value().Get(k)->string; };
  c->pck_crl_issuer_chain = s("pck_crl_issuer_chain");
  c->tcb_info_issuer_chain = s("tcb_info_issuer_chain");
  c->qe_identity_issuer_chain = s("qe_identity_issuer_chain");
  c->tcb_info = s("tcb_info");
  c->qe_identity = s("qe_identity");
  c->root_ca_crl = FromHex(s("root_ca_crl"));
  c->pck_crl = FromHex(s("pck_crl"));
  c->tcb_info_signature = FromHex(s("tcb_info_signature"));
  c->qe_identity_signature = FromHex(s("qe_identity_signature"));
  return true;
}

std::unique_ptr<QuoteVerifier> NewVerifier(bool cache = true) {
  VerifierOptions o;
  o.cache = cache;
  return std::move(QuoteVerifier::Create(o).value());
}

}  // namespace

TEST(dcap_tdx_fixture_verifies_up_to_date) {
  std::string quote;
  CollateralFixture c;
  if (!Load("tdx_quote", &quote, &c)) {
    CHECK(test::FixturesDir().empty());  // skipped only without fixtures
    return;
  }
  auto v = NewVerifier();
  VerifyResult r = v->Verify(ByteView(quote), c.View(), kTdxAt);
  CHECK_EQ(std::string(ReasonId(r.reason)), std::string(""));
  CHECK(r.verified);
  CHECK(r.tdx);
  CHECK(!r.simulated);
  CHECK_EQ(std::string(TcbStatusName(r.status)), std::string("UpToDate"));
  CHECK(r.advisory_ids.empty());
  CHECK_EQ(test::Hex(r.fmspc, 6), std::string("b0c06f000000"));
  CHECK_EQ(test::Hex(r.pce_id, 2), std::string("0000"));
  CHECK(!r.collateral_cache_hit && !r.pck_cache_hit);
  // Warm: both caches hit, same verdict.
  VerifyResult w = v->Verify(ByteView(quote), c.View(), kTdxAt);
  CHECK(w.verified && w.collateral_cache_hit && w.pck_cache_hit);
  CHECK_EQ(std::string(TcbStatusName(w.status)), std::string("UpToDate"));
}

TEST(dcap_sgx_fixture_verifies_with_advisories) {
  std::string quote;
  CollateralFixture c;
  if (!Load("sgx_quote", &quote, &c)) {
    CHECK(test::FixturesDir().empty());  // skipped only without fixtures
    return;
  }
  auto v = NewVerifier();
  VerifyResult r = v->Verify(ByteView(quote), c.View(), kSgxAt);
  CHECK_EQ(r.message, std::string(""));
  CHECK(r.verified);
  CHECK(!r.tdx);
  CHECK_EQ(std::string(TcbStatusName(r.status)), std::string("ConfigurationAndSWHardeningNeeded"));
  REQUIRE(r.advisory_ids.size() == 2);
  CHECK_EQ(r.advisory_ids[0], std::string("INTEL-SA-00289"));
  CHECK_EQ(r.advisory_ids[1], std::string("INTEL-SA-00615"));
}

TEST(dcap_fixture_expired_today_cold_and_warm) {
  std::string quote;
  CollateralFixture c;
  if (!Load("tdx_quote", &quote, &c)) {
    CHECK(test::FixturesDir().empty());  // skipped only without fixtures
    return;
  }
  const int64_t today = 1796601600;  // 2026-12-07
  auto cold = NewVerifier(false);
  VerifyResult r = cold->Verify(ByteView(quote), c.View(), today);
  CHECK(!r.verified);
  CHECK(r.reason == Reason::kCrlExpired || r.reason == Reason::kTcbInfoExpired);
  CHECK(r.message.find("expired") != std::string::npos);
  // A warm cache gives the same refusal.
  auto warm = NewVerifier(true);
  CHECK(warm->Verify(ByteView(quote), c.View(), kTdxAt).verified);
  VerifyResult w = warm->Verify(ByteView(quote), c.View(), today);
  CHECK(!w.verified);
  CHECK_EQ(std::string(ReasonId(w.reason)), std::string(ReasonId(r.reason)));
  CHECK_EQ(w.item, r.item);
  // Before the TCB info was issued.
  VerifyResult early = cold->Verify(ByteView(quote), c.View(), 1750000000);
  CHECK(!early.verified);
}

TEST(dcap_tampering_refused_with_reason) {
  std::string quote;
  CollateralFixture c;
  if (!Load("tdx_quote", &quote, &c)) {
    CHECK(test::FixturesDir().empty());  // skipped only without fixtures
    return;
  }
  auto v = NewVerifier();
  std::string q = quote;
  q[184] ^= 1;  // MRTD: the quote signature breaks
  VerifyResult r = v->Verify(ByteView(q), c.View(), kTdxAt);
  CHECK_EQ(std::string(ReasonId(r.reason)), std::string("QUOTE_SIGNATURE_INVALID"));
  q = quote;
  q[770 + 10] ^= 1;  // QE report
  r = v->Verify(ByteView(q), c.View(), kTdxAt);
  CHECK_EQ(std::string(ReasonId(r.reason)), std::string("QE_REPORT_SIGNATURE_INVALID"));
  CollateralFixture bad = c;
  bad.tcb_info_signature[5] ^= 1;
  r = v->Verify(ByteView(quote), bad.View(), kTdxAt);
  CHECK_EQ(std::string(ReasonId(r.reason)), std::string("TCB_INFO_SIGNATURE_INVALID"));
  bad = c;
  bad.tcb_info[bad.tcb_info.find("UpToDate")] = 'X';
  r = v->Verify(ByteView(quote), bad.View(), kTdxAt);
  CHECK(!r.verified);
  bad = c;
  bad.pck_crl[bad.pck_crl.size() - 3] ^= 1;
  r = v->Verify(ByteView(quote), bad.View(), kTdxAt);
  CHECK(!r.verified);
  CHECK_EQ(r.item, std::string("PCK CRL"));
  // The fixture still verifies afterwards (nothing bad was cached).
  CHECK(v->Verify(ByteView(quote), c.View(), kTdxAt).verified);
}

TEST(dcap_other_root_refused) {
  std::string quote;
  CollateralFixture c;
  if (!Load("tdx_quote", &quote, &c)) {
    CHECK(test::FixturesDir().empty());  // skipped only without fixtures
    return;
  }
  // Trusting the PCK CA as a root: Intel's chain does not end there.
  std::vector<std::vector<uint8_t>> ders;
  std::string why;
  REQUIRE(DecodePemCertificates(ByteView(c.pck_crl_issuer_chain), &ders, &why));
  VerifierOptions o;
  o.trusted_root_der = ders[0];
  auto created = QuoteVerifier::Create(o);
  REQUIRE(created.ok());
  VerifyResult r = created.value()->Verify(ByteView(quote), c.View(), kTdxAt);
  CHECK_EQ(std::string(ReasonId(r.reason)), std::string("ROOT_UNTRUSTED"));
  CHECK(r.simulated);
  o.trusted_root_der = {1, 2, 3};
  auto invalid = QuoteVerifier::Create(o);
  CHECK(!invalid.ok());
  if (!invalid.ok()) CHECK_EQ(invalid.error().code, std::string("DCAP_ROOT_INVALID"));
}

TEST(dcap_json_strict) {
  CHECK(ParseJson(ByteView(std::string("{\"a\":[1,2,{\"b\":\"\\u00e9\\ud83d\\ude00\"}]}"))).ok());
  const std::string one = "{\"a\":1}";
  Result<JsonValue> parsed = ParseJson(ByteView(one));
  REQUIRE(parsed.ok() && parsed.value().Get("a") != nullptr);
  CHECK_EQ(parsed.value().Get("a")->integer, int64_t{1});
  for (const char* bad : {"{\"a\":1,\"a\":2}", "{\"a\":1} x", "[01]", "{\"a\":}", "\"\\ud800\"", "[1,]", "", "\"\x01\""}) {
    CHECK(!ParseJson(ByteView(std::string(bad))).ok());
  }
  std::string deep(40, '[');
  CHECK(!ParseJson(ByteView(deep)).ok());
}

TEST(dcap_der_times_and_pem) {
  int64_t t;
  CHECK(ParseIsoTime("2025-06-19T10:16:03Z", &t));
  CHECK_EQ(t, int64_t{1750328163});
  CHECK(ParseIsoTime("2025-06-19T10:16:03.250Z", &t));
  CHECK(!ParseIsoTime("2025-02-29T00:00:00Z", &t));
  CHECK(!ParseIsoTime("2025-06-19 10:16:03Z", &t));
  std::vector<uint8_t> out;
  CHECK(DecodeBase64(ByteView(std::string("aGVsbG8=")), &out));
  CHECK_EQ(std::string(out.begin(), out.end()), std::string("hello"));
  CHECK(!DecodeBase64(ByteView(std::string("aGVsbG9=")), &out));  // non-zero padding bits
  std::vector<std::vector<uint8_t>> ders;
  std::string why;
  CHECK(!DecodePemCertificates(ByteView(std::string("junk")), &ders, &why));
  CHECK(!DecodePemCertificates(ByteView(std::string("-----BEGIN CERTIFICATE-----\naGVsbG8=\n")), &ders, &why));
  // Non-minimal DER length.
  const uint8_t nonminimal[] = {0x30, 0x81, 0x01, 0x00};
  DerReader r(ByteView(nonminimal, sizeof(nonminimal)), 0, "test");
  Tlv tlv;
  CHECK(!r.Next(&tlv).ok());
  CHECK_EQ(AllReasonIds().size(), size_t{37});
}
