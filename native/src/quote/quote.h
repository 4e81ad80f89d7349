// Parser for Intel DCAP quotes: TDX v4 (TD 1.0 body), TDX v5 (TD 1.0 or TD 1.5
// body, or an SGX body) and SGX v3. It decodes every field and keeps views of
// the byte ranges the DCAP verifier signs and compares (signed region, QE
// report and its signature, attestation key, QE auth data, PCK chain).
//
// Contract:
// - Every length field is checked against its enclosing region before use and
//   nothing is read outside the input. Sizes must nest exactly: a region's
//   declared length equals the sum of what it holds.
// - Bytes after the signature data (trailing padding) are ignored; their count
//   is reported.
// - Errors carry a stable code and a message that names the field and offset:
//     TDX_QUOTE_TOO_LARGE          input over kQuoteBytesMax
//     TDX_QUOTE_TRUNCATED          the input ends before a field or a declared region
//     TDX_QUOTE_UNSUPPORTED_VERSION version not 3, 4 or 5
//     TDX_QUOTE_BAD_KEY_TYPE       attestation key type not 2 (ECDSA P-256)
//     TDX_QUOTE_BAD_TEE_TYPE       TEE type not 0 (SGX) or 0x81 (TDX), or not allowed for the version
//     TDX_QUOTE_BAD_BODY_TYPE      v5 body type unknown or not matching the TEE type
//     TDX_QUOTE_BAD_LENGTH         a length field overruns or does not match its enclosing region
//     TDX_QUOTE_BAD_CERT_TYPE      certification data type unknown or not allowed where it is
//     TDX_QUOTE_BAD_CERT_CHAIN     the PEM chain is not a sequence of certificate blocks
//
// Every ByteView in the result points into the input buffer: the input must
// outlive the ParsedQuote.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::quote {

// Limits. Real quotes are about 5 KiB; configfs-tsm returns at most 32 KiB.
constexpr size_t kQuoteBytesMax = 64 * 1024;
constexpr size_t kPckChainCertsMax = 8;

// Layout, in bytes (Intel DCAP quote formats; ../shared/docs/TDX.md).
constexpr size_t kHeaderBytes = 48;
constexpr size_t kBodyDescriptorBytes = 6;  // v5: body type u16, body size u32
constexpr size_t kEnclaveReportBytes = 384;
constexpr size_t kTd10ReportBytes = 584;
constexpr size_t kTd15ReportBytes = 648;
constexpr size_t kEcdsaSignatureBytes = 64;  // r || s, big-endian each
constexpr size_t kEcdsaP256KeyBytes = 64;    // x || y (prefix 0x04 for SEC1)
constexpr size_t kQeVendorIdBytes = 16;
constexpr size_t kUserDataBytes = 20;

constexpr uint16_t kAttestationKeyEcdsaP256 = 2;
constexpr uint32_t kTeeTypeSgx = 0;
constexpr uint32_t kTeeTypeTdx = 0x81;

// Offsets inside a TD report body.
constexpr size_t kTdTeeTcbSvnOffset = 0;  // 16
constexpr size_t kTdMrSeamOffset = 16;    // 48
constexpr size_t kTdMrSignerSeamOffset = 64;
constexpr size_t kTdSeamAttributesOffset = 112;  // 8
constexpr size_t kTdAttributesOffset = 120;      // 8, u64 LE
constexpr size_t kTdXfamOffset = 128;            // 8, u64 LE
constexpr size_t kTdMrTdOffset = 136;
constexpr size_t kTdMrConfigIdOffset = 184;
constexpr size_t kTdMrOwnerOffset = 232;
constexpr size_t kTdMrOwnerConfigOffset = 280;
constexpr size_t kTdRtmr0Offset = 328;  // RTMR i at 328 + 48 * i
constexpr size_t kTdReportDataOffset = 520;  // 64
constexpr size_t kTdTeeTcbSvn2Offset = 584;  // TD 1.5 only, 16
constexpr size_t kTdMrServiceTdOffset = 600;  // TD 1.5 only, 48
constexpr size_t kMeasurementBytes = 48;      // SHA-384 registers
constexpr size_t kRtmrCount = 4;

// Offsets inside an SGX enclave report body (also the QE report).
constexpr size_t kSgxCpuSvnOffset = 0;        // 16
constexpr size_t kSgxMiscSelectOffset = 16;   // u32
constexpr size_t kSgxIsvExtProdIdOffset = 32;  // 16
constexpr size_t kSgxAttributesOffset = 48;   // 16
constexpr size_t kSgxMrEnclaveOffset = 64;    // 32
constexpr size_t kSgxMrSignerOffset = 128;    // 32
constexpr size_t kSgxConfigIdOffset = 192;    // 64
constexpr size_t kSgxIsvProdIdOffset = 256;   // u16
constexpr size_t kSgxIsvSvnOffset = 258;      // u16
constexpr size_t kSgxConfigSvnOffset = 260;   // u16
constexpr size_t kSgxIsvFamilyIdOffset = 304;  // 16
constexpr size_t kSgxReportDataOffset = 320;  // 64

// Report body kinds; the values are the v5 body types.
enum class BodyKind : uint16_t { kSgxEnclave = 1, kTd10 = 2, kTd15 = 3 };

// Certification data types of the DCAP quote format.
enum CertDataType : uint16_t {
  kCertPpidCleartext = 1,
  kCertPpidRsa2048 = 2,
  kCertPpidRsa3072 = 3,
  kCertPckLeaf = 4,
  kCertPckChain = 5,        // concatenated PEM: PCK leaf, intermediate CA, root CA
  kCertQeReport = 6,        // QE report certification data (wraps one of the others)
  kCertPlatformManifest = 7,
};

struct QuoteHeader {
  uint16_t version = 0;               // @0
  uint16_t attestation_key_type = 0;  // @2
  uint32_t tee_type = 0;              // @4 (reserved, 0, in SGX v3)
  uint16_t qe_svn = 0;                // @8  (SGX quotes; reserved in TDX quotes)
  uint16_t pce_svn = 0;               // @10 (SGX quotes; reserved in TDX quotes)
  ByteView qe_vendor_id;              // @12, 16 bytes
  ByteView user_data;                 // @28, 20 bytes
};

// The 384-byte SGX report body: the body of an SGX quote, and the QE report.
struct EnclaveReport {
  ByteView raw;  // all 384 bytes (what the PCK key signs, for the QE report)
  ByteView cpu_svn;
  uint32_t misc_select = 0;
  ByteView isv_ext_prod_id;
  ByteView attributes;
  ByteView mr_enclave;
  ByteView mr_signer;
  ByteView config_id;
  uint16_t isv_prod_id = 0;
  uint16_t isv_svn = 0;
  uint16_t config_svn = 0;
  ByteView isv_family_id;
  ByteView report_data;
};

// A TD report body: TD 1.0 (584 bytes) or TD 1.5 (648 bytes).
struct TdReport {
  ByteView raw;
  ByteView tee_tcb_svn;      // 16
  ByteView mr_seam;          // 48
  ByteView mr_signer_seam;   // 48
  ByteView seam_attributes;  // 8
  uint64_t td_attributes = 0;
  uint64_t xfam = 0;
  ByteView mr_td;
  ByteView mr_config_id;
  ByteView mr_owner;
  ByteView mr_owner_config;
  ByteView rtmr[kRtmrCount];
  ByteView report_data;      // 64
  ByteView tee_tcb_svn2;     // TD 1.5 only (empty for TD 1.0), 16
  ByteView mr_service_td;    // TD 1.5 only (empty for TD 1.0), 48
};

struct ParsedQuote {
  ByteView quote;              // [0, end of signature data): what the length fields cover
  size_t trailing_bytes = 0;   // ignored padding after it
  QuoteHeader header;

  BodyKind body_kind = BodyKind::kTd10;
  uint16_t body_type = 0;      // the v5 descriptor's type; for v3/v4 the implied one
  size_t body_offset = 0;      // 48, or 54 for v5
  ByteView body;               // the raw report body
  EnclaveReport enclave;       // set when body_kind == kSgxEnclave
  TdReport td;                 // set when body_kind is kTd10 or kTd15

  // What the attestation key signs: [0, body_offset + body size), including
  // the v5 body descriptor.
  ByteView signed_region;

  size_t signature_data_offset = 0;  // offset of the u32 signature data length
  uint32_t signature_data_bytes = 0;
  ByteView signature;                // ECDSA P-256 r || s over signed_region
  ByteView attestation_key;          // x || y

  // The certification data of the signature section: type 6 (QE report
  // certification data) in v4/v5; in v3, where the QE report is inline, the
  // PCK data type (normally 5). `certification_data` is its raw content.
  uint16_t certification_data_type = 0;
  ByteView certification_data;

  EnclaveReport qe_report;       // qe_report.raw is what the PCK leaf key signs
  ByteView qe_report_signature;  // r || s
  ByteView qe_auth_data;         // SHA-256(attestation_key || qe_auth_data) == qe_report.report_data[0..32)

  // The PCK certification data (inside type 6 in v4/v5): type 5 is a PEM chain.
  uint16_t pck_cert_data_type = 0;
  size_t pck_cert_data_offset = 0;
  ByteView pck_cert_data;
  ByteView pck_chain_pem;            // == pck_cert_data when type 5, else empty
  std::vector<ByteView> pck_chain;   // each "-----BEGIN CERTIFICATE-----...-----END CERTIFICATE-----" block, leaf first
};

Result<ParsedQuote> ParseQuote(ByteView input);

// Display names ("TD 1.0 report", "PCK certificate chain"); "unknown" otherwise.
const char* BodyKindName(BodyKind kind);
const char* CertDataTypeName(uint16_t type);

}  // namespace tessera::quote
