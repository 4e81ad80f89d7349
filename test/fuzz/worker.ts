/**
 * Runs one target's fuzz loop in a worker thread, so that the CLI's
 * watchdog can stop a hung input (Worker.terminate interrupts a loop) and
 * still know which input it was: the input in flight is copied into shared
 * memory before each execution.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

import { corpusName, fuzzTarget } from './engine.js';
import { fuzzTargets } from './targets/index.js';

export interface WorkerInput {
  readonly target: string;
  readonly seconds: number;
  readonly seed: number;
  readonly corpusDir: string;
  readonly fresh: boolean;
  /** [0] executions, [1] length of the input in flight, then its bytes from byte 8. */
  readonly shared: SharedArrayBuffer;
}

export interface WorkerResult {
  readonly executions: number;
  readonly seconds: number;
  readonly corpusFiles: number;
  readonly newUnits: number;
  readonly features: number;
  readonly finding: { input: Uint8Array; message: string } | undefined;
}

const w = workerData as WorkerInput;
const target = fuzzTargets.find((t) => t.name === w.target);
if (!target) throw new Error(`unknown target ${w.target}`);
const counters = new Int32Array(w.shared, 0, 2);
const bytes = new Uint8Array(w.shared, 8);

mkdirSync(w.corpusDir, { recursive: true });
const initial = w.fresh ? [] : readdirSync(w.corpusDir).map((f) => new Uint8Array(readFileSync(join(w.corpusDir, f))));
const run = fuzzTarget(target, {
  seconds: w.seconds,
  seed: w.seed,
  initial,
  onInput(input, executions) {
    const n = Math.min(input.length, bytes.length);
    bytes.set(input.subarray(0, n));
    Atomics.store(counters, 1, n);
    Atomics.store(counters, 0, executions + 1);
  },
});
for (const input of run.corpus) writeFileSync(join(w.corpusDir, corpusName(input)), input);
const result: WorkerResult = {
  executions: run.executions,
  seconds: run.seconds,
  corpusFiles: readdirSync(w.corpusDir).length,
  newUnits: run.newUnits,
  features: run.features,
  finding: run.finding,
};
parentPort!.postMessage(result);
