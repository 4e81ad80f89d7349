import { assert } from '../common/errors.js';
import { Progress } from './progress.js';
import type { ConfState, Index, NodeId } from './types.js';
import { sortedIds } from './util.js';

export enum VoteResult {
  Pending = 'Pending',
  Won = 'Won',
  Lost = 'Lost',
}

/**
 * The configuration (voters and learners) and, on the leader, every
 * member's Progress; on a candidate, the votes received. One majority
 * configuration: membership changes one member at a time, so any two
 * consecutive configurations' majorities overlap.
 */
export class ProgressTracker {
  /** Invariant: voters and learners are disjoint, sorted, and are exactly the keys of progress. */
  voters: NodeId[] = [];
  learners: NodeId[] = [];
  readonly progress = new Map<NodeId, Progress>();
  private readonly votes = new Map<NodeId, boolean>();
  /** Scratch for committed(): no allocation per acknowledgement. */
  private matchScratch: number[] = [];

  constructor(
    private readonly inflightMsgsMax: number,
    private readonly inflightBytesMax: number,
  ) {}

  confState(): ConfState {
    return { voters: this.voters.slice(), learners: this.learners.slice() };
  }

  isVoter(id: NodeId): boolean {
    const p = this.progress.get(id);
    return p !== undefined && !p.isLearner;
  }

  isLearner(id: NodeId): boolean {
    const p = this.progress.get(id);
    return p !== undefined && p.isLearner;
  }

  isMember(id: NodeId): boolean {
    return this.progress.has(id);
  }

  quorum(): number {
    return (this.voters.length >> 1) + 1;
  }

  /** Replaces the configuration; every member gets a fresh Progress starting at `next`. */
  reset(cs: ConfState, next: Index): void {
    this.progress.clear();
    for (const id of cs.voters) this.progress.set(id, this.newProgress(next, false));
    for (const id of cs.learners) {
      assert(!this.progress.has(id), `member ${id} is both voter and learner`);
      this.progress.set(id, this.newProgress(next, true));
    }
    this.refreshIds();
  }

  newProgress(next: Index, isLearner: boolean): Progress {
    return new Progress(next, this.inflightMsgsMax, this.inflightBytesMax, isLearner);
  }

  /** Recomputes the sorted id lists after progress changed. */
  refreshIds(): void {
    const voters: NodeId[] = [];
    const learners: NodeId[] = [];
    for (const [id, p] of this.progress) (p.isLearner ? learners : voters).push(id);
    this.voters = sortedIds(voters);
    this.learners = sortedIds(learners);
    this.matchScratch = new Array<number>(this.voters.length).fill(0);
  }

  /** The highest index a quorum of voters has matched (0 with no voters). */
  committed(): Index {
    const n = this.voters.length;
    if (n === 0) return 0 as Index;
    const m = this.matchScratch;
    for (let k = 0; k < n; k++) m[k] = this.progress.get(this.voters[k]!)!.match;
    // Insertion sort, descending: n is at most 7.
    for (let k = 1; k < n; k++) {
      const v = m[k]!;
      let j = k - 1;
      while (j >= 0 && m[j]! < v) {
        m[j + 1] = m[j]!;
        j--;
      }
      m[j + 1] = v;
    }
    return m[this.quorum() - 1]! as Index;
  }

  /** Whether a quorum of voters was heard from recently (the leader counts itself via its own recentActive). */
  quorumActive(): boolean {
    let active = 0;
    for (const id of this.voters) if (this.progress.get(id)!.recentActive) active++;
    return active >= this.quorum();
  }

  resetVotes(): void {
    this.votes.clear();
  }

  /** Records a vote (the first one from each voter counts). */
  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  tallyVotes(): { granted: number; rejected: number; result: VoteResult } {
    let granted = 0;
    let rejected = 0;
    for (const id of this.voters) {
      const v = this.votes.get(id);
      if (v === true) granted++;
      else if (v === false) rejected++;
    }
    const q = this.quorum();
    const missing = this.voters.length - granted - rejected;
    let result = VoteResult.Pending;
    if (granted >= q) result = VoteResult.Won;
    else if (granted + missing < q) result = VoteResult.Lost;
    return { granted, rejected, result };
  }

  /** Whether the given acknowledging voters form a quorum. */
  hasQuorum(acks: ReadonlySet<NodeId>): boolean {
    let n = 0;
    for (const id of this.voters) if (acks.has(id)) n++;
    return n >= this.quorum();
  }
}
