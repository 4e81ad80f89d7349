#include "quote/quote.h"

#include <cstdio>
#include <cstring>
#include <string>

namespace tessera::quote {
namespace {

const char kPemBegin[] = "-----BEGIN CERTIFICATE-----";
const char kPemEnd[] = "-----END CERTIFICATE-----";
constexpr size_t kPemBeginBytes = sizeof(kPemBegin) - 1;
constexpr size_t kPemEndBytes = sizeof(kPemEnd) - 1;

std::string Num(uint64_t v) { return std::to_string(v); }

std::string Hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof(buf), "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

Error Fail(const char* code, std::string message) { return Error{code, std::move(message)}; }

// A byte range [begin, end) of the input whose end was declared by a length
// field (or is the end of the input itself). Fields inside it are checked
// against `end`, so an inconsistent length is caught where it is declared.
struct Region {
  size_t begin = 0;
  size_t end = 0;
  const char* name = "quote";
  // The length field that declared this region (for messages).
  const char* length_field = nullptr;
  size_t length_field_offset = 0;
  uint64_t declared = 0;
  bool whole_input = false;
};

class Parser {
 public:
  explicit Parser(ByteView in) : in_(in) {
    whole_.begin = 0;
    whole_.end = in.size;
    whole_.whole_input = true;
  }

  Result<ParsedQuote> Run();

 private:
  // Checks that the fixed-size field [offset, offset + size) lies in `r`.
  Status Need(const Region& r, size_t offset, size_t size, const char* field) const {
    if (offset <= r.end && size <= r.end - offset) return Status::Ok();
    if (r.whole_input) {
      return Fail("TDX_QUOTE_TRUNCATED", "quote truncated: " + std::string(field) + " at offset " + Num(offset) +
                                             " needs " + Num(size) + " bytes, but the quote ends at offset " +
                                             Num(in_.size));
    }
    return Fail("TDX_QUOTE_BAD_LENGTH", std::string(field) + " at offset " + Num(offset) + " (" + Num(size) +
                                            " bytes) runs past the end of the " + r.name + " at offset " +
                                            Num(r.end) + " (declared by the " + r.length_field + " " +
                                            Num(r.declared) + " at offset " + Num(r.length_field_offset) + ")");
  }

  // Declares the region [start, start + length) inside `outer`, from the
  // length field at `field_offset`.
  Status Declare(const Region& outer, size_t field_offset, const char* field, uint64_t length, size_t start,
                 const char* name, Region* out) const {
    if (start > outer.end || length > outer.end - start) {
      const std::string head = std::string(field) + " " + Num(length) + " at offset " + Num(field_offset) +
                               " runs to offset " + Num(start + length);
      if (outer.whole_input) {
        return Fail("TDX_QUOTE_TRUNCATED",
                    "quote truncated: " + head + ", but the quote ends at offset " + Num(in_.size));
      }
      return Fail("TDX_QUOTE_BAD_LENGTH", head + ", past the end of the " + outer.name + " at offset " +
                                              Num(outer.end));
    }
    out->begin = start;
    out->end = start + static_cast<size_t>(length);
    out->name = name;
    out->length_field = field;
    out->length_field_offset = field_offset;
    out->declared = length;
    out->whole_input = false;
    return Status::Ok();
  }

  // Sizes nest exactly: what a region holds must end where its length says.
  Status End(const Region& r, size_t pos) const {
    if (pos == r.end) return Status::Ok();
    return Fail("TDX_QUOTE_BAD_LENGTH", std::string(r.length_field) + " " + Num(r.declared) + " at offset " +
                                            Num(r.length_field_offset) + " does not match the " + r.name +
                                            ", whose fields end at offset " + Num(pos) + ", not " + Num(r.end));
  }

  uint16_t U16(size_t offset) const { return LoadLe16(in_.data + offset); }
  uint32_t U32(size_t offset) const { return LoadLe32(in_.data + offset); }
  ByteView View(size_t offset, size_t size) const { return in_.Sub(offset, size); }

  Status ParseHeader(ParsedQuote* q);
  Status ParseBody(ParsedQuote* q);
  Status ParseQeReportSection(const Region& r, size_t pos, ParsedQuote* q);
  Status CheckPckCertType(uint16_t type, size_t offset) const;
  Status SplitPemChain(const Region& r, ParsedQuote* q) const;

  ByteView in_;
  Region whole_;
};

EnclaveReport DecodeEnclaveReport(ByteView raw) {
  EnclaveReport r;
  r.raw = raw;
  r.cpu_svn = raw.Sub(kSgxCpuSvnOffset, 16);
  r.misc_select = LoadLe32(raw.data + kSgxMiscSelectOffset);
  r.isv_ext_prod_id = raw.Sub(kSgxIsvExtProdIdOffset, 16);
  r.attributes = raw.Sub(kSgxAttributesOffset, 16);
  r.mr_enclave = raw.Sub(kSgxMrEnclaveOffset, 32);
  r.mr_signer = raw.Sub(kSgxMrSignerOffset, 32);
  r.config_id = raw.Sub(kSgxConfigIdOffset, 64);
  r.isv_prod_id = LoadLe16(raw.data + kSgxIsvProdIdOffset);
  r.isv_svn = LoadLe16(raw.data + kSgxIsvSvnOffset);
  r.config_svn = LoadLe16(raw.data + kSgxConfigSvnOffset);
  r.isv_family_id = raw.Sub(kSgxIsvFamilyIdOffset, 16);
  r.report_data = raw.Sub(kSgxReportDataOffset, 64);
  return r;
}

TdReport DecodeTdReport(ByteView raw, bool td15) {
  TdReport r;
  r.raw = raw;
  r.tee_tcb_svn = raw.Sub(kTdTeeTcbSvnOffset, 16);
  r.mr_seam = raw.Sub(kTdMrSeamOffset, kMeasurementBytes);
  r.mr_signer_seam = raw.Sub(kTdMrSignerSeamOffset, kMeasurementBytes);
  r.seam_attributes = raw.Sub(kTdSeamAttributesOffset, 8);
  r.td_attributes = LoadLe64(raw.data + kTdAttributesOffset);
  r.xfam = LoadLe64(raw.data + kTdXfamOffset);
  r.mr_td = raw.Sub(kTdMrTdOffset, kMeasurementBytes);
  r.mr_config_id = raw.Sub(kTdMrConfigIdOffset, kMeasurementBytes);
  r.mr_owner = raw.Sub(kTdMrOwnerOffset, kMeasurementBytes);
  r.mr_owner_config = raw.Sub(kTdMrOwnerConfigOffset, kMeasurementBytes);
  for (size_t i = 0; i < kRtmrCount; ++i) r.rtmr[i] = raw.Sub(kTdRtmr0Offset + kMeasurementBytes * i, kMeasurementBytes);
  r.report_data = raw.Sub(kTdReportDataOffset, 64);
  if (td15) {
    r.tee_tcb_svn2 = raw.Sub(kTdTeeTcbSvn2Offset, 16);
    r.mr_service_td = raw.Sub(kTdMrServiceTdOffset, kMeasurementBytes);
  }
  return r;
}

size_t BodyBytes(BodyKind kind) {
  switch (kind) {
    case BodyKind::kSgxEnclave:
      return kEnclaveReportBytes;
    case BodyKind::kTd10:
      return kTd10ReportBytes;
    case BodyKind::kTd15:
      return kTd15ReportBytes;
  }
  return 0;
}

Status Parser::ParseHeader(ParsedQuote* q) {
  QuoteHeader& h = q->header;
  Status s = Need(whole_, 0, 2, "version");
  if (!s.ok()) return s;
  h.version = U16(0);
  if (h.version != 3 && h.version != 4 && h.version != 5) {
    return Fail("TDX_QUOTE_UNSUPPORTED_VERSION",
                "quote version " + Num(h.version) + " at offset 0 is not supported (expected 3, 4 or 5)");
  }
  if (!(s = Need(whole_, 2, 2, "attestation key type")).ok()) return s;
  h.attestation_key_type = U16(2);
  if (h.attestation_key_type != kAttestationKeyEcdsaP256) {
    return Fail("TDX_QUOTE_BAD_KEY_TYPE", "attestation key type " + Num(h.attestation_key_type) +
                                              " at offset 2 is not supported (expected 2, ECDSA P-256)");
  }
  if (!(s = Need(whole_, 4, 4, "TEE type")).ok()) return s;
  h.tee_type = U32(4);
  if (h.version == 3 && h.tee_type != kTeeTypeSgx) {
    return Fail("TDX_QUOTE_BAD_TEE_TYPE",
                "TEE type " + Hex(h.tee_type) + " at offset 4: version 3 quotes are SGX only (expected 0)");
  }
  if (h.tee_type != kTeeTypeSgx && h.tee_type != kTeeTypeTdx) {
    return Fail("TDX_QUOTE_BAD_TEE_TYPE",
                "TEE type " + Hex(h.tee_type) + " at offset 4 is not known (expected 0 for SGX or 0x81 for TDX)");
  }
  if (!(s = Need(whole_, 0, kHeaderBytes, "header")).ok()) return s;
  h.qe_svn = U16(8);
  h.pce_svn = U16(10);
  h.qe_vendor_id = View(12, kQeVendorIdBytes);
  h.user_data = View(28, kUserDataBytes);
  return Status::Ok();
}

Status Parser::ParseBody(ParsedQuote* q) {
  const QuoteHeader& h = q->header;
  const bool tdx = h.tee_type == kTeeTypeTdx;
  Status s;
  if (h.version == 5) {
    if (!(s = Need(whole_, kHeaderBytes, kBodyDescriptorBytes, "body descriptor")).ok()) return s;
    const uint16_t type = U16(kHeaderBytes);
    const uint32_t size = U32(kHeaderBytes + 2);
    if (type < 1 || type > 3) {
      return Fail("TDX_QUOTE_BAD_BODY_TYPE", "body type " + Num(type) + " at offset 48 is not known (expected 1 SGX "
                                                                          "report, 2 TD 1.0 report or 3 TD 1.5 report)");
    }
    const BodyKind kind = static_cast<BodyKind>(type);
    if ((kind == BodyKind::kSgxEnclave) == tdx) {
      return Fail("TDX_QUOTE_BAD_BODY_TYPE", "body type " + Num(type) + " at offset 48 (" + BodyKindName(kind) +
                                                 ") does not match TEE type " + Hex(h.tee_type) + " at offset 4");
    }
    if (size != BodyBytes(kind)) {
      return Fail("TDX_QUOTE_BAD_LENGTH", "body size " + Num(size) + " at offset 50 does not match body type " +
                                              Num(type) + " (" + BodyKindName(kind) + ", " + Num(BodyBytes(kind)) +
                                              " bytes)");
    }
    q->body_kind = kind;
    q->body_type = type;
    q->body_offset = kHeaderBytes + kBodyDescriptorBytes;
  } else {
    q->body_kind = tdx ? BodyKind::kTd10 : BodyKind::kSgxEnclave;
    q->body_type = static_cast<uint16_t>(q->body_kind);
    q->body_offset = kHeaderBytes;
  }
  const size_t size = BodyBytes(q->body_kind);
  if (!(s = Need(whole_, q->body_offset, size, BodyKindName(q->body_kind))).ok()) return s;
  q->body = View(q->body_offset, size);
  if (q->body_kind == BodyKind::kSgxEnclave) {
    q->enclave = DecodeEnclaveReport(q->body);
  } else {
    q->td = DecodeTdReport(q->body, q->body_kind == BodyKind::kTd15);
  }
  q->signed_region = View(0, q->body_offset + size);
  return Status::Ok();
}

Status Parser::CheckPckCertType(uint16_t type, size_t offset) const {
  if (type == kCertQeReport) {
    return Fail("TDX_QUOTE_BAD_CERT_TYPE", "PCK certification data type 6 at offset " + Num(offset) +
                                               ": QE report certification data cannot appear here (the QE report "
                                               "is already present)");
  }
  if (type < kCertPpidCleartext || type > kCertPlatformManifest) {
    return Fail("TDX_QUOTE_BAD_CERT_TYPE", "PCK certification data type " + Num(type) + " at offset " +
                                               Num(offset) + " is not known (expected 1 to 5 or 7)");
  }
  return Status::Ok();
}

// QE report (384), its signature (64), QE auth data (u16 length + data), then
// the PCK certification data (u16 type, u32 size, data). This is the content
// of type-6 certification data in v4/v5 and the tail of the signature data in v3.
Status Parser::ParseQeReportSection(const Region& r, size_t pos, ParsedQuote* q) {
  Status s;
  if (!(s = Need(r, pos, kEnclaveReportBytes, "QE report")).ok()) return s;
  q->qe_report = DecodeEnclaveReport(View(pos, kEnclaveReportBytes));
  pos += kEnclaveReportBytes;
  if (!(s = Need(r, pos, kEcdsaSignatureBytes, "QE report signature")).ok()) return s;
  q->qe_report_signature = View(pos, kEcdsaSignatureBytes);
  pos += kEcdsaSignatureBytes;

  if (!(s = Need(r, pos, 2, "QE auth data length")).ok()) return s;
  Region auth;
  if (!(s = Declare(r, pos, "QE auth data length", U16(pos), pos + 2, "QE auth data", &auth)).ok()) return s;
  q->qe_auth_data = View(auth.begin, auth.end - auth.begin);
  pos = auth.end;

  if (!(s = Need(r, pos, 2, "PCK certification data type")).ok()) return s;
  const uint16_t type = U16(pos);
  if (!(s = CheckPckCertType(type, pos)).ok()) return s;
  q->pck_cert_data_type = type;
  if (!(s = Need(r, pos + 2, 4, "PCK certification data size")).ok()) return s;
  Region data;
  if (!(s = Declare(r, pos + 2, "PCK certification data size", U32(pos + 2), pos + 6, "PCK certification data",
                    &data))
           .ok()) {
    return s;
  }
  q->pck_cert_data_offset = data.begin;
  q->pck_cert_data = View(data.begin, data.end - data.begin);
  if (type == kCertPckChain) {
    q->pck_chain_pem = q->pck_cert_data;
    if (!(s = SplitPemChain(data, q)).ok()) return s;
  }
  return End(r, data.end);
}

bool IsPemSpace(uint8_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsBase64(uint8_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
         c == '=';
}

// Splits the PEM chain into its certificate blocks. Only whitespace and NUL
// (Intel's QE NUL-terminates the chain) may lie between and after blocks, and
// only base64 and whitespace inside them; X.509 parsing is the verifier's.
Status Parser::SplitPemChain(const Region& r, ParsedQuote* q) const {
  const char* what = "PCK certificate chain";
  size_t pos = r.begin;
  for (;;) {
    while (pos < r.end && (IsPemSpace(in_.data[pos]) || in_.data[pos] == 0)) ++pos;
    if (pos == r.end) break;
    const size_t start = pos;
    const std::string nth = "certificate " + Num(q->pck_chain.size() + 1) + " of the " + what;
    if (r.end - pos < kPemBeginBytes || std::memcmp(in_.data + pos, kPemBegin, kPemBeginBytes) != 0) {
      return Fail("TDX_QUOTE_BAD_CERT_CHAIN", std::string(what) + ": expected '" + kPemBegin + "' at offset " +
                                                  Num(pos) + ", found byte " + Hex(in_.data[pos]));
    }
    if (q->pck_chain.size() == kPckChainCertsMax) {
      return Fail("TDX_QUOTE_BAD_CERT_CHAIN", std::string(what) + " holds more than " + Num(kPckChainCertsMax) +
                                                  " certificates (one more starts at offset " + Num(pos) + ")");
    }
    pos += kPemBeginBytes;
    size_t base64_chars = 0;
    while (pos < r.end && (IsBase64(in_.data[pos]) || IsPemSpace(in_.data[pos]))) {
      if (!IsPemSpace(in_.data[pos])) ++base64_chars;
      ++pos;
    }
    if (pos == r.end) {
      return Fail("TDX_QUOTE_BAD_CERT_CHAIN",
                  nth + ", at offset " + Num(start) + ", has no '" + kPemEnd + "' before offset " + Num(r.end));
    }
    if (r.end - pos < kPemEndBytes || std::memcmp(in_.data + pos, kPemEnd, kPemEndBytes) != 0) {
      return Fail("TDX_QUOTE_BAD_CERT_CHAIN", "unexpected byte " + Hex(in_.data[pos]) + " at offset " + Num(pos) +
                                                  " inside " + nth + " (which starts at offset " + Num(start) + ")");
    }
    if (base64_chars == 0) {
      return Fail("TDX_QUOTE_BAD_CERT_CHAIN", nth + ", at offset " + Num(start) + ", is empty");
    }
    pos += kPemEndBytes;
    q->pck_chain.push_back(View(start, pos - start));
  }
  if (q->pck_chain.empty()) {
    return Fail("TDX_QUOTE_BAD_CERT_CHAIN",
                std::string(what) + " at offset " + Num(r.begin) + " holds no certificate");
  }
  return Status::Ok();
}

Result<ParsedQuote> Parser::Run() {
  if (in_.size == 0) return Fail("TDX_QUOTE_TRUNCATED", "quote is empty (0 bytes)");
  if (in_.size > kQuoteBytesMax) {
    return Fail("TDX_QUOTE_TOO_LARGE",
                "quote is " + Num(in_.size) + " bytes, over the limit of " + Num(kQuoteBytesMax) + " bytes");
  }
  ParsedQuote q;
  Status s = ParseHeader(&q);
  if (!s.ok()) return s.error();
  if (!(s = ParseBody(&q)).ok()) return s.error();

  // Signature data: u32 length, then its content, ending the quote.
  const size_t sdo = q.signed_region.size;
  q.signature_data_offset = sdo;
  if (!(s = Need(whole_, sdo, 4, "signature data length")).ok()) return s.error();
  q.signature_data_bytes = U32(sdo);
  Region sig;
  if (!(s = Declare(whole_, sdo, "signature data length", q.signature_data_bytes, sdo + 4, "signature data", &sig))
           .ok()) {
    return s.error();
  }
  size_t pos = sig.begin;
  if (!(s = Need(sig, pos, kEcdsaSignatureBytes, "quote signature")).ok()) return s.error();
  q.signature = View(pos, kEcdsaSignatureBytes);
  pos += kEcdsaSignatureBytes;
  if (!(s = Need(sig, pos, kEcdsaP256KeyBytes, "attestation key")).ok()) return s.error();
  q.attestation_key = View(pos, kEcdsaP256KeyBytes);
  pos += kEcdsaP256KeyBytes;

  if (q.header.version == 3) {
    // The QE report is inline; the certification data is the PCK data itself.
    if (!(s = ParseQeReportSection(sig, pos, &q)).ok()) return s.error();
    q.certification_data_type = q.pck_cert_data_type;
    q.certification_data = q.pck_cert_data;
  } else {
    if (!(s = Need(sig, pos, 2, "certification data type")).ok()) return s.error();
    q.certification_data_type = U16(pos);
    if (q.certification_data_type != kCertQeReport) {
      return Fail("TDX_QUOTE_BAD_CERT_TYPE", "certification data type " + Num(q.certification_data_type) +
                                                 " at offset " + Num(pos) + ": a version " + Num(q.header.version) +
                                                 " quote must carry QE report certification data (type 6)");
    }
    if (!(s = Need(sig, pos + 2, 4, "certification data size")).ok()) return s.error();
    Region cert;
    if (!(s = Declare(sig, pos + 2, "certification data size", U32(pos + 2), pos + 6, "certification data", &cert))
             .ok()) {
      return s.error();
    }
    q.certification_data = View(cert.begin, cert.end - cert.begin);
    if (!(s = ParseQeReportSection(cert, cert.begin, &q)).ok()) return s.error();
    if (!(s = End(sig, cert.end)).ok()) return s.error();
  }
  q.quote = View(0, sig.end);
  q.trailing_bytes = in_.size - sig.end;
  return q;
}

}  // namespace

Result<ParsedQuote> ParseQuote(ByteView input) {
  Parser parser(input);
  return parser.Run();
}

const char* BodyKindName(BodyKind kind) {
  switch (kind) {
    case BodyKind::kSgxEnclave:
      return "SGX enclave report";
    case BodyKind::kTd10:
      return "TD 1.0 report";
    case BodyKind::kTd15:
      return "TD 1.5 report";
  }
  return "unknown";
}

const char* CertDataTypeName(uint16_t type) {
  switch (type) {
    case kCertPpidCleartext:
      return "PPID in clear text";
    case kCertPpidRsa2048:
      return "PPID encrypted with RSA-2048-OAEP";
    case kCertPpidRsa3072:
      return "PPID encrypted with RSA-3072-OAEP";
    case kCertPckLeaf:
      return "PCK leaf certificate";
    case kCertPckChain:
      return "PCK certificate chain";
    case kCertQeReport:
      return "QE report certification data";
    case kCertPlatformManifest:
      return "platform manifest";
    default:
      return "unknown";
  }
}

}  // namespace tessera::quote
