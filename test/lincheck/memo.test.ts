import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { Memo, OpSet } from './memo.js';

/** A random permutation of slots, with the first doneCount completed (as bitSlots in checker.ts assigns them). */
const setShape = fc
  .record({ n: fc.integer({ min: 1, max: 140 }), pendingFraction: fc.double({ min: 0, max: 0.5, noNaN: true }), seed: fc.integer() })
  .map(({ n, pendingFraction, seed }) => {
    const slots = Array.from({ length: n }, (_, i) => i);
    let s = seed >>> 0;
    for (let i = n - 1; i > 0; i--) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const j = s % (i + 1);
      [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    }
    return { slotOf: Int32Array.from(slots), doneCount: n - Math.floor(n * pendingFraction) };
  });

/** Adds the operations in slots [0, fill) first (as a search deep into a history has), so full words occur. */
function filled(slotOf: Int32Array, doneCount: number, fill: number): { set: OpSet; members: Set<number> } {
  const set = new OpSet(slotOf, doneCount);
  const members = new Set<number>();
  slotOf.forEach((slot, op) => {
    if (slot < fill) {
      set.add(op);
      members.add(op);
    }
  });
  return { set, members };
}

function expectInvariants(set: OpSet): void {
  const full = 0xffffffff;
  let lo = 0;
  while (lo < set.doneWords && set.words[lo] === full) lo++;
  let hi = set.doneWords;
  while (hi > 0 && set.words[hi - 1] === 0) hi--;
  expect([set.lo, set.hi]).toEqual([lo, hi]);
}

describe('lincheck: OpSet and Memo', () => {
  it('keeps lo, hi and the hash right through any adds and removes', () => {
    fc.assert(
      fc.property(setShape, fc.nat(), fc.array(fc.nat(), { maxLength: 200 }), ({ slotOf, doneCount }, fill, picks) => {
        const n = slotOf.length;
        const { set, members } = filled(slotOf, doneCount, fill % (n + 1));
        expectInvariants(set);
        for (const pick of picks) {
          const op = pick % n;
          if (members.has(op)) {
            set.remove(op);
            members.delete(op);
          } else {
            set.add(op);
            members.add(op);
          }
          expectInvariants(set);
        }
        // The hash depends on the members only: rebuild the same set in another order.
        const again = new OpSet(slotOf, doneCount);
        for (const op of [...members].reverse()) again.add(op);
        expect(again.hash).toBe(set.hash);
        expect(Array.from(again.words)).toEqual(Array.from(set.words));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a (set, state) pair again exactly when it was inserted before', () => {
    fc.assert(
      fc.property(setShape, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 })), { maxLength: 200 }), ({ slotOf, doneCount }, fill, moves) => {
        const n = slotOf.length;
        const { set, members } = filled(slotOf, doneCount, fill % (n + 1));
        const memo = new Memo<number>((a, b) => a === b, 1 << 30);
        const inserted = new Set<string>();
        for (const [pick, state] of moves) {
          const op = pick % n;
          if (members.has(op)) {
            set.remove(op);
            members.delete(op);
          } else {
            set.add(op);
            members.add(op);
          }
          const id = `${[...members].sort((a, b) => a - b).join(',')}|${state}`;
          // A deliberately useless key (0 for every pair), so the comparisons, not the hash, must tell pairs apart.
          const got = memo.insert(0, set, state);
          expect(got).toBe(inserted.has(id) ? 'present' : 'added');
          inserted.add(id);
        }
        expect(memo.count).toBe(inserted.size);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an entry past its byte bound and says so', () => {
    const set = new OpSet(Int32Array.from([0, 1, 2]), 3);
    const memo = new Memo<number>((a, b) => a === b, 100);
    let last = '';
    for (let state = 0; state < 10 && last !== 'full'; state++) last = memo.insert(set.hash, set, state);
    expect(last).toBe('full');
    expect(memo.bytes).toBeLessThanOrEqual(100);
    expect(memo.count).toBeGreaterThan(0);
  });
});
