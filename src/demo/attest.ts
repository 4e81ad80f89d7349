/**
 * Simulated TDX for the demo committee: each seat gets a quote from the
 * simulated provider (report_data binds its node key id and the organism
 * fingerprint), the verifier checks it against the simulated root (trusted
 * only because the demo names it), and the leader commits the result as an
 * attestation record in the replicated state. Everything here says
 * `simulated`: it proves the wiring, not a TD.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuoteVerifier, SimulatedQuoteProvider } from '../attest/index.js';
import { blake3 } from '../hash/index.js';
import { encodeCommand, type AttestationRecord } from '../organism/index.js';
import type { OrganismCommittee } from './committee.js';

export interface SeatAttestation {
  readonly seat: number;
  readonly verified: boolean;
  readonly simulated: boolean;
  readonly mrtd: string;
  readonly tcbStatus: string;
  readonly reason: string;
}

export class SimulatedAttestation {
  readonly #dir: string;
  readonly #provider: SimulatedQuoteProvider;
  readonly #verifier: QuoteVerifier;

  constructor() {
    this.#dir = mkdtempSync(join(tmpdir(), 'tessera-demo-tdx-'));
    // A recognisable MR_TD (the demo pins nothing; a real seat pins the image's MR_TD in [admission]).
    this.#provider = SimulatedQuoteProvider.open({ stateDir: this.#dir, td: { mrTd: blake3(Buffer.from('tessera demo image', 'utf8'), 48) } });
    this.#verifier = new QuoteVerifier({ trustedRootDer: this.#provider.rootCertificateDer() });
  }

  /** Quotes and verifies every running seat, then commits the records through the leader. */
  async attest(committee: OrganismCommittee, fingerprintHex: string): Promise<SeatAttestation[]> {
    const nowMs = Date.now();
    const collateral = this.#provider.collateral(Math.floor(nowMs / 1000));
    const out: SeatAttestation[] = [];
    const records: AttestationRecord[] = [];
    for (const id of committee.runningIds()) {
      const keyId = committee.founders[id - 1]!.keyId;
      const reportData = Buffer.alloc(64);
      blake3(Buffer.concat([Buffer.from(keyId, 'hex'), Buffer.from(fingerprintHex, 'hex')])).copy(reportData);
      const quote = this.#provider.getQuote(reportData);
      const v = this.#verifier.verify(quote, collateral, { atUnix: Math.floor(nowMs / 1000) });
      const bound = v.tdReport !== undefined && Buffer.from(v.tdReport.reportData).equals(reportData);
      const verified = v.verified && bound;
      const reason = verified ? '' : (v.reason ?? (bound ? 'unverified' : 'report_data does not bind the seat key'));
      out.push({ seat: id, verified, simulated: v.simulated, mrtd: v.mrTd ?? '', tcbStatus: v.status ?? '', reason });
      records.push({ nodeId: keyId, mrtd: v.mrTd ?? '0'.repeat(96), tcbStatus: v.status ?? 'Unknown', quoteDigest: blake3(quote), at: nowMs, verified, reason });
    }
    const leader = committee.leader();
    if (leader !== undefined) for (const record of records) await leader.seat.propose(encodeCommand({ kind: 'attestation', record }));
    return out;
  }

  close(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
