/**
 * The coverage-guided loop: keep every input that reaches a block (or a
 * block count bucket) no earlier input reached, mutate corpus entries, stop
 * at the first finding. Deterministic for a given seed, corpus and code.
 */
import { createHash } from 'node:crypto';

import { BlockCoverage } from './coverage.js';
import { ByteMutator } from './mutator.js';
import { Rng } from '../sim/rng.js';
import type { FuzzTarget } from './target.js';

export interface Finding {
  readonly input: Uint8Array;
  readonly message: string;
}

export interface FuzzRun {
  readonly executions: number;
  readonly seconds: number;
  /** Inputs kept (seeds that added coverage, then mutants that did). */
  readonly corpus: Uint8Array[];
  /** Of those, how many mutants this run added. */
  readonly newUnits: number;
  readonly features: number;
  readonly finding: Finding | undefined;
}

export interface FuzzOptions {
  readonly seconds: number;
  readonly seed: number;
  /** Inputs to start from besides the target's seeds (a kept corpus). */
  readonly initial?: readonly Uint8Array[];
  /** Called before each execution (the watchdog records the input in flight). */
  readonly onInput?: (input: Uint8Array, executions: number) => void;
  readonly now?: () => number;
}

/** A corpus or artifact file name: the input's SHA-1, as libFuzzer names them. */
export function corpusName(input: Uint8Array): string {
  return createHash('sha1').update(input).digest('hex');
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}${e.stack ? `\n${e.stack.split('\n').slice(1, 8).join('\n')}` : ''}`;
  return `thrown non-error: ${String(e)}`;
}

/** Mutants per coverage read (see the loop). */
const batchSize = 16;

export function fuzzTarget(target: FuzzTarget, opts: FuzzOptions): FuzzRun {
  const now = opts.now ?? (() => performance.now());
  const coverage = new BlockCoverage((url) => target.covers(url));
  const rng = new Rng(opts.seed);
  const mutator = new ByteMutator(rng, target.maxLen, target.dictionary ?? []);
  const seen = new Set<number>();
  /** Blocks reached, whatever their count bucket (feature / 16). */
  const seenBlocks = new Set<number>();
  const corpus: Uint8Array[] = [];
  let executions = 0;
  let newUnits = 0;
  const started = now();

  const exec = (input: Uint8Array): Finding | 'new' | 'old' => {
    opts.onInput?.(input, executions);
    coverage.take(); // drop whatever ran between executions
    executions++;
    try {
      target.run(input);
    } catch (e) {
      return { input, message: describeError(e) };
    }
    let added = false;
    for (const f of coverage.take()) {
      if (!seen.has(f)) {
        seen.add(f);
        seenBlocks.add(Math.floor(f / 16));
        added = true;
      }
    }
    return added ? 'new' : 'old';
  };

  const finish = (finding: Finding | undefined): FuzzRun => {
    coverage.close();
    return { executions, seconds: (now() - started) / 1000, corpus, newUnits, features: seen.size, finding };
  };

  try {
    for (const input of [...target.seeds(), ...(opts.initial ?? [])]) {
      const clipped = input.length > target.maxLen ? input.subarray(0, target.maxLen) : input;
      const r = exec(clipped);
      if (typeof r === 'object') return finish(r);
      if (r === 'new') corpus.push(clipped);
    }
    if (corpus.length === 0) corpus.push(new Uint8Array(0));
    const deadline = started + opts.seconds * 1000;
    while (now() < deadline) {
      // Mutants run in batches with one coverage read per batch: reading
      // coverage costs more than most executions. Only a batch that reached
      // a block never reached before is run again one input at a time to
      // find which inputs to keep (so count-bucket novelty alone is seen
      // only in those re-runs: a trade of guidance for speed).
      const batch: Uint8Array[] = [];
      for (let i = 0; i < batchSize; i++) batch.push(mutator.mutate(rng.pick(corpus), corpus.length > 1 ? rng.pick(corpus) : undefined));
      coverage.take();
      for (const input of batch) {
        opts.onInput?.(input, executions);
        executions++;
        try {
          target.run(input);
        } catch (e) {
          return finish({ input, message: describeError(e) });
        }
      }
      if (!coverage.take().some((f) => !seenBlocks.has(Math.floor(f / 16)))) continue;
      for (const input of batch) {
        const r = exec(input);
        if (typeof r === 'object') return finish(r);
        if (r === 'new') {
          corpus.push(input);
          newUnits++;
        }
      }
    }
    return finish(undefined);
  } finally {
    target.close?.();
  }
}
