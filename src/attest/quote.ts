import { TesseraError } from '../common/errors.js';
import { loadAddon } from '../native/index.js';

/**
 * The TypeScript view of the addon's quote parser (native/src/quote). It
 * parses Intel DCAP quotes: TDX v4 (TD 1.0 body), v5 (TD 1.0, TD 1.5 or SGX
 * body) and SGX v3. It checks structure only (lengths, types, the PEM
 * framing of the PCK chain); signatures, certificates and TCB status are the
 * verifier's. Byte fields are Buffers copied out of the input.
 *
 * Errors are TesseraErrors whose message names the field and offset:
 * TDX_QUOTE_TOO_LARGE, TDX_QUOTE_TRUNCATED, TDX_QUOTE_UNSUPPORTED_VERSION,
 * TDX_QUOTE_BAD_KEY_TYPE, TDX_QUOTE_BAD_TEE_TYPE, TDX_QUOTE_BAD_BODY_TYPE,
 * TDX_QUOTE_BAD_LENGTH, TDX_QUOTE_BAD_CERT_TYPE, TDX_QUOTE_BAD_CERT_CHAIN;
 * ERR_INVALID_ARG_TYPE for a non-Uint8Array argument.
 */

export const TEE_TYPE_SGX = 0;
export const TEE_TYPE_TDX = 0x81;
export const ATTESTATION_KEY_ECDSA_P256 = 2;
/** Certification data types that the verifier relies on. */
export const CERT_DATA_PCK_CHAIN = 5;
export const CERT_DATA_QE_REPORT = 6;
/** Intel's QE vendor id (header bytes 12..28). */
export const INTEL_QE_VENDOR_ID = '939a7233f79c4ca9940a0db3957f0607';

export interface QuoteHeader {
  version: number;
  attestationKeyType: number;
  teeType: number;
  /** SGX quotes only; reserved (0) in TDX quotes. */
  qeSvn: number;
  pceSvn: number;
  qeVendorId: Buffer;
  userData: Buffer;
}

/** The 384-byte SGX report body: an SGX quote's body, and the QE report. */
export interface EnclaveReport {
  /** All 384 bytes (for the QE report: what the PCK leaf key signs). */
  raw: Buffer;
  cpuSvn: Buffer;
  miscSelect: number;
  isvExtProdId: Buffer;
  attributes: Buffer;
  mrEnclave: Buffer;
  mrSigner: Buffer;
  configId: Buffer;
  isvProdId: number;
  isvSvn: number;
  configSvn: number;
  isvFamilyId: Buffer;
  reportData: Buffer;
}

/** A TD report body: TD 1.0 (584 bytes) or TD 1.5 (648 bytes). */
export interface TdReport {
  raw: Buffer;
  teeTcbSvn: Buffer;
  mrSeam: Buffer;
  mrSignerSeam: Buffer;
  seamAttributes: Buffer;
  /** TD_ATTRIBUTES as a u64 (decode with decodeTdAttributes). */
  tdAttributes: bigint;
  xfam: bigint;
  mrTd: Buffer;
  mrConfigId: Buffer;
  mrOwner: Buffer;
  mrOwnerConfig: Buffer;
  /** RTMR0..3. */
  rtmr: [Buffer, Buffer, Buffer, Buffer];
  reportData: Buffer;
  /** TD 1.5 only. */
  teeTcbSvn2?: Buffer;
  /** TD 1.5 only. */
  mrServiceTd?: Buffer;
}

interface ParsedQuoteCommon {
  /** Bytes covered by the length fields, [0, end of signature data). */
  quoteBytes: number;
  /** Ignored padding after the signature data. */
  trailingBytes: number;
  header: QuoteHeader;
  /** The v5 body type; for v3/v4 the implied one (1 SGX, 2 TD 1.0). */
  bodyType: number;
  /** 48, or 54 in v5 (after the 6-byte body descriptor). */
  bodyOffset: number;
  body: Buffer;
  /** What the attestation key signs: [0, bodyOffset + body.length). */
  signedRegion: Buffer;
  /** Offset of the u32 signature data length (= signedRegion.length). */
  signatureDataOffset: number;
  signatureDataBytes: number;
  /** ECDSA P-256 r || s over signedRegion. */
  signature: Buffer;
  /** x || y (prefix 0x04 for SEC1 / node:crypto). */
  attestationKey: Buffer;
  /** 6 (QE report certification data) in v4/v5; in v3 the PCK data type. */
  certificationDataType: number;
  certificationData: Buffer;
  qeReport: EnclaveReport;
  qeReportSignature: Buffer;
  /** SHA-256(attestationKey || qeAuthData) must equal qeReport.reportData[0..32). */
  qeAuthData: Buffer;
  /** 5 = PEM certificate chain; 1..4 and 7 are carried raw in pckCertData. */
  pckCertDataType: number;
  pckCertDataOffset: number;
  pckCertData: Buffer;
  /** The whole PEM chain (type 5), else empty. */
  pckChainPem: Buffer;
  /** Each PEM certificate block, leaf first (type 5), else empty. */
  pckChain: Buffer[];
}

export interface ParsedTdQuote extends ParsedQuoteCommon {
  bodyKind: 'td1.0' | 'td1.5';
  td: TdReport;
}

export interface ParsedSgxQuote extends ParsedQuoteCommon {
  bodyKind: 'sgx';
  enclave: EnclaveReport;
}

export type ParsedQuote = ParsedTdQuote | ParsedSgxQuote;
export type QuoteBodyKind = ParsedQuote['bodyKind'];

interface QuoteNative {
  parseQuote(quote: Uint8Array): ParsedQuote;
  quoteTypeNames(): { certificationData: Record<string, string>; body: Record<QuoteBodyKind, string> };
  quoteBytesMax: number;
}

const native = loadAddon() as unknown as QuoteNative;
const typeNames = native.quoteTypeNames();

/** The largest quote the parser accepts (bytes); real quotes are about 5 KiB. */
export const quoteBytesMax: number = native.quoteBytesMax;

/** Parses a quote; throws a TesseraError naming the field and offset. */
export function parseQuote(quote: Uint8Array): ParsedQuote {
  return native.parseQuote(quote);
}

export function isTdQuote(q: ParsedQuote): q is ParsedTdQuote {
  return q.bodyKind !== 'sgx';
}

/** "PCK certificate chain", "QE report certification data", ... or "unknown". */
export function certDataTypeName(type: number): string {
  return typeNames.certificationData[String(type)] ?? 'unknown';
}

/** "TD 1.0 report", "TD 1.5 report", "SGX enclave report". */
export function bodyKindName(kind: QuoteBodyKind): string {
  return typeNames.body[kind];
}

/** TD_ATTRIBUTES bits with a meaning (../shared/docs/TDX.md); all others are reserved and must be 0. */
export const TD_ATTRIBUTE_BITS = {
  DEBUG: 0n,
  SEPT_VE_DISABLE: 28n,
  PKS: 30n,
  KL: 31n,
  PERFMON: 63n,
} as const;
export type TdAttributeName = keyof typeof TD_ATTRIBUTE_BITS;

export interface TdAttributes {
  debug: boolean;
  septVeDisable: boolean;
  pks: boolean;
  kl: boolean;
  perfmon: boolean;
  /** The set bits with a name, lowest first. */
  names: TdAttributeName[];
  /** The set reserved bits (must be 0 for admission). */
  reserved: bigint;
}

const U64_MASK = (1n << 64n) - 1n;
const KNOWN_TD_ATTRIBUTES = Object.values(TD_ATTRIBUTE_BITS).reduce<bigint>((m, bit) => m | (1n << bit), 0n);

/** Decodes TD_ATTRIBUTES (a u64, as ParsedTdQuote.td.tdAttributes holds it). */
export function decodeTdAttributes(attributes: bigint): TdAttributes {
  if (typeof attributes !== 'bigint' || attributes < 0n || attributes > U64_MASK) {
    throw new TesseraError(`decodeTdAttributes: TD_ATTRIBUTES must be a u64 bigint, got ${String(attributes)}`, 'ERR_OUT_OF_RANGE');
  }
  const has = (bit: bigint): boolean => ((attributes >> bit) & 1n) === 1n;
  const names = (Object.keys(TD_ATTRIBUTE_BITS) as TdAttributeName[]).filter((n) => has(TD_ATTRIBUTE_BITS[n]));
  return {
    debug: has(TD_ATTRIBUTE_BITS.DEBUG),
    septVeDisable: has(TD_ATTRIBUTE_BITS.SEPT_VE_DISABLE),
    pks: has(TD_ATTRIBUTE_BITS.PKS),
    kl: has(TD_ATTRIBUTE_BITS.KL),
    perfmon: has(TD_ATTRIBUTE_BITS.PERFMON),
    names,
    reserved: attributes & ~KNOWN_TD_ATTRIBUTES & U64_MASK,
  };
}
