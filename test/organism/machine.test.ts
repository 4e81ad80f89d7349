import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { encodeCommand, merkleFold, OrganismMachine, organismParamsFromConfig, type Fact } from '../../src/organism/index.js';
import { applyKey, digestOf, machine, memberA, memberB, memberC, members, observe, one, refusalCode, retire, run, stranger } from './helpers.js';

function fact(r: ReturnType<typeof one>): Fact {
  if (r.kind !== 'fact') throw new Error(`expected a fact, got ${JSON.stringify(r)}`);
  return r.fact;
}

describe('OrganismMachine: observe and apply', () => {
  it('commits a complete fact once every spanned member observed the key, with canonical evidence order', () => {
    const m = machine();
    const results = run(m, [observe(memberC, '10', 1, 100), observe(memberA, '10', 1, 120), observe(memberB, '10', 1, 130)]);
    expect(results.map((r) => r.kind)).toEqual(['observed', 'observed', 'observed']);
    expect(results[2]).toMatchObject({ kind: 'observed', observedBy: 3, ready: true });
    expect(results[0]).toMatchObject({ observedBy: 1, ready: false });
    expect(m.applyCandidates(130)).toEqual(['10']);
    const f = fact(one(m, applyKey('10', 140)));
    expect(f).toMatchObject({ sequence: 1, key: '10', status: 'complete', missing: [], appliedAt: 140, index: 4 });
    expect(f.evidence.map((e) => e.member)).toEqual([memberA, memberB, memberC]);
    expect(f.evidence.map((e) => e.member === memberA ? e.sequence : 0)).toEqual([1, 0, 0]);
    expect(m.get('10')).toEqual(f);
    expect(m.lastSequence()).toBe(1);
    expect(m.pendingKeys()).toEqual([]);
    expect(m.status()).toMatchObject({ factsComplete: 1, factsDegraded: 0, pendingSlots: 0, appliedIndex: 4 });
  });

  it('policy stall: no fact while a member is missing, however late the Apply', () => {
    const m = machine({ policy: 'stall' });
    run(m, [observe(memberA, '1', 1, 0), observe(memberB, '1', 1, 0)]);
    expect(m.applyCandidates(1_000_000)).toEqual([]);
    const r = one(m, applyKey('1', 1_000_000));
    expect(refusalCode(r)).toBe('ORGANISM_APPLY_STALLED');
    expect(r.kind === 'refused' && r.error.message).toContain(memberC);
    expect(m.get('1')).toBeUndefined();
    expect(m.missingFor('1')).toEqual([memberC]);
    // The member comes back: the fact completes.
    one(m, observe(memberC, '1', 1, 2_000_000));
    expect(m.applyCandidates(2_000_000)).toEqual(['1']);
    expect(fact(one(m, applyKey('1', 2_000_001))).status).toBe('complete');
  });

  it('policy degrade: a degraded fact naming the missing members at the deadline, not before', () => {
    const m = machine({ policy: 'degrade', deadlineMs: 5000 });
    run(m, [observe(memberC, '7', 1, 1000), observe(memberA, '7', 1, 3000)]);
    expect(m.applyCandidates(5999)).toEqual([]);
    expect(m.applyCandidates(6000)).toEqual(['7']); // deadline runs from the first observation (1000)
    const early = one(m, applyKey('7', 5999));
    expect(refusalCode(early)).toBe('ORGANISM_DEADLINE_NOT_REACHED');
    const f = fact(one(m, applyKey('7', 6000)));
    expect(f).toMatchObject({ status: 'degraded', missing: [memberB], sequence: 1 });
    expect(f.evidence.map((e) => e.member)).toEqual([memberA, memberC]);
    expect(m.status()).toMatchObject({ factsComplete: 0, factsDegraded: 1 });
    // The late member's observation is ignored, but its cursor moves on.
    const late = one(m, observe(memberB, '7', 1, 7000));
    expect(late).toMatchObject({ kind: 'ignored', code: 'KEY_ALREADY_APPLIED' });
    expect(m.cursor(memberB, 'facts')).toBe(1);
    expect(m.get('7')?.status).toBe('degraded');
  });

  it('applies each evidence pointer at most once; a member observes a key once', () => {
    const m = machine();
    run(m, [observe(memberA, '0', 1), observe(memberA, '0', 2)]);
    expect(one(m, observe(memberA, '1', 3)).kind).toBe('observed');
    const snap = m.snapshot();
    expect(one(m, observe(memberA, '1', 3))).toMatchObject({ kind: 'ignored', code: 'DUPLICATE_EVIDENCE' });
    // Same pointer cited for another key: still the same record, still a duplicate.
    expect(one(m, observe(memberA, '2', 3))).toMatchObject({ kind: 'ignored', code: 'DUPLICATE_EVIDENCE' });
    expect(one(m, observe(memberA, '1', 2))).toMatchObject({ kind: 'ignored', code: 'DUPLICATE_EVIDENCE' });
    expect(m.pendingKeys()).toEqual(['0', '1']);
    // Ignored commands change nothing but the applied index.
    const other = machine();
    other.restore(snap);
    run(other, [Uint8Array.of(0), Uint8Array.of(0), Uint8Array.of(0)]); // three refusals: only the applied index moves
    expect(Buffer.from(other.snapshot()).equals(Buffer.from(m.snapshot()))).toBe(true);
    // A second record of the same key by the same member: ignored, cursor advances.
    expect(one(m, observe(memberA, '1', 4))).toMatchObject({ kind: 'ignored', code: 'KEY_ALREADY_OBSERVED' });
    expect(m.cursor(memberA, 'facts')).toBe(4);
    expect(m.missingFor('1')).toEqual([memberB, memberC]);
    // Cursors are per stream.
    expect(one(m, observe(memberA, '2', 1, 1000, 'other')).kind).toBe('observed');
    expect(m.cursor(memberA, 'other')).toBe(1);
    expect(m.cursors()).toEqual([
      { member: memberA, stream: 'facts', sequence: 4 },
      { member: memberA, stream: 'other', sequence: 1 },
    ]);
  });

  it('is gap-free: an Observe above cursor + 1 is refused and moves nothing (the leader re-reads from the cursor)', () => {
    const m = machine();
    const first = one(m, observe(memberA, '1', 2));
    expect(refusalCode(first)).toBe('ORGANISM_EVIDENCE_GAP');
    expect(first.kind === 'refused' && first.error.message).toContain('next expected is 1');
    expect(m.cursor(memberA, 'facts')).toBe(0);
    expect(m.evidenceOf(observe(memberA, '1', 2))).toBeUndefined();
    run(m, [observe(memberA, '1', 1), observe(memberA, '2', 2)]);
    const skip = one(m, observe(memberA, '4', 4));
    expect(skip).toMatchObject({ kind: 'refused' });
    expect(skip.kind === 'refused' && skip.error.details).toMatchObject({ member: memberA, stream: 'facts', sequence: 4, expected: 3 });
    expect(m.cursor(memberA, 'facts')).toBe(2);
    expect(m.pendingKeys()).toEqual(['1', '2']);
    expect(one(m, observe(memberA, '3', 3)).kind).toBe('observed');
  });

  it('refuses a pointer that cites a known record with another digest', () => {
    const m = machine();
    one(m, observe(memberA, '1', 1, 0, 'facts', digestOf(1)));
    const r = one(m, observe(memberA, '1', 1, 0, 'facts', digestOf(2)));
    expect(refusalCode(r)).toBe('ORGANISM_EVIDENCE_CONFLICT');
  });

  it('refuses observations of members it does not span, and invalid keys', () => {
    const m = machine();
    const r = one(m, observe(stranger, '1', 1));
    expect(refusalCode(r)).toBe('ORGANISM_UNKNOWN_MEMBER');
    expect(r.kind === 'refused' && r.error.message).toContain(stranger);
    expect(m.cursor(stranger, 'facts')).toBe(0);
    expect(refusalCode(one(m, observe(memberA, '01', 1)))).toBe('ORGANISM_KEY_INVALID');
    expect(refusalCode(one(m, observe(memberA, '18446744073709551616', 1)))).toBe('ORGANISM_KEY_INVALID');
    expect(refusalCode(one(m, applyKey('abc', 1)))).toBe('ORGANISM_KEY_INVALID');
    expect(refusalCode(one(m, applyKey('5', 1)))).toBe('ORGANISM_KEY_NOT_OBSERVED');
    expect(m.status()).toMatchObject({ pendingSlots: 0, lastSequence: 0, appliedIndex: 5 });
  });

  it('refuses garbage command bytes in the result, never by throwing', () => {
    const m = machine();
    for (const bytes of [Uint8Array.of(), Uint8Array.of(1), Uint8Array.of(7, 1), Uint8Array.of(1, 200), observe(memberA, '1', 1).subarray(0, 20)]) {
      const r = one(m, bytes);
      expect(r.kind).toBe('refused');
      expect(['ORGANISM_COMMAND_MALFORMED', 'ORGANISM_COMMAND_VERSION']).toContain(refusalCode(r));
    }
    expect(m.appliedIndex()).toBe(5);
    expect(m.status().pendingSlots).toBe(0);
  });

  it('throws on an index that does not increase (a seat bug, not a command problem)', () => {
    const m = machine();
    m.apply(observe(memberA, '1', 1), { index: 5, term: 1 });
    expect(() => m.apply(observe(memberA, '2', 2), { index: 5, term: 1 })).toThrow(/indexes must increase/);
  });

  it('a second Apply of a key is ignored and sequences stay gapless', () => {
    const m = machine({ members: [memberA] });
    const seqs: number[] = [];
    for (let k = 1; k <= 5; k++) {
      one(m, observe(memberA, String(k), k));
      seqs.push(fact(one(m, applyKey(String(k), k))).sequence);
      expect(one(m, applyKey(String(k), k + 1))).toMatchObject({ kind: 'ignored', code: 'KEY_ALREADY_APPLIED' });
    }
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect(m.factsFrom(2, 2).map((f) => f.sequence)).toEqual([2, 3]);
    expect(m.factsFrom(0, 100).map((f) => f.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(m.factsFrom(6, 100)).toEqual([]);
  });

  it('a fold that throws or returns no bytes is refused deterministically and the slot stays pending', () => {
    let calls = 0;
    const m = machine({
      members: [memberA],
      fold: {
        id: 'test-fold',
        fn: (input) => {
          calls++;
          if (input.key === '1') throw new Error('boom');
          if (input.key === '2') return 'nope' as unknown as Uint8Array;
          return Uint8Array.of(1);
        },
      },
    });
    run(m, [observe(memberA, '1', 1), observe(memberA, '2', 2), observe(memberA, '3', 3)]);
    const r1 = one(m, applyKey('1', 5));
    expect(refusalCode(r1)).toBe('ORGANISM_FOLD_FAILED');
    expect(r1.kind === 'refused' && r1.error.message).toContain('boom');
    expect(refusalCode(one(m, applyKey('2', 5)))).toBe('ORGANISM_FOLD_FAILED');
    expect(fact(one(m, applyKey('3', 5))).sequence).toBe(1);
    expect(m.pendingKeys()).toEqual(['1', '2']);
    expect(calls).toBe(3);
  });

  it('queries hand out copies: mutating a returned fact does not change the state', () => {
    const m = machine({ members: [memberA] });
    one(m, observe(memberA, '1', 1));
    const f = fact(one(m, applyKey('1', 1)));
    const before = m.snapshot();
    f.digest.fill(0);
    m.get('1')!.digest.fill(0);
    m.get('1')!.evidence[0]!.digest.fill(0);
    m.factsFrom(1, 1)[0]!.digest.fill(0);
    expect(Buffer.from(m.snapshot()).equals(Buffer.from(before))).toBe(true);
  });
});

describe('OrganismMachine: queries', () => {
  it('scan returns facts in numeric slot order with [from, to) bounds and a limit', () => {
    const m = machine({ members: [memberA] });
    const keys = ['100', '9', '20', '3', '18446744073709551615', '0'];
    keys.forEach((k, i) => run(m, [observe(memberA, k, i + 1), applyKey(k, i)]));
    expect(m.scan(undefined, undefined, 100).map((f) => f.key)).toEqual(['0', '3', '9', '20', '100', '18446744073709551615']);
    expect(m.scan('3', '100', 100).map((f) => f.key)).toEqual(['3', '9', '20']);
    expect(m.scan('4', undefined, 2).map((f) => f.key)).toEqual(['9', '20']);
    expect(m.scan(undefined, '0', 10)).toEqual([]);
    expect(() => m.scan('x', undefined, 1)).toThrow(/fromKey/);
    expect(() => m.scan(undefined, undefined, -1)).toThrow(/limit/);
  });

  it('string keys order by UTF-8 bytes', () => {
    const m = machine({ members: [memberA], keyKind: 'string' });
    const keys = ['b', 'a', '\uffff', '\u{10000}', 'ab', 'é'];
    keys.forEach((k, i) => run(m, [observe(memberA, k, i + 1), applyKey(k, i)]));
    expect(m.scan(undefined, undefined, 10).map((f) => f.key)).toEqual(['a', 'ab', 'b', 'é', '\uffff', '\u{10000}']);
    expect(one(m, observe(memberA, 'x'.repeat(256), keys.length + 1)).kind).toBe('observed');
  });

  it('applyCandidates lists ready keys and (degrade) keys past their deadline, in key order, with a limit', () => {
    const m = machine({ policy: 'degrade', deadlineMs: 100 });
    run(m, [observe(memberA, '30', 1, 0), observe(memberA, '4', 2, 50), ...members.map((mb) => observe(mb, '20', mb === memberA ? 3 : 1, 60))]);
    expect(m.applyCandidates(60)).toEqual(['20']);
    expect(m.applyCandidates(100)).toEqual(['20', '30']);
    expect(m.applyCandidates(150)).toEqual(['4', '20', '30']);
    expect(m.applyCandidates(150, 2)).toEqual(['4', '20']);
    expect(m.pendingKeys()).toEqual(['4', '20', '30']);
  });

  it('keeps the latest attestation record per node id', () => {
    const m = machine();
    const rec = { nodeId: '12'.repeat(32), mrtd: '34'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: digestOf(1), at: 10, verified: true, reason: '' };
    expect(one(m, encodeCommand({ kind: 'attestation', record: rec }))).toMatchObject({ kind: 'attested' });
    one(m, encodeCommand({ kind: 'attestation', record: { ...rec, at: 20, verified: false, tcbStatus: 'OutOfDate', reason: 'TCB OutOfDate' } }));
    expect(m.attestation('12'.repeat(32))).toMatchObject({ at: 20, verified: false, reason: 'TCB OutOfDate' });
    expect(m.attestation('13'.repeat(32))).toBeUndefined();
  });

  it('builds its parameters from a seat config (members sorted; policy, deadline, key kind)', () => {
    const params = organismParamsFromConfig(
      { members: [{ stableId: memberB }, { stableId: memberA }], apply: { policy: 'degrade', deadlineMs: 250, keyKind: 'string' } },
      merkleFold,
    );
    const m = new OrganismMachine(params);
    expect(m.members).toEqual([memberA, memberB]);
    run(m, [observe(memberA, 'k', 1, 0)]);
    expect(m.applyCandidates(250)).toEqual(['k']);
  });

  it('refuses bad parameters at construction', () => {
    const bad = [{ members: [] }, { members: ['AA'.repeat(32)] }, { members: [memberA, memberA] }, { policy: 'maybe' as 'stall' }, { deadlineMs: -1 }, { retainFacts: 0 }];
    for (const p of bad) {
      let thrown: unknown;
      try {
        machine(p);
      } catch (e) {
        thrown = e;
      }
      expect(isTesseraError(thrown, 'ORGANISM_PARAMS_INVALID'), JSON.stringify(p)).toBe(true);
    }
  });
});

describe('OrganismMachine: retirement', () => {
  it('no fact after effectiveAt; queries expose the retirement', () => {
    const m = machine({ members: [memberA] });
    run(m, [observe(memberA, '1', 1, 100), observe(memberA, '2', 2, 100), observe(memberA, '3', 3, 100)]);
    fact(one(m, applyKey('1', 150)));
    const replacement = { fingerprint: 'ef'.repeat(32), endpoints: ['10.0.0.9:7401'] };
    expect(one(m, retire(200, replacement))).toEqual({ kind: 'retired', retirement: { effectiveAt: 200, replacement }, inEffect: false });
    expect(m.retirement()).toEqual({ effectiveAt: 200, replacement });
    expect(m.status().retired).toBe(true);
    // Up to effectiveAt facts may still commit; after it, none.
    expect(fact(one(m, applyKey('2', 200))).sequence).toBe(2);
    expect(refusalCode(one(m, applyKey('3', 201)))).toBe('ORGANISM_RETIRED');
    expect(m.applyCandidates(201)).toEqual([]);
    expect(refusalCode(one(m, observe(memberA, '4', 4, 201)))).toBe('ORGANISM_RETIRED');
    expect(refusalCode(one(m, retire(300)))).toBe('ORGANISM_ALREADY_RETIRED');
    expect(m.lastSequence()).toBe(2);
    expect(m.get('1')?.sequence).toBe(1);
  });

  it("uses the machine's clock: a later Apply stamped with an earlier time cannot slip in after retirement", () => {
    const m = machine({ members: [memberA] });
    run(m, [observe(memberA, '1', 1, 100), observe(memberA, '2', 2, 500)]);
    one(m, retire(300));
    expect(refusalCode(one(m, applyKey('1', 250)))).toBe('ORGANISM_RETIRED'); // the clock already reads 500
  });

  it('a retirement ahead of its effectiveAt takes effect at the first Seal stamped after it; facts up to it still commit', () => {
    const m = machine({ members: [memberA] });
    run(m, [observe(memberA, '1', 1, 100), observe(memberA, '2', 2, 150)]);
    expect(one(m, retire(300))).toMatchObject({ kind: 'retired', inEffect: false });
    expect(m.retirementInEffect()).toBe(false);
    expect(m.status()).toMatchObject({ retired: true, retirementInEffect: false });
    // Not yet: a Seal stamped at or before effectiveAt is refused and changes nothing.
    expect(refusalCode(one(m, encodeCommand({ kind: 'seal', at: 300 })))).toBe('ORGANISM_SEAL_EARLY');
    expect(fact(one(m, applyKey('1', 290))).sequence).toBe(1);
    expect(fact(one(m, applyKey('2', 300))).sequence).toBe(2);
    expect(one(m, encodeCommand({ kind: 'seal', at: 301 }))).toEqual({ kind: 'sealed', retirement: { effectiveAt: 300 }, lastSequence: 2 });
    expect(m.retirementInEffect()).toBe(true);
    expect(m.status().retirementInEffect).toBe(true);
    // Sealed: nothing more, whatever its stamp; a second Seal is a benign repeat.
    run(m, [observe(memberA, '3', 3, 250)]);
    expect(refusalCode(one(m, applyKey('3', 250)))).toBe('ORGANISM_RETIRED');
    expect(one(m, encodeCommand({ kind: 'seal', at: 900 }))).toMatchObject({ kind: 'ignored', code: 'RETIREMENT_ALREADY_SEALED' });
    expect(m.lastSequence()).toBe(2);
    // In effect survives a snapshot (it is a function of the clock, which the snapshot holds).
    const copy = machine({ members: [memberA] });
    copy.restore(m.snapshot());
    expect(copy.retirementInEffect()).toBe(true);
  });

  it('Seal without a retirement is refused; a Retire dated before the clock is in effect at once', () => {
    const m = machine({ members: [memberA] });
    expect(refusalCode(one(m, encodeCommand({ kind: 'seal', at: 5 })))).toBe('ORGANISM_NOT_RETIRED');
    run(m, [observe(memberA, '1', 1, 500)]);
    expect(one(m, retire(400))).toMatchObject({ kind: 'retired', inEffect: true });
    expect(m.retirementInEffect()).toBe(true);
  });

  it('refuses a retirement dated before the last fact', () => {
    const m = machine({ members: [memberA] });
    run(m, [observe(memberA, '1', 1, 100), applyKey('1', 400)]);
    expect(refusalCode(one(m, retire(399)))).toBe('ORGANISM_RETIRE_BEFORE_LAST_FACT');
    expect(m.retirement()).toBeUndefined();
    expect(one(m, retire(400)).kind).toBe('retired');
  });
});

describe('OrganismMachine: strict evidence mode', () => {
  it('evidenceOf names the pointer to resolve only when the machine would record it', () => {
    const m = machine();
    const cmd = observe(memberA, '1', 1, 0, 'facts', digestOf(9));
    expect(m.evidenceOf(cmd)).toEqual({ member: memberA, stream: 'facts', sequence: 1, digest: digestOf(9) });
    one(m, cmd);
    expect(m.evidenceOf(cmd)).toBeUndefined(); // a duplicate needs no upstream check
    expect(m.evidenceOf(observe(stranger, '1', 1))).toBeUndefined();
    expect(m.evidenceOf(applyKey('1', 1))).toBeUndefined();
    expect(m.evidenceOf(Uint8Array.of(1, 1, 2))).toBeUndefined();
    expect(m.evidenceOf(observe(memberB, '1', 1))).toMatchObject({ member: memberB, sequence: 1 });
  });
});

describe('OrganismMachine: retention', () => {
  it('prunes old facts from memory in batches while the sequence stays gapless', () => {
    const m = machine({ members: [memberA], retainFacts: 8 });
    for (let k = 1; k <= 30; k++) run(m, [observe(memberA, String(k), k, k), applyKey(String(k), k)]);
    expect(m.lastSequence()).toBe(30);
    const held = m.status().retainedFacts;
    expect(held).toBeGreaterThanOrEqual(8);
    expect(held).toBeLessThan(8 + 1 + 1); // batch = ceil(8 / 8) = 1
    expect(m.firstRetainedSequence()).toBe(30 - held + 1);
    expect(m.firstSequence()).toBe(30 - held + 1);
    expect(machine().firstSequence()).toBe(0);
    expect(machine().firstRetainedSequence()).toBe(1);
    expect(m.get('1')).toBeUndefined();
    expect(m.get('30')?.sequence).toBe(30);
    // factsFrom below the retained window starts at the first retained fact (the caller sees the jump).
    expect(m.factsFrom(1, 3).map((f) => f.sequence)).toEqual([m.firstRetainedSequence(), m.firstRetainedSequence() + 1, m.firstRetainedSequence() + 2]);
    expect(m.status()).toMatchObject({ factsComplete: 30, lastSequence: 30 });
    // A late observation of a pruned key opens no second fact for it.
    expect(one(m, observe(memberA, '2', 31, 40))).toMatchObject({ kind: 'ignored', code: 'KEY_PRUNED' });
    expect(m.pendingKeys()).toEqual([]);
    // Keys above the pruned ones are fine.
    expect(one(m, observe(memberA, '31', 32, 40)).kind).toBe('observed');
  });
});
