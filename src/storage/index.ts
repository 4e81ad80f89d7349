/**
 * Durable storage for the Raft log: WAL segments with group commit, the
 * hard state file, snapshot files, and recovery (docs/contributors/storage.md).
 */
export { DurableLogStore } from './durable-log-store.js';
export type { DurableLogStoreOptions, RecoveryReport, StorageLogger, StorageStats } from './durable-log-store.js';
export { StorageErrorCodes } from './errors.js';
export type { StorageIo } from './io.js';
export { nodeStorageIo } from './io.js';
export { resolveStorageLimits, storageBounds } from './limits.js';
export type { StorageLimits } from './limits.js';
export type { SyncTarget } from './wal-writer.js';
