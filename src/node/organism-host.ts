/**
 * The organism at work inside a seat (DESIGN.md, "the seat, as data flows
 * through it"): the seat replicates OrganismMachine; this host
 *   - serves the machine's committed state to the public surface (it is the
 *     surface's FactSource, with listeners fired as facts are applied),
 *   - on the leader only, runs the upstream driver from the committed
 *     cursors and proposes an Observe per upstream record, and proposes
 *     Apply for every key the machine says is ready (all members observed,
 *     or deadline passed). Time enters commands here, stamped by the leader.
 * Followers run no driver; when leadership moves, the new leader's driver
 * resumes from the committed cursor, and Observes an old leader still had in
 * flight are ignored as duplicates by the machine (at most once per pointer).
 */
import { TesseraError, type Result } from '../common/errors.js';
import type { EvidencePointer, Fact, Retirement } from '../common/fact.js';
import type { ApplyContext, StateMachine } from '../common/state-machine.js';
import type { SpannedMember } from '../config/seat-config.js';
import { definitiveEvidenceCodes, UpstreamDriver, type DriverEvent, type MemberReport, type ObserveCandidate, type UpstreamDriverOptions } from '../driver/index.js';
import { commandLimits, encodeCommand, type ObserveCommand, type OrganismMachine, type OrganismResult } from '../organism/index.js';
import { Role } from '../raft/index.js';
import { factsStream, type FactListener, type FactSource, type RetirementListener, type SourceFreshness, type SourceStatusInfo } from '../surface/index.js';
import type { Seat } from './seat.js';

export interface OrganismIdentity {
  readonly organism: string;
  readonly stableId: string;
  readonly contentHash: string;
  readonly fingerprint: string;
}

export interface OrganismHostOptions {
  readonly machine: OrganismMachine;
  readonly identity: OrganismIdentity;
  readonly members: readonly SpannedMember[];
  /** The leader's clock (ms since the epoch); default Date.now. */
  readonly now?: () => number;
  /** How often the host checks leadership and proposes Apply; default 50 ms. */
  readonly intervalMs?: number;
  /**
   * A new leader proposes no deadline (degraded) Apply naming a member as
   * missing until its driver caught up on that member (its committed cursor
   * reached what the member held when the driver subscribed), the member is
   * dark, in drift or compacted past the cursor, or this long has passed
   * since it took the lead. Default: the organism's deadlineMs, at least 5 s.
   */
  readonly catchUpGraceMs?: number;
  /** Observes proposed but not yet committed, at most (backpressure on the driver); default 2048. */
  readonly maxObservesInFlight?: number;
  /**
   * Upstream records coalesced into one ObserveBatch entry, at most: records
   * the driver hands over within one event-loop turn are proposed together
   * (one Raft entry instead of one per record). Default 512; 1 proposes a
   * plain Observe per record. At most commandLimits.observeBatchMax.
   */
  readonly observeBatchMax?: number;
  /** Options passed to each leader term's UpstreamDriver (tests inject connect, timers, backoff). */
  readonly driver?: Partial<Omit<UpstreamDriverOptions, 'members' | 'cursorOf' | 'sink'>>;
  /** Driver events and proposal failures, for logs and metrics. */
  readonly onEvent?: (event: HostEvent) => void;
  /**
   * Strict evidence mode: every Observe is resolved against this seat's own
   * view of the upstream before it is applied (give the Seat `host.preApply`).
   * Undefined = Observes are applied as committed (in-process tests, the demo).
   */
  readonly evidence?: EvidenceCheckOptions;
}

/** The part of EvidenceResolver (src/driver) strict evidence mode uses. */
export interface EvidenceSource {
  resolveAhead(pointer: EvidencePointer, maxItems: number): Promise<Result<ReadonlyMap<number, string>>>;
}

export interface EvidenceCheckOptions {
  /** Asked when this seat's own subscription (the view) has not seen the record: compacted, mismatch, not yet. */
  readonly resolver: EvidenceSource;
  /**
   * This seat's own view of the upstream: a subscription to every spanned
   * member on every seat, leader or not, whose record digests the Observes
   * are checked against as they commit (default true). Without it every
   * Observe costs a resolver round trip.
   */
  readonly view?: boolean;
  /** Records held in the view ahead of apply, per member stream, before it waits; default 65 536. */
  readonly viewRecordsMax?: number;
  /** Records read ahead per resolution (later Observes are checked against them); default 1024. */
  readonly lookahead?: number;
  /** Wait before asking again after a failure; default 1000 ms (retryable) and 5000 ms (definitive: compacted, mismatch). */
  readonly retryMs?: number;
  readonly definitiveRetryMs?: number;
  /** A retryable failure (upstream unreachable, not yet committed there) halts apply visibly after this long; default 10 s. */
  readonly haltAfterMs?: number;
}

export type HostEvent =
  | { readonly type: 'driver'; readonly event: DriverEvent }
  | { readonly type: 'leading'; readonly term: number }
  | { readonly type: 'following' }
  | { readonly type: 'proposal-failed'; readonly what: 'observe' | 'apply' | 'seal'; readonly key: string; readonly error: Error }
  /** An Observe's pointer did not resolve: apply waits at `index` (counted once per pointer; `halted` once it is reported as halted). */
  | { readonly type: 'evidence-failed'; readonly pointer: EvidencePointer; readonly index: number; readonly error: TesseraError; readonly attempt: number; readonly halted: boolean }
  /** The pointer apply waited at resolved after failures: apply goes on. */
  | { readonly type: 'evidence-resolved'; readonly pointer: EvidencePointer; readonly index: number; readonly attempts: number };

/**
 * The machine as the seat sees it: OrganismMachine, plus listeners fired
 * after each apply or restore. It adds nothing to the replicated state.
 */
class ObservedOrganism implements StateMachine<OrganismResult> {
  readonly #inner: OrganismMachine;
  readonly #facts = new Set<FactListener>();
  readonly #retire = new Set<RetirementListener>();
  /** Told each result as it is applied (the host learns which keys became ready without scanning). */
  onResult: ((result: OrganismResult) => void) | undefined;

  constructor(inner: OrganismMachine) {
    this.#inner = inner;
  }

  onFact(l: FactListener): () => void {
    this.#facts.add(l);
    return () => this.#facts.delete(l);
  }

  onRetire(l: RetirementListener): () => void {
    this.#retire.add(l);
    return () => this.#retire.delete(l);
  }

  apply(command: Uint8Array, ctx: ApplyContext): OrganismResult {
    const before = this.#inner.lastSequence();
    const retiredBefore = this.#inner.retirementInEffect();
    const result = this.#inner.apply(command, ctx);
    this.#emit(before, retiredBefore, result);
    this.onResult?.(result);
    return result;
  }

  snapshot(): Uint8Array {
    return this.#inner.snapshot();
  }

  restore(data: Uint8Array): void {
    const retiredBefore = this.#inner.retirementInEffect();
    const before = this.#inner.lastSequence();
    this.#inner.restore(data);
    // A snapshot can move the state forward past facts a subscriber has not
    // seen; those retained are emitted, the rest a subscriber catches up on
    // (or learns they were compacted) when it resumes by sequence.
    this.#emit(Math.max(before, this.#inner.firstRetainedSequence() - 1), retiredBefore);
  }

  appliedIndex(): number {
    return this.#inner.appliedIndex();
  }

  #emit(before: number, retiredBefore: boolean, result?: OrganismResult): void {
    const last = this.#inner.lastSequence();
    if (last > before && this.#facts.size > 0) {
      // The facts an apply committed are in its result (already copies): no second conversion from the held state.
      let facts: readonly Fact[] | undefined;
      if (result?.kind === 'fact') facts = [result.fact];
      else if (result?.kind === 'batch') facts = result.results.flatMap((r) => (r.kind === 'fact' ? [r.fact] : []));
      if (facts === undefined || facts.length !== last - before) facts = this.#inner.factsFrom(before + 1, last - before);
      const listeners = [...this.#facts];
      // A listener removed while facts are delivered (a subscriber cut off) hears no more of them.
      for (const fact of facts) for (const l of listeners) if (this.#facts.has(l)) l(fact);
    }
    const retirement = this.#inner.retirement();
    // Listeners hear of a retirement once it is in effect (sealed): only then is the last fact final.
    if (!retiredBefore && retirement !== undefined && this.#inner.retirementInEffect()) for (const l of [...this.#retire]) l(retirement);
  }
}

export class OrganismHost implements FactSource {
  /** Give this to the Seat as its machine. */
  readonly machine: StateMachine<OrganismResult>;
  readonly #observed: ObservedOrganism;
  readonly #organism: OrganismMachine;
  readonly #options: OrganismHostOptions;
  readonly #now: () => number;
  readonly #maxInFlight: number;
  #seat: Seat | undefined;
  #timer: NodeJS.Timeout | undefined;
  #driver: UpstreamDriver | undefined;
  #driverStopping: Promise<void> | undefined;
  #leadingTerm = 0;
  /** The term whose catch-up is tracked below, and when this seat started leading in it (its clock). */
  #catchUpTerm = 0;
  #leadingSinceMs = 0;
  readonly #catchUpGraceMs: number;
  /** This term: per member, the upstream's last sequence when the driver subscribed (the cursor must reach it). */
  readonly #catchUpTarget = new Map<string, number>();
  /** This term: members the driver caught up on (or dark, drift, compacted): their absence may degrade a fact. */
  readonly #caughtUp = new Set<string>();
  /** Every member caught up, or the grace passed: no more holding this term. */
  #catchUpDone = false;
  #observesInFlight = 0;
  readonly #batchMax: number;
  /** Candidates of the current event-loop turn, proposed together at its end (or when full). */
  #batch: ObserveCandidate[] = [];
  #batchFlush: NodeJS.Immediate | undefined;
  readonly #appliesInFlight = new Set<string>();
  /** Leader: per key, the members whose Observe this leader proposed and that has not been applied yet. */
  readonly #proposedObservers = new Map<string, Set<string>>();
  /** Keys an applied Observe made ready (leader only), proposed together at the end of the event-loop turn. */
  #ready: string[] = [];
  #readyFlush: NodeJS.Immediate | undefined;
  #sealInFlight = false;
  readonly #waiters: (() => void)[] = [];
  #staleSinceMs = 0;
  #lastReport: MemberReport[] = [];
  /** Strict evidence mode: prefetched digests per member/stream (sequence → BLAKE3 hex). */
  readonly #verified = new Map<string, Map<number, string>>();
  /** The resolution in progress (at most one: apply is held at one entry at a time). */
  #resolving: { readonly key: string; readonly index: number } | undefined;
  /** Failures in a row at the held pointer, and since when. */
  #heldFailures = 0;
  #heldSinceMs = 0;
  #halted = false;
  /** Strict evidence mode: the pointers of the entry preApply last saw, and how many of them resolved. */
  #heldCheck: { readonly index: number; readonly pointers: readonly EvidencePointer[]; resolved: number } | undefined;
  #evidenceTimer: NodeJS.Timeout | undefined;
  /** Strict evidence mode: this seat's own subscriptions (every seat), filling #verified. */
  #view: UpstreamDriver | undefined;
  /** Highest sequence the view received per member/stream (it resumes after it). */
  readonly #viewHigh = new Map<string, number>();

  constructor(options: OrganismHostOptions) {
    this.#options = options;
    this.#organism = options.machine;
    this.#observed = new ObservedOrganism(options.machine);
    this.machine = this.#observed;
    this.#observed.onResult = (r) => this.#noteReady(r);
    this.#now = options.now ?? Date.now;
    this.#maxInFlight = options.maxObservesInFlight ?? 2048;
    if (!Number.isSafeInteger(this.#maxInFlight) || this.#maxInFlight < 1) {
      throw new TesseraError(`organism host: maxObservesInFlight must be a positive integer, got ${this.#maxInFlight}`, 'HOST_OPTION_INVALID');
    }
    this.#batchMax = options.observeBatchMax ?? 512;
    if (!Number.isSafeInteger(this.#batchMax) || this.#batchMax < 1 || this.#batchMax > commandLimits.observeBatchMax) {
      throw new TesseraError(`organism host: observeBatchMax must be an integer from 1 to ${commandLimits.observeBatchMax}, got ${this.#batchMax}`, 'HOST_OPTION_INVALID');
    }
    this.#catchUpGraceMs = options.catchUpGraceMs ?? Math.max(options.machine.deadlineMs, 5_000);
    if (!Number.isSafeInteger(this.#catchUpGraceMs) || this.#catchUpGraceMs < 0) {
      throw new TesseraError(`organism host: catchUpGraceMs must be a non-negative integer, got ${this.#catchUpGraceMs}`, 'HOST_OPTION_INVALID');
    }
  }

  /** Starts the leadership watch; call after the seat has started. */
  start(seat: Seat): void {
    if (this.#seat !== undefined) throw new TesseraError('organism host: already started', 'HOST_STATE');
    this.#seat = seat;
    const interval = this.#options.intervalMs ?? 50;
    this.#timer = setInterval(() => this.#tick(), interval);
    this.#timer.unref?.();
    if (this.#options.evidence !== undefined && this.#options.evidence.view !== false) this.#startView(this.#options.evidence);
    this.#tick();
  }

  /** Records a digest this seat received from the upstream itself (strict evidence mode). */
  #remember(member: string, stream: string, sequence: number, digest: Uint8Array): Map<number, string> {
    const streamKey = `${member}/${stream}`;
    let digests = this.#verified.get(streamKey);
    if (digests === undefined) {
      digests = new Map();
      this.#verified.set(streamKey, digests);
    }
    digests.set(sequence, Buffer.from(digest).toString('hex'));
    return digests;
  }

  #startView(evidence: EvidenceCheckOptions): void {
    const max = evidence.viewRecordsMax ?? 65_536;
    const view = new UpstreamDriver({
      ...this.#options.driver,
      onEvent: undefined, // the leader's driver reports; the view's failures show up as evidence failures when they matter
      members: this.#options.members,
      cursorOf: (member, stream) => Math.max(this.#organism.cursor(member, stream), this.#viewHigh.get(`${member}/${stream}`) ?? 0),
      sink: async (c) => {
        const streamKey = `${c.member}/${c.stream}`;
        const digests = this.#remember(c.member, c.stream, c.sequence, c.digest);
        if (c.sequence > (this.#viewHigh.get(streamKey) ?? 0)) this.#viewHigh.set(streamKey, c.sequence);
        // Far ahead of apply: drop what apply has passed (ignored Observes leave entries behind), then wait.
        while (digests.size > max && this.#view === view) {
          const cursor = this.#organism.cursor(c.member, c.stream);
          for (const seq of digests.keys()) if (seq <= cursor) digests.delete(seq);
          if (digests.size <= max) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        if (this.#resolving === undefined && this.#seat?.applyHeldAt !== undefined) this.#seat.resumeApply();
      },
    });
    this.#view = view;
    view.start();
  }

  async stop(): Promise<void> {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#readyFlush !== undefined) clearImmediate(this.#readyFlush);
    this.#readyFlush = undefined;
    this.#ready = [];
    if (this.#evidenceTimer !== undefined) clearTimeout(this.#evidenceTimer);
    this.#evidenceTimer = undefined;
    const view = this.#view;
    this.#view = undefined;
    await view?.stop();
    await this.#stopDriver();
    for (const w of this.#waiters.splice(0)) w();
  }

  /**
   * The Seat's preApply hook (strict evidence mode): an Observe the machine
   * would record is applied only once its pointer resolved against this
   * seat's own view of the upstream; otherwise apply holds at that index and
   * asks again later. Never a skip.
   */
  readonly preApply = (command: Uint8Array, index: number): 'apply' | 'hold' => {
    const evidence = this.#options.evidence;
    if (evidence === undefined) return 'apply';
    // An ObserveBatch names one pointer per observation it would record: every one must resolve,
    // and the first that does not holds apply at the batch's index (nothing of it is applied).
    // While apply is held the state does not change, so the pointers (and how many of them already
    // resolved) are kept for the index: the view resumes apply on every record it receives, and
    // re-deciding a 512-record batch each time showed up in profiles.
    let held = this.#heldCheck;
    if (held?.index !== index) {
      // Fast path: when the view holds a matching digest for every pointer the entry carries, the
      // ones the machine would record (a subset) all resolve, and deciding each observation (a
      // second time, apply decides too) is not needed. Otherwise the exact list below decides.
      const all = this.#organism.pointersOf(command);
      if (all.length === 0) return 'apply';
      if (all.every((p) => this.#verified.get(`${p.member}/${p.stream}`)?.get(p.sequence) === Buffer.from(p.digest).toString('hex'))) {
        this.#heldCheck = undefined;
        // A pointer apply does not record (a repeat, a gap) is never checked again, or is asked of the resolver if it is re-proposed.
        for (const p of all) this.#verified.get(`${p.member}/${p.stream}`)?.delete(p.sequence);
        this.#clearHeld(all[0]!, index);
        return 'apply';
      }
      held = { index, pointers: this.#organism.evidenceListOf(command), resolved: 0 };
      this.#heldCheck = held;
    }
    const pointers = held.pointers;
    if (pointers.length === 0) return 'apply';
    for (; held.resolved < pointers.length; held.resolved++) {
      const pointer = pointers[held.resolved]!;
      const digests = this.#verified.get(`${pointer.member}/${pointer.stream}`);
      const known = digests?.get(pointer.sequence);
      if (known === Buffer.from(pointer.digest).toString('hex')) continue;
      // Unknown, or a prefetched digest that differs: resolve this pointer afresh for the definitive answer.
      if (known !== undefined) digests!.delete(pointer.sequence);
      this.#resolve(pointer, index, evidence);
      return 'hold';
    }
    this.#heldCheck = undefined;
    for (const pointer of pointers) this.#verified.get(`${pointer.member}/${pointer.stream}`)?.delete(pointer.sequence);
    this.#clearHeld(pointers[0]!, index);
    return 'apply';
  };

  /** True while apply is held at an Observe whose evidence does not resolve (reported as halted). */
  get applyHalted(): boolean {
    return this.#halted;
  }

  #clearHeld(pointer: EvidencePointer, index: number): void {
    if (this.#heldFailures > 0) this.#options.onEvent?.({ type: 'evidence-resolved', pointer, index, attempts: this.#heldFailures + 1 });
    this.#heldFailures = 0;
    this.#heldSinceMs = 0;
    this.#halted = false;
  }

  #resolve(pointer: EvidencePointer, index: number, evidence: EvidenceCheckOptions): void {
    const key = `${pointer.member}/${pointer.stream}/${pointer.sequence}`;
    if (this.#resolving !== undefined || this.#evidenceTimer !== undefined) return; // one at a time; the seat asks again on resume
    this.#resolving = { key, index };
    const lookahead = evidence.lookahead ?? 1024;
    void evidence.resolver
      .resolveAhead(pointer, lookahead)
      .catch((e: unknown): Result<ReadonlyMap<number, string>> => ({
        ok: false,
        error: e instanceof TesseraError ? e : new TesseraError(`evidence resolution failed: ${String(e)}`, 'EVIDENCE_UNAVAILABLE'),
      }))
      .then((r) => {
        this.#resolving = undefined;
        if (this.#seat === undefined || this.#timer === undefined) return;
        if (r.ok) {
          const streamKey = `${pointer.member}/${pointer.stream}`;
          let digests = this.#verified.get(streamKey);
          if (digests === undefined) {
            digests = new Map();
            this.#verified.set(streamKey, digests);
          }
          // What apply has passed is never asked for again (ignored Observes leave entries behind).
          const cursor = this.#organism.cursor(pointer.member, pointer.stream);
          if (digests.size > lookahead * 4) for (const seq of digests.keys()) if (seq <= cursor) digests.delete(seq);
          for (const [seq, d] of r.value) digests.set(seq, d);
          this.#seat.resumeApply();
          return;
        }
        const now = this.#now();
        if (this.#heldFailures === 0) this.#heldSinceMs = now;
        this.#heldFailures++;
        const definitive = definitiveEvidenceCodes.has(r.error.code);
        const halted = definitive || now - this.#heldSinceMs >= (evidence.haltAfterMs ?? 10_000);
        if (halted) this.#halted = true;
        this.#options.onEvent?.({ type: 'evidence-failed', pointer, index, error: r.error, attempt: this.#heldFailures, halted });
        const wait = definitive ? (evidence.definitiveRetryMs ?? 5_000) : (evidence.retryMs ?? 1_000);
        this.#evidenceTimer = setTimeout(() => {
          this.#evidenceTimer = undefined;
          this.#seat?.resumeApply();
        }, wait);
        this.#evidenceTimer.unref?.();
      });
  }

  /** Per spanned member, as the current leader's driver sees it (empty on a follower). */
  memberReports(): readonly MemberReport[] {
    return this.#driver !== undefined ? this.#driver.report() : this.#lastReport;
  }

  /** Per spanned member, as this seat's own evidence view sees it (strict evidence mode; empty without). */
  viewReports(): readonly MemberReport[] {
    return this.#view?.report() ?? [];
  }

  get leading(): boolean {
    return this.#driver !== undefined;
  }

  #tick(): void {
    const seat = this.#seat;
    if (seat === undefined) return;
    const status = seat.status();
    if (status.leader === 0) {
      if (this.#staleSinceMs === 0) this.#staleSinceMs = this.#now();
    } else {
      this.#staleSinceMs = 0;
    }
    const leader = status.role === Role.Leader && !status.removed && seat.fatal === undefined;
    // Once retirement is in effect nothing more can be committed: the driver stops reading upstream.
    const retirement = this.#organism.retirement();
    const retired = retirement !== undefined && this.#now() > retirement.effectiveAt;
    const drive = leader && !retired;
    if (drive && (this.#driver === undefined || this.#leadingTerm !== status.term)) {
      // Before this tick's Applies: #lead starts the driver only after an await.
      if (this.#catchUpTerm !== status.term) this.#beginCatchUp(status.term);
      void this.#lead(status.term);
    } else if (!drive && this.#driver !== undefined) {
      if (!leader) this.#options.onEvent?.({ type: 'following' });
      void this.#stopDriver();
    }
    if (drive) this.#proposeApplies();
    if (leader && retirement !== undefined && !this.#organism.retirementInEffect() && this.#now() > retirement.effectiveAt) this.#proposeSeal();
  }

  /** The leader's clock passed a committed retirement's effectiveAt: make it final on every seat. */
  #proposeSeal(): void {
    const seat = this.#seat;
    if (seat === undefined || this.#sealInFlight) return;
    this.#sealInFlight = true;
    seat
      .propose(encodeCommand({ kind: 'seal', at: this.#now() }))
      .catch((error: Error) => this.#options.onEvent?.({ type: 'proposal-failed', what: 'seal', key: '', error }))
      .finally(() => (this.#sealInFlight = false));
  }

  async #lead(term: number): Promise<void> {
    if (this.#driverStopping !== undefined) return; // the next tick retries
    await this.#stopDriver();
    if (this.#timer === undefined) return;
    this.#leadingTerm = term;
    this.#options.onEvent?.({ type: 'leading', term });
    const driver = new UpstreamDriver({
      ...this.#options.driver,
      members: this.#options.members,
      cursorOf: (member, stream) => this.#organism.cursor(member, stream),
      sink: (c) => this.#observe(c),
      onEvent: (event) => {
        if (this.#driver === driver) this.#noteCatchUp(event);
        this.#options.driver?.onEvent?.(event);
        this.#options.onEvent?.({ type: 'driver', event });
      },
    });
    this.#driver = driver;
    driver.start();
    // While leading, the driver reads every upstream record itself and remembers its digest (#observe):
    // the view would read and digest each record a second time, so it rests until this seat follows.
    await this.#pauseView();
  }

  async #pauseView(): Promise<void> {
    const view = this.#view;
    if (view === undefined) return;
    this.#view = undefined;
    await view.stop();
  }

  /** The view again (strict evidence mode, not leading): it resumes after what this seat already received. */
  #resumeView(): void {
    const evidence = this.#options.evidence;
    if (evidence === undefined || evidence.view === false || this.#view !== undefined || this.#timer === undefined || this.#driver !== undefined) return;
    this.#startView(evidence);
  }

  async #stopDriver(): Promise<void> {
    const driver = this.#driver;
    if (driver === undefined) return;
    this.#lastReport = driver.report().map((r) => ({ ...r, upstreamPeers: 0 }));
    this.#driver = undefined;
    // Records collected but not proposed are read again by the next leader term from the committed cursor.
    this.#flushObserves();
    const stopping = driver.stop();
    this.#driverStopping = stopping;
    try {
      await stopping;
    } finally {
      this.#driverStopping = undefined;
    }
    this.#resumeView();
  }

  /**
   * The driver's sink: candidates are collected and proposed together at the
   * end of the event-loop turn (or as soon as observeBatchMax are waiting),
   * with backpressure on uncommitted ones. Both member loops feed the same
   * batch; order within each stream is kept, which is all the gap rule needs.
   */
  async #observe(c: ObserveCandidate): Promise<void> {
    while (this.#observesInFlight + this.#batch.length >= this.#maxInFlight && this.#driver !== undefined) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    if (this.#seat === undefined || this.#driver === undefined) return;
    // The leader's driver read this record from the upstream itself: that is this seat's view of it too
    // (the view rests while leading and resumes after the highest record either of them received).
    if (this.#options.evidence !== undefined) {
      this.#remember(c.member, c.stream, c.sequence, c.digest);
      const streamKey = `${c.member}/${c.stream}`;
      if (c.sequence > (this.#viewHigh.get(streamKey) ?? 0)) this.#viewHigh.set(streamKey, c.sequence);
    }
    this.#batch.push(c);
    if (this.#batch.length >= this.#batchMax) this.#flushObserves();
    else this.#batchFlush ??= setImmediate(() => this.#flushObserves());
  }

  #flushObserves(): void {
    if (this.#batchFlush !== undefined) clearImmediate(this.#batchFlush);
    this.#batchFlush = undefined;
    const batch = this.#batch;
    this.#batch = [];
    const seat = this.#seat;
    const driver = this.#driver;
    if (batch.length === 0 || seat === undefined || driver === undefined) {
      for (const w of this.#waiters.splice(0)) w();
      return;
    }
    const observedAt = this.#now();
    const observations: ObserveCommand[] = batch.map((c) => ({
      kind: 'observe',
      evidence: { member: c.member, stream: c.stream, sequence: c.sequence, digest: c.digest },
      key: c.key,
      observedAt,
    }));
    const command = encodeCommand(observations.length === 1 ? observations[0]! : { kind: 'observeBatch', observations });
    const firstKey = batch[0]!.key;
    this.#observesInFlight += batch.length;
    const proposing = seat.propose(command);
    // Keys this batch will complete (by the committed state and the Observes in flight): their Apply
    // goes right behind it, in the same Ready, rather than one commit round trip later.
    // While catching up, a key still missing a member in the committed state waits for its Observe to
    // apply (#noteReady): were the prediction wrong past the deadline, the Apply would degrade it.
    const ready = this.#notHeld(this.#speculate(batch), observedAt);
    if (ready.length > 0) this.#proposeApplyKeys(ready, observedAt);
    proposing
      .then((outcome) => {
        const result = outcome as OrganismResult; // the seat runs this host's machine
        const results = result.kind === 'batch' ? result.results : [result];
        // A gap (an earlier Observe of this stream never committed): re-read from the committed cursor.
        const gap = results.find((r) => r.kind === 'refused' && r.error.code === 'ORGANISM_EVIDENCE_GAP');
        if (gap !== undefined && gap.kind === 'refused' && this.#driver === driver) {
          this.#options.onEvent?.({ type: 'proposal-failed', what: 'observe', key: firstKey, error: gap.error });
          void this.#stopDriver();
        }
      })
      .catch((error: Error) => {
        // Reported once per driver run: the others in flight fail the same way.
        if (this.#driver === driver) this.#options.onEvent?.({ type: 'proposal-failed', what: 'observe', key: firstKey, error });
        // Records after these may still commit and move the cursor past them: the
        // driver is restarted from the committed cursor so nothing is left behind.
        if (this.#driver === driver) void this.#stopDriver();
      })
      .finally(() => {
        this.#observesInFlight -= batch.length;
        // Applied (or failed): the committed state speaks for these observations now.
        for (const c of batch) {
          const members = this.#proposedObservers.get(c.key);
          if (members !== undefined && members.delete(c.member) && members.size === 0) this.#proposedObservers.delete(c.key);
        }
        // Room for up to batch.length more: wake that many waiting member loops.
        for (const w of this.#waiters.splice(0, batch.length)) w();
      });
  }

  /**
   * The keys that every spanned member will have observed once `batch`
   * commits: observed in the committed state, or proposed by this leader
   * (this batch or one still in flight). A prediction only: the Apply is an
   * ordinary command after the batch in the log, and the machine refuses it
   * (stalled) if an Observe was not recorded after all; the key is then
   * proposed again when it does become ready.
   */
  #speculate(batch: readonly ObserveCandidate[]): string[] {
    const ready: string[] = [];
    const members = this.#organism.members;
    for (const c of batch) {
      let proposed = this.#proposedObservers.get(c.key);
      if (proposed === undefined) {
        proposed = new Set();
        this.#proposedObservers.set(c.key, proposed);
      }
      if (proposed.has(c.member)) continue;
      proposed.add(c.member);
      // Not pending (never observed, or already applied: then the Apply is ignored as a repeat).
      const missing = this.#organism.missingFor(c.key) ?? members;
      if (missing.every((m) => proposed.has(m))) ready.push(c.key);
    }
    return ready;
  }

  /**
   * An applied Observe that made its key ready (every member observed it):
   * on the leader, its Apply is proposed at the end of this event-loop turn
   * together with the others that became ready in it, instead of waiting for
   * the next tick (the tick's scan stays, for deadlines under `degrade` and
   * for keys a previous leader left ready).
   */
  #noteReady(result: OrganismResult): void {
    if (this.#driver === undefined) return;
    const results = result.kind === 'batch' ? result.results : [result];
    for (const r of results) if (r.kind === 'observed' && r.ready) this.#ready.push(r.key);
    if (this.#ready.length > 0) this.#readyFlush ??= setImmediate(() => this.#flushReady());
  }

  #flushReady(): void {
    this.#readyFlush = undefined;
    const keys = this.#ready;
    this.#ready = [];
    if (this.#driver === undefined) return;
    // A key's speculative Apply (#speculate) may have been applied in the same Ready as its last Observe.
    this.#proposeApplyKeys(
      keys.filter((k) => this.#organism.isPending(k)),
      this.#now(),
    );
  }

  #proposeApplies(): void {
    const now = this.#now();
    this.#proposeApplyKeys(this.#applyCandidates(now), now);
  }

  /** One Apply entry per commandLimits.applyBatchMax keys (a plain Apply for one), skipping keys already in flight. */
  #proposeApplyKeys(candidates: readonly string[], now: number): void {
    const seat = this.#seat;
    if (seat === undefined) return;
    const keys: string[] = [];
    for (const key of candidates) {
      if (this.#appliesInFlight.has(key)) continue;
      this.#appliesInFlight.add(key);
      keys.push(key);
    }
    for (let i = 0; i < keys.length; i += commandLimits.applyBatchMax) {
      const chunk = keys.slice(i, i + commandLimits.applyBatchMax);
      const command = chunk.length === 1 ? encodeCommand({ kind: 'apply', key: chunk[0]!, at: now }) : encodeCommand({ kind: 'applyBatch', keys: chunk, at: now });
      seat
        .propose(command)
        .catch((error: Error) => this.#options.onEvent?.({ type: 'proposal-failed', what: 'apply', key: chunk[0]!, error }))
        .finally(() => {
          for (const key of chunk) this.#appliesInFlight.delete(key);
        });
    }
  }

  /**
   * applyCandidates, less the deadline (degraded) ones that name a member
   * this leader has not had a fair chance to read yet: a leader change on a
   * slow machine must not turn "the committee was electing" into "the member
   * was missing". Held keys wait at most catchUpGraceMs from the start of the
   * term; keys every member observed are never held.
   */
  #applyCandidates(now: number): string[] {
    if (this.#catchUpOver(now)) return this.#organism.applyCandidates(now, 4096);
    // Unlimited here, so held keys do not crowd ready ones out of the 4096 (only until catch-up).
    const out: string[] = [];
    for (const key of this.#organism.applyCandidates(now)) if (this.#mayApply(key) && out.push(key) >= 4096) break;
    return out;
  }

  /** `keys` less those held while this leader catches up (see #applyCandidates). */
  #notHeld(keys: string[], now: number): string[] {
    return keys.length === 0 || this.#catchUpOver(now) ? keys : keys.filter((key) => this.#mayApply(key));
  }

  /** Every member missing from the key's committed observations has been caught up on (or is dark). */
  #mayApply(key: string): boolean {
    return (this.#organism.missingFor(key) ?? []).every((m) => this.#caughtUpOn(m));
  }

  #catchUpOver(now: number): boolean {
    if (this.#catchUpDone) return true;
    if (now - this.#leadingSinceMs >= this.#catchUpGraceMs || this.#options.members.every((m) => this.#caughtUpOn(m.stableId))) this.#catchUpDone = true;
    return this.#catchUpDone;
  }

  #beginCatchUp(term: number): void {
    this.#catchUpTerm = term;
    this.#leadingSinceMs = this.#now();
    this.#catchUpTarget.clear();
    this.#caughtUp.clear();
    this.#catchUpDone = false;
  }

  #caughtUpOn(member: string): boolean {
    if (this.#caughtUp.has(member)) return true;
    const target = this.#catchUpTarget.get(member);
    if (target === undefined || this.#organism.cursor(member, factsStream) < target) return false;
    this.#caughtUp.add(member); // for the rest of the term: later lag is the deadline's business again
    return true;
  }

  /** The current driver's events that tell how far it got with a member this term. */
  #noteCatchUp(event: DriverEvent): void {
    const member = this.#options.members.find((m) => m.name === event.member)?.stableId;
    if (member === undefined) return;
    switch (event.type) {
      case 'subscribed':
        this.#catchUpTarget.set(member, event.upstreamLastSequence);
        break;
      // Nothing more is coming from it until an operator or the member acts: the deadline decides.
      case 'dark':
      case 'identity-drift':
      case 'cursor-compacted':
        this.#caughtUp.add(member);
        break;
      default:
    }
  }

  /**
   * Commits a Retire (leader only). Once the leader's clock is past
   * effectiveAt the host seals it, and from then on every surface primitive
   * ends with the RetirementMarker; before that, facts stamped up to
   * effectiveAt may still commit.
   */
  async retire(retirement: Retirement): Promise<OrganismResult> {
    const seat = this.#seat;
    if (seat === undefined) throw new TesseraError('organism host: not started', 'HOST_STATE');
    return (await seat.propose(encodeCommand({ kind: 'retire', retirement }))) as OrganismResult;
  }

  // ---- FactSource: the surface reads committed local state.

  get(key: string): Fact | undefined {
    return this.#organism.get(key);
  }

  scan(fromKey: string | undefined, toKey: string | undefined, limit: number): readonly Fact[] {
    return this.#organism.scan(fromKey, toKey, limit);
  }

  factsFrom(sequence: number, limit: number): readonly Fact[] {
    return this.#organism.factsFrom(sequence, limit);
  }

  firstSequence(): number {
    return this.#organism.firstSequence();
  }

  lastSequence(): number {
    return this.#organism.lastSequence();
  }

  /** The retirement the surface serves: only once it is in effect (the last fact is final). */
  retirement(): Retirement | undefined {
    return this.#organism.retirementInEffect() ? this.#organism.retirement() : undefined;
  }

  /** The committed retirement, in effect or still ahead (the admin service reports both). */
  committedRetirement(): { readonly retirement: Retirement; readonly inEffect: boolean; readonly lastSequence: number } | undefined {
    const retirement = this.#organism.retirement();
    return retirement === undefined ? undefined : { retirement, inEffect: this.#organism.retirementInEffect(), lastSequence: this.#organism.lastSequence() };
  }

  onFact(listener: FactListener): () => void {
    return this.#observed.onFact(listener);
  }

  onRetire(listener: RetirementListener): () => void {
    return this.#observed.onRetire(listener);
  }

  /** Without a known leader the committee may lack quorum: reads are marked stale (DESIGN.md). */
  freshness(): SourceFreshness {
    const status = this.#seat?.status();
    const stale = status === undefined || status.leader === 0;
    return { stale, staleSinceMs: stale ? this.#staleSinceMs || this.#now() : 0, appliedIndex: this.#organism.appliedIndex() };
  }

  statusInfo(): SourceStatusInfo {
    const status = this.#seat?.status();
    const members = status?.members ?? [];
    const leader = members.find((m) => m.id === status?.leader);
    return {
      ...this.#options.identity,
      committee: members.map((m) => ({ id: m.keyId, endpoint: m.address, up: status?.leader !== 0 })),
      leader: leader?.keyId ?? '',
    };
  }
}
