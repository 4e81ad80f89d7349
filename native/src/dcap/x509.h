// X.509 v3 certificates and v2 CRLs as Intel's DCAP PKI issues them (ECDSA
// P-256 with SHA-256 only), read with our strict DER reader, and the Intel SGX
// PCK extension (OID 1.2.840.113741.1.13.1). Parsed views point into the DER
// the caller keeps alive.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::dcap {

struct Certificate {
  ByteView der;
  ByteView tbs;         // the signed TBSCertificate
  ByteView serial;      // INTEGER content
  ByteView issuer;      // Name, whole TLV
  ByteView subject;     // Name, whole TLV
  int64_t not_before = 0;
  int64_t not_after = 0;
  ByteView public_key;  // uncompressed P-256 point, 65 bytes
  ByteView signature;   // DER ECDSA-Sig-Value
  bool is_ca = false;
  ByteView sgx_extension;  // the extension's value (a SEQUENCE), empty if absent
};

struct Crl {
  ByteView der;
  ByteView tbs;
  ByteView issuer;
  int64_t this_update = 0;
  int64_t next_update = 0;
  std::vector<ByteView> revoked_serials;  // INTEGER contents, sorted
  ByteView signature;
  bool IsRevoked(ByteView serial) const;
};

// DER_MALFORMED with a message naming `what` and the field.
Result<Certificate> ParseCertificate(ByteView der, const char* what);
Result<Crl> ParseCrl(ByteView der, const char* what);

constexpr size_t kSgxComponents = 16;
struct PckExtension {
  uint8_t fmspc[6] = {};
  uint8_t pce_id[2] = {};
  uint8_t cpu_svn[16] = {};               // the CPUSVN octet string
  uint8_t sgx_components[kSgxComponents] = {};  // SGXTCBCOMP01..16 SVN
  uint16_t pce_svn = 0;
};
// SGX_EXTENSION_INVALID when a required field is missing or malformed.
Result<PckExtension> ParsePckExtension(ByteView extension);

}  // namespace tessera::dcap
