import { assert, isTesseraError, TesseraError } from '../common/errors.js';
import type { RaftConfig } from './config.js';
import { proposalDropped, RaftErrorCode, raftError } from './errors.js';
import { RaftLog } from './log.js';
import { ProgressState, type Progress } from './progress.js';
import { ReadOnly } from './read-only.js';
import { StorageErrorCode, type Storage } from './storage.js';
import { ProgressTracker, VoteResult } from './tracker.js';
import {
  ConfChangeType,
  EntryType,
  MessageType,
  None,
  decodeConfChange,
  isEmptyHardState,
  message,
  type ConfChange,
  type ConfState,
  type Entry,
  type HardState,
  type Index,
  type Message,
  type NodeId,
  type Snapshot,
  type SnapshotChunk,
  type Term,
} from './types.js';
import { minIndex, nextIndex, nextTerm, payloadBytes } from './util.js';

export enum Role {
  Follower = 'Follower',
  PreCandidate = 'PreCandidate',
  Candidate = 'Candidate',
  Leader = 'Leader',
}

/** A confirmed read: once the state machine has applied `index`, reads for `context` are linearizable. */
export interface ReadState {
  readonly index: Index;
  readonly context: Uint8Array;
}

/** How an election starts: a pre-vote round first, directly, or for a leader transfer (which skips the lease). */
export enum CampaignType {
  PreElection = 'PreElection',
  Election = 'Election',
  Transfer = 'Transfer',
}

/** A proposal before the leader gives it a term and index. */
export interface ProposalItem {
  readonly type: EntryType;
  readonly data: Uint8Array;
}

/** A snapshot a follower is assembling from chunks. */
interface SnapshotReceiver {
  readonly from: NodeId;
  readonly index: Index;
  readonly term: Term;
  readonly buffer: Uint8Array;
  /** Contiguous bytes received. Invariant: received <= buffer.length. */
  received: number;
}

const emptyData = new Uint8Array(0);
/** Bound on a read request's context (an id, not a payload). */
export const readContextBytesMax = 1024;

/**
 * The Raft state machine of one member (etcd-io/raft's `raft`): input is
 * step(message) and tick(); output accumulates in `msgs` and the log's
 * unstable part, and RawNode turns it into a Ready. It does no I/O and
 * keeps no clock; randomness comes only from config.rand.
 */
export class Raft {
  readonly id: NodeId;
  readonly config: RaftConfig;
  /** Invariant: never decreases; every log entry's term is <= term. */
  term: Term = 0 as Term;
  /** Whom this member voted for in `term` (None: nobody). Invariant: Leader or Candidate ⇒ vote === id. */
  vote: NodeId = None;
  /** The leader of `term` as far as this member knows. Invariant: Leader ⇔ lead === id. */
  lead: NodeId = None;
  role: Role = Role.Follower;
  readonly log: RaftLog;
  readonly trk: ProgressTracker;
  /** Messages to send once this Ready's state is persisted. */
  msgs: Message[] = [];
  readStates: ReadState[] = [];
  /** Invariant: None unless Leader; else a voter other than id. */
  leadTransferee: NodeId = None;
  /**
   * Index of the latest membership change (or, right after election, the
   * leader's first entry); no new change is accepted until it is applied.
   * Invariant: pendingConfIndex <= lastIndex.
   */
  pendingConfIndex: Index = 0 as Index;
  /** Payload bytes the leader appended in its term and has not yet handed out committed. Invariant: >= 0. */
  uncommittedBytes = 0;
  private readonly readOnly = new ReadOnly();
  /** Reads that arrived before the leader committed an entry of its term (§6.4 step 1). */
  private pendingReadIndex: { from: NodeId; context: Uint8Array }[] = [];
  electionElapsed = 0;
  heartbeatElapsed = 0;
  /** Invariant: in [electionTimeoutTicks, 2 * electionTimeoutTicks). */
  randomizedElectionTimeout = 0;
  /** Leader: entries were appended since the last broadcast (sent, batched, when a Ready is built). */
  private appendPending = false;
  private snapshotReceiver: SnapshotReceiver | undefined = undefined;

  constructor(config: RaftConfig, storage: Storage) {
    this.id = config.id;
    this.config = config;
    this.log = new RaftLog(storage, config.committedBytesPerReadyMax, config.unappliedEntriesMax);
    this.trk = new ProgressTracker(config.inflightMsgsMax, config.inflightBytesMax);
    const { hardState, confState } = storage.initialState();
    this.checkConfState(confState);
    this.trk.reset(confState, nextIndex(this.log.lastIndex()));
    if (!isEmptyHardState(hardState)) this.loadState(hardState);
    // A torn write can keep a new leader's entries without the hard state
    // that took their term (a write holds entries, then the hard state).
    // This member cannot have voted or acknowledged anything in that term
    // (the hard state is persisted before any message leaves), so it joins
    // the term with no vote. Without this, lastTerm > term.
    const lastTerm = this.log.lastTerm();
    if (lastTerm > this.term) {
      this.term = lastTerm;
      this.vote = None;
    }
    // A snapshot covers committed entries only; storage may have persisted it
    // without (yet) the hard state that commits it.
    const snapshotIndex = storage.snapshot().metadata.index;
    this.log.commitTo(snapshotIndex);
    // By default the state machine restarts from the snapshot, so entries after it are applied again.
    const applied = config.appliedIndex > 0 ? config.appliedIndex : snapshotIndex;
    if (applied > this.log.applied) {
      if (applied > this.log.committed) {
        throw raftError(
          RaftErrorCode.ConfigInvalid,
          `raft config: appliedIndex ${applied} is past the commit index ${this.log.committed}`,
          { field: 'appliedIndex' },
        );
      }
      this.log.appliedTo(applied as Index);
    }
    this.becomeFollower(this.term, None);
  }

  private checkConfState(cs: ConfState): void {
    const seen = new Set<NodeId>();
    for (const id of [...cs.voters, ...cs.learners]) {
      if (seen.has(id) || !Number.isSafeInteger(id) || id <= 0) {
        throw raftError(RaftErrorCode.StorageStateInvalid, `stored membership lists member ${id} twice or with a bad id`, {
          member: id,
        });
      }
      seen.add(id);
    }
  }

  private loadState(hs: HardState): void {
    const last = this.log.lastIndex();
    if (hs.commit > last) {
      throw raftError(
        RaftErrorCode.StorageStateInvalid,
        `stored commit index ${hs.commit} is past the last stored entry ${last} (entries lost?)`,
        { commit: hs.commit, lastIndex: last },
      );
    }
    this.log.commitTo(hs.commit);
    this.term = hs.term;
    this.vote = hs.vote;
  }

  hardState(): HardState {
    return { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  /** Voters may campaign; learners and members removed (or not yet added) may not. */
  promotable(): boolean {
    return this.trk.isVoter(this.id) && this.log.unstable.snapshot === undefined;
  }

  // -------------------------------------------------------------------------
  // Role transitions

  private reset(term: Term): void {
    if (term !== this.term) {
      this.term = term;
      this.vote = None;
      this.snapshotReceiver = undefined;
    }
    this.lead = None;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
    this.leadTransferee = None;
    this.trk.resetVotes();
    const next = nextIndex(this.log.lastIndex());
    for (const [id, old] of this.trk.progress) {
      const pr = this.trk.newProgress(next, old.isLearner);
      if (id === this.id) pr.match = this.log.lastIndex();
      this.trk.progress.set(id, pr);
    }
    this.pendingConfIndex = 0 as Index;
    this.uncommittedBytes = 0;
    this.readOnly.reset();
    this.pendingReadIndex = [];
    this.appendPending = false;
  }

  private resetRandomizedElectionTimeout(): void {
    const n = this.config.electionTimeoutTicks;
    const r = this.config.rand(n);
    assert(Number.isInteger(r) && r >= 0 && r < n, `config.rand(${n}) returned ${r}, not an integer in [0, ${n})`);
    this.randomizedElectionTimeout = n + r;
  }

  becomeFollower(term: Term, lead: NodeId): void {
    this.reset(term);
    this.lead = lead;
    this.role = Role.Follower;
  }

  private becomePreCandidate(): void {
    assert(this.role !== Role.Leader, 'leader cannot become pre-candidate');
    // Neither term nor vote changes: a pre-election commits nobody to anything.
    this.trk.resetVotes();
    this.lead = None;
    this.role = Role.PreCandidate;
  }

  private becomeCandidate(): void {
    assert(this.role !== Role.Leader, 'leader cannot become candidate');
    this.reset(nextTerm(this.term));
    this.vote = this.id;
    this.role = Role.Candidate;
  }

  private becomeLeader(): void {
    assert(this.role === Role.Candidate, `only a candidate becomes leader (role ${this.role})`);
    this.reset(this.term);
    this.lead = this.id;
    this.role = Role.Leader;
    const self = this.trk.progress.get(this.id)!;
    self.becomeReplicate();
    self.recentActive = true;
    // The leader's first entry (§5.4.2, §6.4): committing it commits everything
    // before it, and until then no membership change or read is served.
    this.appendOne(EntryType.Normal, emptyData);
    this.pendingConfIndex = this.log.lastIndex();
    // A one-voter cluster commits it at once.
    this.maybeCommit();
  }

  // -------------------------------------------------------------------------
  // Sending

  private send(m: Message): void {
    this.msgs.push(m);
  }

  /** Sends one MsgApp (or snapshot chunks) to `to` if flow control allows; returns whether anything was sent. */
  private sendAppend(to: NodeId, pr: Progress, sendIfEmpty = false): boolean {
    if (pr.state === ProgressState.Snapshot) return this.sendSnapshotChunks(to, pr);
    if (pr.isPaused()) return false;
    const log = this.log;
    const lastIndex = log.lastIndex();
    const commit = log.committed;
    const prev = (pr.next - 1) as Index;
    const prevTerm = log.term(prev);
    // The entry before `next` is compacted: the follower needs a snapshot.
    if (prevTerm === undefined) return this.maybeSendSnapshot(to, pr);
    let ents: Entry[] = [];
    if (pr.next <= lastIndex) ents = log.slice(pr.next, nextIndex(lastIndex), this.config.msgAppBytesMax);
    // In Replicate, an empty MsgApp only carries news of the commit index (or
    // checks, after a heartbeat, that nothing was lost).
    if (ents.length === 0 && pr.state === ProgressState.Replicate && !sendIfEmpty && commit <= pr.sentCommit) return false;
    this.send(
      message({ type: MessageType.App, from: this.id, to, term: this.term, index: prev, logTerm: prevTerm, entries: ents, commit }),
    );
    pr.sentEntries(ents.length, ents.length === 0 ? 0 : payloadBytes(ents), commit);
    return true;
  }

  /** Sends as much as flow control allows to every other member. */
  private bcastAppend(): void {
    for (const [id, pr] of this.trk.progress) {
      if (id === this.id) continue;
      while (this.sendAppend(id, pr)) {
        /* keep filling the window */
      }
    }
  }

  /** Leader: broadcast the entries appended since the last call (RawNode calls this before building a Ready). */
  flushAppends(): void {
    if (!this.appendPending) return;
    this.appendPending = false;
    if (this.role === Role.Leader) this.bcastAppend();
  }

  hasPendingAppends(): boolean {
    return this.appendPending;
  }

  private bcastHeartbeat(): void {
    const ctx = this.readOnly.lastPendingContext();
    this.bcastHeartbeatWithContext(ctx);
  }

  private bcastHeartbeatWithContext(ctx: Uint8Array | undefined): void {
    for (const [id, pr] of this.trk.progress) {
      if (id === this.id) continue;
      // Never tell a follower to commit past what it is known to hold.
      const commit = minIndex(pr.match, this.log.committed);
      this.send(
        message({ type: MessageType.Heartbeat, from: this.id, to: id, term: this.term, commit, context: ctx ?? emptyData }),
      );
    }
  }

  private maybeSendSnapshot(to: NodeId, pr: Progress): boolean {
    // A member that does not answer would not take the snapshot either.
    if (!pr.recentActive) return false;
    let snap: Snapshot;
    try {
      snap = this.log.snapshot();
    } catch (e) {
      if (isTesseraError(e, StorageErrorCode.SnapshotTemporarilyUnavailable)) return false;
      throw e;
    }
    assert(snap.metadata.index > 0, `log compacted before ${pr.next} but no snapshot exists`);
    pr.becomeSnapshot(snap);
    return this.sendSnapshotChunks(to, pr);
  }

  /**
   * Sends the next chunks of pr.snapshot, keeping at most
   * snapshotChunksInflightMax chunks ahead of the follower's acknowledgement.
   */
  private sendSnapshotChunks(to: NodeId, pr: Progress): boolean {
    const snap = pr.snapshot!;
    const total = snap.data.length;
    const chunkBytes = this.config.snapshotChunkBytes;
    const windowBytes = chunkBytes * this.config.snapshotChunksInflightMax;
    let sent = false;
    while (!pr.snapshotLastChunkSent && pr.snapshotBytesSent - pr.snapshotBytesAcked < windowBytes) {
      const offset = pr.snapshotBytesSent;
      const end = Math.min(total, offset + chunkBytes);
      const chunk: SnapshotChunk = { metadata: snap.metadata, offset, totalBytes: total, data: snap.data.subarray(offset, end) };
      this.send(message({ type: MessageType.Snap, from: this.id, to, term: this.term, snapshot: chunk }));
      pr.snapshotBytesSent = end;
      if (end === total) pr.snapshotLastChunkSent = true;
      sent = true;
    }
    return sent;
  }

  private sendTimeoutNow(to: NodeId): void {
    this.send(message({ type: MessageType.TimeoutNow, from: this.id, to, term: this.term }));
  }

  // -------------------------------------------------------------------------
  // Appending and committing (leader)

  /** Appends one entry at the end of the leader's log (checks done by the caller). */
  private appendOne(type: EntryType, data: Uint8Array): void {
    const index = nextIndex(this.log.lastIndex());
    const e: Entry = { term: this.term, index, type, data };
    this.log.unstable.entries.push(e);
    this.uncommittedBytes += data.length;
    // The leader counts its own entry at once. Safe: no follower can
    // acknowledge it before the leader persisted it, since the MsgApp
    // carrying it leaves only after the Ready that holds it is persisted.
    this.trk.progress.get(this.id)!.maybeUpdate(index);
    this.appendPending = true;
  }

  /** Commits what a quorum has matched, if it is an entry of this term (§5.4.2). */
  private maybeCommit(): boolean {
    const mci = this.trk.committed();
    if (mci <= this.log.committed) return false;
    if (this.log.term(mci) !== this.term) return false;
    this.log.commitTo(mci);
    return true;
  }

  /** After the commit index moved: serve reads held back and tell followers. */
  private onCommitted(): void {
    this.releasePendingReadIndex();
    this.bcastAppend();
  }

  committedEntryInCurrentTerm(): boolean {
    return this.log.term(this.log.committed) === this.term;
  }

  /** Entries handed to the application as committed leave the uncommitted budget. */
  reduceUncommittedBytes(bytes: number): void {
    if (this.role !== Role.Leader) return;
    this.uncommittedBytes = bytes >= this.uncommittedBytes ? 0 : this.uncommittedBytes - bytes;
  }

  // -------------------------------------------------------------------------
  // Local operations (RawNode calls these; they throw TesseraError on refusal)

  tick(): void {
    if (this.role === Role.Leader) this.tickHeartbeat();
    else this.tickElection();
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.hup(this.config.preVote ? CampaignType.PreElection : CampaignType.Election);
    }
  }

  private tickHeartbeat(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.config.electionTimeoutTicks) {
      this.electionElapsed = 0;
      if (this.config.checkQuorum) {
        // §6.2: a leader that cannot reach a quorum steps down, so clients go elsewhere.
        if (!this.trk.quorumActive()) {
          this.becomeFollower(this.term, None);
          return;
        }
        for (const [id, pr] of this.trk.progress) if (id !== this.id) pr.recentActive = false;
      }
      // A transfer that did not finish within an election timeout is abandoned.
      this.leadTransferee = None;
    }
    for (const [id, pr] of this.trk.progress) {
      if (pr.state !== ProgressState.Snapshot) continue;
      if (++pr.snapshotStallTicks >= this.config.electionTimeoutTicks) {
        // No acknowledgement for an election timeout: resend from what the follower confirmed.
        pr.snapshotStallTicks = 0;
        pr.snapshotBytesSent = pr.snapshotBytesAcked;
        pr.snapshotLastChunkSent = false;
        this.sendSnapshotChunks(id, pr);
      }
    }
    if (this.heartbeatElapsed >= this.config.heartbeatIntervalTicks) {
      this.heartbeatElapsed = 0;
      this.bcastHeartbeat();
    }
  }

  /** Starts an election now (if this member may). */
  hup(type: CampaignType): void {
    if (this.role === Role.Leader) return;
    if (!this.promotable()) return;
    if (this.hasUnappliedConfChanges()) return;
    this.campaign(type);
  }

  /** Whether a committed membership change waits to be applied (campaigning on a stale configuration is refused). */
  private hasUnappliedConfChanges(): boolean {
    if (this.log.applied >= this.log.committed) return false;
    let lo = nextIndex(this.log.applied);
    const hi = nextIndex(this.log.committed);
    while (lo < hi) {
      let page: Entry[];
      try {
        page = this.log.slice(lo, hi, this.config.committedBytesPerReadyMax);
      } catch (e) {
        if (isTesseraError(e, StorageErrorCode.Compacted)) return false;
        throw e;
      }
      for (const e of page) if (e.type === EntryType.ConfChange) return true;
      lo = (lo + page.length) as Index;
    }
    return false;
  }

  private campaign(type: CampaignType): void {
    let term: Term;
    let voteType: MessageType;
    if (type === CampaignType.PreElection) {
      this.becomePreCandidate();
      voteType = MessageType.PreVote;
      term = nextTerm(this.term);
    } else {
      this.becomeCandidate();
      voteType = MessageType.Vote;
      term = this.term;
    }
    // Our own vote first (it may already be a quorum in a one-voter cluster).
    if (this.poll(this.id, true) === VoteResult.Won) {
      if (type === CampaignType.PreElection) this.campaign(CampaignType.Election);
      else this.becomeLeader();
      return;
    }
    const lastIndex = this.log.lastIndex();
    const lastTerm = this.log.lastTerm();
    for (const id of this.trk.voters) {
      if (id === this.id) continue;
      this.send(
        message({
          type: voteType,
          from: this.id,
          to: id,
          term,
          index: lastIndex,
          logTerm: lastTerm,
          transfer: type === CampaignType.Transfer,
        }),
      );
    }
  }

  private poll(id: NodeId, granted: boolean): VoteResult {
    this.trk.recordVote(id, granted);
    return this.trk.tallyVotes().result;
  }

  /** Proposes entries; throws RAFT_PROPOSAL_DROPPED (and others) when refused. */
  propose(items: readonly ProposalItem[]): void {
    assert(items.length > 0, 'propose: no entries');
    if (this.role === Role.Leader) {
      const refusal = this.leaderAppend(items);
      if (refusal !== undefined) throw refusal;
      return;
    }
    if (this.lead === None) throw proposalDropped(None, `no leader in term ${this.term}`);
    if (this.config.disableProposalForwarding) throw proposalDropped(this.lead, 'proposal forwarding is disabled');
    const ents: Entry[] = items.map((it) => ({ term: 0 as Term, index: 0 as Index, type: it.type, data: it.data }));
    this.send(message({ type: MessageType.Prop, from: this.id, to: this.lead, entries: ents }));
  }

  /**
   * The leader checks and appends proposals (all or none); returns the
   * refusal instead of throwing so that forwarded proposals can be dropped
   * quietly.
   */
  private leaderAppend(items: readonly ProposalItem[]): TesseraError | undefined {
    if (!this.trk.isMember(this.id)) return proposalDropped(None, 'this member was removed from the configuration');
    if (this.leadTransferee !== None) {
      return raftError(RaftErrorCode.TransferInProgress, `leadership is being transferred to ${this.leadTransferee}`, {
        transferee: this.leadTransferee,
      });
    }
    let bytes = 0;
    let confChanges = 0;
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      bytes += it.data.length;
      if (it.type === EntryType.ConfChange) {
        confChanges++;
        const refusal = this.checkConfChangeProposal(it.data, confChanges);
        if (refusal !== undefined) return refusal;
      } else if (it.type !== EntryType.Normal) {
        return raftError(RaftErrorCode.ArgumentInvalid, `unknown entry type ${String(it.type)}`, { argument: 'type' });
      }
    }
    // A single proposal larger than the budget is accepted when nothing is outstanding, so it cannot starve.
    if (this.uncommittedBytes > 0 && this.uncommittedBytes + bytes > this.config.uncommittedBytesMax) {
      return raftError(
        RaftErrorCode.UncommittedBytesExceeded,
        `uncommitted entries hold ${this.uncommittedBytes} bytes; ${bytes} more would pass uncommittedBytesMax ${this.config.uncommittedBytesMax}`,
        { uncommittedBytes: this.uncommittedBytes, bytes },
      );
    }
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      this.appendOne(it.type, it.data);
      if (it.type === EntryType.ConfChange) this.pendingConfIndex = this.log.lastIndex();
    }
    // A one-voter cluster commits at once.
    if (this.maybeCommit()) this.releasePendingReadIndex();
    return undefined;
  }

  private checkConfChangeProposal(data: Uint8Array, nthInBatch: number): TesseraError | undefined {
    if (nthInBatch > 1) {
      return raftError(RaftErrorCode.ConfChangePending, 'only one membership change may be proposed at a time', {});
    }
    if (this.pendingConfIndex > this.log.applied) {
      const why = this.committedEntryInCurrentTerm()
        ? `the membership change at index ${this.pendingConfIndex} is not yet applied`
        : `the leader has not yet committed and applied an entry of its term (index ${this.pendingConfIndex})`;
      return raftError(RaftErrorCode.ConfChangePending, `membership change refused: ${why} (applied ${this.log.applied})`, {
        pendingIndex: this.pendingConfIndex,
        applied: this.log.applied,
      });
    }
    let cc: ConfChange;
    try {
      cc = decodeConfChange(data);
    } catch (e) {
      if (e instanceof TesseraError) return e;
      throw e;
    }
    const invalid = (why: string): TesseraError =>
      raftError(RaftErrorCode.ConfChangeInvalid, `membership change for member ${cc.node}: ${why}`, { node: cc.node, type: cc.type });
    switch (cc.type) {
      case ConfChangeType.AddLearner:
        if (this.trk.isVoter(cc.node)) return invalid('it is a voter (demotion is not supported)');
        if (this.trk.isLearner(cc.node)) return invalid('it is already a learner');
        return undefined;
      case ConfChangeType.AddVoter:
        if (this.trk.isVoter(cc.node)) return invalid('it is already a voter');
        return undefined;
      case ConfChangeType.Remove:
        if (!this.trk.isMember(cc.node)) return invalid('it is not a member');
        if (this.trk.isVoter(cc.node) && this.trk.voters.length === 1) return invalid('it is the last voter');
        return undefined;
    }
  }

  /** Requests a linearizable read; the answer comes as a ReadState (possibly on a later Ready). */
  readIndex(context: Uint8Array): void {
    if (context.length === 0 || context.length > readContextBytesMax) {
      throw raftError(RaftErrorCode.ArgumentInvalid, `read context must be 1..${readContextBytesMax} bytes, got ${context.length}`, {
        argument: 'context',
      });
    }
    if (this.role === Role.Leader) {
      const refusal = this.leaderReadIndex(this.id, context);
      if (refusal !== undefined) throw refusal;
      return;
    }
    if (this.lead === None) {
      throw raftError(RaftErrorCode.NotLeader, `read refused: no leader in term ${this.term}`, { leader: None });
    }
    this.send(message({ type: MessageType.ReadIndex, from: this.id, to: this.lead, context }));
  }

  private leaderReadIndex(from: NodeId, context: Uint8Array): TesseraError | undefined {
    if (this.readOnly.size + this.pendingReadIndex.length >= this.config.readIndexPendingMax) {
      return raftError(RaftErrorCode.ReadIndexOverloaded, `${this.config.readIndexPendingMax} reads are already pending`, {});
    }
    // One voter: nobody else can lead, so the commit index is the read index.
    if (this.trk.voters.length === 1 && this.trk.isVoter(this.id)) {
      this.respondToRead(from, context, this.log.committed);
      return undefined;
    }
    // §6.4: until the leader commits an entry of its term it does not know the true commit index.
    if (!this.committedEntryInCurrentTerm()) {
      this.pendingReadIndex.push({ from, context });
      return undefined;
    }
    this.startRead(from, context);
    return undefined;
  }

  private startRead(from: NodeId, context: Uint8Array): void {
    if (!this.readOnly.addRequest(this.log.committed, from, context)) return;
    this.readOnly.recvAck(this.id, context);
    this.bcastHeartbeatWithContext(context);
  }

  private releasePendingReadIndex(): void {
    if (this.pendingReadIndex.length === 0 || !this.committedEntryInCurrentTerm()) return;
    const pending = this.pendingReadIndex;
    this.pendingReadIndex = [];
    for (const r of pending) this.startRead(r.from, r.context);
  }

  private respondToRead(from: NodeId, context: Uint8Array, index: Index): void {
    if (from === this.id) this.readStates.push({ index, context });
    else this.send(message({ type: MessageType.ReadIndexResp, from: this.id, to: from, term: this.term, index, context }));
  }

  /** Hands leadership to `to` (§3.10). Only on the leader. */
  transferLeader(to: NodeId): void {
    if (this.role !== Role.Leader) {
      throw raftError(RaftErrorCode.NotLeader, `leadership transfer must be asked of the leader (${this.lead})`, { leader: this.lead });
    }
    if (to === this.id) return;
    if (!this.trk.isVoter(to)) {
      throw raftError(RaftErrorCode.ArgumentInvalid, `cannot transfer leadership to ${to}: not a voter`, { argument: 'to' });
    }
    if (this.leadTransferee !== None) {
      if (this.leadTransferee === to) return;
      throw raftError(RaftErrorCode.TransferInProgress, `leadership is already being transferred to ${this.leadTransferee}`, {
        transferee: this.leadTransferee,
      });
    }
    this.leadTransferee = to;
    // The transfer must finish within an election timeout (tickHeartbeat abandons it).
    this.electionElapsed = 0;
    const pr = this.trk.progress.get(to)!;
    if (pr.match === this.log.lastIndex()) this.sendTimeoutNow(to);
    // Even with nothing new to send: an empty MsgApp finds out where the transferee stands.
    else this.sendAppend(to, pr, true);
  }

  /** The transport could not reach `id`: stop pipelining to it until it answers. */
  reportUnreachable(id: NodeId): void {
    if (this.role !== Role.Leader) return;
    const pr = this.trk.progress.get(id);
    if (pr !== undefined && pr.state === ProgressState.Replicate) pr.becomeProbe();
  }

  /**
   * Applies a committed membership change (the application calls this when
   * it applies the entry) and returns the new configuration. A change that
   * no longer fits (checked at proposal, so only possible after a snapshot
   * already reflected it) is a no-op.
   */
  applyConfChange(cc: ConfChange): ConfState {
    const next = nextIndex(this.log.lastIndex());
    const pr = this.trk.progress.get(cc.node);
    switch (cc.type) {
      case ConfChangeType.AddLearner:
        if (pr === undefined) this.addMember(cc.node, next, true);
        break;
      case ConfChangeType.AddVoter:
        if (pr === undefined) this.addMember(cc.node, next, false);
        else pr.isLearner = false;
        break;
      case ConfChangeType.Remove:
        this.trk.progress.delete(cc.node);
        break;
    }
    this.trk.refreshIds();
    if (this.role === Role.Leader) {
      if (!this.trk.isVoter(this.id)) {
        // A removed leader steps down; the others elect a leader among themselves.
        this.becomeFollower(this.term, None);
      } else {
        if (this.leadTransferee !== None && !this.trk.isVoter(this.leadTransferee)) this.leadTransferee = None;
        // A smaller quorum may commit more; new members start probing.
        if (this.maybeCommit()) this.onCommitted();
        else this.bcastAppend();
      }
    }
    return this.trk.confState();
  }

  private addMember(id: NodeId, next: Index, isLearner: boolean): void {
    const pr = this.trk.newProgress(next, isLearner);
    // Give the newcomer an election timeout before check-quorum counts it.
    pr.recentActive = true;
    this.trk.progress.set(id, pr);
  }

  // -------------------------------------------------------------------------
  // Messages

  /** Steps a message from a peer (RawNode validated its shape). */
  step(m: Message): void {
    if (m.term === 0) {
      // Forwarded proposals and reads are not tied to a term.
    } else if (m.term > this.term) {
      if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
        // §4.2.3: while a member hears from a leader it ignores candidates, so a
        // member cut off and back cannot depose a working leader. A transfer is
        // the leader's own request.
        const inLease = this.config.checkQuorum && this.lead !== None && this.electionElapsed < this.config.electionTimeoutTicks;
        if (inLease && !m.transfer) return;
      }
      if (m.type === MessageType.PreVote) {
        // Answer without changing term: a pre-vote promises nothing.
      } else if (m.type === MessageType.PreVoteResp && !m.reject) {
        // A granted pre-vote carries the term we would campaign at; the election raises ours.
      } else if (m.type === MessageType.App || m.type === MessageType.Heartbeat || m.type === MessageType.Snap) {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, None);
      }
    } else if (m.term < this.term) {
      if ((this.config.checkQuorum || this.config.preVote) && (m.type === MessageType.Heartbeat || m.type === MessageType.App)) {
        // A leader from an older term that we ignore would never learn of the
        // newer one (check-quorum and pre-vote keep us from raising its term
        // through elections): tell it.
        this.send(message({ type: MessageType.AppResp, from: this.id, to: m.from, term: this.term }));
      } else if (m.type === MessageType.PreVote) {
        // Refuse, with our term, so a pre-candidate stuck on an older term catches up.
        this.send(message({ type: MessageType.PreVoteResp, from: this.id, to: m.from, term: this.term, reject: true }));
      }
      return;
    }

    if (m.type === MessageType.Vote || m.type === MessageType.PreVote) {
      this.handleVoteRequest(m);
      return;
    }
    switch (this.role) {
      case Role.Leader:
        this.stepLeader(m);
        return;
      case Role.Candidate:
      case Role.PreCandidate:
        this.stepCandidate(m);
        return;
      case Role.Follower:
        this.stepFollower(m);
        return;
    }
  }

  private handleVoteRequest(m: Message): void {
    const respType = m.type === MessageType.Vote ? MessageType.VoteResp : MessageType.PreVoteResp;
    // §5.2: one vote per term (repeating it is fine); a pre-vote for a later term is not a vote.
    const canVote =
      this.vote === m.from ||
      (this.vote === None && this.lead === None) ||
      (m.type === MessageType.PreVote && m.term > this.term);
    // §5.4.1: only for a log at least as up to date as ours.
    if (canVote && this.log.isUpToDate(m.index, m.logTerm)) {
      this.send(message({ type: respType, from: this.id, to: m.from, term: m.term }));
      if (m.type === MessageType.Vote) {
        this.electionElapsed = 0;
        this.vote = m.from;
      }
    } else {
      this.send(message({ type: respType, from: this.id, to: m.from, term: this.term, reject: true }));
    }
  }

  private stepLeader(m: Message): void {
    switch (m.type) {
      case MessageType.Prop:
        // Dropped quietly on refusal: the proposer's own timeout retries.
        if (m.entries.length > 0) this.leaderAppend(m.entries);
        return;
      case MessageType.ReadIndex:
        this.leaderReadIndex(m.from, m.context);
        return;
      case MessageType.App:
      case MessageType.Heartbeat:
      case MessageType.Snap:
        assert(false, `leader ${this.id} of term ${this.term} got ${MessageType[m.type]} from ${m.from} of the same term`);
    }
    const pr = this.trk.progress.get(m.from);
    if (pr === undefined) return;
    switch (m.type) {
      case MessageType.AppResp:
        this.handleAppendResponse(m, pr);
        return;
      case MessageType.HeartbeatResp:
        this.handleHeartbeatResponse(m, pr);
        return;
      case MessageType.SnapResp:
        this.handleSnapshotResponse(m, pr);
        return;
      default:
        return;
    }
  }

  private handleAppendResponse(m: Message, pr: Progress): void {
    pr.recentActive = true;
    if (m.reject) {
      // Fast backtracking (§5.3): skip every entry of the terms the follower cannot match.
      let hint = m.rejectHint;
      if (m.logTerm > 0) hint = this.log.findConflictByTerm(m.rejectHint, m.logTerm).index;
      if (pr.maybeDecrTo(m.index, hint)) {
        if (pr.state === ProgressState.Replicate) pr.becomeProbe();
        this.sendAppend(m.from, pr);
      }
      return;
    }
    if (!pr.maybeUpdate(m.index) && !(pr.match === m.index && pr.state === ProgressState.Probe)) return;
    switch (pr.state) {
      case ProgressState.Probe:
        pr.becomeReplicate();
        break;
      case ProgressState.Snapshot:
        // Installed (or the follower caught up otherwise): back to replicating from its match.
        if (pr.match >= pr.pendingSnapshot || pr.match + 1 >= this.log.firstIndex()) {
          pr.becomeProbe();
          pr.becomeReplicate();
        }
        break;
      case ProgressState.Replicate:
        pr.inflights.freeLE(m.index);
        break;
    }
    if (this.maybeCommit()) this.onCommitted();
    while (this.sendAppend(m.from, pr)) {
      /* fill the window */
    }
    if (m.from === this.leadTransferee && pr.match === this.log.lastIndex()) this.sendTimeoutNow(m.from);
  }

  private handleHeartbeatResponse(m: Message, pr: Progress): void {
    pr.recentActive = true;
    pr.msgAppFlowPaused = false;
    // The window is full and the follower is alive: some MsgApp may be lost, so free one slot to probe with.
    if (pr.state === ProgressState.Replicate && pr.inflights.full()) pr.inflights.freeFirstOne();
    if (pr.match < this.log.lastIndex() || pr.state === ProgressState.Probe) this.sendAppend(m.from, pr, true);
    if (m.context.length === 0) return;
    const acks = this.readOnly.recvAck(m.from, m.context);
    if (acks === undefined || !this.trk.hasQuorum(acks)) return;
    for (const rs of this.readOnly.advance(m.context)) this.respondToRead(rs.from, rs.context, rs.index);
  }

  private handleSnapshotResponse(m: Message, pr: Progress): void {
    pr.recentActive = true;
    const snap = pr.snapshot;
    if (pr.state !== ProgressState.Snapshot || snap === undefined) return;
    if (m.index !== snap.metadata.index || m.logTerm !== snap.metadata.term) return;
    pr.snapshotStallTicks = 0;
    const received = Math.min(m.snapshotBytesReceived, snap.data.length);
    if (m.reject) {
      // The follower holds `received` contiguous bytes (0 after a restart): resume there.
      pr.snapshotBytesSent = received;
      pr.snapshotBytesAcked = received;
      pr.snapshotLastChunkSent = false;
    } else if (received > pr.snapshotBytesAcked) {
      pr.snapshotBytesAcked = Math.min(received, pr.snapshotBytesSent);
    }
    this.sendSnapshotChunks(m.from, pr);
  }

  private stepCandidate(m: Message): void {
    const myRespType = this.role === Role.PreCandidate ? MessageType.PreVoteResp : MessageType.VoteResp;
    switch (m.type) {
      case MessageType.App:
        this.becomeFollower(m.term, m.from);
        this.handleAppendEntries(m);
        return;
      case MessageType.Heartbeat:
        this.becomeFollower(m.term, m.from);
        this.handleHeartbeat(m);
        return;
      case MessageType.Snap:
        this.becomeFollower(m.term, m.from);
        this.handleSnapshot(m);
        return;
      default:
        break;
    }
    if (m.type !== myRespType) return; // Prop and ReadIndex: no leader to forward to; stale responses.
    const result = this.poll(m.from, !m.reject);
    if (result === VoteResult.Won) {
      if (this.role === Role.PreCandidate) this.campaign(CampaignType.Election);
      else this.becomeLeader();
    } else if (result === VoteResult.Lost) {
      // Rejected pre-votes carry the term we already had; stay there.
      this.becomeFollower(this.term, None);
    }
  }

  private stepFollower(m: Message): void {
    switch (m.type) {
      case MessageType.Prop:
        if (this.lead === None || this.config.disableProposalForwarding) return;
        this.send({ ...m, to: this.lead, from: this.id });
        return;
      case MessageType.App:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleAppendEntries(m);
        return;
      case MessageType.Heartbeat:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleHeartbeat(m);
        return;
      case MessageType.Snap:
        this.electionElapsed = 0;
        this.lead = m.from;
        this.handleSnapshot(m);
        return;
      case MessageType.TimeoutNow:
        // §3.10: the leader asks us to campaign at once, skipping pre-vote.
        this.hup(CampaignType.Transfer);
        return;
      case MessageType.ReadIndex:
        if (this.lead === None) return;
        this.send({ ...m, to: this.lead, from: this.id });
        return;
      case MessageType.ReadIndexResp:
        this.readStates.push({ index: m.index, context: m.context });
        return;
      default:
        return;
    }
  }

  private handleAppendEntries(m: Message): void {
    const log = this.log;
    if (m.index < log.committed) {
      // Everything up to our commit index matches any leader's log: report it.
      this.send(message({ type: MessageType.AppResp, from: this.id, to: m.from, term: this.term, index: log.committed }));
      return;
    }
    const lastNew = log.maybeAppend(m.index, m.logTerm, m.commit, m.entries);
    if (lastNew >= 0) {
      this.send(message({ type: MessageType.AppResp, from: this.id, to: m.from, term: this.term, index: lastNew as Index }));
      return;
    }
    // §5.3: reject, with a hint: our last index at or before the probe whose
    // term is <= the leader's term there, so the leader can skip whole terms.
    const hint = log.findConflictByTerm(minIndex(m.index, log.lastIndex()), m.logTerm);
    this.send(
      message({
        type: MessageType.AppResp,
        from: this.id,
        to: m.from,
        term: this.term,
        index: m.index,
        reject: true,
        rejectHint: hint.index,
        logTerm: hint.term,
      }),
    );
  }

  private handleHeartbeat(m: Message): void {
    this.log.commitTo(m.commit);
    this.send(message({ type: MessageType.HeartbeatResp, from: this.id, to: m.from, term: this.term, context: m.context }));
  }

  /** A chunk of the leader's snapshot: assemble in order; install when complete. */
  private handleSnapshot(m: Message): void {
    const chunk = m.snapshot!;
    const meta = chunk.metadata;
    if (meta.index <= this.log.committed) {
      // We already hold all of it.
      this.snapshotReceiver = undefined;
      this.send(message({ type: MessageType.AppResp, from: this.id, to: m.from, term: this.term, index: this.log.committed }));
      return;
    }
    let rx = this.snapshotReceiver;
    const same = (r: SnapshotReceiver | undefined): r is SnapshotReceiver =>
      r !== undefined && r.from === m.from && r.index === meta.index && r.term === meta.term && r.buffer.length === chunk.totalBytes;
    if (chunk.offset === 0 && !same(rx)) {
      if (chunk.totalBytes > this.config.snapshotBytesMax) return; // refused: larger than we accept
      rx = { from: m.from, index: meta.index, term: meta.term, buffer: new Uint8Array(chunk.totalBytes), received: 0 };
      this.snapshotReceiver = rx;
    }
    if (!same(rx)) {
      // A chunk of a transfer we do not hold (we restarted, or missed its start): start over.
      this.sendSnapshotResponse(m.from, meta.index, meta.term, 0, true);
      return;
    }
    if (chunk.offset !== rx.received) {
      // Out of order (ask to resume where we are) or a duplicate (just say where we are).
      this.sendSnapshotResponse(m.from, meta.index, meta.term, rx.received, chunk.offset > rx.received);
      return;
    }
    rx.buffer.set(chunk.data, chunk.offset);
    rx.received += chunk.data.length;
    if (rx.received < rx.buffer.length) {
      this.sendSnapshotResponse(m.from, meta.index, meta.term, rx.received, false);
      return;
    }
    this.snapshotReceiver = undefined;
    const installed = this.restore({ metadata: meta, data: rx.buffer });
    const index = installed ? this.log.lastIndex() : this.log.committed;
    this.send(message({ type: MessageType.AppResp, from: this.id, to: m.from, term: this.term, index }));
  }

  private sendSnapshotResponse(to: NodeId, index: Index, term: Term, received: number, reject: boolean): void {
    this.send(
      message({
        type: MessageType.SnapResp,
        from: this.id,
        to,
        term: this.term,
        index,
        logTerm: term,
        reject,
        snapshotBytesReceived: received,
      }),
    );
  }

  /** Installs a snapshot newer than our commit index; returns false if our log already had it. */
  private restore(s: Snapshot): boolean {
    assert(this.role === Role.Follower, `restoring a snapshot as ${this.role}`);
    const meta = s.metadata;
    if (meta.index <= this.log.committed) return false;
    if (this.log.matchTerm(meta.index, meta.term)) {
      // Our log holds the snapshot's last entry: by log matching, everything before too.
      this.log.commitTo(meta.index);
      return false;
    }
    this.log.restore(s);
    this.trk.reset(meta.confState, nextIndex(this.log.lastIndex()));
    return true;
  }

  // -------------------------------------------------------------------------

  /** Asserts every per-member invariant (the simulator runs this after every step). */
  checkInvariants(): void {
    const log = this.log;
    const last = log.lastIndex();
    const u = log.unstable;
    const who = `member ${this.id}`;
    assert(log.applied <= log.applying, `${who}: applied ${log.applied} > applying ${log.applying}`);
    assert(log.applying <= log.committed, `${who}: applying ${log.applying} > committed ${log.committed}`);
    assert(log.committed <= last, `${who}: committed ${log.committed} > lastIndex ${last}`);
    assert(log.firstIndex() - 1 <= log.committed, `${who}: log starts at ${log.firstIndex()} after committed ${log.committed}`);
    assert(u.offset + u.entries.length === last + 1, `${who}: unstable ends at ${u.offset + u.entries.length}, lastIndex ${last}`);
    if (u.snapshot !== undefined) {
      assert(u.offset === u.snapshot.metadata.index + 1, `${who}: unstable offset ${u.offset} after snapshot ${u.snapshot.metadata.index}`);
    }
    if (u.entries.length > 0) {
      assert(u.entries[0]!.index === u.offset, `${who}: unstable entries start at ${u.entries[0]!.index}, offset ${u.offset}`);
    }
    assert(log.lastTerm() <= this.term, `${who}: last entry's term ${log.lastTerm()} > term ${this.term}`);
    assert(
      this.randomizedElectionTimeout >= this.config.electionTimeoutTicks &&
        this.randomizedElectionTimeout < 2 * this.config.electionTimeoutTicks,
      `${who}: randomized election timeout ${this.randomizedElectionTimeout} out of range`,
    );
    assert(this.uncommittedBytes >= 0, `${who}: uncommittedBytes ${this.uncommittedBytes} < 0`);
    assert(this.pendingConfIndex <= last, `${who}: pendingConfIndex ${this.pendingConfIndex} > lastIndex ${last}`);
    assert(
      this.readOnly.size + this.pendingReadIndex.length <= this.config.readIndexPendingMax,
      `${who}: ${this.readOnly.size + this.pendingReadIndex.length} pending reads`,
    );
    const rx = this.snapshotReceiver;
    if (rx !== undefined) assert(rx.received <= rx.buffer.length, `${who}: snapshot receiver past its end`);
    switch (this.role) {
      case Role.Leader:
        assert(this.lead === this.id && this.vote === this.id, `${who}: leader with lead ${this.lead} vote ${this.vote}`);
        assert(this.trk.isVoter(this.id), `${who}: leader is not a voter`);
        assert(this.leadTransferee === None || this.trk.isVoter(this.leadTransferee), `${who}: transferee ${this.leadTransferee} not a voter`);
        for (const [id, pr] of this.trk.progress) pr.checkInvariants(last, `${who}: progress of ${id}`);
        break;
      case Role.Candidate:
        assert(this.vote === this.id && this.lead === None, `${who}: candidate with vote ${this.vote} lead ${this.lead}`);
        assert(this.leadTransferee === None, `${who}: candidate with a transferee`);
        break;
      case Role.PreCandidate:
      case Role.Follower:
        assert(this.lead !== this.id, `${who}: ${this.role} names itself leader`);
        assert(this.leadTransferee === None, `${who}: ${this.role} with a transferee`);
        break;
    }
    assert(
      !this.trk.voters.some((id) => this.trk.learners.includes(id)),
      `${who}: a member is both voter and learner`,
    );
  }
}
