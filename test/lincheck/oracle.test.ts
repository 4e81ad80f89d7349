// The checker against the definition: on small random histories its verdict
// equals that of a brute-force search over every order of the operations
// that respects real time (a.return < b.call puts a first).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { casRegisterModel, checkOperations, kvModel, type CasRegisterInput, type CasRegisterOutput, type CasRegisterState, type KvInput, type KvOutput, type Model, type Operation, type PartitionFailure } from './index.js';

/**
 * Checks a failure's explanation: longestPrefix is a valid partial
 * linearization (the model accepts it in order, and no operation left out
 * returned before one in it was called), stateAfterPrefix is where it leads,
 * and every candidate is left out.
 */
function expectValidFailure<S, I, O>(model: Model<S, I, O>, ops: readonly Operation<I, O>[], failure: PartitionFailure): void {
  let state = model.init();
  const rejected: number[] = [];
  // Real time within the prefix: nothing placed after an operation returned before that operation was called.
  const outOfOrder: number[] = [];
  let latestCall = -Infinity;
  for (const i of failure.longestPrefix) {
    const r = model.step(state, ops[i]!.input, ops[i]!.output);
    if (!r.ok) rejected.push(i);
    state = r.newState;
    if (ops[i]!.return < latestCall) outOfOrder.push(i);
    latestCall = Math.max(latestCall, ops[i]!.call);
  }
  expect(rejected).toEqual([]);
  expect(outOfOrder).toEqual([]);
  expect(model.describeState(state)).toBe(failure.stateAfterPrefix);
  // Real time across the cut: no operation left out returned before one in the prefix was called.
  const inPrefix = new Set(failure.longestPrefix);
  let earliestReturnLeftOut = Infinity;
  for (let j = 0; j < ops.length; j++) if (!inPrefix.has(j)) earliestReturnLeftOut = Math.min(earliestReturnLeftOut, ops[j]!.return);
  expect(earliestReturnLeftOut).toBeGreaterThanOrEqual(latestCall);
  expect(failure.candidates.filter((c) => inPrefix.has(c))).toEqual([]);
}

/**
 * Every order respecting real time, tried against the model, each pending
 * operation either placed or dropped (keep n <= 7).
 */
function bruteForceLinearizable<S, I, O>(model: Model<S, I, O>, ops: readonly Operation<I, O>[]): boolean {
  const n = ops.length;
  const used = new Array<boolean>(n).fill(false);
  const search = (state: S, placed: number): boolean => {
    if (placed === n) return true;
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      // i may come next only if no unplaced operation returned before i was called.
      let blocked = false;
      for (let j = 0; j < n && !blocked; j++) blocked = !used[j] && j !== i && ops[j]!.return < ops[i]!.call;
      if (blocked) continue;
      used[i] = true;
      // A pending operation may also never take effect: drop it.
      const dropped = ops[i]!.return === Infinity && search(state, placed + 1);
      const r = model.step(state, ops[i]!.input, ops[i]!.output);
      const found = dropped || (r.ok && search(r.newState, placed + 1));
      used[i] = false;
      if (found) return true;
    }
    return false;
  };
  return search(model.init(), 0);
}

interface RawOp {
  call: number;
  duration: number;
  pending: boolean;
  /** Where in [call, return] it takes effect, as a fraction; pending operations may never (>= 1). */
  at: number;
  kind: number;
  a: number;
  b: number;
  /** Replace the true output with a wrong one. */
  corrupt: boolean;
}

const rawOps = fc.array(
  fc.record({
    call: fc.integer({ min: 0, max: 12 }),
    duration: fc.integer({ min: 0, max: 8 }),
    pending: fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
    at: fc.double({ min: 0, max: 1.3, noNaN: true }),
    kind: fc.integer({ min: 0, max: 2 }),
    a: fc.integer({ min: 0, max: 2 }),
    b: fc.integer({ min: 0, max: 2 }),
    corrupt: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
  }),
  { minLength: 1, maxLength: 7 },
);

/**
 * Builds a register history from a real execution (each operation applied
 * at its effect point, outputs as observed), then corrupts some outputs, so
 * both verdicts are common.
 */
function casHistory(raw: RawOp[]): Operation<CasRegisterInput, CasRegisterOutput>[] {
  const ops = raw.map((r) => {
    const input: CasRegisterInput = r.kind === 0 ? { f: 'read' } : r.kind === 1 ? { f: 'write', value: r.a } : { f: 'cas', from: r.a, to: r.b };
    const ret = r.pending ? Infinity : r.call + r.duration;
    const effect = r.pending ? (r.at >= 1 ? Infinity : r.call + r.at * 8) : r.call + Math.min(r.at, 1) * r.duration;
    return { op: { clientId: 0, input, output: { type: 'unknown' } as CasRegisterOutput, call: r.call, return: ret }, effect, corrupt: r.corrupt };
  });
  let state: CasRegisterState = null;
  for (const x of [...ops].sort((p, q) => p.effect - q.effect)) {
    if (x.effect === Infinity) continue;
    const input = x.op.input;
    let output: CasRegisterOutput;
    if (input.f === 'read') output = { type: 'ok', value: state };
    else if (input.f === 'write') {
      state = input.value;
      output = { type: 'ok' };
    } else if (state === input.from) {
      state = input.to;
      output = { type: 'ok' };
    } else output = { type: 'fail' };
    if (x.op.return !== Infinity) x.op.output = output;
  }
  for (const x of ops) {
    if (!x.corrupt || x.op.return === Infinity) continue;
    const out = x.op.output;
    if (out.type === 'ok' && x.op.input.f === 'read') x.op.output = { type: 'ok', value: out.value === 1 ? 2 : 1 };
    else if (x.op.input.f === 'cas') x.op.output = { type: out.type === 'ok' ? 'fail' : 'ok' };
  }
  return ops.map((x) => x.op);
}

function kvHistory(raw: RawOp[]): Operation<KvInput, KvOutput>[] {
  const letters = ['a', 'b', 'c'];
  const ops = raw.map((r, i) => {
    const input: KvInput = r.kind === 0 ? { f: 'get', key: 'k' } : r.kind === 1 ? { f: 'append', key: 'k', value: letters[r.a]! + i } : { f: 'put', key: 'k', value: letters[r.b]! };
    const ret = r.pending ? Infinity : r.call + r.duration;
    const effect = r.pending ? (r.at >= 1 ? Infinity : r.call + r.at * 8) : r.call + Math.min(r.at, 1) * r.duration;
    // Gets ignore b: use it to corrupt them more often than r.corrupt alone would.
    return { op: { clientId: 0, input, output: { type: 'unknown' } as KvOutput, call: r.call, return: ret }, effect, corrupt: r.corrupt || r.b === 0 };
  });
  let value = '';
  const earlier: string[] = [];
  for (const x of [...ops].sort((p, q) => p.effect - q.effect)) {
    if (x.effect === Infinity) continue;
    const input = x.op.input;
    if (input.f === 'get') {
      // A corrupt get reads a stale value (or, with none, one never written).
      const seen = x.corrupt ? (earlier.length > 0 ? earlier[earlier.length - 1]! : value + 'z') : value;
      if (x.op.return !== Infinity) x.op.output = { type: 'ok', value: seen };
      continue;
    }
    earlier.push(value);
    value = input.f === 'put' ? input.value : value + input.value;
    if (x.op.return !== Infinity) x.op.output = { type: 'ok' };
  }
  return ops.map((x) => x.op);
}

describe('lincheck: agrees with brute force on small random histories', () => {
  it('cas-register', () => {
    const seen = { linearizable: 0, 'not-linearizable': 0 };
    fc.assert(
      fc.property(rawOps, (raw) => {
        const ops = casHistory(raw);
        const expected = bruteForceLinearizable(casRegisterModel, ops) ? 'linearizable' : 'not-linearizable';
        seen[expected]++;
        const r = checkOperations(casRegisterModel, ops);
        expect(r.verdict).toBe(expected);
        if (r.failure) expectValidFailure(casRegisterModel, ops, r.failure);
      }),
      { numRuns: 3000 },
    );
    // Both verdicts were exercised in earnest.
    expect(seen.linearizable).toBeGreaterThan(300);
    expect(seen['not-linearizable']).toBeGreaterThan(300);
  });

  it('kv', () => {
    const seen = { linearizable: 0, 'not-linearizable': 0 };
    fc.assert(
      fc.property(rawOps, (raw) => {
        const ops = kvHistory(raw);
        const expected = bruteForceLinearizable(kvModel, ops) ? 'linearizable' : 'not-linearizable';
        seen[expected]++;
        const r = checkOperations(kvModel, ops);
        expect(r.verdict).toBe(expected);
        if (r.failure) expectValidFailure(kvModel, ops, r.failure);
      }),
      { numRuns: 3000 },
    );
    expect(seen.linearizable).toBeGreaterThan(300);
    expect(seen['not-linearizable']).toBeGreaterThan(300);
  });
});

/**
 * A long register history from a real execution: `clients` clients issuing
 * operations back to back, each taking effect at a random point of its
 * interval. A fraction `pendingRate` times out instead (return Infinity):
 * half of those take effect anyway, half never. Seeded, so the same history
 * every run.
 */
function longRegisterHistory(n: number, clients: number, seed: number, pendingRate = 0): Operation<CasRegisterInput, CasRegisterOutput>[] {
  let s = seed >>> 0;
  const random = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const free = new Array<number>(clients).fill(0);
  const made: { op: Operation<CasRegisterInput, CasRegisterOutput>; effect: number }[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(random() * clients);
    const call = free[c]! + random() * 3;
    const duration = random() * 10;
    const timedOut = random() < pendingRate;
    const ret = timedOut ? Infinity : call + duration;
    // A client that timed out moves on (Jepsen gives it a new process; here it keeps its id).
    free[c] = call + duration;
    const r = random();
    const v = Math.floor(random() * 5);
    const input: CasRegisterInput = r < 0.5 ? { f: 'read' } : r < 0.8 ? { f: 'write', value: v } : { f: 'cas', from: v, to: Math.floor(random() * 5) };
    const effect = timedOut && random() < 0.5 ? Infinity : call + random() * duration;
    made.push({ op: { clientId: c, input, output: { type: 'unknown' }, call, return: ret }, effect });
  }
  let state: CasRegisterState = null;
  for (const { op, effect } of [...made].sort((a, b) => a.effect - b.effect)) {
    if (effect === Infinity) continue;
    const input = op.input;
    // A timed-out operation took effect but its client saw nothing: its output stays unknown.
    if (op.return === Infinity) {
      if (input.f === 'write') state = input.value;
      else if (input.f === 'cas' && state === input.from) state = input.to;
      continue;
    }
    if (input.f === 'read') op.output = { type: 'ok', value: state };
    else if (input.f === 'write') {
      state = input.value;
      op.output = { type: 'ok' };
    } else if (state === input.from) {
      state = input.to;
      op.output = { type: 'ok' };
    } else op.output = { type: 'fail' };
  }
  return made.map((m) => m.op).sort((a, b) => a.call - b.call);
}

describe('lincheck: long histories', () => {
  it('checks a 20000-operation register history, and finds one stale read planted near its end', () => {
    const ops = longRegisterHistory(20_000, 8, 7);
    expect(checkOperations(casRegisterModel, ops).verdict).toBe('linearizable');
    // Plant a value no write produced in a read near the end.
    const victim = ops.findIndex((op, i) => i > 19_000 && op.input.f === 'read');
    const bad = ops.map((op, i) => (i === victim ? { ...op, output: { type: 'ok', value: 99 } as CasRegisterOutput } : op));
    const r = checkOperations(casRegisterModel, bad);
    expect(r.verdict).toBe('not-linearizable');
    expectValidFailure(casRegisterModel, bad, r.failure!);
    // The search got as far as the planted read before failing.
    expect(r.failure!.longestPrefix.length).toBeGreaterThan(18_000);
    expect(r.failure!.candidates).toContain(victim);
  });

  it('checks a 20000-operation register history where 5% of the operations timed out, some taking effect', () => {
    const ops = longRegisterHistory(20_000, 8, 11, 0.05);
    expect(ops.filter((op) => op.return === Infinity).length).toBeGreaterThan(800);
    const r = checkOperations(casRegisterModel, ops);
    expect(r.verdict).toBe('linearizable');
    // Pending operations tried in call order: ~18 steps per operation here; trying them last took over 1000 (testing.md).
    console.log(`lincheck: 20000 operations, 5% pending: ${r.partitions[0]!.steps} steps, ${r.elapsedMs.toFixed(0)} ms`);
  });
});
