/**
 * `npm run bench:kv-snapshot [-- --json] [--keys N] [--writes-per-tick W]
 * [--runs R] [--machine PATH]`
 *
 * How long a KvMachine snapshot holds the event loop, the way a seat takes
 * one (src/node/seat.ts, takeSnapshot): snapshotInChunks with a setImmediate
 * pause, while a writer applies W puts per loop turn (8-byte keys, 256-byte
 * values, as bench:replication; half overwrite existing keys, half add new
 * ones). A store of N keys (default 100,000) is built first.
 *
 * Per run: the longest synchronous stretch of the snapshot (the call up to
 * its first pause, then each resume up to the next pause), the call's own
 * synchronous part, the wall time to the bytes, the number of chunks; and
 * a synchronous snapshot() of the same store for reference. The figures are
 * the median over R runs (default 5). Ratio: snapshot()'s time over the
 * longest stretch (above 1: the chunked snapshot holds the loop for less).
 * Target: longest stretch under 25 ms (a twentieth of the stall the seats
 * log, half the default 1 s election timeout).
 *
 * --machine PATH: a machine.js from another build (e.g. main's
 * dist/src/kv/machine.js) instead of this one, for A/B. With --json the
 * last line is one JSON object {results, ratios, targets}.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import { encodeKvCommand } from '../src/kv/codec.js';
import type { KvMachine } from '../src/kv/machine.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const optNumber = (name: string, dflt: number, min: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  if (!Number.isSafeInteger(v) || v < min) throw new Error(`${name} must be an integer >= ${min}, got ${args[i + 1]}`);
  return v;
};
const keys = optNumber('--keys', 100_000, 1);
const writesPerTick = optNumber('--writes-per-tick', 50, 0);
const runs = optNumber('--runs', 5, 1);
const machineAt = args.indexOf('--machine');
const machinePath = machineAt >= 0 ? args[machineAt + 1] : undefined;
if (machineAt >= 0 && machinePath === undefined) throw new Error('--machine needs a path');

const mod = (await import(machinePath === undefined ? '../src/kv/machine.js' : pathToFileURL(resolve(machinePath)).href)) as { KvMachine: new () => KvMachine };

const value = new Uint8Array(256).fill(7);
let index = 0;
let fresh = 0;
function key8(n: number): Uint8Array {
  const k = new Uint8Array(8);
  new DataView(k.buffer).setUint32(0, n % 200);
  new DataView(k.buffer).setUint32(4, Math.floor(n / 200));
  return k;
}
function put(m: KvMachine, k: Uint8Array): void {
  index++;
  m.apply(encodeKvCommand({ op: 'put', key: k, value }), { index, term: 1 });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

interface Run {
  longestMs: number;
  callMs: number;
  wallMs: number;
  chunks: number;
  syncSnapshotMs: number;
}

async function once(): Promise<Run> {
  const m = new mod.KvMachine();
  fresh = 0;
  for (; fresh < keys; fresh++) put(m, key8(fresh));
  // The writer: W puts per loop turn until told to stop, like a busy seat applying entries between chunks.
  let writing = true;
  const writer = (async () => {
    for (let n = 0; writing; n++) {
      for (let w = 0; w < writesPerTick; w++) put(m, w % 2 === 0 ? key8(fresh++) : key8((n * 7919 + w) % keys));
      await tick();
    }
  })();
  await tick();
  let longest = 0;
  let chunks = 0;
  let resumed = performance.now();
  const started = resumed;
  const bytes = m.snapshotInChunks(async () => {
    longest = Math.max(longest, performance.now() - resumed);
    chunks++;
    await tick();
    resumed = performance.now();
  });
  const callMs = performance.now() - started;
  longest = Math.max(longest, callMs);
  await bytes;
  longest = Math.max(longest, performance.now() - resumed);
  const wallMs = performance.now() - started;
  writing = false;
  await writer;
  const t = performance.now();
  m.snapshot();
  return { longestMs: longest, callMs, wallMs, chunks, syncSnapshotMs: performance.now() - t };
}

const load = loadavg()[0]!;
const all: Run[] = [];
for (let r = 0; r < runs; r++) all.push(await once());
const pick = (f: (r: Run) => number) => Math.round(median(all.map(f)) * 10) / 10;
const results = {
  machine: machinePath ?? 'this build',
  keys,
  writesPerTick,
  runs,
  loadAverage: Math.round(load * 10) / 10,
  longestStretchMs: pick((r) => r.longestMs),
  longestStretchMaxMs: Math.round(Math.max(...all.map((r) => r.longestMs)) * 10) / 10,
  callSyncMs: pick((r) => r.callMs),
  wallMs: pick((r) => r.wallMs),
  chunks: pick((r) => r.chunks),
  syncSnapshotMs: pick((r) => r.syncSnapshotMs),
};
const ratios = { syncSnapshotOverLongestStretch: Math.round((results.syncSnapshotMs / results.longestStretchMs) * 10) / 10 };
const targets = { longestStretchUnder25Ms: results.longestStretchMs < 25 };
console.log(
  `bench:kv-snapshot (${results.machine}): ${keys} keys, ${writesPerTick} writes per loop turn, median of ${runs}, load ${results.loadAverage}\n` +
    `  longest synchronous stretch ${results.longestStretchMs} ms (max ${results.longestStretchMaxMs}), of which the call ${results.callSyncMs} ms; ` +
    `${results.chunks} chunks, ${results.wallMs} ms wall\n` +
    `  synchronous snapshot() of the same store: ${results.syncSnapshotMs} ms (${ratios.syncSnapshotOverLongestStretch}x the longest stretch)`,
);
if (json) console.log(JSON.stringify({ results, ratios, targets }));
