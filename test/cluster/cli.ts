/**
 * `npm run test:cluster -- --runs N --seconds S [--seats 3|5] [--seed X]
 * [--faults kill,pause,...] [--clients C] [--workload kv|organism] [--keep] [--json]`: N runs of the
 * multi-process fault suite (run k uses seed X+k). Prints one block per run
 * and a total; with --json, one JSON object on the last line. Exit 1 when a
 * run found an anomaly, 2 on bad arguments, 3 when the machine cannot run it.
 */
import { uptime, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { faultKinds, type FaultKind } from './nemesis.js';
import { OrganismWorkload } from './organism-workload.js';
import { KvWorkload } from './kv-workload.js';
import { describeRun } from './report.js';
import { abortRuns, clusterUnavailable, runOnce, type RunReport } from './run.js';

interface CliOptions {
  runs: number;
  seconds: number;
  seats: number;
  seed: number;
  clients: number;
  faults: FaultKind[];
  keep: boolean;
  json: boolean;
  workload: 'kv' | 'organism';
}

export const usageText = `usage: npm run test:cluster -- --runs N --seconds S [--seats 3|5] [--seed X] [--faults ${faultKinds.join(',')}] [--clients C] [--workload kv|organism] [--keep] [--json]`;

export class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { runs: 1, seconds: 30, seats: 3, seed: Math.floor(Math.random() * 0x7fffffff), clients: 6, faults: [...faultKinds], keep: false, json: false, workload: 'kv' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    const int = (min: number, max: number): number => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) usage(`${a} must be an integer in ${min}..${max}, got ${JSON.stringify(v)}`);
      return n;
    };
    switch (a) {
      case '--runs': o.runs = int(1, 10_000); break;
      case '--seconds': o.seconds = int(1, 86_400); break;
      case '--seats': o.seats = int(3, 5); if (o.seats === 4) usage('--seats must be 3 or 5'); break;
      case '--seed': o.seed = int(0, 0x7fffffff); break;
      case '--clients': o.clients = int(1, 64); break;
      case '--faults': {
        const names = value().split(',').filter((s) => s !== '');
        for (const n of names) if (!(faultKinds as readonly string[]).includes(n)) usage(`unknown fault ${JSON.stringify(n)} (known: ${faultKinds.join(', ')})`);
        if (names.length === 0) usage('--faults names no fault');
        o.faults = names as FaultKind[];
        break;
      }
      case '--workload': {
        const w = value();
        if (w !== 'kv' && w !== 'organism') usage(`--workload must be kv or organism, got ${JSON.stringify(w)}`);
        o.workload = w;
        break;
      }
      case '--keep': o.keep = true; break;
      case '--json': o.json = true; break;
      default: usage(`unknown argument ${JSON.stringify(a)}`);
    }
  }
  return o;
}

async function main(): Promise<void> {
  let o: CliOptions;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`test:cluster: ${e.message}\n${usageText}\n`);
    process.exit(2);
  }
  const why = clusterUnavailable();
  if (why !== undefined) {
    process.stderr.write(`test:cluster: cannot run here: ${why} (the suite puts each seat in its own network namespace)\n`);
    process.exit(3);
  }
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      process.stderr.write(`test:cluster: ${sig}: stopping the seats and removing namespaces, mounts and loop devices\n`);
      abortRuns();
      process.exit(130);
    });
  }
  const reports: RunReport[] = [];
  const load = loadavg()[0]!.toFixed(2);
  const log = o.json ? (s: string) => process.stderr.write(s + '\n') : (s: string) => console.log(s);
  for (let k = 0; k < o.runs; k++) {
    const r = await runOnce({ seed: o.seed + k, seconds: o.seconds, seats: o.seats, clients: o.clients, faults: o.faults, keep: o.keep, log, workloadName: o.workload, workload: () => (o.workload === 'organism' ? new OrganismWorkload() : new KvWorkload()) });
    reports.push(r);
    log(describeRun(r, k));
  }
  const total = { ok: 0, failed: 0, unknown: 0 };
  const faults: Record<string, number> = {};
  for (const r of reports) {
    total.ok += r.operations.ok;
    total.failed += r.operations.failed;
    total.unknown += r.operations.unknown;
    for (const [k, t] of Object.entries(r.faults)) faults[k] = (faults[k] ?? 0) + t.applied;
  }
  const failed = reports.filter((r) => !r.passed);
  const summary = {
    runs: reports.length,
    passed: reports.length - failed.length,
    failed: failed.length,
    seats: o.seats,
    seconds: o.seconds,
    firstSeed: o.seed,
    faults,
    operations: total,
    anomalies: reports.reduce((a, r) => a + r.anomalies.length, 0),
    failedSeeds: failed.map((r) => r.seed),
    loadAtStart: Number(load),
    loadAtEnd: Number(loadavg()[0]!.toFixed(2)),
    uptimeSeconds: Math.round(uptime()),
    date: new Date().toISOString(),
  };
  log(`\n${summary.runs} runs: ${summary.passed} passed, ${summary.failed} failed; faults ${JSON.stringify(faults)}; operations ${total.ok} ok, ${total.failed} failed, ${total.unknown} unknown; anomalies ${summary.anomalies}`);
  for (const r of failed) log(`  replay seed ${r.seed}: ${r.replay}`);
  if (o.json) console.log(JSON.stringify({ ...summary, reports: reports.map((r) => ({ ...r, faultEvents: undefined })) }));
  process.exit(failed.length === 0 ? 0 : 1);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
