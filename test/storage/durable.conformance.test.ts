import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DurableLogStore } from '../../src/storage/index.js';
import type { LogStore } from '../../src/raft/storage.js';
import { describeStorageConformance } from './conformance.js';

// Small segments so that the suite crosses segment boundaries and deletes
// covered segments.
const dirs = new Map<LogStore, string>();

describeStorageConformance('DurableLogStore', {
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-conf-'));
    const s = await DurableLogStore.open({ dir, segmentBytes: 4096, entryDataBytesMax: 1024 });
    dirs.set(s, dir);
    return s;
  },
  async reopen(store) {
    const dir = dirs.get(store)!;
    await (store as DurableLogStore).close();
    dirs.delete(store);
    const s = await DurableLogStore.open({ dir, segmentBytes: 4096, entryDataBytesMax: 1024 });
    dirs.set(s, dir);
    return s;
  },
  async dispose(store) {
    const dir = dirs.get(store);
    await (store as DurableLogStore).close();
    dirs.delete(store);
    if (dir) rmSync(dir, { recursive: true, force: true });
  },
  modelRuns: Number(process.env.MODEL_RUNS ?? 40),
});
