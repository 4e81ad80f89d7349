/**
 * Re-attestation in a running seat: the member side answers the peer
 * service's Attest call with a fresh quote over the asker's nonce; the
 * leader side, on the schedule of reattestation.ts (attestation.
 * reattest_interval_s, and at once when its collateral store refreshed),
 * asks every member (itself included, locally) for a quote over a nonce of
 * its NonceIssuer, verifies it with the admission policy, counts refusals,
 * commits each new verdict through Raft (Seat.recordReattestation: every
 * seat's `member_tdx_attested` and status read the committed one), and
 * removes a member whose quote is refused when admission.remove_unattested
 * says so.
 */
import type { Logger } from 'pino';

import type { CollateralStore } from '../attest/collateral/index.js';
import type { StateMachine } from '../common/state-machine.js';
import type { SeatConfig } from '../config/index.js';
import type { SeatMetrics } from '../ops/index.js';
import type { AttestHandler } from '../peer/handlers.js';
import { keyIdOf, type NodeKey } from '../peer/node-key.js';
import { GrpcPeerClient } from '../peer/peer-client.js';
import { Role, type NodeId } from '../raft/index.js';
import type { AdmissionVerdict, ReattestationRecord } from './ports.js';
import { ReattestationSchedule, type ReattestOutcome } from './reattestation.js';
import type { Seat, SeatMemberStatus } from './seat.js';

/** Re-attestation refusals that are not the policy's: the member did not answer, or answered with another key. */
export const reattestRefusal = {
  unreachable: 'REATTEST_UNREACHABLE',
  keyMismatch: 'REATTEST_KEY_MISMATCH',
} as const;

/** The leader's verifier: nonces and the admission policy (RunAdmission in run-attestation.ts). */
export interface ReattestVerifier {
  issueNonce(): Uint8Array;
  /** A quote over `nonce` from the member whose node key is `nodePublicKey` (SPKI DER). */
  verify(nodePublicKey: Uint8Array, nonce: Uint8Array, quote: Uint8Array): Promise<AdmissionVerdict>;
}

/** How often the leader looks at the schedule at most (it also wakes when the next member falls due). */
export const reattestPollMsMax = 1_000;
/** How often a "tdx" seat checks its collateral store for a due refresh at most (seconds). */
export const collateralPollSecondsMax = 3_600;

export interface SeatReattestation {
  /** Serves Attest: a fresh quote over the caller's nonce. */
  readonly handler: AttestHandler;
  /** Starts the leader's schedule (and the collateral refresh) against `seat`. */
  start(seat: Seat<StateMachine>): void;
  stop(): void;
  /** This seat's latest verdict on member `id` while it leads; undefined when it has none. */
  attested(id: NodeId): boolean | undefined;
  /** Everyone re-quotes now (called when the collateral store refreshed). */
  collateralRefreshed(): void;
}

export interface ReattestationContext {
  readonly config: SeatConfig;
  readonly nodeKey: NodeKey;
  /** Undefined when this seat cannot verify (it then only answers Attest). */
  readonly verifier: ReattestVerifier | undefined;
  /** Our own quote over `nonce`, bound to our node key and the organism. */
  readonly quoteOwn: (nonce: Uint8Array) => Promise<Uint8Array>;
  /** How often each member re-quotes (ms). */
  readonly intervalMs: number;
  readonly logger: Logger;
  readonly metrics: Pick<SeatMetrics, 'admissionRefused' | 'setCollateralSecondsToExpiry'>;
  /** The "tdx" verifier's collateral (refreshed here; a refresh makes everyone re-quote). */
  readonly collateralStore: CollateralStore | undefined;
  /** Wall clock, ms (tests). */
  readonly nowMs?: () => number;
}

/** The member's latest verified quote time: its admission, or a later verified re-attestation the leader committed. */
function lastVerified(m: SeatMemberStatus): { verifiedAtMs?: number } {
  const times = [m.attestation?.verifiedAtMs, m.reattestation?.verdict === 'verified' ? m.reattestation.atMs : undefined].filter((t): t is number => t !== undefined);
  return times.length === 0 ? {} : { verifiedAtMs: Math.max(...times) };
}

export function reattestationFor(ctx: ReattestationContext): SeatReattestation {
  return new ReattestationService(ctx);
}

class ReattestationService implements SeatReattestation {
  readonly handler: AttestHandler;
  private readonly schedule: ReattestationSchedule;
  private readonly now: () => number;
  private seat: Seat<StateMachine> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private leading = false;
  private stopped = false;
  private quoting: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: ReattestationContext) {
    this.now = ctx.nowMs ?? Date.now;
    this.schedule = new ReattestationSchedule({
      intervalMs: ctx.intervalMs,
      removeUnattested: ctx.config.admission.removeUnattested,
    });
    this.handler = {
      attest: async (request) => {
        // One quote at a time: configfs-tsm serializes anyway, and a burst of asks cannot pile up.
        const quote = this.quoting.then(() => ctx.quoteOwn(request.nonce));
        this.quoting = quote.catch(() => undefined);
        return { quote: await quote, nodePublicKey: ctx.nodeKey.publicKeyDer };
      },
    };
  }

  start(seat: Seat<StateMachine>): void {
    this.seat = seat;
    const store = this.ctx.collateralStore;
    if (store !== undefined) {
      // Collateral the operator put in collateral_dir is held from the start, so its horizon is exported at once.
      const pre = store.preload();
      for (const f of pre.failed) this.ctx.logger.warn({ path: f.path, err: f.error }, 'collateral file not loaded');
      if (pre.loaded.length > 0) this.ctx.logger.info({ fmspc: pre.loaded }, 'collateral loaded');
      this.updateCollateralExpiry();
      store.start(collateralPollSecondsMax, (report) => {
        for (const f of report.failed) this.ctx.logger.warn({ collateral: f.key, err: f.error }, 'collateral refresh failed (the held collateral is kept while valid)');
        this.updateCollateralExpiry();
        if (report.refreshed.length > 0) {
          this.ctx.logger.info({ collateral: report.refreshed }, 'collateral refreshed; every member re-attests');
          this.collateralRefreshed();
        }
      });
    }
    this.arm(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.ctx.collateralStore?.stop();
  }

  attested(id: NodeId): boolean | undefined {
    return this.leading ? this.schedule.attested(id) : undefined;
  }

  collateralRefreshed(): void {
    this.schedule.collateralRefreshed(this.now());
    this.arm(0);
  }

  private arm(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.poll(), Math.max(0, delayMs));
    this.timer.unref();
  }

  private poll(): void {
    try {
      this.pollOnce();
    } catch (e) {
      // A timer callback must not throw (it would end the process): log, and look again later.
      this.ctx.logger.error({ err: e }, 're-attestation round failed');
      this.arm(reattestPollMsMax);
    }
  }

  private pollOnce(): void {
    const seat = this.seat;
    if (seat === undefined || this.stopped) return;
    const st = seat.status();
    const verifier = this.ctx.verifier;
    const leads = st.role === Role.Leader && !st.removed && verifier !== undefined;
    if (leads !== this.leading) {
      this.leading = leads;
      this.schedule.reset();
      if (leads) this.ctx.logger.info({ intervalMs: this.schedule.intervalMs }, 'leading: re-attesting every member on schedule');
    }
    if (leads) {
      const now = this.now();
      this.schedule.sync(st.members.map((m) => ({ id: m.id, ...lastVerified(m) })), now);
      for (const id of this.schedule.takeDue(now)) {
        const member = st.members.find((m) => m.id === id);
        if (member !== undefined && verifier !== undefined) {
          this.attempt(seat, verifier, member).catch((e: unknown) => this.ctx.logger.error({ err: e, memberId: id }, 're-attestation attempt failed'));
        }
      }
    }
    this.updateCollateralExpiry();
    const next = this.schedule.nextDueMs();
    this.arm(next === undefined ? reattestPollMsMax : Math.min(reattestPollMsMax, next - this.now()));
  }

  /** One re-attestation of `member`: nonce, quote (theirs over the wire, ours locally), verification, decision. */
  private async attempt(seat: Seat<StateMachine>, verifier: ReattestVerifier, member: SeatMemberStatus): Promise<void> {
    const { logger, metrics, config, nodeKey } = this.ctx;
    const nonce = verifier.issueNonce();
    let outcome: ReattestOutcome;
    let mrTd: string | undefined;
    let tcbStatus: string | undefined;
    try {
      let quote: Uint8Array;
      let publicKey: Uint8Array;
      if (member.id === seat.id) {
        quote = await this.ctx.quoteOwn(nonce);
        publicKey = nodeKey.publicKeyDer;
      } else {
        const client = new GrpcPeerClient(member.address, {
          nodeKey: config.seat.insecurePlaintext ? undefined : nodeKey,
          expectedKeyId: member.keyId,
          attestationSimulated: config.attestation.provider === 'simulated',
          deadlineMs: config.attestation.quoteTimeoutMs + 5_000,
        });
        try {
          const r = await client.attest({ nonce });
          quote = r.quote;
          publicKey = r.nodePublicKey;
        } finally {
          client.close();
        }
      }
      if (keyIdOf(publicKey) !== member.keyId) {
        outcome = { kind: 'refused', reason: reattestRefusal.keyMismatch, message: `member ${member.id} answered with key ${keyIdOf(publicKey)}, not its admitted key ${member.keyId}` };
      } else {
        const v = await verifier.verify(publicKey, nonce, quote);
        if (v.admitted) {
          outcome = { kind: 'verified' };
          mrTd = v.record.mrTd;
          tcbStatus = v.record.tcbStatus;
        } else {
          outcome = { kind: 'refused', reason: v.reason, message: v.message };
        }
      }
    } catch (e) {
      outcome = { kind: 'unreachable', message: e instanceof Error ? e.message : String(e) };
    }
    const decision = this.schedule.record(member.id, outcome, this.now());
    if (decision === undefined) return; // leadership changed meanwhile
    const log = { memberId: member.id, address: member.address };
    if (outcome.kind === 'verified') {
      if (decision.changed) logger.info({ ...log, mrTd }, 're-attestation verified');
      else logger.debug({ ...log, mrTd }, 're-attestation verified');
    } else if (outcome.kind === 'refused') {
      logger.warn({ ...log, reason: outcome.reason, message: outcome.message }, 're-attestation refused');
      metrics.admissionRefused(outcome.reason);
    } else {
      metrics.admissionRefused(reattestRefusal.unreachable);
      logger.warn({ ...log, reason: reattestRefusal.unreachable, message: outcome.message, attested: decision.attested }, 're-attestation: no quote from the member');
    }
    await this.commitVerdict(seat, member, outcome, decision.attested, mrTd, tcbStatus);
    if (decision.remove) {
      logger.error({ ...log, reason: outcome.kind === 'refused' ? outcome.reason : undefined }, 'removing the member: its re-attestation was refused (admission.remove_unattested = true)');
      try {
        if (member.id === seat.id) await seat.drain();
        else await seat.remove(member.id);
        logger.warn(log, 'member removed for failed re-attestation');
      } catch (e) {
        logger.error({ ...log, err: e }, 'could not remove the member whose re-attestation was refused; retrying on the next refusal');
      }
    }
    this.arm(0);
  }

  /**
   * Commits the verdict through Raft (Seat.recordReattestation), so every
   * seat's member_tdx_attested and `tessera status` show it, when it says
   * something new: the gauge changed, a refusal for another reason, or a
   * verified quote (its time; once per interval). A repeated refusal or an
   * unreachable member that keeps its gauge commits nothing.
   */
  private async commitVerdict(seat: Seat<StateMachine>, member: SeatMemberStatus, outcome: ReattestOutcome, attested: boolean, mrTd: string | undefined, tcbStatus: string | undefined): Promise<void> {
    const committed = seat.memberRecord(member.id)?.reattestation;
    const reason = outcome.kind === 'refused' ? outcome.reason : outcome.kind === 'unreachable' ? reattestRefusal.unreachable : undefined;
    const news = committed === undefined || committed.attested !== attested || outcome.kind === 'verified' || (outcome.kind === 'refused' && committed.reason !== reason);
    if (!news) return;
    const record: ReattestationRecord = {
      atMs: this.now(),
      verdict: outcome.kind,
      attested,
      ...(reason !== undefined ? { reason } : {}),
      ...(mrTd !== undefined ? { mrTd } : {}),
      ...(tcbStatus !== undefined ? { tcbStatus } : {}),
    };
    try {
      await seat.recordReattestation(member.id, member.keyId, record);
    } catch (e) {
      // Not leading any more, or the member left: the next leader re-attests it anyway.
      this.ctx.logger.warn({ err: e, memberId: member.id, verdict: outcome.kind }, 'could not commit the re-attestation verdict');
    }
  }

  private updateCollateralExpiry(): void {
    const left = this.ctx.collateralStore?.earliestExpirySeconds();
    if (left !== undefined) this.ctx.metrics.setCollateralSecondsToExpiry(left);
  }
}
