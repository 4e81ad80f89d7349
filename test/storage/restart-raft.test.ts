// The Raft core restarting on what DurableLogStore recovers after a crash
// that tore the last write between a new leader's entries and the hard
// state record after them (the case the simulator found on MemoryStorage;
// test/raft/restart.test.ts).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { RawNode, bootstrapUpdate, type NodeId } from '../../src/raft/index.js';
import { DurableLogStore } from '../../src/storage/index.js';
import { ent, hs } from './conformance.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Byte ranges [offset, end) of the records of one segment (framing in docs/contributors/storage.md). */
function records(seg: Buffer): { offset: number; end: number; type: number }[] {
  const out: { offset: number; end: number; type: number }[] = [];
  let o = 40;
  while (o + 8 <= seg.length) {
    const len = seg.readUInt32LE(o);
    if (len === 0) break;
    out.push({ offset: o, end: o + 8 + len, type: seg[o + 8]! });
    o += 8 + len;
  }
  return out;
}

describe('restart after a torn write on DurableLogStore', () => {
  it('entries kept, hard state record and file lost: recovery returns them and the core joins their term', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-torn-term-'));
    dirs.push(dir);
    const voters = { voters: [1, 2, 3] as NodeId[], learners: [] };
    let store = await DurableLogStore.open({ dir, segmentBytes: 64 * 1024 });
    await store.save(bootstrapUpdate(voters));
    await store.save({ entries: [], hardState: hs(2, 1, 1) }); // voted for 1 in term 2
    const hardStateFile = readFileSync(join(dir, 'hardstate'));
    // The term-3 leader's entry and the hard state taking term 3, in one write.
    await store.save({ entries: [ent(2, 3)], hardState: hs(3, 0, 1) });
    await store.close();

    // The crash: the hard state record after the entry never reached the
    // disk, nor did the hard state file's rewrite that follows the batch.
    const segName = readdirSync(join(dir, 'wal')).filter((n) => n.endsWith('.wal')).sort().pop()!;
    const segPath = join(dir, 'wal', segName);
    const seg = readFileSync(segPath);
    const last = records(seg).pop()!;
    expect(last.type).toBe(2); // hard state
    seg.fill(0, last.offset, last.end);
    writeFileSync(segPath, seg);
    writeFileSync(join(dir, 'hardstate'), hardStateFile);

    store = await DurableLogStore.open({ dir, segmentBytes: 64 * 1024 });
    expect(store.initialState().hardState).toEqual(hs(2, 1, 1));
    expect([store.lastIndex(), store.term(2 as never)]).toEqual([2, 3]);

    const node = new RawNode({ id: 2 as NodeId, rand: () => 0 }, store);
    node.checkInvariants();
    expect(node.status()).toMatchObject({ term: 3, vote: 0, lastIndex: 2 });
    const rd = node.ready();
    expect(rd.hardState).toEqual(hs(3, 0, 1));
    await store.save({ entries: rd.entries, hardState: rd.hardState });
    node.advance();
    await store.close();

    store = await DurableLogStore.open({ dir, segmentBytes: 64 * 1024 });
    expect(store.initialState().hardState).toEqual(hs(3, 0, 1));
    await store.close();
  });
});
