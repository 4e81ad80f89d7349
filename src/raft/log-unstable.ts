import { assert } from '../common/errors.js';
import type { Entry, Index, Snapshot, Term } from './types.js';

/**
 * The part of the log not yet persisted: an incoming snapshot and/or the
 * entries after it (or after the stored log). RawNode hands it out in a
 * Ready and drops it here once advance() says it is durable.
 */
export class Unstable {
  /** A snapshot received from the leader. Invariant: if set, offset === snapshot.metadata.index + 1. */
  snapshot: Snapshot | undefined = undefined;
  /** Invariant: entries[k].index === offset + k. Never mutated after being handed out (see copy in entriesToPersist). */
  entries: Entry[] = [];
  /** Index of entries[0] (or where it would be). */
  offset: Index;

  constructor(offset: Index) {
    this.offset = offset;
  }

  maybeFirstIndex(): Index | undefined {
    return this.snapshot === undefined ? undefined : ((this.snapshot.metadata.index + 1) as Index);
  }

  maybeLastIndex(): Index | undefined {
    if (this.entries.length > 0) return (this.offset + this.entries.length - 1) as Index;
    return this.snapshot === undefined ? undefined : this.snapshot.metadata.index;
  }

  /** The term of entry i if this part of the log knows it. */
  maybeTerm(i: Index): Term | undefined {
    if (i < this.offset) {
      if (this.snapshot !== undefined && this.snapshot.metadata.index === i) return this.snapshot.metadata.term;
      return undefined;
    }
    const k = i - this.offset;
    if (k >= this.entries.length) return undefined;
    return this.entries[k]!.term;
  }

  /**
   * Entries up to (i, t) are durable. If the log was rewritten since they
   * were handed out (the term at i differs), they are not the ones here.
   */
  stableTo(i: Index, t: Term): void {
    if (i < this.offset) return;
    const gt = this.maybeTerm(i);
    if (gt !== t) return;
    const n = i + 1 - this.offset;
    // A new array rather than an in-place splice: a Ready may still hold the old one.
    this.entries = n === this.entries.length ? [] : this.entries.slice(n);
    this.offset = (i + 1) as Index;
  }

  stableSnapTo(i: Index): void {
    if (this.snapshot !== undefined && this.snapshot.metadata.index === i) this.snapshot = undefined;
  }

  restore(s: Snapshot): void {
    this.offset = (s.metadata.index + 1) as Index;
    this.entries = [];
    this.snapshot = s;
  }

  /** Appends contiguous entries; the first replaces whatever is at its index and after. */
  truncateAndAppend(ents: readonly Entry[]): void {
    const after = ents[0]!.index;
    const end = this.offset + this.entries.length;
    if (after === end) {
      // The common case: pushing onto an array no Ready holds yet is safe, as
      // entriesToPersist copies.
      for (let k = 0; k < ents.length; k++) this.entries.push(ents[k]!);
      return;
    }
    if (after <= this.offset) {
      // Replace everything unstable; the stored entries from `after` on are overwritten when persisted.
      this.offset = after;
      this.entries = ents.slice();
      return;
    }
    assert(after < end, `unstable append at ${after} leaves a gap after ${end - 1}`);
    const kept = this.entries.slice(0, after - this.offset);
    for (let k = 0; k < ents.length; k++) kept.push(ents[k]!);
    this.entries = kept;
  }

  /** Entries [lo, hi), which must lie in this part. */
  slice(lo: Index, hi: Index): Entry[] {
    assert(lo >= this.offset && hi <= this.offset + this.entries.length && lo <= hi, `unstable slice [${lo}, ${hi}) outside [${this.offset}, ${this.offset + this.entries.length})`);
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}
