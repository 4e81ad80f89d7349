/**
 * Named bounds of durable storage, with their defaults. Every option of
 * DurableLogStore.open has a floor and a ceiling here; the relations between
 * them are checked once, when options are resolved (resolveStorageLimits).
 */
import { TesseraError } from '../common/errors.js';
import { entryRecordOverheadBytes, hardStateRecordBytes, segmentHeaderBytes } from './wal-format.js';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

export interface StorageLimits {
  /** Size every WAL segment is preallocated to (zero-filled); appends never change a segment's size. */
  readonly segmentBytes: number;
  /** Largest entry payload (Entry.data) save() accepts (default 8 MiB, or what fits in a smaller segment). */
  readonly entryDataBytesMax: number;
  /** A write batch (one write + one fdatasync) takes saves until their records reach this size (at least one save). */
  readonly batchBytesMax: number;
  /** Bytes of records queued behind the write in flight; a save() beyond it is refused (STORAGE_BACKPRESSURE). */
  readonly pendingBytesMax: number;
  /** Bytes of uncompacted entries kept in memory (data + per-entry overhead); a save() beyond it is refused (STORAGE_MEMORY_FULL). */
  readonly retainedBytesMax: number;
  /** Snapshot files kept in snap/ (the newest is the one recovery uses; older ones are for operators). */
  readonly snapshotsRetained: number;
  /** Largest snapshot (state machine data) accepted or read back. */
  readonly snapshotDataBytesMax: number;
  /** Largest membership list (voters + learners) in a snapshot. */
  readonly confMembersMax: number;
}

interface Bound {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export const storageBounds: Readonly<Record<keyof StorageLimits, Bound>> = {
  segmentBytes: { default: 64 * MiB, min: 4 * KiB, max: 1 * GiB },
  entryDataBytesMax: { default: 8 * MiB, min: 1, max: 512 * MiB },
  batchBytesMax: { default: 16 * MiB, min: 4 * KiB, max: 1 * GiB },
  pendingBytesMax: { default: 256 * MiB, min: 4 * KiB, max: 4 * GiB },
  retainedBytesMax: { default: 2 * GiB, min: 4 * KiB, max: 64 * GiB },
  snapshotsRetained: { default: 2, min: 1, max: 16 },
  snapshotDataBytesMax: { default: 1 * GiB, min: 0, max: 2 * GiB - 4 * KiB },
  confMembersMax: { default: 64, min: 1, max: 4096 },
};

/** Bytes charged per retained entry on top of its data (object, index, term, type). */
export const retainedEntryOverheadBytes = 64;

/** Defaults filled in, each value checked against its bound, and the relations between them asserted. */
export function resolveStorageLimits(given: Partial<Record<keyof StorageLimits, number | undefined>>): StorageLimits {
  const out: Record<string, number> = {};
  const known = new Set(Object.keys(storageBounds));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) throw new TesseraError(`storage option '${key}' is not known`, 'STORAGE_INVALID_OPTION', { option: key });
  }
  // Without an explicit entryDataBytesMax, a small segment lowers the default to what fits in it.
  const segmentBytes = given.segmentBytes ?? storageBounds.segmentBytes.default;
  const entryDefault = Math.max(1, Math.min(storageBounds.entryDataBytesMax.default, segmentBytes - segmentHeaderBytes - hardStateRecordBytes - entryRecordOverheadBytes));
  for (const [key, b] of Object.entries(storageBounds) as [keyof StorageLimits, Bound][]) {
    const v = given[key] ?? (key === 'entryDataBytesMax' ? entryDefault : b.default);
    if (!Number.isSafeInteger(v) || v < b.min || v > b.max) {
      throw new TesseraError(`storage option ${key}=${String(v)} must be an integer in [${b.min}, ${b.max}]`, 'STORAGE_INVALID_OPTION', { option: key, value: v });
    }
    out[key] = v;
  }
  const limits = out as unknown as StorageLimits;
  // The largest entry record, after the segment header and the hard-state
  // record every segment starts with, must fit in one segment: a record never
  // spans two segments.
  const largestSegmentUse = segmentHeaderBytes + hardStateRecordBytes + entryRecordOverheadBytes + limits.entryDataBytesMax;
  if (largestSegmentUse > limits.segmentBytes) {
    throw new TesseraError(
      `storage options: entryDataBytesMax=${limits.entryDataBytesMax} does not fit in segmentBytes=${limits.segmentBytes} ` +
        `(a segment must hold its ${segmentHeaderBytes}-byte header, a hard-state record and the largest entry record: ${largestSegmentUse} bytes)`,
      'STORAGE_INVALID_OPTION',
      { option: 'entryDataBytesMax' },
    );
  }
  return limits;
}
