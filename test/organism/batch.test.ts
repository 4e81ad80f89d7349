/**
 * ObserveBatch: its canonical encoding, and the rule that makes batching safe
 * to switch on: applying a batch is applying its Observes one after another
 * (same outcomes, same state, same snapshot bytes, same strict-evidence
 * pointers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { commandLimits, decodeCommand, encodeCommand, type ObserveCommand, type OrganismMachine, type OrganismResult } from '../../src/organism/index.js';
import { applyKey, digestOf, machine, memberA, memberB, memberC, one, retire, stranger } from './helpers.js';

const runs = Number(process.env['ORGANISM_PROPERTY_RUNS'] ?? 200);

function obs(member: string, key: string, sequence: number, observedAt = 1000, stream = 'facts', digest = digestOf(sequence)): ObserveCommand {
  return { kind: 'observe', evidence: { member, stream, sequence, digest }, key, observedAt };
}

function batch(list: readonly ObserveCommand[]): Uint8Array {
  return encodeCommand({ kind: 'observeBatch', observations: list });
}

/** Results without Error identity, for comparison. */
function plain(r: OrganismResult): unknown {
  if (r.kind === 'refused') return { kind: r.kind, code: r.error.code, message: r.error.message };
  if (r.kind === 'batch') return { kind: r.kind, results: r.results.map(plain) };
  return r;
}

describe('ObserveBatch encoding', () => {
  it('round-trips and is canonical (version byte, kind 6, count, observations)', () => {
    const list = [obs(memberA, '1', 1), obs(memberB, '1', 1, 1001, 'blocks'), obs(memberA, '2', 2, 1002)];
    const bytes = batch(list);
    expect([bytes[0], bytes[1]]).toEqual([1, 6]);
    expect(decodeCommand(bytes)).toEqual({ kind: 'observeBatch', observations: list });
    expect(encodeCommand(decodeCommand(bytes))).toEqual(bytes);
  });

  it('refuses empty, oversized, truncated and padded batches, naming the field', () => {
    expect(() => batch([])).toThrow(expect.objectContaining({ code: 'ORGANISM_COMMAND_INVALID', details: { field: 'observations' } }));
    const tooMany = Array.from({ length: commandLimits.observeBatchMax + 1 }, (_, i) => obs(memberA, String(i), i + 1));
    expect(() => batch(tooMany)).toThrow(/1 to 1024 observations/);
    expect(() => batch([obs(memberA, '1', 1), obs('zz', '1', 2)])).toThrow(/observations\[1\]\.evidence\.member/);
    const bytes = batch([obs(memberA, '1', 1), obs(memberA, '2', 2)]);
    expect(() => decodeCommand(bytes.subarray(0, bytes.length - 3))).toThrow(expect.objectContaining({ code: 'ORGANISM_COMMAND_MALFORMED' }));
    expect(() => decodeCommand(Uint8Array.from([...bytes, 0]))).toThrow(expect.objectContaining({ code: 'ORGANISM_COMMAND_MALFORMED' }));
    const zero = Uint8Array.of(1, 6, 0, 0, 0, 0);
    expect(() => decodeCommand(zero)).toThrow(/0 observations/);
  });

  it('a malformed batch is refused as a whole and changes nothing but the applied index', () => {
    const m = machine();
    const before = m.snapshot();
    const r = one(m, Uint8Array.of(1, 6, 0, 0, 0, 1, 7));
    expect(r).toMatchObject({ kind: 'refused', error: { code: 'ORGANISM_COMMAND_MALFORMED' } });
    expect(m.cursor(memberA, 'facts')).toBe(0);
    expect(m.snapshot().length).toBe(before.length);
  });
});

describe('ObserveBatch apply', () => {
  it('per-record outcomes: a refused record does not stop the rest; a later record of its stream meets the gap rule', () => {
    const m = machine();
    const r = one(
      m,
      batch([
        obs(memberA, '1', 1), // recorded
        obs(memberA, '1', 1), // duplicate evidence: ignored
        obs(stranger, '1', 1), // refused: not spanned
        obs(memberB, '1', 3), // refused: gap (cursor 0)
        obs(memberB, '1', 1), // recorded
        obs(memberC, '1', 1), // recorded: key ready
      ]),
    );
    expect(r.kind).toBe('batch');
    const results = r.kind === 'batch' ? r.results : [];
    expect(results.map((x) => (x.kind === 'refused' ? x.error.code : x.kind === 'ignored' ? x.code : x.kind))).toEqual([
      'observed',
      'DUPLICATE_EVIDENCE',
      'ORGANISM_UNKNOWN_MEMBER',
      'ORGANISM_EVIDENCE_GAP',
      'observed',
      'observed',
    ]);
    expect(results[5]).toMatchObject({ ready: true, observedBy: 3 });
    expect(m.cursor(memberB, 'facts')).toBe(1);
  });

  it('evidenceListOf: the pointers the batch would record, deciding each after the ones before it', () => {
    const m = machine();
    one(m, encodeCommand(obs(memberA, '1', 1)));
    const cmd = batch([obs(memberA, '1', 1), obs(memberA, '2', 2), obs(memberA, '2', 2), obs(memberA, '3', 4), obs(memberB, '2', 1)]);
    expect(m.evidenceListOf(cmd).map((p) => [p.member, p.sequence])).toEqual([
      [memberA, 2],
      [memberB, 1],
    ]);
    expect(m.evidenceOf(cmd)).toMatchObject({ member: memberA, sequence: 2 });
    expect(m.evidenceListOf(applyKey('1', 5))).toEqual([]);
    expect(m.evidenceListOf(Uint8Array.of(1, 6))).toEqual([]);
  });

  // A step: an observation (grouped into batches), an Apply, or a retirement.
  type Step = { readonly o: ObserveCommand; readonly cut: boolean } | { readonly other: Uint8Array };
  const memberArb = fc.constantFrom(memberA, memberB, memberC, stranger);
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record({
          member: memberArb,
          key: fc.integer({ min: 0, max: 5 }),
          seq: fc.integer({ min: 1, max: 6 }),
          at: fc.integer({ min: 0, max: 3000 }),
          stream: fc.constantFrom('facts', 'blocks'),
          digest: fc.integer({ min: 0, max: 2 }),
          cut: fc.boolean(),
        })
        .map((p) => ({ o: obs(p.member, String(p.key), p.seq, p.at, p.stream, digestOf(p.seq * 3 + p.digest)), cut: p.cut })),
    },
    { weight: 2, arbitrary: fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.integer({ min: 0, max: 3000 }) }).map((p) => ({ other: applyKey(String(p.key), p.at) })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 4000 }).map((t) => ({ other: retire(t) })) },
  );

  it('property: a batch is the sequence of its Observes (results, strict-evidence pointers, snapshot bytes)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), fc.constantFrom<'stall' | 'degrade'>('stall', 'degrade'), fc.integer({ min: 1, max: 4 }), (steps, policy, retainFacts) => {
        const singles = machine({ policy, deadlineMs: 500, retainFacts });
        const batched = machine({ policy, deadlineMs: 500, retainFacts });
        let index = 0;
        let group: ObserveCommand[] = [];
        const flush = (): void => {
          if (group.length === 0) return;
          const cmd = batch(group);
          const expectedPointers: unknown[] = [];
          const expectedResults: unknown[] = [];
          for (const o of group) {
            const single = encodeCommand(o);
            const p = singles.evidenceOf(single);
            if (p !== undefined) expectedPointers.push(p);
            expectedResults.push(plain(singles.apply(single, { index: ++index, term: 1 })));
          }
          expect(batched.evidenceListOf(cmd)).toEqual(expectedPointers);
          // The batch takes the index of its last single, so the applied indexes (and snapshots) line up.
          const r = batched.apply(cmd, { index, term: 1 });
          expect(plain(r)).toEqual({ kind: 'batch', results: expectedResults });
          group = [];
        };
        for (const step of steps) {
          if ('o' in step) {
            group.push(step.o);
            if (step.cut || group.length >= 8) flush();
            continue;
          }
          flush();
          index++;
          expect(plain(batched.apply(step.other, { index, term: 1 }))).toEqual(plain(singles.apply(step.other, { index, term: 1 })));
        }
        flush();
        expect(Buffer.from(batched.snapshot()).equals(Buffer.from(singles.snapshot()))).toBe(true);
        expect(batched.status()).toEqual(singles.status());
        expect(batched.cursors()).toEqual(singles.cursors());
      }),
      { numRuns: runs },
    );
  });

  it('a snapshot taken after batches restores to the same state on a fresh seat', () => {
    const m: OrganismMachine = machine();
    one(m, batch([obs(memberA, '1', 1), obs(memberB, '1', 1), obs(memberC, '1', 1), obs(memberA, '2', 2)]));
    one(m, applyKey('1', 2000));
    const copy = machine();
    copy.restore(m.snapshot());
    expect(Buffer.from(copy.snapshot()).equals(Buffer.from(m.snapshot()))).toBe(true);
    expect(copy.get('1')?.status).toBe('complete');
    expect(copy.pendingKeys()).toEqual(['2']);
  });
});
