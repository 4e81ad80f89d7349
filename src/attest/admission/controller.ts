import type { SeatConfig } from '../../config/index.js';
import type { DcapCollateral } from '../collateral/types.js';
import { QuoteVerifier, type QuoteVerification, type TcbStatus } from '../verify.js';
import { NonceIssuer } from './nonces.js';
import { quoteDigest, reportDataFor } from './report-data.js';

/** Every reason an admission is refused: ONE list (a metric label set). */
export const ADMISSION_REFUSAL_REASONS = [
  'QUOTE_NOT_VERIFIED',
  'NOT_TDX',
  'SIMULATED_ROOT',
  'TCB_STATUS_NOT_ACCEPTED',
  'COLLATERAL_TOO_OLD',
  'DEBUG_TD',
  'SERVICE_TD',
  'MRTD_NOT_PINNED',
  'RTMR_MISMATCH',
  'NONCE_UNKNOWN',
  'NONCE_EXPIRED',
  'REPORT_DATA_MISMATCH',
  'QUOTE_REPLAYED',
  'NONCE_REPLAYED',
  'COLLATERAL_EXPIRED',
  'COLLATERAL_UNAVAILABLE',
] as const;
export type AdmissionRefusalReason = (typeof ADMISSION_REFUSAL_REASONS)[number];

/** Verifier reasons that mean the verifier's own collateral (not the quote) is past its nextUpdate: the operator refreshes it. */
const collateralExpiredReasons: ReadonlySet<string> = new Set(['TCB_INFO_EXPIRED', 'QE_IDENTITY_EXPIRED', 'CRL_EXPIRED']);

export interface AdmissionPolicy {
  /** Accepted MR_TD values, lowercase hex (96 digits). */
  mrtd: readonly string[];
  /** Per RTMR index, accepted values; undefined = any. */
  rtmr: readonly (readonly string[] | undefined)[];
  tcbStatus: readonly TcbStatus[];
  allowDebug: boolean;
  allowServiceTd: boolean;
  collateralAgeMaxS: number;
  /** Accept quotes verified under a caller-given (simulated) root: development only. */
  allowSimulated: boolean;
}

/** The policy a seat config's [admission] section states. */
export function admissionPolicyFromConfig(admission: SeatConfig['admission'], allowSimulated = false): AdmissionPolicy {
  return {
    mrtd: admission.mrtd.map((m) => m.toLowerCase()),
    rtmr: [admission.rtmr0, admission.rtmr1, admission.rtmr2, admission.rtmr3].map((l) => l?.map((v) => v.toLowerCase())),
    tcbStatus: [...admission.tcbStatus],
    allowDebug: admission.allowDebug,
    allowServiceTd: admission.allowServiceTd,
    collateralAgeMaxS: admission.collateralAgeMaxS,
    allowSimulated,
  };
}

export interface AdmissionBinding {
  /** The member's node public key, SPKI DER. */
  nodePublicKey: Uint8Array;
  /** The organism fingerprint, 32 bytes. */
  fingerprint: Uint8Array;
  /** The nonce this verifier issued for this admission. */
  nonce: Uint8Array;
}

export interface AdmittedRecord {
  mrTd: string;
  tcbStatus: TcbStatus;
  advisoryIds: string[];
  quoteDigest: string;
  admittedAtUnix: number;
  simulated: boolean;
}

export type AdmissionResult =
  | { admitted: true; record: AdmittedRecord }
  | { admitted: false; reason: AdmissionRefusalReason; message: string; verification?: QuoteVerification };

export interface AdmissionControllerOptions {
  policy: AdmissionPolicy;
  verifier: QuoteVerifier;
  nonces: NonceIssuer;
  /** Unix seconds (default: the system clock). */
  clock?: () => number;
  /** Quote digests remembered against replay (default 65536). */
  seenQuotesMax?: number;
}

/**
 * Decides whether a member may hold a seat: the quote verifies (DCAP), is a
 * TDX quote, its TCB status is accepted, its collateral is recent enough,
 * the TD is not DEBUG nor bound to a service TD (unless allowed), its MR_TD
 * is pinned and its RTMRs match their pins, and REPORTDATA binds the
 * member's key, the organism and a fresh nonce of ours. A quote is admitted
 * at most once (its digest is remembered), and each nonce is used once
 * (a second use is NONCE_REPLAYED).
 */
export class AdmissionController {
  private readonly policy: AdmissionPolicy;
  private readonly verifier: QuoteVerifier;
  private readonly nonces: NonceIssuer;
  private readonly clock: () => number;
  private readonly seenMax: number;
  private readonly seen = new Set<string>();

  constructor(o: AdmissionControllerOptions) {
    this.policy = o.policy;
    this.verifier = o.verifier;
    this.nonces = o.nonces;
    this.clock = o.clock ?? (() => Math.floor(Date.now() / 1000));
    this.seenMax = o.seenQuotesMax ?? 65_536;
  }

  /** A nonce for a member to bind into its next quote. */
  issueNonce(): Buffer {
    return this.nonces.issue();
  }

  admit(quote: Uint8Array, collateral: DcapCollateral, binding: AdmissionBinding): AdmissionResult {
    const now = this.clock();
    const digest = quoteDigest(quote);
    if (this.seen.has(digest)) return refuse('QUOTE_REPLAYED', `quote ${digest.slice(0, 16)}... was already presented`);
    const p = this.policy;
    const v = this.verifier.verify(quote, collateral, { atUnix: now, allowDebug: p.allowDebug, allowServiceTd: p.allowServiceTd });
    if (!v.verified) {
      const reason = v.reason === 'TD_DEBUG' ? 'DEBUG_TD' : v.reason === 'TD_SERVICE_TD_PRESENT' ? 'SERVICE_TD' : collateralExpiredReasons.has(v.reason ?? '') ? 'COLLATERAL_EXPIRED' : 'QUOTE_NOT_VERIFIED';
      return refuse(reason, `the quote does not verify: ${v.message ?? ''} [${v.reason ?? ''}]`, v);
    }
    if (v.tee !== 'tdx' || v.tdReport === undefined || v.mrTd === undefined) return refuse('NOT_TDX', 'only TDX quotes are admitted (this is an SGX quote)', v);
    if (v.simulated && !p.allowSimulated) return refuse('SIMULATED_ROOT', 'the quote verified only under a simulated root, not Intel\'s', v);
    if (v.status === undefined || !p.tcbStatus.includes(v.status)) {
      return refuse('TCB_STATUS_NOT_ACCEPTED', `TCB status ${v.status ?? '?'} is not accepted (policy: ${p.tcbStatus.join(', ')}); advisories: ${v.advisoryIds.join(', ') || 'none'}`, v);
    }
    const issued = Math.min(v.tcbInfoIssueDate ?? 0, v.qeIdentityIssueDate ?? 0);
    if (now - issued > p.collateralAgeMaxS) {
      return refuse('COLLATERAL_TOO_OLD', `the collateral was issued ${now - issued} s ago (policy: at most ${p.collateralAgeMaxS} s)`, v);
    }
    if ((v.tdReport.tdAttributes & 1n) === 1n && !p.allowDebug) return refuse('DEBUG_TD', 'the TD has DEBUG set', v);
    if (!p.mrtd.includes(v.mrTd)) return refuse('MRTD_NOT_PINNED', `MR_TD ${v.mrTd} is not in the pinned list`, v);
    for (let i = 0; i < 4; i++) {
      const pins = p.rtmr[i];
      const value = v.tdReport.rtmr[i]!.toString('hex');
      if (pins !== undefined && !pins.includes(value)) return refuse('RTMR_MISMATCH', `RTMR${i} ${value} is not one of its pinned values`, v);
    }
    const expected = reportDataFor(binding.nodePublicKey, binding.fingerprint, binding.nonce);
    if (!expected.equals(v.tdReport.reportData)) {
      return refuse('REPORT_DATA_MISMATCH', 'REPORTDATA does not bind this node key, organism fingerprint and nonce', v);
    }
    // Last, so that a stranger cannot burn a member's nonce with a bad quote.
    const nonce = this.nonces.redeem(binding.nonce);
    if (!nonce.ok) return refuse(nonce.reason, nonce.message, v);
    this.remember(digest);
    return {
      admitted: true,
      record: { mrTd: v.mrTd, tcbStatus: v.status, advisoryIds: v.advisoryIds, quoteDigest: digest, admittedAtUnix: now, simulated: v.simulated },
    };
  }

  private remember(digest: string): void {
    if (this.seen.size >= this.seenMax) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    this.seen.add(digest);
  }
}

function refuse(reason: AdmissionRefusalReason, message: string, verification?: QuoteVerification): AdmissionResult {
  return verification === undefined ? { admitted: false, reason, message } : { admitted: false, reason, message, verification };
}
