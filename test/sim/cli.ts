/**
 * `npm run sim -- --seed N [--steps K] [--plant BUG] [--leader-pipelining] [--verbose] [--json]`
 * `npm run sim -- --seeds N [--start S] [--steps K] [--plant BUG] [--leader-pipelining] [--json]`
 *
 * Runs the deterministic simulator (simulator.ts) on one seed or on seeds
 * S..S+N-1; a failing seed is printed with the one command that replays it.
 * Exit: 0 every seed passed, 3 some seed failed a check, 2 usage error.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { ExitCode } from '../../src/cli/exit-codes.js';
import { plantedBugs, runSeed, stepsDefault, type PlantedBug, type SimResult } from './simulator.js';

const usage = `usage: npm run sim -- --seed N [--steps K] [--plant BUG] [--leader-pipelining] [--verbose] [--json]
       npm run sim -- --seeds N [--start S] [--steps K] [--plant BUG] [--leader-pipelining] [--json]

Runs the deterministic Raft simulator: one seed fixes every message drop,
delay, duplication, partition, crash, torn write, membership change, leader
transfer and client operation; the run checks election safety, log
matching, leader completeness, state machine safety, that every
acknowledged write survives, and linearizability of the client history.

  --seed N        run seed N (replay a failure)
  --seeds N       run N seeds, from --start (default 1); prints seeds/s
  --steps K       steps with faults per seed (default ${stepsDefault})
  --plant BUG     plant a bug the checks must catch: ${plantedBugs.join(', ')}
  --leader-pipelining
                  handle Readys as the seat does: a leader sends and applies before its fsync
  --verbose       with --seed: print every event
  --json          print one JSON object last (results and summary)
  -h, --help      print this help

exit: 0 all seeds passed, 3 some seed failed, 2 usage error
`;

export interface SimIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Milliseconds, for seeds per second (injectable for tests). */
  now?: () => number;
}

function int(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
  return n;
}

export function replayCommand(r: SimResult, steps: number, plant: PlantedBug | undefined, leaderPipelining = false): string {
  return `npm run sim -- --seed ${r.seed}${steps !== stepsDefault ? ` --steps ${steps}` : ''}${plant ? ` --plant ${plant}` : ''}${leaderPipelining ? ' --leader-pipelining' : ''}`;
}

export function runSim(argv: string[], io: SimIO): number {
  const now = io.now ?? (() => performance.now());
  let seed: number | undefined;
  let seeds: number | undefined;
  let start: number;
  let steps: number;
  let plant: PlantedBug | undefined;
  let verbose: boolean;
  let json: boolean;
  let leaderPipelining: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        seed: { type: 'string' },
        seeds: { type: 'string' },
        start: { type: 'string' },
        steps: { type: 'string' },
        plant: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        'leader-pipelining': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
    if (values.help) {
      io.stdout.write(usage);
      return ExitCode.Ok;
    }
    if (positionals.length > 0) throw new Error(`unexpected argument ${JSON.stringify(positionals[0])}`);
    seed = int('seed', values.seed, 0);
    seeds = int('seeds', values.seeds, 1);
    start = int('start', values.start, 0) ?? 1;
    steps = int('steps', values.steps, 1) ?? stepsDefault;
    if ((seed === undefined) === (seeds === undefined)) throw new Error('give exactly one of --seed and --seeds');
    if (values.start !== undefined && seeds === undefined) throw new Error('--start goes with --seeds');
    if (values.plant !== undefined && !plantedBugs.includes(values.plant as PlantedBug)) {
      throw new Error(`--plant must be one of ${plantedBugs.join(', ')}, got ${JSON.stringify(values.plant)}`);
    }
    plant = values.plant as PlantedBug | undefined;
    verbose = values.verbose;
    json = values.json;
    leaderPipelining = values['leader-pipelining'];
    if (verbose && seed === undefined) throw new Error('--verbose goes with --seed');
  } catch (e) {
    io.stderr.write(`sim: ${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
    return ExitCode.Usage;
  }

  const first = seed ?? start;
  const count = seed === undefined ? seeds! : 1;
  const trace = verbose ? (line: string) => void io.stdout.write(`${line}\n`) : undefined;
  const failures: SimResult[] = [];
  const totals: Record<string, number> = {};
  const t0 = now();
  for (let s = first; s < first + count; s++) {
    const r = runSeed(s, { steps, plant, trace, leaderPipelining });
    for (const [k, v] of Object.entries(r.stats)) totals[k] = (totals[k] ?? 0) + v;
    if (!r.ok) {
      failures.push(r);
      const f = r.failure!;
      io.stderr.write(`seed ${s} FAILED at step ${f.step}: ${f.invariant}: ${f.message}\n  replay: ${replayCommand(r, steps, plant, leaderPipelining)}\n`);
    } else if (seed !== undefined) {
      io.stdout.write(`seed ${s} ok: ${r.stats.steps} steps, ${r.stats.operations} client operations (${r.linearizability}), ${r.stats.crashes} crashes (${r.stats.tornWrites} torn writes), ${r.stats.leaderChanges} leaders, last index ${r.stats.lastIndex}\n`);
    }
  }
  const seconds = (now() - t0) / 1000;
  const seedsPerSecond = count / Math.max(seconds, 1e-9);
  io.stdout.write(
    `${count} seed${count === 1 ? '' : 's'} from ${first}, ${steps} steps each${plant ? `, planted ${plant}` : ''}: ${count - failures.length} passed, ${failures.length} failed; ${seconds.toFixed(2)} s, ${seedsPerSecond.toFixed(1)} seeds/s\n` +
      `  totals: ${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}\n`,
  );
  if (json) {
    io.stdout.write(
      `${JSON.stringify({
        seeds: count,
        start: first,
        steps,
        plant: plant ?? null,
        passed: count - failures.length,
        failed: failures.length,
        seconds,
        seedsPerSecond,
        failures: failures.map((r) => ({ seed: r.seed, ...r.failure, replay: replayCommand(r, steps, plant, leaderPipelining) })),
        totals,
      })}\n`,
    );
  }
  return failures.length > 0 ? ExitCode.CheckFailed : ExitCode.Ok;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runSim(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
}
