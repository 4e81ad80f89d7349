/**
 * ApplyBatch: its canonical encoding, and the rule that makes it safe for the
 * leader to use: applying a batch is applying `{ key, at }` for each of its
 * keys one after another (same outcomes, same state), except that every fact
 * it commits carries the batch entry's log index.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Fact } from '../../src/common/fact.js';
import { commandLimits, decodeCommand, encodeCommand, type OrganismMachine, type OrganismResult } from '../../src/organism/index.js';
import { applyKey, machine, memberA, memberB, memberC, observe, one, retire, stranger } from './helpers.js';

const runs = Number(process.env['ORGANISM_PROPERTY_RUNS'] ?? 200);

function applyBatch(keys: readonly string[], at: number): Uint8Array {
  return encodeCommand({ kind: 'applyBatch', keys, at });
}

/** A fact without its log index (the one field a batch sets differently from singles). */
function unindexed(f: Fact): unknown {
  const { index: _index, ...rest } = f;
  return rest;
}

/** Results without Error identity or fact index, for comparison. */
function plain(r: OrganismResult): unknown {
  if (r.kind === 'refused') return { kind: r.kind, code: r.error.code, message: r.error.message };
  if (r.kind === 'batch') return { kind: r.kind, results: r.results.map(plain) };
  if (r.kind === 'fact') return { kind: r.kind, fact: unindexed(r.fact) };
  return r;
}

describe('ApplyBatch encoding', () => {
  it('round-trips and is canonical (version byte, kind 7, at, count, keys)', () => {
    const bytes = applyBatch(['1', '22', '3'], 1234);
    expect([...bytes.subarray(0, 2)]).toEqual([1, 7]);
    // at as u64 big-endian, then the count.
    expect([...bytes.subarray(2, 14)]).toEqual([0, 0, 0, 0, 0, 0, 0x04, 0xd2, 0, 0, 0, 3]);
    expect(bytes.length).toBe(14 + 3 * 4 + 4);
    expect(decodeCommand(bytes)).toEqual({ kind: 'applyBatch', keys: ['1', '22', '3'], at: 1234 });
    expect(encodeCommand(decodeCommand(bytes))).toEqual(bytes);
  });

  it('refuses empty, oversized, truncated and padded batches, naming the field', () => {
    expect(() => applyBatch([], 1)).toThrow(expect.objectContaining({ code: 'ORGANISM_COMMAND_INVALID', details: { field: 'keys' } }));
    const tooMany = Array.from({ length: commandLimits.applyBatchMax + 1 }, (_, i) => String(i));
    expect(() => applyBatch(tooMany, 1)).toThrow(/1 to 1024 keys/);
    expect(() => applyBatch(['1', ''], 1)).toThrow(expect.objectContaining({ details: { field: 'keys[1]' } }));
    expect(() => applyBatch(['1'], -1)).toThrow(expect.objectContaining({ details: { field: 'at' } }));
    const bytes = applyBatch(['1', '2'], 5);
    for (let n = 2; n < bytes.length; n++) expect(() => decodeCommand(bytes.subarray(0, n))).toThrow(expect.objectContaining({ code: 'ORGANISM_COMMAND_MALFORMED' }));
    expect(() => decodeCommand(Uint8Array.from([...bytes, 0]))).toThrow(expect.objectContaining({ code: 'ORGANISM_COMMAND_MALFORMED' }));
    expect(() => decodeCommand(Uint8Array.of(1, 7, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0))).toThrow(/0 keys/);
    // An empty key inside (length 0).
    expect(() => decodeCommand(Uint8Array.of(1, 7, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 0))).toThrow(/keys\[0\]/);
  });

  it('a malformed batch is refused as a whole and commits nothing', () => {
    const m = machine();
    one(m, observe(memberA, '1', 1));
    one(m, observe(memberB, '1', 1));
    one(m, observe(memberC, '1', 1));
    const r = one(m, Uint8Array.of(1, 7, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 2, 0, 0, 0, 1, 0x31));
    expect(r).toMatchObject({ kind: 'refused', error: { code: 'ORGANISM_COMMAND_MALFORMED' } });
    expect(m.lastSequence()).toBe(0);
    expect(m.pendingKeys()).toEqual(['1']);
  });

  it('the old single Apply still decodes and applies beside it', () => {
    const m = machine();
    for (const k of ['1', '2']) for (const member of [memberA, memberB, memberC]) one(m, observe(member, k, Number(k)));
    expect(one(m, applyKey('1', 2000))).toMatchObject({ kind: 'fact', fact: { sequence: 1, key: '1' } });
    const r = one(m, applyBatch(['2', '1'], 2001));
    expect(plain(r)).toMatchObject({ kind: 'batch', results: [{ kind: 'fact', fact: { sequence: 2, key: '2', appliedAt: 2001 } }, { kind: 'ignored', code: 'KEY_ALREADY_APPLIED' }] });
    expect(m.get('2')?.index).toBe(m.appliedIndex());
  });
});

describe('ApplyBatch apply', () => {
  // A step: a single Observe, a group of keys to apply (as a batch, or as singles), or a retirement.
  type Step = { readonly member: string; readonly key: string; readonly seq: number | 'next'; readonly at: number } | { readonly keys: readonly string[]; readonly at: number } | { readonly other: Uint8Array };
  const memberArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(memberA, memberB, memberC) }, { weight: 1, arbitrary: fc.constant(stranger) });
  // 'x' is not a slot key: refused as invalid, inside a batch as alone.
  const keyArb = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 3 }).map(String) }, { weight: 1, arbitrary: fc.constant('x') });
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .record({
          member: memberArb,
          key: fc.integer({ min: 0, max: 3 }).map(String),
          // Mostly the stream's next record (so keys fill up and facts commit), sometimes any sequence (duplicates, gaps).
          seq: fc.oneof({ weight: 4, arbitrary: fc.constant<'next'>('next') }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }) }),
          at: fc.integer({ min: 0, max: 3000 }),
        }),
    },
    { weight: 4, arbitrary: fc.record({ keys: fc.array(keyArb, { minLength: 1, maxLength: 6 }), at: fc.integer({ min: 0, max: 4000 }) }) },
    // Mostly late enough that facts commit first; sometimes early (applies and observations after it refused).
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 8000 }).map((t) => ({ other: retire(t) })) },
  );

  function facts(m: OrganismMachine): unknown[] {
    return m.factsFrom(0, 1000).map(unindexed);
  }

  let factsTotal = 0;
  it('property: a batch is its Applies one after another (outcomes, facts, pending slots, cursors, clock)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 10, maxLength: 80, size: 'max' }), fc.constantFrom<'stall' | 'degrade'>('stall', 'degrade'), fc.integer({ min: 1, max: 4 }), (steps, policy, retainFacts) => {
        const params = { policy, deadlineMs: 500, retainFacts };
        const singles = machine(params);
        const batched = machine(params);
        const twin = machine(params);
        let index = 0;
        let factsSeen = 0;
        for (const step of steps) {
          if ('keys' in step) {
            const expected: unknown[] = [];
            for (const key of step.keys) expected.push(plain(singles.apply(applyKey(key, step.at), { index: ++index, term: 1 })));
            // The batch takes the index of its last single, so the applied indexes line up.
            const cmd = applyBatch(step.keys, step.at);
            const r = batched.apply(cmd, { index, term: 1 });
            expect(plain(r)).toEqual({ kind: 'batch', results: expected });
            twin.apply(cmd, { index, term: 1 });
            // Every fact the batch committed carries the batch's index.
            if (r.kind === 'batch') for (const x of r.results) if (x.kind === 'fact') expect(x.fact.index).toBe(index), factsSeen++;
            continue;
          }
          const cmd = 'other' in step ? step.other : observe(step.member, step.key, step.seq === 'next' ? singles.cursor(step.member, 'facts') + 1 : step.seq, step.at);
          index++;
          const want = plain(singles.apply(cmd, { index, term: 1 }));
          expect(plain(batched.apply(cmd, { index, term: 1 }))).toEqual(want);
          twin.apply(cmd, { index, term: 1 });
        }
        factsTotal += factsSeen;
        expect(facts(batched)).toEqual(facts(singles));
        expect(batched.status()).toEqual(singles.status());
        expect(batched.cursors()).toEqual(singles.cursors());
        expect(batched.pendingKeys()).toEqual(singles.pendingKeys());
        for (const k of singles.pendingKeys()) expect(batched.missingFor(k)).toEqual(singles.missingFor(k));
        expect(batched.retirementInEffect()).toBe(singles.retirementInEffect());
        expect(batched.applyCandidates(5000)).toEqual(singles.applyCandidates(5000));
        // Deterministic: the same commands give the same snapshot bytes; a restore reproduces them.
        const snap = batched.snapshot();
        expect(Buffer.from(twin.snapshot()).equals(Buffer.from(snap))).toBe(true);
        const restored = machine(params);
        restored.restore(snap);
        expect(Buffer.from(restored.snapshot()).equals(Buffer.from(snap))).toBe(true);
        // The index is a fixed-width field: only its value differs from the singles' snapshot.
        expect(snap.length).toBe(singles.snapshot().length);
      }),
      { numRuns: runs },
    );
    // The generator reaches the interesting case: batches that commit facts.
    expect(factsTotal).toBeGreaterThan(runs);
  });
});

describe('pointersOf (the strict-evidence fast path)', () => {
  it('names every pointer an Observe or ObserveBatch carries, a superset of evidenceListOf; nothing for other commands', () => {
    const m = machine();
    one(m, observe(memberA, '1', 1));
    const list = [1, 2, 2, 4].map((seq) => ({ kind: 'observe' as const, evidence: { member: memberA, stream: 'facts', sequence: seq, digest: new Uint8Array(32).fill(seq) }, key: String(seq), observedAt: 5 }));
    const cmd = encodeCommand({ kind: 'observeBatch', observations: list });
    expect(m.pointersOf(cmd).map((p) => p.sequence)).toEqual([1, 2, 2, 4]);
    // Recorded: only sequence 2 (1 is at the cursor, the second 2 a repeat, 4 a gap).
    expect(m.evidenceListOf(cmd).map((p) => p.sequence)).toEqual([2]);
    expect(m.pointersOf(observe(memberB, '1', 1))).toHaveLength(1);
    expect(m.pointersOf(applyKey('1', 5))).toEqual([]);
    expect(m.pointersOf(applyBatch(['1'], 5))).toEqual([]);
    expect(m.pointersOf(Uint8Array.of(1, 6, 0))).toEqual([]);
  });
});
