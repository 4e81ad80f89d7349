// libFuzzer target for the DCAP verifier (native/src/dcap) over quote +
// collateral inputs. Input layout (fuzz_dcap_verify.seeds.mjs writes it):
//   flags u8 (bit 0: trust the root DER field instead of Intel's root)
//   time  u64 LE (verification time)
//   12 fields, each u32 LE length + bytes: quote, the 10 collateral fields in
//   Collateral's order, the root DER. Missing fields are empty.
// Besides "no crash, no sanitizer report" it checks: a refusal has a reason
// and a message, a success has none, and a second (cached) verification at
// the same time gives the same verdict and reason.
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "dcap/verify.h"

using namespace tessera;
using namespace tessera::dcap;

namespace {

void Require(bool cond) {
  if (!cond) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 9) return 0;
  const uint8_t flags = data[0];
  int64_t at = static_cast<int64_t>(LoadLe64(data + 1) & 0x3fffffffffull);
  size_t p = 9;
  ByteView fields[12];
  for (ByteView& f : fields) {
    if (size - p < 4) break;
    const uint32_t n = LoadLe32(data + p);
    p += 4;
    const size_t take = n < size - p ? n : size - p;
    f = ByteView(data + p, take);
    p += take;
  }
  VerifierOptions options;
  if (flags & 1) options.trusted_root_der.assign(fields[11].data, fields[11].data + fields[11].size);
  Result<std::unique_ptr<QuoteVerifier>> created = QuoteVerifier::Create(options);
  if (!created.ok()) {
    Require(created.error().code == "DCAP_ROOT_INVALID");
    return 0;
  }
  QuoteVerifier& v = *created.value();
  Collateral c;
  c.pck_crl_issuer_chain = fields[1];
  c.root_ca_crl = fields[2];
  c.pck_crl = fields[3];
  c.tcb_info_issuer_chain = fields[4];
  c.tcb_info = fields[5];
  c.tcb_info_signature = fields[6];
  c.qe_identity_issuer_chain = fields[7];
  c.qe_identity = fields[8];
  c.qe_identity_signature = fields[9];
  c.pck_certificate_chain = fields[10];
  VerifyFlags vf;
  vf.allow_debug = (flags & 2) != 0;
  const VerifyResult a = v.Verify(fields[0], c, at, vf);
  if (a.verified) {
    Require(a.reason == Reason::kNone && a.message.empty() && a.has_status && a.has_pck);
  } else {
    Require(a.reason != Reason::kNone && !a.message.empty() && !a.item.empty());
  }
  const VerifyResult b = v.Verify(fields[0], c, at, vf);
  Require(a.verified == b.verified && a.reason == b.reason);
  if (a.verified) Require(b.status == a.status && b.advisory_ids == a.advisory_ids);
  return 0;
}
