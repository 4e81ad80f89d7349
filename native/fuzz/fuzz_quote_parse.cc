// libFuzzer target for the quote parser (native/src/quote). Besides "no
// crash, no sanitizer report", it checks the parser's contract on every
// input: errors carry a known code and a message naming an offset; a parsed
// quote's views lie inside the input, nest as the format says, and parsing
// the quote without its trailing padding gives the same result.
// Seeds: fuzz_quote_parse.seeds.mjs (scripts/fuzz.mjs runs it).
#include <cstdint>
#include <cstring>
#include <string>

#include "quote/quote.h"

using namespace tessera;
using namespace tessera::quote;

namespace {

void Require(bool cond) {
  if (!cond) __builtin_trap();
}

bool KnownCode(const std::string& code) {
  static const char* const kCodes[] = {"TDX_QUOTE_TOO_LARGE",     "TDX_QUOTE_TRUNCATED",
                                       "TDX_QUOTE_UNSUPPORTED_VERSION", "TDX_QUOTE_BAD_KEY_TYPE",
                                       "TDX_QUOTE_BAD_TEE_TYPE",  "TDX_QUOTE_BAD_BODY_TYPE",
                                       "TDX_QUOTE_BAD_LENGTH",    "TDX_QUOTE_BAD_CERT_TYPE",
                                       "TDX_QUOTE_BAD_CERT_CHAIN"};
  for (const char* c : kCodes) {
    if (code == c) return true;
  }
  return false;
}

bool Inside(ByteView outer, ByteView v) {
  return v.size == 0 || (v.data >= outer.data && v.size <= outer.size &&
                         static_cast<size_t>(v.data - outer.data) <= outer.size - v.size);
}

bool Same(ByteView a, ByteView b) { return a.size == b.size && (a.size == 0 || std::memcmp(a.data, b.data, a.size) == 0); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const ByteView input(data, size);
  Result<ParsedQuote> r = ParseQuote(input);
  if (!r.ok()) {
    Require(KnownCode(r.error().code));
    Require(r.error().message.find("offset") != std::string::npos || size == 0 || size > kQuoteBytesMax);
    return 0;
  }
  const ParsedQuote& q = r.value();
  Require(q.quote.data == data && q.quote.size + q.trailing_bytes == size);
  Require(q.header.version >= 3 && q.header.version <= 5);
  Require(q.header.attestation_key_type == kAttestationKeyEcdsaP256);
  Require(q.signed_region.data == data && q.body_offset + q.body.size == q.signed_region.size);
  Require(q.signature_data_offset == q.signed_region.size);
  Require(q.signature_data_offset + 4 + q.signature_data_bytes == q.quote.size);
  for (ByteView v : {q.body, q.signed_region, q.signature, q.attestation_key, q.certification_data, q.qe_report.raw,
                     q.qe_report_signature, q.qe_auth_data, q.pck_cert_data, q.pck_chain_pem}) {
    Require(Inside(q.quote, v));
  }
  Require(q.signature.size == kEcdsaSignatureBytes && q.attestation_key.size == kEcdsaP256KeyBytes);
  Require(q.qe_report.raw.size == kEnclaveReportBytes);
  Require(Inside(q.pck_cert_data, q.pck_chain_pem));
  if (q.pck_cert_data_type == kCertPckChain) {
    Require(!q.pck_chain.empty() && q.pck_chain.size() <= kPckChainCertsMax);
  } else {
    Require(q.pck_chain.empty() && q.pck_chain_pem.empty());
  }
  for (ByteView c : q.pck_chain) {
    Require(Inside(q.pck_chain_pem, c));
    Require(c.size > 52 && std::memcmp(c.data, "-----BEGIN CERTIFICATE-----", 27) == 0);
  }
  if (q.body_kind == BodyKind::kSgxEnclave) {
    Require(q.body.size == kEnclaveReportBytes && q.enclave.raw.data == q.body.data);
  } else {
    Require(q.td.raw.data == q.body.data && Inside(q.body, q.td.mr_td));
    Require(q.td.mr_service_td.empty() == (q.body_kind == BodyKind::kTd10));
  }

  // Trailing padding does not change the result.
  if (q.trailing_bytes > 0) {
    Result<ParsedQuote> again = ParseQuote(q.quote);
    Require(again.ok());
    const ParsedQuote& p = again.value();
    Require(p.trailing_bytes == 0 && p.quote.size == q.quote.size);
    Require(Same(p.signed_region, q.signed_region) && Same(p.pck_cert_data, q.pck_cert_data));
    Require(p.pck_chain.size() == q.pck_chain.size());
  }
  return 0;
}
