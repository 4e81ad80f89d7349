// DCAP quote verification (../shared/docs/TDX.md section 3), in the DCAP
// order: CRLs, TCB info, QE identity, PCK chain to the pinned root, QE report
// signature, QE binding, QE identity policy, quote signature, platform TCB
// level and TDX module identity, status merge, TD attributes. SGX v3 quotes
// are verified too (QE identity "QE", SGX TCB levels).
//
// The trust anchor is pinned by the SHA-256 of its DER: Intel's SGX Root CA
// by default, or a caller-given root (results then say `simulated`).
//
// Caches keyed by content digest (BLAKE3): verified collateral (steps 1-3)
// and verified PCK chains (step 4, keyed also by the collateral's digest,
// since revocation depends on its CRLs). A hit re-checks only validity windows
// against the verification time, so a second quote from a known platform costs
// the QE report and quote signatures. A QuoteVerifier is not thread-safe.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::dcap {

// The SHA-256 of the Intel SGX Root CA certificate's DER (taken from the chain
// inside a real quote: ../shared/fixtures/tdx/tdx_quote).
extern const uint8_t kIntelSgxRootCaSha256[32];

enum class TcbStatus : uint8_t {
  kUpToDate = 0,
  kSwHardeningNeeded,
  kConfigurationNeeded,
  kConfigurationAndSwHardeningNeeded,
  kOutOfDate,
  kOutOfDateConfigurationNeeded,
  kRevoked,
};
const char* TcbStatusName(TcbStatus s);

// Why a verification failed: one stable id per reason.
#define TESSERA_DCAP_REASONS(X)                                   \
  X(kQuoteMalformed, "QUOTE_MALFORMED")                           \
  X(kQuoteUnsupported, "QUOTE_UNSUPPORTED")                       \
  X(kCollateralMalformed, "COLLATERAL_MALFORMED")                 \
  X(kCertificateMalformed, "CERTIFICATE_MALFORMED")               \
  X(kCrlMalformed, "CRL_MALFORMED")                               \
  X(kRootUntrusted, "ROOT_UNTRUSTED")                             \
  X(kChainBroken, "CHAIN_BROKEN")                                 \
  X(kCertificateExpired, "CERTIFICATE_EXPIRED")                   \
  X(kCertificateNotYetValid, "CERTIFICATE_NOT_YET_VALID")         \
  X(kCertificateRevoked, "CERTIFICATE_REVOKED")                   \
  X(kRevocationUnknown, "REVOCATION_UNKNOWN")                     \
  X(kCrlSignatureInvalid, "CRL_SIGNATURE_INVALID")                \
  X(kCrlExpired, "CRL_EXPIRED")                                   \
  X(kCrlNotYetValid, "CRL_NOT_YET_VALID")                         \
  X(kTcbInfoSignatureInvalid, "TCB_INFO_SIGNATURE_INVALID")       \
  X(kTcbInfoExpired, "TCB_INFO_EXPIRED")                          \
  X(kTcbInfoNotYetValid, "TCB_INFO_NOT_YET_VALID")                \
  X(kTcbInfoUnsupported, "TCB_INFO_UNSUPPORTED")                  \
  X(kQeIdentitySignatureInvalid, "QE_IDENTITY_SIGNATURE_INVALID") \
  X(kQeIdentityExpired, "QE_IDENTITY_EXPIRED")                    \
  X(kQeIdentityNotYetValid, "QE_IDENTITY_NOT_YET_VALID")          \
  X(kQeIdentityUnsupported, "QE_IDENTITY_UNSUPPORTED")            \
  X(kPckExtensionInvalid, "PCK_EXTENSION_INVALID")                \
  X(kQeReportSignatureInvalid, "QE_REPORT_SIGNATURE_INVALID")     \
  X(kQeBindingMismatch, "QE_BINDING_MISMATCH")                    \
  X(kQeIdentityMismatch, "QE_IDENTITY_MISMATCH")                  \
  X(kQuoteSignatureInvalid, "QUOTE_SIGNATURE_INVALID")            \
  X(kFmspcMismatch, "FMSPC_MISMATCH")                             \
  X(kPceIdMismatch, "PCE_ID_MISMATCH")                            \
  X(kNoMatchingTcbLevel, "NO_MATCHING_TCB_LEVEL")                 \
  X(kTdxModuleMismatch, "TDX_MODULE_MISMATCH")                    \
  X(kTcbRevoked, "TCB_REVOKED")                                   \
  X(kTdDebug, "TD_DEBUG")                                         \
  X(kTdReservedAttributes, "TD_RESERVED_ATTRIBUTES")              \
  X(kTdSeptVeDisableClear, "TD_SEPT_VE_DISABLE_CLEAR")            \
  X(kTdServiceTdPresent, "TD_SERVICE_TD_PRESENT")                 \
  X(kEnclaveDebug, "ENCLAVE_DEBUG")

enum class Reason : uint8_t {
  kNone = 0,
#define TESSERA_DCAP_ENUM(name, id) name,
  TESSERA_DCAP_REASONS(TESSERA_DCAP_ENUM)
#undef TESSERA_DCAP_ENUM
};
const char* ReasonId(Reason r);  // "" for kNone
// Every reason id, in declaration order.
std::vector<const char*> AllReasonIds();

// The collateral, as the fixtures' JSON carries it (hex fields decoded).
struct Collateral {
  ByteView pck_crl_issuer_chain;      // PEM
  ByteView root_ca_crl;               // DER
  ByteView pck_crl;                   // DER
  ByteView tcb_info_issuer_chain;     // PEM
  ByteView tcb_info;                  // the signed JSON text, exactly
  ByteView tcb_info_signature;        // r || s
  ByteView qe_identity_issuer_chain;  // PEM
  ByteView qe_identity;               // the signed JSON text
  ByteView qe_identity_signature;     // r || s
  ByteView pck_certificate_chain;     // PEM, optional (else the quote's chain)
};

struct VerifyFlags {
  bool allow_debug = false;       // a development policy may accept DEBUG TDs / enclaves
  bool allow_service_td = false;  // TD 1.5: a non-zero MRSERVICETD
};

struct VerifyResult {
  bool verified = false;
  Reason reason = Reason::kNone;
  std::string item;     // what failed ("TCB info", "PCK certificate", ...)
  std::string message;  // a sentence naming it
  bool simulated = false;
  bool tdx = false;
  // Where the report body lies in the quote, once it parsed (body_kind 0:
  // it did not; else the v5 body type: 1 SGX, 2 TD 1.0, 3 TD 1.5).
  uint16_t body_kind = 0;
  size_t body_offset = 0;
  size_t body_size = 0;
  // Set once the steps that produce them ran.
  bool has_status = false;
  TcbStatus status = TcbStatus::kUpToDate;           // merged
  TcbStatus platform_status = TcbStatus::kUpToDate;  // the platform TCB level
  TcbStatus qe_status = TcbStatus::kUpToDate;        // the QE identity level
  bool has_module_status = false;
  TcbStatus module_status = TcbStatus::kUpToDate;    // the TDX module identity level
  std::vector<std::string> advisory_ids;             // platform's, then module's, then QE's new ones
  bool has_pck = false;
  uint8_t fmspc[6] = {};
  uint8_t pce_id[2] = {};
  int64_t tcb_info_issue_date = 0;
  int64_t qe_identity_issue_date = 0;
  int64_t collateral_expiry = 0;  // earliest end of any validity window checked
  bool collateral_cache_hit = false;
  bool pck_cache_hit = false;
};

struct VerifierOptions {
  std::vector<uint8_t> trusted_root_der;  // empty: the pinned Intel SGX Root CA
  bool cache = true;
  size_t cache_entries_max = 64;
};

struct VerifiedCollateral;
struct VerifiedPck;
class EcPublicKey;

class QuoteVerifier {
 public:
  // DCAP_ROOT_INVALID when trusted_root_der is given and is not a P-256 certificate.
  static Result<std::unique_ptr<QuoteVerifier>> Create(const VerifierOptions& options);
  ~QuoteVerifier();

  VerifyResult Verify(ByteView quote, const Collateral& collateral, int64_t now, const VerifyFlags& flags = {});
  void ClearCaches();
  size_t collateral_cache_size() const { return collateral_cache_.size(); }
  size_t pck_cache_size() const { return pck_cache_.size(); }

 private:
  QuoteVerifier() = default;
  std::shared_ptr<const VerifiedCollateral> CollateralFor(const Collateral& c, const std::string& digest, int64_t now,
                                                          VerifyResult* r);
  std::shared_ptr<const VerifiedPck> PckFor(const VerifiedCollateral& vc, const std::string& collateral_digest,
                                            ByteView chain_pem, int64_t now, VerifyResult* r);
  // The cache keys, remembered for the most recent input and found again by
  // comparing the input whole (equal bytes, equal digest): the next quote of
  // a known platform costs a memcmp of its collateral, not a hash of it.
  const std::string& CollateralDigestOf(const Collateral& c);
  const std::string& PckKeyOf(const std::string& collateral_digest, ByteView chain_pem);
  // The attestation key of the most recent quote, parsed once (with the cache on).
  const EcPublicKey* AttestationKeyOf(ByteView point, std::unique_ptr<EcPublicKey>* own);

  uint8_t root_pin_[32] = {};
  bool simulated_ = false;
  bool cache_ = true;
  size_t cache_entries_max_ = 64;
  std::unordered_map<std::string, std::shared_ptr<const VerifiedCollateral>> collateral_cache_;
  std::deque<std::string> collateral_order_;
  std::unordered_map<std::string, std::shared_ptr<const VerifiedPck>> pck_cache_;
  std::deque<std::string> pck_order_;
  bool last_collateral_set_ = false;
  std::string last_collateral_[9];  // Collateral's fields but the PCK chain
  std::string last_collateral_digest_;
  std::string last_pck_collateral_digest_;
  std::string last_pck_chain_;
  std::string last_pck_key_;
  std::string last_attestation_point_;
  std::unique_ptr<EcPublicKey> last_attestation_key_;
};

}  // namespace tessera::dcap
