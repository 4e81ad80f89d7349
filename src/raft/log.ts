import { assert, isTesseraError, TesseraError } from '../common/errors.js';
import { Unstable } from './log-unstable.js';
import { StorageErrorCode, type Storage } from './storage.js';
import type { Entry, Index, Snapshot, Term } from './types.js';
import { countWithinBytes, minIndex, payloadBytes } from './util.js';

/**
 * The log as the core sees it: what storage holds, plus the unstable tail
 * (and incoming snapshot) not yet persisted; and the commit/apply cursors.
 */
export class RaftLog {
  readonly storage: Storage;
  readonly unstable: Unstable;
  /**
   * Highest index known committed.
   * Invariant: applied <= applying <= committed <= lastIndex().
   */
  committed: Index;
  /** Highest index handed to the application in a Ready (not yet advanced). */
  applying: Index;
  /** Highest index the application has applied (advance() after a Ready). */
  applied: Index;
  private readonly committedBytesPerReadyMax: number;
  /** Handed out but unapplied entries (applying - applied) stay at most this many. */
  private readonly unappliedEntriesMax: number;

  constructor(storage: Storage, committedBytesPerReadyMax: number, unappliedEntriesMax = Number.MAX_SAFE_INTEGER) {
    this.storage = storage;
    this.committedBytesPerReadyMax = committedBytesPerReadyMax;
    this.unappliedEntriesMax = unappliedEntriesMax;
    const first = storage.firstIndex();
    const last = storage.lastIndex();
    this.unstable = new Unstable((last + 1) as Index);
    // Everything up to the snapshot is committed and applied by definition.
    this.committed = (first - 1) as Index;
    this.applying = this.committed;
    this.applied = this.committed;
  }

  firstIndex(): Index {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): Index {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  /** Term of entry i, or undefined when i is compacted or past the end. */
  term(i: Index): Term | undefined {
    const t = this.unstable.maybeTerm(i);
    if (t !== undefined) return t;
    if (i < this.firstIndex() - 1 || i > this.lastIndex()) return undefined;
    try {
      return this.storage.term(i);
    } catch (e) {
      if (isTesseraError(e, StorageErrorCode.Compacted) || isTesseraError(e, StorageErrorCode.Unavailable)) return undefined;
      throw e;
    }
  }

  lastTerm(): Term {
    const t = this.term(this.lastIndex());
    assert(t !== undefined, `no term for the last index ${this.lastIndex()}`);
    return t;
  }

  matchTerm(i: Index, t: Term): boolean {
    return this.term(i) === t;
  }

  /** §5.4.1: a candidate's log (ending at lastIndex/lastTerm) is at least as up to date as ours. */
  isUpToDate(lastIndex: Index, lastTerm: Term): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * A follower receiving entries after (index, logTerm): if its log matches
   * there, append (replacing any conflicting suffix), commit up to
   * min(committed, last new index) and return the last new index; else -1.
   */
  maybeAppend(index: Index, logTerm: Term, committed: Index, ents: readonly Entry[]): number {
    if (!this.matchTerm(index, logTerm)) return -1;
    const lastNew = (index + ents.length) as Index;
    const conflict = this.findConflict(ents);
    if (conflict !== 0) {
      assert(conflict > this.committed, `entry ${conflict} conflicts with the committed prefix up to ${this.committed}`);
      const from = conflict - (index + 1);
      this.append(from === 0 ? ents : ents.slice(from));
    }
    this.commitTo(Math.min(committed, lastNew) as Index);
    return lastNew;
  }

  /**
   * The index of the first entry of `ents` that is new or whose term
   * differs from ours, or 0 if we already hold them all. Entries must be
   * contiguous.
   */
  findConflict(ents: readonly Entry[]): number {
    for (let k = 0; k < ents.length; k++) {
      const e = ents[k]!;
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return 0;
  }

  /**
   * Fast backtracking (§5.3, "the follower can include the term of the
   * conflicting entry"): the largest index <= `index` whose term is <=
   * `term`, with its term (0 if compacted). An entry there is the last that
   * can match a log whose entry at `index` has term `term`.
   */
  findConflictByTerm(index: Index, term: Term): { index: Index; term: Term } {
    let i = index;
    for (;;) {
      const t = this.term(i);
      if (t === undefined) return { index: i, term: 0 as Term };
      if (t <= term) return { index: i, term: t };
      i = (i - 1) as Index;
    }
  }

  /** Appends after truncating at ents[0].index; returns the new last index. */
  append(ents: readonly Entry[]): Index {
    if (ents.length === 0) return this.lastIndex();
    assert(ents[0]!.index > this.committed, `append at ${ents[0]!.index} would overwrite committed ${this.committed}`);
    this.unstable.truncateAndAppend(ents);
    return this.lastIndex();
  }

  commitTo(i: Index): void {
    if (i <= this.committed) return;
    assert(i <= this.lastIndex(), `commit ${i} is past the last index ${this.lastIndex()}`);
    this.committed = i;
  }

  /**
   * Whether committed entries wait to be handed to the application (never
   * while a snapshot is pending, nor while unappliedEntriesMax handed-out
   * entries are unapplied).
   */
  hasNextCommittedEntries(): boolean {
    return this.applying < this.committed && this.unstable.snapshot === undefined && this.applying - this.applied < this.unappliedEntriesMax;
  }

  /** The next committed entries to apply, at most committedBytesPerReadyMax (at least one) and up to applied + unappliedEntriesMax. */
  nextCommittedEntries(): Entry[] {
    if (!this.hasNextCommittedEntries()) return [];
    const hi = Math.min(this.committed, this.applied + this.unappliedEntriesMax);
    return this.slice((this.applying + 1) as Index, (hi + 1) as Index, this.committedBytesPerReadyMax);
  }

  acceptApplying(i: Index): void {
    assert(i >= this.applying && i <= this.committed, `applying ${i} outside [${this.applying}, ${this.committed}]`);
    this.applying = i;
  }

  appliedTo(i: Index): void {
    assert(i >= this.applied && i <= this.committed, `applied ${i} outside [${this.applied}, ${this.committed}]`);
    this.applied = i;
    if (this.applying < i) this.applying = i;
  }

  /**
   * Entries [lo, hi), stopping after maxBytes of payload (at least one).
   * Throws RAFT_COMPACTED when lo is before the log.
   */
  slice(lo: Index, hi: Index, maxBytes: number): Entry[] {
    if (lo >= hi) return [];
    const first = this.firstIndex();
    if (lo < first) {
      throw new TesseraError(`log index ${lo} is compacted (first index ${first})`, StorageErrorCode.Compacted, { index: lo });
    }
    assert(hi <= this.lastIndex() + 1, `slice [${lo}, ${hi}) past the last index ${this.lastIndex()}`);
    const offset = this.unstable.offset;
    if (lo >= offset) {
      const ents = this.unstable.entries;
      const n = countWithinBytes(ents, lo - offset, hi - offset, maxBytes);
      return ents.slice(lo - offset, lo - offset + n);
    }
    const storedHi = minIndex(hi, offset);
    const stored = this.storage.entries(lo, storedHi, maxBytes);
    if (stored.length < storedHi - lo || hi <= offset) return stored; // limited by maxBytes, or all stored
    // Storage's arrays are not ours to extend (Storage contract): copy.
    const out = stored.slice();
    let bytes = payloadBytes(out);
    const ents = this.unstable.entries;
    for (let k = 0; k < hi - offset; k++) {
      const e = ents[k]!;
      bytes += e.data.length;
      if (bytes > maxBytes) break;
      out.push(e);
    }
    return out;
  }

  /** A snapshot received from the leader replaces the log (the caller checked it is newer than committed). */
  restore(s: Snapshot): void {
    assert(s.metadata.index > this.committed, `restoring snapshot ${s.metadata.index} at or below commit ${this.committed}`);
    this.committed = s.metadata.index;
    this.unstable.restore(s);
  }

  /** The latest snapshot: the one being installed, else the stored one. */
  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  stableTo(i: Index, t: Term): void {
    this.unstable.stableTo(i, t);
  }

  stableSnapTo(i: Index): void {
    this.unstable.stableSnapTo(i);
  }
}
