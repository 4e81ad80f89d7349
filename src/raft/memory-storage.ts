import { assert, TesseraError } from '../common/errors.js';
import { StorageErrorCode, type LogStore, type PersistUpdate } from './storage.js';
import {
  emptyHardState,
  type ConfState,
  type Entry,
  type HardState,
  type Index,
  type Snapshot,
  type Term,
} from './types.js';
import { countWithinBytes } from './util.js';
import { bootstrapUpdate } from './bootstrap.js';

const noMembers: ConfState = { voters: [], learners: [] };

export interface MemoryStorageInit {
  /**
   * A founding member: the storage starts with bootstrapUpdate(confState)
   * (the genesis snapshot at index 1, term 1). Without it the storage is
   * empty, as for a member that joins later.
   */
  readonly confState?: ConfState;
  /** Replaces the genesis hard state (tests that start from a given term). */
  readonly hardState?: HardState;
}

/**
 * The in-memory LogStore: the reference the durable storage is checked
 * against, and what tests and the simulator run the core on. save() is
 * durable at once (a "crash" in the simulator keeps exactly what was saved).
 *
 * Layout: the log holds `ents`, the entries after `logOffset` (whose term
 * is kept in `logOffsetTerm`); `snap` is the latest snapshot. Like etcd's
 * MemoryStorage, createSnapshot() does not compact: the snapshot's index
 * may be past logOffset until compact() catches up.
 */
export class MemoryStorage implements LogStore {
  private hardState: HardState;
  /** Invariant: snap.metadata.index >= logOffset. */
  private snap: Snapshot;
  /** Invariant: logOffset === firstIndex() - 1, and term(logOffset) === logOffsetTerm. */
  private logOffset: Index = 0 as Index;
  private logOffsetTerm: Term = 0 as Term;
  /** Invariant: ents[k].index === logOffset + 1 + k. */
  private ents: Entry[] = [];

  constructor(init: MemoryStorageInit = {}) {
    this.hardState = emptyHardState;
    this.snap = { metadata: { index: 0 as Index, term: 0 as Term, confState: noMembers }, data: new Uint8Array(0) };
    if (init.confState !== undefined) this.save(bootstrapUpdate(init.confState));
    if (init.hardState !== undefined) this.hardState = init.hardState;
  }

  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: this.hardState, confState: this.snap.metadata.confState };
  }

  firstIndex(): Index {
    return (this.logOffset + 1) as Index;
  }

  lastIndex(): Index {
    return (this.logOffset + this.ents.length) as Index;
  }

  term(i: Index): Term {
    const offset = this.logOffset;
    if (i < offset) throw compacted(i, offset);
    if (i === offset) return this.logOffsetTerm;
    const k = i - offset - 1;
    if (k >= this.ents.length) throw unavailable(i, this.lastIndex());
    return this.ents[k]!.term;
  }

  entries(lo: Index, hi: Index, maxBytes: number): Entry[] {
    const offset = this.logOffset;
    assert(lo <= hi, `entries(${lo}, ${hi}): lo > hi`);
    if (lo <= offset) throw compacted(lo, offset);
    if (hi > this.lastIndex() + 1) throw unavailable(hi - 1, this.lastIndex());
    const start = lo - offset - 1;
    const end = start + countWithinBytes(this.ents, start, hi - offset - 1, maxBytes);
    return this.ents.slice(start, end);
  }

  snapshot(): Snapshot {
    return this.snap;
  }

  save(update: PersistUpdate): void {
    if (update.snapshot !== undefined) this.applySnapshot(update.snapshot);
    if (update.entries.length > 0) this.append(update.entries);
    if (update.hardState !== undefined) this.hardState = update.hardState;
  }

  /** Replaces the log with `s` (a follower installing the leader's snapshot). */
  applySnapshot(s: Snapshot): void {
    if (s.metadata.index <= this.snap.metadata.index) {
      throw new TesseraError(
        `snapshot at ${s.metadata.index} is not newer than the stored one at ${this.snap.metadata.index}`,
        StorageErrorCode.SnapshotOutOfDate,
        { index: s.metadata.index },
      );
    }
    this.snap = s;
    this.logOffset = s.metadata.index;
    this.logOffsetTerm = s.metadata.term;
    this.ents = [];
  }

  /**
   * Appends contiguous entries; the first one at index <= lastIndex()
   * replaces that entry and all after it. Entries already compacted are
   * skipped.
   */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const offset = this.logOffset;
    const first = entries[0]!.index;
    const last = entries[entries.length - 1]!.index;
    assert(last - first + 1 === entries.length, `appended entries ${first}..${last} are not contiguous`);
    if (last <= offset) return;
    const from = first <= offset ? offset + 1 - first : 0;
    const at = entries[from]!.index - offset - 1;
    if (at > this.ents.length) {
      throw new TesseraError(
        `append at ${entries[from]!.index} leaves a gap after the last index ${this.lastIndex()}`,
        StorageErrorCode.Unavailable,
        { index: entries[from]!.index },
      );
    }
    this.ents.length = at;
    for (let k = from; k < entries.length; k++) this.ents.push(entries[k]!);
  }

  setHardState(h: HardState): void {
    this.hardState = h;
  }

  createSnapshot(i: Index, confState: ConfState, data: Uint8Array): Snapshot {
    if (i <= this.snap.metadata.index) {
      throw new TesseraError(
        `snapshot at ${i} is not newer than the stored one at ${this.snap.metadata.index}`,
        StorageErrorCode.SnapshotOutOfDate,
        { index: i },
      );
    }
    if (i > this.lastIndex()) throw unavailable(i, this.lastIndex());
    this.snap = { metadata: { index: i, term: this.term(i), confState }, data };
    return this.snap;
  }

  /**
   * Discards the entries up to and including `i` (etcd's semantics): afterwards
   * firstIndex() === i + 1 and term(i) still answers (entry i is the log's
   * dummy). The snapshot must cover them (i <= its index).
   */
  compact(i: Index): void {
    if (i <= this.logOffset) throw compacted(i, this.logOffset);
    if (i > this.lastIndex()) throw unavailable(i, this.lastIndex());
    assert(i <= this.snap.metadata.index, `compact(${i}) passes the snapshot at ${this.snap.metadata.index}`);
    const drop = i - this.logOffset;
    this.logOffsetTerm = this.ents[drop - 1]!.term;
    this.logOffset = i;
    this.ents = this.ents.slice(drop);
  }
}

function compacted(i: number, offset: number): TesseraError {
  return new TesseraError(`log index ${i} is compacted (the log starts after ${offset})`, StorageErrorCode.Compacted, { index: i });
}

function unavailable(i: number, last: number): TesseraError {
  return new TesseraError(`log index ${i} is past the last index ${last}`, StorageErrorCode.Unavailable, { index: i });
}
