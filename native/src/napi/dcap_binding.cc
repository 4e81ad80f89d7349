// DCAP verifier binding: argument conversion only; the verifier is
// src/dcap/verify.cc. new DcapVerifier(trustedRootDer | null, cache) with
// verify(quote, collateralFields[10], atUnix, allowDebug, allowServiceTd),
// clearCaches() and cacheSizes(); dcapReasonIds lists every reason id.
#include <napi.h>

#include <memory>
#include <string>

#include "dcap/ecdsa.h"
#include "dcap/verify.h"
#include "napi/args.h"
#include "napi/errors.h"
#include "napi/modules.h"
#include "quote/quote.h"

namespace tessera::napi_binding {
namespace {

constexpr uint32_t kCollateralFields = 10;

// Upper-case hex, as Intel writes FMSPC and PCE-ID (a string is cheaper to
// hand to JavaScript than a Buffer).
std::string HexUpper(const uint8_t* p, size_t n) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string s(2 * n, '0');
  for (size_t i = 0; i < n; ++i) {
    s[2 * i] = kHex[p[i] >> 4];
    s[2 * i + 1] = kHex[p[i] & 15];
  }
  return s;
}

class DcapVerifierObject : public Napi::ObjectWrap<DcapVerifierObject> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "DcapVerifier",
                       {InstanceMethod<&DcapVerifierObject::Verify>("verify"),
                        InstanceMethod<&DcapVerifierObject::ClearCaches>("clearCaches"),
                        InstanceMethod<&DcapVerifierObject::CacheSizes>("cacheSizes")});
  }

  explicit DcapVerifierObject(const Napi::CallbackInfo& info) : Napi::ObjectWrap<DcapVerifierObject>(info) {
    Napi::Env env = info.Env();
    dcap::VerifierOptions options;
    if (info.Length() > 0 && !info[0].IsNull() && !info[0].IsUndefined()) {
      ByteView root;
      if (!GetBytes(info, 0, "DcapVerifier", "trustedRootDer", &root)) return;
      options.trusted_root_der.assign(root.data, root.data + root.size);
    }
    if (info.Length() < 2 || !info[1].IsBoolean()) {
      ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "DcapVerifier: argument 'cache' must be a boolean");
      return;
    }
    options.cache = info[1].As<Napi::Boolean>().Value();
    Result<std::unique_ptr<dcap::QuoteVerifier>> v = dcap::QuoteVerifier::Create(options);
    if (!v.ok()) {
      ThrowError(env, v.error());
      return;
    }
    verifier_ = std::move(v.value());
  }

 private:
  bool Live(Napi::Env env) {
    if (verifier_) return true;
    ThrowCoded(env, "ERR_INVALID_STATE", "DcapVerifier: not constructed");
    return false;
  }

  Napi::Value Verify(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!Live(env)) return env.Undefined();
    ByteView quote;
    if (!GetBytes(info, 0, "DcapVerifier.verify", "quote", &quote)) return env.Undefined();
    if (info.Length() < 2 || !info[1].IsArray() || info[1].As<Napi::Array>().Length() != kCollateralFields) {
      ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "DcapVerifier.verify: argument 'collateral' must be an array of 10 Uint8Arrays");
      return env.Undefined();
    }
    Napi::Array fields = info[1].As<Napi::Array>();
    ByteView v[kCollateralFields];
    for (uint32_t i = 0; i < kCollateralFields; ++i) {
      Napi::Value f = fields.Get(i);
      if (!f.IsTypedArray() || f.As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
        ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "DcapVerifier.verify: collateral field " + std::to_string(i) + " must be a Uint8Array");
        return env.Undefined();
      }
      Napi::Uint8Array u8 = f.As<Napi::Uint8Array>();
      v[i] = ByteView(u8.Data(), u8.ByteLength());
    }
    uint64_t at;
    if (!GetSafeUint(info, 2, "DcapVerifier.verify", "atUnix", &at)) return env.Undefined();
    if (info.Length() < 5 || !info[3].IsBoolean() || !info[4].IsBoolean()) {
      ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "DcapVerifier.verify: 'allowDebug' and 'allowServiceTd' must be booleans");
      return env.Undefined();
    }
    dcap::Collateral c;
    c.pck_crl_issuer_chain = v[0];
    c.root_ca_crl = v[1];
    c.pck_crl = v[2];
    c.tcb_info_issuer_chain = v[3];
    c.tcb_info = v[4];
    c.tcb_info_signature = v[5];
    c.qe_identity_issuer_chain = v[6];
    c.qe_identity = v[7];
    c.qe_identity_signature = v[8];
    c.pck_certificate_chain = v[9];
    dcap::VerifyFlags flags;
    flags.allow_debug = info[3].As<Napi::Boolean>().Value();
    flags.allow_service_td = info[4].As<Napi::Boolean>().Value();
    const dcap::VerifyResult r = verifier_->Verify(quote, c, static_cast<int64_t>(at), flags);

    Napi::Object o = Napi::Object::New(env);
    o.Set("verified", Napi::Boolean::New(env, r.verified));
    if (!r.verified) {
      o.Set("reason", dcap::ReasonId(r.reason));
      o.Set("item", r.item);
      o.Set("message", r.message);
    }
    o.Set("simulated", Napi::Boolean::New(env, r.simulated));
    o.Set("tee", r.tdx ? "tdx" : "sgx");
    if (r.has_status) {
      o.Set("status", dcap::TcbStatusName(r.status));
      o.Set("platformStatus", dcap::TcbStatusName(r.platform_status));
      o.Set("qeStatus", dcap::TcbStatusName(r.qe_status));
      if (r.has_module_status) o.Set("moduleStatus", dcap::TcbStatusName(r.module_status));
      Napi::Array adv = Napi::Array::New(env, r.advisory_ids.size());
      for (uint32_t i = 0; i < r.advisory_ids.size(); ++i) adv.Set(i, r.advisory_ids[i]);
      o.Set("advisoryIds", adv);
    }
    if (r.body_kind != 0) {
      o.Set("bodyKind", Napi::Number::New(env, r.body_kind));
      o.Set("bodyOffset", Napi::Number::New(env, static_cast<double>(r.body_offset)));
      o.Set("bodySize", Napi::Number::New(env, static_cast<double>(r.body_size)));
    }
    if (r.has_pck) {
      o.Set("fmspc", HexUpper(r.fmspc, sizeof(r.fmspc)));
      o.Set("pceId", HexUpper(r.pce_id, sizeof(r.pce_id)));
      o.Set("tcbInfoIssueDate", Napi::Number::New(env, static_cast<double>(r.tcb_info_issue_date)));
      o.Set("qeIdentityIssueDate", Napi::Number::New(env, static_cast<double>(r.qe_identity_issue_date)));
      o.Set("collateralExpiry", Napi::Number::New(env, static_cast<double>(r.collateral_expiry)));
    }
    o.Set("collateralCacheHit", Napi::Boolean::New(env, r.collateral_cache_hit));
    o.Set("pckCacheHit", Napi::Boolean::New(env, r.pck_cache_hit));
    return o;
  }

  Napi::Value ClearCaches(const Napi::CallbackInfo& info) {
    if (Live(info.Env())) verifier_->ClearCaches();
    return info.Env().Undefined();
  }

  Napi::Value CacheSizes(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!Live(env)) return env.Undefined();
    Napi::Object o = Napi::Object::New(env);
    o.Set("collateral", Napi::Number::New(env, static_cast<double>(verifier_->collateral_cache_size())));
    o.Set("pck", Napi::Number::New(env, static_cast<double>(verifier_->pck_cache_size())));
    return o;
  }

  std::unique_ptr<dcap::QuoteVerifier> verifier_;
};

// dcapEcdsaFloor(quote, iterations): verifies the quote's own signature
// (SHA-256 of the signed region and one ECDSA P-256 verification, through the
// same OpenSSL calls as the verifier) `iterations` times with a key built
// once. bench/attest.ts times it as the floor of a warm verification (two
// of these). Returns whether the signature verified.
Napi::Value EcdsaFloor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView bytes;
  uint64_t iterations = 0;
  if (!GetBytes(info, 0, "dcapEcdsaFloor", "quote", &bytes)) return env.Undefined();
  if (!GetSafeUint(info, 1, "dcapEcdsaFloor", "iterations", &iterations)) return env.Undefined();
  Result<quote::ParsedQuote> q = quote::ParseQuote(bytes);
  if (!q.ok()) {
    ThrowError(env, q.error());
    return env.Undefined();
  }
  std::unique_ptr<dcap::EcPublicKey> key = dcap::EcPublicKey::FromPoint(q.value().attestation_key);
  bool ok = key != nullptr;
  for (uint64_t i = 0; i < iterations && ok; ++i) ok = key->VerifyRaw(q.value().signed_region, q.value().signature);
  return Napi::Boolean::New(env, ok);
}

}  // namespace

void InitDcap(Napi::Env env, Napi::Object exports) {
  exports.Set("DcapVerifier", DcapVerifierObject::Define(env));
  const std::vector<const char*> ids = dcap::AllReasonIds();
  Napi::Array arr = Napi::Array::New(env, ids.size());
  for (uint32_t i = 0; i < ids.size(); ++i) arr.Set(i, ids[i]);
  exports.Set("dcapReasonIds", arr);
  exports.Set("dcapEcdsaFloor", Napi::Function::New(env, EcdsaFloor, "dcapEcdsaFloor"));
}

}  // namespace tessera::napi_binding
