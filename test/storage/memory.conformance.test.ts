import { MemoryStorage } from '../../src/raft/memory-storage.js';
import { describeStorageConformance } from './conformance.js';

// The in-memory reference runs the same contract as the durable store (no
// reopen: it is not durable across processes).
describeStorageConformance('MemoryStorage', {
  create: () => new MemoryStorage(),
  modelRuns: Number(process.env.MODEL_RUNS ?? 40),
});
