import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { encodeCommand, type Fact, type OrganismMachine, type OrganismParams } from '../../src/organism/index.js';
import { applyKey, digestOf, machine, memberA, memberB, memberC, members, observe, retire, run, stranger } from './helpers.js';

const runs = Number(process.env['ORGANISM_PROPERTY_RUNS'] ?? 200);
/** The full-size run (npm run test:organism-properties) takes minutes on a busy 2-core machine. */
const timeoutMs = Math.max(60_000, runs * 200);
const chunkRuns = 200;

/**
 * fc.assert in chunks of chunkRuns, yielding to the event loop between them:
 * one long synchronous run starves vitest's worker RPC ("Timeout calling
 * onTaskUpdate"). Each chunk has its own seed, printed by fast-check on failure.
 */
async function assertInChunks<T>(property: fc.IProperty<T>, total: number): Promise<void> {
  const seedBase = Math.floor(Math.random() * 2 ** 30);
  for (let done = 0, chunk = 0; done < total; done += chunkRuns, chunk++) {
    fc.assert(property, { numRuns: Math.min(chunkRuns, total - done), seed: seedBase + chunk });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

/** Any command, including duplicates by construction (small domains), strangers, retirements and garbage. */
interface ObserveParams {
  readonly member: string;
  readonly key: number;
  readonly seq: number;
  readonly at: number;
  readonly stream: string;
  /** Renumbered to its stream's next sequence (most observations are; the rest are repeats or gaps). */
  readonly next: boolean;
}

// Retire and Seal are rare: one early in a sequence ends its facts, and the
// outcome check below needs runs that commit facts.
const commandArb: fc.Arbitrary<Uint8Array | ObserveParams> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      member: fc.constantFrom(memberA, memberB, memberC, stranger),
      key: fc.integer({ min: 0, max: 6 }),
      seq: fc.integer({ min: 1, max: 4 }),
      at: fc.integer({ min: 0, max: 2000 }),
      stream: fc.constantFrom('facts', 'blocks'),
      next: fc.boolean(),
    }),
  },
  { weight: 6, arbitrary: fc.record({ key: fc.integer({ min: 0, max: 6 }), at: fc.integer({ min: 0, max: 3000 }) }).map((o) => applyKey(String(o.key), o.at)) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map((t) => retire(t)),
      fc.integer({ min: 0, max: 3500 }).map((at) => encodeCommand({ kind: 'seal', at })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ node: fc.constantFrom('01', '02'), at: fc.nat(100), verified: fc.boolean() }).map((o) =>
      encodeCommand({ kind: 'attestation', record: { nodeId: o.node.repeat(32), mrtd: '0a'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: digestOf(o.at), at: o.at, verified: o.verified, reason: o.verified ? '' : 'no' } }),
    ),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) },
);

/** Commands as bytes; observations flagged `next` get their stream's next sequence (gap-free), others keep theirs. */
const commandsArb: fc.Arbitrary<Uint8Array[]> = fc.array(commandArb, { maxLength: 120 }).map((items) => {
  const cursors = new Map<string, number>();
  return items.map((c) => {
    if (c instanceof Uint8Array) return c;
    let seq = c.seq;
    if (c.next) {
      seq = (cursors.get(c.member + c.stream) ?? 0) + 1;
      cursors.set(c.member + c.stream, seq);
    }
    return observe(c.member, String(c.key), seq, c.at, c.stream, digestOf(seq));
  });
});

const paramsArb: fc.Arbitrary<Partial<OrganismParams>> = fc.record({
  policy: fc.constantFrom('stall' as const, 'degrade' as const),
  deadlineMs: fc.constantFrom(0, 100, 1000),
  retainFacts: fc.constantFrom(2, 5, 1000),
});

function checkInvariants(m: OrganismMachine): void {
  const facts = m.factsFrom(0, Number.MAX_SAFE_INTEGER);
  // Gapless public sequence ending at lastSequence.
  facts.forEach((f, i) => expect(f.sequence).toBe(m.firstRetainedSequence() + i));
  if (facts.length > 0) expect(facts[facts.length - 1]!.sequence).toBe(m.lastSequence());
  const s = m.status();
  expect(s.factsComplete + s.factsDegraded).toBe(m.lastSequence());
  // One fact per key; no upstream record in two facts; evidence in member order; missing exactly the rest.
  const keys = new Set<string>();
  const records = new Set<string>();
  for (const f of facts) {
    expect(keys.has(f.key)).toBe(false);
    keys.add(f.key);
    for (const e of f.evidence) {
      const id = `${e.member}/${e.stream}/${e.sequence}`;
      expect(records.has(id)).toBe(false);
      records.add(id);
    }
    const evMembers = f.evidence.map((e) => e.member);
    expect(evMembers).toEqual([...evMembers].sort());
    expect([...evMembers, ...f.missing].sort()).toEqual([...members].sort());
    expect(f.status === 'complete').toBe(f.missing.length === 0);
  }
  for (const k of m.pendingKeys()) expect(keys.has(k)).toBe(false);
}

describe('organism determinism', () => {
  it('same commands give the same results and the same snapshot bytes on two instances; a restore mid-way converges', async () => {
    const seen = { facts: 0, degraded: 0, ignored: 0, retired: 0 };
    await assertInChunks(
      fc.property(paramsArb, commandsArb, fc.nat(), (params, cmds, cutSeed) => {
        const a = machine(params);
        const b = machine(params);
        const ra = run(a, cmds);
        const rb = run(b, cmds);
        expect(rb).toEqual(ra);
        seen.facts += a.lastSequence();
        seen.degraded += a.status().factsDegraded;
        seen.ignored += ra.filter((r) => r.kind === 'ignored').length;
        seen.retired += a.status().retired ? 1 : 0;
        expect(hex(b.snapshot())).toBe(hex(a.snapshot()));
        checkInvariants(a);
        // A new member restored from a snapshot taken mid-way, then fed the rest.
        const cut = cmds.length === 0 ? 0 : cutSeed % (cmds.length + 1);
        const c = machine(params);
        run(c, cmds.slice(0, cut));
        const d = machine(params);
        d.restore(c.snapshot());
        expect(run(d, cmds.slice(cut))).toEqual(ra.slice(cut));
        expect(hex(d.snapshot())).toBe(hex(a.snapshot()));
      }),
      runs,
    );
    // The generator reaches every kind of outcome (else the property would prove little).
    if (process.env['ORGANISM_OUTCOMES'] === '1') console.log(JSON.stringify(seen));
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);
  }, timeoutMs);

  it('facts do not depend on how the members’ streams interleave, nor on re-delivered duplicates', async () => {
    // Each member publishes a stream of records, one per key it observes, in sequence order.
    const streamsArb = fc.tuple(...members.map(() => fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 0 })));
    await assertInChunks(
      fc.property(streamsArb, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), fc.constantFrom('stall' as const, 'degrade' as const), (streams, orderA, orderB, policy) => {
        const perMember: Uint8Array[][] = streams.map((keys, mi) => keys.map((k, i) => observe(members[mi]!, String(k), i + 1, 0, 'facts', digestOf(mi * 16 + k))));
        /** Merges the members' streams by `choices`, repeating an already-delivered command now and then (a re-delivery). */
        const interleave = (choices: number[]): Uint8Array[] => {
          const next = perMember.map(() => 0);
          const out: Uint8Array[] = [];
          let c = 0;
          while (next.some((n, mi) => n < perMember[mi]!.length)) {
            const choice = choices[c++ % choices.length]! + c;
            const live = perMember.map((_, mi) => mi).filter((mi) => next[mi]! < perMember[mi]!.length);
            const mi = live[choice % live.length]!;
            out.push(perMember[mi]![next[mi]!++]!);
            if (choice % 5 === 0) out.push(out[choice % out.length]!);
          }
          return out;
        };
        const applies = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => applyKey(String(k), 10_000));
        // The Raft index differs with the number of re-deliveries; everything else must not.
        const factsOf = (order: number[]): Omit<Fact, 'index'>[] => {
          const m = machine({ policy, deadlineMs: 100 });
          run(m, [...interleave(order), ...applies]);
          checkInvariants(m);
          return m.factsFrom(0, 100).map(({ index: _index, ...rest }) => rest);
        };
        expect(factsOf(orderB)).toEqual(factsOf(orderA));
      }),
      runs,
    );
  }, timeoutMs);
});
