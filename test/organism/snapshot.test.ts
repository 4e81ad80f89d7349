import blake3wasm from 'blake3-wasm';
import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { encodeCommand, OrganismMachine } from '../../src/organism/index.js';
import { applyKey, digestOf, machine, memberA, memberB, memberC, observe, retire, run } from './helpers.js';

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

/** A machine with something in every part of the state. */
function busyMachine(): OrganismMachine {
  const m = machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4 });
  const cmds: Uint8Array[] = [];
  // Gap-free per (member, stream): each record is its stream's next sequence.
  const cursors = new Map<string, number>();
  const seq = (member: string, stream = 'facts') => {
    const n = (cursors.get(member + stream) ?? 0) + 1;
    cursors.set(member + stream, n);
    return n;
  };
  for (let k = 1; k <= 10; k++) {
    cmds.push(observe(memberA, String(k), seq(memberA), k * 10), observe(memberB, String(k), seq(memberB, 'blocks'), k * 10, 'blocks'));
    if (k % 2 === 0) cmds.push(observe(memberC, String(k), seq(memberC), k * 10));
    cmds.push(applyKey(String(k), k * 10 + 100));
  }
  cmds.push(observe(memberA, '11', seq(memberA), 500), observe(memberC, '12', seq(memberC), 500));
  cmds.push(
    encodeCommand({ kind: 'attestation', record: { nodeId: '01'.repeat(32), mrtd: '02'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: digestOf(5), at: 7, verified: true, reason: '' } }),
  );
  cmds.push(retire(10_000, { fingerprint: '03'.repeat(32), endpoints: ['a:1', 'b:2'] }));
  const results = run(m, cmds);
  expect(results.filter((r) => r.kind === 'refused')).toEqual([]);
  return m;
}

function restoreError(m: OrganismMachine, data: Uint8Array): unknown {
  try {
    m.restore(data);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('organism snapshots', () => {
  it('round-trip the whole state: same bytes, same answers, same future', () => {
    const a = busyMachine();
    const snap = a.snapshot();
    const b = machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4 });
    b.restore(snap);
    expect(hex(b.snapshot())).toBe(hex(snap));
    expect(b.appliedIndex()).toBe(a.appliedIndex());
    expect(b.status()).toEqual(a.status());
    expect(b.status()).toMatchObject({ lastSequence: 10, factsComplete: 5, factsDegraded: 5, pendingSlots: 2, retired: true });
    expect(b.factsFrom(0, 100)).toEqual(a.factsFrom(0, 100));
    expect(b.scan(undefined, undefined, 100)).toEqual(a.scan(undefined, undefined, 100));
    expect(b.cursors()).toEqual(a.cursors());
    expect(b.retirement()).toEqual(a.retirement());
    expect(b.attestation('01'.repeat(32))).toEqual(a.attestation('01'.repeat(32)));
    expect(b.pendingKeys()).toEqual(['11', '12']);
    expect(b.applyCandidates(700)).toEqual(a.applyCandidates(700));
    // The pruned-key watermark survives too.
    const late = observe(memberA, '1', 12, 600); // memberA's next record (its cursor is 11)
    expect(run(a, [late])).toEqual(run(b, [late]));
    const more = [observe(memberB, '11', 1, 600), applyKey('11', 700), applyKey('12', 700)];
    expect(run(b, more)).toEqual(run(a, more));
    expect(hex(b.snapshot())).toBe(hex(a.snapshot()));
  });

  it('a fresh machine snapshots and restores too', () => {
    const a = machine();
    const b = machine();
    b.restore(a.snapshot());
    expect(hex(b.snapshot())).toBe(hex(a.snapshot()));
  });

  it('refuse any corrupt byte, any truncation, and leave the machine as it was', () => {
    const snap = busyMachine().snapshot();
    const target = machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4 });
    run(target, [observe(memberA, '99', 1)]);
    const before = hex(target.snapshot());
    for (let i = 0; i < snap.length; i += 7) {
      const bad = Uint8Array.from(snap);
      bad[i]! ^= 0x10;
      const e = restoreError(target, bad);
      expect(isTesseraError(e), `byte ${i}`).toBe(true);
      expect(['ORGANISM_SNAPSHOT_CORRUPT', 'ORGANISM_SNAPSHOT_VERSION']).toContain((e as { code: string }).code);
    }
    for (const n of [0, 3, 40, 68, snap.length - 1]) expect(isTesseraError(restoreError(target, snap.subarray(0, n)), 'ORGANISM_SNAPSHOT_CORRUPT')).toBe(true);
    expect(isTesseraError(restoreError(target, Uint8Array.from([...snap, 0])), 'ORGANISM_SNAPSHOT_CORRUPT')).toBe(true);
    expect(hex(target.snapshot())).toBe(before);
  });

  it('name the problem: magic, version, checksum', () => {
    const snap = machine().snapshot();
    const m = machine();
    const magic = Uint8Array.from(snap);
    magic[0] = 0;
    expect((restoreError(m, magic) as Error).message).toMatch(/bad magic/);
    const version = Uint8Array.from(snap);
    version[4] = 2;
    expect(restoreError(m, version)).toMatchObject({ code: 'ORGANISM_SNAPSHOT_VERSION', message: expect.stringMatching(/version 2/) });
    const body = Uint8Array.from(snap);
    body[50]! ^= 1;
    expect((restoreError(m, body) as Error).message).toMatch(/checksum mismatch/);
  });

  it('refuse inconsistent contents even under a valid checksum', () => {
    const snap = busyMachine().snapshot();
    const reseal = (body: Uint8Array): Uint8Array => Uint8Array.from([...body, ...blake3wasm.hash(Buffer.from(body))]);
    const body = snap.subarray(0, snap.length - 32);
    // lastSequence (u64 at offset 37 + 16) bumped: the counts no longer add up.
    const counts = Uint8Array.from(body);
    counts[37 + 16 + 7]! += 1;
    const e = restoreError(machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4 }), reseal(counts));
    expect(e).toMatchObject({ code: 'ORGANISM_SNAPSHOT_CORRUPT', message: expect.stringMatching(/fact counts do not add up/) });
    // Trailing bytes inside the sealed body.
    const trailing = restoreError(machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4 }), reseal(Uint8Array.from([...body, 0])));
    expect(trailing).toMatchObject({ code: 'ORGANISM_SNAPSHOT_CORRUPT', message: expect.stringMatching(/trailing/) });
  });

  it('refuse a snapshot made under other parameters', () => {
    const snap = busyMachine().snapshot();
    const others = [
      machine({ policy: 'stall', deadlineMs: 100, retainFacts: 4 }),
      machine({ policy: 'degrade', deadlineMs: 101, retainFacts: 4 }),
      machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 5 }),
      machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4, members: [memberA, memberB] }),
      machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4, keyKind: 'string' }),
      machine({ policy: 'degrade', deadlineMs: 100, retainFacts: 4, fold: { id: 'module:x', fn: () => Uint8Array.of(1) } }),
    ];
    for (const m of others) expect(isTesseraError(restoreError(m, snap), 'ORGANISM_SNAPSHOT_CONFIG_MISMATCH')).toBe(true);
  });
});
