/**
 * The leader's re-attestation bookkeeping, pure (no clock, no timers, no
 * I/O: every call takes the time): who is due for a fresh quote, what the
 * latest outcome says about each member (the `member_tdx_attested` gauge),
 * and whether a refusal removes the member (admission.remove_unattested).
 *
 * Rules:
 * - every member is due once per interval after its last verified quote;
 *   a member first seen with a recent attestation record (just admitted)
 *   is due an interval after that record's time; any other newcomer (a new
 *   leader's view of the committee, a founder) is due at once;
 * - collateral refreshed: everyone is due at once;
 * - verified: attested, due again an interval later;
 * - refused by the policy: not attested at once, retried after retryMs,
 *   and removed when the policy says so, unless the reason is the
 *   verifier's own (its collateral expired, too old or unavailable: removing
 *   members for that would empty the committee) or transient (a nonce
 *   problem, which a retry with a new nonce clears);
 * - unreachable (no quote came back): retried after retryMs; not attested
 *   once no quote has verified for a whole interval plus a retry (a member
 *   that cannot be asked cannot prove anything), never removed for it.
 */
import type { NodeId } from '../raft/index.js';

export interface ReattestationScheduleOptions {
  /** How often each member re-quotes (attestation.reattest_interval_s). */
  readonly intervalMs: number;
  /** After a failed attempt, try again this soon (default interval / 4, within 1 s .. 5 min). */
  readonly retryMs?: number;
  /** admission.remove_unattested. */
  readonly removeUnattested: boolean;
}

/** A member as the schedule needs it. */
export interface ScheduledMember {
  readonly id: NodeId;
  /** When its admission record was verified (ms), if it has one. */
  readonly verifiedAtMs?: number;
}

export type ReattestOutcome =
  | { readonly kind: 'verified' }
  | { readonly kind: 'refused'; readonly reason: string; readonly message: string }
  | { readonly kind: 'unreachable'; readonly message: string };

export interface ReattestDecision {
  /** The gauge value after this outcome. */
  readonly attested: boolean;
  /** The leader should remove the member now. */
  readonly remove: boolean;
  /** The gauge changed with this outcome (worth an info/warn log line). */
  readonly changed: boolean;
}

/** Refusals that say nothing against the member: never a reason to remove it. */
export const reattestNonRemovingReasons: ReadonlySet<string> = new Set([
  'COLLATERAL_EXPIRED',
  'COLLATERAL_TOO_OLD',
  'COLLATERAL_UNAVAILABLE',
  'NONCE_UNKNOWN',
  'NONCE_EXPIRED',
  'NONCE_REPLAYED',
  'QUOTE_REPLAYED',
  'REATTEST_UNREACHABLE',
]);

interface MemberState {
  nextDueMs: number;
  inFlight: boolean;
  attested: boolean | undefined;
  lastVerifiedMs: number | undefined;
  /** When this schedule started tracking the member. */
  sinceMs: number;
}

export class ReattestationSchedule {
  readonly intervalMs: number;
  readonly retryMs: number;
  private readonly removeUnattested: boolean;
  private readonly members = new Map<NodeId, MemberState>();

  constructor(o: ReattestationScheduleOptions) {
    if (!Number.isSafeInteger(o.intervalMs) || o.intervalMs < 1) throw new RangeError(`re-attestation interval ${o.intervalMs} ms is not a positive integer`);
    this.intervalMs = o.intervalMs;
    this.retryMs = o.retryMs ?? Math.min(300_000, Math.max(Math.min(1_000, o.intervalMs), Math.floor(o.intervalMs / 4)));
    if (!Number.isSafeInteger(this.retryMs) || this.retryMs < 1) throw new RangeError(`re-attestation retry ${this.retryMs} ms is not a positive integer`);
    this.removeUnattested = o.removeUnattested;
  }

  /** Tracks exactly `members` (the committee now); newcomers are scheduled per the rules above. */
  sync(members: readonly ScheduledMember[], nowMs: number): void {
    const ids = new Set(members.map((m) => m.id));
    for (const id of [...this.members.keys()]) if (!ids.has(id)) this.members.delete(id);
    for (const m of members) {
      if (this.members.has(m.id)) continue;
      const recent = m.verifiedAtMs !== undefined && m.verifiedAtMs <= nowMs && nowMs - m.verifiedAtMs < this.intervalMs;
      this.members.set(m.id, {
        nextDueMs: recent ? (m.verifiedAtMs as number) + this.intervalMs : nowMs,
        inFlight: false,
        attested: recent ? true : undefined,
        lastVerifiedMs: recent ? m.verifiedAtMs : undefined,
        sinceMs: nowMs,
      });
    }
  }

  /** Forget everything (this seat stopped leading; the next leader starts over). */
  reset(): void {
    this.members.clear();
  }

  /** Members due now, marked in flight (each is reported back through record()). Sorted by id. */
  takeDue(nowMs: number): NodeId[] {
    const out: NodeId[] = [];
    for (const [id, s] of this.members) {
      if (!s.inFlight && s.nextDueMs <= nowMs) {
        s.inFlight = true;
        out.push(id);
      }
    }
    return out.sort((a, b) => a - b);
  }

  /** Collateral was refreshed: every member re-quotes at once (its TCB may be judged differently now). */
  collateralRefreshed(nowMs: number): void {
    for (const s of this.members.values()) s.nextDueMs = Math.min(s.nextDueMs, nowMs);
  }

  /** The outcome of the attempt for `id`; undefined when `id` is no longer tracked (reset or removed meanwhile). */
  record(id: NodeId, outcome: ReattestOutcome, nowMs: number): ReattestDecision | undefined {
    const s = this.members.get(id);
    if (s === undefined) return undefined;
    const before = s.attested;
    s.inFlight = false;
    let remove = false;
    switch (outcome.kind) {
      case 'verified':
        s.attested = true;
        s.lastVerifiedMs = nowMs;
        s.nextDueMs = nowMs + this.intervalMs;
        break;
      case 'refused':
        s.attested = false;
        s.nextDueMs = nowMs + this.retryMs;
        remove = this.removeUnattested && !reattestNonRemovingReasons.has(outcome.reason);
        break;
      case 'unreachable': {
        s.nextDueMs = nowMs + this.retryMs;
        const since = s.lastVerifiedMs ?? s.sinceMs;
        if (nowMs - since >= this.intervalMs + this.retryMs) s.attested = false;
        break;
      }
    }
    return { attested: s.attested ?? false, remove, changed: before !== s.attested };
  }

  /** The gauge for `id`: undefined when this schedule has no outcome for it yet. */
  attested(id: NodeId): boolean | undefined {
    return this.members.get(id)?.attested;
  }

  /** When the next member falls due (ms), or undefined when none is waiting. */
  nextDueMs(): number | undefined {
    let min: number | undefined;
    for (const s of this.members.values()) if (!s.inFlight && (min === undefined || s.nextDueMs < min)) min = s.nextDueMs;
    return min;
  }

  get size(): number {
    return this.members.size;
  }
}
