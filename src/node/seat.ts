/**
 * The seat: one Raft member wired to its storage, its peers and its state
 * machine (docs/contributors/seat.md).
 *
 * Everything that moves the Raft core happens on one logical thread: ticks
 * (from the injected Ticker), peer messages (from the PeerTransport) and
 * requests (propose, read, membership) step the RawNode synchronously; one
 * loop takes its Ready batches and handles each in the order the core's
 * contract demands: persist, send, install/apply, serve reads, advance. The
 * seat reads no clock and arms no timer: every timeout counts ticks.
 */
import { randomInt } from 'node:crypto';
import { TesseraError, isTesseraError } from '../common/errors.js';
import type { StateMachine } from '../common/state-machine.js';
import {
  ConfChangeType,
  EntryType,
  None,
  RawNode,
  RaftErrorCode,
  Role,
  StorageErrorCode,
  decodeConfChange,
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Index,
  type LogStore,
  type Message,
  type NodeId,
  type RaftConfigInput,
  type Ready,
  type Snapshot,
} from '../raft/index.js';
import { SeatErrorCode, seatError } from './errors.js';
import { ReadyPlanner } from './ready-plan.js';
import type { JoinRequest, MemberRecord, PeerAddress, PeerTransport, ReattestationRecord, SeatAdmission, SeatMetricsSink, Ticker } from './ports.js';
import { decodeCommand, decodeMember, decodeSeatRecord, decodeSeatSnapshot, encodeCommand, encodeMember, encodeSeatRecord, encodeSeatSnapshot, isSeatRecord } from './records.js';

/** The result type of a machine's apply(). */
export type MachineResult<M> = M extends StateMachine<infer R> ? R : never;

/** Raft tuning the seat passes through (id, rand and appliedIndex are the seat's). */
export type SeatRaftOptions = Omit<RaftConfigInput, 'id' | 'rand' | 'appliedIndex'>;

export interface SeatOptions<M extends StateMachine> {
  /** This member: its id, peer address and node key id. */
  readonly self: MemberRecord;
  readonly storage: LogStore;
  readonly transport: PeerTransport;
  readonly machine: M;
  readonly ticker: Ticker;
  /**
   * Founding members' records, used when the storage's snapshot holds no
   * registry (the genesis snapshot of MemoryStorage({ confState }), or
   * bootstrapUpdate without data). Seat.bootstrap() writes them into the
   * genesis snapshot instead.
   */
  readonly founders?: readonly MemberRecord[];
  readonly raft?: SeatRaftOptions;
  /** Election timeout randomness, `(n) => [0, n)`; default node:crypto randomInt. */
  readonly rand?: (n: number) => number;
  /** Distinguishes this start from earlier ones in request ids; default random. */
  readonly incarnation?: number;
  /** Applied entries between snapshots (config raft.snapshot_entries). */
  readonly snapshotEntries?: number;
  /** Entries kept in the log behind a snapshot, so a slightly late follower catches up without one. */
  readonly compactionLagEntries?: number;
  /** The leader promotes a learner whose match index is this close to its last index; undefined disables auto-promotion. */
  readonly learnerPromoteLagEntries?: number | undefined;
  /** On a follower: forward proposals to the leader (true) or refuse them with SEAT_NOT_LEADER (false, the default). */
  readonly forwardProposals?: boolean;
  /** Ticks a proposal, read or membership change may wait before SEAT_TIMEOUT. */
  readonly requestTimeoutTicks?: number;
  readonly admission?: SeatAdmission;
  readonly metrics?: SeatMetricsSink;
  /** Called once if the seat stops on its own (storage failure, a machine bug). */
  readonly onFatal?: (error: Error) => void;
  /**
   * Told of a committed seat record (records.ts) this seat cannot decode and
   * therefore skips (every member skips the same bytes); the process adapter
   * logs it. The seat itself has no logger.
   */
  readonly onUnreadableRecord?: (index: number, error: Error) => void;
  /**
   * Asked before each committed command is applied, in log order (strict
   * evidence mode, organism-host.ts). 'hold' stops apply at that entry:
   * neither it nor anything after it is applied (Raft goes on replicating
   * and voting) until `resumeApply()`, which asks again. Never a skip.
   */
  readonly preApply?: (command: Uint8Array, index: number) => 'apply' | 'hold';
}

export const seatDefaults = {
  snapshotEntries: 10_000,
  compactionLagEntries: 1_000,
  forwardProposals: false,
  requestTimeoutTicks: 100,
  /**
   * Committed entries handed to the seat but unapplied (raft
   * unappliedEntriesMax, unless `raft` sets it): while preApply holds apply,
   * later committed entries stay in storage, not in the apply queue (the
   * storage's own retained log still keeps them in memory until compaction).
   */
  unappliedEntriesMax: 1024,
} as const;

export type MemberRole = 'voter' | 'learner';

export interface SeatMemberStatus extends MemberRecord {
  readonly role: MemberRole;
  /** On the leader: the member's match index. */
  readonly matchIndex?: number;
}

export interface SeatStatus {
  readonly id: NodeId;
  readonly role: Role;
  readonly term: number;
  /** 0 when no leader is known. */
  readonly leader: NodeId;
  readonly leaderAddress: string | undefined;
  /** Where the leader serves clients, when its record says. */
  readonly leaderClientAddress: string | undefined;
  readonly committedIndex: number;
  readonly appliedIndex: number;
  readonly snapshotIndex: number;
  readonly lastIndex: number;
  /** This seat applied its own removal. */
  readonly removed: boolean;
  readonly members: readonly SeatMemberStatus[];
}

interface Deferred<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
  readonly deadlineTick: number;
}

interface PendingRead extends Deferred<unknown> {
  readonly fn: (machine: never) => unknown;
  /** Set once the ReadState came back: serve when applied reaches it. */
  index: number | undefined;
}

interface Watcher extends Deferred<void> {
  readonly done: () => boolean;
  readonly what: string;
}

const readContextBytes = 16;

function checkCount(field: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw seatError(SeatErrorCode.ArgumentInvalid, `seat option ${field} must be an integer >= ${min}, got ${String(value)}`, { field });
  }
  return value;
}

/**
 * Whether a member that last snapshotted at `last` and has applied up to
 * `applied` takes a snapshot now, about every `every` entries: at the first
 * point of its own grid (k * every + id mod every) at least every/2 after
 * the last snapshot, so the interval is between every/2 and 1.5 * every.
 * Members with different ids thus snapshot at different indices
 * (Seat.maybeSnapshot says why).
 */
export function snapshotDue(applied: number, last: number, every: number, id: number): boolean {
  const from = last + Math.ceil(every / 2);
  const phase = id % every;
  const target = from + ((((phase - from) % every) + every) % every);
  return applied >= target;
}

/**
 * One committee seat. Create, start(), use, stop(). Not re-entrant; all of
 * its methods may be called at any time from the event loop.
 */
export class Seat<M extends StateMachine = StateMachine> {
  readonly id: NodeId;
  private readonly opts: SeatOptions<M>;
  private readonly storage: LogStore;
  private readonly transport: PeerTransport;
  private readonly machine: M;
  private readonly incarnation: number;
  private readonly snapshotEntries: number;
  private readonly compactionLagEntries: number;
  private readonly requestTimeoutTicks: number;
  private node: RawNode | undefined;

  /** The replicated member registry (addresses, keys, attestation), by id. */
  private members = new Map<NodeId, MemberRecord>();
  private confState: ConfState = { voters: [], learners: [] };
  private role: Role = Role.Follower;
  private lead: NodeId = None;

  // Invariant: snapshotIndex <= appliedIndex <= committed index.
  private appliedIndex = 0;
  /** Term of the entry at appliedIndex (or of the snapshot). */
  private appliedTerm = 0;
  private snapshotIndex = 0;
  /** A commit-only hard state not yet saved; it goes with the next save (or before a snapshot, or at stop). */
  private deferredHardState: HardState | undefined;
  private removed = false;

  private tickCount = 0;
  private requestSeq = 0;
  private readSeq = 0;
  private readonly proposals = new Map<number, Deferred<unknown>>();
  private readonly confChanges = new Map<string, Deferred<void>>();
  /** Changes the core refused as pending (RAFT_CONF_CHANGE_PENDING), proposed again on each tick until their deadline. */
  private readonly queuedConfChanges = new Map<string, ConfChange>();
  private readonly reads = new Map<string, PendingRead>();
  private watchers: Watcher[] = [];

  /** Committed entries not yet applied: preApply held the first one. */
  private applyQueue: Entry[] = [];
  private applyResumed = false;

  private loop: Promise<void> | undefined;
  /** A snapshot being taken in the background (maybeSnapshot), if any. */
  private snapshotting: Promise<void> | undefined;
  private wakeLoop: (() => void) | undefined;
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private fatalError: Error | undefined;

  constructor(options: SeatOptions<M>) {
    this.opts = options;
    this.id = options.self.id;
    this.storage = options.storage;
    this.transport = options.transport;
    this.machine = options.machine;
    this.incarnation = options.incarnation ?? randomInt(0, 2 ** 47);
    this.snapshotEntries = checkCount('snapshotEntries', options.snapshotEntries ?? seatDefaults.snapshotEntries, 1);
    this.compactionLagEntries = checkCount('compactionLagEntries', options.compactionLagEntries ?? seatDefaults.compactionLagEntries, 0);
    this.requestTimeoutTicks = checkCount('requestTimeoutTicks', options.requestTimeoutTicks ?? seatDefaults.requestTimeoutTicks, 1);
    if (options.learnerPromoteLagEntries !== undefined) checkCount('learnerPromoteLagEntries', options.learnerPromoteLagEntries, 0);
    if (!Number.isSafeInteger(this.id) || this.id <= 0) {
      throw seatError(SeatErrorCode.ArgumentInvalid, `seat id ${String(this.id)} is not a positive integer`, { field: 'self.id' });
    }
  }

  /**
   * Writes the genesis of a new committee into empty storage: a snapshot at
   * (1, 1) holding the founding voters, their records and the machine's
   * initial state. Every founder runs it with the same arguments.
   */
  static async bootstrap(storage: LogStore, founders: readonly MemberRecord[], initialMachineState: Uint8Array): Promise<void> {
    if (storage.lastIndex() !== 0 || storage.snapshot().metadata.index !== 0) {
      throw seatError(SeatErrorCode.ArgumentInvalid, 'bootstrap: the storage is not empty (this seat already has state)', { field: 'storage' });
    }
    if (founders.length === 0) throw seatError(SeatErrorCode.ArgumentInvalid, 'bootstrap: no founding members', { field: 'founders' });
    const ids = founders.map((f) => f.id);
    if (new Set(ids).size !== ids.length) throw seatError(SeatErrorCode.ArgumentInvalid, 'bootstrap: a founding member is listed twice', { field: 'founders' });
    const data = encodeSeatSnapshot(founders, initialMachineState);
    const confState: ConfState = { voters: [...ids].sort((a, b) => a - b), learners: [] };
    await storage.save({
      snapshot: { metadata: { index: 1 as Index, term: 1 as HardState['term'], confState }, data },
      entries: [],
      hardState: { term: 1 as HardState['term'], vote: None, commit: 1 as Index },
    });
  }

  // -------------------------------------------------------------------------
  // Life cycle

  async start(): Promise<void> {
    if (this.node !== undefined) throw seatError(SeatErrorCode.ArgumentInvalid, 'seat already started');
    const snap = this.storage.snapshot();
    this.confState = snap.metadata.confState;
    this.installSnapshotState(snap);
    this.node = new RawNode({ unappliedEntriesMax: seatDefaults.unappliedEntriesMax, ...this.opts.raft, id: this.id, rand: this.opts.rand ?? ((n: number) => randomInt(0, n)) }, this.storage);
    const st = this.node.status();
    this.role = st.role;
    this.lead = st.lead;
    await this.transport.start({
      onMessage: (m) => this.onMessage(m),
      onUnreachable: (id) => {
        if (this.node !== undefined && !this.stopping) this.node.reportUnreachable(id);
      },
    });
    this.transport.setPeers(this.peers());
    this.opts.ticker.start(() => this.onTick());
    this.loop = this.run();
  }

  /** Stops ticking and serving, finishes the Ready in hand, saves a deferred commit, closes the transport. */
  stop(): Promise<void> {
    if (this.stopped === undefined) this.stopped = this.shutdown();
    return this.stopped;
  }

  private async shutdown(): Promise<void> {
    this.stopping = true;
    this.opts.ticker.stop();
    this.wake();
    await this.loop;
    if (this.fatalError === undefined && this.deferredHardState !== undefined) {
      const hardState = this.deferredHardState;
      this.deferredHardState = undefined;
      try {
        await this.storage.save({ entries: [], hardState });
      } catch {
        // Only a commit index: Raft recovers it from the leader.
      }
    }
    this.failAll(this.fatalError ?? seatError(SeatErrorCode.Stopped, `seat ${this.id} stopped`));
    await this.transport.close();
  }

  /** Asks `preApply` again about the entry apply is held at (see SeatOptions.preApply). */
  resumeApply(): void {
    this.applyResumed = true;
    this.wake();
  }

  /** The index apply is held before (preApply said 'hold'), or undefined when not held. */
  get applyHeldAt(): number | undefined {
    return this.applyQueue[0]?.index;
  }

  /** Committed entries waiting in memory behind a hold (at most raft unappliedEntriesMax). */
  get heldEntriesInMemory(): number {
    return this.applyQueue.length;
  }

  /** The machine, read directly (tests and local, possibly stale views). */
  get machineForTesting(): M {
    return this.machine;
  }

  /** Set when the seat stopped on its own. */
  get fatal(): Error | undefined {
    return this.fatalError;
  }

  // -------------------------------------------------------------------------
  // Requests

  /**
   * Proposes `command` and resolves with the machine's result once it is
   * applied here. On a follower it is refused with SEAT_NOT_LEADER (leader
   * id and address in details) unless forwardProposals is set. SEAT_TIMEOUT
   * means the outcome is unknown; SEAT_PROPOSAL_DROPPED that it was not applied.
   */
  propose(command: Uint8Array): Promise<MachineResult<M>> {
    const node = this.runningOrReject();
    if (node instanceof Error) return Promise.reject(node);
    if (!(this.opts.forwardProposals ?? seatDefaults.forwardProposals) && this.role !== Role.Leader) {
      return Promise.reject(this.notLeader('proposal'));
    }
    const seq = ++this.requestSeq;
    const data = encodeCommand({ proposer: this.id, incarnation: this.incarnation, seq }, command);
    try {
      node.propose(data);
    } catch (e) {
      return Promise.reject(this.mapRaftError(e, 'proposal'));
    }
    this.wake();
    return new Promise<MachineResult<M>>((resolve, reject) => {
      this.proposals.set(seq, { resolve: resolve as (v: unknown) => void, reject, deadlineTick: this.tickCount + this.requestTimeoutTicks });
    });
  }

  /**
   * Runs `fn` on the machine once a ReadIndex round has confirmed that this
   * seat's state includes every write acknowledged before the call
   * (linearizable). Works on followers too (the leader confirms the index).
   */
  linearizableRead<T>(fn: (machine: M) => T): Promise<T> {
    const node = this.runningOrReject();
    if (node instanceof Error) return Promise.reject(node);
    // No check of this.lead here: it is updated after a Ready's write, while the core knows the leader as soon as it hears
    // from it; readIndex refuses with RAFT_NOT_LEADER when the core knows none.
    const seq = ++this.readSeq;
    const context = new Uint8Array(readContextBytes);
    const view = new DataView(context.buffer);
    view.setUint32(0, Math.floor(this.incarnation / 0x1_0000_0000));
    view.setUint32(4, this.incarnation >>> 0);
    view.setUint32(8, Math.floor(seq / 0x1_0000_0000));
    view.setUint32(12, seq >>> 0);
    try {
      node.readIndex(context);
    } catch (e) {
      return Promise.reject(this.mapRaftError(e, 'read'));
    }
    this.wake();
    return new Promise<T>((resolve, reject) => {
      this.reads.set(hex(context), {
        fn: fn as (machine: never) => unknown,
        resolve: resolve as (v: unknown) => void,
        reject,
        deadlineTick: this.tickCount + this.requestTimeoutTicks,
        index: undefined,
      });
    });
  }

  /** Proposes `member` as a learner, its record (address, key, attestation) in the change's context; resolves once applied here. */
  addLearner(member: MemberRecord): Promise<void> {
    if (this.members.has(member.id) || this.isMember(member.id)) {
      return Promise.reject(seatError(SeatErrorCode.MembershipInvalid, `member ${member.id} is already in the committee`, { member: member.id }));
    }
    return this.proposeConfChange({ type: ConfChangeType.AddLearner, node: member.id, context: encodeMember(member) });
  }

  /** Verifies a join with the admission port, then adds the member as a learner with the attestation record it produced. */
  async admitLearner(join: JoinRequest): Promise<void> {
    const admission = this.opts.admission;
    if (admission === undefined) throw seatError(SeatErrorCode.AdmissionUnavailable, `seat ${this.id} has no admission policy to verify joins with`);
    if (this.role !== Role.Leader) throw this.notLeader('join');
    const verdict = await admission.verifyJoin(join);
    if (!verdict.admitted) {
      this.opts.metrics?.onAdmissionRefused(verdict.reason);
      throw seatError(SeatErrorCode.AdmissionRefused, `join of member ${join.member.id} refused (${verdict.reason}): ${verdict.message}`, {
        member: join.member.id,
        reason: verdict.reason,
      });
    }
    await this.addLearner({ ...join.member, attestation: verdict.record });
  }

  /** Promotes learner `id` to voter. */
  promote(id: NodeId): Promise<void> {
    if (!this.confState.learners.includes(id)) {
      return Promise.reject(seatError(SeatErrorCode.MembershipInvalid, `member ${id} is not a learner`, { member: id }));
    }
    return this.proposeConfChange({ type: ConfChangeType.AddVoter, node: id, context: new Uint8Array(0) });
  }

  /** Removes member `id` (this seat included: use drain() for that, which hands leadership over first). */
  remove(id: NodeId): Promise<void> {
    if (!this.isMember(id)) return Promise.reject(seatError(SeatErrorCode.MembershipInvalid, `member ${id} is not in the committee`, { member: id }));
    if (this.confState.voters.length === 1 && this.confState.voters[0] === id) {
      return Promise.reject(seatError(SeatErrorCode.MembershipInvalid, `member ${id} is the last voter`, { member: id }));
    }
    return this.proposeConfChange({ type: ConfChangeType.Remove, node: id, context: new Uint8Array(0) });
  }

  /**
   * Hands leadership to `target` (default: the voter, not this seat, with
   * the highest match index) with Raft's leader transfer: the leader stops
   * taking proposals, brings the target up to date and sends it TimeoutNow,
   * so the target campaigns at once (term + 1) instead of waiting for an
   * election timeout. Resolves with the new leader's id once this seat sees
   * a leader other than itself; SEAT_TIMEOUT after `timeoutTicks` (default
   * requestTimeoutTicks; the core itself abandons a transfer that takes
   * longer than an election timeout, and this seat then stays leader).
   * SEAT_NOT_LEADER on a follower; SEAT_MEMBERSHIP_INVALID when there is no
   * other voter or `target` is not one.
   */
  async transferLeadership(target?: NodeId, opts: { timeoutTicks?: number } = {}): Promise<NodeId> {
    const node = this.running();
    const timeoutTicks = opts.timeoutTicks === undefined ? this.requestTimeoutTicks : checkCount('timeoutTicks', opts.timeoutTicks, 1);
    if (this.role !== Role.Leader) throw this.notLeader('leadership transfer');
    const to = target ?? this.transferTarget();
    if (to === undefined) throw seatError(SeatErrorCode.MembershipInvalid, `seat ${this.id} is the only voter; it cannot hand leadership over`);
    if (to === this.id) return this.id;
    if (!this.confState.voters.includes(to)) {
      throw seatError(SeatErrorCode.MembershipInvalid, `cannot transfer leadership to member ${to}: not a voter`, { member: to });
    }
    try {
      node.transferLeader(to);
    } catch (e) {
      throw this.mapRaftError(e, 'leadership transfer');
    }
    this.wake();
    await this.waitFor(() => this.lead !== None && this.lead !== this.id, `leadership to move from seat ${this.id} to ${to}`, timeoutTicks);
    return this.lead;
  }

  /**
   * Leaves the committee gracefully: if leader, hands leadership to the
   * most caught-up voter (transferLeadership) and waits for a new leader;
   * then proposes this seat's removal and waits until it is applied here.
   */
  async drain(): Promise<void> {
    this.running();
    if (this.role === Role.Leader) await this.transferLeadership();
    if (!this.isMember(this.id)) return;
    // From a follower the removal is forwarded to the leader, which drops a
    // change while it has not committed an entry of its own term (a leader
    // just elected by the transfer has not): wait until this seat applied one.
    await this.waitFor(
      () => this.lead !== None && this.appliedTerm === this.node?.status().term,
      'the leader to commit an entry of its term',
    );
    await this.remove(this.id);
  }

  /**
   * On the leader: commits `record` as member `id`'s latest re-attestation
   * (a seat record entry, applied to the registry by every member, so every
   * seat reports the same verdict and snapshots carry it). Resolves once
   * applied here; SEAT_NOT_LEADER on a follower, SEAT_MEMBERSHIP_INVALID
   * when `id` is not a member with key `keyId`. An entry whose member has
   * left (or changed key) by the time it applies changes nothing.
   */
  recordReattestation(id: NodeId, keyId: string, record: ReattestationRecord): Promise<void> {
    const node = this.runningOrReject();
    if (node instanceof Error) return Promise.reject(node);
    if (this.role !== Role.Leader) return Promise.reject(this.notLeader('re-attestation record'));
    if (this.members.get(id)?.keyId !== keyId || !this.isMember(id)) {
      return Promise.reject(seatError(SeatErrorCode.MembershipInvalid, `member ${id} with key ${keyId.slice(0, 16)}… is not in the committee`, { member: id }));
    }
    const seq = ++this.requestSeq;
    try {
      node.propose(encodeSeatRecord({ proposer: this.id, incarnation: this.incarnation, seq }, { member: id, keyId, record }));
    } catch (e) {
      return Promise.reject(this.mapRaftError(e, 're-attestation record'));
    }
    this.wake();
    return new Promise<void>((resolve, reject) => {
      this.proposals.set(seq, { resolve: () => resolve(), reject, deadlineTick: this.tickCount + this.requestTimeoutTicks });
    });
  }

  /** Member `id`'s replicated record (addresses, key, attestation), if this seat has it. */
  memberRecord(id: NodeId): MemberRecord | undefined {
    return this.members.get(id);
  }

  /** Whether `id` is in the configuration this seat has applied (voter or learner, with or without a record). */
  hasMember(id: NodeId): boolean {
    return this.isMember(id);
  }

  status(): SeatStatus {
    const node = this.node;
    const st = node?.status();
    const voters = new Set(this.confState.voters);
    const ids = [...this.confState.voters, ...this.confState.learners].sort((a, b) => a - b);
    const members: SeatMemberStatus[] = ids.map((id) => {
      const record = this.members.get(id) ?? { id, address: '', keyId: '' };
      const match = st?.progress?.get(id)?.match;
      return { ...record, role: voters.has(id) ? 'voter' : 'learner', ...(match !== undefined ? { matchIndex: match } : {}) };
    });
    return {
      id: this.id,
      role: this.role,
      term: st?.term ?? 0,
      leader: this.lead,
      leaderAddress: this.members.get(this.lead)?.address,
      leaderClientAddress: this.members.get(this.lead)?.clientAddress,
      committedIndex: st?.commit ?? 0,
      appliedIndex: this.appliedIndex,
      snapshotIndex: this.snapshotIndex,
      lastIndex: st?.lastIndex ?? 0,
      removed: this.removed,
      members,
    };
  }

  // -------------------------------------------------------------------------
  // Inputs

  private onMessage(m: Message): void {
    if (this.node === undefined || this.stopping) return;
    try {
      this.node.step(m);
    } catch (e) {
      // A malformed message from a peer is dropped; anything else is a bug.
      if (!isTesseraError(e, RaftErrorCode.MessageInvalid)) throw e;
      return;
    }
    this.wake();
  }

  private onTick(): void {
    const node = this.node;
    if (node === undefined || this.stopping) return;
    this.tickCount++;
    node.tick();
    this.expireRequests();
    if (this.queuedConfChanges.size > 0) this.retryQueuedConfChanges(node);
    if (this.role === Role.Leader) this.maybePromoteLearner(node);
    this.checkWatchers();
    this.wake();
  }

  private proposeConfChange(cc: ConfChange): Promise<void> {
    const node = this.runningOrReject();
    if (node instanceof Error) return Promise.reject(node);
    const key = confKey(cc.type, cc.node);
    if (this.confChanges.has(key)) {
      return Promise.reject(seatError(SeatErrorCode.MembershipInvalid, `the same change for member ${cc.node} is already in progress`, { member: cc.node }));
    }
    let queued = false;
    try {
      node.proposeConfChange(cc);
    } catch (e) {
      // The leader has not committed an entry of its term yet, or another change is unapplied: retry on later ticks.
      if (!isTesseraError(e, RaftErrorCode.ConfChangePending)) return Promise.reject(this.mapRaftError(e, 'membership change'));
      queued = true;
    }
    this.wake();
    return new Promise<void>((resolve, reject) => {
      this.confChanges.set(key, { resolve, reject, deadlineTick: this.tickCount + this.requestTimeoutTicks });
      if (queued) this.queuedConfChanges.set(key, cc);
    });
  }

  /** Re-proposes membership changes the core refused as pending; one whose turn came is then replicated normally. */
  private retryQueuedConfChanges(node: RawNode): void {
    for (const [key, cc] of this.queuedConfChanges) {
      const pending = this.confChanges.get(key);
      if (pending === undefined) {
        this.queuedConfChanges.delete(key);
        continue;
      }
      try {
        node.proposeConfChange(cc);
        this.queuedConfChanges.delete(key);
      } catch (e) {
        if (isTesseraError(e, RaftErrorCode.ConfChangePending)) continue;
        this.queuedConfChanges.delete(key);
        this.confChanges.delete(key);
        pending.reject(this.mapRaftError(e, 'membership change'));
      }
    }
  }

  // -------------------------------------------------------------------------
  // The Ready loop

  private wake(): void {
    const w = this.wakeLoop;
    if (w !== undefined) {
      this.wakeLoop = undefined;
      w();
    }
  }

  private async run(): Promise<void> {
    const node = this.node!;
    const planner = new ReadyPlanner(this.storage.initialState().hardState, node.status().role);
    try {
      while (!this.stopping) {
        if (!node.hasReady()) {
          if (this.applyResumed) {
            this.applyCommitted(node);
            node.reportApplied(this.appliedIndex);
            this.serveReads();
            this.checkWatchers();
            this.maybeSnapshot(node);
            continue;
          }
          await new Promise<void>((resolve) => (this.wakeLoop = resolve));
          continue;
        }
        // Let the rest of this event-loop turn's I/O (requests, peer messages) step the node first, so one Ready takes it all.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (this.stopping) break;
        const rd = node.ready();
        // Role and leader first (as etcd's server does): a new leader's first
        // appends may go out before its own write below, and a peer that
        // hears from it must not find this seat still calling itself a candidate.
        if (rd.softState !== undefined) this.onSoftState(rd.softState.role, rd.softState.lead);
        // A leader sends its appends and applies what is already durable while it writes (ready-plan.ts).
        const plan = planner.plan(rd);
        if (plan.sendBeforePersist.length > 0) this.transport.send(plan.sendBeforePersist);
        // Through the apply queue, so that preApply can hold apply at any entry (never a skip).
        for (let i = 0; i < plan.applyBeforePersist; i++) this.applyQueue.push(rd.committedEntries[i]!);
        if (plan.applyBeforePersist > 0) this.applyCommitted(node);
        await this.persist(rd);
        if (plan.sendAfterPersist.length > 0) this.transport.send(plan.sendAfterPersist);
        if (rd.snapshot !== undefined) this.installSnapshot(rd.snapshot);
        for (let i = plan.applyBeforePersist; i < rd.committedEntries.length; i++) this.applyQueue.push(rd.committedEntries[i]!);
        this.applyCommitted(node);
        for (const rs of rd.readStates) {
          const read = this.reads.get(hex(rs.context));
          if (read !== undefined) read.index = rs.index;
        }
        // Only what was applied: entries held by preApply keep the core's
        // applied index back (a membership change behind them stays pending).
        node.advance(this.appliedIndex);
        this.serveReads();
        this.reportStatus(node);
        this.checkWatchers();
        this.maybeSnapshot(node);
      }
      // A snapshot still being written finishes before the seat reports itself stopped (the storage closes after).
      await this.snapshotting;
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /**
   * Starts a snapshot once snapshotEntries entries were applied since the
   * last one, in the background: the Ready loop goes on while the snapshot
   * file is written and synced (tens to hundreds of ms for a large
   * machine, which stalled every write when the loop waited for it).
   *
   * Each member snapshots on its own grid of indices, offset by its id
   * (snapshotPhase): a machine without snapshotInChunks snapshots in one
   * synchronous step (KvMachine's capture once copied and sorted every key:
   * 500-640 ms of wall time at 100,000 keys on a loaded 2-core host, now
   * O(1)), and when every member did it at the same index both followers
   * fell silent together, which on a loaded host can outlast the leader's
   * check-quorum window.
   */
  private maybeSnapshot(node: RawNode): void {
    if (this.snapshotting !== undefined || !snapshotDue(this.appliedIndex, this.snapshotIndex, this.snapshotEntries, this.id)) return;
    this.snapshotting = this.takeSnapshot(node)
      .catch((e: unknown) => this.fail(e instanceof Error ? e : new Error(String(e))))
      .finally(() => {
        this.snapshotting = undefined;
      });
  }

  /**
   * Step 1 of the Ready contract. A Ready whose only durable change is the
   * commit index (mustSync false, no entries, no snapshot) is not saved on
   * its own: its hard state rides with the next save (Raft re-learns a lost
   * commit index from the leader, and applying never runs ahead of what is
   * durable: committed entries are always already persisted).
   */
  private async persist(rd: Ready): Promise<void> {
    const hasLog = rd.snapshot !== undefined || rd.entries.length > 0;
    if (!hasLog && rd.hardState !== undefined && !rd.mustSync) {
      this.deferredHardState = rd.hardState;
      return;
    }
    if (!hasLog && rd.hardState === undefined) return;
    const hardState = rd.hardState ?? this.deferredHardState;
    this.deferredHardState = undefined;
    const started = this.opts.metrics !== undefined ? performance.now() : 0;
    await this.storage.save({
      ...(rd.snapshot !== undefined ? { snapshot: rd.snapshot } : {}),
      entries: rd.entries,
      ...(hardState !== undefined ? { hardState } : {}),
    });
    this.opts.metrics?.onPersist((performance.now() - started) / 1000, rd.mustSync);
  }

  private installSnapshot(snap: Snapshot): void {
    // The snapshot covers whatever was held before its index.
    this.applyQueue = this.applyQueue.filter((e) => e.index > snap.metadata.index);
    this.confState = snap.metadata.confState;
    this.installSnapshotState(snap);
    this.transport.setPeers(this.peers());
    // Proposals whose entries the snapshot covers were applied elsewhere; their outcome here is unknown until they time out.
  }

  /** Restores registry and machine from a snapshot (at start, or one received from the leader). */
  private installSnapshotState(snap: Snapshot): void {
    const index = snap.metadata.index;
    const decoded = decodeSeatSnapshot(snap.data);
    const inConf = new Set([...snap.metadata.confState.voters, ...snap.metadata.confState.learners]);
    this.members = new Map();
    if (decoded !== undefined) {
      for (const m of decoded.members) this.members.set(m.id, m);
      this.machine.restore(decoded.machine);
    } else {
      for (const m of this.opts.founders ?? []) if (inConf.has(m.id)) this.members.set(m.id, m);
    }
    if (!this.members.has(this.id) && inConf.has(this.id)) this.members.set(this.id, this.opts.self);
    this.appliedIndex = index;
    this.appliedTerm = snap.metadata.term;
    this.snapshotIndex = index;
    this.removed = false;
  }

  /** Applies queued committed entries in order until preApply holds one. */
  private applyCommitted(node: RawNode): void {
    this.applyResumed = false;
    const queue = this.applyQueue;
    let next = 0;
    while (next < queue.length && !this.stopping) {
      const entry = queue[next]!;
      if (!this.applyEntry(node, entry)) break;
      next++;
    }
    if (next > 0) this.applyQueue = next === queue.length ? [] : queue.slice(next);
  }

  /** False when preApply held the entry (nothing applied, appliedIndex unchanged). */
  private applyEntry(node: RawNode, entry: Entry): boolean {
    if (entry.type === EntryType.ConfChange) this.applyConfChange(node, entry);
    else if (isSeatRecord(entry.data)) this.applySeatRecord(entry);
    else if (entry.data.length > 0 && !this.applyCommand(entry)) return false;
    this.appliedIndex = entry.index;
    this.appliedTerm = entry.term;
    return true;
  }

  private applyCommand(entry: Entry): boolean {
    let decoded: ReturnType<typeof decodeCommand>;
    try {
      decoded = decodeCommand(entry.data);
    } catch {
      // Every member refuses the same bytes the same way: nothing to apply.
      return true;
    }
    if (this.opts.preApply !== undefined && this.opts.preApply(decoded.command, entry.index) === 'hold') return false;
    // A throw here is a machine bug: the loop stops the seat rather than diverge.
    const result = this.machine.apply(decoded.command, { index: entry.index, term: entry.term });
    const { proposer, incarnation, seq } = decoded.id;
    if (proposer !== this.id || incarnation !== this.incarnation) return true;
    const pending = this.proposals.get(seq);
    if (pending === undefined) return true;
    this.proposals.delete(seq);
    pending.resolve(result);
    return true;
  }

  /** A registry update that is not a membership change (records.ts); never asks preApply nor touches the machine. */
  private applySeatRecord(entry: Entry): void {
    let decoded: ReturnType<typeof decodeSeatRecord>;
    try {
      decoded = decodeSeatRecord(entry.data);
    } catch (e) {
      // Every member skips the same bytes; the operator hears of it (a re-attestation verdict is lost).
      try {
        this.opts.onUnreadableRecord?.(entry.index, e instanceof Error ? e : new Error(String(e)));
      } catch {
        // a failing report must not stop apply
      }
      return;
    }
    const { member, keyId, record } = decoded.update;
    const current = this.members.get(member);
    if (current !== undefined && current.keyId === keyId) this.members.set(member, { ...current, reattestation: record });
    const { proposer, incarnation, seq } = decoded.id;
    if (proposer !== this.id || incarnation !== this.incarnation) return;
    const pending = this.proposals.get(seq);
    if (pending === undefined) return;
    this.proposals.delete(seq);
    pending.resolve(undefined);
  }

  private applyConfChange(node: RawNode, entry: Entry): void {
    const cc = decodeConfChange(entry.data);
    let record: MemberRecord | undefined;
    if (cc.context.length > 0) {
      try {
        record = decodeMember(cc.context);
        if (record.id !== cc.node) record = undefined;
      } catch {
        record = undefined;
      }
    }
    this.confState = node.applyConfChange(cc);
    if (cc.type === ConfChangeType.Remove) {
      this.members.delete(cc.node);
      if (cc.node === this.id) this.removed = true;
    } else if (record !== undefined) {
      this.members.set(cc.node, record);
    }
    this.transport.setPeers(this.peers());
    const pending = this.confChanges.get(confKey(cc.type, cc.node));
    if (pending !== undefined) {
      this.confChanges.delete(confKey(cc.type, cc.node));
      pending.resolve();
    }
  }

  private onSoftState(role: Role, lead: NodeId): void {
    if (lead !== this.lead) this.opts.metrics?.onLeaderChange(lead);
    this.role = role;
    this.lead = lead;
  }

  private serveReads(): void {
    for (const [key, read] of this.reads) {
      if (read.index === undefined || read.index > this.appliedIndex) continue;
      this.reads.delete(key);
      try {
        read.resolve(read.fn(this.machine as never));
      } catch (e) {
        read.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
  }

  private reportStatus(node: RawNode): void {
    const metrics = this.opts.metrics;
    if (metrics === undefined) return;
    const st = node.status();
    metrics.onStatus({
      role: st.role,
      term: st.term,
      leader: st.lead,
      committedIndex: st.commit,
      appliedIndex: this.appliedIndex,
      members: this.confState.voters.length + this.confState.learners.length,
    });
  }

  /**
   * Snapshot the machine at the applied index and compact the log up to
   * compactionLagEntries behind it. A failed snapshot is not fatal (the WAL
   * is intact): the seat tries again after snapshotEntries more entries.
   */
  private async takeSnapshot(node: RawNode): Promise<void> {
    // Everything the snapshot holds is taken now, before the first await: the loop applies more entries meanwhile.
    const at = this.appliedIndex as Index;
    const confState = node.status().confState;
    const members = [...this.members.values()];
    // A machine that can encodes in chunks, yielding between them, so that a large state does not stall writes.
    const machine =
      this.machine.snapshotInChunks !== undefined
        ? this.machine.snapshotInChunks(() => new Promise<void>((resolve) => setImmediate(resolve)))
        : Promise.resolve(this.machine.snapshot());
    if (this.deferredHardState !== undefined) {
      // The storage takes snapshots only of committed entries it knows are committed.
      const hardState = this.deferredHardState;
      this.deferredHardState = undefined;
      await this.storage.save({ entries: [], hardState });
    }
    const data = encodeSeatSnapshot(members, await machine);
    if (this.stopping) return;
    try {
      await this.storage.createSnapshot(at, confState, data);
    } catch (e) {
      if (!isTesseraError(e)) throw e;
      if (e.code === StorageErrorCode.SnapshotOutOfDate) {
        this.snapshotIndex = Math.max(this.snapshotIndex, this.storage.snapshot().metadata.index);
        return;
      }
      if (e.code === 'STORAGE_IO_FAILED' || e.code === 'STORAGE_FAILED') throw e;
      this.snapshotIndex = Math.max(this.snapshotIndex, at);
      return;
    }
    // A snapshot from the leader may have been installed meanwhile (its index is higher).
    this.snapshotIndex = Math.max(this.snapshotIndex, at);
    // Compact only behind our own snapshot: one installed from the leader meanwhile reset the log past it.
    if (this.stopping || this.storage.snapshot().metadata.index !== at) return;
    const compactTo = at - this.compactionLagEntries;
    if (compactTo > this.storage.firstIndex()) await this.storage.compact(compactTo as Index);
  }

  // -------------------------------------------------------------------------
  // Membership helpers

  private isMember(id: NodeId): boolean {
    return this.confState.voters.includes(id) || this.confState.learners.includes(id);
  }

  private peers(): PeerAddress[] {
    const out: PeerAddress[] = [];
    for (const id of [...this.confState.voters, ...this.confState.learners]) {
      if (id === this.id) continue;
      const m = this.members.get(id);
      if (m !== undefined) out.push({ id: m.id, address: m.address, keyId: m.keyId });
    }
    return out;
  }

  /** The voter (not us) with the highest match index, as the leader sees it. */
  private transferTarget(): NodeId | undefined {
    const progress = this.node?.status().progress;
    let best: NodeId | undefined;
    let bestMatch = -1;
    for (const id of this.confState.voters) {
      if (id === this.id) continue;
      const match = progress?.get(id)?.match ?? 0;
      if (match > bestMatch) {
        best = id;
        bestMatch = match;
      }
    }
    return best;
  }

  private maybePromoteLearner(node: RawNode): void {
    const lag = this.opts.learnerPromoteLagEntries;
    if (lag === undefined || this.confState.learners.length === 0) return;
    const st = node.status();
    for (const id of this.confState.learners) {
      const pr = st.progress?.get(id);
      if (pr === undefined || st.lastIndex - pr.match > lag || pr.match === 0) continue;
      if (this.confChanges.has(confKey(ConfChangeType.AddVoter, id))) continue;
      try {
        node.proposeConfChange({ type: ConfChangeType.AddVoter, node: id, context: new Uint8Array(0) });
      } catch (e) {
        // Another change is in progress: try again on a later tick.
        if (isTesseraError(e, RaftErrorCode.ConfChangePending) || isTesseraError(e, RaftErrorCode.TransferInProgress)) return;
        throw e;
      }
      return;
    }
  }

  // -------------------------------------------------------------------------
  // Waiting, timeouts, failure

  private waitFor(done: () => boolean, what: string, timeoutTicks = this.requestTimeoutTicks): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.watchers.push({ done, what, resolve, reject, deadlineTick: this.tickCount + timeoutTicks });
    });
  }

  private checkWatchers(): void {
    if (this.watchers.length === 0) return;
    const waiting: Watcher[] = [];
    for (const w of this.watchers) {
      if (w.done()) w.resolve();
      else if (this.tickCount >= w.deadlineTick) w.reject(seatError(SeatErrorCode.Timeout, `timed out waiting for ${w.what}`));
      else waiting.push(w);
    }
    this.watchers = waiting;
  }

  private expireRequests(): void {
    const now = this.tickCount;
    for (const [seq, p] of this.proposals) {
      if (now < p.deadlineTick) continue;
      this.proposals.delete(seq);
      p.reject(seatError(SeatErrorCode.Timeout, `proposal ${seq} not applied within ${this.requestTimeoutTicks} ticks; it may still be applied`, { leader: this.lead }));
    }
    for (const [key, c] of this.confChanges) {
      if (now < c.deadlineTick) continue;
      this.confChanges.delete(key);
      this.queuedConfChanges.delete(key);
      c.reject(seatError(SeatErrorCode.Timeout, `membership change ${key} not applied within ${this.requestTimeoutTicks} ticks; it may still be applied`));
    }
    for (const [key, r] of this.reads) {
      if (now < r.deadlineTick) continue;
      this.reads.delete(key);
      r.reject(seatError(SeatErrorCode.Timeout, `read not confirmed within ${this.requestTimeoutTicks} ticks`, { leader: this.lead }));
    }
  }

  private fail(error: Error): void {
    if (this.fatalError !== undefined) return;
    this.fatalError =
      isTesseraError(error) && error.code.startsWith('STORAGE')
        ? seatError(SeatErrorCode.StorageFailed, `seat ${this.id} stopped: storage failed: ${error.message}`, { cause: error.code })
        : error;
    this.stopping = true;
    this.opts.ticker.stop();
    this.failAll(this.fatalError);
    this.opts.onFatal?.(this.fatalError);
  }

  private failAll(error: Error): void {
    for (const p of this.proposals.values()) p.reject(error);
    for (const c of this.confChanges.values()) c.reject(error);
    for (const r of this.reads.values()) r.reject(error);
    for (const w of this.watchers) w.reject(error);
    this.proposals.clear();
    this.confChanges.clear();
    this.queuedConfChanges.clear();
    this.reads.clear();
    this.watchers = [];
  }

  private running(): RawNode {
    if (this.node === undefined) throw seatError(SeatErrorCode.Stopped, `seat ${this.id} is not started`);
    if (this.stopping) throw this.fatalError ?? seatError(SeatErrorCode.Stopped, `seat ${this.id} is stopped`);
    return this.node;
  }

  private runningOrReject(): RawNode | Error {
    try {
      return this.running();
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }

  private notLeader(what: string, leader: NodeId = this.lead): TesseraError {
    const record = leader === None ? undefined : this.members.get(leader);
    const leaderAddress = record?.address;
    const leaderClientAddress = record?.clientAddress;
    const where = leader === None ? 'no leader is known' : `the leader is member ${leader}${leaderClientAddress ? ` serving clients at ${leaderClientAddress}` : ''}`;
    return seatError(SeatErrorCode.NotLeader, `${what} refused: seat ${this.id} is not the leader; ${where}`, {
      leader,
      leaderAddress,
      ...(leaderClientAddress !== undefined ? { leaderClientAddress } : {}),
    });
  }

  private mapRaftError(e: unknown, what: string): Error {
    if (!isTesseraError(e)) return e instanceof Error ? e : new Error(String(e));
    switch (e.code) {
      case RaftErrorCode.ProposalDropped:
      case RaftErrorCode.NotLeader:
        return this.notLeader(what, (e.details?.leader as NodeId | undefined) ?? this.lead);
      case RaftErrorCode.TransferInProgress:
      case RaftErrorCode.UncommittedBytesExceeded:
      case RaftErrorCode.ReadIndexOverloaded:
        return seatError(SeatErrorCode.ProposalDropped, `${what} refused: ${e.message}`, { cause: e.code });
      case RaftErrorCode.ConfChangePending:
      case RaftErrorCode.ConfChangeInvalid:
      case RaftErrorCode.ArgumentInvalid:
        return seatError(SeatErrorCode.MembershipInvalid, e.message, { cause: e.code });
      default:
        return e;
    }
  }
}

function confKey(type: ConfChangeType, node: NodeId): string {
  return `${ConfChangeType[type]}:${node}`;
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
