/**
 * The uncompacted log, in memory: what term() and entries() read (they are
 * synchronous). Every entry after the compaction point is kept; memory is
 * bounded by retainedBytesMax, checked by the store before it appends.
 */
import { TesseraError } from '../common/errors.js';
import { StorageErrorCode } from '../raft/storage.js';
import type { Entry, Index, Term } from '../raft/types.js';
import { StorageErrorCodes } from './errors.js';
import { retainedEntryOverheadBytes } from './limits.js';

export class RetainedLog {
  // Invariant: entries[k].index === compactedIndex + 1 + k, and
  // compactedTerm is the term of entry compactedIndex (the snapshot's term
  // when compacted to the snapshot).
  private compactedIndex: number;
  private compactedTerm: number;
  private entries: Entry[];
  // Invariant: retained === sum over entries of (data.length + retainedEntryOverheadBytes).
  private retained = 0;

  constructor(compactedIndex: Index, compactedTerm: Term, entries: Entry[]) {
    this.compactedIndex = compactedIndex;
    this.compactedTerm = compactedTerm;
    this.entries = entries;
    for (const e of entries) this.retained += e.data.length + retainedEntryOverheadBytes;
    this.checkInvariants();
  }

  firstIndex(): Index {
    return (this.compactedIndex + 1) as Index;
  }

  lastIndex(): Index {
    return (this.compactedIndex + this.entries.length) as Index;
  }

  retainedBytes(): number {
    return this.retained;
  }

  /** Retained bytes of the entries at index i and after. */
  retainedBytesFrom(i: Index): number {
    let bytes = 0;
    for (let k = Math.max(0, i - this.compactedIndex - 1); k < this.entries.length; k++) bytes += this.entries[k]!.data.length + retainedEntryOverheadBytes;
    return bytes;
  }

  retainedEntries(): number {
    return this.entries.length;
  }

  /** Term of entry i for i in [firstIndex() - 1, lastIndex()]; RAFT_COMPACTED below, RAFT_UNAVAILABLE above. */
  term(i: Index): Term {
    if (i < this.compactedIndex) throw compacted(`term(${i}): entries up to ${this.compactedIndex} are compacted`);
    if (i > this.lastIndex()) throw unavailable(`term(${i}): the last index is ${this.lastIndex()}`);
    return (i === this.compactedIndex ? this.compactedTerm : this.entries[i - this.compactedIndex - 1]!.term) as Term;
  }

  /** Entries [lo, hi): at least one if lo < hi, then more while the data total stays within maxBytes. */
  slice(lo: Index, hi: Index, maxBytes: number): Entry[] {
    if (lo <= this.compactedIndex) throw compacted(`entries(${lo}, ${hi}): entries up to ${this.compactedIndex} are compacted`);
    if (hi > this.lastIndex() + 1) throw unavailable(`entries(${lo}, ${hi}): the last index is ${this.lastIndex()}`);
    if (lo > hi) throw new TesseraError(`entries(${lo}, ${hi}): lo is above hi`, StorageErrorCodes.InvalidArgument);
    const out: Entry[] = [];
    let bytes = 0;
    for (let i = lo - this.compactedIndex - 1; i < hi - this.compactedIndex - 1; i++) {
      const e = this.entries[i]!;
      bytes += e.data.length;
      if (out.length > 0 && bytes > maxBytes) break;
      out.push(e);
    }
    return out;
  }

  /**
   * Appends `entries` (contiguous, already checked by the caller), first
   * dropping every entry at or after the first one's index.
   */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = entries[0]!.index;
    if (first <= this.compactedIndex || first > this.lastIndex() + 1) {
      throw new TesseraError(`assertion failed: append at ${first} outside (${this.compactedIndex}, ${this.lastIndex() + 1}]`, 'ASSERTION_FAILED');
    }
    const keep = first - this.compactedIndex - 1;
    for (let k = keep; k < this.entries.length; k++) this.retained -= this.entries[k]!.data.length + retainedEntryOverheadBytes;
    this.entries.length = keep;
    for (const e of entries) {
      this.entries.push(e);
      this.retained += e.data.length + retainedEntryOverheadBytes;
    }
  }

  /** Drops entries up to and including i (compactedIndex < i <= lastIndex); term(i) stays known. */
  compactTo(i: Index): void {
    const term = this.term(i);
    const drop = i - this.compactedIndex;
    for (let k = 0; k < drop; k++) this.retained -= this.entries[k]!.data.length + retainedEntryOverheadBytes;
    this.entries = this.entries.slice(drop);
    this.compactedIndex = i;
    this.compactedTerm = term;
  }

  /** The log replaced by a snapshot: empty, after (index, term). */
  resetTo(index: Index, term: Term): void {
    this.compactedIndex = index;
    this.compactedTerm = term;
    this.entries = [];
    this.retained = 0;
  }

  checkInvariants(): void {
    let bytes = 0;
    this.entries.forEach((e, k) => {
      if (e.index !== this.compactedIndex + 1 + k) throw new TesseraError(`assertion failed: retained entry ${k} has index ${e.index}, expected ${this.compactedIndex + 1 + k}`, 'ASSERTION_FAILED');
      bytes += e.data.length + retainedEntryOverheadBytes;
    });
    if (bytes !== this.retained) throw new TesseraError(`assertion failed: retained bytes ${this.retained}, counted ${bytes}`, 'ASSERTION_FAILED');
  }
}

function compacted(msg: string): TesseraError {
  return new TesseraError(msg, StorageErrorCode.Compacted);
}

function unavailable(msg: string): TesseraError {
  return new TesseraError(msg, StorageErrorCode.Unavailable);
}
