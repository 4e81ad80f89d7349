/**
 * The Raft core: pure, deterministic, no I/O. See docs/contributors/raft.md.
 */
export * from './types.js';
export { StorageErrorCode, type Storage, type LogStore, type PersistUpdate } from './storage.js';
export { RaftErrorCode } from './errors.js';
export { raftConfigDefaults, resolveRaftConfig, type RaftConfig, type RaftConfigInput } from './config.js';
export { bootstrapUpdate, genesisIndex, genesisTerm } from './bootstrap.js';
export { MemoryStorage, type MemoryStorageInit } from './memory-storage.js';
export { RawNode, type Ready, type SoftState, type Status, type ProgressStatus } from './raw-node.js';
export { Role, type ReadState } from './raft.js';
export { ProgressState } from './progress.js';
