/**
 * The error codes of durable storage (TesseraError.code). Storage contract
 * errors (RAFT_COMPACTED, RAFT_UNAVAILABLE, ...) come from
 * src/raft/storage.ts; these are the ones only a durable store has.
 */
import { TesseraError } from '../common/errors.js';

export const StorageErrorCodes = {
  /** A WAL segment is damaged other than by a torn tail; the message names the file and byte offset. */
  WalCorrupt: 'WAL_CORRUPT',
  /** The hard state file is damaged or contradicts the WAL; the message names the file. */
  HardStateCorrupt: 'HARDSTATE_CORRUPT',
  /** The newest snapshot file is damaged; the message names the file and byte offset. */
  SnapshotCorrupt: 'SNAPSHOT_CORRUPT',
  /** The WAL refers to a snapshot that snap/ does not hold. */
  SnapshotMissing: 'SNAPSHOT_MISSING',
  /** A write, fsync, rename or unlink failed; the store refuses further writes (see STORAGE_FAILED). */
  IoFailed: 'STORAGE_IO_FAILED',
  /** The store failed earlier (a write or fsync error); nothing more is written. The cause is in details. */
  Failed: 'STORAGE_FAILED',
  /** The store was closed. */
  Closed: 'STORAGE_CLOSED',
  /** Another process (or another open store in this process) holds the data directory. */
  Locked: 'STORAGE_LOCKED',
  /** save() was handed an update that breaks the log's rules (gap, decreasing term, overwriting a committed entry...). */
  InvalidUpdate: 'STORAGE_INVALID_UPDATE',
  /** An argument out of its range (entries(lo, hi) with lo > hi, compact beyond the snapshot). */
  InvalidArgument: 'STORAGE_INVALID_ARGUMENT',
  /** An option out of its bound (see limits.ts). */
  InvalidOption: 'STORAGE_INVALID_OPTION',
  /** Too many bytes queued behind the write in flight (pendingBytesMax); the update was not applied. */
  Backpressure: 'STORAGE_BACKPRESSURE',
  /** Retained (uncompacted) entries would exceed retainedBytesMax; snapshot and compact first. The update was not applied. */
  MemoryFull: 'STORAGE_MEMORY_FULL',
} as const;

export function walCorrupt(file: string, offset: number, what: string): TesseraError {
  return new TesseraError(`WAL corrupt: ${file} at byte offset ${offset}: ${what}`, StorageErrorCodes.WalCorrupt, { file, offset });
}

export function hardStateCorrupt(file: string, offset: number | undefined, what: string): TesseraError {
  const at = offset === undefined ? '' : ` at byte offset ${offset}`;
  return new TesseraError(`hard state corrupt: ${file}${at}: ${what}`, StorageErrorCodes.HardStateCorrupt, { file, offset });
}

export function snapshotCorrupt(file: string, offset: number, what: string): TesseraError {
  return new TesseraError(`snapshot corrupt: ${file} at byte offset ${offset}: ${what}`, StorageErrorCodes.SnapshotCorrupt, { file, offset });
}

export function invalidUpdate(what: string): TesseraError {
  return new TesseraError(`invalid storage update: ${what}`, StorageErrorCodes.InvalidUpdate);
}

/** Wraps a node I/O error with the operation and file it failed on. */
export function ioFailed(op: string, file: string, cause: unknown, offset?: number): TesseraError {
  const errno = (cause as NodeJS.ErrnoException | undefined)?.code;
  const msg = cause instanceof Error ? cause.message : String(cause);
  const at = offset === undefined ? '' : ` at byte offset ${offset}`;
  const e = new TesseraError(`storage ${op} failed on ${file}${at}: ${msg}`, StorageErrorCodes.IoFailed, { op, file, offset, errno });
  (e as Error & { cause?: unknown }).cause = cause;
  return e;
}
