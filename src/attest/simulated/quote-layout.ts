/**
 * Writes TDX quotes with the real layout (TDX.md section 2): the 48-byte
 * header, the TD report body, then the ECDSA signature section with
 * certification data type 6 (QE report, its signature, QE auth data and the
 * inner type-5 PEM chain). v4 carries the 584-byte TD 1.0 body at 48; v5
 * puts a 6-byte body descriptor (type u16, size u32) at 48 and the body at
 * 54: type 2 (TD 1.0, 584 bytes) or type 3 (TD 1.5, 648 bytes: TEE_TCB_SVN2
 * and MRSERVICETD after REPORTDATA). The descriptor is signed. Offsets are
 * checked against the real quote in the fixtures (and, for v5, against the
 * addon's parser) by test/unit/attest-simulated.test.ts and
 * test/unit/attest-td15.test.ts.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

import { TesseraError } from '../../common/errors.js';
import { ecdsaSignRaw, rawPublicKey } from '../pki/x509.js';

export const TdxQuoteV4 = {
  version: 4,
  attestationKeyTypeEcdsaP256: 2,
  teeTypeTdx: 0x81,
  headerBytes: 48,
  bodyBytes: 584,
  /** The quote signature covers [0, signedBytes). */
  signedBytes: 632,
  signatureSectionOffset: 632,
  signatureOffset: 636,
  attestationKeyOffset: 700,
  certificationTypeOffset: 764,
  qeReportOffset: 770,
  qeReportBytes: 384,
  qeReportSignatureOffset: 1154,
  qeAuthDataLengthOffset: 1218,
  certificationTypeQeReport: 6,
  certificationTypePckChain: 5,
  /** MRTD and REPORTDATA in the quote (body offset + field offset). */
  mrTdOffset: 48 + 136,
  reportDataOffset: 48 + 520,
} as const;

/** v5 (TDX.md section 2): the body descriptor and where things move to. */
export const TdxQuoteV5 = {
  version: 5,
  bodyDescriptorOffset: 48,
  bodyDescriptorBytes: 6,
  bodyOffset: 54,
  bodyTypeTd10: 2,
  bodyTypeTd15: 3,
  td10BodyBytes: 584,
  td15BodyBytes: 648,
  /** Inside a TD 1.5 body. */
  teeTcbSvn2BodyOffset: 584,
  mrServiceTdBodyOffset: 600,
} as const;

/** Intel's QE vendor id 939A7233F79C4CA9940A0DB3957F0607. */
export const intelQeVendorId = Buffer.from('939a7233f79c4ca9940a0db3957f0607', 'hex');

/** TD_ATTRIBUTES bits (TDX.md section 2). */
export const TdAttributeBit = { debug: 0, septVeDisable: 28, pks: 30, kl: 31, perfmon: 63 } as const;

export interface TdReportFields {
  teeTcbSvn: Buffer; // 16
  mrSeam: Buffer; // 48
  mrSignerSeam: Buffer; // 48
  seamAttributes: Buffer; // 8
  tdAttributes: Buffer; // 8, little-endian u64
  xfam: Buffer; // 8
  mrTd: Buffer; // 48
  mrConfigId: Buffer; // 48
  mrOwner: Buffer; // 48
  mrOwnerConfig: Buffer; // 48
  rtmrs: [Buffer, Buffer, Buffer, Buffer]; // 48 each
  reportData: Buffer; // 64
  /** TD 1.5 only (a v5 quote with body type 3). */
  td15?: Td15Fields;
}

/** The fields a TD 1.5 report adds after REPORTDATA. */
export interface Td15Fields {
  teeTcbSvn2: Buffer; // 16
  /** All zero unless the TD is bound to a service TD (e.g. a migration TD). */
  mrServiceTd: Buffer; // 48
}

const tdReportLayout: [keyof Omit<TdReportFields, 'rtmrs'> | 'rtmr0' | 'rtmr1' | 'rtmr2' | 'rtmr3', number, number][] = [
  ['teeTcbSvn', 0, 16],
  ['mrSeam', 16, 48],
  ['mrSignerSeam', 64, 48],
  ['seamAttributes', 112, 8],
  ['tdAttributes', 120, 8],
  ['xfam', 128, 8],
  ['mrTd', 136, 48],
  ['mrConfigId', 184, 48],
  ['mrOwner', 232, 48],
  ['mrOwnerConfig', 280, 48],
  ['rtmr0', 328, 48],
  ['rtmr1', 376, 48],
  ['rtmr2', 424, 48],
  ['rtmr3', 472, 48],
  ['reportData', 520, 64],
];

function put(out: Buffer, offset: number, value: Uint8Array, size: number, name: string): void {
  if (value.length !== size) throw new TesseraError(`${name} must be ${size} bytes, got ${value.length}`, 'QUOTE_BUILD_INVALID');
  out.set(value, offset);
}

/** The TD report body: 584 bytes (TD 1.0), or 648 when `f.td15` is set (TD 1.5). */
export function encodeTdReportBody(f: TdReportFields): Buffer {
  const out = Buffer.alloc(f.td15 ? TdxQuoteV5.td15BodyBytes : TdxQuoteV4.bodyBytes);
  for (const [name, off, size] of tdReportLayout) {
    const v = name.startsWith('rtmr') ? f.rtmrs[Number(name.slice(4))] : f[name as keyof Omit<TdReportFields, 'rtmrs' | 'td15'>];
    if (!(v instanceof Uint8Array)) throw new TesseraError(`TD report field ${name} is missing`, 'QUOTE_BUILD_INVALID');
    put(out, off, v, size, `TD report ${name}`);
  }
  if (f.td15) {
    put(out, TdxQuoteV5.teeTcbSvn2BodyOffset, f.td15.teeTcbSvn2, 16, 'TD report TEE_TCB_SVN2');
    put(out, TdxQuoteV5.mrServiceTdBodyOffset, f.td15.mrServiceTd, 48, 'TD report MRSERVICETD');
  }
  return out;
}

/** The 384-byte SGX report body of the quoting enclave (TDX.md section 2). */
export interface QeReportFields {
  cpuSvn: Buffer; // 16
  miscSelect: number; // u32
  attributes: Buffer; // 16
  mrEnclave: Buffer; // 32
  mrSigner: Buffer; // 32
  isvProdId: number; // u16
  isvSvn: number; // u16
  reportData: Buffer; // 64
}

export function encodeQeReport(f: QeReportFields): Buffer {
  const out = Buffer.alloc(TdxQuoteV4.qeReportBytes);
  put(out, 0, f.cpuSvn, 16, 'QE report CPUSVN');
  out.writeUInt32LE(f.miscSelect >>> 0, 16);
  put(out, 48, f.attributes, 16, 'QE report ATTRIBUTES');
  put(out, 64, f.mrEnclave, 32, 'QE report MRENCLAVE');
  put(out, 128, f.mrSigner, 32, 'QE report MRSIGNER');
  out.writeUInt16LE(f.isvProdId, 256);
  out.writeUInt16LE(f.isvSvn, 258);
  put(out, 320, f.reportData, 64, 'QE report REPORTDATA');
  return out;
}

/** QE binding: REPORTDATA[0..32) = SHA-256(attestation key x||y || QE auth data), the rest zero. */
export function qeBindingReportData(attestationKeyXY: Uint8Array, qeAuthData: Uint8Array): Buffer {
  const out = Buffer.alloc(64);
  createHash('sha256').update(attestationKeyXY).update(qeAuthData).digest().copy(out, 0);
  return out;
}

export interface QuoteAssembly {
  /** 4 (default; TD 1.0 only) or 5 (body type 2, or 3 when body.td15 is set). */
  version?: 4 | 5;
  qeSvn: number;
  pceSvn: number;
  userData: Buffer; // 20
  body: TdReportFields;
  attestationKey: KeyObject; // private, P-256
  /** The PCK leaf's private key: signs the QE report. */
  pckKey: KeyObject;
  qe: Omit<QeReportFields, 'reportData'>;
  qeAuthData: Buffer;
  /** PEM chain: PCK leaf, PCK CA, root (written NUL-terminated, as real quotes are). */
  pckChainPem: string;
  trailingPaddingBytes?: number;
  /** Defects for negative tests; never set in production. */
  tamper?: { quoteSignature?: boolean; qeReportSignature?: boolean; qeBinding?: boolean };
}

function flipFirstByte(sig: Buffer): Buffer {
  const out = Buffer.from(sig);
  out[0] = out[0]! ^ 0x01;
  return out;
}

/** A v4 quote (TD 1.0), or v5 when `a.version` is 5. */
export function assembleTdxQuote(a: QuoteAssembly): Buffer {
  const version = a.version ?? TdxQuoteV4.version;
  if (version !== 4 && version !== 5) throw new TesseraError(`quote version ${String(version)} is not 4 or 5`, 'QUOTE_BUILD_INVALID');
  if (version === 4 && a.body.td15) throw new TesseraError('a TD 1.5 report needs a v5 quote (version: 5)', 'QUOTE_BUILD_INVALID');
  const header = Buffer.alloc(TdxQuoteV4.headerBytes);
  header.writeUInt16LE(version, 0);
  header.writeUInt16LE(TdxQuoteV4.attestationKeyTypeEcdsaP256, 2);
  header.writeUInt32LE(TdxQuoteV4.teeTypeTdx, 4);
  header.writeUInt16LE(a.qeSvn, 8);
  header.writeUInt16LE(a.pceSvn, 10);
  intelQeVendorId.copy(header, 12);
  put(header, 28, a.userData, 20, 'quote header user data');
  const body = encodeTdReportBody(a.body);
  let descriptor = Buffer.alloc(0);
  if (version === 5) {
    descriptor = Buffer.alloc(TdxQuoteV5.bodyDescriptorBytes);
    descriptor.writeUInt16LE(a.body.td15 ? TdxQuoteV5.bodyTypeTd15 : TdxQuoteV5.bodyTypeTd10, 0);
    descriptor.writeUInt32LE(body.length, 2);
  }
  // The v5 body descriptor is signed with the header and the body.
  const signed = Buffer.concat([header, descriptor, body]);

  const akXY = rawPublicKey(createPublicKey(a.attestationKey)).subarray(1);
  const binding = qeBindingReportData(akXY, a.qeAuthData);
  if (a.tamper?.qeBinding) binding[0] = binding[0]! ^ 0xff;
  const qeReport = encodeQeReport({ ...a.qe, reportData: binding });
  let qeReportSig = ecdsaSignRaw(a.pckKey, qeReport);
  if (a.tamper?.qeReportSignature) qeReportSig = flipFirstByte(qeReportSig);
  let quoteSig = ecdsaSignRaw(a.attestationKey, signed);
  if (a.tamper?.quoteSignature) quoteSig = flipFirstByte(quoteSig);

  const pem = Buffer.concat([Buffer.from(a.pckChainPem, 'utf8'), Buffer.from([0])]);
  const inner = Buffer.alloc(6);
  inner.writeUInt16LE(TdxQuoteV4.certificationTypePckChain, 0);
  inner.writeUInt32LE(pem.length, 2);
  if (a.qeAuthData.length > 0xffff) throw new TesseraError('QE auth data exceeds 65535 bytes', 'QUOTE_BUILD_INVALID');
  const authLen = Buffer.alloc(2);
  authLen.writeUInt16LE(a.qeAuthData.length, 0);
  const certData = Buffer.concat([qeReport, qeReportSig, authLen, a.qeAuthData, inner, pem]);
  const certHeader = Buffer.alloc(6);
  certHeader.writeUInt16LE(TdxQuoteV4.certificationTypeQeReport, 0);
  certHeader.writeUInt32LE(certData.length, 2);
  const sigSection = Buffer.concat([quoteSig, akXY, certHeader, certData]);
  const sigLen = Buffer.alloc(4);
  sigLen.writeUInt32LE(sigSection.length, 0);
  return Buffer.concat([signed, sigLen, sigSection, Buffer.alloc(a.trailingPaddingBytes ?? 0)]);
}

/** A v4 quote with a TD 1.0 body (the layout of the fixtures' tdx_quote). */
export function assembleTdxQuoteV4(a: QuoteAssembly): Buffer {
  return assembleTdxQuote({ ...a, version: 4 });
}
