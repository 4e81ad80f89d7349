/**
 * How `tessera run` verifies joins (admission, on the leader) and makes its
 * own quote (attestor, when it joins): the one place src/attest is plugged
 * into the seat process.
 *
 * Interim (until src/attest's AdmissionController, NonceIssuer and
 * reportDataFor land, which replace this file's helpers one for one): the
 * admission runs the real DCAP verification (QuoteVerifier) and the policy
 * checks of [admission], but only with provider "simulated", whose
 * collateral the simulated PKI makes locally; with provider "tdx" the seat
 * has no admission yet and refuses joins with ADMISSION_UNAVAILABLE.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { SimulatedQuoteProvider } from '../attest/simulated/index.js';
import { QuoteVerifier } from '../attest/verify.js';
import type { SeatConfig } from '../config/index.js';
import { blake3DeriveKey } from '../hash/index.js';
import type { AdmissionVerdict, JoinRequest, PeerAddress, SeatAdmission } from './ports.js';
import type { JoinAttestor, SeatProcessOptions } from './seat-process.js';

/** BLAKE3 derive-key context of a join quote's REPORTDATA[0..32) (TDX.md §5). */
export const joinReportDataContext = 'tessera 2026-11 join report data';
export const nonceBytes = 32;
export const nonceTtlMs = 60_000;
/** Outstanding nonces; the oldest is dropped beyond this (a flood cannot grow memory). */
export const noncesOutstandingMax = 1024;

/**
 * REPORTDATA for a join: [0..32) = BLAKE3-derive(context, keyId || fingerprint || nonce), [32..64) = 0.
 * The key id is itself a BLAKE3 digest of the node key's SPKI, so binding it binds the key.
 */
export function joinReportData(keyIdHex: string, fingerprint: Uint8Array, nonce: Uint8Array): Buffer {
  const digest = blake3DeriveKey(joinReportDataContext, Buffer.concat([Buffer.from(keyIdHex, 'hex'), fingerprint, nonce]));
  const out = Buffer.alloc(64);
  digest.copy(out, 0, 0, 32);
  return out;
}

interface IssuedNonce {
  readonly keyId: string;
  readonly expiresAtMs: number;
}

/** Single-use nonces bound to the key they were issued to. */
export class JoinNonces {
  private readonly issued = new Map<string, IssuedNonce>();
  constructor(private readonly nowMs: () => number = Date.now) {}

  issue(keyId: string): Uint8Array {
    const nonce = randomBytes(nonceBytes);
    if (this.issued.size >= noncesOutstandingMax) this.issued.delete(this.issued.keys().next().value as string);
    this.issued.set(nonce.toString('hex'), { keyId, expiresAtMs: this.nowMs() + nonceTtlMs });
    return nonce;
  }

  /** Consumes `nonce`: undefined when good, else the refusal reason. */
  take(nonce: Uint8Array, keyId: string): 'NONCE_UNKNOWN' | 'NONCE_REPLAYED' | undefined {
    const key = Buffer.from(nonce).toString('hex');
    const n = this.issued.get(key);
    if (n === undefined) return this.spent.has(key) ? 'NONCE_REPLAYED' : 'NONCE_UNKNOWN';
    this.issued.delete(key);
    this.remember(key);
    if (n.keyId !== keyId || n.expiresAtMs < this.nowMs()) return 'NONCE_UNKNOWN';
    return undefined;
  }

  private readonly spent = new Set<string>();
  private remember(key: string): void {
    if (this.spent.size >= noncesOutstandingMax) this.spent.delete(this.spent.values().next().value as string);
    this.spent.add(key);
  }
}

/** The leader's admission with simulated attestation: DCAP verification under the simulated root, then the [admission] policy. */
export class SimulatedAdmission implements SeatAdmission {
  private readonly nonces: JoinNonces;
  private readonly verifier: QuoteVerifier;

  constructor(
    private readonly config: SeatConfig,
    private readonly provider: SimulatedQuoteProvider,
    rootDer: Uint8Array,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.nonces = new JoinNonces(nowMs);
    this.verifier = new QuoteVerifier({ trustedRootDer: rootDer });
  }

  issueNonce(member: PeerAddress): Uint8Array {
    return this.nonces.issue(member.keyId);
  }

  async verifyJoin(request: JoinRequest): Promise<AdmissionVerdict> {
    const refuse = (reason: string, message: string): AdmissionVerdict => ({ admitted: false, reason, message });
    const nonceProblem = this.nonces.take(request.nonce, request.member.keyId);
    if (nonceProblem !== undefined) return refuse(nonceProblem, nonceProblem === 'NONCE_REPLAYED' ? 'this nonce was already used' : 'this leader did not issue this nonce to this key (or it expired)');
    const atUnix = Math.floor(this.nowMs() / 1000);
    const v = this.verifier.verify(request.quote, this.provider.collateral(atUnix), { atUnix, allowDebug: this.config.admission.allowDebug, allowServiceTd: this.config.admission.allowServiceTd });
    if (!v.verified) return refuse(v.reason === 'TD_DEBUG' || String(v.reason).includes('DEBUG') ? 'DEBUG_TD' : 'QUOTE_INVALID', `${v.reason ?? 'unverified'}: ${v.item ?? ''} ${v.message ?? ''}`.trim());
    const mrTd = v.mrTd ?? '';
    if (!this.config.admission.mrtd.includes(mrTd)) return refuse('MRTD_MISMATCH', `MR_TD ${mrTd} is not one of admission.mrtd`);
    if (v.status === undefined || !(this.config.admission.tcbStatus as readonly string[]).includes(v.status)) {
      return refuse('TCB_STATUS', `TCB status ${v.status ?? 'unknown'} is not accepted (admission.tcb_status = ${this.config.admission.tcbStatus.join(', ')})`);
    }
    // The join's key must be the one the quote binds (with the fingerprint and the nonce).
    const reportData = v.tdReport?.reportData;
    const expected = joinReportData(request.member.keyId, this.config.identity.fingerprint, request.nonce);
    if (reportData === undefined || !Buffer.from(reportData).equals(expected)) {
      return refuse('REPORT_DATA_MISMATCH', 'the quote does not bind this node key, this organism fingerprint and this nonce');
    }
    return {
      admitted: true,
      record: { mrTd, tcbStatus: v.status, quoteDigest: createHash('sha256').update(request.quote).digest('hex'), verifiedAtMs: this.nowMs(), simulated: true },
    };
  }
}

function simulatedProvider(config: SeatConfig, provider: unknown): SimulatedQuoteProvider | undefined {
  return config.attestation.provider === 'simulated' && provider instanceof SimulatedQuoteProvider ? provider : undefined;
}

export const runAttestation: Pick<SeatProcessOptions, 'admission' | 'attestor'> = {
  admission: ({ config, provider }) => {
    const sim = simulatedProvider(config, provider);
    if (sim === undefined) return undefined;
    // Trust the roots the config names; with none, this host's own simulated root (a shared simulated_dir).
    const root = config.attestation.simulatedRoots.length > 0 ? readFileSync(config.attestation.simulatedRoots[0]!) : sim.rootCertificateDer();
    return new SimulatedAdmission(config, sim, root);
  },
  attestor: ({ provider }): JoinAttestor => ({
    quote: (nodeKey, fingerprint, nonce) => provider.quote(joinReportData(nodeKey.keyId, fingerprint, nonce)),
  }),
};
