/**
 * DurableLogStore: the seat's Raft log on disk (LogStore, src/raft/storage.ts).
 *
 * - save() applies the update to the in-memory view at once (what term()
 *   and entries() read) and resolves only when its records are durable.
 *   Saves arriving while a write is in flight wait and then go together in
 *   one write and one fdatasync (group commit); promises resolve in order.
 * - An I/O error fails the store: the saves in flight and queued are
 *   rejected, nothing more is written, and the seat must stop (restart runs
 *   recovery, which trusts only what is on disk).
 * - Snapshots are files in snap/; segments a durable snapshot covers are
 *   deleted. compact() trims the in-memory log.
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { TesseraError } from '../common/errors.js';
import { StorageErrorCode, type LogStore, type PersistUpdate } from '../raft/storage.js';
import {
  EntryType,
  isEmptySnapshot,
  type ConfState,
  type Entry,
  type HardState,
  type Index,
  type Snapshot,
  type Term,
} from '../raft/types.js';
import { StorageErrorCodes, invalidUpdate, ioFailed } from './errors.js';
import { writeHardStateFile } from './hard-state-file.js';
import { nodeStorageIo, type StorageIo } from './io.js';
import { resolveStorageLimits, retainedEntryOverheadBytes, type StorageLimits } from './limits.js';
import { DirectoryLock } from './lock.js';
import { recoverDataDir, snapDirName, walDirName, type RecoveredState } from './recovery.js';
import { RetainedLog } from './retained-log.js';
import { listSnapshotFiles, writeSnapshotFile } from './snapshot-file.js';
import { recordBytes, type WalOp } from './wal-format.js';
import { WalWriter, type SyncTarget } from './wal-writer.js';

/** pino-compatible subset. */
export interface StorageLogger {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

export interface DurableLogStoreOptions extends Partial<StorageLimits> {
  /** The seat's data directory (created if absent): wal/, snap/, hardstate, LOCK. */
  readonly dir: string;
  readonly logger?: StorageLogger;
  /** Called after every fsync/fdatasync with its duration in seconds and what it made durable (the seat feeds a histogram). */
  readonly onFsync?: (seconds: number, target: SyncTarget) => void;
  /** File operations (tests inject failures); node:fs by default. */
  readonly io?: StorageIo;
}

export interface StorageStats {
  /** Completed fsync/fdatasync calls by target: wal (group commits), segment (creation), directory, hardState, snapshot. */
  readonly fsyncs: Readonly<Record<SyncTarget, number>>;
  readonly fsyncSecondsTotal: number;
  /** Group commits: one WAL write + fdatasync each. */
  readonly batches: number;
  readonly savesCompleted: number;
  readonly entriesWritten: number;
  readonly walBytesWritten: number;
  /** Torn tails truncated at open (0 or 1 per open). */
  readonly tornTailsTruncated: number;
  readonly segmentsCreated: number;
  readonly segmentsDeleted: number;
  readonly segments: number;
  readonly snapshotsWritten: number;
  readonly pendingSaves: number;
  readonly pendingBytes: number;
  readonly retainedEntries: number;
  readonly retainedBytes: number;
}

export interface RecoveryReport {
  readonly newSeat: boolean;
  readonly segmentsRead: number;
  readonly recordsRead: number;
  readonly bytesRead: number;
  readonly tornTail: { readonly file: string; readonly offset: number; readonly bytesZeroed: number; readonly what: string } | undefined;
  /** The newest snapshot was ahead of the WAL; the log restarted after it. */
  readonly logResetToSnapshot: boolean;
  readonly snapshotIndex: Index;
  readonly firstIndex: Index;
  readonly lastIndex: Index;
  readonly durationMs: number;
}

interface PendingSave {
  readonly ops: WalOp[];
  readonly bytes: number;
  readonly entries: number;
  /** A snapshot received from the leader: its file is written before the WAL records. */
  readonly snapshot: Snapshot | undefined;
  /** The hard state after this save (the hard state file is rewritten when term or vote changes). */
  readonly hardState: HardState;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

const silentLogger: StorageLogger = { info() {}, warn() {}, error() {} };

const emptySnapshot: Snapshot = {
  metadata: { index: 0 as Index, term: 0 as Term, confState: { voters: [], learners: [] } },
  data: new Uint8Array(0),
};

export class DurableLogStore implements LogStore {
  readonly dir: string;
  readonly limits: StorageLimits;
  readonly recovery: RecoveryReport;

  private readonly io: StorageIo;
  private readonly logger: StorageLogger;
  private readonly onFsync: ((seconds: number, target: SyncTarget) => void) | undefined;
  private readonly lock: DirectoryLock;
  private writer!: WalWriter;

  private readonly log: RetainedLog;
  // Invariant: log.firstIndex() - 1 <= snapshot.metadata.index (compaction
  // never passes the snapshot), and snapshot.metadata.index <= log.lastIndex().
  private snapshotValue: Snapshot;
  private hardState: HardState;
  /** (term, vote) the hard state file holds. */
  private fileHardState: HardState | undefined;
  /** Highest snapshot index whose file is durable. */
  private durableSnapshotIndex: number;
  /** Index of a createSnapshot() in progress (0 if none). */
  private snapshotInProgressIndex = 0;

  private queue: PendingSave[] = [];
  private pendingBytes = 0;
  private draining: Promise<void> | undefined;
  private maintenance: Promise<unknown> = Promise.resolve();
  private failure: TesseraError | undefined;
  private closed = false;

  private readonly counters = {
    fsyncs: { wal: 0, segment: 0, directory: 0, hardState: 0, snapshot: 0 } as Record<SyncTarget, number>,
    fsyncSecondsTotal: 0,
    batches: 0,
    savesCompleted: 0,
    entriesWritten: 0,
    walBytesWritten: 0,
    tornTailsTruncated: 0,
    segmentsCreated: 0,
    segmentsDeleted: 0,
    snapshotsWritten: 0,
  };

  private constructor(options: DurableLogStoreOptions, limits: StorageLimits, lock: DirectoryLock, r: RecoveredState, report: RecoveryReport) {
    this.dir = options.dir;
    this.limits = limits;
    this.io = options.io ?? nodeStorageIo;
    this.logger = options.logger ?? silentLogger;
    this.onFsync = options.onFsync;
    this.lock = lock;
    this.log = new RetainedLog(r.compactedIndex, r.compactedTerm, r.entries);
    this.snapshotValue = r.snapshot ?? emptySnapshot;
    this.durableSnapshotIndex = this.snapshotValue.metadata.index;
    this.hardState = r.hardState;
    this.fileHardState = r.fileHardState;
    this.recovery = report;
  }

  /**
   * Opens (or creates) the store in options.dir: takes the directory lock,
   * runs recovery, truncates a torn tail. Throws WAL_CORRUPT,
   * HARDSTATE_CORRUPT, SNAPSHOT_CORRUPT, SNAPSHOT_MISSING, STORAGE_LOCKED,
   * STORAGE_INVALID_OPTION or STORAGE_IO_FAILED.
   */
  static async open(options: DurableLogStoreOptions): Promise<DurableLogStore> {
    const started = performance.now();
    // Everything but these four is a bound (limits.ts checks each, and refuses unknown names).
    const { dir, logger: _logger, onFsync: _onFsync, io: _io, ...limitOptions } = options;
    if (typeof dir !== 'string' || dir.length === 0) throw new TesseraError('storage option dir must be a non-empty path', StorageErrorCodes.InvalidOption, { option: 'dir' });
    const limits = resolveStorageLimits(limitOptions);
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw ioFailed('create', dir, e);
    }
    const lock = DirectoryLock.acquire(dir);
    let store: DurableLogStore | undefined;
    try {
      const r = recoverDataDir(dir, limits);
      for (const f of r.tempFiles) fs.rmSync(f, { force: true });
      const bytesZeroed = r.tornTail ? r.tornTail.zeroTo - r.tornTail.offset : 0;
      const report: RecoveryReport = {
        newSeat: r.isNew,
        ...r.stats,
        tornTail: r.tornTail && { file: r.tornTail.file, offset: r.tornTail.offset, bytesZeroed, what: r.tornTail.what },
        logResetToSnapshot: r.logResetToSnapshot,
        snapshotIndex: (r.snapshot?.metadata.index ?? 0) as Index,
        firstIndex: (r.compactedIndex + 1) as Index,
        lastIndex: (r.compactedIndex + r.entries.length) as Index,
        durationMs: 0,
      };
      store = new DurableLogStore(options, limits, lock, r, report);
      await store.start(r);
      (report as { durationMs: number }).durationMs = performance.now() - started;
      store.logger.info({ dir, ...report }, 'storage recovered');
      return store;
    } catch (e) {
      if (store) await store.writerClose();
      lock.release();
      throw e;
    }
  }

  // ---- Storage (what the Raft core reads) ----

  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: this.hardState, confState: this.snapshotValue.metadata.confState };
  }

  entries(lo: Index, hi: Index, maxBytes: number): Entry[] {
    return this.log.slice(lo, hi, maxBytes);
  }

  term(i: Index): Term {
    return this.log.term(i);
  }

  firstIndex(): Index {
    return this.log.firstIndex();
  }

  lastIndex(): Index {
    return this.log.lastIndex();
  }

  snapshot(): Snapshot {
    return this.snapshotValue;
  }

  // ---- LogStore (what the seat writes) ----

  /**
   * Applies `update` (snapshot, then entries, then hard state) and resolves
   * once it is durable. Rejects at once, without applying anything, with
   * RAFT_SNAPSHOT_OUT_OF_DATE, STORAGE_INVALID_UPDATE, STORAGE_BACKPRESSURE
   * or STORAGE_MEMORY_FULL; later with STORAGE_IO_FAILED if the write fails;
   * with STORAGE_FAILED / STORAGE_CLOSED when the store cannot write.
   */
  save(update: PersistUpdate): Promise<void> {
    const refused = this.refusal();
    if (refused) return Promise.reject(refused);
    let plan: ReturnType<DurableLogStore['plan']>;
    try {
      plan = this.plan(update);
    } catch (e) {
      return Promise.reject(e);
    }
    // Apply to the in-memory view, in the order of the update.
    if (plan.snapshot) {
      this.snapshotValue = plan.snapshot;
      this.log.resetTo(plan.snapshot.metadata.index, plan.snapshot.metadata.term);
    }
    this.log.append(plan.entries);
    if (plan.hardState) this.hardState = plan.hardState;
    this.pendingBytes += plan.bytes;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ops: plan.ops, bytes: plan.bytes, entries: plan.entries.length, snapshot: plan.snapshot, hardState: this.hardState, resolve, reject });
      this.kick();
    });
  }

  /**
   * Records a snapshot at `i` in snap/ and returns it once durable; the
   * segments it covers are then deleted. RAFT_SNAPSHOT_OUT_OF_DATE if
   * i <= the current (or in-progress) snapshot's index, RAFT_UNAVAILABLE if
   * i > lastIndex(), STORAGE_INVALID_ARGUMENT if i > the saved commit index.
   */
  async createSnapshot(i: Index, confState: ConfState, data: Uint8Array): Promise<Snapshot> {
    const refused = this.refusal();
    if (refused) throw refused;
    if (i <= this.snapshotValue.metadata.index || i <= this.snapshotInProgressIndex) {
      throw new TesseraError(`createSnapshot(${i}): a snapshot at index ${Math.max(this.snapshotValue.metadata.index, this.snapshotInProgressIndex)} exists`, StorageErrorCode.SnapshotOutOfDate);
    }
    if (i > this.log.lastIndex()) throw new TesseraError(`createSnapshot(${i}): the last index is ${this.log.lastIndex()}`, StorageErrorCode.Unavailable);
    // A snapshot holds applied, hence committed, state; it must never cover an entry a later save could replace.
    if (i > this.hardState.commit) throw new TesseraError(`createSnapshot(${i}): entry ${i} is not committed (commit ${this.hardState.commit})`, StorageErrorCodes.InvalidArgument);
    const term = this.log.term(i);
    this.checkSnapshotContent(confState, data, `createSnapshot(${i})`);
    const snap: Snapshot = { metadata: { index: i, term, confState: { voters: [...confState.voters], learners: [...confState.learners] } }, data };
    this.snapshotInProgressIndex = i;
    try {
      await this.serialized(() => writeSnapshotFile(this.io, join(this.dir, snapDirName), snap, (t, p) => this.timedSync(t, p)));
    } finally {
      this.snapshotInProgressIndex = 0;
    }
    this.counters.snapshotsWritten++;
    // An incoming snapshot may have overtaken this one meanwhile.
    if (i > this.snapshotValue.metadata.index) this.snapshotValue = snap;
    this.snapshotDurable(i);
    return snap;
  }

  /**
   * Discards entries up to and including i (firstIndex() becomes i + 1;
   * term(i) stays known). i must be covered by the snapshot.
   * RAFT_COMPACTED if i <= firstIndex() - 1, RAFT_UNAVAILABLE if
   * i > lastIndex(), STORAGE_INVALID_ARGUMENT if i > the snapshot's index.
   */
  async compact(i: Index): Promise<void> {
    const refused = this.refusal();
    if (refused) throw refused;
    if (i <= this.log.firstIndex() - 1) throw new TesseraError(`compact(${i}): already compacted to ${this.log.firstIndex() - 1}`, StorageErrorCode.Compacted);
    if (i > this.log.lastIndex()) throw new TesseraError(`compact(${i}): the last index is ${this.log.lastIndex()}`, StorageErrorCode.Unavailable);
    if (i > this.snapshotValue.metadata.index) {
      throw new TesseraError(`compact(${i}): entries after the snapshot at ${this.snapshotValue.metadata.index} are not covered by it`, StorageErrorCodes.InvalidArgument);
    }
    this.log.compactTo(i);
  }

  /** Waits for queued saves, closes files and releases the directory lock. Later calls reject with STORAGE_CLOSED. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.draining) await this.draining;
    await this.maintenance.catch(() => undefined);
    await this.writerClose();
    this.lock.release();
  }

  /**
   * Resolves when background work has finished: the next segment's
   * zero-filling, old snapshot and segment deletions (benchmarks and tests
   * wait for it; the seat need not).
   */
  async settled(): Promise<void> {
    await this.maintenance.catch(() => undefined);
    await this.writer.spareSettled();
  }

  /** The error that failed the store, if any (the seat stops on it). */
  get failed(): TesseraError | undefined {
    return this.failure;
  }

  stats(): StorageStats {
    return {
      ...this.counters,
      fsyncs: { ...this.counters.fsyncs },
      segments: this.writer.segmentList().length,
      pendingSaves: this.queue.length,
      pendingBytes: this.pendingBytes,
      retainedEntries: this.log.retainedEntries(),
      retainedBytes: this.log.retainedBytes(),
    };
  }

  // ---- internals ----

  private async start(r: RecoveredState): Promise<void> {
    const walDir = join(this.dir, walDirName);
    const counters = this.counters;
    const timed = (t: SyncTarget, p: Promise<void>): Promise<void> => this.timedSync(t, p);
    if (r.isNew) {
      fs.mkdirSync(walDir, { recursive: true });
      fs.mkdirSync(join(this.dir, snapDirName), { recursive: true });
      this.writer = await WalWriter.create(this.io, walDir, this.limits.segmentBytes, timed, counters);
      await timed('directory', this.io.syncDirectory(this.dir));
      return;
    }
    fs.mkdirSync(join(this.dir, snapDirName), { recursive: true });
    if (r.tornTail) this.truncateTornTail(r);
    this.writer = await WalWriter.resume(this.io, walDir, this.limits.segmentBytes, timed, counters, r.segments, r.tail!, {
      walLastIndex: r.walLastIndex,
      walLastTerm: r.walLastTerm,
      walHardState: r.walHardState,
    });
    if (r.logResetToSnapshot) {
      const m = this.snapshotValue.metadata;
      this.logger.warn(
        { dir: this.dir, snapshotIndex: m.index, snapshotTerm: m.term, walLastIndex: r.walLastIndex },
        'the newest snapshot is ahead of the WAL (or its term differs there): the log restarts after the snapshot',
      );
      await this.writer.appendAndSync([{ kind: 'snapshot', index: m.index, term: m.term }]);
    }
    this.writer.prepareNext();
    // Deletions a crash interrupted (after the snapshot was durable) finish now.
    this.cleanUp();
  }

  /** Zeroes the torn record's bytes and restores the preallocated size, durably, before anything is appended. */
  private truncateTornTail(r: RecoveredState): void {
    const t = r.tornTail!;
    const size = r.tail!.header.segmentBytes;
    const fd = fs.openSync(t.file, 'r+');
    try {
      // Everything from zeroTo on is zero already (recovery checked); a cut file is zero-filled back to its size.
      const fileBytes = fs.fstatSync(fd).size;
      const zeros = Buffer.alloc(Math.max(0, Math.min(t.zeroTo, fileBytes) - t.offset));
      if (zeros.length > 0) fs.writeSync(fd, zeros, 0, zeros.length, t.offset);
      if (fileBytes < size) {
        const fill = Buffer.alloc(Math.min(1024 * 1024, size - fileBytes));
        for (let o = fileBytes; o < size; o += fill.length) fs.writeSync(fd, fill, 0, Math.min(fill.length, size - o), o);
      }
      fs.fsyncSync(fd);
    } catch (e) {
      throw ioFailed('truncate torn tail', t.file, e, t.offset);
    } finally {
      fs.closeSync(fd);
    }
    this.counters.tornTailsTruncated++;
    this.logger.warn({ file: t.file, offset: t.offset, bytes: t.zeroTo - t.offset, reason: t.what }, 'WAL torn tail truncated');
  }

  private async writerClose(): Promise<void> {
    if (this.writer) await this.writer.close();
  }

  private refusal(): TesseraError | undefined {
    if (this.closed) return new TesseraError(`storage ${this.dir} is closed`, StorageErrorCodes.Closed);
    if (this.failure) {
      const e = new TesseraError(`storage ${this.dir} failed earlier and writes nothing more: ${this.failure.message}`, StorageErrorCodes.Failed, { cause: this.failure.code });
      (e as Error & { cause?: unknown }).cause = this.failure;
      return e;
    }
    return undefined;
  }

  /** Checks `update` against the log and returns what to apply and write; throws without side effects. */
  private plan(update: PersistUpdate): { snapshot: Snapshot | undefined; entries: Entry[]; hardState: HardState | undefined; ops: WalOp[]; bytes: number } {
    const ops: WalOp[] = [];
    // The log as it will be after the snapshot (if any).
    let compactedIndex: number = this.log.firstIndex() - 1;
    let lastIndex: number = this.log.lastIndex();
    let termAt = (i: number): number => this.log.term(i as Index);
    let snapshot: Snapshot | undefined;
    let retained = this.log.retainedBytes();

    if (update.snapshot !== undefined && !isEmptySnapshot(update.snapshot)) {
      const m = update.snapshot.metadata;
      if (!Number.isSafeInteger(m.index) || !Number.isSafeInteger(m.term) || m.term < 1) throw invalidUpdate(`snapshot index ${m.index} / term ${m.term} out of range`);
      const newest = Math.max(this.snapshotValue.metadata.index, this.snapshotInProgressIndex);
      if (m.index <= newest) {
        throw new TesseraError(`save: snapshot at index ${m.index} is not newer than the current one at ${newest}`, StorageErrorCode.SnapshotOutOfDate);
      }
      this.checkSnapshotContent(m.confState, update.snapshot.data, 'save: snapshot');
      snapshot = update.snapshot;
      ops.push({ kind: 'snapshot', index: m.index, term: m.term });
      compactedIndex = m.index;
      lastIndex = m.index;
      termAt = (i) => (i === m.index ? m.term : Number.NaN);
      retained = 0;
    }

    let entries: Entry[] = [];
    if (update.entries.length > 0) {
      let prev: Entry | undefined;
      for (const e of update.entries) {
        if (!Number.isSafeInteger(e.index) || e.index < 1 || !Number.isSafeInteger(e.term) || e.term < 1) throw invalidUpdate(`entry index ${e.index} / term ${e.term} out of range`);
        if (e.type !== EntryType.Normal && e.type !== EntryType.ConfChange) throw invalidUpdate(`entry ${e.index} has unknown type ${String(e.type)}`);
        if (!(e.data instanceof Uint8Array)) throw invalidUpdate(`entry ${e.index}: data is not a Uint8Array`);
        if (e.data.length > this.limits.entryDataBytesMax) throw invalidUpdate(`entry ${e.index} has ${e.data.length} bytes of data, above entryDataBytesMax=${this.limits.entryDataBytesMax}`);
        if (prev && e.index !== prev.index + 1) throw invalidUpdate(`entries are not contiguous: ${e.index} follows ${prev.index}`);
        if (prev && e.term < prev.term) throw invalidUpdate(`entry ${e.index} has term ${e.term}, lower than entry ${prev.index}'s ${prev.term}`);
        prev = e;
      }
      // Entries the snapshot already covers are dropped (as etcd's MemoryStorage.Append does).
      entries = update.entries.filter((e) => e.index > compactedIndex);
    }
    if (entries.length > 0) {
      const first = entries[0]!;
      if (first.index > lastIndex + 1) throw invalidUpdate(`entry ${first.index} would leave a gap after the last index ${lastIndex}`);
      const prevTerm = termAt(first.index - 1);
      if (first.term < prevTerm) throw invalidUpdate(`entry ${first.index} has term ${first.term}, lower than the term ${prevTerm} of entry ${first.index - 1}`);
      if (first.index <= lastIndex) {
        // Replacing a suffix: never a committed entry with a different one.
        const commit = this.hardState.commit;
        for (let i = first.index; i <= Math.min(commit, lastIndex); i++) {
          const replacement = entries[i - first.index];
          if (!replacement || replacement.term !== termAt(i)) {
            throw invalidUpdate(`entry ${i} is committed (commit ${commit}); it cannot be ${replacement ? `replaced by one of term ${replacement.term}` : 'discarded'}`);
          }
        }
        ops.push({ kind: 'truncate', lastKeptIndex: (first.index - 1) as Index, lastKeptTerm: prevTerm as Term });
        if (!snapshot) retained -= this.log.retainedBytesFrom(first.index as Index);
      }
      for (const e of entries) {
        ops.push({ kind: 'entry', entry: e });
        retained += e.data.length + retainedEntryOverheadBytes;
      }
      lastIndex = entries.at(-1)!.index;
    }
    if (retained > this.limits.retainedBytesMax && retained > this.log.retainedBytes()) {
      throw new TesseraError(
        `save: retained entries would take ${retained} bytes, above retainedBytesMax=${this.limits.retainedBytesMax}; snapshot and compact first`,
        StorageErrorCodes.MemoryFull,
      );
    }

    let hardState: HardState | undefined;
    const h = update.hardState;
    if (h !== undefined) {
      const cur = this.hardState;
      if (![h.term, h.vote, h.commit].every((n) => Number.isSafeInteger(n) && n >= 0)) throw invalidUpdate(`hard state (term ${h.term}, vote ${h.vote}, commit ${h.commit}) out of range`);
      if (h.term < cur.term) throw invalidUpdate(`hard state term ${h.term} is lower than the saved ${cur.term}`);
      if (h.term === cur.term && cur.vote !== 0 && h.vote !== cur.vote) throw invalidUpdate(`hard state changes the vote in term ${h.term} from ${cur.vote} to ${h.vote}`);
      if (h.commit < cur.commit) throw invalidUpdate(`hard state commit ${h.commit} is lower than the saved ${cur.commit}`);
      if (h.commit > lastIndex) throw invalidUpdate(`hard state commit ${h.commit} is beyond the last index ${lastIndex}`);
      if (h.term !== cur.term || h.vote !== cur.vote || h.commit !== cur.commit) {
        hardState = { term: h.term, vote: h.vote, commit: h.commit };
        ops.push({ kind: 'hardState', hardState });
      }
    }

    let bytes = 0;
    for (const op of ops) bytes += recordBytes(op);
    if (snapshot) bytes += snapshot.data.length;
    if (this.queue.length > 0 && this.pendingBytes + bytes > this.limits.pendingBytesMax) {
      throw new TesseraError(`save: ${this.pendingBytes} bytes already wait to be written (pendingBytesMax=${this.limits.pendingBytesMax})`, StorageErrorCodes.Backpressure);
    }
    return { snapshot, entries, hardState, ops, bytes };
  }

  private checkSnapshotContent(confState: ConfState, data: Uint8Array, what: string): void {
    if (!(data instanceof Uint8Array)) throw invalidUpdate(`${what}: data is not a Uint8Array`);
    if (data.length > this.limits.snapshotDataBytesMax) throw invalidUpdate(`${what}: ${data.length} bytes of data, above snapshotDataBytesMax=${this.limits.snapshotDataBytesMax}`);
    const ids = [...confState.voters, ...confState.learners];
    if (ids.length > this.limits.confMembersMax) throw invalidUpdate(`${what}: ${ids.length} members, above confMembersMax=${this.limits.confMembersMax}`);
    for (const id of ids) if (!Number.isSafeInteger(id) || id < 1) throw invalidUpdate(`${what}: member id ${id} out of range`);
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      // Saves queued between the last batch and now.
      if (this.queue.length > 0 && !this.failure) this.kick();
    });
  }

  /** The group commit loop: everything queued while a batch was being written goes in the next batch. */
  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.failure) {
      let take = 1;
      let bytes = this.queue[0]!.bytes;
      while (take < this.queue.length && bytes + this.queue[take]!.bytes <= this.limits.batchBytesMax) bytes += this.queue[take++]!.bytes;
      const batch = this.queue.splice(0, take);
      try {
        await this.commitBatch(batch);
      } catch (e) {
        this.fail(e, batch);
        return;
      } finally {
        this.pendingBytes -= bytes;
      }
      for (const p of batch) p.resolve();
      this.counters.savesCompleted += batch.length;
    }
  }

  private async commitBatch(batch: PendingSave[]): Promise<void> {
    // 1. Snapshots from the leader: durable before the WAL records that reset the log to them.
    let newestSnapshot = 0;
    for (const p of batch) {
      if (!p.snapshot) continue;
      await writeSnapshotFile(this.io, join(this.dir, snapDirName), p.snapshot, (t, q) => this.timedSync(t, q));
      this.counters.snapshotsWritten++;
      newestSnapshot = p.snapshot.metadata.index;
    }
    // 2. The records, one write per segment touched, one fdatasync.
    const ops = batch.length === 1 ? batch[0]!.ops : batch.flatMap((p) => p.ops);
    if (ops.length > 0) {
      this.counters.walBytesWritten += await this.writer.appendAndSync(ops);
      this.counters.batches++;
    }
    for (const p of batch) this.counters.entriesWritten += p.entries;
    // 3. The hard state file, when term or vote changed (the WAL already holds the hard state durably).
    const h = batch.at(-1)!.hardState;
    if (h.term !== (this.fileHardState?.term ?? 0) || h.vote !== (this.fileHardState?.vote ?? 0)) {
      await writeHardStateFile(this.io, this.dir, h, (t, q) => this.timedSync(t, q));
      this.fileHardState = h;
    }
    if (newestSnapshot > 0) this.snapshotDurable(newestSnapshot);
  }

  /** A snapshot file at `index` is durable: what it covers can go. */
  private snapshotDurable(index: number): void {
    if (index <= this.durableSnapshotIndex) return;
    this.durableSnapshotIndex = index;
    this.cleanUp();
  }

  /** Deletes old snapshot files and the segments the durable snapshot covers, in the background. */
  private cleanUp(): void {
    // A createSnapshot() that finished after close(): its file is durable; deletions wait for the next open.
    if (this.closed || this.durableSnapshotIndex === 0) return;
    void this.serialized(async () => {
      const snapDir = join(this.dir, snapDirName);
      const files = listSnapshotFiles(snapDir);
      for (const f of files.slice(0, Math.max(0, files.length - this.limits.snapshotsRetained))) {
        await this.io.unlink(join(snapDir, f.name));
      }
      await this.writer.releaseThrough(this.durableSnapshotIndex);
    }).catch((e: unknown) => {
      // Old files left behind cost space, not correctness; the next snapshot retries.
      this.logger.warn({ dir: this.dir, err: e instanceof Error ? e.message : String(e) }, 'could not delete old snapshots or segments');
    });
  }

  /** Runs `fn` after the maintenance work queued before it (snapshot writes, deletions). */
  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.maintenance.then(fn, fn);
    this.maintenance = run.catch(() => undefined);
    return run;
  }

  private fail(e: unknown, batch: PendingSave[]): void {
    const error = e instanceof TesseraError ? e : ioFailed('write', this.dir, e);
    this.failure = error;
    this.logger.error({ dir: this.dir, code: error.code, err: error.message }, 'storage failed: no further writes; the seat must stop');
    for (const p of batch) p.reject(error);
    const queued = this.queue.splice(0);
    for (const p of queued) {
      this.pendingBytes -= p.bytes;
      p.reject(this.refusal());
    }
  }

  private async timedSync(target: SyncTarget, p: Promise<void>): Promise<void> {
    const t0 = performance.now();
    await p;
    const seconds = (performance.now() - t0) / 1000;
    this.counters.fsyncs[target]++;
    this.counters.fsyncSecondsTotal += seconds;
    this.onFsync?.(seconds, target);
  }
}
