// Builds DCAP quotes of every layout the parser accepts (SGX v3, TDX v4,
// v5 with TD 1.0 / TD 1.5 / SGX bodies), from parts or from the real
// fixtures. Used by the fuzz seed generator (fuzz_quote_parse.seeds.mjs) and
// by the TypeScript quote tests (typed by quote-samples.d.mts). Plain
// JavaScript so `npm run fuzz` needs no compile step.

const INTEL_QE_VENDOR_ID = Buffer.from('939a7233f79c4ca9940a0db3957f0607', 'hex');
export const TEE_SGX = 0;
export const TEE_TDX = 0x81;
const BODY_BYTES = { sgx: 384, 'td1.0': 584, 'td1.5': 648 };
const BODY_TYPE = { sgx: 1, 'td1.0': 2, 'td1.5': 3 };

const u16 = (v) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(v);
  return b;
};
const u32 = (v) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v);
  return b;
};
const filled = (n, start) => Buffer.from(Array.from({ length: n }, (_, i) => (start + i) & 0xff));

/** A small PEM chain of `count` placeholder blocks (base64 of "cert N"), NUL-terminated like Intel's. */
export function fakePemChain(count = 3) {
  const blocks = [];
  for (let i = 0; i < count; i++) {
    blocks.push(`-----BEGIN CERTIFICATE-----\n${Buffer.from(`cert ${i}`).toString('base64')}\n-----END CERTIFICATE-----\n`);
  }
  return Buffer.concat([Buffer.from(blocks.join('')), Buffer.from([0])]);
}

/**
 * Assembles a quote. `body` defaults to a patterned report body of the kind;
 * the QE section holds `qeReport` (384), `qeReportSignature` (64),
 * `qeAuthData`, then PCK data of `pckType` (5: `pckData` is a PEM chain).
 */
export function buildQuote({
  version = 4,
  tee = version === 3 ? TEE_SGX : TEE_TDX,
  bodyKind = tee === TEE_SGX ? 'sgx' : 'td1.0',
  body = filled(BODY_BYTES[bodyKind], 0x10),
  signature = filled(64, 0x80),
  attestationKey = filled(64, 0xc0),
  qeReport = filled(384, 0x40),
  qeReportSignature = filled(64, 0x90),
  qeAuthData = filled(32, 0),
  pckType = 5,
  pckData = fakePemChain(),
  padding = 0,
} = {}) {
  const header = Buffer.concat([u16(version), u16(2), u32(tee), u16(0), u16(0), INTEL_QE_VENDOR_ID, Buffer.alloc(20)]);
  const descriptor = version === 5 ? Buffer.concat([u16(BODY_TYPE[bodyKind]), u32(body.length)]) : Buffer.alloc(0);
  const qeSection = Buffer.concat([qeReport, qeReportSignature, u16(qeAuthData.length), qeAuthData, u16(pckType), u32(pckData.length), pckData]);
  const certification = version === 3 ? qeSection : Buffer.concat([u16(6), u32(qeSection.length), qeSection]);
  const sigData = Buffer.concat([signature, attestationKey, certification]);
  return Buffer.concat([header, descriptor, body, u32(sigData.length), sigData, Buffer.alloc(padding)]);
}

/**
 * Splits a real quote (v3 or v4, as in ../shared/fixtures/tdx) into the parts
 * buildQuote takes, so it can be rebuilt in another layout.
 */
export function splitQuote(quote) {
  const version = quote.readUInt16LE(0);
  const tee = quote.readUInt32LE(4);
  if (version !== 3 && version !== 4) throw new Error(`splitQuote: version ${version} is not 3 or 4`);
  const bodyKind = tee === TEE_TDX ? 'td1.0' : 'sgx';
  const bodyEnd = 48 + BODY_BYTES[bodyKind];
  let at = bodyEnd + 4;
  const signature = quote.subarray(at, at + 64);
  const attestationKey = quote.subarray(at + 64, at + 128);
  at += 128;
  if (version === 4) at += 6; // type 6 + size
  const qeReport = quote.subarray(at, at + 384);
  const qeReportSignature = quote.subarray(at + 384, at + 448);
  at += 448;
  const authLen = quote.readUInt16LE(at);
  const qeAuthData = quote.subarray(at + 2, at + 2 + authLen);
  at += 2 + authLen;
  const pckType = quote.readUInt16LE(at);
  const pckLen = quote.readUInt32LE(at + 2);
  const pckData = quote.subarray(at + 6, at + 6 + pckLen);
  return { version, tee, bodyKind, body: quote.subarray(48, bodyEnd), signature, attestationKey, qeReport, qeReportSignature, qeAuthData, pckType, pckData };
}

/** A TD 1.0 body extended to TD 1.5: TEE_TCB_SVN2 = a0..af, MRSERVICETD = b0..df. */
export function td15Body(td10Body) {
  return Buffer.concat([td10Body, filled(16, 0xa0), filled(48, 0xb0)]);
}
