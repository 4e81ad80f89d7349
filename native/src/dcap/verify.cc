#include "dcap/verify.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "dcap/der.h"
#include "dcap/ecdsa.h"
#include "dcap/json.h"
#include "dcap/x509.h"
#include "hash/blake3.h"
#include "hash/sha2.h"
#include "quote/quote.h"

namespace tessera::dcap {

const uint8_t kIntelSgxRootCaSha256[32] = {0x44, 0xa0, 0x19, 0x6b, 0x2b, 0x99, 0xf8, 0x89, 0xb8, 0xe1, 0x49,
                                           0xe9, 0x5b, 0x80, 0x7a, 0x35, 0x0e, 0x74, 0x24, 0x96, 0x43, 0x99,
                                           0xe8, 0x85, 0xa7, 0xcb, 0xb8, 0xcc, 0xfa, 0xb6, 0x74, 0xd3};

const char* TcbStatusName(TcbStatus s) {
  switch (s) {
    case TcbStatus::kUpToDate: return "UpToDate";
    case TcbStatus::kSwHardeningNeeded: return "SWHardeningNeeded";
    case TcbStatus::kConfigurationNeeded: return "ConfigurationNeeded";
    case TcbStatus::kConfigurationAndSwHardeningNeeded: return "ConfigurationAndSWHardeningNeeded";
    case TcbStatus::kOutOfDate: return "OutOfDate";
    case TcbStatus::kOutOfDateConfigurationNeeded: return "OutOfDateConfigurationNeeded";
    case TcbStatus::kRevoked: return "Revoked";
  }
  return "unknown";
}

const char* ReasonId(Reason r) {
  switch (r) {
    case Reason::kNone: return "";
#define TESSERA_DCAP_CASE(name, id) \
  case Reason::name:                \
    return id;
      TESSERA_DCAP_REASONS(TESSERA_DCAP_CASE)
#undef TESSERA_DCAP_CASE
  }
  return "";
}

std::vector<const char*> AllReasonIds() {
  return {
#define TESSERA_DCAP_ID(name, id) id,
      TESSERA_DCAP_REASONS(TESSERA_DCAP_ID)
#undef TESSERA_DCAP_ID
  };
}

namespace {

std::string HexUpper(const uint8_t* p, size_t n) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s.push_back(kHex[p[i] >> 4]);
    s.push_back(kHex[p[i] & 15]);
  }
  return s;
}

std::string IsoTime(int64_t t) {
  int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  int64_t secs = t - days * 86400;
  // civil_from_days
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  char buf[96];
  std::snprintf(buf, sizeof(buf), "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(y), m, d,
                static_cast<long long>(secs / 3600), static_cast<long long>((secs / 60) % 60),
                static_cast<long long>(secs % 60));
  return buf;
}

std::string Str(ByteView v) { return std::string(reinterpret_cast<const char*>(v.data), v.size); }
bool Same(ByteView a, ByteView b) { return a.size == b.size && (a.size == 0 || std::memcmp(a.data, b.data, a.size) == 0); }

// The CN of an X.509 Name (for messages), or "?".
std::string CommonName(ByteView name) {
  static const uint8_t kCn[] = {0x55, 0x04, 0x03};
  DerReader top(name, 0, "name");
  Tlv seq;
  if (!top.Next(&seq).ok()) return "?";
  DerReader sets = top.Enter(seq, "name");
  while (!sets.AtEnd()) {
    Tlv set, atv, oid, val;
    if (!sets.Next(&set).ok()) return "?";
    DerReader s = sets.Enter(set, "name");
    while (!s.AtEnd()) {
      if (!s.Next(&atv).ok()) return "?";
      DerReader a = s.Enter(atv, "name");
      if (!a.Next(&oid).ok() || !a.Next(&val).ok()) return "?";
      if (oid.value.size == 3 && std::memcmp(oid.value.data, kCn, 3) == 0) return Str(val.value);
    }
  }
  return "?";
}

struct Failure {
  Reason reason = Reason::kNone;
  std::string item;
  std::string message;
};

bool Fail(VerifyResult* r, Reason reason, const std::string& item, const std::string& message) {
  r->verified = false;
  r->reason = reason;
  r->item = item;
  r->message = message;
  return false;
}

// A validity window checked at every verification (cached or not).
struct Window {
  std::string item;
  int64_t from = 0;
  int64_t to = 0;
  Reason not_yet = Reason::kNone;
  Reason expired = Reason::kNone;
};

bool CheckWindow(const Window& w, int64_t now, VerifyResult* r) {
  if (now < w.from) {
    return Fail(r, w.not_yet, w.item, w.item + " is not valid until " + IsoTime(w.from) + " (verification time " + IsoTime(now) + ")");
  }
  if (now > w.to) {
    return Fail(r, w.expired, w.item, w.item + " expired at " + IsoTime(w.to) + " (verification time " + IsoTime(now) + ")");
  }
  return true;
}

// ---- TCB info and QE identity documents ----

struct StatusLevel {
  TcbStatus status = TcbStatus::kUpToDate;
  std::vector<std::string> advisories;
};
struct PlatformLevel {
  uint8_t sgx[16] = {};
  uint16_t pcesvn = 0;
  bool has_tdx = false;
  uint8_t tdx[16] = {};
  StatusLevel s;
};
struct IsvLevel {
  uint16_t isvsvn = 0;
  StatusLevel s;
};
struct ModuleIdentity {
  std::string id;
  uint8_t mrsigner[48] = {};
  uint8_t attributes[8] = {};
  uint8_t mask[8] = {};
  std::vector<IsvLevel> levels;
};
struct TcbInfoDoc {
  std::string id;
  int64_t version = 0;
  int64_t issue = 0, next = 0;
  uint8_t fmspc[6] = {};
  uint8_t pce_id[2] = {};
  bool has_module = false;
  ModuleIdentity module;
  std::vector<ModuleIdentity> module_identities;
  std::vector<PlatformLevel> levels;
};
struct QeIdentityDoc {
  std::string id;
  int64_t version = 0;
  int64_t issue = 0, next = 0;
  uint8_t miscselect[4] = {}, misc_mask[4] = {};
  uint8_t attributes[16] = {}, attr_mask[16] = {};
  uint8_t mrsigner[32] = {};
  uint16_t isvprodid = 0;
  std::vector<IsvLevel> levels;
};

// Field readers: on failure they fill *why with the field's path.
class DocReader {
 public:
  explicit DocReader(std::string* why) : why_(why) {}
  const JsonValue* Field(const JsonValue& o, const char* key, JsonValue::Kind kind, const std::string& path) {
    const JsonValue* v = o.kind == JsonValue::Kind::kObject ? o.Get(key) : nullptr;
    if (v == nullptr) return Bad(path + "." + key + " is missing");
    if (v->kind != kind) return Bad(path + "." + key + " has the wrong type");
    return v;
  }
  bool Int(const JsonValue& o, const char* key, int64_t min, int64_t max, const std::string& path, int64_t* out) {
    const JsonValue* v = Field(o, key, JsonValue::Kind::kNumber, path);
    if (v == nullptr) return false;
    if (!v->is_integer || v->integer < min || v->integer > max) {
      Bad(path + "." + key + " is not an integer in [" + std::to_string(min) + ", " + std::to_string(max) + "]");
      return false;
    }
    *out = v->integer;
    return true;
  }
  bool Hex(const JsonValue& o, const char* key, size_t n, const std::string& path, uint8_t* out) {
    const JsonValue* v = Field(o, key, JsonValue::Kind::kString, path);
    if (v == nullptr) return false;
    if (v->string.size() != 2 * n) return Bad(path + "." + key + " is not " + std::to_string(n) + " bytes of hex") != nullptr;
    for (size_t i = 0; i < n; ++i) {
      int hi = Nibble(v->string[2 * i]), lo = Nibble(v->string[2 * i + 1]);
      if (hi < 0 || lo < 0) return Bad(path + "." + key + " is not hex") != nullptr;
      out[i] = static_cast<uint8_t>(hi << 4 | lo);
    }
    return true;
  }
  bool Time(const JsonValue& o, const char* key, const std::string& path, int64_t* out) {
    const JsonValue* v = Field(o, key, JsonValue::Kind::kString, path);
    if (v == nullptr) return false;
    if (!ParseIsoTime(v->string, out)) return Bad(path + "." + key + " is not an ISO 8601 UTC time") != nullptr;
    return true;
  }
  bool Status(const JsonValue& level, const std::string& path, StatusLevel* out) {
    const JsonValue* s = Field(level, "tcbStatus", JsonValue::Kind::kString, path);
    if (s == nullptr) return false;
    static const TcbStatus kAll[] = {TcbStatus::kUpToDate, TcbStatus::kSwHardeningNeeded, TcbStatus::kConfigurationNeeded,
                                     TcbStatus::kConfigurationAndSwHardeningNeeded, TcbStatus::kOutOfDate,
                                     TcbStatus::kOutOfDateConfigurationNeeded, TcbStatus::kRevoked};
    bool found = false;
    for (TcbStatus t : kAll) {
      if (s->string == TcbStatusName(t)) {
        out->status = t;
        found = true;
      }
    }
    if (!found) return Bad(path + ".tcbStatus '" + s->string + "' is not a known TCB status") != nullptr;
    const JsonValue* adv = level.Get("advisoryIDs");
    if (adv != nullptr) {
      if (adv->kind != JsonValue::Kind::kArray) return Bad(path + ".advisoryIDs is not an array") != nullptr;
      for (const JsonValue& a : adv->items) {
        if (a.kind != JsonValue::Kind::kString) return Bad(path + ".advisoryIDs holds a non-string") != nullptr;
        out->advisories.push_back(a.string);
      }
    }
    return true;
  }
  bool IsvLevels(const JsonValue& o, const std::string& path, std::vector<IsvLevel>* out) {
    const JsonValue* levels = Field(o, "tcbLevels", JsonValue::Kind::kArray, path);
    if (levels == nullptr) return false;
    for (size_t i = 0; i < levels->items.size(); ++i) {
      const std::string p = path + ".tcbLevels[" + std::to_string(i) + "]";
      const JsonValue& l = levels->items[i];
      const JsonValue* tcb = Field(l, "tcb", JsonValue::Kind::kObject, p);
      IsvLevel level;
      int64_t svn;
      if (tcb == nullptr || !Int(*tcb, "isvsvn", 0, 65535, p + ".tcb", &svn) || !Status(l, p, &level.s)) return false;
      level.isvsvn = static_cast<uint16_t>(svn);
      out->push_back(std::move(level));
    }
    if (out->empty()) return Bad(path + ".tcbLevels is empty") != nullptr;
    return true;
  }
  bool Components(const JsonValue& tcb, const char* key, const std::string& path, uint8_t* out) {
    const JsonValue* arr = Field(tcb, key, JsonValue::Kind::kArray, path);
    if (arr == nullptr) return false;
    if (arr->items.size() != 16) return Bad(path + "." + key + " does not have 16 components") != nullptr;
    for (size_t i = 0; i < 16; ++i) {
      int64_t svn;
      if (!Int(arr->items[i], "svn", 0, 255, path + "." + key + "[" + std::to_string(i) + "]", &svn)) return false;
      out[i] = static_cast<uint8_t>(svn);
    }
    return true;
  }
  bool Module(const JsonValue& o, const std::string& path, bool with_levels, ModuleIdentity* m) {
    if (with_levels) {
      const JsonValue* id = Field(o, "id", JsonValue::Kind::kString, path);
      if (id == nullptr) return false;
      m->id = id->string;
      if (!IsvLevels(o, path, &m->levels)) return false;
    }
    return Hex(o, "mrsigner", 48, path, m->mrsigner) && Hex(o, "attributes", 8, path, m->attributes) &&
           Hex(o, "attributesMask", 8, path, m->mask);
  }
  std::nullptr_t Bad(const std::string& why) {
    if (why_->empty()) *why_ = why;
    return nullptr;
  }

 private:
  static int Nibble(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  std::string* why_;
};

bool ParseTcbInfo(ByteView text, TcbInfoDoc* d, std::string* why) {
  Result<JsonValue> j = ParseJson(text);
  if (!j.ok()) {
    *why = "not JSON: " + j.error().message;
    return false;
  }
  const JsonValue& o = j.value();
  DocReader r(why);
  const std::string p = "tcbInfo";
  const JsonValue* id = r.Field(o, "id", JsonValue::Kind::kString, p);
  if (id == nullptr) return false;
  d->id = id->string;
  if (!r.Int(o, "version", 0, 1000, p, &d->version) || !r.Time(o, "issueDate", p, &d->issue) ||
      !r.Time(o, "nextUpdate", p, &d->next) || !r.Hex(o, "fmspc", 6, p, d->fmspc) || !r.Hex(o, "pceId", 2, p, d->pce_id)) {
    return false;
  }
  const bool tdx = d->id == "TDX";
  if (tdx) {
    const JsonValue* m = r.Field(o, "tdxModule", JsonValue::Kind::kObject, p);
    if (m == nullptr || !r.Module(*m, p + ".tdxModule", false, &d->module)) return false;
    d->has_module = true;
    const JsonValue* ids = o.Get("tdxModuleIdentities");
    if (ids != nullptr) {
      if (ids->kind != JsonValue::Kind::kArray) return r.Bad(p + ".tdxModuleIdentities is not an array") != nullptr;
      for (size_t i = 0; i < ids->items.size(); ++i) {
        ModuleIdentity mi;
        if (!r.Module(ids->items[i], p + ".tdxModuleIdentities[" + std::to_string(i) + "]", true, &mi)) return false;
        d->module_identities.push_back(std::move(mi));
      }
    }
  }
  const JsonValue* levels = r.Field(o, "tcbLevels", JsonValue::Kind::kArray, p);
  if (levels == nullptr) return false;
  for (size_t i = 0; i < levels->items.size(); ++i) {
    const std::string lp = p + ".tcbLevels[" + std::to_string(i) + "]";
    const JsonValue& l = levels->items[i];
    const JsonValue* tcb = r.Field(l, "tcb", JsonValue::Kind::kObject, lp);
    if (tcb == nullptr) return false;
    PlatformLevel level;
    int64_t pcesvn;
    if (!r.Int(*tcb, "pcesvn", 0, 65535, lp + ".tcb", &pcesvn)) return false;
    level.pcesvn = static_cast<uint16_t>(pcesvn);
    if (tcb->Get("sgxtcbcomponents") != nullptr) {
      if (!r.Components(*tcb, "sgxtcbcomponents", lp + ".tcb", level.sgx)) return false;
    } else {
      // TCB info v2 layout: sgxtcbcomp01svn .. sgxtcbcomp16svn.
      for (int c = 1; c <= 16; ++c) {
        char key[24];
        std::snprintf(key, sizeof(key), "sgxtcbcomp%02dsvn", c);
        int64_t svn;
        if (!r.Int(*tcb, key, 0, 255, lp + ".tcb", &svn)) return false;
        level.sgx[c - 1] = static_cast<uint8_t>(svn);
      }
    }
    if (tdx) {
      if (!r.Components(*tcb, "tdxtcbcomponents", lp + ".tcb", level.tdx)) return false;
      level.has_tdx = true;
    }
    if (!r.Status(l, lp, &level.s)) return false;
    d->levels.push_back(std::move(level));
  }
  if (d->levels.empty()) return r.Bad(p + ".tcbLevels is empty") != nullptr;
  return true;
}

bool ParseQeIdentity(ByteView text, QeIdentityDoc* d, std::string* why) {
  Result<JsonValue> j = ParseJson(text);
  if (!j.ok()) {
    *why = "not JSON: " + j.error().message;
    return false;
  }
  const JsonValue& o = j.value();
  DocReader r(why);
  const std::string p = "enclaveIdentity";
  const JsonValue* id = r.Field(o, "id", JsonValue::Kind::kString, p);
  if (id == nullptr) return false;
  d->id = id->string;
  int64_t prodid;
  if (!r.Int(o, "version", 0, 1000, p, &d->version) || !r.Time(o, "issueDate", p, &d->issue) ||
      !r.Time(o, "nextUpdate", p, &d->next) || !r.Hex(o, "miscselect", 4, p, d->miscselect) ||
      !r.Hex(o, "miscselectMask", 4, p, d->misc_mask) || !r.Hex(o, "attributes", 16, p, d->attributes) ||
      !r.Hex(o, "attributesMask", 16, p, d->attr_mask) || !r.Hex(o, "mrsigner", 32, p, d->mrsigner) ||
      !r.Int(o, "isvprodid", 0, 65535, p, &prodid) || !r.IsvLevels(o, p, &d->levels)) {
    return false;
  }
  d->isvprodid = static_cast<uint16_t>(prodid);
  return true;
}

void Merge(TcbStatus s, const std::vector<std::string>& advisories, VerifyResult* r) {
  if (s > r->status) r->status = s;
  for (const std::string& a : advisories) {
    if (std::find(r->advisory_ids.begin(), r->advisory_ids.end(), a) == r->advisory_ids.end()) r->advisory_ids.push_back(a);
  }
}

}  // namespace

// ---- the cached pieces ----

struct Revocation {
  std::string issuer_name;  // Name DER of the CRL issuer
  std::string issuer_key;   // its public key (65 bytes)
  std::vector<std::string> revoked;  // sorted serials (INTEGER contents)
  bool IsRevoked(ByteView serial) const { return std::binary_search(revoked.begin(), revoked.end(), Str(serial)); }
};

// Public keys parsed once (EC_KEY construction checks the point; it costs
// about a tenth of a verification), found again by their exact point bytes.
class KeyRing {
 public:
  const EcPublicKey* Find(ByteView point) const {
    for (const auto& k : keys_) {
      if (Same(ByteView(k.first), point)) return k.second.get();
    }
    return nullptr;
  }
  // nullptr when the point is not a P-256 point.
  const EcPublicKey* Get(ByteView point) {
    if (const EcPublicKey* k = Find(point)) return k;
    std::unique_ptr<EcPublicKey> key = EcPublicKey::FromPoint(point);
    if (!key) return nullptr;
    keys_.emplace_back(Str(point), std::move(key));
    return keys_.back().second.get();
  }

 private:
  std::vector<std::pair<std::string, std::unique_ptr<EcPublicKey>>> keys_;
};

// Certificate signatures already verified, each as the issuer's public key
// followed by the certificate's whole DER (which holds the TBS and the
// signature): the same bytes verify the same way, so the TCB signing
// certificate (in both document chains) and the PCK CA certificate (in the
// PCK CRL issuer chain and the PCK chain) are verified once. Only the
// signature is skipped: names, CA flags, revocation and windows are checked
// for every chain.
class VerifiedLinks {
 public:
  bool Has(ByteView issuer_key, ByteView der) const {
    for (const std::string& e : entries_) {
      if (e.size() == issuer_key.size + der.size && std::memcmp(e.data(), issuer_key.data, issuer_key.size) == 0 &&
          std::memcmp(e.data() + issuer_key.size, der.data, der.size) == 0) {
        return true;
      }
    }
    return false;
  }
  void Add(ByteView issuer_key, ByteView der) { entries_.push_back(Str(issuer_key) + Str(der)); }

 private:
  std::vector<std::string> entries_;
};

struct VerifiedCollateral {
  std::string root_der;
  std::string root_subject;
  std::string root_key;
  const EcPublicKey* root_ec = nullptr;  // in keys
  KeyRing keys;                          // root, CRL issuers, TCB signing key
  VerifiedLinks links;                   // certificate signatures verified while building this
  std::vector<Revocation> crls;          // [0] root CA CRL, [1] PCK CRL
  std::vector<Window> windows;           // in the order of the steps
  TcbInfoDoc tcb_info;
  QeIdentityDoc qe_identity;
  int64_t expiry = INT64_MAX;
};

struct VerifiedPck {
  std::unique_ptr<EcPublicKey> leaf_key;
  PckExtension ext;
  std::vector<Window> windows;
};

namespace {

struct ParsedChain {
  std::vector<std::vector<uint8_t>> ders;
  std::vector<Certificate> certs;
};

std::string Label(const char* const* labels, size_t n_labels, size_t i, size_t n) {
  if (i + 1 == n) return "root CA certificate";
  if (i < n_labels - 1 || (i == 0)) return labels[std::min(i, n_labels - 1)];
  return labels[n_labels - 1];
}

// Decodes and parses a PEM chain (leaf first). `labels[0]` names the leaf,
// `labels[1]` the intermediates.
bool ParseChain(ByteView pem, const char* chain_name, const char* const* labels, size_t n_labels, ParsedChain* out,
                VerifyResult* r) {
  std::string why;
  if (!DecodePemCertificates(pem, &out->ders, &why)) {
    return Fail(r, Reason::kCertificateMalformed, chain_name, std::string(chain_name) + " is not a PEM certificate chain: " + why);
  }
  const size_t n = out->ders.size();
  if (n < 2) return Fail(r, Reason::kChainBroken, chain_name, std::string(chain_name) + " holds one certificate; a leaf and the root are needed");
  out->certs.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const std::string label = Label(labels, n_labels, i, n);
    Result<Certificate> c = ParseCertificate(ByteView(out->ders[i].data(), out->ders[i].size()), label.c_str());
    if (!c.ok()) return Fail(r, Reason::kCertificateMalformed, label, std::string(chain_name) + ": " + c.error().message);
    out->certs.push_back(c.value());
  }
  return true;
}

// Verifies a parsed chain against the root pin and the CRLs of `vc` (whose
// root is set). Appends the certificates' windows (checked at `now`).
// Signatures already in vc.links are not verified again; with `building` (vc
// under construction) the ones verified here are added to it.
bool CheckChain(const ParsedChain& chain, const char* chain_name, const char* const* labels, size_t n_labels,
                const uint8_t* root_pin, const VerifiedCollateral& vc, VerifiedCollateral* building, int64_t now,
                std::vector<Window>* windows, VerifyResult* r) {
  const ParsedChain* out = &chain;
  const size_t n = out->ders.size();
  // The last certificate must be the pinned root: the very bytes vc's root
  // was taken from (compared whole; the pin was checked on them).
  const auto& root = out->ders[n - 1];
  if (!Same(ByteView(root.data(), root.size()), ByteView(vc.root_der))) {
    uint8_t digest[32];
    if (!hash::Sha(hash::ShaAlg::kSha256, root.data(), root.size(), digest) || std::memcmp(digest, root_pin, 32) != 0) {
      return Fail(r, Reason::kRootUntrusted, "root CA certificate",
                  std::string(chain_name) + " ends in '" + CommonName(out->certs[n - 1].subject) + "' (SHA-256 " +
                      HexUpper(digest, 32) + "), not the pinned root");
    }
  }
  for (size_t k = n; k-- > 0;) {
    const Certificate& c = out->certs[k];
    const std::string label = Label(labels, n_labels, k, n);
    if (k + 1 < n) {
      const Certificate& issuer = out->certs[k + 1];
      if (!Same(c.issuer, issuer.subject)) {
        return Fail(r, Reason::kChainBroken, label,
                    label + " '" + CommonName(c.subject) + "' in the " + chain_name + " is not issued by the next certificate '" +
                        CommonName(issuer.subject) + "'");
      }
      if (!issuer.is_ca) {
        return Fail(r, Reason::kChainBroken, label,
                    label + " '" + CommonName(c.subject) + "' in the " + chain_name + " is issued by '" +
                        CommonName(issuer.subject) + "', which is not a CA");
      }
      if (!vc.links.Has(issuer.public_key, c.der)) {
        std::unique_ptr<EcPublicKey> own;
        const EcPublicKey* verifier = vc.keys.Find(issuer.public_key);
        if (verifier == nullptr) {
          own = EcPublicKey::FromPoint(issuer.public_key);
          verifier = own.get();
        }
        if (verifier == nullptr || !verifier->VerifyDer(c.tbs, c.signature)) {
          return Fail(r, Reason::kChainBroken, label,
                      label + " '" + CommonName(c.subject) + "' in the " + chain_name + ": signature does not verify under '" +
                          CommonName(issuer.subject) + "'");
        }
        if (building != nullptr) building->links.Add(issuer.public_key, c.der);
      }
    }
    // Revocation: the CRL whose issuer signed this certificate.
    const ByteView issuer_key = k + 1 < n ? out->certs[k + 1].public_key : c.public_key;
    const Revocation* crl = nullptr;
    for (const Revocation& rv : vc.crls) {
      if (Same(ByteView(rv.issuer_name), c.issuer) && Same(ByteView(rv.issuer_key), issuer_key)) crl = &rv;
    }
    if (crl == nullptr) {
      return Fail(r, Reason::kRevocationUnknown, label,
                  label + " '" + CommonName(c.subject) + "' in the " + chain_name + ": no CRL from its issuer '" +
                      CommonName(c.issuer) + "' in the collateral");
    }
    if (crl->IsRevoked(c.serial)) {
      return Fail(r, Reason::kCertificateRevoked, label,
                  label + " '" + CommonName(c.subject) + "' in the " + chain_name + " is revoked (serial " +
                      HexUpper(c.serial.data, c.serial.size) + ")");
    }
    Window w{label, c.not_before, c.not_after, Reason::kCertificateNotYetValid, Reason::kCertificateExpired};
    if (!CheckWindow(w, now, r)) {
      r->message = label + " '" + CommonName(c.subject) + "' in the " + chain_name +
                   (now < w.from ? " is not valid until " + IsoTime(w.from) : " expired at " + IsoTime(w.to)) +
                   " (verification time " + IsoTime(now) + ")";
      return false;
    }
    windows->push_back(std::move(w));
  }
  return true;
}

bool VerifyChain(ByteView pem, const char* chain_name, const char* const* labels, size_t n_labels,
                 const uint8_t* root_pin, const VerifiedCollateral& vc, VerifiedCollateral* building, int64_t now,
                 ParsedChain* out, std::vector<Window>* windows, VerifyResult* r) {
  return ParseChain(pem, chain_name, labels, n_labels, out, r) &&
         CheckChain(*out, chain_name, labels, n_labels, root_pin, vc, building, now, windows, r);
}

bool VerifyCrl(ByteView der, const char* item, const std::string& issuer_subject, const EcPublicKey& issuer_key,
               const std::string& issuer_key_bytes, int64_t now, VerifiedCollateral* vc, VerifyResult* r) {
  Result<Crl> crl = ParseCrl(der, item);
  if (!crl.ok()) return Fail(r, Reason::kCrlMalformed, item, crl.error().message);
  const Crl& c = crl.value();
  if (Str(c.issuer) != issuer_subject) {
    return Fail(r, Reason::kCrlSignatureInvalid, item, std::string(item) + " is issued by '" + CommonName(c.issuer) + "', not by '" +
                                                          CommonName(ByteView(issuer_subject)) + "'");
  }
  if (!issuer_key.VerifyDer(c.tbs, c.signature)) {
    return Fail(r, Reason::kCrlSignatureInvalid, item, std::string(item) + ": signature does not verify under '" + CommonName(c.issuer) + "'");
  }
  Window w{item, c.this_update, c.next_update, Reason::kCrlNotYetValid, Reason::kCrlExpired};
  if (!CheckWindow(w, now, r)) return false;
  vc->windows.push_back(std::move(w));
  Revocation rv;
  rv.issuer_name = issuer_subject;
  rv.issuer_key = issuer_key_bytes;
  for (ByteView s : c.revoked_serials) rv.revoked.push_back(Str(s));
  std::sort(rv.revoked.begin(), rv.revoked.end());
  vc->crls.push_back(std::move(rv));
  return true;
}

// The signed JSON document's window, chain and signature (steps 2 and 3).
bool VerifySignedDocument(ByteView text, ByteView signature, ByteView chain_pem, const char* item, const char* chain_name,
                          const char* signer_label, int64_t issue, int64_t next, Reason not_yet, Reason expired,
                          Reason bad_signature, const uint8_t* root_pin, int64_t now, VerifiedCollateral* vc,
                          VerifyResult* r) {
  Window w{item, issue, next, not_yet, expired};
  if (!CheckWindow(w, now, r)) return false;
  vc->windows.push_back(std::move(w));
  ParsedChain chain;
  const char* labels[] = {signer_label, "intermediate CA certificate"};
  if (!VerifyChain(chain_pem, chain_name, labels, 2, root_pin, *vc, vc, now, &chain, &vc->windows, r)) return false;
  const EcPublicKey* key = vc->keys.Get(chain.certs[0].public_key);
  if (signature.size != 64) return Fail(r, Reason::kCollateralMalformed, item, std::string(item) + " signature is not 64 bytes (r || s)");
  if (!key || !key->VerifyRaw(text, signature)) {
    return Fail(r, bad_signature, item, std::string(item) + ": signature does not verify under '" + CommonName(chain.certs[0].subject) + "'");
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<QuoteVerifier>> QuoteVerifier::Create(const VerifierOptions& options) {
  std::unique_ptr<QuoteVerifier> v(new QuoteVerifier());
  v->cache_ = options.cache;
  v->cache_entries_max_ = std::max<size_t>(1, options.cache_entries_max);
  if (options.trusted_root_der.empty()) {
    std::memcpy(v->root_pin_, kIntelSgxRootCaSha256, 32);
  } else {
    Result<Certificate> c = ParseCertificate(ByteView(options.trusted_root_der.data(), options.trusted_root_der.size()), "trusted root");
    if (!c.ok()) return Error{"DCAP_ROOT_INVALID", "the trusted root is not a P-256 X.509 certificate: " + c.error().message};
    if (!c.value().is_ca) return Error{"DCAP_ROOT_INVALID", "the trusted root is not a CA certificate"};
    hash::Sha(hash::ShaAlg::kSha256, options.trusted_root_der.data(), options.trusted_root_der.size(), v->root_pin_);
    v->simulated_ = true;
  }
  return v;
}

QuoteVerifier::~QuoteVerifier() = default;

void QuoteVerifier::ClearCaches() {
  collateral_cache_.clear();
  collateral_order_.clear();
  pck_cache_.clear();
  pck_order_.clear();
  last_collateral_set_ = false;
  last_pck_key_.clear();
  last_attestation_point_.clear();
  last_attestation_key_.reset();
}

namespace {

std::string CollateralDigest(const Collateral& c) {
  hash::Blake3Hasher h;
  for (ByteView v : {c.pck_crl_issuer_chain, c.root_ca_crl, c.pck_crl, c.tcb_info_issuer_chain, c.tcb_info,
                     c.tcb_info_signature, c.qe_identity_issuer_chain, c.qe_identity, c.qe_identity_signature}) {
    uint8_t len[8];
    StoreLe64(len, v.size);
    h.Update(len, 8);
    h.Update(v.data, v.size);
  }
  std::string out(32, '\0');
  h.Finalize(reinterpret_cast<uint8_t*>(&out[0]), 32);
  return out;
}

ByteView DigestedField(const Collateral& c, size_t i) {
  const ByteView fields[9] = {c.pck_crl_issuer_chain, c.root_ca_crl, c.pck_crl, c.tcb_info_issuer_chain, c.tcb_info,
                              c.tcb_info_signature, c.qe_identity_issuer_chain, c.qe_identity, c.qe_identity_signature};
  return fields[i];
}

template <typename T>
void Remember(std::unordered_map<std::string, std::shared_ptr<const T>>* map, std::deque<std::string>* order, size_t max,
              const std::string& key, std::shared_ptr<const T> value) {
  while (map->size() >= max && !order->empty()) {
    map->erase(order->front());
    order->pop_front();
  }
  if (map->emplace(key, std::move(value)).second) order->push_back(key);
}

}  // namespace

const std::string& QuoteVerifier::CollateralDigestOf(const Collateral& c) {
  bool same = last_collateral_set_;
  for (size_t i = 0; i < 9 && same; ++i) same = Same(DigestedField(c, i), ByteView(last_collateral_[i]));
  if (!same) {
    last_collateral_digest_ = CollateralDigest(c);
    for (size_t i = 0; i < 9; ++i) {
      const ByteView f = DigestedField(c, i);
      last_collateral_[i].assign(reinterpret_cast<const char*>(f.data), f.size);
    }
    last_collateral_set_ = true;
  }
  return last_collateral_digest_;
}

const std::string& QuoteVerifier::PckKeyOf(const std::string& collateral_digest, ByteView chain_pem) {
  if (last_pck_key_.empty() || collateral_digest != last_pck_collateral_digest_ || !Same(chain_pem, ByteView(last_pck_chain_))) {
    hash::Blake3Hasher h;
    h.Update(reinterpret_cast<const uint8_t*>(collateral_digest.data()), collateral_digest.size());
    h.Update(chain_pem.data, chain_pem.size);
    last_pck_key_.assign(32, '\0');
    h.Finalize(reinterpret_cast<uint8_t*>(&last_pck_key_[0]), 32);
    last_pck_collateral_digest_ = collateral_digest;
    last_pck_chain_.assign(reinterpret_cast<const char*>(chain_pem.data), chain_pem.size);
  }
  return last_pck_key_;
}

const EcPublicKey* QuoteVerifier::AttestationKeyOf(ByteView point, std::unique_ptr<EcPublicKey>* own) {
  if (!cache_) {
    *own = EcPublicKey::FromPoint(point);
    return own->get();
  }
  if (!last_attestation_key_ || !Same(point, ByteView(last_attestation_point_))) {
    last_attestation_key_ = EcPublicKey::FromPoint(point);
    last_attestation_point_.assign(reinterpret_cast<const char*>(point.data), point.size);
  }
  return last_attestation_key_.get();
}

std::shared_ptr<const VerifiedCollateral> QuoteVerifier::CollateralFor(const Collateral& c, const std::string& digest,
                                                                       int64_t now, VerifyResult* r) {
  if (cache_) {
    auto it = collateral_cache_.find(digest);
    if (it != collateral_cache_.end()) {
      for (const Window& w : it->second->windows) {
        if (!CheckWindow(w, now, r)) return nullptr;
      }
      r->collateral_cache_hit = true;
      return it->second;
    }
  }
  auto vc = std::make_shared<VerifiedCollateral>();
  // Step 1: CRLs. The root comes from the PCK CRL issuer chain (it must match the pin).
  {
    ParsedChain chain;
    const char* labels[] = {"PCK CRL issuer certificate", "intermediate CA certificate"};
    if (!ParseChain(c.pck_crl_issuer_chain, "PCK CRL issuer chain", labels, 2, &chain, r)) return nullptr;
    uint8_t d[32];
    const std::vector<uint8_t>& root = chain.ders.back();
    if (!hash::Sha(hash::ShaAlg::kSha256, root.data(), root.size(), d) || std::memcmp(d, root_pin_, 32) != 0) {
      Fail(r, Reason::kRootUntrusted, "root CA certificate",
           "the PCK CRL issuer chain ends in a certificate with SHA-256 " + HexUpper(d, 32) + ", not the pinned root");
      return nullptr;
    }
    const Certificate& rc = chain.certs.back();
    vc->root_der.assign(root.begin(), root.end());
    vc->root_subject = Str(rc.subject);
    vc->root_key = Str(rc.public_key);
    vc->root_ec = vc->keys.Get(rc.public_key);
    if (vc->root_ec == nullptr) {
      Fail(r, Reason::kCertificateMalformed, "root CA certificate", "the root CA's public key is not a P-256 point");
      return nullptr;
    }
    if (!VerifyCrl(c.root_ca_crl, "root CA CRL", vc->root_subject, *vc->root_ec, vc->root_key, now, vc.get(), r)) return nullptr;
    if (!CheckChain(chain, "PCK CRL issuer chain", labels, 2, root_pin_, *vc, vc.get(), now, &vc->windows, r)) return nullptr;
    const EcPublicKey* ca_key = vc->keys.Get(chain.certs[0].public_key);
    if (ca_key == nullptr) {
      Fail(r, Reason::kCertificateMalformed, "PCK CRL issuer certificate", "its public key is not a P-256 point");
      return nullptr;
    }
    if (!VerifyCrl(c.pck_crl, "PCK CRL", Str(chain.certs[0].subject), *ca_key, Str(chain.certs[0].public_key), now, vc.get(), r)) {
      return nullptr;
    }
  }
  // Step 2: TCB info.
  std::string why;
  if (!ParseTcbInfo(c.tcb_info, &vc->tcb_info, &why)) {
    Fail(r, Reason::kCollateralMalformed, "TCB info", "TCB info: " + why);
    return nullptr;
  }
  if (!VerifySignedDocument(c.tcb_info, c.tcb_info_signature, c.tcb_info_issuer_chain, "TCB info", "TCB info issuer chain",
                            "TCB signing certificate", vc->tcb_info.issue, vc->tcb_info.next, Reason::kTcbInfoNotYetValid,
                            Reason::kTcbInfoExpired, Reason::kTcbInfoSignatureInvalid, root_pin_, now, vc.get(), r)) {
    return nullptr;
  }
  // Step 3: QE identity.
  if (!ParseQeIdentity(c.qe_identity, &vc->qe_identity, &why)) {
    Fail(r, Reason::kCollateralMalformed, "QE identity", "QE identity: " + why);
    return nullptr;
  }
  if (!VerifySignedDocument(c.qe_identity, c.qe_identity_signature, c.qe_identity_issuer_chain, "QE identity",
                            "QE identity issuer chain", "TCB signing certificate", vc->qe_identity.issue, vc->qe_identity.next,
                            Reason::kQeIdentityNotYetValid, Reason::kQeIdentityExpired, Reason::kQeIdentitySignatureInvalid,
                            root_pin_, now, vc.get(), r)) {
    return nullptr;
  }
  for (const Window& w : vc->windows) vc->expiry = std::min(vc->expiry, w.to);
  std::shared_ptr<const VerifiedCollateral> result = vc;
  if (cache_) Remember(&collateral_cache_, &collateral_order_, cache_entries_max_, digest, result);
  return result;
}

std::shared_ptr<const VerifiedPck> QuoteVerifier::PckFor(const VerifiedCollateral& vc, const std::string& collateral_digest,
                                                         ByteView chain_pem, int64_t now, VerifyResult* r) {
  std::string key;
  if (cache_) {
    key = PckKeyOf(collateral_digest, chain_pem);
    auto it = pck_cache_.find(key);
    if (it != pck_cache_.end()) {
      for (const Window& w : it->second->windows) {
        if (!CheckWindow(w, now, r)) return nullptr;
      }
      r->pck_cache_hit = true;
      return it->second;
    }
  }
  auto pck = std::make_shared<VerifiedPck>();
  ParsedChain chain;
  const char* labels[] = {"PCK certificate", "PCK CA certificate"};
  if (!VerifyChain(chain_pem, "PCK certificate chain", labels, 2, root_pin_, vc, nullptr, now, &chain, &pck->windows, r)) {
    return nullptr;
  }
  const Certificate& leaf = chain.certs[0];
  if (leaf.sgx_extension.empty()) {
    Fail(r, Reason::kPckExtensionInvalid, "PCK certificate", "PCK certificate has no SGX extension (1.2.840.113741.1.13.1)");
    return nullptr;
  }
  Result<PckExtension> ext = ParsePckExtension(leaf.sgx_extension);
  if (!ext.ok()) {
    Fail(r, Reason::kPckExtensionInvalid, "PCK certificate", ext.error().message);
    return nullptr;
  }
  pck->ext = ext.value();
  pck->leaf_key = EcPublicKey::FromPoint(leaf.public_key);
  if (!pck->leaf_key) {
    Fail(r, Reason::kCertificateMalformed, "PCK certificate", "PCK certificate public key is not a P-256 point");
    return nullptr;
  }
  std::shared_ptr<const VerifiedPck> result = pck;
  if (cache_) Remember(&pck_cache_, &pck_order_, cache_entries_max_, key, result);
  return result;
}

VerifyResult QuoteVerifier::Verify(ByteView quote_bytes, const Collateral& c, int64_t now, const VerifyFlags& flags) {
  VerifyResult r;
  r.simulated = simulated_;
  Result<quote::ParsedQuote> parsed = quote::ParseQuote(quote_bytes);
  if (!parsed.ok()) {
    Fail(&r, Reason::kQuoteMalformed, "quote", parsed.error().message);
    return r;
  }
  const quote::ParsedQuote& q = parsed.value();
  r.tdx = q.header.tee_type == quote::kTeeTypeTdx;
  r.body_kind = static_cast<uint16_t>(q.body_kind);
  r.body_offset = q.body_offset;
  r.body_size = q.body.size;
  if (r.tdx ? q.body_kind == quote::BodyKind::kSgxEnclave : (q.header.version != 3 || q.body_kind != quote::BodyKind::kSgxEnclave)) {
    Fail(&r, Reason::kQuoteUnsupported, "quote",
         "quote version " + std::to_string(q.header.version) + " with TEE type " + std::to_string(q.header.tee_type) +
             " is not verified (SGX v3, TDX v4/v5 with a TD report)");
    return r;
  }

  // Steps 1-3.
  const std::string collateral_digest = cache_ ? CollateralDigestOf(c) : std::string();
  std::shared_ptr<const VerifiedCollateral> vc = CollateralFor(c, collateral_digest, now, &r);
  if (!vc) return r;
  const TcbInfoDoc& tcb = vc->tcb_info;
  const QeIdentityDoc& qe = vc->qe_identity;
  r.tcb_info_issue_date = tcb.issue;
  r.qe_identity_issue_date = qe.issue;
  if (r.tdx ? (tcb.id != "TDX" || tcb.version < 3) : (tcb.id != "SGX" || tcb.version < 2)) {
    Fail(&r, Reason::kTcbInfoUnsupported, "TCB info",
         "TCB info id '" + tcb.id + "' version " + std::to_string(tcb.version) + " does not apply to " +
             (r.tdx ? "a TDX quote (needs TDX, version >= 3)" : "an SGX quote (needs SGX, version >= 2)"));
    return r;
  }
  if (r.tdx ? (qe.id != "TD_QE" || (qe.version != 2 && qe.version != 3)) : (qe.id != "QE" || qe.version != 2)) {
    Fail(&r, Reason::kQeIdentityUnsupported, "QE identity",
         "QE identity id '" + qe.id + "' version " + std::to_string(qe.version) + " does not apply to " +
             (r.tdx ? "a TDX quote (needs TD_QE)" : "an SGX quote (needs QE)"));
    return r;
  }

  // Step 4: PCK chain.
  ByteView chain_pem = c.pck_certificate_chain;
  if (chain_pem.empty()) {
    if (q.pck_cert_data_type != quote::kCertPckChain) {
      Fail(&r, Reason::kQuoteUnsupported, "quote",
           std::string("the quote's certification data is ") + quote::CertDataTypeName(q.pck_cert_data_type) +
               ", not a PCK certificate chain; pass pck_certificate_chain in the collateral");
      return r;
    }
    chain_pem = q.pck_chain_pem;
  }
  std::shared_ptr<const VerifiedPck> pck = PckFor(*vc, collateral_digest, chain_pem, now, &r);
  if (!pck) return r;
  r.has_pck = true;
  std::memcpy(r.fmspc, pck->ext.fmspc, 6);
  std::memcpy(r.pce_id, pck->ext.pce_id, 2);
  r.collateral_expiry = vc->expiry;
  for (const Window& w : pck->windows) r.collateral_expiry = std::min(r.collateral_expiry, w.to);

  // Step 5: QE report signature.
  if (!pck->leaf_key->VerifyRaw(q.qe_report.raw, q.qe_report_signature)) {
    Fail(&r, Reason::kQeReportSignatureInvalid, "QE report", "QE report: signature does not verify under the PCK certificate");
    return r;
  }
  // Step 6: QE binding.
  {
    hash::ShaHasher h(hash::ShaAlg::kSha256);
    uint8_t d[32];
    if (!h.Update(q.attestation_key.data, q.attestation_key.size) || !h.Update(q.qe_auth_data.data, q.qe_auth_data.size) ||
        !h.Final(d) || std::memcmp(d, q.qe_report.report_data.data, 32) != 0) {
      Fail(&r, Reason::kQeBindingMismatch, "QE report",
           "QE report REPORTDATA[0..32) is not SHA-256(attestation key || QE auth data): the attestation key is not bound to the QE");
      return r;
    }
  }
  // Step 7: QE identity policy.
  {
    const quote::EnclaveReport& qr = q.qe_report;
    if (std::memcmp(qr.mr_signer.data, qe.mrsigner, 32) != 0) {
      Fail(&r, Reason::kQeIdentityMismatch, "QE report",
           "QE MRSIGNER " + HexUpper(qr.mr_signer.data, 32) + " is not the QE identity's " + HexUpper(qe.mrsigner, 32));
      return r;
    }
    if (qr.isv_prod_id != qe.isvprodid) {
      Fail(&r, Reason::kQeIdentityMismatch, "QE report",
           "QE ISVPRODID " + std::to_string(qr.isv_prod_id) + " is not the QE identity's " + std::to_string(qe.isvprodid));
      return r;
    }
    const uint8_t* misc = q.qe_report.raw.data + quote::kSgxMiscSelectOffset;
    for (int i = 0; i < 4; ++i) {
      if ((misc[i] & qe.misc_mask[i]) != (qe.miscselect[i] & qe.misc_mask[i])) {
        Fail(&r, Reason::kQeIdentityMismatch, "QE report", "QE MISCSELECT does not match the QE identity under its mask");
        return r;
      }
    }
    for (int i = 0; i < 16; ++i) {
      if ((qr.attributes.data[i] & qe.attr_mask[i]) != (qe.attributes[i] & qe.attr_mask[i])) {
        Fail(&r, Reason::kQeIdentityMismatch, "QE report",
             "QE ATTRIBUTES byte " + std::to_string(i) + " does not match the QE identity under its mask");
        return r;
      }
    }
    if (qr.attributes.data[0] & 0x02) {
      Fail(&r, Reason::kQeIdentityMismatch, "QE report", "the QE is a debug enclave");
      return r;
    }
    const IsvLevel* level = nullptr;
    for (const IsvLevel& l : qe.levels) {
      if (qr.isv_svn >= l.isvsvn) {
        level = &l;
        break;
      }
    }
    if (level == nullptr) {
      Fail(&r, Reason::kNoMatchingTcbLevel, "QE identity",
           "QE ISVSVN " + std::to_string(qr.isv_svn) + " is below every QE identity TCB level");
      return r;
    }
    r.qe_status = level->s.status;
    // Merged after the platform (step 10); kept here.
  }
  // Step 8: quote signature.
  {
    std::unique_ptr<EcPublicKey> own;
    const EcPublicKey* ak = AttestationKeyOf(q.attestation_key, &own);
    if (ak == nullptr) {
      Fail(&r, Reason::kQuoteSignatureInvalid, "quote", "the attestation key is not a P-256 point");
      return r;
    }
    if (!ak->VerifyRaw(q.signed_region, q.signature)) {
      Fail(&r, Reason::kQuoteSignatureInvalid, "quote", "quote: signature does not verify under the attestation key");
      return r;
    }
  }
  // Step 9: platform TCB level, TDX module.
  if (std::memcmp(pck->ext.fmspc, tcb.fmspc, 6) != 0) {
    Fail(&r, Reason::kFmspcMismatch, "TCB info",
         "the PCK certificate's FMSPC " + HexUpper(pck->ext.fmspc, 6) + " is not the TCB info's " + HexUpper(tcb.fmspc, 6));
    return r;
  }
  if (std::memcmp(pck->ext.pce_id, tcb.pce_id, 2) != 0) {
    Fail(&r, Reason::kPceIdMismatch, "TCB info",
         "the PCK certificate's PCE-ID " + HexUpper(pck->ext.pce_id, 2) + " is not the TCB info's " + HexUpper(tcb.pce_id, 2));
    return r;
  }
  const PlatformLevel* platform = nullptr;
  for (const PlatformLevel& l : tcb.levels) {
    if (pck->ext.pce_svn < l.pcesvn) continue;
    bool ok = true;
    for (size_t i = 0; i < 16 && ok; ++i) ok = pck->ext.sgx_components[i] >= l.sgx[i];
    if (r.tdx) {
      for (size_t i = 0; i < 16 && ok; ++i) ok = q.td.tee_tcb_svn.data[i] >= l.tdx[i];
    }
    if (ok) {
      platform = &l;
      break;
    }
  }
  if (platform == nullptr) {
    Fail(&r, Reason::kNoMatchingTcbLevel, "TCB info",
         "no TCB level of the TCB info is met by the platform (PCESVN " + std::to_string(pck->ext.pce_svn) + ", SGX TCB " +
             HexUpper(pck->ext.sgx_components, 16) + (r.tdx ? ", TEE_TCB_SVN " + HexUpper(q.td.tee_tcb_svn.data, 16) : "") + ")");
    return r;
  }
  r.has_status = true;
  r.platform_status = platform->s.status;
  r.status = platform->s.status;
  r.advisory_ids = platform->s.advisories;
  if (r.tdx) {
    const uint8_t major = q.td.tee_tcb_svn.data[1];
    const uint8_t minor = q.td.tee_tcb_svn.data[0];
    char id[16];
    std::snprintf(id, sizeof(id), "TDX_%02X", major);
    const ModuleIdentity* module = nullptr;
    for (const ModuleIdentity& m : tcb.module_identities) {
      if (m.id == id) module = &m;
    }
    if (module == nullptr && major == 0 && tcb.has_module) module = &tcb.module;
    if (module == nullptr) {
      Fail(&r, Reason::kTdxModuleMismatch, "TCB info", std::string("the TCB info has no TDX module identity ") + id);
      return r;
    }
    if (std::memcmp(q.td.mr_signer_seam.data, module->mrsigner, 48) != 0) {
      Fail(&r, Reason::kTdxModuleMismatch, "TD report",
           std::string("MRSIGNERSEAM is not the signer of TDX module identity ") + id);
      return r;
    }
    for (int i = 0; i < 8; ++i) {
      if ((q.td.seam_attributes.data[i] & module->mask[i]) != (module->attributes[i] & module->mask[i])) {
        Fail(&r, Reason::kTdxModuleMismatch, "TD report",
             std::string("SEAM_ATTRIBUTES do not match TDX module identity ") + id + " under its mask");
        return r;
      }
    }
    if (!module->levels.empty()) {
      const IsvLevel* ml = nullptr;
      for (const IsvLevel& l : module->levels) {
        if (minor >= l.isvsvn) {
          ml = &l;
          break;
        }
      }
      if (ml == nullptr) {
        Fail(&r, Reason::kNoMatchingTcbLevel, "TDX module",
             std::string("TDX module ") + id + " SVN " + std::to_string(minor) + " is below every level of its identity");
        return r;
      }
      r.has_module_status = true;
      r.module_status = ml->s.status;
      Merge(ml->s.status, ml->s.advisories, &r);
    }
  }
  // Step 10: merge with the QE's status.
  for (const IsvLevel& l : qe.levels) {
    if (q.qe_report.isv_svn >= l.isvsvn) {
      Merge(l.s.status, l.s.advisories, &r);
      break;
    }
  }
  if (r.status == TcbStatus::kRevoked) {
    Fail(&r, Reason::kTcbRevoked, r.platform_status == TcbStatus::kRevoked ? "TCB info" : "QE identity",
         "the TCB status is Revoked");
    return r;
  }
  // Step 11: attributes.
  if (r.tdx) {
    const uint64_t a = q.td.td_attributes;
    constexpr uint64_t kDebug = 1ull << 0, kSeptVeDisable = 1ull << 28, kPks = 1ull << 30, kKl = 1ull << 31, kPerfmon = 1ull << 63;
    if ((a & kDebug) && !flags.allow_debug) {
      Fail(&r, Reason::kTdDebug, "TD report", "TD_ATTRIBUTES has DEBUG set: the TD's memory is readable by the host");
      return r;
    }
    const uint64_t reserved = a & ~(kDebug | kSeptVeDisable | kPks | kKl | kPerfmon);
    if (reserved != 0) {
      char buf[40];
      std::snprintf(buf, sizeof(buf), "0x%016llx", static_cast<unsigned long long>(reserved));
      Fail(&r, Reason::kTdReservedAttributes, "TD report", std::string("TD_ATTRIBUTES has reserved bits set: ") + buf);
      return r;
    }
    if (!(a & kSeptVeDisable)) {
      Fail(&r, Reason::kTdSeptVeDisableClear, "TD report", "TD_ATTRIBUTES has SEPT_VE_DISABLE clear");
      return r;
    }
    if (q.body_kind == quote::BodyKind::kTd15 && !flags.allow_service_td) {
      for (size_t i = 0; i < q.td.mr_service_td.size; ++i) {
        if (q.td.mr_service_td.data[i] != 0) {
          Fail(&r, Reason::kTdServiceTdPresent, "TD report", "MRSERVICETD is not zero: the TD is bound to a service TD");
          return r;
        }
      }
    }
  } else if ((q.enclave.attributes.data[0] & 0x02) && !flags.allow_debug) {
    Fail(&r, Reason::kEnclaveDebug, "enclave report", "the enclave's ATTRIBUTES have DEBUG set");
    return r;
  }
  r.verified = true;
  return r;
}

}  // namespace tessera::dcap
