/**
 * `npm run bench:storage [-- --json] [--seconds S] [--sync-delay-ms D] [--dir DIR]`:
 * the durable WAL's append path under 1, 16 and 256 concurrent writers,
 * each saving one 256-byte entry at a time and waiting for it to be durable.
 *
 * - ours: DurableLogStore (group commit: saves that arrive while an
 *   fdatasync is in flight share the next write and fdatasync);
 * - reference: the same records appended to a preallocated file with one
 *   write + fdatasync per save (a WAL without group commit), the writers
 *   taking turns.
 *
 * --sync-delay-ms adds a fixed delay after every fdatasync on both sides,
 * to emulate a slower disk (the target disk's fdatasync costs 0.5 to 2 ms).
 * Prints a table; with --json, one JSON object as the last line: results,
 * ratios (ours over the reference, above 1 = we are better) and targets.
 */
import fs from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { EntryType, type Entry, type Index, type Term } from '../src/raft/types.js';
import { DurableLogStore, nodeStorageIo, type StorageIo } from '../src/storage/index.js';
import { encodeRecord, encodeSegmentHeader, recordBytes } from '../src/storage/wal-format.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const seconds = opt('--seconds', 3);
const syncDelayMs = opt('--sync-delay-ms', 0);
const dirArg = args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : undefined;
const writerCounts = [1, 16, 256];
const entryBytes = 256;
const segmentBytes = 64 * 1024 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** node:fs with a fixed delay after each fdatasync (0: none). */
const io: StorageIo =
  syncDelayMs > 0
    ? {
        ...nodeStorageIo,
        async fdatasync(fd) {
          await nodeStorageIo.fdatasync(fd);
          await sleep(syncDelayMs);
        },
      }
    : nodeStorageIo;

interface Measure {
  /** CPU time of this process (user + system) per 1000 entries. */
  cpuMsPer1k: number;
  entriesPerSec: number;
  fsyncsPerSec: number;
  entriesPerFsync: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const payload = new Uint8Array(entryBytes).fill(0x5a);
const entry = (index: number): Entry => ({ index: index as Index, term: 1 as Term, type: EntryType.Normal, data: payload });

async function runOurs(base: string, writers: number): Promise<Measure> {
  const dir = fs.mkdtempSync(join(base, 'ours-'));
  const store = await DurableLogStore.open({ dir, io, segmentBytes });
  let next = 1;
  let stop = false;
  const latencies: number[] = [];
  // The next segment is zero-filled in the background after open: not part of the measure.
  await store.settled();
  for (let k = 0; k < 50; k++) await store.save({ entries: [entry(next++)] });
  const syncs0 = store.stats().fsyncs.wal;
  const first = next;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (!stop) {
      const s = performance.now();
      await store.save({ entries: [entry(next++)] });
      latencies.push(performance.now() - s);
    }
  };
  const timer = setTimeout(() => (stop = true), seconds * 1000);
  await Promise.all(Array.from({ length: writers }, worker));
  clearTimeout(timer);
  const sec = (performance.now() - t0) / 1000;
  const entries = next - first;
  const syncs = store.stats().fsyncs.wal - syncs0;
  const cpu = process.cpuUsage(cpu0);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return { cpuMsPer1k: (cpu.user + cpu.system) / entries, entriesPerSec: entries / sec, fsyncsPerSec: syncs / sec, entriesPerFsync: entries / Math.max(1, syncs), p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}

/** One write + fdatasync per save, the same record bytes, writers taking turns. */
async function runReference(base: string, writers: number): Promise<Measure> {
  const dir = fs.mkdtempSync(join(base, 'ref-'));
  const path = join(dir, 'wal');
  const fd = fs.openSync(path, 'w+');
  const zeros = Buffer.alloc(1 << 20);
  for (let o = 0; o < segmentBytes; o += zeros.length) fs.writeSync(fd, zeros, 0, zeros.length, o);
  fs.fsyncSync(fd);
  const header = encodeSegmentHeader({ seq: 1, firstIndex: 1 as Index, prevTerm: 0 as Term, segmentBytes });
  fs.writeSync(fd, header.bytes, 0, header.bytes.length, 0);
  let offset = header.bytes.length;
  let crc = header.crc;
  let next = 1;
  let stop = false;
  let syncs = 0;
  const latencies: number[] = [];
  let turn: Promise<void> = Promise.resolve();
  const append = (e: Entry): Promise<void> => {
    const run = turn.then(async () => {
      const op = { kind: 'entry' as const, entry: e };
      const buf = Buffer.allocUnsafe(recordBytes(op));
      crc = encodeRecord(buf, 0, op, crc);
      if (offset + buf.length > segmentBytes) offset = header.bytes.length; // wrap: only the cost matters here
      await io.write(fd, buf, offset);
      offset += buf.length;
      await io.fdatasync(fd);
      syncs++;
    });
    turn = run;
    return run;
  };
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (!stop) {
      const s = performance.now();
      await append(entry(next++));
      latencies.push(performance.now() - s);
    }
  };
  const cpu0 = process.cpuUsage();
  const timer = setTimeout(() => (stop = true), seconds * 1000);
  await Promise.all(Array.from({ length: writers }, worker));
  clearTimeout(timer);
  const sec = (performance.now() - t0) / 1000;
  const entries = next - 1;
  const cpu = process.cpuUsage(cpu0);
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return { cpuMsPer1k: (cpu.user + cpu.system) / entries, entriesPerSec: entries / sec, fsyncsPerSec: syncs / sec, entriesPerFsync: entries / Math.max(1, syncs), p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}

/** fdatasync latency of a small write on this disk, as a reference point for the figures. */
function fdatasyncCost(base: string): { p50Ms: number; p99Ms: number } {
  const path = join(base, 'probe');
  const fd = fs.openSync(path, 'w+');
  const zeros = Buffer.alloc(1 << 20);
  fs.writeSync(fd, zeros, 0, zeros.length, 0);
  fs.fsyncSync(fd);
  const t: number[] = [];
  for (let k = 0; k < 200; k++) {
    fs.writeSync(fd, payload, 0, payload.length, (k * 300) % (1 << 20));
    const s = performance.now();
    fs.fdatasyncSync(fd);
    t.push(performance.now() - s);
  }
  fs.closeSync(fd);
  fs.rmSync(path);
  t.sort((a, b) => a - b);
  return { p50Ms: percentile(t, 0.5), p99Ms: percentile(t, 0.99) };
}

const round = (x: number, digits = 3): number => Number(x.toPrecision(digits));
const base = fs.mkdtempSync(join(dirArg ?? tmpdir(), 'tessera-bench-storage-'));
try {
  const disk = fdatasyncCost(base);
  const results: Record<string, number> = { fdatasync_p50_ms: round(disk.p50Ms), fdatasync_p99_ms: round(disk.p99Ms), sync_delay_ms: syncDelayMs };
  const ratios: Record<string, number> = {};
  const rows: string[][] = [];
  for (const w of writerCounts) {
    const ours = await runOurs(base, w);
    const ref = await runReference(base, w);
    for (const [side, m] of [
      ['ours', ours],
      ['fsync_per_save', ref],
    ] as const) {
      results[`${side}_w${w}_entries_per_s`] = Math.round(m.entriesPerSec);
      results[`${side}_w${w}_fsyncs_per_s`] = Math.round(m.fsyncsPerSec);
      results[`${side}_w${w}_entries_per_fsync`] = round(m.entriesPerFsync);
      results[`${side}_w${w}_p50_ms`] = round(m.p50Ms);
      results[`${side}_w${w}_p99_ms`] = round(m.p99Ms);
      results[`${side}_w${w}_cpu_ms_per_1k_entries`] = round(m.cpuMsPer1k);
    }
    ratios[`entries_per_s_w${w}_vs_fsync_per_save`] = round(ours.entriesPerSec / ref.entriesPerSec);
    rows.push([
      String(w),
      Math.round(ours.entriesPerSec).toString(),
      Math.round(ours.fsyncsPerSec).toString(),
      ours.entriesPerFsync.toFixed(1),
      `${ours.p50Ms.toFixed(2)} / ${ours.p99Ms.toFixed(2)}`,
      ours.cpuMsPer1k.toFixed(2),
      Math.round(ref.entriesPerSec).toString(),
      `${(ours.entriesPerSec / ref.entriesPerSec).toFixed(2)}x`,
    ]);
  }
  const target = 50_000;
  const measured = results.ours_w256_entries_per_s!;
  const targets = { wal_entries_per_s_w256: { target, measured, met: measured >= target } };

  const header = ['writers', 'entries/s', 'fsyncs/s', 'entries/fsync', 'p50/p99 ms', 'cpu ms/1k', 'ref entries/s', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(`bench:storage  node ${process.versions.node}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, dir ${base}`);
  console.log(`one ${entryBytes}-byte entry per save, ${seconds} s per run; fdatasync on this disk p50 ${disk.p50Ms.toFixed(3)} ms, p99 ${disk.p99Ms.toFixed(3)} ms; added sync delay ${syncDelayMs} ms`);
  console.log('reference: one write + fdatasync per save (no group commit)');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`target wal_entries_per_s_w256: ${measured} (target >= ${target}) ${measured >= target ? 'met' : 'NOT met'}`);
  if (json) console.log(JSON.stringify({ results, ratios, targets }));
} finally {
  fs.rmSync(base, { recursive: true, force: true });
}
