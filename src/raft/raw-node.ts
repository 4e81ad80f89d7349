import { assert } from '../common/errors.js';
import { resolveRaftConfig, type RaftConfigInput } from './config.js';
import { RaftErrorCode, raftError } from './errors.js';
import { ProgressState } from './progress.js';
import { CampaignType, Raft, Role, type ReadState } from './raft.js';
import type { Storage } from './storage.js';
import {
  EntryType,
  MessageType,
  None,
  encodeConfChange,
  isResponseMessage,
  messageTypeName,
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Index,
  type Message,
  type NodeId,
  type Snapshot,
  type Term,
} from './types.js';
import { payloadBytes } from './util.js';

/** Volatile state worth telling the application about when it changes. */
export interface SoftState {
  readonly lead: NodeId;
  readonly role: Role;
}

/**
 * What the core asks of the application, to be handled in this order:
 *
 * 1. Persist `snapshot` (if set), then `entries`, then `hardState` (if set),
 *    e.g. with LogStore.save({ snapshot, entries, hardState }). When
 *    `mustSync` is false only the commit index changed, which need not be
 *    fsynced.
 * 2. Only then send `messages` (every one of them: votes, vote and append
 *    responses, and the leader's MsgApp alike; none may leave before the
 *    state it depends on is durable).
 * 3. Install `snapshot` in the state machine, then apply `committedEntries`
 *    in order; for an EntryType.ConfChange entry call applyConfChange().
 *    Entries may be committed in the same Ready that persists them (step 1
 *    comes first).
 * 4. Serve `readStates` once the state machine has applied their index.
 * 5. Call advance().
 *
 * Exactly one Ready is outstanding: ready() again before advance() throws
 * RAFT_READY_NOT_ADVANCED. Between ready() and advance() the caller may keep
 * stepping messages and proposing.
 */
export interface Ready {
  /** Set when the leader or this member's role changed since the last Ready. */
  readonly softState: SoftState | undefined;
  /** Set when term, vote or commit changed since the last Ready. */
  readonly hardState: HardState | undefined;
  readonly readStates: readonly ReadState[];
  /** Entries to persist (contiguous; the first replaces any stored entry at its index and after). */
  readonly entries: readonly Entry[];
  /** A snapshot from the leader to persist and install. */
  readonly snapshot: Snapshot | undefined;
  /** Committed entries to apply, at most committedBytesPerReadyMax bytes (at least one). */
  readonly committedEntries: readonly Entry[];
  /** To send after persisting. */
  readonly messages: readonly Message[];
  /** Whether the persistence of this Ready must be fsynced (entries, term or vote changed). */
  readonly mustSync: boolean;
}

export interface ProgressStatus {
  readonly match: Index;
  readonly next: Index;
  readonly state: ProgressState;
  readonly isLearner: boolean;
  readonly recentActive: boolean;
  readonly inflightMsgs: number;
  readonly inflightBytes: number;
}

export interface Status {
  readonly id: NodeId;
  readonly term: Term;
  readonly vote: NodeId;
  readonly commit: Index;
  readonly applied: Index;
  readonly lastIndex: Index;
  readonly lead: NodeId;
  readonly role: Role;
  readonly leadTransferee: NodeId;
  readonly confState: ConfState;
  /** On the leader: every member's progress. */
  readonly progress: ReadonlyMap<NodeId, ProgressStatus> | undefined;
}

/** What a Ready handed out, so that advance() can acknowledge exactly that. */
interface Outstanding {
  readonly lastEntry: Entry | undefined;
  readonly snapshot: Snapshot | undefined;
  readonly hardState: HardState | undefined;
  readonly softState: SoftState | undefined;
  readonly lastCommitted: Entry | undefined;
  readonly committedBytes: number;
}

/**
 * One Raft member (etcd-io/raft's RawNode): the caller drives it with
 * tick() and step(), asks it to propose, read, transfer or change
 * membership, and takes its output with ready() / advance(). Synchronous,
 * pure and deterministic; not safe to call re-entrantly.
 */
export class RawNode {
  private readonly raft: Raft;
  private prevSoft: SoftState;
  private prevHard: HardState;
  private outstanding: Outstanding | undefined = undefined;

  constructor(config: RaftConfigInput, storage: Storage) {
    this.raft = new Raft(resolveRaftConfig(config), storage);
    this.prevSoft = this.softState();
    this.prevHard = storage.initialState().hardState;
  }

  get id(): NodeId {
    return this.raft.id;
  }

  /** Advances logical time by one tick (elections, heartbeats, check-quorum, transfer and snapshot timeouts). */
  tick(): void {
    this.raft.tick();
  }

  /** Campaigns now (pre-vote first if configured), if this member is a voter. */
  campaign(): void {
    this.raft.hup(this.raft.config.preVote ? CampaignType.PreElection : CampaignType.Election);
  }

  /**
   * Steps a message from a peer. Throws RAFT_MESSAGE_INVALID for a message
   * no correct peer sends (unknown type, wrong recipient, bad entries or
   * chunk). Responses from members not in the configuration are ignored.
   */
  step(m: Message): void {
    validateMessage(m, this.raft.id);
    if (isResponseMessage(m.type) && !this.raft.trk.isMember(m.from)) return;
    this.raft.step(m);
  }

  /**
   * Proposes `data` as a normal entry. On the leader it is appended; on a
   * follower it is forwarded to the leader (or refused with
   * RAFT_PROPOSAL_DROPPED naming the leader when forwarding is disabled).
   * Acceptance is not commitment: the entry may still be lost if leadership
   * changes; the caller learns the outcome by applying committed entries.
   * Throws RAFT_PROPOSAL_DROPPED, RAFT_TRANSFER_IN_PROGRESS or
   * RAFT_UNCOMMITTED_BYTES_EXCEEDED when refused.
   */
  propose(data: Uint8Array): void {
    this.raft.propose([{ type: EntryType.Normal, data }]);
  }

  /** Proposes several normal entries at once (all or none). */
  proposeBatch(datas: readonly Uint8Array[]): void {
    if (datas.length === 0) return;
    this.raft.propose(datas.map((data) => ({ type: EntryType.Normal, data })));
  }

  /**
   * Proposes a membership change. Refused with RAFT_CONF_CHANGE_PENDING
   * while a previous change is unapplied or before the leader has committed
   * and applied an entry of its term, RAFT_CONF_CHANGE_INVALID when it does
   * not fit the configuration; otherwise like propose().
   */
  proposeConfChange(cc: ConfChange): void {
    this.raft.propose([{ type: EntryType.ConfChange, data: encodeConfChange(cc) }]);
  }

  /** Applies a committed membership change (call it when applying its entry); returns the new configuration. */
  applyConfChange(cc: ConfChange): ConfState {
    return this.raft.applyConfChange(cc);
  }

  /**
   * Requests a linearizable read identified by `context` (1..1024 bytes,
   * unique per request). The answer is a ReadState in a later Ready: serve
   * the read once the state machine has applied its index. Throws
   * RAFT_NOT_LEADER when no leader is known, RAFT_READ_INDEX_OVERLOADED when
   * too many reads wait. A read lost to a leader change gets no answer; the
   * caller retries after a timeout.
   */
  readIndex(context: Uint8Array): void {
    this.raft.readIndex(context);
  }

  /** Asks the leader (this member) to hand leadership to voter `to`; throws RAFT_NOT_LEADER elsewhere. */
  transferLeader(to: NodeId): void {
    this.raft.transferLeader(to);
  }

  /** The transport failed to deliver to `id`: stop pipelining to it until it answers. */
  reportUnreachable(id: NodeId): void {
    this.raft.reportUnreachable(id);
  }

  private softState(): SoftState {
    return { lead: this.raft.lead, role: this.raft.role };
  }

  hasReady(): boolean {
    const r = this.raft;
    const log = r.log;
    if (r.msgs.length > 0 || r.readStates.length > 0 || r.hasPendingAppends()) return true;
    if (log.unstable.entries.length > 0 || log.unstable.snapshot !== undefined) return true;
    if (log.hasNextCommittedEntries()) return true;
    const ss = this.prevSoft;
    if (ss.lead !== r.lead || ss.role !== r.role) return true;
    const hs = this.prevHard;
    return hs.term !== r.term || hs.vote !== r.vote || hs.commit !== log.committed;
  }

  /** The next batch of work; see Ready for the contract. */
  ready(): Ready {
    if (this.outstanding !== undefined) {
      throw raftError(RaftErrorCode.ReadyNotAdvanced, 'ready() called again before advance()');
    }
    const r = this.raft;
    const log = r.log;
    r.flushAppends();
    const entries = log.unstable.entries.slice();
    const snapshot = log.unstable.snapshot;
    const committedEntries = log.nextCommittedEntries();
    const messages = r.msgs;
    r.msgs = [];
    const readStates = r.readStates;
    r.readStates = [];

    const prevHard = this.prevHard;
    const hardChanged = prevHard.term !== r.term || prevHard.vote !== r.vote || prevHard.commit !== log.committed;
    const hardState = hardChanged ? r.hardState() : undefined;
    const soft = this.prevSoft.lead !== r.lead || this.prevSoft.role !== r.role ? this.softState() : undefined;
    const mustSync = entries.length > 0 || prevHard.term !== r.term || prevHard.vote !== r.vote;

    const lastCommitted = committedEntries.length > 0 ? committedEntries[committedEntries.length - 1] : undefined;
    if (lastCommitted !== undefined) log.acceptApplying(lastCommitted.index);
    this.outstanding = {
      lastEntry: entries.length > 0 ? entries[entries.length - 1] : undefined,
      snapshot,
      hardState,
      softState: soft,
      lastCommitted,
      committedBytes: lastCommitted === undefined ? 0 : payloadBytes(committedEntries),
    };
    return { softState: soft, hardState, readStates, entries, snapshot, committedEntries, messages, mustSync };
  }

  /**
   * The last Ready was persisted, sent and applied. An application that
   * holds back some of its committedEntries passes `appliedIndex`, the
   * highest index it really applied (the rest must be applied later, in
   * order, then reported with reportApplied()): the core's applied index
   * guards membership changes and campaigns, so it must never run ahead of
   * the application's (a committed but unapplied membership change would
   * otherwise let a second one in, or a campaign on the old configuration).
   */
  advance(appliedIndex?: number): void {
    const o = this.outstanding;
    if (o === undefined) throw raftError(RaftErrorCode.ReadyNotAdvanced, 'advance() without a ready()');
    const log = this.raft.log;
    if (o.snapshot !== undefined) {
      log.stableSnapTo(o.snapshot.metadata.index);
      // Installing the snapshot applied everything it covers.
      if (o.snapshot.metadata.index > log.applied) log.appliedTo(o.snapshot.metadata.index);
    }
    if (o.lastEntry !== undefined) log.stableTo(o.lastEntry.index, o.lastEntry.term);
    if (o.hardState !== undefined) this.prevHard = o.hardState;
    if (o.softState !== undefined) this.prevSoft = o.softState;
    if (o.lastCommitted !== undefined) {
      const to = appliedIndex === undefined ? o.lastCommitted.index : Math.min(appliedIndex, o.lastCommitted.index);
      if (to > log.applied) log.appliedTo(to as Index);
      this.raft.reduceUncommittedBytes(o.committedBytes);
    } else if (appliedIndex !== undefined) {
      // A Ready that handed out nothing committed (e.g. at unappliedEntriesMax) while the application
      // applied entries it held: dropping that report left the cap reached with nothing left to apply.
      this.reportApplied(appliedIndex);
    }
    this.outstanding = undefined;
  }

  /**
   * The application applied, up to `index`, entries it held back when it
   * called advance(appliedIndex). Only entries a Ready handed out count;
   * an index at or below the applied index changes nothing.
   */
  reportApplied(index: number): void {
    const log = this.raft.log;
    const to = Math.min(index, log.applying);
    if (to > log.applied) log.appliedTo(to as Index);
  }

  status(): Status {
    const r = this.raft;
    let progress: Map<NodeId, ProgressStatus> | undefined;
    if (r.role === Role.Leader) {
      progress = new Map();
      for (const [id, pr] of r.trk.progress) {
        progress.set(id, {
          match: pr.match,
          next: pr.next,
          state: pr.state,
          isLearner: pr.isLearner,
          recentActive: pr.recentActive,
          inflightMsgs: pr.inflights.count,
          inflightBytes: pr.inflights.bytes,
        });
      }
    }
    return {
      id: r.id,
      term: r.term,
      vote: r.vote,
      commit: r.log.committed,
      applied: r.log.applied,
      lastIndex: r.log.lastIndex(),
      lead: r.lead,
      role: r.role,
      leadTransferee: r.leadTransferee,
      confState: r.trk.confState(),
      progress,
    };
  }

  /** Asserts the member's invariants (ASSERTION_FAILED naming the broken one). Cheap: O(members). */
  checkInvariants(): void {
    this.raft.checkInvariants();
    assert(
      this.prevHard.commit <= this.raft.log.committed && this.prevHard.term <= this.raft.term,
      `member ${this.raft.id}: persisted hard state ahead of the live one`,
    );
  }

  /** The state machine inside, for tests and the simulator's checks. Not for the seat. */
  get raftForTesting(): Raft {
    return this.raft;
  }
}

function validateMessage(m: Message, self: NodeId): void {
  const bad = (why: string): never => {
    throw raftError(RaftErrorCode.MessageInvalid, `message ${messageTypeName[m.type] ?? String(m.type)} from ${m.from}: ${why}`, {
      type: m.type,
      from: m.from,
    });
  };
  if (messageTypeName[m.type] === undefined) bad('unknown type');
  if (m.to !== self) bad(`addressed to ${m.to}, not ${self}`);
  if (m.from === None || m.from === self) bad('bad sender');
  if (m.type === MessageType.App && m.entries.length > 0) {
    const first = m.entries[0]!.index;
    const last = m.entries[m.entries.length - 1]!.index;
    if (first !== m.index + 1 || last !== m.index + m.entries.length) {
      bad(`entries ${first}..${last} do not follow index ${m.index} contiguously`);
    }
  }
  if (m.type === MessageType.Snap) {
    const c = m.snapshot;
    if (c === undefined) bad('no snapshot chunk');
    else if (c.offset < 0 || c.offset + c.data.length > c.totalBytes || c.metadata.index <= 0) {
      bad(`chunk [${c.offset}, ${c.offset + c.data.length}) of ${c.totalBytes} bytes at index ${c.metadata.index} is inconsistent`);
    }
  }
  if ((m.type === MessageType.Prop || m.type === MessageType.ReadIndex) && m.term !== 0) bad('forwarded request with a term');
  if (m.type !== MessageType.Prop && m.type !== MessageType.ReadIndex && m.term === 0) bad('term 0');
}
