/**
 * Fault injection on the files of a durable store: the WAL cut at every
 * byte offset within its last records, every bit of those records flipped,
 * and damage to segment headers, earlier segments, the hard state file and
 * snapshots. Recovery must keep every record before the fault, never return
 * a damaged one, and stop with an error naming the file and offset for
 * anything that is not a torn tail.
 *
 * TESSERA_STORAGE_FAULTS=full (npm run test:storage-faults) sweeps every
 * record after the hard state file's commit; the default run sweeps the last
 * 6 and stays well under a minute.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Entry, HardState, Index, NodeId, Snapshot, Term } from '../../src/raft/types.js';
import { DurableLogStore } from '../../src/storage/index.js';
import { ent, hs } from './conformance.js';

const full = process.env.TESSERA_STORAGE_FAULTS === 'full';
const tailRecords = 6;
const segmentBytes = 16 * 1024;
const sweepTimeoutMs = full ? 1_800_000 : 120_000;

const root = mkdtempSync(join(tmpdir(), 'tessera-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let scratchSeq = 0;

/** A fresh copy of `pristine` (without its LOCK). */
function copyOf(pristine: string): string {
  const d = join(root, `s${++scratchSeq}`);
  cpSync(pristine, d, { recursive: true, filter: (src) => !src.endsWith('LOCK') });
  return d;
}

/**
 * A scratch copy of a one-segment store, reset between runs by rewriting its
 * files (copying a directory per run costs more than the run itself).
 */
class Scratch {
  readonly dir: string;
  readonly seg: string;
  private readonly hardState: Buffer;

  constructor(pristineDir: string, segName: string) {
    this.dir = copyOf(pristineDir);
    this.seg = join(this.dir, 'wal', segName);
    this.hardState = readFileSync(join(pristineDir, 'hardstate'));
  }

  /** The store as pristine, except that its segment holds `segBytes`. */
  reset(segBytes: Buffer): void {
    for (const n of readdirSync(join(this.dir, 'wal'))) if (join(this.dir, 'wal', n) !== this.seg) rmSync(join(this.dir, 'wal', n));
    writeFileSync(this.seg, segBytes);
    writeFileSync(join(this.dir, 'hardstate'), this.hardState);
  }
}

const idx = (n: number): Index => n as Index;

// ---- an independent reading of the WAL format (docs/contributors/storage.md) ----

interface RecordInfo {
  offset: number;
  end: number;
  type: number;
  entry?: { index: number; term: number; data: number[] };
  hardState?: HardState;
  truncateAfter?: number;
}

function parseRecords(seg: Buffer): RecordInfo[] {
  const out: RecordInfo[] = [];
  let o = 40;
  while (o + 8 <= seg.length) {
    const len = seg.readUInt32LE(o);
    if (len === 0) break;
    const p = o + 8;
    const type = seg[p]!;
    const u64 = (at: number): number => seg.readUInt32LE(at) + seg.readUInt32LE(at + 4) * 2 ** 32;
    const r: RecordInfo = { offset: o, end: p + len, type };
    if (type === 1) r.entry = { index: u64(p + 1), term: u64(p + 9), data: [...seg.subarray(p + 18, p + len)] };
    if (type === 2) r.hardState = hs(u64(p + 1), u64(p + 9), u64(p + 17));
    if (type === 3) r.truncateAfter = u64(p + 1);
    out.push(r);
    o = p + len;
  }
  return out;
}

/** What replaying `records` gives: the entries and the last hard state. */
function replay(records: RecordInfo[]): { entries: { index: number; term: number; data: number[] }[]; hardState: HardState | undefined } {
  let entries: { index: number; term: number; data: number[] }[] = [];
  let hardState: HardState | undefined;
  for (const r of records) {
    if (r.entry) entries.push(r.entry);
    if (r.truncateAfter !== undefined) entries = entries.filter((e) => e.index <= r.truncateAfter!);
    if (r.hardState) hardState = r.hardState;
  }
  return { entries, hardState };
}

function logOf(s: DurableLogStore): { index: number; term: number; data: number[] }[] {
  return s.entries(idx(s.firstIndex()), idx(s.lastIndex() + 1), Infinity).map((e: Entry) => ({ index: e.index, term: e.term, data: [...e.data] }));
}

async function tryOpen(dir: string): Promise<{ store?: DurableLogStore; error?: Error & { code: string; details?: { file?: string; offset?: number } } }> {
  try {
    return { store: await DurableLogStore.open({ dir, segmentBytes }) };
  } catch (e) {
    return { error: e as Error & { code: string } };
  }
}

const data = (n: number): Uint8Array => Uint8Array.from({ length: (n * 7) % 41 }, (_, k) => (n * 31 + k * 7) & 0xff);

/**
 * The pristine store: entries saved one by one (each awaited: each is
 * fsynced), a few batches of concurrent saves, hard state updates, a term
 * change with an overwritten suffix, all in one segment.
 */
async function buildPristine(): Promise<{ dir: string; segPath: string; records: RecordInfo[]; fileHardState: HardState }> {
  const dir = join(root, 'pristine');
  const s = await DurableLogStore.open({ dir, segmentBytes });
  let n = 1;
  for (; n <= 20; n++) await s.save({ entries: [ent(n, 1, data(n))], hardState: n % 4 === 0 ? hs(1, 1, n - 2) : undefined });
  // The leader changes: term 2, entries 19..20 replaced (commit is 18). The hard state file is rewritten here.
  await s.save({ entries: [ent(19, 2, data(119)), ent(20, 2, data(120))], hardState: hs(2, 2, 18) });
  // From here on only commit changes (the hard state file stays at commit 18).
  for (n = 21; n <= 24; n++) await s.save({ entries: [ent(n, 2, data(n))] });
  await Promise.all([25, 26, 27].map((k) => s.save({ entries: [ent(k, 2, data(k))], hardState: hs(2, 2, k - 3) })));
  // An uncommitted suffix replaced (truncate record), then single entries and commits.
  await s.save({ entries: [ent(27, 2, data(227))] });
  for (n = 28; n <= 30; n++) await s.save({ entries: [ent(n, 2, data(n))], hardState: hs(2, 2, n - 4) });
  await s.close();
  const segs = readdirSync(join(dir, 'wal')).filter((x) => x.endsWith('.wal'));
  expect(segs).toHaveLength(1);
  const segPath = join(dir, 'wal', segs[0]!);
  const records = parseRecords(readFileSync(segPath));
  expect(records.some((r) => r.type === 3)).toBe(true);
  return { dir, segPath, records, fileHardState: hs(2, 2, 18) };
}

function laterHardState(a: HardState, b: HardState | undefined): HardState {
  if (!b) return a;
  const key = (h: HardState): number[] => [h.term, h.vote !== 0 ? 1 : 0, h.commit];
  const ka = key(a);
  const kb = key(b);
  for (let k = 0; k < 3; k++) if (ka[k] !== kb[k]) return ka[k]! > kb[k]! ? a : b;
  return a;
}

describe('WAL faults in the last records', () => {
  let pristine: Awaited<ReturnType<typeof buildPristine>>;
  let region: RecordInfo[];
  beforeAll(async () => {
    pristine = await buildPristine();
    // The sweep starts after the hard state file's commit (18): cutting
    // before it loses entries the file says are committed, which is
    // HARDSTATE_CORRUPT (tested below), not a torn tail. The full sweep takes
    // every record from there on.
    const firstSweepable = pristine.records.findIndex((_, k) => replay(pristine.records.slice(0, k)).entries.length >= 18);
    region = pristine.records.slice(full ? firstSweepable : -tailRecords);
    expect(region.length).toBeLessThanOrEqual(pristine.records.length - firstSweepable);
  });

  it('cut at every byte offset: the log is exactly the records fully before the cut', async () => {
    const from = region[0]!.offset;
    const to = region.at(-1)!.end;
    const scratch = new Scratch(pristine.dir, pristine.segPath.split('/').at(-1)!);
    const dir = scratch.dir;
    const bytes = readFileSync(pristine.segPath);
    for (let cut = from; cut <= to; cut++) {
      scratch.reset(bytes.subarray(0, cut));
      const kept = pristine.records.filter((r) => r.end <= cut);
      const expected = replay(kept);
      const torn = pristine.records.some((r) => r.offset < cut && r.end > cut);
      const { store, error } = await tryOpen(dir);
      if (error) throw new Error(`cut at ${cut}: ${error.message}`);
      const s = store!;
      expect(logOf(s), `cut at ${cut}`).toEqual(expected.entries);
      expect(s.initialState().hardState, `cut at ${cut}`).toEqual(laterHardState(pristine.fileHardState, expected.hardState));
      expect(s.stats().tornTailsTruncated, `cut at ${cut}`).toBe(torn ? 1 : 0);
      if (torn) expect(s.recovery.tornTail?.offset).toBe(kept.at(-1)!.end);
      // The store continues after the cut, and what it writes survives a reopen.
      const next = s.lastIndex() + 1;
      await s.save({ entries: [ent(next, 3, data(next))] });
      await s.close();
      const again = (await tryOpen(dir)).store!;
      expect(again.stats().tornTailsTruncated).toBe(0);
      expect(logOf(again)).toEqual([...expected.entries, { index: next, term: 3, data: [...data(next)] }]);
      await again.close();
    }
  }, sweepTimeoutMs);

  it('a bit flipped anywhere in the last records: the torn last record is truncated, anything else is WAL_CORRUPT at that record', async () => {
    const bytes = readFileSync(pristine.segPath);
    const last = pristine.records.at(-1)!;
    let truncated = 0;
    let corrupt = 0;
    const scratch = new Scratch(pristine.dir, pristine.segPath.split('/').at(-1)!);
    const seg = scratch.seg;
    for (const rec of region) {
      for (let off = rec.offset; off < rec.end; off++) {
        for (let bit = 0; bit < 8; bit++) {
          const flipped = Buffer.from(bytes);
          flipped[off] ^= 1 << bit;
          scratch.reset(flipped);
          const { store, error } = await tryOpen(scratch.dir);
          const where = `bit ${bit} of byte ${off} (record at ${rec.offset}, type ${rec.type})`;
          if (error) {
            expect(error.code, where).toBe('WAL_CORRUPT');
            expect(error.message, where).toContain(seg);
            expect(error.details?.offset, where).toBe(rec.offset);
            expect(error.message, where).toContain(`byte offset ${rec.offset}`);
            corrupt++;
          } else {
            // Only the final record may be taken for a torn write, and then nothing of it is returned.
            expect(rec, where).toBe(last);
            const expected = replay(pristine.records.filter((r) => r.end <= rec.offset));
            expect(logOf(store!), where).toEqual(expected.entries);
            expect(store!.stats().tornTailsTruncated, where).toBe(1);
            await store!.close();
            truncated++;
          }
        }
      }
    }
    expect(truncated).toBeGreaterThan(0);
    expect(corrupt).toBeGreaterThan(0);
    // Every flip inside the last record's payload is a torn tail (nothing follows it).
    expect(truncated).toBeGreaterThanOrEqual(8 * (last.end - last.offset - 8));
  }, sweepTimeoutMs);

  it('a record whose length field grew over the records after it is WAL_CORRUPT, not a torn tail', async () => {
    const bytes = readFileSync(pristine.segPath);
    const rec = region[1]!;
    const scratch = new Scratch(pristine.dir, pristine.segPath.split('/').at(-1)!);
    const b = Buffer.from(bytes);
    // The claimed extent now swallows every later record and ends in zeros.
    b.writeUInt32LE(bytes.readUInt32LE(rec.offset) + 2048, rec.offset);
    scratch.reset(b);
    const { error } = await tryOpen(scratch.dir);
    expect(error?.code).toBe('WAL_CORRUPT');
    expect(error?.details?.offset).toBe(rec.offset);
    expect(error?.message).toContain(`the length field is damaged (an intact payload ends at offset ${rec.end}`);
  });

  it('stray bytes after the last record: truncated as a torn frame or WAL_CORRUPT, the records kept intact', async () => {
    const bytes = readFileSync(pristine.segPath);
    const end = pristine.records.at(-1)!.end;
    for (const off of [end, end + 3, end + 7, end + 8, end + 20, end + 500, segmentBytes - 1]) {
      const dir = copyOf(pristine.dir);
      const seg = join(dir, 'wal', pristine.segPath.split('/').at(-1)!);
      const b = Buffer.from(bytes);
      b[off] = 0x5a;
      writeFileSync(seg, b);
      const { store, error } = await tryOpen(dir);
      if (error) {
        expect(error.code).toBe('WAL_CORRUPT');
        expect(error.details?.offset).toBe(end);
      } else {
        expect(off).toBeLessThan(end + 8); // only inside the next record's frame can it be a torn write
        expect(logOf(store!)).toEqual(replay(pristine.records).entries);
        await store!.close();
      }
      rmSync(dir, { recursive: true });
    }
  });

  it('damage to an earlier record with valid records after it is WAL_CORRUPT, never a truncation', async () => {
    const bytes = readFileSync(pristine.segPath);
    for (const rec of pristine.records.slice(1, -1)) {
      const dir = copyOf(pristine.dir);
      const seg = join(dir, 'wal', pristine.segPath.split('/').at(-1)!);
      const b = Buffer.from(bytes);
      b[rec.end - 1] ^= 0x01;
      writeFileSync(seg, b);
      const { error } = await tryOpen(dir);
      expect(error?.code).toBe('WAL_CORRUPT');
      expect(error?.details?.offset).toBe(rec.offset);
      rmSync(dir, { recursive: true });
    }
  });
});

describe('damage outside the WAL tail', () => {
  async function multiSegment(): Promise<{ dir: string; segs: string[] }> {
    const dir = join(root, `multi${++scratchSeq}`);
    const s = await DurableLogStore.open({ dir, segmentBytes: 4096 });
    for (let n = 1; n <= 40; n++) await s.save({ entries: [ent(n, 1, new Uint8Array(300).fill(n))], hardState: hs(1, 1, n) });
    await s.close();
    const segs = readdirSync(join(dir, 'wal'))
      .filter((x) => x.endsWith('.wal'))
      .sort()
      .map((x) => join(dir, 'wal', x));
    expect(segs.length).toBeGreaterThan(2);
    return { dir, segs };
  }

  it('a damaged record in a segment that is not the last is WAL_CORRUPT, even with only zeros after it', async () => {
    const { dir, segs } = await multiSegment();
    const seg = segs[0]!;
    const records = parseRecords(readFileSync(seg));
    const lastRec = records.at(-1)!;
    const b = readFileSync(seg);
    b[lastRec.end - 1] ^= 0x80;
    writeFileSync(seg, b);
    const { error } = await tryOpen(dir);
    expect(error?.code).toBe('WAL_CORRUPT');
    expect(error?.message).toContain(seg);
    expect(error?.details?.offset).toBe(lastRec.offset);
  });

  it('a cut earlier segment is WAL_CORRUPT, even cut at a record boundary', async () => {
    const { dir, segs } = await multiSegment();
    const records = parseRecords(readFileSync(segs[1]!));
    for (const cut of [records.at(-1)!.end - 5, records.at(-1)!.end, records.at(-1)!.offset]) {
      const original = readFileSync(segs[1]!);
      truncateSync(segs[1]!, cut);
      const { error } = await tryOpen(dir);
      expect(error?.code).toBe('WAL_CORRUPT');
      expect(error?.message).toContain(segs[1]!);
      expect(error?.details?.offset).toBe(cut);
      writeFileSync(segs[1]!, original);
    }
  });

  it('every byte of a segment header damaged is WAL_CORRUPT naming the segment', async () => {
    const { dir, segs } = await multiSegment();
    for (const seg of [segs[0]!, segs.at(-1)!]) {
      const original = readFileSync(seg);
      for (let off = 0; off < 40; off++) {
        const b = Buffer.from(original);
        b[off] ^= 0x10;
        writeFileSync(seg, b);
        const { error } = await tryOpen(dir);
        expect(error?.code, `header byte ${off}`).toBe('WAL_CORRUPT');
        expect(error?.message).toContain(seg);
      }
      writeFileSync(seg, original);
    }
    expect((await tryOpen(dir)).store?.lastIndex()).toBe(40);
  });

  it('a missing segment in the middle is WAL_CORRUPT', async () => {
    const { dir, segs } = await multiSegment();
    rmSync(segs[1]!);
    const { error } = await tryOpen(dir);
    expect(error?.code).toBe('WAL_CORRUPT');
    expect(error?.message).toContain('segments are missing');
  });

  it('a segment whose name does not match its header is WAL_CORRUPT', async () => {
    const { dir, segs } = await multiSegment();
    const last = segs.at(-1)!;
    const renamed = last.replace(/-([0-9a-f]{16})\.wal$/, (_m, first: string) => `-${(Number.parseInt(first, 16) + 1).toString(16).padStart(16, '0')}.wal`);
    cpSync(last, renamed);
    rmSync(last);
    const { error } = await tryOpen(dir);
    expect(error?.code).toBe('WAL_CORRUPT');
    expect(error?.message).toContain(renamed);
  });

  it('every byte of the hard state file damaged, or the file cut, is HARDSTATE_CORRUPT naming it', async () => {
    const { dir } = await multiSegment();
    const file = join(dir, 'hardstate');
    const original = readFileSync(file);
    for (let off = 0; off < original.length; off++) {
      const b = Buffer.from(original);
      b[off] ^= 0x04;
      writeFileSync(file, b);
      const { error } = await tryOpen(dir);
      expect(error?.code, `byte ${off}`).toBe('HARDSTATE_CORRUPT');
      expect(error?.message).toContain(file);
    }
    writeFileSync(file, original.subarray(0, 20));
    expect((await tryOpen(dir)).error?.code).toBe('HARDSTATE_CORRUPT');
  });

  it('a hard state file whose commit is beyond the log is HARDSTATE_CORRUPT', async () => {
    const dir = join(root, `hs${++scratchSeq}`);
    const s = await DurableLogStore.open({ dir, segmentBytes });
    await s.save({ entries: [ent(1, 1), ent(2, 1), ent(3, 1)], hardState: hs(1, 1, 3) });
    await s.close();
    const seg = readdirSync(join(dir, 'wal')).find((x) => x.endsWith('.wal'))!;
    const records = parseRecords(readFileSync(join(dir, 'wal', seg)));
    // Acknowledged entries lost (the segment cut before entry 3): the hard state file says commit 3.
    truncateSync(join(dir, 'wal', seg), records[2]!.offset);
    const { error } = await tryOpen(dir);
    expect(error?.code).toBe('HARDSTATE_CORRUPT');
    expect(error?.message).toContain('commit index 3 is beyond the last log index 2');
  });

  it('a damaged newest snapshot is SNAPSHOT_CORRUPT naming the file and offset', async () => {
    const dir = join(root, `snap${++scratchSeq}`);
    const s = await DurableLogStore.open({ dir, segmentBytes });
    for (let n = 1; n <= 10; n++) await s.save({ entries: [ent(n, 1)], hardState: hs(1, 1, n) });
    await s.createSnapshot(idx(5), { voters: [1, 2] as NodeId[], learners: [3] as NodeId[] }, new Uint8Array(64).fill(9));
    await s.close();
    const file = join(dir, 'snap', readdirSync(join(dir, 'snap'))[0]!);
    const original = readFileSync(file);
    for (let off = 0; off < original.length; off++) {
      const b = Buffer.from(original);
      b[off] ^= 0x02;
      writeFileSync(file, b);
      const { error } = await tryOpen(dir);
      expect(error?.code, `byte ${off}`).toBe('SNAPSHOT_CORRUPT');
      expect(error?.message).toContain(file);
      expect(typeof error?.details?.offset).toBe('number');
    }
    writeFileSync(file, original.subarray(0, original.length - 1));
    expect((await tryOpen(dir)).error?.code).toBe('SNAPSHOT_CORRUPT');
    writeFileSync(file, original);
    const ok = (await tryOpen(dir)).store!;
    expect(ok.snapshot().metadata).toEqual({ index: 5, term: 1, confState: { voters: [1, 2], learners: [3] } });
    await ok.close();
  });

  it('a WAL snapshot record without its snapshot file is SNAPSHOT_MISSING', async () => {
    const dir = join(root, `snapmiss${++scratchSeq}`);
    const s = await DurableLogStore.open({ dir, segmentBytes });
    await s.save({ entries: [ent(1, 1)] });
    const snap: Snapshot = { metadata: { index: idx(9), term: 2 as Term, confState: { voters: [1] as NodeId[], learners: [] } }, data: new Uint8Array(4) };
    await s.save({ entries: [], snapshot: snap, hardState: hs(2, 0, 9) });
    await s.close();
    for (const f of readdirSync(join(dir, 'snap'))) rmSync(join(dir, 'snap', f));
    const { error } = await tryOpen(dir);
    expect(error?.code).toBe('SNAPSHOT_MISSING');
    expect(error?.message).toMatch(/\.wal at byte offset \d+ records a snapshot at index 9/);
  });
});
