/**
 * A new leader and the degrade deadline: one OrganismHost on a fake
 * single-seat "committee" that has just become leader, with state a previous
 * leader committed (alpha observed key 1000, beta's record of it not yet
 * observed) and the deadline already passed. Two demo upstreams over real
 * gRPC; beta's connection is held or refused by the test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectSurface, type ConnectUpstream, type UpstreamDriverOptions } from '../../src/driver/index.js';
import { OrganismHost, type HostEvent } from '../../src/node/index.js';
import type { Seat } from '../../src/node/seat.js';
import { encodeCommand, merkleFold, OrganismMachine, type OrganismResult } from '../../src/organism/index.js';
import { Role } from '../../src/raft/index.js';
import { DemoUpstream, demoUpstreamIdentity, factsStream, recordDigest } from '../../src/surface/index.js';
import { refusingClient, spanned, until } from '../driver/helpers.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const deadlineMs = 300;
const graceMs = 2_000;
const firstObservedAt = 1_800_000_000_000;

/** The part of Seat the host uses: always the leader of term 2, committing each proposal at once. */
class LeaderSeat {
  index = 1; // entry 1: the previous leader's Observe
  readonly fatal = undefined;
  readonly applyHeldAt = undefined;
  constructor(readonly host: OrganismHost) {}
  status(): { role: Role; term: number; leader: number; removed: boolean; members: [] } {
    return { role: Role.Leader, term: 2, leader: 1, removed: false, members: [] };
  }
  resumeApply(): void {}
  async propose(command: Uint8Array): Promise<OrganismResult> {
    await Promise.resolve();
    return this.host.machine.apply(command, { index: ++this.index, term: 2 });
  }
}

interface Failover {
  readonly a: DemoUpstream;
  readonly b: DemoUpstream;
  readonly machine: OrganismMachine;
  readonly host: OrganismHost;
  readonly events: HostEvent[];
  /** The leader's clock (the host's `now`); starts past key 1000's deadline. */
  readonly clock: { t: number };
}

async function failover(connectBeta: (real: ConnectUpstream) => ConnectUpstream, driver: Partial<UpstreamDriverOptions> = {}): Promise<Failover> {
  const a = await DemoUpstream.start({ name: 'alpha', slotMs: 50 });
  cleanup.push(() => a.close());
  const b = await DemoUpstream.start({ name: 'beta', slotMs: 50 });
  cleanup.push(() => b.close());
  const recordA = a.publishSlot(1000);
  b.publishSlot(1000);
  const machine = new OrganismMachine({ members: [a.identity.stableId, b.identity.stableId], policy: 'degrade', deadlineMs, keyKind: 'slot', fold: merkleFold });
  const events: HostEvent[] = [];
  const beta = connectBeta(connectSurface);
  const connect: ConnectUpstream = (endpoint, fingerprint, options) => (endpoint === b.endpoint ? beta : connectSurface)(endpoint, fingerprint, options);
  const clock = { t: firstObservedAt + deadlineMs + 5_000 };
  const host = new OrganismHost({
    machine,
    identity: demoUpstreamIdentity('failover', 'test'),
    members: [spanned('alpha', a.identity, [a.endpoint]), spanned('beta', b.identity, [b.endpoint])],
    now: () => clock.t,
    intervalMs: 10,
    catchUpGraceMs: graceMs,
    driver: { connect, backoff: { baseMs: 10, capMs: 30, darkAfterAttempts: 1000 }, connectTimeoutMs: 1000, ...driver },
    onEvent: (e) => events.push(e),
  });
  // Committed under the previous leader: alpha's record of key 1000; beta's was still to be read.
  host.machine.apply(
    encodeCommand({ kind: 'observe', evidence: { member: a.identity.stableId, stream: factsStream, sequence: 1, digest: recordDigest(recordA) }, key: '1000', observedAt: firstObservedAt }),
    { index: 1, term: 1 },
  );
  expect(machine.missingFor('1000')).toEqual([b.identity.stableId]);
  host.start(new LeaderSeat(host) as unknown as Seat); // a fake with only what the host calls
  cleanup.push(() => host.stop());
  return { a, b, machine, host, events, clock };
}

/** Let the host tick for a while (its interval is 10 ms). */
const ticks = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('OrganismHost: a new leader and deadline Applies', () => {
  it('holds a degraded Apply until its driver has read the missing member; the fact is then complete', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    // Beta's Status waits for the gate: the new leader has not re-read beta yet.
    const f = await failover((real) => (endpoint, fingerprint, options) => {
      const c = real(endpoint, fingerprint, options);
      return { status: async () => (await gate, c.status()), subscribe: (from) => c.subscribe(from), close: () => c.close() };
    });
    cleanup.push(() => open()); // runs before host.stop: a held Status would keep the driver from stopping
    await until(() => f.host.leading, 'the host leading');
    await ticks();
    // Before the fix the first tick proposed Apply at once: a degraded fact missing beta.
    expect(f.machine.lastSequence()).toBe(0);
    expect(f.machine.applyCandidates(f.clock.t)).toEqual(['1000']); // the deadline did pass: the host held it
    open();
    await until(() => f.machine.lastSequence() === 1, 'the fact for key 1000');
    const fact = f.machine.get('1000')!;
    expect(fact.status).toBe('complete');
    expect(fact.missing).toEqual([]);
    expect(fact.evidence.map((e) => e.member).sort()).toEqual([f.a.identity.stableId, f.b.identity.stableId].sort());
  });

  it('a member that cannot be reached still gives a degraded fact once the grace has passed', async () => {
    const f = await failover(() => (endpoint) => refusingClient(endpoint));
    await until(() => f.events.filter((e) => e.type === 'driver' && e.event.type === 'attempt-failed').length >= 3, 'beta failing');
    await ticks();
    expect(f.machine.lastSequence()).toBe(0);
    f.clock.t += graceMs;
    await until(() => f.machine.lastSequence() === 1, 'the degraded fact');
    const fact = f.machine.get('1000')!;
    expect(fact.status).toBe('degraded');
    expect(fact.missing).toEqual([f.b.identity.stableId]);
  });

  it('a member reported dark gives its degraded fact without waiting for the grace', async () => {
    const f = await failover(() => (endpoint) => refusingClient(endpoint), { backoff: { baseMs: 10, capMs: 30, darkAfterAttempts: 3 } });
    await until(() => f.machine.lastSequence() === 1, 'the degraded fact');
    expect(f.events.some((e) => e.type === 'driver' && e.event.type === 'dark' && e.event.member === 'beta')).toBe(true);
    expect(f.machine.get('1000')!.status).toBe('degraded');
  });

  it('refuses a bad catchUpGraceMs', () => {
    const machine = new OrganismMachine({ members: ['00'.repeat(32)], policy: 'degrade', deadlineMs: 0, keyKind: 'slot', fold: merkleFold });
    for (const catchUpGraceMs of [-1, 1.5]) {
      expect(() => new OrganismHost({ machine, identity: demoUpstreamIdentity('failover', 'test'), members: [], catchUpGraceMs })).toThrow(/catchUpGraceMs must be a non-negative integer/);
    }
  });
});
