import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { StorageErrorCode } from '../../src/raft/storage.js';
import type { Index, NodeId, Snapshot, Term } from '../../src/raft/types.js';
import { DurableLogStore, type DurableLogStoreOptions } from '../../src/storage/index.js';
import { writeSnapshotFile } from '../../src/storage/snapshot-file.js';
import { nodeStorageIo } from '../../src/storage/io.js';
import { codeOf, ent, hs } from './conformance.js';
import { ScriptedIo } from './scripted-io.js';

const dirs: string[] = [];
const open: DurableLogStore[] = [];

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'tessera-durable-'));
  dirs.push(d);
  return d;
}

async function openStore(opts: Partial<DurableLogStoreOptions> & { dir: string }): Promise<DurableLogStore> {
  const s = await DurableLogStore.open({ segmentBytes: 8192, entryDataBytesMax: 2048, ...opts });
  open.push(s);
  return s;
}

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const i = (n: number): Index => n as Index;
const bytes = (n: number, fill: number): Uint8Array => new Uint8Array(n).fill(fill);
const walFiles = (dir: string): string[] => readdirSync(join(dir, 'wal')).filter((n) => n.endsWith('.wal')).sort();

describe('DurableLogStore layout', () => {
  it('a new seat gets wal/ with one preallocated segment, snap/ and a LOCK; appends never change the segment size', async () => {
    const dir = tempDir();
    const s = await openStore({ dir });
    expect(s.recovery.newSeat).toBe(true);
    expect(walFiles(dir)).toEqual(['0000000000000001-0000000000000001.wal']);
    expect(existsSync(join(dir, 'snap'))).toBe(true);
    expect(existsSync(join(dir, 'LOCK'))).toBe(true);
    expect(existsSync(join(dir, 'hardstate'))).toBe(false);
    const seg = join(dir, 'wal', walFiles(dir)[0]!);
    expect(statSync(seg).size).toBe(8192);
    await s.save({ entries: [ent(1, 1), ent(2, 1)], hardState: hs(1, 1, 1) });
    expect(statSync(seg).size).toBe(8192);
    expect(existsSync(join(dir, 'hardstate'))).toBe(true);
  });

  it('rolls over to new segments and reads every entry back after a reopen', async () => {
    const dir = tempDir();
    let s = await openStore({ dir });
    for (let n = 1; n <= 60; n++) await s.save({ entries: [ent(n, 1 + Math.floor(n / 20), bytes(500, n))], hardState: hs(1 + Math.floor(n / 20), 1, n - 1) });
    expect(s.stats().segmentsCreated).toBeGreaterThan(3);
    const names = walFiles(dir);
    expect(names.length).toBe(s.stats().segments);
    // Each segment is named by its sequence and the first index it holds.
    for (const [k, name] of names.entries()) expect(name.startsWith((k + 1).toString(16).padStart(16, '0'))).toBe(true);
    await s.close();
    s = await openStore({ dir });
    expect(s.recovery.segmentsRead).toBe(names.length);
    expect(s.lastIndex()).toBe(60);
    const got = s.entries(i(1), i(61), Infinity);
    expect(got.map((e) => e.data[0])).toEqual(Array.from({ length: 60 }, (_, k) => (k + 1) & 0xff));
    expect(got.every((e) => e.data.length === 500)).toBe(true);
    expect(s.initialState().hardState).toEqual(hs(4, 1, 59));
  });

  it('deletes the segments a snapshot covers and keeps the newest snapshotsRetained snapshot files', async () => {
    const dir = tempDir();
    let s = await openStore({ dir, snapshotsRetained: 2 });
    for (let n = 1; n <= 80; n++) await s.save({ entries: [ent(n, 1, bytes(400, n))], hardState: hs(1, 1, n) });
    const before = walFiles(dir);
    expect(before.length).toBeGreaterThan(4);
    for (const at of [20, 40, 70]) await s.createSnapshot(i(at), { voters: [1 as NodeId], learners: [] }, bytes(10, at));
    await s.close(); // waits for the background deletions
    const after = walFiles(dir);
    expect(after.length).toBeLessThan(before.length);
    // What is left is a contiguous run ending with the current segment.
    expect(after).toEqual(before.slice(before.length - after.length));
    expect(readdirSync(join(dir, 'snap')).sort()).toEqual(['0000000000000001-0000000000000028.snap', '0000000000000001-0000000000000046.snap']);
    s = await openStore({ dir });
    expect(s.firstIndex()).toBe(71);
    expect(s.lastIndex()).toBe(80);
    expect(s.snapshot().metadata.index).toBe(70);
    expect([...s.snapshot().data]).toEqual([...bytes(10, 70)]);
    expect(s.entries(i(71), i(81), Infinity).map((e) => e.data[0])).toEqual([71, 72, 73, 74, 75, 76, 77, 78, 79, 80]);
  });

  it('finishes at open the deletions a failure interrupted after a snapshot', async () => {
    const dir = tempDir();
    const io = new ScriptedIo();
    const warnings: string[] = [];
    const logger = { info() {}, error() {}, warn: (_o: Record<string, unknown>, msg: string) => void warnings.push(msg) };
    let s = await openStore({ dir, io, logger });
    for (let n = 1; n <= 60; n++) await s.save({ entries: [ent(n, 1, bytes(400, n))], hardState: hs(1, 1, n) });
    const before = walFiles(dir).length;
    io.failNext('unlink', 'EIO', { pathIncludes: '.wal' });
    await s.createSnapshot(i(50), { voters: [], learners: [] }, new Uint8Array());
    await s.settled();
    expect(warnings).toContain('could not delete old snapshots or segments');
    expect(walFiles(dir).length).toBe(before);
    await s.close();
    s = await openStore({ dir });
    await s.settled();
    expect(walFiles(dir).length).toBeLessThan(before);
    expect(s.firstIndex()).toBe(51);
    expect(s.lastIndex()).toBe(60);
  });

  it('refuses to open a directory that another store holds, and reopens after close', async () => {
    const dir = tempDir();
    const s = await openStore({ dir });
    expect(await codeOf(() => DurableLogStore.open({ dir }))).toBe('STORAGE_LOCKED');
    await s.close();
    open.splice(open.indexOf(s), 1);
    await openStore({ dir });
  });

  it('takes over a lock left by a process that is gone, and refuses one held by a live process', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'LOCK'), '999999999\n');
    const s = await openStore({ dir });
    await s.close();
    writeFileSync(join(dir, 'LOCK'), `${process.ppid}\n`); // the parent of this test process is alive
    expect(await codeOf(() => DurableLogStore.open({ dir }))).toBe('STORAGE_LOCKED');
  });

  it('refuses to start a new log when hardstate or snapshots exist but wal/ holds no segment', async () => {
    const dir = tempDir();
    const s = await openStore({ dir });
    await s.save({ entries: [ent(1, 1)], hardState: hs(1, 1, 1) });
    await s.close();
    for (const n of walFiles(dir)) rmSync(join(dir, 'wal', n));
    const e = await DurableLogStore.open({ dir }).catch((x: unknown) => x as Error & { code: string });
    expect((e as { code: string }).code).toBe('WAL_CORRUPT');
    expect((e as Error).message).toContain('hardstate');
  });
});

describe('DurableLogStore group commit and durability', () => {
  it('coalesces saves that arrive during a write into the next single write and fdatasync', async () => {
    const dir = tempDir();
    const io = new ScriptedIo();
    const s = await openStore({ dir, io, segmentBytes: 1 << 20 });
    const walSyncsBefore = s.stats().fsyncs.wal;
    const order: number[] = [];
    const saves = Array.from({ length: 100 }, (_, k) => s.save({ entries: [ent(k + 1, 1)] }).then(() => void order.push(k + 1)));
    await Promise.all(saves);
    // The first save starts a write at once; the other 99 queue behind it and go in one batch.
    expect(s.stats().fsyncs.wal - walSyncsBefore).toBe(2);
    expect(s.stats().batches).toBe(2);
    expect(s.stats().entriesWritten).toBe(100);
    expect(order).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
  });

  it('resolves a save only after its fdatasync completes', async () => {
    const dir = tempDir();
    const io = new ScriptedIo();
    const s = await openStore({ dir, io });
    const release = io.holdSyncs();
    let done = false;
    const p = s.save({ entries: [ent(1, 1)] }).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    expect(s.lastIndex()).toBe(1); // the in-memory view has it already
    release();
    await p;
    expect(done).toBe(true);
  });

  it('reports every fsync to onFsync with its duration and target', async () => {
    const dir = tempDir();
    const seen: [number, string][] = [];
    const s = await openStore({ dir, onFsync: (sec, target) => seen.push([sec, target]) });
    seen.length = 0;
    await s.save({ entries: [ent(1, 1)], hardState: hs(1, 2, 1) });
    const targets = seen.map(([, t]) => t);
    expect(targets).toContain('wal');
    expect(targets).toContain('hardState');
    expect(targets).toContain('directory');
    expect(seen.every(([sec]) => sec >= 0 && sec < 10)).toBe(true);
    expect(s.stats().fsyncs.wal).toBeGreaterThanOrEqual(1);
  });

  it('rewrites the hard state file when term or vote change, not for commit alone', async () => {
    const dir = tempDir();
    const s = await openStore({ dir });
    await s.save({ entries: [ent(1, 1), ent(2, 1), ent(3, 1)], hardState: hs(1, 1, 1) });
    const after1 = s.stats().fsyncs.hardState;
    await s.save({ entries: [], hardState: hs(1, 1, 2) });
    await s.save({ entries: [], hardState: hs(1, 1, 3) });
    expect(s.stats().fsyncs.hardState).toBe(after1);
    await s.save({ entries: [], hardState: hs(2, 0, 3) });
    await s.save({ entries: [], hardState: hs(2, 3, 3) });
    expect(s.stats().fsyncs.hardState).toBe(after1 + 2);
    await s.close();
    const r = await openStore({ dir });
    expect(r.initialState().hardState).toEqual(hs(2, 3, 3));
  });

  for (const [op, errno] of [
    ['write', 'ENOSPC'],
    ['fdatasync', 'EIO'],
  ] as const) {
    it(`a failed ${op} (${errno}) rejects the pending saves, fails the store, and loses nothing acknowledged`, async () => {
      const dir = tempDir();
      const io = new ScriptedIo();
      const s = await openStore({ dir, io });
      for (let n = 1; n <= 5; n++) await s.save({ entries: [ent(n, 1)] });
      io.failNext(op, errno, { pathIncludes: '.wal' });
      const a = s.save({ entries: [ent(6, 1)] });
      const b = s.save({ entries: [ent(7, 1)] });
      const ea = await a.then(() => undefined, (e: unknown) => e as Error & { code: string; details: Record<string, unknown> });
      expect(ea?.code).toBe('STORAGE_IO_FAILED');
      expect(ea?.message).toContain('.wal');
      expect(ea?.details.errno).toBe(errno);
      // b went in the same batch (IO_FAILED) or was queued behind it (FAILED); either way it is not acknowledged.
      expect(['STORAGE_IO_FAILED', 'STORAGE_FAILED']).toContain(await codeOf(() => b));
      expect(s.failed?.code).toBe('STORAGE_IO_FAILED');
      expect(await codeOf(() => s.save({ entries: [ent(8, 1)] }))).toBe('STORAGE_FAILED');
      expect(await codeOf(() => s.createSnapshot(i(3), { voters: [], learners: [] }, new Uint8Array()))).toBe('STORAGE_FAILED');
      await s.close();
      open.splice(open.indexOf(s), 1);
      const r = await openStore({ dir });
      expect(r.lastIndex()).toBeGreaterThanOrEqual(5);
      expect(r.entries(i(1), i(6), Infinity).map((e) => e.index)).toEqual([1, 2, 3, 4, 5]);
    });
  }

  it('a failed write of a snapshot received in save() fails the store', async () => {
    const dir = tempDir();
    const io = new ScriptedIo();
    const s = await openStore({ dir, io });
    await s.save({ entries: [ent(1, 1)] });
    io.failNext('fsync', 'EIO', { pathIncludes: 'snap' });
    const snap: Snapshot = { metadata: { index: i(10), term: 2 as Term, confState: { voters: [1 as NodeId], learners: [] } }, data: bytes(100, 1) };
    expect(await codeOf(() => s.save({ entries: [], snapshot: snap }))).toBe('STORAGE_IO_FAILED');
    expect(s.failed).toBeDefined();
  });

  it('a failed createSnapshot leaves the store writable and the old snapshot current', async () => {
    const dir = tempDir();
    const io = new ScriptedIo();
    const s = await openStore({ dir, io });
    await s.save({ entries: [ent(1, 1), ent(2, 1)], hardState: hs(1, 1, 2) });
    io.failNext('write', 'ENOSPC', { pathIncludes: 'snap' });
    expect(await codeOf(() => s.createSnapshot(i(2), { voters: [], learners: [] }, bytes(5, 5)))).toBe('STORAGE_IO_FAILED');
    expect(s.failed).toBeUndefined();
    expect(s.snapshot().metadata.index).toBe(0);
    expect(readdirSync(join(dir, 'snap'))).toEqual([]);
    await s.save({ entries: [ent(3, 1)] });
    expect((await s.createSnapshot(i(2), { voters: [], learners: [] }, bytes(5, 5))).metadata.index).toBe(2);
  });

  it('a failure while creating the next segment fails the save that needed it', async () => {
    const dir = tempDir();
    const io = new ScriptedIo();
    const s = await openStore({ dir, io, segmentBytes: 4096 });
    io.failNext('rename', 'EIO', { pathIncludes: '.wal' });
    let failure: string | undefined;
    for (let n = 1; n <= 20 && !failure; n++) failure = await codeOf(() => s.save({ entries: [ent(n, 1, bytes(1000, n))] }));
    expect(failure).toBe('STORAGE_IO_FAILED');
    expect(s.failed?.message).toContain('create segment');
  });

  it('after close, every write is refused with STORAGE_CLOSED; queued saves complete first', async () => {
    const dir = tempDir();
    const s = await openStore({ dir });
    const p = s.save({ entries: [ent(1, 1)] });
    await s.close();
    await p;
    expect(await codeOf(() => s.save({ entries: [ent(2, 1)] }))).toBe('STORAGE_CLOSED');
    expect(await codeOf(() => s.compact(i(1)))).toBe('STORAGE_CLOSED');
  });
});

describe('DurableLogStore refuses invalid updates without applying them', () => {
  const cases: [string, (s: DurableLogStore) => Promise<unknown>][] = [
    ['non-contiguous entries', (s) => s.save({ entries: [ent(4, 2), ent(6, 2)] })],
    ['a decreasing term inside the entries', (s) => s.save({ entries: [ent(4, 3), ent(5, 2)] })],
    ['an entry of lower term than the one before it', (s) => s.save({ entries: [ent(4, 1)] })],
    ['term 0', (s) => s.save({ entries: [ent(4, 0)] })],
    ['data above entryDataBytesMax', (s) => s.save({ entries: [ent(4, 2, bytes(2049, 1))] })],
    ['an unknown entry type', (s) => s.save({ entries: [{ ...ent(4, 2), type: 7 as never }] })],
    ['replacing a committed entry', (s) => s.save({ entries: [ent(2, 3)] })],
    ['discarding committed entries', (s) => s.save({ entries: [ent(1, 1)] })],
    ['a hard state term going back', (s) => s.save({ entries: [], hardState: hs(1, 1, 2) })],
    ['a second vote in the same term', (s) => s.save({ entries: [], hardState: hs(2, 3, 2) })],
    ['a commit going back', (s) => s.save({ entries: [], hardState: hs(2, 1, 1) })],
    ['a commit beyond the last index', (s) => s.save({ entries: [], hardState: hs(2, 1, 4) })],
  ];
  for (const [what, act] of cases) {
    it(`refuses ${what} (STORAGE_INVALID_UPDATE)`, async () => {
      const dir = tempDir();
      const s = await openStore({ dir });
      await s.save({ entries: [ent(1, 1), ent(2, 2), ent(3, 2)], hardState: hs(2, 1, 2) });
      expect(await codeOf(() => act(s))).toBe('STORAGE_INVALID_UPDATE');
      expect(s.lastIndex()).toBe(3);
      expect([1, 2, 3].map((n) => s.term(i(n)))).toEqual([1, 2, 2]);
      expect(s.initialState().hardState).toEqual(hs(2, 1, 2));
      expect(s.failed).toBeUndefined();
      await s.save({ entries: [ent(4, 2)] }); // still writable
    });
  }

  it('drops entries the snapshot already covers (as etcd MemoryStorage.Append)', async () => {
    const dir = tempDir();
    const s = await openStore({ dir });
    await s.save({ entries: [1, 2, 3, 4].map((n) => ent(n, 1)), hardState: hs(1, 1, 4) });
    await s.createSnapshot(i(3), { voters: [], learners: [] }, new Uint8Array());
    await s.compact(i(3));
    await s.save({ entries: [ent(2, 1), ent(3, 1), ent(4, 1), ent(5, 1)] });
    expect(s.firstIndex()).toBe(4);
    expect(s.lastIndex()).toBe(5);
  });

  it('compact() beyond the snapshot is STORAGE_INVALID_ARGUMENT', async () => {
    const dir = tempDir();
    const s = await openStore({ dir });
    await s.save({ entries: [1, 2, 3, 4].map((n) => ent(n, 1)), hardState: hs(1, 1, 4) });
    await s.createSnapshot(i(2), { voters: [], learners: [] }, new Uint8Array());
    expect(await codeOf(() => s.compact(i(3)))).toBe('STORAGE_INVALID_ARGUMENT');
    expect(s.firstIndex()).toBe(1);
  });

  it('entries(lo, hi) with lo > hi is STORAGE_INVALID_ARGUMENT', async () => {
    const s = await openStore({ dir: tempDir() });
    await s.save({ entries: [ent(1, 1), ent(2, 1)] });
    expect(await codeOf(() => s.entries(i(2), i(1), 100))).toBe('STORAGE_INVALID_ARGUMENT');
  });

  it('refuses saves beyond pendingBytesMax while a write is in flight (STORAGE_BACKPRESSURE)', async () => {
    const io = new ScriptedIo();
    const s = await openStore({ dir: tempDir(), io, pendingBytesMax: 4096 });
    const release = io.holdSyncs();
    const first = s.save({ entries: [ent(1, 1, bytes(1500, 1))] }); // in flight
    const second = s.save({ entries: [ent(2, 1, bytes(1500, 2))] }); // queued: ~3 KiB pending in all
    const third = s.save({ entries: [ent(3, 1, bytes(1500, 3))] });
    expect(await codeOf(() => third)).toBe('STORAGE_BACKPRESSURE');
    expect(s.lastIndex()).toBe(2);
    release();
    await Promise.all([first, second]);
    await s.save({ entries: [ent(3, 1, bytes(1500, 3))] });
    expect(s.lastIndex()).toBe(3);
  });

  it('refuses saves that would keep more than retainedBytesMax in memory (STORAGE_MEMORY_FULL)', async () => {
    const s = await openStore({ dir: tempDir(), retainedBytesMax: 8192 });
    for (let n = 1; n <= 5; n++) await s.save({ entries: [ent(n, 1, bytes(1400, n))], hardState: hs(1, 1, n) });
    expect(await codeOf(() => s.save({ entries: [ent(6, 1, bytes(1400, 6))] }))).toBe('STORAGE_MEMORY_FULL');
    await s.createSnapshot(i(4), { voters: [], learners: [] }, new Uint8Array());
    await s.compact(i(4));
    await s.save({ entries: [ent(6, 1, bytes(1400, 6))] });
    expect(s.stats().retainedEntries).toBe(2);
  });

  it('refuses unknown and out-of-bound options (STORAGE_INVALID_OPTION)', async () => {
    const dir = tempDir();
    expect(await codeOf(() => DurableLogStore.open({ dir, segmentBytes: 100 }))).toBe('STORAGE_INVALID_OPTION');
    expect(await codeOf(() => DurableLogStore.open({ dir, segmentBytes: 8192, entryDataBytesMax: 8192 }))).toBe('STORAGE_INVALID_OPTION');
    expect(await codeOf(() => DurableLogStore.open({ dir, ...({ segmentBytez: 1 } as object) }))).toBe('STORAGE_INVALID_OPTION');
    expect(await codeOf(() => DurableLogStore.open({ dir: '' }))).toBe('STORAGE_INVALID_OPTION');
    expect(existsSync(join(dir, 'wal'))).toBe(false);
  });
});

describe('DurableLogStore recovery with a snapshot ahead of the WAL', () => {
  it('restarts the log after a snapshot whose record never reached the WAL, and says so in the WAL', async () => {
    const dir = tempDir();
    let s = await openStore({ dir });
    // Entries of an old term that the leader's snapshot conflicts with.
    await s.save({ entries: [1, 2, 3, 4, 5].map((n) => ent(n, 1)), hardState: hs(1, 1, 2) });
    await s.close();
    // The snapshot from the leader was durable, then the seat died before the WAL record.
    const snap: Snapshot = { metadata: { index: i(4), term: 2 as Term, confState: { voters: [1, 2, 3] as NodeId[], learners: [] } }, data: bytes(3, 4) };
    await writeSnapshotFile(nodeStorageIo, join(dir, 'snap'), snap, (_t, p) => p);
    s = await openStore({ dir });
    expect(s.recovery.logResetToSnapshot).toBe(true);
    expect(s.firstIndex()).toBe(5);
    expect(s.lastIndex()).toBe(4);
    expect(s.term(i(4))).toBe(2);
    expect(s.initialState().hardState.commit).toBe(4); // the snapshot's index is committed
    await s.save({ entries: [ent(5, 2)] });
    await s.close();
    s = await openStore({ dir });
    expect(s.recovery.logResetToSnapshot).toBe(false);
    expect(s.lastIndex()).toBe(5);
    expect(s.term(i(5))).toBe(2);
  });

  it('keeps the log after a snapshot that matches it', async () => {
    const dir = tempDir();
    let s = await openStore({ dir });
    await s.save({ entries: [1, 2, 3, 4, 5].map((n) => ent(n, 1)), hardState: hs(1, 1, 3) });
    await s.close();
    const snap: Snapshot = { metadata: { index: i(3), term: 1 as Term, confState: { voters: [1] as NodeId[], learners: [] } }, data: bytes(3, 3) };
    await writeSnapshotFile(nodeStorageIo, join(dir, 'snap'), snap, (_t, p) => p);
    s = await openStore({ dir });
    expect(s.recovery.logResetToSnapshot).toBe(false);
    expect(s.firstIndex()).toBe(4);
    expect(s.lastIndex()).toBe(5);
  });
});

describe('DurableLogStore snapshots and commit', () => {
  it('createSnapshot beyond the saved commit index is STORAGE_INVALID_ARGUMENT', async () => {
    const s = await openStore({ dir: tempDir() });
    await s.save({ entries: [1, 2, 3].map((n) => ent(n, 1)), hardState: hs(1, 1, 2) });
    expect(await codeOf(() => s.createSnapshot(i(3), { voters: [], learners: [] }, new Uint8Array()))).toBe('STORAGE_INVALID_ARGUMENT');
    expect(s.snapshot().metadata.index).toBe(0);
    await s.createSnapshot(i(2), { voters: [], learners: [] }, new Uint8Array());
  });

  it('a snapshot from the leader older than one being created is RAFT_SNAPSHOT_OUT_OF_DATE', async () => {
    const io = new ScriptedIo();
    const s = await openStore({ dir: tempDir(), io });
    await s.save({ entries: [1, 2, 3, 4].map((n) => ent(n, 1)), hardState: hs(1, 1, 4) });
    const creating = s.createSnapshot(i(4), { voters: [], learners: [] }, new Uint8Array());
    const older: Snapshot = { metadata: { index: i(3), term: 1 as Term, confState: { voters: [], learners: [] } }, data: new Uint8Array() };
    expect(await codeOf(() => s.save({ entries: [], snapshot: older }))).toBe(StorageErrorCode.SnapshotOutOfDate);
    await creating;
    expect(s.snapshot().metadata.index).toBe(4);
  });
});
