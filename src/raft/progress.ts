import { assert } from '../common/errors.js';
import { Inflights } from './inflights.js';
import type { Index, Snapshot } from './types.js';
import { maxIndex, nextIndex } from './util.js';

/**
 * How the leader feeds one follower:
 * - Probe: it does not know where the follower's log matches; one MsgApp
 *   per heartbeat interval until one is accepted.
 * - Replicate: it knows; MsgApp are pipelined (next advances optimistically)
 *   within the inflight bounds.
 * - Snapshot: the follower needs entries the leader compacted; the leader
 *   sends a snapshot in chunks and sends no MsgApp until it is installed.
 */
export enum ProgressState {
  Probe = 'Probe',
  Replicate = 'Replicate',
  Snapshot = 'Snapshot',
}

/** The leader's view of one member's log. */
export class Progress {
  /**
   * Highest index known to match the leader's log.
   * Invariant: match < next (and on the leader match <= lastIndex, next <= lastIndex + 1).
   */
  match: Index;
  /** Next index to send. */
  next: Index;
  state: ProgressState = ProgressState.Probe;
  /** Probe: a MsgApp is out; wait for a response or the next heartbeat response. */
  msgAppFlowPaused = false;
  /** Heard from since the last check-quorum round (responses count). */
  recentActive = false;
  isLearner: boolean;
  /** Highest commit index sent to this member, to avoid empty MsgApp that carry nothing new. */
  sentCommit: Index = 0 as Index;
  readonly inflights: Inflights;

  // Snapshot state (see sendSnapshotChunks in raft.ts).
  /** The snapshot being sent (Snapshot state only). Invariant: pendingSnapshot === snapshot.metadata.index. */
  snapshot: Snapshot | undefined = undefined;
  pendingSnapshot: Index = 0 as Index;
  /** Offset of the next chunk to send. Invariant: snapshotBytesAcked <= snapshotBytesSent <= total. */
  snapshotBytesSent = 0;
  snapshotBytesAcked = 0;
  /** The chunk ending at the total has been sent (a 0-byte snapshot still needs one chunk). */
  snapshotLastChunkSent = false;
  /** Ticks since the follower last acknowledged a chunk; at the election timeout the leader resends from the acknowledged offset. */
  snapshotStallTicks = 0;

  constructor(next: Index, inflightMsgsMax: number, inflightBytesMax: number, isLearner: boolean) {
    this.match = 0 as Index;
    this.next = next;
    this.isLearner = isLearner;
    this.inflights = new Inflights(inflightMsgsMax, inflightBytesMax);
  }

  private resetState(state: ProgressState): void {
    this.msgAppFlowPaused = false;
    this.state = state;
    this.inflights.reset();
    this.snapshot = undefined;
    this.pendingSnapshot = 0 as Index;
    this.snapshotBytesSent = 0;
    this.snapshotBytesAcked = 0;
    this.snapshotLastChunkSent = false;
    this.snapshotStallTicks = 0;
  }

  becomeProbe(): void {
    // After a snapshot, the follower holds at least the snapshot's entries.
    const after = this.state === ProgressState.Snapshot ? maxIndex(this.match + 1, this.pendingSnapshot + 1) : nextIndex(this.match);
    this.resetState(ProgressState.Probe);
    this.next = after;
  }

  becomeReplicate(): void {
    this.resetState(ProgressState.Replicate);
    this.next = nextIndex(this.match);
  }

  becomeSnapshot(snapshot: Snapshot): void {
    this.resetState(ProgressState.Snapshot);
    this.snapshot = snapshot;
    this.pendingSnapshot = snapshot.metadata.index;
  }

  /**
   * A MsgApp with `entries` entries (`bytes` payload) ending at next + entries - 1
   * was sent with commit `commit`.
   */
  sentEntries(entries: number, bytes: number, commit: Index): void {
    if (this.state === ProgressState.Replicate) {
      if (entries > 0) {
        this.next = (this.next + entries) as Index;
        this.inflights.add((this.next - 1) as Index, bytes);
      }
    } else {
      assert(this.state === ProgressState.Probe, `MsgApp sent in state ${this.state}`);
      // Any MsgApp in Probe is a probe: wait for its answer (or a heartbeat response).
      this.msgAppFlowPaused = true;
    }
    if (commit > this.sentCommit) this.sentCommit = commit;
  }

  /** The follower acknowledged index n; returns false if that is old news. */
  maybeUpdate(n: Index): boolean {
    if (n <= this.match) return false;
    this.match = n;
    if (this.next <= n) this.next = nextIndex(n);
    this.msgAppFlowPaused = false;
    return true;
  }

  /**
   * The follower rejected a MsgApp at `rejected`; `matchHint` is where its
   * log may match. Returns false if the rejection is stale.
   */
  maybeDecrTo(rejected: Index, matchHint: Index): boolean {
    if (this.state === ProgressState.Replicate) {
      // Stale if we already know the follower matches there.
      if (rejected <= this.match) return false;
      this.next = nextIndex(this.match);
      return true;
    }
    // Probe: only the answer to the probe we sent (at next - 1) counts.
    if (this.next - 1 !== rejected) return false;
    this.next = maxIndex(Math.min(rejected, matchHint + 1), this.match + 1);
    this.msgAppFlowPaused = false;
    return true;
  }

  /** No more MsgApp for now (Probe: one is out; Replicate: the window is full; Snapshot: always). */
  isPaused(): boolean {
    switch (this.state) {
      case ProgressState.Probe:
        return this.msgAppFlowPaused;
      case ProgressState.Replicate:
        return this.inflights.full();
      case ProgressState.Snapshot:
        return true;
    }
  }

  checkInvariants(lastIndex: Index, who: string): void {
    assert(this.match < this.next, `${who}: match ${this.match} >= next ${this.next}`);
    assert(this.match <= lastIndex, `${who}: match ${this.match} > lastIndex ${lastIndex}`);
    assert(this.next <= lastIndex + 1, `${who}: next ${this.next} > lastIndex + 1 (${lastIndex + 1})`);
    this.inflights.checkInvariants();
    if (this.state === ProgressState.Replicate) {
      const newest = this.inflights.newest();
      assert(newest === undefined || newest < this.next, `${who}: inflight ${newest} >= next ${this.next}`);
    } else {
      assert(this.inflights.count === 0, `${who}: ${this.inflights.count} inflight in state ${this.state}`);
    }
    if (this.state === ProgressState.Snapshot) {
      assert(this.snapshot !== undefined && this.pendingSnapshot === this.snapshot.metadata.index, `${who}: snapshot state without its snapshot`);
      assert(
        this.snapshotBytesAcked <= this.snapshotBytesSent && this.snapshotBytesSent <= this.snapshot.data.length,
        `${who}: snapshot offsets acked ${this.snapshotBytesAcked} sent ${this.snapshotBytesSent} total ${this.snapshot.data.length}`,
      );
    } else {
      assert(this.snapshot === undefined, `${who}: holds a snapshot in state ${this.state}`);
    }
  }
}
