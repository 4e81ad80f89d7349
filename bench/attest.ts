/**
 * `npm run bench:attest [-- --json]`: DCAP verification of the tdx_quote
 * fixture (at its fixture time) by our verifier, cold (a verifier without
 * caches: every CRL, chain, document and signature checked) and warm (a
 * second quote from a known platform: QE report and quote signatures), next
 * to @phala/dcap-qvl in the same run.
 *
 * The floor, measured in the same run, is two ECDSA P-256 verifications of
 * the quote's own signature through the same OpenSSL calls (the addon's
 * dcapEcdsaFloor): a warm verification cannot cost less.
 *
 * Each figure is the median of several timed samples, taken in rounds (one
 * sample of each measure per round), as wall time per verification and as
 * this process's CPU time per verification (the two differ when the machine
 * is shared). Prints a table; with --json, one JSON object as the last line:
 * results, ratios (theirs / ours time, above 1 = we are faster) and targets
 * (cold <= 1.5 ms, warm <= 0.3 ms, wall time; and the same as multiples of
 * the floor in CPU time, cold <= 8.3, warm <= 1.67, which a loaded machine
 * changes much less).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { DcapCollateral } from '../src/attest/collateral/types.js';
import { QuoteVerifier } from '../src/attest/verify.js';
import { loadAddon } from '../src/native/index.js';

const json = process.argv.includes('--json');
const samples = 7;
const sampleMs = 200;
const fixtureAt = 1752919234;

// dist/bench/attest.js -> repository root.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tdx = join(root, '..', 'shared', 'fixtures', 'tdx');
const quote = readFileSync(join(tdx, 'tdx_quote'));
const collateral = JSON.parse(readFileSync(join(tdx, 'tdx_quote_collateral.json'), 'utf8')) as DcapCollateral;

interface DcapBenchNative {
  dcapEcdsaFloor(quote: Uint8Array, iterations: number): boolean;
}
const native = loadAddon() as unknown as DcapBenchNative;

interface Qvl {
  verify(q: Buffer, c: DcapCollateral, now: number): { status: string };
}
const qvl = createRequire(import.meta.url)('@phala/dcap-qvl') as Qvl;

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Iterations of `fn` that take about sampleMs. */
function calibrate(fn: () => void): number {
  let iters = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iters; i++) fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= sampleMs / 4) return Math.max(1, Math.ceil((iters * sampleMs) / ms));
    iters *= 4;
  }
}

/**
 * Median wall ms and CPU ms per call of each function. The samples are
 * taken in rounds, one of each function per round, so that a change in the
 * machine's load during the run weighs on all of them alike.
 */
function timeAll(fns: (() => void)[]): Timing[] {
  const iters = fns.map(calibrate);
  const walls: number[][] = fns.map(() => []);
  const cpus: number[][] = fns.map(() => []);
  for (let s = 0; s < samples; s++) {
    fns.forEach((fn, k) => {
      const n = iters[k]!;
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < n; i++) fn();
      walls[k]!.push(Number(process.hrtime.bigint() - t0) / 1e6 / n);
      const c = process.cpuUsage(c0);
      cpus[k]!.push((c.user + c.system) / 1000 / n);
    });
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return fns.map((_, k) => ({ wallMs: median(walls[k]!), cpuMs: median(cpus[k]!) }));
}

function check(ok: boolean, what: string): void {
  if (!ok) {
    console.error(`bench:attest: ${what}`);
    process.exit(1);
  }
}

const coldVerifier = new QuoteVerifier({ cache: false });
const warmVerifier = new QuoteVerifier();
check(coldVerifier.verify(quote, collateral, { atUnix: fixtureAt }).status === 'UpToDate', 'our verifier does not verify tdx_quote');
check(warmVerifier.verify(quote, collateral, { atUnix: fixtureAt }).pckCacheHit === false, 'unexpected warm cache');
check(warmVerifier.verify(quote, collateral, { atUnix: fixtureAt }).pckCacheHit, 'the warm verifier missed its cache');
check(qvl.verify(quote, collateral, fixtureAt).status === 'UpToDate', 'dcap-qvl does not verify tdx_quote');

check(native.dcapEcdsaFloor(quote, 1), 'the ECDSA floor does not verify the quote signature');

const [floor, cold, warm, theirs] = timeAll([
  () => native.dcapEcdsaFloor(quote, 2),
  () => coldVerifier.verify(quote, collateral, { atUnix: fixtureAt }),
  () => warmVerifier.verify(quote, collateral, { atUnix: fixtureAt }),
  () => qvl.verify(quote, collateral, fixtureAt),
]) as [Timing, Timing, Timing, Timing];

const round = (x: number): number => Math.round(x * 1000) / 1000;
const results = {
  ours_cold_ms: round(cold.wallMs),
  ours_warm_ms: round(warm.wallMs),
  dcap_qvl_ms: round(theirs.wallMs),
  ours_cold_cpu_ms: round(cold.cpuMs),
  ours_warm_cpu_ms: round(warm.cpuMs),
  dcap_qvl_cpu_ms: round(theirs.cpuMs),
  /** Two ECDSA P-256 verifications (SHA-256 included) through the same OpenSSL calls: what a warm verification cannot go below. */
  ecdsa_floor_ms: round(floor.wallMs),
  ecdsa_floor_cpu_ms: round(floor.cpuMs),
  /** Multiples of the floor, CPU time: what the load of a shared machine changes least. */
  ours_cold_floors: round(cold.cpuMs / floor.cpuMs),
  ours_warm_floors: round(warm.cpuMs / floor.cpuMs),
  load_average_1m: round(loadavg()[0] ?? 0),
};
const ratios = {
  cold_vs_dcap_qvl: round(theirs.wallMs / cold.wallMs),
  warm_vs_dcap_qvl: round(theirs.wallMs / warm.wallMs),
  cold_vs_dcap_qvl_cpu: round(theirs.cpuMs / cold.cpuMs),
  warm_vs_dcap_qvl_cpu: round(theirs.cpuMs / warm.cpuMs),
};
// The absolute targets were set on an idle machine whose floor was 0.18 ms
// (1.5 / 0.18 = 8.3 floors cold, 0.3 / 0.18 = 1.67 floors warm); the floor
// multiples hold on a loaded machine as well.
const targetList: [string, number, number][] = [
  ['ours_cold_ms', 1.5, results.ours_cold_ms],
  ['ours_warm_ms', 0.3, results.ours_warm_ms],
  ['ours_cold_floors', 8.3, results.ours_cold_floors],
  ['ours_warm_floors', 1.67, results.ours_warm_floors],
];
const targets = Object.fromEntries(targetList.map(([name, target, measured]) => [name, { target, measured, met: measured <= target }]));

const rows = [
  ['tdx_quote, cold (no caches)', cold, theirs],
  ['tdx_quote, warm (known platform)', warm, theirs],
  ['floor: 2 ECDSA P-256 verifications', floor, theirs],
] as const;
console.log(`bench:attest  node ${process.versions.node}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, load ${loadavg()[0]?.toFixed(1)}`);
console.log(`median of ${samples} samples of >= ${sampleMs} ms; ms per verification (wall / CPU)`);
console.log(['measure'.padEnd(34), 'ours wall', 'ours cpu', 'dcap-qvl wall', 'dcap-qvl cpu', 'ratio wall', 'ratio cpu'].join('  '));
for (const [label, o, t] of rows) {
  console.log(
    [
      label.padEnd(34),
      o.wallMs.toFixed(3).padStart(9),
      o.cpuMs.toFixed(3).padStart(8),
      t.wallMs.toFixed(3).padStart(13),
      t.cpuMs.toFixed(3).padStart(12),
      `${(t.wallMs / o.wallMs).toFixed(1)}x`.padStart(10),
      `${(t.cpuMs / o.cpuMs).toFixed(1)}x`.padStart(9),
    ].join('  '),
  );
}
for (const [name, target, measured] of targetList) {
  console.log(`target ${name}: ${measured} (target <= ${target}) ${measured <= target ? 'met' : 'NOT met'}`);
}
if (json) console.log(JSON.stringify({ results, ratios, targets }));
