import type { ConfState, Entry, HardState, Index, Snapshot, Term } from './types.js';

/**
 * Storage, as the Raft core reads it (etcd-io/raft's Storage). The core
 * never writes through this interface: the seat persists what Ready hands it
 * (LogStore.save) and only then calls advance().
 *
 * Indexes: the log holds entries [firstIndex(), lastIndex()]; everything
 * before firstIndex() is compacted into the snapshot, whose index is
 * firstIndex() - 1 or later (createSnapshot does not compact; compact()
 * catches up). term(firstIndex() - 1) stays known, so the core can still
 * match the entry just before the log.
 *
 * A founding member's storage starts with bootstrapUpdate(confState)
 * (bootstrap.ts): the genesis snapshot at index 1, term 1. A member that
 * joins later starts empty (firstIndex() 1, lastIndex() 0, no members).
 *
 * Errors are TesseraErrors with the codes below; callers test `code`.
 * Returned arrays and snapshots belong to the caller and must not be mutated
 * by the storage afterwards (nor by the caller).
 */
export interface Storage {
  /**
   * Saved hard state, and membership as of the snapshot (the application
   * re-applies the membership changes committed after it). Read when a
   * node starts.
   */
  initialState(): { hardState: HardState; confState: ConfState };
  /**
   * Entries [lo, hi), at least one (if lo < hi) even when it alone exceeds
   * maxBytes, then as many more as fit in maxBytes (sum of data lengths).
   * Throws RAFT_COMPACTED if lo < firstIndex(), RAFT_UNAVAILABLE if hi > lastIndex() + 1.
   */
  entries(lo: Index, hi: Index, maxBytes: number): Entry[];
  /**
   * Term of entry i, for i in [firstIndex() - 1, lastIndex()].
   * Throws RAFT_COMPACTED below that range, RAFT_UNAVAILABLE above it.
   */
  term(i: Index): Term;
  firstIndex(): Index;
  lastIndex(): Index;
  /**
   * The most recent snapshot. Throws RAFT_SNAPSHOT_TEMPORARILY_UNAVAILABLE
   * when one is being made; the core retries later.
   */
  snapshot(): Snapshot;
}

/** The error codes Storage methods throw (as TesseraError.code). */
export const StorageErrorCode = {
  Compacted: 'RAFT_COMPACTED',
  Unavailable: 'RAFT_UNAVAILABLE',
  SnapshotOutOfDate: 'RAFT_SNAPSHOT_OUT_OF_DATE',
  SnapshotTemporarilyUnavailable: 'RAFT_SNAPSHOT_TEMPORARILY_UNAVAILABLE',
} as const;

/** What one Ready asks the seat to make durable, in this order: snapshot, entries, hard state. */
export interface PersistUpdate {
  readonly snapshot?: Snapshot;
  /** Contiguous; an entry whose index is <= lastIndex() replaces that entry and everything after it. */
  readonly entries: readonly Entry[];
  readonly hardState?: HardState;
}

/**
 * Storage the seat writes to: the in-memory reference (src/raft MemoryStorage)
 * and the durable one (src/storage). Both pass the conformance suite in
 * test/storage. save() returns once the update is durable (for the memory
 * storage, at once); nothing that depends on it may be acknowledged before.
 */
export interface LogStore extends Storage {
  save(update: PersistUpdate): void | Promise<void>;
  /**
   * Records a snapshot of the state machine at `i` (<= the applied index) and
   * returns it; the log before `i` may then be compacted.
   * Throws RAFT_SNAPSHOT_OUT_OF_DATE if i <= the current snapshot's index,
   * RAFT_UNAVAILABLE if i > lastIndex().
   */
  createSnapshot(i: Index, confState: ConfState, data: Uint8Array): Snapshot | Promise<Snapshot>;
  /**
   * Discards entries up to and including `i` (etcd's semantics): afterwards
   * firstIndex() === i + 1 and term(i) still answers. They must be covered
   * by a snapshot (i <= its index); MemoryStorage treats a violation as a
   * caller bug (ASSERTION_FAILED), DurableLogStore refuses it
   * (STORAGE_INVALID_ARGUMENT). Throws RAFT_COMPACTED if i < firstIndex(),
   * RAFT_UNAVAILABLE if i > lastIndex().
   */
  compact(i: Index): void | Promise<void>;
}
