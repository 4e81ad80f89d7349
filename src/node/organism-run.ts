/**
 * `tessera run` with organism.machine = "organism" (docs/operators/running.md):
 * the wiring between the seat process and the organism.
 *
 *   loadFold(config) → OrganismMachine(organismParamsFromConfig(config, fold))
 *   → OrganismHost (strict evidence mode: an EvidenceResolver over the
 *   spanned members' surfaces, asked by the Seat's preApply hook)
 *   → the Seat replicates host.machine → host.start(seat)
 *   → startSurfaceServer(host) on seat.surface_listen.
 *
 * Stopping: the surface closes (streams end), then the host (driver, evidence
 * retries), and only then the seat. Metrics: one series per spanned member,
 * refreshed every second from the leader's driver (followers subscribe to
 * nothing, so their upstream peer and lag series are absent, not 0), facts
 * counted as they are applied, and the evidence-failure alert
 * (`<org>_apply_halted`) with a log line naming member, stream and sequence.
 */
import type { Logger } from 'pino';

import type { Fact } from '../common/fact.js';
import type { SeatConfig, SpannedMember } from '../config/seat-config.js';
import { EvidenceResolver } from '../driver/index.js';
import { loadFold } from '../fold/index.js';
import type { SeatMetrics } from '../ops/index.js';
import { OrganismMachine, organismParamsFromConfig } from '../organism/index.js';
import { factsStream, startSurfaceServer, type RunningSurface } from '../surface/index.js';
import { surfaceTicketAuthorizer } from '../ticket/index.js';
import { OrganismHost, type HostEvent } from './organism-host.js';
import type { Seat } from './seat.js';

/** How often the per-member series are refreshed. */
export const organismMetricsIntervalMs = 1_000;

export interface OrganismRunOptions {
  readonly config: SeatConfig;
  readonly logger: Logger;
  readonly metrics: SeatMetrics;
  /** The leader's clock (tests); default Date.now. */
  readonly now?: () => number;
}

export class OrganismRun {
  readonly host: OrganismHost;
  readonly machine: OrganismMachine;
  surface: RunningSurface | undefined;
  #metricsTimer: NodeJS.Timeout | undefined;
  #lastSlot = 0;
  readonly #names: Map<string, string>;
  readonly #now: () => number;

  private constructor(
    readonly options: OrganismRunOptions,
    machine: OrganismMachine,
  ) {
    const { config } = options;
    this.machine = machine;
    this.#now = options.now ?? Date.now;
    this.#names = new Map(config.members.map((m) => [m.stableId, m.name]));
    this.host = new OrganismHost({
      machine,
      identity: {
        organism: config.organism.name,
        stableId: config.identity.stableIdHex,
        contentHash: config.identity.contentHashHex,
        fingerprint: config.identity.fingerprintHex,
      },
      members: config.members,
      now: this.#now,
      maxObservesInFlight: config.driver.observationsInflightMax,
      driver: {
        backoff: { baseMs: config.driver.backoffBaseMs, capMs: config.driver.backoffCapMs, darkAfterAttempts: config.driver.darkAfterAttempts },
        connectTimeoutMs: config.driver.connectTimeoutMs,
        idleProbeMs: config.driver.idleProbeMs,
      },
      evidence: { resolver: new EvidenceResolver({ members: config.members, callTimeoutMs: config.driver.connectTimeoutMs }) },
      onEvent: (e) => this.#onEvent(e),
    });
  }

  /** Loads the fold (a pinned module is checked and imported here) and builds machine and host. */
  static async create(options: OrganismRunOptions): Promise<OrganismRun> {
    const fold = await loadFold(options.config);
    return new OrganismRun(options, new OrganismMachine(organismParamsFromConfig(options.config, fold)));
  }

  /** Give these to the Seat. */
  get seatMachine(): OrganismHost['machine'] {
    return this.host.machine;
  }

  get preApply(): OrganismHost['preApply'] {
    return this.host.preApply;
  }

  /** After seat.start(): the host's leadership watch, fact counters, the surface on seat.surface_listen. */
  async serve(seat: Seat): Promise<RunningSurface> {
    const { config, metrics, logger } = this.options;
    // Counters start from the restored state; each fact applied from now on adds one.
    const st = this.machine.status();
    if (st.factsComplete > 0) metrics.factsCommitted('complete', st.factsComplete);
    if (st.factsDegraded > 0) metrics.factsCommitted('degraded', st.factsDegraded);
    this.#lastSlot = this.#slotOf(this.machine.factsFrom(Math.max(0, this.machine.lastSequence()), 1)[0]);
    this.host.onFact((f) => this.#onFact(f));
    this.host.start(seat);
    // acl.public = false: every call must carry an integrator ticket (src/ticket/seat.ts).
    const authorize = surfaceTicketAuthorizer(config, { now: this.#now });
    this.surface = await startSurfaceServer(this.host, { address: config.seat.surfaceListen, ...(authorize ? { authorize } : {}) });
    logger.info({ surfaceListen: config.seat.surfaceListen, port: this.surface.port, fingerprint: config.identity.fingerprintHex, public: config.acl.public }, 'surface up');
    this.refreshMetrics();
    this.#metricsTimer = setInterval(() => this.refreshMetrics(), organismMetricsIntervalMs);
    this.#metricsTimer.unref();
    return this.surface;
  }

  /** The surface first (streams end), then the host (driver, evidence retries); the seat stops after this. */
  async stop(): Promise<void> {
    if (this.#metricsTimer !== undefined) clearInterval(this.#metricsTimer);
    this.#metricsTimer = undefined;
    await this.surface?.close();
    await this.host.stop();
  }

  /** Per spanned member from the leader's driver; absent on a follower. Overdue keys and missed slots. */
  refreshMetrics(): void {
    const { config, metrics, logger } = this.options;
    try {
      // The leader's driver; on a follower, this seat's own evidence view (its subscriptions).
      const reports = new Map((this.host.leading ? this.host.memberReports() : this.host.viewReports()).map((r) => [r.stableId, r]));
      for (const m of config.members) {
        const source = { member: m.name, surface: factsStream };
        const r = reports.get(m.stableId);
        if (r === undefined) {
          metrics.clearSubscription(source);
          continue;
        }
        metrics.setUpstreamPeers(source, r.upstreamPeers);
        metrics.setSubscriptionLag(source, { seconds: Math.max(0, r.lagSeconds ?? 0), events: Math.max(0, r.lagEvents) });
        metrics.setIdentityDrift(m.name, r.drift);
        if (r.ticketSecondsToExpiry !== undefined) metrics.setTicketSecondsToExpiry(m.name, r.ticketSecondsToExpiry);
      }
      const overdue = this.machine.overdueKeys(this.#now());
      metrics.setOverdueKeys(overdue);
      if (overdue > 0 && config.apply.keyKind === 'slot') metrics.slotClosed(0, this.#lastSlot);
      metrics.setApplyHalted(this.host.applyHalted);
    } catch (e) {
      logger.warn({ err: e }, 'organism metrics update failed');
    }
  }

  #slotOf(fact: Fact | undefined): number {
    if (fact === undefined || this.options.config.apply.keyKind !== 'slot') return 0;
    const n = Number(fact.key);
    return Number.isSafeInteger(n) ? n : 0;
  }

  #onFact(fact: Fact): void {
    const { metrics } = this.options;
    metrics.factsCommitted(fact.status);
    if (this.options.config.apply.keyKind === 'slot') {
      this.#lastSlot = Math.max(this.#lastSlot, this.#slotOf(fact));
      metrics.slotClosed(1, this.#lastSlot);
    }
  }

  #name(stableId: string): string {
    return this.#names.get(stableId) ?? stableId;
  }

  #onEvent(e: HostEvent): void {
    const { logger, metrics } = this.options;
    switch (e.type) {
      case 'leading':
        logger.info({ term: e.term }, 'leading: driving the upstream subscriptions');
        return;
      case 'following':
        logger.info({}, 'following: upstream subscriptions stopped');
        return;
      case 'proposal-failed':
        // A failed Observe restarts the driver from the committed cursor: worth seeing; a failed Apply is retried next tick.
        if (e.what === 'observe') logger.warn({ slot: e.key, err: e.error }, 'observe proposal failed: re-reading from the committed cursor');
        else logger.debug({ slot: e.key, err: e.error }, 'apply proposal failed');
        return;
      case 'evidence-failed': {
        const p = e.pointer;
        const where = { member: this.#name(p.member), memberId: p.member, stream: p.stream, sequence: p.sequence, index: e.index, code: e.error.code, attempt: e.attempt };
        if (e.attempt === 1) metrics.evidenceFailure(this.#name(p.member));
        metrics.setApplyHalted(this.host.applyHalted);
        if (e.halted) logger.error({ ...where, err: e.error }, 'evidence does not resolve: apply halted at this index (never skipped)');
        else logger.warn({ ...where, err: e.error }, 'evidence not resolved yet: apply waits');
        return;
      }
      case 'evidence-resolved':
        metrics.setApplyHalted(false);
        logger.info({ member: this.#name(e.pointer.member), stream: e.pointer.stream, sequence: e.pointer.sequence, index: e.index, attempts: e.attempts }, 'evidence resolved: apply resumes');
        return;
      case 'driver': {
        const d = e.event;
        switch (d.type) {
          case 'subscribed':
            logger.info({ member: this.#name(d.member), endpoint: d.endpoint, fromSequence: d.fromSequence }, 'upstream subscribed');
            return;
          case 'attempt-failed':
            logger.debug({ member: this.#name(d.member), endpoint: d.endpoint, failures: d.failures, delayMs: d.delayMs, err: d.error }, 'upstream attempt failed');
            return;
          case 'dark':
            logger.error({ member: this.#name(d.member), failures: d.failures }, 'upstream dark');
            return;
          case 'recovered':
            logger.info({ member: this.#name(d.member), endpoint: d.endpoint }, 'upstream recovered');
            return;
          case 'identity-drift':
            metrics.setIdentityDrift(this.#name(d.member), true);
            logger.error({ member: this.#name(d.member), endpoint: d.endpoint, err: d.error }, 'upstream identity drift: not observed');
            return;
          case 'cursor-compacted':
            logger.error({ member: this.#name(d.member), stream: d.stream, sequence: d.sequence, firstSequence: d.firstSequence }, 'upstream compacted past the committed cursor (needs the upstream operator)');
            return;
          case 'endpoint-left':
            logger.warn({ member: this.#name(d.member), endpoint: d.endpoint, code: d.error.code, err: d.error }, 'upstream endpoint left: subscribing at the next one');
            return;
          case 'upstream-retired':
            logger.warn({ member: this.#name(d.member), lastSequence: d.marker.lastSequence }, 'upstream retired');
            return;
        }
      }
    }
  }
}

/** The spanned sources a seat's metrics start with (their series exist at 0 from the start). */
export function spannedSources(members: readonly SpannedMember[]): { member: string; surface: string }[] {
  return members.map((m) => ({ member: m.name, surface: factsStream }));
}
