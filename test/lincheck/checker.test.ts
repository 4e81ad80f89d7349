import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import {
  casRegisterModel,
  checkOperations,
  explainResult,
  kvModel,
  type CasRegisterInput,
  type CasRegisterOutput,
  type KvInput,
  type KvOutput,
  type Model,
  type Operation,
} from './index.js';

type CasOp = Operation<CasRegisterInput, CasRegisterOutput>;
type KvOp = Operation<KvInput, KvOutput>;

const pending = Infinity;

// Small builders: [call, return] intervals, the client id is the position.
const write = (value: number, call: number, ret: number, key?: string): CasOp => ({
  clientId: 0,
  input: { f: 'write', value, ...(key === undefined ? {} : { key }) },
  output: ret === pending ? { type: 'unknown' } : { type: 'ok' },
  call,
  return: ret,
});
const read = (value: number | null, call: number, ret: number, key?: string): CasOp => ({
  clientId: 0,
  input: { f: 'read', ...(key === undefined ? {} : { key }) },
  output: { type: 'ok', value },
  call,
  return: ret,
});
const cas = (from: number, to: number, result: 'ok' | 'fail' | 'unknown', call: number, ret: number): CasOp => ({
  clientId: 0,
  input: { f: 'cas', from, to },
  output: { type: result },
  call,
  return: ret,
});

const put = (key: string, value: string, call: number, ret: number): KvOp => ({
  clientId: 0,
  input: { f: 'put', key, value },
  output: ret === pending ? { type: 'unknown' } : { type: 'ok' },
  call,
  return: ret,
});
const append = (key: string, value: string, call: number, ret: number): KvOp => ({
  clientId: 0,
  input: { f: 'append', key, value },
  output: ret === pending ? { type: 'unknown' } : { type: 'ok' },
  call,
  return: ret,
});
const get = (key: string, value: string, call: number, ret: number): KvOp => ({ clientId: 0, input: { f: 'get', key }, output: { type: 'ok', value }, call, return: ret });

const verdictOf = <S, I, O>(model: Model<S, I, O>, ops: Operation<I, O>[]) => checkOperations(model, ops).verdict;

describe('lincheck: cas-register rules', () => {
  it('accepts an empty history and a sequential one', () => {
    expect(verdictOf(casRegisterModel, [])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [read(null, 0, 1), write(1, 2, 3), read(1, 4, 5), cas(1, 2, 'ok', 6, 7), read(2, 8, 9)])).toBe('linearizable');
  });

  it('rejects a stale read and names the prefix and the operation that cannot follow', () => {
    const ops = [write(1, 0, 1), write(2, 2, 3), read(1, 4, 5)];
    const r = checkOperations(casRegisterModel, ops);
    expect(r.verdict).toBe('not-linearizable');
    expect(r.failure).toEqual({ key: '', longestPrefix: [0, 1], stateAfterPrefix: '2', candidates: [2] });
    const text = explainResult(casRegisterModel, ops, r);
    expect(text).toContain('longest linearizable prefix has 2 of 3 operations');
    expect(text).toContain('read() -> 1');
  });

  it('rejects a read of a value never written', () => {
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), read(7, 2, 3)])).toBe('not-linearizable');
    expect(verdictOf(casRegisterModel, [read(1, 0, 1)])).toBe('not-linearizable');
  });

  it('orders concurrent writes either way, but one way for all later reads', () => {
    const both = [write(1, 0, 10), write(2, 1, 9)];
    expect(verdictOf(casRegisterModel, [...both, read(1, 11, 12)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [...both, read(2, 11, 12)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [...both, read(2, 11, 12), read(1, 13, 14)])).toBe('not-linearizable');
  });

  it('lets reads concurrent with a write see old or new, but never new then old', () => {
    const base = [write(1, 0, 1), write(2, 2, 10)];
    expect(verdictOf(casRegisterModel, [...base, read(1, 3, 4)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [...base, read(2, 3, 4)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [...base, read(1, 3, 4), read(2, 5, 6)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [...base, read(2, 3, 4), read(1, 5, 6)])).toBe('not-linearizable');
  });

  it('applies cas only when the register holds `from`, and a failed cas saw another value', () => {
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), cas(1, 2, 'ok', 2, 3), read(2, 4, 5)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), cas(5, 2, 'ok', 2, 3)])).toBe('not-linearizable');
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), cas(1, 2, 'ok', 2, 3), read(1, 4, 5)])).toBe('not-linearizable');
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), cas(5, 2, 'fail', 2, 3), read(1, 4, 5)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), cas(1, 2, 'fail', 2, 3)])).toBe('not-linearizable');
    // An absent register matches no value.
    expect(verdictOf(casRegisterModel, [cas(0, 1, 'ok', 0, 1)])).toBe('not-linearizable');
    expect(verdictOf(casRegisterModel, [cas(0, 1, 'fail', 0, 1), read(null, 2, 3)])).toBe('linearizable');
    // A failed cas concurrent with the write that made it fail may come after it.
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), write(2, 2, 10), cas(1, 3, 'fail', 3, 4), read(2, 11, 12)])).toBe('linearizable');
  });

  it('lets a pending operation take effect at any time after its call, or never', () => {
    // Never: every read sees nil.
    expect(verdictOf(casRegisterModel, [write(3, 0, pending), read(null, 1, 2), read(null, 5, 6)])).toBe('linearizable');
    // Late: nil first, then 3.
    expect(verdictOf(casRegisterModel, [write(3, 0, pending), read(null, 1, 2), read(3, 5, 6)])).toBe('linearizable');
    // But not before its call, and not undone once seen.
    expect(verdictOf(casRegisterModel, [read(3, 0, 1), write(3, 2, pending)])).toBe('not-linearizable');
    expect(verdictOf(casRegisterModel, [write(3, 0, pending), read(3, 1, 2), read(null, 5, 6)])).toBe('not-linearizable');
    // A pending cas applies only if it matches when it takes effect.
    const base = [write(1, 0, 1), cas(1, 2, 'unknown', 2, pending)];
    expect(verdictOf(casRegisterModel, [...base, read(2, 3, 4)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [...base, read(1, 3, 4), read(2, 5, 6)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [write(1, 0, 1), cas(5, 2, 'unknown', 2, pending), read(2, 3, 4)])).toBe('not-linearizable');
  });

  it('treats equal times as overlapping: a return at t does not precede a call at t', () => {
    expect(verdictOf(casRegisterModel, [write(1, 0, 5), read(null, 5, 6)])).toBe('linearizable');
    expect(verdictOf(casRegisterModel, [write(1, 0, 5), read(null, 6, 7)])).toBe('not-linearizable');
    // An instantaneous operation (call === return) is fine.
    expect(verdictOf(casRegisterModel, [write(1, 3, 3), read(1, 4, 4)])).toBe('linearizable');
  });

  it('checks each key as its own register', () => {
    const ops = [write(1, 0, 1, 'a'), write(2, 2, 3, 'b'), read(1, 4, 5, 'a'), read(2, 4, 5, 'b')];
    const ok = checkOperations(casRegisterModel, ops);
    expect(ok.verdict).toBe('linearizable');
    expect(ok.partitionCount).toBe(2);
    const bad = checkOperations(casRegisterModel, [...ops, read(1, 6, 7, 'b')]);
    expect(bad.verdict).toBe('not-linearizable');
    expect(bad.failure?.key).toBe('b');
  });

  it('refuses an ok read that carries no value', () => {
    const op: CasOp = { clientId: 0, input: { f: 'read' }, output: { type: 'ok' }, call: 0, return: 1 };
    expect(() => checkOperations(casRegisterModel, [op])).toThrow(/must carry the value/);
  });
});

describe('lincheck: kv rules', () => {
  it('reads a key never written as the empty string', () => {
    expect(verdictOf(kvModel, [get('k', '', 0, 1)])).toBe('linearizable');
    expect(verdictOf(kvModel, [append('k', 'a', 0, 1), get('k', '', 2, 3)])).toBe('not-linearizable');
  });

  it('appends in real-time order', () => {
    const seq = [append('k', 'a', 0, 1), append('k', 'b', 2, 3)];
    expect(verdictOf(kvModel, [...seq, get('k', 'ab', 4, 5)])).toBe('linearizable');
    expect(verdictOf(kvModel, [...seq, get('k', 'ba', 4, 5)])).toBe('not-linearizable');
    expect(verdictOf(kvModel, [...seq, get('k', 'a', 4, 5)])).toBe('not-linearizable');
  });

  it('orders concurrent appends either way, one way for all', () => {
    const conc = [append('k', 'a', 0, 5), append('k', 'b', 1, 4)];
    expect(verdictOf(kvModel, [...conc, get('k', 'ab', 6, 7)])).toBe('linearizable');
    expect(verdictOf(kvModel, [...conc, get('k', 'ba', 6, 7)])).toBe('linearizable');
    expect(verdictOf(kvModel, [...conc, get('k', 'ab', 6, 7), get('k', 'ba', 8, 9)])).toBe('not-linearizable');
    // A get during both may see a prefix: '', 'a', 'b', but not 'x'.
    expect(verdictOf(kvModel, [...conc, get('k', 'b', 2, 3)])).toBe('linearizable');
    expect(verdictOf(kvModel, [...conc, get('k', 'x', 2, 3)])).toBe('not-linearizable');
  });

  it('replaces the value on put', () => {
    expect(verdictOf(kvModel, [append('k', 'a', 0, 1), put('k', 'z', 2, 3), append('k', 'b', 4, 5), get('k', 'zb', 6, 7)])).toBe('linearizable');
    expect(verdictOf(kvModel, [append('k', 'a', 0, 1), put('k', 'z', 2, 3), get('k', 'az', 4, 5)])).toBe('not-linearizable');
  });

  it('lets a pending append take effect late or never, and a failed one never', () => {
    expect(verdictOf(kvModel, [append('k', 'a', 0, pending), get('k', '', 1, 2), get('k', 'a', 3, 4)])).toBe('linearizable');
    expect(verdictOf(kvModel, [append('k', 'a', 0, pending), get('k', '', 1, 2), get('k', '', 3, 4)])).toBe('linearizable');
    expect(verdictOf(kvModel, [append('k', 'a', 0, pending), get('k', 'a', 1, 2), get('k', '', 3, 4)])).toBe('not-linearizable');
    const failed: KvOp = { clientId: 0, input: { f: 'append', key: 'k', value: 'a' }, output: { type: 'fail' }, call: 0, return: 1 };
    expect(verdictOf(kvModel, [failed, get('k', '', 2, 3)])).toBe('linearizable');
    expect(verdictOf(kvModel, [failed, get('k', 'a', 2, 3)])).toBe('not-linearizable');
  });

  it('partitions by key, checks the smallest partitions first, and names the failing key', () => {
    const ops = [
      append('big', 'a', 0, 1),
      append('big', 'b', 2, 3),
      get('big', 'ab', 4, 5),
      append('small', 'x', 0, 1),
      get('small', 'y', 2, 3),
    ];
    const r = checkOperations(kvModel, ops);
    expect(r.verdict).toBe('not-linearizable');
    expect(r.partitionCount).toBe(2);
    // The failing partition was checked first and the check stopped there.
    expect(r.partitions.map((p) => [p.key, p.verdict])).toEqual([['small', 'not-linearizable']]);
    expect(r.failure).toMatchObject({ key: 'small', longestPrefix: [3], stateAfterPrefix: '"x"', candidates: [4] });
    expect(explainResult(kvModel, ops, r)).toContain('key "small": no linearization');
  });
});

/** Concurrent writes of distinct values, then a read of a value none wrote: the search must try every subset (no linearization exists). */
function hardHistory(writers: number): CasOp[] {
  const ops: CasOp[] = [];
  for (let v = 0; v < writers; v++) ops.push(write(v, v, 1000));
  ops.push(read(-1, 1001, 1002));
  return ops;
}

describe('lincheck: budgets', () => {
  it('solves a small hard history', () => {
    const r = checkOperations(casRegisterModel, hardHistory(10));
    expect(r.verdict).toBe('not-linearizable');
    // Every subset of writers, with each member last, was visited once.
    expect(r.partitions[0]!.cacheEntries).toBe(10 * 2 ** 9);
  });

  it('answers unknown when the time limit passes', () => {
    const r = checkOperations(casRegisterModel, hardHistory(24), { timeoutMs: 20 });
    expect(r.verdict).toBe('unknown');
    expect(r.partitions[0]).toMatchObject({ verdict: 'unknown', unknownReason: 'timeout' });
    expect(r.failure).toBeUndefined();
    // Stopped near the deadline, not at the end of a 24 * 2^23-state search.
    expect(r.elapsedMs).toBeLessThan(5000);
  });

  it('answers unknown when the memo reaches its bound', () => {
    const r = checkOperations(casRegisterModel, hardHistory(16), { cacheBytesMax: 64 * 1024 });
    expect(r.verdict).toBe('unknown');
    expect(r.partitions[0]).toMatchObject({ unknownReason: 'cache-limit' });
    // Far fewer than the 16 * 2^15 pairs the search would visit unbounded.
    expect(r.partitions[0]!.cacheEntries).toBeGreaterThan(0);
    expect(r.partitions[0]!.cacheEntries).toBeLessThan(64 * 1024);
  });

  it('still reports a violation found in another partition after one hit the memo bound', () => {
    const hard = hardHistory(16).map((op) => ({ ...op, input: { ...op.input, key: 'hard' } }) as CasOp);
    // More operations than 'hard', so checked after it.
    const easy = [write(1, 0, 1, 'easy'), ...Array.from({ length: 25 }, (_, i) => read(2, 2 + 2 * i, 3 + 2 * i, 'easy'))];
    const r = checkOperations(casRegisterModel, [...hard, ...easy], { cacheBytesMax: 64 * 1024 });
    expect(r.partitions.map((p) => [p.key, p.verdict])).toEqual([
      ['hard', 'unknown'],
      ['easy', 'not-linearizable'],
    ]);
    expect(r.verdict).toBe('not-linearizable');
  });

  it('refuses bad options', () => {
    expect(() => checkOperations(casRegisterModel, [], { timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => checkOperations(casRegisterModel, [], { cacheBytesMax: 0 })).toThrow(/cacheBytesMax/);
  });
});

describe('lincheck: history validation', () => {
  it('names the operation whose times make no sense', () => {
    const cases: [CasOp, RegExp][] = [
      [write(1, Number.NaN, 1), /operation 1: call time must be a finite number/],
      [write(1, 5, 4), /operation 1: return time must be a number >= call time 5/],
      [write(1, 5, Number.NaN), /operation 1: return time/],
      [write(1, -Infinity, 4), /operation 1: call time/],
    ];
    for (const [op, message] of cases) {
      let caught: unknown;
      try {
        checkOperations(casRegisterModel, [write(1, 0, 1), op]);
      } catch (e) {
        caught = e;
      }
      expect(isTesseraError(caught, 'LINCHECK_BAD_HISTORY'), String(caught)).toBe(true);
      expect((caught as Error).message).toMatch(message);
    }
  });

  it('refuses a model whose partitions do not cover each operation once', () => {
    const ops = [write(1, 0, 1), read(1, 2, 3)];
    const dropping = { ...casRegisterModel, partition: () => [{ key: 'x', indices: [0] }] };
    expect(() => checkOperations(dropping, ops)).toThrow(/operation 1 is in no partition/);
    const doubling = { ...casRegisterModel, partition: () => [{ key: 'x', indices: [0, 1] }, { key: 'y', indices: [1] }] };
    expect(() => checkOperations(doubling, ops)).toThrow(/partition 'y' lists operation 1 twice/);
    const outOfRange = { ...casRegisterModel, partition: () => [{ key: 'x', indices: [0, 1, 2] }] };
    expect(() => checkOperations(outOfRange, ops)).toThrow(/out of range/);
  });
});
