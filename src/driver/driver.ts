/**
 * UpstreamDriver: the seat leader's subscriptions to the surfaces of the
 * members it spans. For each member, one loop:
 *
 *   pick the next endpoint (rotation) → Status (discovery) → identity check
 *   (checkUpstreamIdentity; drift = event and no observation) → Subscribe
 *   from cursorOf(member, "facts") + 1 → every record becomes an Observe
 *   candidate handed to the sink, in order, awaited (backpressure) →
 *   on any failure: full-jitter backoff, and after darkAfterAttempts failures
 *   in a row the member is reported dark; retries never stop.
 *
 * A subscription that stays silent for idleProbeMs is probed (Status on its
 * endpoint, and on the next one): an endpoint that does not answer (a hung
 * process keeps its TCP connection open), answers stale (no quorum there) or
 * is behind another endpoint is left for the next one, so a member with
 * several endpoints (the seats of an organism) is not held up by one seat.
 *
 * The cursor always comes from the committed state, never from what this
 * driver emitted: a candidate the leader failed to commit is read again,
 * and the organism ignores a duplicate evidence pointer, so nothing is lost
 * and nothing counts twice. Only the leader runs a driver.
 */
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';
import type { EvidencePointer } from '../common/fact.js';
import { checkUpstreamIdentity } from '../config/identity.js';
import type { SpannedMember } from '../config/seat-config.js';
import { factsStream, recordDigest, surfaceMetadataKeys, type RetirementMarker, type SurfaceStatus } from '../surface/index.js';
import { MemberTicketFiles } from '../ticket/index.js';
import { backoffDefault, backoffDelayMs, checkBackoffPolicy, type BackoffPolicy } from './backoff.js';
import { connectSurface, systemClock, systemTimers, type ConnectUpstream, type DriverClock, type DriverTimers, type UpstreamSubscription } from './ports.js';

/** What the leader proposes as an Observe: an evidence pointer and the key the record belongs to. */
export interface ObserveCandidate extends EvidencePointer {
  readonly key: string;
}

export interface Ticket {
  readonly bytes: Uint8Array;
  /** ms since the epoch. */
  readonly expiresAtMs: number;
}

export type MemberState = 'connecting' | 'subscribed' | 'backoff' | 'drift' | 'retired' | 'stopped';

export type DriverEvent =
  /** upstreamLastSequence: the upstream's last sequence by the Status just before (what this subscription has to read to be caught up). */
  | { readonly type: 'subscribed'; readonly member: string; readonly endpoint: string; readonly fromSequence: number; readonly upstreamLastSequence: number }
  | { readonly type: 'attempt-failed'; readonly member: string; readonly endpoint: string; readonly failures: number; readonly delayMs: number; readonly error: TesseraError }
  | { readonly type: 'dark'; readonly member: string; readonly failures: number }
  | { readonly type: 'recovered'; readonly member: string; readonly endpoint: string }
  | { readonly type: 'identity-drift'; readonly member: string; readonly endpoint: string; readonly error: TesseraError }
  | { readonly type: 'cursor-compacted'; readonly member: string; readonly stream: string; readonly sequence: number; readonly firstSequence: number }
  | { readonly type: 'upstream-retired'; readonly member: string; readonly marker: RetirementMarker }
  /** A silent subscription was probed and its endpoint left: unresponsive, stale or behind another endpoint (error.code says which). */
  | { readonly type: 'endpoint-left'; readonly member: string; readonly endpoint: string; readonly error: TesseraError }
  | { readonly type: 'ticket-unreadable'; readonly member: string; readonly error: TesseraError };

/** One spanned member as seen by the driver (for status, metrics and the CLI). Never aggregated across members. */
export interface MemberReport {
  readonly name: string;
  readonly stableId: string;
  readonly state: MemberState;
  readonly dark: boolean;
  readonly drift: boolean;
  readonly endpoint: string | undefined;
  readonly consecutiveFailures: number;
  /** Connected upstream peers (0 or 1: one subscription per member). */
  readonly upstreamPeers: number;
  /** Highest sequence received in this process (0: none). */
  readonly lastSequence: number;
  /** Records the upstream has that we have not received (from its Status and what arrived since). */
  readonly lagEvents: number;
  /** now − the upstream's commit time of the last record received; undefined before one. */
  readonly lagSeconds: number | undefined;
  /** Seconds left on the ticket presented to it; undefined without one; negative once expired. */
  readonly ticketSecondsToExpiry: number | undefined;
}

export interface UpstreamDriverOptions {
  readonly members: readonly SpannedMember[];
  /** The committed cursor: the highest sequence of (member, stream) whose Observe is committed, 0 for none. */
  readonly cursorOf: (member: string, stream: string) => number;
  /** Receives candidates in upstream order; awaited before the next is read. */
  readonly sink: (candidate: ObserveCandidate) => void | Promise<void>;
  /** The ticket to present to a member, read at each attempt (so a rotated file is picked up). Default: its [[member]] ticket file (src/ticket MemberTicketFiles). */
  readonly ticketOf?: (member: SpannedMember) => Ticket | undefined;
  readonly onEvent?: (event: DriverEvent) => void;
  readonly backoff?: Partial<BackoffPolicy>;
  /** Deadline of Status calls to an upstream. Default 10 s. */
  readonly connectTimeoutMs?: number;
  /**
   * A subscription that received nothing for this long is probed: Status on
   * its endpoint (and on the next endpoint, when there are several). It is
   * left when that endpoint does not answer within connectTimeoutMs, reports
   * itself stale, has records it did not send, or is behind the next endpoint.
   * Default 10 s; 0 never probes. Time spent in the sink does not count.
   */
  readonly idleProbeMs?: number;
  readonly connect?: ConnectUpstream;
  readonly clock?: DriverClock;
  readonly timers?: DriverTimers;
  readonly random?: () => number;
}

interface MemberLoop {
  readonly member: SpannedMember;
  state: MemberState;
  failures: number;
  dark: boolean;
  drift: boolean;
  rotation: number;
  endpoint: string | undefined;
  /** The content hash learned from the first Status when the config pins none. */
  learnedContentHash: string | undefined;
  lastSequence: number;
  upstreamLastSequence: number;
  lastRecordAtMs: number | undefined;
  subscription: UpstreamSubscription | undefined;
  /** Clock when the current subscription last delivered a record, opened, or the sink returned. */
  lastActivityMs: number;
  /** In the sink (backpressure from the proposer): silence then is ours, not the upstream's. */
  inSink: boolean;
  /** Why the idle probe cancelled the current subscription. */
  left: TesseraError | undefined;
  wake: (() => void) | undefined;
  timer: unknown;
  done: Promise<void> | undefined;
}

/** Statuses that mean "the upstream is there but refuses this": not a transport failure. */
const compactedCode = 'SURFACE_SEQUENCE_COMPACTED';

export const idleProbeDefaultMs = 10_000;

export class UpstreamDriver {
  readonly #options: UpstreamDriverOptions;
  readonly #policy: BackoffPolicy;
  readonly #connect: ConnectUpstream;
  readonly #clock: DriverClock;
  readonly #timers: DriverTimers;
  readonly #random: () => number;
  readonly #ticketOf: (member: SpannedMember) => Ticket | undefined;
  readonly #loops: MemberLoop[];
  readonly #idleProbeMs: number;
  #started = false;
  #stopped = false;

  constructor(options: UpstreamDriverOptions) {
    this.#options = options;
    this.#policy = { ...backoffDefault, ...options.backoff };
    checkBackoffPolicy(this.#policy);
    this.#connect = options.connect ?? connectSurface;
    this.#clock = options.clock ?? systemClock;
    this.#timers = options.timers ?? systemTimers;
    this.#random = options.random ?? Math.random;
    this.#idleProbeMs = options.idleProbeMs ?? idleProbeDefaultMs;
    if (!Number.isSafeInteger(this.#idleProbeMs) || this.#idleProbeMs < 0) {
      throw new TesseraError(`driver: idleProbeMs must be a non-negative integer, got ${this.#idleProbeMs}`, 'DRIVER_CONFIG_INVALID');
    }
    this.#ticketOf = options.ticketOf ?? new MemberTicketFiles((member, error) => this.#emit({ type: 'ticket-unreadable', member, error })).ticketOf;
    const ids = new Set<string>();
    this.#loops = options.members.map((member) => {
      if (member.endpoints.length === 0) throw new TesseraError(`driver: member ${member.name} has no endpoint`, 'DRIVER_CONFIG_INVALID', { member: member.name });
      if (ids.has(member.stableId)) throw new TesseraError(`driver: member ${member.name} is spanned twice (${member.stableId})`, 'DRIVER_CONFIG_INVALID', { member: member.name });
      ids.add(member.stableId);
      return {
        member,
        state: 'connecting',
        failures: 0,
        dark: false,
        drift: false,
        rotation: 0,
        endpoint: undefined,
        learnedContentHash: undefined,
        lastSequence: 0,
        upstreamLastSequence: 0,
        lastRecordAtMs: undefined,
        subscription: undefined,
        lastActivityMs: 0,
        inSink: false,
        left: undefined,
        wake: undefined,
        timer: undefined,
        done: undefined,
      };
    });
  }

  start(): void {
    if (this.#started) throw new TesseraError('driver: already started', 'DRIVER_STATE');
    this.#started = true;
    for (const loop of this.#loops) loop.done = this.#run(loop);
  }

  /** Cancels every subscription and pending retry; resolves when every loop has ended. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const loop of this.#loops) {
      loop.subscription?.cancel();
      if (loop.timer !== undefined) this.#timers.clearTimeout(loop.timer);
      loop.wake?.();
    }
    await Promise.all(this.#loops.map((l) => l.done));
  }

  report(): MemberReport[] {
    const now = this.#clock.now();
    return this.#loops.map((l) => {
      const ticket = this.#ticketOf(l.member);
      return {
        name: l.member.name,
        stableId: l.member.stableId,
        state: l.state,
        dark: l.dark,
        drift: l.drift,
        endpoint: l.endpoint,
        consecutiveFailures: l.failures,
        upstreamPeers: l.state === 'subscribed' ? 1 : 0,
        lastSequence: l.lastSequence,
        lagEvents: Math.max(0, l.upstreamLastSequence - l.lastSequence),
        lagSeconds: l.lastRecordAtMs === undefined ? undefined : Math.max(0, (now - l.lastRecordAtMs) / 1000),
        ticketSecondsToExpiry: ticket ? Math.floor((ticket.expiresAtMs - now) / 1000) : undefined,
      };
    });
  }

  #emit(event: DriverEvent): void {
    this.#options.onEvent?.(event);
  }

  async #run(loop: MemberLoop): Promise<void> {
    while (!this.#stopped) {
      const endpoint = loop.member.endpoints[loop.rotation % loop.member.endpoints.length]!;
      loop.rotation++;
      loop.endpoint = endpoint;
      let outcome: { kind: 'retired' } | { kind: 'failed'; error: TesseraError; connected: boolean };
      try {
        outcome = await this.#attempt(loop, endpoint);
      } catch (e) {
        // #attempt reports failures as outcomes; anything thrown here is a bug in a callback (sink, cursorOf).
        outcome = { kind: 'failed', error: e instanceof TesseraError ? e : new TesseraError(`driver: ${String(e)}`, 'DRIVER_INTERNAL'), connected: false };
      }
      loop.subscription = undefined;
      if (this.#stopped) break;
      if (outcome.kind === 'retired') {
        loop.state = 'retired';
        return;
      }
      // A stream that was healthy and then dropped starts a new failure run.
      loop.failures = outcome.connected ? 1 : loop.failures + 1;
      if (loop.failures >= this.#policy.darkAfterAttempts && !loop.dark) {
        loop.dark = true;
        this.#emit({ type: 'dark', member: loop.member.name, failures: loop.failures });
      }
      const delayMs = backoffDelayMs(loop.failures, this.#policy, this.#random);
      if (loop.state !== 'drift') loop.state = 'backoff';
      this.#emit({ type: 'attempt-failed', member: loop.member.name, endpoint, failures: loop.failures, delayMs, error: outcome.error });
      await this.#sleep(loop, delayMs);
    }
    loop.state = 'stopped';
  }

  #sleep(loop: MemberLoop, ms: number): Promise<void> {
    return new Promise((resolve) => {
      loop.wake = () => {
        loop.wake = undefined;
        loop.timer = undefined;
        resolve();
      };
      loop.timer = this.#timers.setTimeout(() => loop.wake?.(), ms);
    });
  }

  #metadata(member: SpannedMember): () => grpc.Metadata | undefined {
    return () => {
      const ticket = this.#ticketOf(member);
      if (!ticket) return undefined;
      const md = new grpc.Metadata();
      md.set(surfaceMetadataKeys.ticket, Buffer.from(ticket.bytes));
      return md;
    };
  }

  async #attempt(loop: MemberLoop, endpoint: string): Promise<{ kind: 'retired' } | { kind: 'failed'; error: TesseraError; connected: boolean }> {
    const member = loop.member;
    const callTimeoutMs = this.#options.connectTimeoutMs ?? 10_000;
    const metadata = this.#metadata(member);
    loop.state = loop.drift ? 'drift' : 'connecting';

    // 1. Who is there? Discovery Status, then the identity rule.
    const discovery = this.#connect(endpoint, '', { metadata, callTimeoutMs });
    let fingerprint: string;
    try {
      const status = await discovery.status();
      const checked = checkUpstreamIdentity(member, { stableId: status.stableId, contentHash: status.contentHash, fingerprint: status.fingerprint });
      let driftError: TesseraError | undefined = checked.ok ? undefined : checked.error;
      if (checked.ok && member.contentHash === undefined) {
        if (loop.learnedContentHash === undefined) loop.learnedContentHash = checked.value.contentHash;
        else if (loop.learnedContentHash !== checked.value.contentHash) {
          driftError = new TesseraError(
            `member ${member.name}: its content hash changed from ${loop.learnedContentHash} to ${checked.value.contentHash}`,
            'UPSTREAM_CONTENT_HASH_CHANGED',
            { member: member.name, contentHash: checked.value.contentHash, learned: loop.learnedContentHash },
          );
        }
      }
      if (driftError) {
        loop.state = 'drift';
        if (!loop.drift) this.#emit({ type: 'identity-drift', member: member.name, endpoint, error: driftError });
        loop.drift = true;
        return { kind: 'failed', error: driftError, connected: false };
      }
      if (!checked.ok) throw checked.error; // unreachable: driftError covers it
      loop.drift = false;
      fingerprint = checked.value.fingerprint;
      loop.upstreamLastSequence = status.lastSequence;
    } catch (e) {
      return { kind: 'failed', error: asError(e, `Status ${endpoint}`), connected: false };
    } finally {
      discovery.close();
    }

    // 2. Subscribe from the committed cursor.
    const client = this.#connect(endpoint, fingerprint, { metadata, callTimeoutMs });
    const from = this.#options.cursorOf(member.stableId, factsStream) + 1;
    let connected = false;
    const priorFailures = loop.failures;
    const priorDark = loop.dark;
    let watchdog: { stop(): void } | undefined;
    /** The first sequence this subscription has not delivered. */
    let next = from;
    loop.left = undefined;
    try {
      const sub = client.subscribe(from);
      loop.subscription = sub;
      loop.state = 'subscribed';
      loop.lastActivityMs = this.#clock.now();
      if (this.#stopped) sub.cancel();
      watchdog = this.#watch(loop, endpoint, fingerprint, sub, () => next);
      this.#emit({ type: 'subscribed', member: member.name, endpoint, fromSequence: from, upstreamLastSequence: loop.upstreamLastSequence });
      // The identity checked out and the stream is open: this member is reachable again.
      connected = true;
      if (loop.dark) {
        loop.dark = false;
        this.#emit({ type: 'recovered', member: member.name, endpoint });
      }
      loop.failures = 0;
      for await (const ev of sub) {
        if (ev.kind === 'retired') {
          this.#emit({ type: 'upstream-retired', member: member.name, marker: ev.marker });
          return { kind: 'retired' };
        }
        const fact = ev.fact;
        loop.lastSequence = Math.max(loop.lastSequence, fact.sequence);
        loop.upstreamLastSequence = Math.max(loop.upstreamLastSequence, fact.sequence);
        loop.lastRecordAtMs = fact.appliedAt;
        next = fact.sequence + 1;
        loop.inSink = true;
        try {
          await this.#options.sink({ member: member.stableId, stream: factsStream, sequence: fact.sequence, digest: recordDigest(fact), key: fact.key });
        } finally {
          loop.inSink = false;
          loop.lastActivityMs = this.#clock.now();
        }
        if (this.#stopped) break;
      }
      if (loop.left !== undefined) return { kind: 'failed', error: loop.left, connected };
      return { kind: 'failed', error: new TesseraError(`Subscribe ${endpoint}: the stream ended`, 'DRIVER_STREAM_ENDED'), connected };
    } catch (e) {
      if (loop.left !== undefined) return { kind: 'failed', error: loop.left, connected };
      const error = asError(e, `Subscribe ${endpoint}`);
      if (error.code === compactedCode) {
        const firstSequence = Number(error.details?.firstSequence ?? 0);
        this.#emit({ type: 'cursor-compacted', member: member.name, stream: factsStream, sequence: from, firstSequence });
        // The cursor cannot advance until an operator acts: the failure run goes on (backoff grows, dark after the limit).
        loop.failures = priorFailures;
        if (priorDark && !loop.dark) {
          loop.dark = true;
          this.#emit({ type: 'dark', member: member.name, failures: priorFailures });
        }
        return { kind: 'failed', error, connected: false };
      }
      return { kind: 'failed', error, connected };
    } finally {
      watchdog?.stop();
      client.close();
    }
  }

  /**
   * The idle probe of one subscription: a timer checks how long it has been
   * silent; at idleProbeMs it asks #probe, and cancels the subscription
   * (recording why in loop.left) when the endpoint should be left.
   */
  #watch(loop: MemberLoop, endpoint: string, fingerprint: string, sub: UpstreamSubscription, nextOf: () => number): { stop(): void } {
    const idleMs = this.#idleProbeMs;
    let timer: unknown;
    let stopped = idleMs === 0;
    const arm = (ms: number): void => {
      if (!stopped) timer = this.#timers.setTimeout(check, Math.max(1, ms));
    };
    const check = (): void => {
      timer = undefined;
      if (stopped || this.#stopped) return;
      const silentMs = this.#clock.now() - loop.lastActivityMs;
      if (loop.inSink || silentMs < idleMs) return arm(loop.inSink ? idleMs : idleMs - silentMs);
      void this.#probe(loop, endpoint, fingerprint, nextOf()).then((left) => {
        if (stopped || this.#stopped) return;
        if (left === undefined) {
          // Quiet but healthy: probe again after another silent period.
          loop.lastActivityMs = this.#clock.now();
          return arm(idleMs);
        }
        loop.left = left;
        this.#emit({ type: 'endpoint-left', member: loop.member.name, endpoint, error: left });
        sub.cancel();
      }).catch(() => arm(idleMs)); // only an onEvent callback can throw here: keep watching
    };
    arm(idleMs);
    return {
      stop: () => {
        stopped = true;
        if (timer !== undefined) this.#timers.clearTimeout(timer);
      },
    };
  }

  /**
   * Should a silent subscription to `endpoint` be left? `next` is the first
   * sequence it has not delivered. Undefined: keep it (the upstream is just quiet).
   */
  async #probe(loop: MemberLoop, endpoint: string, fingerprint: string, next: number): Promise<TesseraError | undefined> {
    const member = loop.member;
    const callTimeoutMs = this.#options.connectTimeoutMs ?? 10_000;
    const metadata = this.#metadata(member);
    const details = { member: member.name, endpoint };
    const statusOf = async (at: string): Promise<SurfaceStatus> => {
      const c = this.#connect(at, fingerprint, { metadata, callTimeoutMs });
      try {
        return await c.status();
      } finally {
        c.close();
      }
    };
    let here: SurfaceStatus;
    try {
      here = await statusOf(endpoint);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return new TesseraError(`member ${member.name}: ${endpoint} sent nothing for ${this.#idleProbeMs} ms and did not answer Status (${why})`, 'DRIVER_UPSTREAM_UNRESPONSIVE', details);
    }
    if (here.freshness.stale) {
      const since = here.freshness.staleSinceMs;
      // staleSinceMs comes off the wire: only a plausible time is printed (toISOString throws past year 275760).
      const when = Number.isSafeInteger(since) && since > 0 && since < 8.64e15 ? ` since ${new Date(since).toISOString()}` : '';
      return new TesseraError(`member ${member.name}: ${endpoint} is stale (no quorum there${when})`, 'DRIVER_UPSTREAM_STALE', details);
    }
    if (here.lastSequence >= next) {
      return new TesseraError(`member ${member.name}: ${endpoint} holds sequence ${here.lastSequence} but sent nothing from ${next} for ${this.#idleProbeMs} ms`, 'DRIVER_UPSTREAM_STALLED', details);
    }
    // Another endpoint of the member (the next in rotation) may be ahead of this one: a seat that lags or halted.
    const endpoints = member.endpoints;
    const peer = endpoints[loop.rotation % endpoints.length]!;
    if (peer === endpoint) return undefined;
    try {
      const there = await statusOf(peer);
      if (!there.freshness.stale && there.lastSequence > here.lastSequence) {
        return new TesseraError(`member ${member.name}: ${endpoint} is at sequence ${here.lastSequence}, ${peer} at ${there.lastSequence}`, 'DRIVER_UPSTREAM_BEHIND', { ...details, peer });
      }
    } catch {
      // The peer does not answer (or is another identity): it is no better; stay.
    }
    return undefined;
  }
}

function asError(e: unknown, what: string): TesseraError {
  return e instanceof TesseraError ? e : new TesseraError(`${what}: ${e instanceof Error ? e.message : String(e)}`, 'DRIVER_UPSTREAM_FAILED');
}
