import { TesseraError } from '../common/errors.js';
import { loadAddon } from '../native/index.js';
import type { DcapCollateral } from './collateral/types.js';
import type { EnclaveReport, TdReport } from './quote.js';

/**
 * DCAP quote verification (../shared/docs/TDX.md section 3), by the addon's
 * C++ core (native/src/dcap). This wrapper converts the collateral's JSON
 * shape to bytes and names the result's fields; every decision is the core's.
 *
 * The trust anchor is the Intel SGX Root CA, pinned by the SHA-256 of its DER.
 * `trustedRootDer` replaces it (a simulated PKI): results then carry
 * `simulated: true`, and admission refuses them unless told otherwise.
 */

/** Every reason a verification can fail with; one list, in the core's order. */
export const DCAP_REFUSAL_REASONS = [
  'QUOTE_MALFORMED',
  'QUOTE_UNSUPPORTED',
  'COLLATERAL_MALFORMED',
  'CERTIFICATE_MALFORMED',
  'CRL_MALFORMED',
  'ROOT_UNTRUSTED',
  'CHAIN_BROKEN',
  'CERTIFICATE_EXPIRED',
  'CERTIFICATE_NOT_YET_VALID',
  'CERTIFICATE_REVOKED',
  'REVOCATION_UNKNOWN',
  'CRL_SIGNATURE_INVALID',
  'CRL_EXPIRED',
  'CRL_NOT_YET_VALID',
  'TCB_INFO_SIGNATURE_INVALID',
  'TCB_INFO_EXPIRED',
  'TCB_INFO_NOT_YET_VALID',
  'TCB_INFO_UNSUPPORTED',
  'QE_IDENTITY_SIGNATURE_INVALID',
  'QE_IDENTITY_EXPIRED',
  'QE_IDENTITY_NOT_YET_VALID',
  'QE_IDENTITY_UNSUPPORTED',
  'PCK_EXTENSION_INVALID',
  'QE_REPORT_SIGNATURE_INVALID',
  'QE_BINDING_MISMATCH',
  'QE_IDENTITY_MISMATCH',
  'QUOTE_SIGNATURE_INVALID',
  'FMSPC_MISMATCH',
  'PCE_ID_MISMATCH',
  'NO_MATCHING_TCB_LEVEL',
  'TDX_MODULE_MISMATCH',
  'TCB_REVOKED',
  'TD_DEBUG',
  'TD_RESERVED_ATTRIBUTES',
  'TD_SEPT_VE_DISABLE_CLEAR',
  'TD_SERVICE_TD_PRESENT',
  'ENCLAVE_DEBUG',
] as const;
export type DcapRefusalReason = (typeof DCAP_REFUSAL_REASONS)[number];

/** Intel's TCB statuses, best first (the merge keeps the worst). */
export const TCB_STATUSES = [
  'UpToDate',
  'SWHardeningNeeded',
  'ConfigurationNeeded',
  'ConfigurationAndSWHardeningNeeded',
  'OutOfDate',
  'OutOfDateConfigurationNeeded',
  'Revoked',
] as const;
export type TcbStatus = (typeof TCB_STATUSES)[number];

interface NativeResult {
  verified: boolean;
  reason?: DcapRefusalReason;
  item?: string;
  message?: string;
  simulated: boolean;
  tee: 'tdx' | 'sgx';
  status?: TcbStatus;
  platformStatus?: TcbStatus;
  qeStatus?: TcbStatus;
  moduleStatus?: TcbStatus;
  advisoryIds?: string[];
  /** Set once the quote parsed: the v5 body type (1 SGX, 2 TD 1.0, 3 TD 1.5) and where the body lies. */
  bodyKind?: 1 | 2 | 3;
  bodyOffset?: number;
  bodySize?: number;
  /** Upper-case hex. */
  fmspc?: string;
  pceId?: string;
  tcbInfoIssueDate?: number;
  qeIdentityIssueDate?: number;
  collateralExpiry?: number;
  collateralCacheHit: boolean;
  pckCacheHit: boolean;
}

interface NativeVerifier {
  verify(quote: Uint8Array, collateral: Uint8Array[], atUnix: number, allowDebug: boolean, allowServiceTd: boolean): NativeResult;
  clearCaches(): void;
  cacheSizes(): { collateral: number; pck: number };
}

interface DcapNative {
  DcapVerifier: new (trustedRootDer: Uint8Array | null, cache: boolean) => NativeVerifier;
  dcapReasonIds: string[] | undefined;
}

const native = loadAddon() as unknown as DcapNative;
// An addon built before the verifier existed has no DCAP exports: say so
// instead of failing on an undefined property.
if (native.dcapReasonIds === undefined || native.DcapVerifier === undefined) {
  throw new TesseraError('the native addon is older than this code (no DCAP verifier in it); rebuild it with `npm run build:addon`', 'ADDON_MISMATCH');
}
// The TypeScript list must be the core's list, in order (a metric label set).
if (native.dcapReasonIds.join(',') !== DCAP_REFUSAL_REASONS.join(',')) {
  throw new TesseraError(
    `DCAP_REFUSAL_REASONS differs from the addon's reasons (${native.dcapReasonIds.join(', ')}); rebuild the addon`,
    'ADDON_MISMATCH',
  );
}

/** What a verification established (also set, as far as it got, on failure). */
export interface QuoteVerification {
  verified: boolean;
  /** Set when not verified. */
  reason?: DcapRefusalReason;
  /** What failed: "TCB info", "PCK certificate", "quote", ... */
  item?: string;
  message?: string;
  /** Verified under a caller-given root, not Intel's. */
  simulated: boolean;
  tee: 'tdx' | 'sgx';
  /** Merged status (platform, TDX module, QE; worst wins). */
  status?: TcbStatus;
  platformStatus?: TcbStatus;
  qeStatus?: TcbStatus;
  moduleStatus?: TcbStatus;
  /** Platform's advisories, then the module's and the QE's new ones. */
  advisoryIds: string[];
  /** Hex, upper case as Intel writes them. */
  fmspc?: string;
  pceId?: string;
  tcbInfoIssueDate?: number;
  qeIdentityIssueDate?: number;
  /** Earliest end (unix seconds) of any validity window that was checked. */
  collateralExpiry?: number;
  /** The quote's report (absent only when the quote does not parse). */
  tdReport?: TdReport;
  enclaveReport?: EnclaveReport;
  /** MR_TD, hex (TDX). */
  mrTd?: string;
  /** The verification time used. */
  atUnix: number;
  collateralCacheHit: boolean;
  pckCacheHit: boolean;
}

export interface QuoteVerifierOptions {
  /** DER of a root to trust instead of Intel's (simulated PKIs). */
  trustedRootDer?: Uint8Array;
  /** Keep verified collateral and PCK chains (default true). */
  cache?: boolean;
  /** Unix seconds, when verify() is not given atUnix (default: the system clock). */
  clock?: () => number;
}

export interface VerifyOptions {
  /** Verification time, unix seconds (default: the clock). */
  atUnix?: number;
  /** A development policy may accept DEBUG TDs (default false). */
  allowDebug?: boolean;
  /** TD 1.5: accept a non-zero MRSERVICETD (default false). */
  allowServiceTd?: boolean;
}

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

interface EncodedCollateral {
  source: string[];
  fields: Uint8Array[];
}

function fieldStrings(c: DcapCollateral): string[] {
  return [
    c.pck_crl_issuer_chain,
    c.root_ca_crl,
    c.pck_crl,
    c.tcb_info_issuer_chain,
    c.tcb_info,
    c.tcb_info_signature,
    c.qe_identity_issuer_chain,
    c.qe_identity,
    c.qe_identity_signature,
    c.pck_certificate_chain ?? '',
  ];
}
const FIELD_NAMES = [
  'pck_crl_issuer_chain',
  'root_ca_crl',
  'pck_crl',
  'tcb_info_issuer_chain',
  'tcb_info',
  'tcb_info_signature',
  'qe_identity_issuer_chain',
  'qe_identity',
  'qe_identity_signature',
  'pck_certificate_chain',
];
const HEX_FIELDS = new Set([1, 2, 5, 8]);

/** Collateral field -> bytes, or the name of the field that is not what it should be. */
function encode(c: DcapCollateral): { ok: true; fields: Uint8Array[] } | { ok: false; message: string } {
  const strings = fieldStrings(c);
  const fields: Uint8Array[] = [];
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    if (typeof s !== 'string') return { ok: false, message: `collateral field ${FIELD_NAMES[i]} is not a string` };
    if (HEX_FIELDS.has(i)) {
      if (!HEX.test(s)) return { ok: false, message: `collateral field ${FIELD_NAMES[i]} is not hex` };
      fields.push(Buffer.from(s, 'hex'));
    } else {
      fields.push(Buffer.from(s, 'utf8'));
    }
  }
  return { ok: true, fields };
}

/**
 * The report fields as views into `raw` (TDX.md section 2 offsets; the same
 * as native/src/quote's, which test/unit/attest-verify.test.ts compares
 * field by field against parseQuote).
 */
function decodeTdReport(raw: Buffer, td15: boolean): TdReport {
  const at = (offset: number, size: number): Buffer => raw.subarray(offset, offset + size);
  const report: TdReport = {
    raw,
    teeTcbSvn: at(0, 16),
    mrSeam: at(16, 48),
    mrSignerSeam: at(64, 48),
    seamAttributes: at(112, 8),
    tdAttributes: raw.readBigUInt64LE(120),
    xfam: raw.readBigUInt64LE(128),
    mrTd: at(136, 48),
    mrConfigId: at(184, 48),
    mrOwner: at(232, 48),
    mrOwnerConfig: at(280, 48),
    rtmr: [at(328, 48), at(376, 48), at(424, 48), at(472, 48)],
    reportData: at(520, 64),
  };
  if (td15) {
    report.teeTcbSvn2 = at(584, 16);
    report.mrServiceTd = at(600, 48);
  }
  return report;
}

function decodeEnclaveReport(raw: Buffer): EnclaveReport {
  const at = (offset: number, size: number): Buffer => raw.subarray(offset, offset + size);
  return {
    raw,
    cpuSvn: at(0, 16),
    miscSelect: raw.readUInt32LE(16),
    isvExtProdId: at(32, 16),
    attributes: at(48, 16),
    mrEnclave: at(64, 32),
    mrSigner: at(128, 32),
    configId: at(192, 64),
    isvProdId: raw.readUInt16LE(256),
    isvSvn: raw.readUInt16LE(258),
    configSvn: raw.readUInt16LE(260),
    isvFamilyId: at(304, 16),
    reportData: at(320, 64),
  };
}

export class QuoteVerifier {
  readonly simulated: boolean;
  private readonly core: NativeVerifier;
  private readonly clock: () => number;
  // Collateral objects already converted to bytes; re-used only while every
  // field is still the same string (the core keys its own caches by content).
  private readonly encoded = new WeakMap<DcapCollateral, EncodedCollateral>();

  constructor(options: QuoteVerifierOptions = {}) {
    if (options.trustedRootDer !== undefined && !(options.trustedRootDer instanceof Uint8Array)) {
      throw new TesseraError('QuoteVerifier: trustedRootDer must be a Uint8Array (DER)', 'ERR_INVALID_ARG_TYPE');
    }
    this.core = new native.DcapVerifier(options.trustedRootDer ?? null, options.cache ?? true);
    this.simulated = options.trustedRootDer !== undefined;
    this.clock = options.clock ?? (() => Math.floor(Date.now() / 1000));
  }

  verify(quote: Uint8Array, collateral: DcapCollateral, options: VerifyOptions = {}): QuoteVerification {
    const atUnix = options.atUnix ?? this.clock();
    if (!Number.isSafeInteger(atUnix) || atUnix < 0) {
      throw new TesseraError(`QuoteVerifier.verify: atUnix must be a non-negative integer, got ${String(atUnix)}`, 'ERR_OUT_OF_RANGE');
    }
    if (typeof collateral !== 'object' || collateral === null) {
      throw new TesseraError('QuoteVerifier.verify: collateral must be an object (DcapCollateral)', 'ERR_INVALID_ARG_TYPE');
    }
    let fields: Uint8Array[];
    const held = this.encoded.get(collateral);
    const strings = fieldStrings(collateral);
    if (held !== undefined && held.source.every((s, i) => s === strings[i])) {
      fields = held.fields;
    } else {
      const e = encode(collateral);
      if (!e.ok) {
        return {
          verified: false,
          reason: 'COLLATERAL_MALFORMED',
          item: 'collateral',
          message: e.message,
          simulated: this.simulated,
          tee: 'tdx',
          advisoryIds: [],
          atUnix,
          collateralCacheHit: false,
          pckCacheHit: false,
        };
      }
      fields = e.fields;
      this.encoded.set(collateral, { source: strings, fields });
    }
    const r = this.core.verify(quote, fields, atUnix, options.allowDebug ?? false, options.allowServiceTd ?? false);
    const out: QuoteVerification = {
      verified: r.verified,
      simulated: r.simulated,
      tee: r.tee,
      advisoryIds: r.advisoryIds ?? [],
      atUnix,
      collateralCacheHit: r.collateralCacheHit,
      pckCacheHit: r.pckCacheHit,
    };
    if (r.reason !== undefined) out.reason = r.reason;
    if (r.item !== undefined) out.item = r.item;
    if (r.message !== undefined) out.message = r.message;
    if (r.status !== undefined) out.status = r.status;
    if (r.platformStatus !== undefined) out.platformStatus = r.platformStatus;
    if (r.qeStatus !== undefined) out.qeStatus = r.qeStatus;
    if (r.moduleStatus !== undefined) out.moduleStatus = r.moduleStatus;
    if (r.fmspc !== undefined) out.fmspc = r.fmspc;
    if (r.pceId !== undefined) out.pceId = r.pceId;
    if (r.tcbInfoIssueDate !== undefined) out.tcbInfoIssueDate = r.tcbInfoIssueDate;
    if (r.qeIdentityIssueDate !== undefined) out.qeIdentityIssueDate = r.qeIdentityIssueDate;
    if (r.collateralExpiry !== undefined) out.collateralExpiry = r.collateralExpiry;
    if (r.bodyKind !== undefined && r.bodyOffset !== undefined && r.bodySize !== undefined) {
      // The core parsed the quote and said where its body is: decode the
      // report from one copy of the body rather than parsing the quote again.
      const body = Buffer.from(quote.subarray(r.bodyOffset, r.bodyOffset + r.bodySize));
      if (r.bodyKind === 1) {
        out.enclaveReport = decodeEnclaveReport(body);
      } else {
        out.tdReport = decodeTdReport(body, r.bodyKind === 3);
        out.mrTd = out.tdReport.mrTd.toString('hex');
      }
    }
    return out;
  }

  clearCaches(): void {
    this.core.clearCaches();
  }

  cacheSizes(): { collateral: number; pck: number } {
    return this.core.cacheSizes();
  }
}
