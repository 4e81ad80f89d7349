/**
 * Leader pipelining (Raft thesis §10.2.1): which parts of a leader's Ready
 * may happen while its own write of that Ready is still in flight, instead
 * of after it. Used by the seat's Ready loop; the simulator runs the same
 * plan with crashes that tear or lose the unsynced write (test/sim).
 *
 * Taken early, for a leader, when the Ready neither changes term or vote
 * nor carries a snapshot, and nothing it persists is committed yet:
 *
 * - MsgApp and MsgHeartbeat are sent. A follower that stores the entries
 *   and acknowledges can make them committed before the leader's own copy
 *   is durable; that is allowed (a majority holds them), and nothing is
 *   applied or acknowledged on the strength of it until the leader's next
 *   Ready, which the loop takes only after this write completed. Other
 *   messages (vote and read-index responses, snapshots) still wait.
 * - Committed entries are applied (and so answered): every one of them is
 *   below the first entry this Ready persists, so it was made durable by
 *   an earlier Ready. Application stops before the first membership
 *   change, which is applied after the write as before.
 *
 * "Nothing it persists is committed yet" excludes a leader that is the only
 * voter: it commits its entries as it appends them, so the commit index in
 * its MsgApp to learners could name entries not yet on any disk.
 *
 * Pure: tracks the role, term, vote and commit index that the Readys it was
 * shown imply (each Ready's term and vote are durable before the next one
 * is taken: the loop handles one Ready at a time).
 */
import { EntryType, MessageType, Role, type HardState, type Message, type NodeId, type Ready } from '../raft/index.js';

export interface ReadyPlan {
  /** Leader appends and heartbeats to send before the write (empty when not pipelining). */
  readonly sendBeforePersist: readonly Message[];
  /** What to send once the write is durable. */
  readonly sendAfterPersist: readonly Message[];
  /** How many of `committedEntries` (a prefix) may be applied before the write. */
  readonly applyBeforePersist: number;
}

export class ReadyPlanner {
  private role: Role;
  private term: number;
  private vote: NodeId;
  private commit: number;

  /** `durable`: the storage's hard state at start; `role`: the node's role then. */
  constructor(durable: HardState, role: Role) {
    this.role = role;
    this.term = durable.term;
    this.vote = durable.vote;
    this.commit = durable.commit;
  }

  /** Splits `rd` (call once per Ready, in order, right after ready()). */
  plan(rd: Ready): ReadyPlan {
    const role = rd.softState?.role ?? this.role;
    const hs = rd.hardState;
    const termOrVoteChanged = hs !== undefined && (hs.term !== this.term || hs.vote !== this.vote);
    const commit = hs?.commit ?? this.commit;
    this.role = role;
    if (hs !== undefined) {
      this.term = hs.term;
      this.vote = hs.vote;
      this.commit = hs.commit;
    }
    const firstNew = rd.entries.length > 0 ? rd.entries[0]!.index : Infinity;
    const pipeline = role === Role.Leader && !termOrVoteChanged && rd.snapshot === undefined && commit < firstNew;
    if (!pipeline) return { sendBeforePersist: [], sendAfterPersist: rd.messages, applyBeforePersist: 0 };
    const before: Message[] = [];
    const after: Message[] = [];
    for (const m of rd.messages) (m.type === MessageType.App || m.type === MessageType.Heartbeat ? before : after).push(m);
    let apply = 0;
    for (const e of rd.committedEntries) {
      if (e.index >= firstNew || e.type !== EntryType.Normal) break;
      apply++;
    }
    return { sendBeforePersist: before, sendAfterPersist: after, applyBeforePersist: apply };
  }
}
