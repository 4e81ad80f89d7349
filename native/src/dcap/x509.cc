#include "dcap/x509.h"

#include <algorithm>
#include <cstring>

#include "dcap/der.h"

namespace tessera::dcap {
namespace {

// 1.2.840.10045.4.3.2 ecdsa-with-SHA256
const uint8_t kOidEcdsaSha256[] = {0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02};
// 1.2.840.10045.2.1 id-ecPublicKey, 1.2.840.10045.3.1.7 prime256v1
const uint8_t kOidEcPublicKey[] = {0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01};
const uint8_t kOidPrime256v1[] = {0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07};
// 2.5.29.19 basicConstraints
const uint8_t kOidBasicConstraints[] = {0x55, 0x1d, 0x13};
// 1.2.840.113741.1.13.1 Intel SGX extension
const uint8_t kOidSgx[] = {0x2a, 0x86, 0x48, 0x86, 0xf8, 0x4d, 0x01, 0x0d, 0x01};
// Extensions we understand well enough to accept as critical.
const uint8_t kOidKeyUsage[] = {0x55, 0x1d, 0x0f};

bool OidIs(const Tlv& t, const uint8_t* oid, size_t n) { return t.value.size == n && std::memcmp(t.value.data, oid, n) == 0; }

#define TRY(expr)                       \
  do {                                  \
    Status s_ = (expr);                 \
    if (!s_.ok()) return s_.error();    \
  } while (0)

Status ExpectSigAlg(DerReader& r, const char* name) {
  Tlv alg, oid;
  Status s = r.Expect(tag::kSequence, name, &alg);
  if (!s.ok()) return s;
  DerReader a = r.Enter(alg, name);
  s = a.Expect(tag::kOid, name, &oid);
  if (!s.ok()) return s;
  if (!OidIs(oid, kOidEcdsaSha256, sizeof(kOidEcdsaSha256))) return a.Fail(std::string(name) + " is not ecdsa-with-SHA256");
  return a.Done(name);
}

Status ReadTime(DerReader& r, const char* name, int64_t* out) {
  Tlv t;
  Status s = r.Next(&t);
  if (!s.ok()) return s;
  if (!DecodeDerTime(t, out)) return r.Fail(std::string(name) + " is not a valid UTCTime/GeneralizedTime at offset " + std::to_string(t.offset));
  return Status::Ok();
}

// BIT STRING holding a DER ECDSA-Sig-Value.
Status ReadSignature(DerReader& r, const char* name, ByteView* out) {
  Tlv bits;
  Status s = r.Expect(tag::kBitString, name, &bits);
  if (!s.ok()) return s;
  if (bits.value.size < 2 || bits.value.data[0] != 0) return r.Fail(std::string(name) + " has unused bits");
  *out = bits.value.Sub(1, bits.value.size - 1);
  return Status::Ok();
}

// Certificates and CRLs share their envelope: SEQUENCE { tbs SEQUENCE,
// signatureAlgorithm, signatureValue }. *tbs is the to-be-signed SEQUENCE
// (its bytes are what the signature covers); its offsets are relative to der.
Status ParseSignedEnvelope(ByteView der, const char* what, const char* outer, const char* inner, Tlv* tbs, ByteView* signature) {
  DerReader top(der, 0, what);
  Tlv env;
  Status s = top.Expect(tag::kSequence, outer, &env);
  if (s.ok()) s = top.Done(outer);
  if (!s.ok()) return s;
  DerReader r = top.Enter(env, what);
  s = r.Expect(tag::kSequence, inner, tbs);
  if (s.ok()) s = ExpectSigAlg(r, "signatureAlgorithm");
  if (s.ok()) s = ReadSignature(r, "signatureValue", signature);
  if (s.ok()) s = r.Done("signatureValue");
  return s;
}

Status ReadExtensions(DerReader& r, Certificate* c) {
  Tlv wrap, list;
  Status s = r.Expect(tag::Context(3), "extensions", &wrap);
  if (!s.ok()) return s;
  DerReader w = r.Enter(wrap, "extensions");
  s = w.Expect(tag::kSequence, "extensions", &list);
  if (!s.ok()) return s;
  s = w.Done("extensions");
  if (!s.ok()) return s;
  DerReader l = w.Enter(list, "extensions");
  while (!l.AtEnd()) {
    Tlv ext, oid, crit, val;
    s = l.Expect(tag::kSequence, "extension", &ext);
    if (!s.ok()) return s;
    DerReader e = l.Enter(ext, "extension");
    s = e.Expect(tag::kOid, "extension id", &oid);
    if (!s.ok()) return s;
    bool critical = false;
    if (e.PeekTag(tag::kBoolean)) {
      s = e.Expect(tag::kBoolean, "extension critical", &crit);
      if (!s.ok()) return s;
      // DER: only TRUE (0xff) is encoded (FALSE is the default, left out).
      if (crit.value.size != 1 || crit.value.data[0] != 0xff) return e.Fail("extension critical flag is not DER TRUE");
      critical = true;
    }
    s = e.Expect(tag::kOctetString, "extension value", &val);
    if (!s.ok()) return s;
    s = e.Done("extension");
    if (!s.ok()) return s;
    if (OidIs(oid, kOidBasicConstraints, sizeof(kOidBasicConstraints))) {
      DerReader b(val.value, 0, "basicConstraints");
      Tlv seq, ca;
      s = b.Expect(tag::kSequence, "basicConstraints", &seq);
      if (!s.ok()) return s;
      DerReader bs = b.Enter(seq, "basicConstraints");
      if (bs.PeekTag(tag::kBoolean)) {
        s = bs.Expect(tag::kBoolean, "cA", &ca);
        if (!s.ok()) return s;
        c->is_ca = ca.value.size == 1 && ca.value.data[0] == 0xff;
      }
    } else if (OidIs(oid, kOidSgx, sizeof(kOidSgx))) {
      if (!c->sgx_extension.empty()) return e.Fail("two SGX extensions");
      c->sgx_extension = val.value;
    } else if (critical && !OidIs(oid, kOidKeyUsage, sizeof(kOidKeyUsage))) {
      return e.Fail("unknown critical extension at offset " + std::to_string(oid.offset));
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Certificate> ParseCertificate(ByteView der, const char* what) {
  Certificate c;
  c.der = der;
  Tlv tbs, t;
  TRY(ParseSignedEnvelope(der, what, "certificate", "tbsCertificate", &tbs, &c.signature));
  c.tbs = tbs.whole;

  DerReader r(tbs.value, static_cast<size_t>(tbs.value.data - der.data), what);
  Tlv ver, vint;
  TRY(r.Expect(tag::Context(0), "version", &ver));
  DerReader vr = r.Enter(ver, what);
  TRY(vr.Expect(tag::kInteger, "version", &vint));
  if (vint.value.size != 1 || vint.value.data[0] != 2) return Error{"DER_MALFORMED", std::string(what) + ": not an X.509 v3 certificate"};
  TRY(r.Expect(tag::kInteger, "serialNumber", &t));
  c.serial = t.value;
  TRY(ExpectSigAlg(r, "signature"));
  TRY(r.Expect(tag::kSequence, "issuer", &t));
  c.issuer = t.whole;
  Tlv validity;
  TRY(r.Expect(tag::kSequence, "validity", &validity));
  DerReader v = r.Enter(validity, what);
  TRY(ReadTime(v, "notBefore", &c.not_before));
  TRY(ReadTime(v, "notAfter", &c.not_after));
  TRY(v.Done("validity"));
  TRY(r.Expect(tag::kSequence, "subject", &t));
  c.subject = t.whole;
  Tlv spki, alg, oid, curve, key;
  TRY(r.Expect(tag::kSequence, "subjectPublicKeyInfo", &spki));
  DerReader sp = r.Enter(spki, what);
  TRY(sp.Expect(tag::kSequence, "subjectPublicKeyInfo algorithm", &alg));
  DerReader al = sp.Enter(alg, what);
  TRY(al.Expect(tag::kOid, "public key algorithm", &oid));
  TRY(al.Expect(tag::kOid, "public key curve", &curve));
  TRY(al.Done("public key algorithm"));
  if (!OidIs(oid, kOidEcPublicKey, sizeof(kOidEcPublicKey)) || !OidIs(curve, kOidPrime256v1, sizeof(kOidPrime256v1))) {
    return Error{"DER_MALFORMED", std::string(what) + ": public key is not EC P-256"};
  }
  TRY(sp.Expect(tag::kBitString, "public key", &key));
  TRY(sp.Done("subjectPublicKeyInfo"));
  if (key.value.size != 66 || key.value.data[0] != 0 || key.value.data[1] != 0x04) {
    return Error{"DER_MALFORMED", std::string(what) + ": public key is not an uncompressed P-256 point"};
  }
  c.public_key = key.value.Sub(1, 65);
  if (r.PeekTag(0x81) || r.PeekTag(0x82)) return Error{"DER_MALFORMED", std::string(what) + ": unique identifiers are not supported"};
  if (!r.AtEnd()) TRY(ReadExtensions(r, &c));
  TRY(r.Done("tbsCertificate"));
  return c;
}

bool Crl::IsRevoked(ByteView serial) const {
  auto less = [](ByteView a, ByteView b) {
    if (a.size != b.size) return a.size < b.size;
    return std::memcmp(a.data, b.data, a.size) < 0;
  };
  auto it = std::lower_bound(revoked_serials.begin(), revoked_serials.end(), serial, less);
  return it != revoked_serials.end() && it->size == serial.size && std::memcmp(it->data, serial.data, serial.size) == 0;
}

Result<Crl> ParseCrl(ByteView der, const char* what) {
  Crl c;
  c.der = der;
  Tlv tbs, t;
  TRY(ParseSignedEnvelope(der, what, "CRL", "tbsCertList", &tbs, &c.signature));
  c.tbs = tbs.whole;

  DerReader r(tbs.value, static_cast<size_t>(tbs.value.data - der.data), what);
  TRY(r.Expect(tag::kInteger, "version", &t));
  if (t.value.size != 1 || t.value.data[0] != 1) return Error{"DER_MALFORMED", std::string(what) + ": not a v2 CRL"};
  TRY(ExpectSigAlg(r, "signature"));
  TRY(r.Expect(tag::kSequence, "issuer", &t));
  c.issuer = t.whole;
  TRY(ReadTime(r, "thisUpdate", &c.this_update));
  if (!(r.PeekTag(tag::kUtcTime) || r.PeekTag(tag::kGeneralizedTime))) return Error{"DER_MALFORMED", std::string(what) + ": nextUpdate missing"};
  TRY(ReadTime(r, "nextUpdate", &c.next_update));
  if (r.PeekTag(tag::kSequence)) {
    Tlv list;
    TRY(r.Expect(tag::kSequence, "revokedCertificates", &list));
    DerReader l = r.Enter(list, what);
    while (!l.AtEnd()) {
      Tlv entry, serial;
      int64_t when;
      TRY(l.Expect(tag::kSequence, "revoked certificate", &entry));
      DerReader e = l.Enter(entry, what);
      TRY(e.Expect(tag::kInteger, "revoked serial", &serial));
      TRY(ReadTime(e, "revocationDate", &when));
      if (!e.AtEnd()) TRY(e.Expect(tag::kSequence, "crlEntryExtensions", &t));
      TRY(e.Done("revoked certificate"));
      c.revoked_serials.push_back(serial.value);
    }
  }
  if (r.PeekTag(tag::Context(0))) TRY(r.Expect(tag::Context(0), "crlExtensions", &t));
  TRY(r.Done("tbsCertList"));
  std::sort(c.revoked_serials.begin(), c.revoked_serials.end(), [](ByteView a, ByteView b) {
    if (a.size != b.size) return a.size < b.size;
    return std::memcmp(a.data, b.data, a.size) < 0;
  });
  return c;
}

namespace {

Error ExtError(const std::string& why) { return Error{"SGX_EXTENSION_INVALID", "PCK certificate SGX extension: " + why}; }

// Sub-OID of the SGX extension: base + suffix bytes.
bool SgxOid(const Tlv& t, std::initializer_list<uint8_t> suffix) {
  if (t.value.size != sizeof(kOidSgx) + suffix.size()) return false;
  if (std::memcmp(t.value.data, kOidSgx, sizeof(kOidSgx)) != 0) return false;
  size_t i = sizeof(kOidSgx);
  for (uint8_t b : suffix) {
    if (t.value.data[i++] != b) return false;
  }
  return true;
}

bool SmallUint(const Tlv& t, uint32_t max, uint32_t* out) {
  if (t.value.size == 0 || t.value.size > 3 || (t.value.data[0] & 0x80)) return false;
  uint32_t v = 0;
  for (size_t i = 0; i < t.value.size; ++i) v = (v << 8) | t.value.data[i];
  if (v > max) return false;
  *out = v;
  return true;
}

}  // namespace

Result<PckExtension> ParsePckExtension(ByteView extension) {
  PckExtension x;
  DerReader top(extension, 0, "SGX extension");
  Tlv seq;
  Status s = top.Expect(tag::kSequence, "SGX extension", &seq);
  if (!s.ok()) return ExtError(s.error().message);
  DerReader r = top.Enter(seq, "SGX extension");
  bool have_fmspc = false, have_pceid = false, have_tcb = false;
  while (!r.AtEnd()) {
    Tlv item, oid, val;
    s = r.Expect(tag::kSequence, "SGX extension entry", &item);
    if (!s.ok()) return ExtError(s.error().message);
    DerReader e = r.Enter(item, "SGX extension entry");
    s = e.Expect(tag::kOid, "SGX extension entry id", &oid);
    if (!s.ok()) return ExtError(s.error().message);
    s = e.Next(&val);
    if (!s.ok()) return ExtError(s.error().message);
    if (SgxOid(oid, {4})) {
      if (val.tag != tag::kOctetString || val.value.size != 6) return ExtError("FMSPC is not a 6-byte OCTET STRING");
      std::memcpy(x.fmspc, val.value.data, 6);
      have_fmspc = true;
    } else if (SgxOid(oid, {3})) {
      if (val.tag != tag::kOctetString || val.value.size != 2) return ExtError("PCE-ID is not a 2-byte OCTET STRING");
      std::memcpy(x.pce_id, val.value.data, 2);
      have_pceid = true;
    } else if (SgxOid(oid, {2})) {
      if (val.tag != tag::kSequence) return ExtError("TCB is not a SEQUENCE");
      DerReader tr = e.Enter(val, "SGX TCB");
      uint32_t seen = 0;
      while (!tr.AtEnd()) {
        Tlv comp, cid, cval;
        s = tr.Expect(tag::kSequence, "TCB component", &comp);
        if (!s.ok()) return ExtError(s.error().message);
        DerReader cr = tr.Enter(comp, "TCB component");
        s = cr.Expect(tag::kOid, "TCB component id", &cid);
        if (!s.ok()) return ExtError(s.error().message);
        s = cr.Next(&cval);
        if (!s.ok()) return ExtError(s.error().message);
        bool matched = false;
        for (uint8_t n = 1; n <= 18 && !matched; ++n) {
          if (!SgxOid(cid, {2, n})) continue;
          matched = true;
          uint32_t v = 0;
          if (n <= 16) {
            if (cval.tag != tag::kInteger || !SmallUint(cval, 255, &v)) return ExtError("SGX TCB component " + std::to_string(n) + " is not an INTEGER in [0, 255]");
            x.sgx_components[n - 1] = static_cast<uint8_t>(v);
          } else if (n == 17) {
            if (cval.tag != tag::kInteger || !SmallUint(cval, 65535, &v)) return ExtError("PCESVN is not an INTEGER in [0, 65535]");
            x.pce_svn = static_cast<uint16_t>(v);
          } else {
            if (cval.tag != tag::kOctetString || cval.value.size != 16) return ExtError("CPUSVN is not a 16-byte OCTET STRING");
            std::memcpy(x.cpu_svn, cval.value.data, 16);
          }
          if (seen & (1u << n)) return ExtError("TCB component " + std::to_string(n) + " appears twice");
          seen |= 1u << n;
        }
      }
      if (seen != 0x7fffeu) return ExtError("TCB lacks some of the 16 components, PCESVN or CPUSVN");
      have_tcb = true;
    }
  }
  if (!have_fmspc) return ExtError("FMSPC missing");
  if (!have_pceid) return ExtError("PCE-ID missing");
  if (!have_tcb) return ExtError("TCB missing");
  return x;
}

}  // namespace tessera::dcap
