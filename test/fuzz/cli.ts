/**
 * `node dist/test/fuzz/cli.js [--target NAME]... [--seconds N] [--seed S] [--fresh] [--json]`
 * `node dist/test/fuzz/cli.js --target NAME --replay FILE`
 * `node dist/test/fuzz/cli.js --list`
 *
 * Coverage-guided fuzzing of TypeScript code (the WAL decoder and recovery,
 * the config loader): scripts/fuzz.mjs runs these js_ targets beside the
 * native libFuzzer ones. A finding (a broken invariant, an unexpected
 * exception, an input running over 10 s, out of memory) exits 1 and keeps
 * the input in out/fuzz/artifacts/NAME/ with the command that replays it.
 * The corpus grows in out/fuzz/corpus/NAME (--fresh starts from the seeds).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

import { corpusName, describeError } from './engine.js';
import { fuzzTargets } from './targets/index.js';
import type { WorkerInput, WorkerResult } from './worker.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
const outDir = join(root, 'out', 'fuzz');
// TESSERA_FUZZ_UNIT_TIMEOUT_MS shortens it for the engine's own tests.
const unitTimeoutMs = Number(process.env.TESSERA_FUZZ_UNIT_TIMEOUT_MS ?? 10_000);
const heapLimitMb = 2048;
const usage = 'usage: node dist/test/fuzz/cli.js [--target NAME]... [--seconds N] [--seed S] [--fresh] [--json] | --target NAME --replay FILE | --list';

interface TargetReport {
  name: string;
  seconds: number;
  executions: number;
  execsPerSec: number;
  corpusFiles: number;
  newUnits: number;
  features: number;
  crashes: number;
  artifacts: string[];
  replay: string | undefined;
  message: string | undefined;
}

function fail(msg: string): never {
  console.error(`fuzz: ${msg}\n${usage}`);
  process.exit(2);
}

function parse() {
  return parseArgs({
    options: {
      target: { type: 'string', multiple: true },
      seconds: { type: 'string' },
      seed: { type: 'string' },
      fresh: { type: 'boolean' },
      json: { type: 'boolean' },
      replay: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
}
let args: ReturnType<typeof parse>;
try {
  args = parse();
} catch (e) {
  fail((e as Error).message);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.list) {
  for (const t of fuzzTargets) console.log(`${t.name}\t${t.checks}`);
  process.exit(0);
}
const names = args.target ?? fuzzTargets.map((t) => t.name);
for (const n of names) if (!fuzzTargets.some((t) => t.name === n)) fail(`unknown target '${n}' (targets: ${fuzzTargets.map((t) => t.name).join(', ')})`);

if (args.replay !== undefined) {
  if (names.length !== 1) fail('--replay needs exactly one --target');
  const target = fuzzTargets.find((t) => t.name === names[0])!;
  const input = new Uint8Array(readFileSync(args.replay));
  try {
    target.run(input);
    console.log(`${target.name}: ${args.replay} (${input.length} bytes) passes`);
    process.exit(0);
  } catch (e) {
    console.log(`${target.name}: ${args.replay} (${input.length} bytes) fails:\n${describeError(e)}`);
    process.exit(1);
  } finally {
    target.close?.();
  }
}

const seconds = args.seconds === undefined ? 10 : Number(args.seconds);
if (!Number.isInteger(seconds) || seconds < 1 || seconds > 24 * 3600) fail(`--seconds must be an integer in [1, 86400], got '${args.seconds}'`);
const seed = args.seed === undefined ? (Date.now() % 0x7fffffff) : Number(args.seed);
if (!Number.isInteger(seed) || seed < 0) fail(`--seed must be a non-negative integer, got '${args.seed}'`);
const json = args.json === true;
const say = (s: string): void => void (json ? process.stderr : process.stdout).write(s + '\n');

function runTarget(name: string): Promise<TargetReport> {
  const target = fuzzTargets.find((t) => t.name === name)!;
  const shared = new SharedArrayBuffer(8 + target.maxLen);
  const counters = new Int32Array(shared, 0, 2);
  const input: WorkerInput = { target: name, seconds, seed, corpusDir: join(outDir, 'corpus', name), fresh: args.fresh === true, shared };
  const started = performance.now();
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: input, resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
  const inFlight = (): Uint8Array => new Uint8Array(shared, 8, Atomics.load(counters, 1)).slice();
  const report = (r: Partial<WorkerResult> & { finding: WorkerResult['finding'] }): TargetReport => {
    const elapsed = r.seconds ?? (performance.now() - started) / 1000;
    const executions = r.executions ?? Atomics.load(counters, 0);
    const out: TargetReport = {
      name,
      seconds: Math.round(elapsed),
      executions,
      execsPerSec: Math.round(executions / Math.max(elapsed, 0.001)),
      corpusFiles: r.corpusFiles ?? 0,
      newUnits: r.newUnits ?? 0,
      features: r.features ?? 0,
      crashes: r.finding ? 1 : 0,
      artifacts: [],
      replay: undefined,
      message: r.finding?.message,
    };
    if (r.finding) {
      const dir = join(outDir, 'artifacts', name);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `crash-${corpusName(r.finding.input)}`);
      writeFileSync(file, r.finding.input);
      out.artifacts.push(relative(root, file));
      out.replay = `node dist/test/fuzz/cli.js --target ${name} --replay ${relative(root, file)}`;
    }
    return out;
  };
  return new Promise((resolve) => {
    let last = -1;
    let lastChange = performance.now();
    let settled = false;
    const settle = (r: TargetReport): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(r);
    };
    const watchdog = setInterval(() => {
      const n = Atomics.load(counters, 0);
      if (n !== last) {
        last = n;
        lastChange = performance.now();
      } else if (performance.now() - lastChange > unitTimeoutMs) {
        settle(report({ finding: { input: inFlight(), message: `timeout: one input ran over ${unitTimeoutMs / 1000} s` } }));
      }
    }, 250);
    worker.on('message', (m: WorkerResult) => settle(report(m)));
    worker.on('error', (e) => settle(report({ finding: { input: inFlight(), message: `the fuzz worker died: ${describeError(e)}` } })));
    worker.on('exit', (code) => settle(report({ finding: code === 0 ? undefined : { input: inFlight(), message: `the fuzz worker exited with code ${code}` } })));
  });
}

const reports: TargetReport[] = [];
for (const name of names) {
  say(`fuzz: ${name} for ${seconds} s (seed ${seed})`);
  reports.push(await runTarget(name));
}
const rows = [['target', 'seconds', 'executions', 'exec/s', 'corpus', 'new', 'features', 'crashes']];
for (const r of reports) rows.push([r.name, String(r.seconds), String(r.executions), String(r.execsPerSec), String(r.corpusFiles), String(r.newUnits), String(r.features), String(r.crashes)]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) say(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
for (const r of reports) {
  if (r.crashes > 0) say(`\n${r.name}: ${r.message}\n  input kept at ${r.artifacts[0]}\n  replay: ${r.replay}`);
}
const crashes = reports.reduce((n, r) => n + r.crashes, 0);
if (json) console.log(JSON.stringify({ ok: crashes === 0, seconds, seed, targets: reports }));
process.exit(crashes === 0 ? 0 : 1);
