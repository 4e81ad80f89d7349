// Quote parsing binding: argument conversion only; the parser is
// src/quote/quote.cc. parseQuote(buf) returns a plain object whose byte
// fields are Buffers (copies, so the caller may reuse its input).
#include <napi.h>

#include "napi/args.h"
#include "napi/errors.h"
#include "napi/modules.h"
#include "quote/quote.h"

namespace tessera::napi_binding {
namespace {

Napi::Buffer<uint8_t> Bytes(Napi::Env env, ByteView v) { return CopyToBuffer(env, v.data, v.size); }

Napi::Object EnclaveReportObject(Napi::Env env, const quote::EnclaveReport& r) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("raw", Bytes(env, r.raw));
  o.Set("cpuSvn", Bytes(env, r.cpu_svn));
  o.Set("miscSelect", Napi::Number::New(env, r.misc_select));
  o.Set("isvExtProdId", Bytes(env, r.isv_ext_prod_id));
  o.Set("attributes", Bytes(env, r.attributes));
  o.Set("mrEnclave", Bytes(env, r.mr_enclave));
  o.Set("mrSigner", Bytes(env, r.mr_signer));
  o.Set("configId", Bytes(env, r.config_id));
  o.Set("isvProdId", Napi::Number::New(env, r.isv_prod_id));
  o.Set("isvSvn", Napi::Number::New(env, r.isv_svn));
  o.Set("configSvn", Napi::Number::New(env, r.config_svn));
  o.Set("isvFamilyId", Bytes(env, r.isv_family_id));
  o.Set("reportData", Bytes(env, r.report_data));
  return o;
}

Napi::Object TdReportObject(Napi::Env env, const quote::TdReport& r, bool td15) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("raw", Bytes(env, r.raw));
  o.Set("teeTcbSvn", Bytes(env, r.tee_tcb_svn));
  o.Set("mrSeam", Bytes(env, r.mr_seam));
  o.Set("mrSignerSeam", Bytes(env, r.mr_signer_seam));
  o.Set("seamAttributes", Bytes(env, r.seam_attributes));
  o.Set("tdAttributes", Napi::BigInt::New(env, r.td_attributes));
  o.Set("xfam", Napi::BigInt::New(env, r.xfam));
  o.Set("mrTd", Bytes(env, r.mr_td));
  o.Set("mrConfigId", Bytes(env, r.mr_config_id));
  o.Set("mrOwner", Bytes(env, r.mr_owner));
  o.Set("mrOwnerConfig", Bytes(env, r.mr_owner_config));
  Napi::Array rtmr = Napi::Array::New(env, quote::kRtmrCount);
  for (uint32_t i = 0; i < quote::kRtmrCount; ++i) rtmr.Set(i, Bytes(env, r.rtmr[i]));
  o.Set("rtmr", rtmr);
  o.Set("reportData", Bytes(env, r.report_data));
  if (td15) {
    o.Set("teeTcbSvn2", Bytes(env, r.tee_tcb_svn2));
    o.Set("mrServiceTd", Bytes(env, r.mr_service_td));
  }
  return o;
}

const char* BodyKindId(quote::BodyKind k) {
  switch (k) {
    case quote::BodyKind::kSgxEnclave:
      return "sgx";
    case quote::BodyKind::kTd10:
      return "td1.0";
    case quote::BodyKind::kTd15:
      return "td1.5";
  }
  return "unknown";
}

// parseQuote(quote: Uint8Array): ParsedQuote (see src/attest/quote.ts)
Napi::Value ParseQuote(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView input;
  if (!GetBytes(info, 0, "parseQuote", "quote", &input)) return env.Undefined();
  Result<quote::ParsedQuote> r = quote::ParseQuote(input);
  if (!r.ok()) {
    ThrowError(env, r.error());
    return env.Undefined();
  }
  const quote::ParsedQuote& q = r.value();
  Napi::Object o = Napi::Object::New(env);
  o.Set("quoteBytes", Napi::Number::New(env, static_cast<double>(q.quote.size)));
  o.Set("trailingBytes", Napi::Number::New(env, static_cast<double>(q.trailing_bytes)));

  Napi::Object h = Napi::Object::New(env);
  h.Set("version", Napi::Number::New(env, q.header.version));
  h.Set("attestationKeyType", Napi::Number::New(env, q.header.attestation_key_type));
  h.Set("teeType", Napi::Number::New(env, q.header.tee_type));
  h.Set("qeSvn", Napi::Number::New(env, q.header.qe_svn));
  h.Set("pceSvn", Napi::Number::New(env, q.header.pce_svn));
  h.Set("qeVendorId", Bytes(env, q.header.qe_vendor_id));
  h.Set("userData", Bytes(env, q.header.user_data));
  o.Set("header", h);

  o.Set("bodyKind", BodyKindId(q.body_kind));
  o.Set("bodyType", Napi::Number::New(env, q.body_type));
  o.Set("bodyOffset", Napi::Number::New(env, static_cast<double>(q.body_offset)));
  o.Set("body", Bytes(env, q.body));
  if (q.body_kind == quote::BodyKind::kSgxEnclave) {
    o.Set("enclave", EnclaveReportObject(env, q.enclave));
  } else {
    o.Set("td", TdReportObject(env, q.td, q.body_kind == quote::BodyKind::kTd15));
  }
  o.Set("signedRegion", Bytes(env, q.signed_region));
  o.Set("signatureDataOffset", Napi::Number::New(env, static_cast<double>(q.signature_data_offset)));
  o.Set("signatureDataBytes", Napi::Number::New(env, q.signature_data_bytes));
  o.Set("signature", Bytes(env, q.signature));
  o.Set("attestationKey", Bytes(env, q.attestation_key));
  o.Set("certificationDataType", Napi::Number::New(env, q.certification_data_type));
  o.Set("certificationData", Bytes(env, q.certification_data));
  o.Set("qeReport", EnclaveReportObject(env, q.qe_report));
  o.Set("qeReportSignature", Bytes(env, q.qe_report_signature));
  o.Set("qeAuthData", Bytes(env, q.qe_auth_data));
  o.Set("pckCertDataType", Napi::Number::New(env, q.pck_cert_data_type));
  o.Set("pckCertDataOffset", Napi::Number::New(env, static_cast<double>(q.pck_cert_data_offset)));
  o.Set("pckCertData", Bytes(env, q.pck_cert_data));
  o.Set("pckChainPem", Bytes(env, q.pck_chain_pem));
  Napi::Array chain = Napi::Array::New(env, q.pck_chain.size());
  for (uint32_t i = 0; i < q.pck_chain.size(); ++i) chain.Set(i, Bytes(env, q.pck_chain[i]));
  o.Set("pckChain", chain);
  return o;
}

// quoteTypeNames(): display names of body kinds and certification data types.
Napi::Value QuoteTypeNames(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object cert = Napi::Object::New(env);
  for (uint16_t t = 1; t <= 7; ++t) cert.Set(Napi::Number::New(env, t), quote::CertDataTypeName(t));
  Napi::Object body = Napi::Object::New(env);
  for (auto k : {quote::BodyKind::kSgxEnclave, quote::BodyKind::kTd10, quote::BodyKind::kTd15}) {
    body.Set(BodyKindId(k), quote::BodyKindName(k));
  }
  Napi::Object o = Napi::Object::New(env);
  o.Set("certificationData", cert);
  o.Set("body", body);
  return o;
}

}  // namespace

void InitQuote(Napi::Env env, Napi::Object exports) {
  exports.Set("parseQuote", Napi::Function::New(env, ParseQuote, "parseQuote"));
  exports.Set("quoteTypeNames", Napi::Function::New(env, QuoteTypeNames, "quoteTypeNames"));
  exports.Set("quoteBytesMax", Napi::Number::New(env, static_cast<double>(quote::kQuoteBytesMax)));
}

}  // namespace tessera::napi_binding
