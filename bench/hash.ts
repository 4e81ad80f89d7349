/**
 * `npm run bench:hash [-- --json]`: our hashing next to the references, in
 * one run.
 *
 * - BLAKE3 one-shot at 64 B, 1 KiB, 64 KiB, 1 MiB: ours vs blake3-wasm (its
 *   package entry point, the WebAssembly build) and vs node:crypto SHA-256.
 * - 64-byte messages: our hashBatch (one call for the lot) vs a
 *   node:crypto createHash loop.
 * - CRC32C: the SSE4.2 path vs our portable path.
 *
 * Each figure is the median of several timed samples after a warm-up.
 * Prints a table; with --json, one JSON object as the last line: results,
 * ratios (ours over theirs, above 1 = we are better) and targets.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cpus } from 'node:os';

import blake3wasm from 'blake3-wasm';

import { blake3, blake3Paths, crc32c, crc32cPaths, hashBatch, setCrc32cPath } from '../src/hash/index.js';

const json = process.argv.includes('--json');
const samples = 7;
const sampleMs = 100;
const batchMessages = 65_536;
const batchMessageBytes = 64;

const sizes: { label: string; bytes: number }[] = [
  { label: '64B', bytes: 64 },
  { label: '1KiB', bytes: 1024 },
  { label: '64KiB', bytes: 64 * 1024 },
  { label: '1MiB', bytes: 1024 * 1024 },
];

/** Calls per second of `fn`: the median of `samples` timed runs of at least `sampleMs` each. */
function rate(fn: () => void): number {
  let iters = 1;
  // Warm up and size a sample.
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iters; i++) fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= sampleMs / 4) {
      iters = Math.max(1, Math.ceil((iters * sampleMs) / ms));
      break;
    }
    iters *= 4;
  }
  const rates: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iters; i++) fn();
    const sec = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(iters / sec);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

function blake3WasmBuild(): string {
  const require = createRequire(import.meta.url);
  const pkgJson = require.resolve('blake3-wasm/package.json');
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  const nativeBuild = existsSync(join(dirname(pkgJson), 'dist', 'native.node'));
  // Its main entry (dist/index.js -> dist/node) always runs the WebAssembly
  // build; the native one is only reachable through dist/node-native.
  return `blake3-wasm ${version}, WebAssembly build via its main entry (native.node ${nativeBuild ? 'present, unused' : 'absent'})`;
}

const results: Record<string, number> = {};
const ratios: Record<string, number> = {};
const rows: string[][] = [];
const gbps = (callsPerSec: number, bytes: number): number => (callsPerSec * bytes) / 1e9;
const round = (x: number, digits = 3): number => Number(x.toPrecision(digits));

for (const { label, bytes } of sizes) {
  const data = Buffer.alloc(bytes, 0xa5);
  const ours = gbps(rate(() => blake3(data)), bytes);
  const wasm = gbps(rate(() => blake3wasm.hash(data)), bytes);
  const sha = gbps(rate(() => createHash('sha256').update(data).digest()), bytes);
  results[`blake3_${label}_GBps`] = round(ours);
  results[`blake3wasm_${label}_GBps`] = round(wasm);
  results[`node_sha256_${label}_GBps`] = round(sha);
  ratios[`blake3_vs_blake3wasm_${label}`] = round(ours / wasm);
  ratios[`blake3_vs_node_sha256_${label}`] = round(ours / sha);
  rows.push([`BLAKE3 ${label} (GB/s)`, ours.toFixed(3), `wasm ${wasm.toFixed(3)} / sha256 ${sha.toFixed(3)}`, `${(ours / wasm).toFixed(2)}x / ${(ours / sha).toFixed(2)}x`]);
}

{
  const data = Buffer.alloc(batchMessages * batchMessageBytes);
  for (let i = 0; i < data.length; i++) data[i] = (i * 131) & 0xff;
  const offsets = new Uint32Array(batchMessages + 1);
  for (let i = 0; i <= batchMessages; i++) offsets[i] = i * batchMessageBytes;
  const messages = Array.from({ length: batchMessages }, (_, i) => data.subarray(i * batchMessageBytes, (i + 1) * batchMessageBytes));
  const oursBlake3 = rate(() => hashBatch('blake3', data, offsets)) * batchMessages;
  const oursSha256 = rate(() => hashBatch('sha256', data, offsets)) * batchMessages;
  const nodeLoop =
    rate(() => {
      for (const m of messages) createHash('sha256').update(m).digest();
    }) * batchMessages;
  results.batch64_blake3_msgs_per_s = Math.round(oursBlake3);
  results.batch64_sha256_msgs_per_s = Math.round(oursSha256);
  results.node_createHash_sha256_loop64_msgs_per_s = Math.round(nodeLoop);
  ratios.batch64_blake3_vs_node_createHash_loop = round(oursBlake3 / nodeLoop);
  ratios.batch64_sha256_vs_node_createHash_loop = round(oursSha256 / nodeLoop);
  rows.push(['batch 64 B blake3 (M msg/s)', (oursBlake3 / 1e6).toFixed(2), `createHash loop ${(nodeLoop / 1e6).toFixed(2)}`, `${(oursBlake3 / nodeLoop).toFixed(2)}x`]);
  rows.push(['batch 64 B sha256 (M msg/s)', (oursSha256 / 1e6).toFixed(2), `createHash loop ${(nodeLoop / 1e6).toFixed(2)}`, `${(oursSha256 / nodeLoop).toFixed(2)}x`]);
}

{
  const data = Buffer.alloc(1024 * 1024, 0x3c);
  const active = crc32cPaths().active;
  const fast = gbps(rate(() => crc32c(data)), data.length);
  setCrc32cPath('portable');
  const portable = gbps(rate(() => crc32c(data)), data.length);
  setCrc32cPath('auto');
  results.crc32c_1MiB_GBps = round(fast);
  results.crc32c_portable_1MiB_GBps = round(portable);
  ratios.crc32c_vs_portable = round(fast / portable);
  rows.push([`CRC32C 1MiB ${active} (GB/s)`, fast.toFixed(2), `portable ${portable.toFixed(2)}`, `${(fast / portable).toFixed(2)}x`]);
}

const targetList: [string, number, number][] = [
  ['blake3_1MiB_GBps', 2.0, results.blake3_1MiB_GBps!],
  ['batch64_blake3_msgs_per_s', 4_000_000, results.batch64_blake3_msgs_per_s!],
  ['crc32c_1MiB_GBps', 5.0, results.crc32c_1MiB_GBps!],
];
const targets = Object.fromEntries(targetList.map(([name, target, measured]) => [name, { target, measured, met: measured >= target }]));

const header = ['measure', 'ours', 'reference', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(`bench:hash  node ${process.versions.node}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}`);
console.log(`BLAKE3 path ${blake3Paths().active}; ${blake3WasmBuild()}; median of ${samples} samples of >= ${sampleMs} ms`);
console.log(line(header));
for (const r of rows) console.log(line(r));
for (const [name, target, measured] of targetList) {
  console.log(`target ${name}: ${measured} (target >= ${target}) ${measured >= target ? 'met' : 'NOT met'}`);
}
if (json) console.log(JSON.stringify({ results, ratios, targets }));
