/**
 * OrganismHost end to end in one process: 3 seats (InMemoryNetwork,
 * MemoryStorage, OrganismMachine through OrganismHost) spanning 2 demo
 * upstreams served over real gRPC on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/common/fact.js';
import type { ApplyPolicy } from '../../src/organism/index.js';
import { OrganismCommittee } from '../../src/demo/committee.js';
import { EvidenceResolver } from '../../src/driver/index.js';
import { OrganismHost, type HostEvent } from '../../src/node/index.js';
import { OrganismMachine, merkleFold } from '../../src/organism/index.js';
import type { NodeId } from '../../src/raft/index.js';
import { DemoUpstream, SurfaceClient, demoUpstreamIdentity, recordDigest, startSurfaceServer, type SubscribeEvent } from '../../src/surface/index.js';
import { spanned, until } from '../driver/helpers.js';
import { InMemoryNetwork } from './memory-transport.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const identity = demoUpstreamIdentity('pipeline', 'test');

interface Pipeline {
  readonly a: DemoUpstream;
  readonly b: DemoUpstream;
  readonly committee: OrganismCommittee;
  readonly events: { seat: number; event: HostEvent }[];
  /** Publishes the next slot on both upstreams at once (a shared slot clock). */
  readonly publishBoth: () => number;
}

async function pipeline(policy: ApplyPolicy, opts: { deadlineMs?: number; intervalMs?: number; strict?: boolean } = {}): Promise<Pipeline> {
  const a = await DemoUpstream.start({ name: 'alpha', slotMs: 50 });
  cleanup.push(() => a.close());
  const b = await DemoUpstream.start({ name: 'beta', slotMs: 50 });
  cleanup.push(() => b.close());
  const network = new InMemoryNetwork();
  const events: { seat: number; event: HostEvent }[] = [];
  const committee = await OrganismCommittee.start({
    identity,
    members: [spanned('alpha', a.identity, [a.endpoint]), spanned('beta', b.identity, [b.endpoint])],
    policy,
    deadlineMs: opts.deadlineMs ?? 300,
    seats: 3,
    transport: (id: NodeId) => network.transport(id),
    host: {
      intervalMs: opts.intervalMs ?? 20,
      driver: { backoff: { baseMs: 20, capMs: 100, darkAfterAttempts: 3 }, connectTimeoutMs: 1000 },
      ...(opts.strict === true ? { evidence: { resolver: new EvidenceResolver({ members: [spanned('alpha', a.identity, [a.endpoint]), spanned('beta', b.identity, [b.endpoint])], callTimeoutMs: 1000 }) } } : {}),
    },
    onEvent: (seat, event) => events.push({ seat, event }),
  });
  cleanup.push(() => committee.stop());
  let slot = 1000;
  return {
    a,
    b,
    committee,
    events,
    publishBoth: () => {
      a.publishSlot(slot);
      b.publishSlot(slot);
      return slot++;
    },
  };
}

/** Publishes a slot on both every `ms` until cleanup. */
function slotClock(p: Pipeline, ms: number): { stop: () => void } {
  const t = setInterval(() => p.publishBoth(), ms);
  const stop = () => clearInterval(t);
  cleanup.push(stop);
  return { stop };
}

function allFacts(p: Pipeline, seat: number): Fact[] {
  const m = p.committee.seat(seat).machine;
  return m.factsFrom(1, m.lastSequence() + 1);
}

async function leaderOf(p: Pipeline, exclude?: number): Promise<number> {
  let id = 0;
  await until(() => {
    const l = p.committee.leader();
    id = l?.id ?? 0;
    return l !== undefined && l.id !== exclude && l.host.leading;
  }, 'a leader running its driver');
  return id;
}

describe('OrganismHost: a committee spanning two demo upstreams', () => {
  it('commits complete facts with evidence from both members, the same on every seat', async () => {
    const p = await pipeline('stall');
    await leaderOf(p);
    for (let k = 0; k < 6; k++) p.publishBoth();
    await until(() => [1, 2, 3].every((s) => p.committee.seat(s).machine.lastSequence() >= 6), '6 facts on every seat');
    const facts = allFacts(p, 1);
    expect(facts.map((f) => f.key)).toEqual(['1000', '1001', '1002', '1003', '1004', '1005']);
    for (const f of facts) {
      expect(f.status).toBe('complete');
      expect(f.missing).toEqual([]);
      expect(f.evidence.map((e) => e.member).sort()).toEqual([p.a.identity.stableId, p.b.identity.stableId].sort());
      for (const e of f.evidence) {
        const up = e.member === p.a.identity.stableId ? p.a : p.b;
        const record = up.source.factsFrom(e.sequence, 1)[0]!;
        expect(record.key).toBe(f.key);
        expect(Buffer.from(e.digest).equals(recordDigest(record))).toBe(true);
      }
    }
    const plain = (fs: Fact[]) => fs.map((f) => [f.sequence, f.key, Buffer.from(f.digest).toString('hex'), f.index]);
    expect(plain(allFacts(p, 2))).toEqual(plain(facts));
    expect(plain(allFacts(p, 3))).toEqual(plain(facts));
    const leader = p.committee.leader()!;
    const reports = leader.host.memberReports();
    expect(reports.map((r) => [r.name, r.state, r.dark])).toEqual([
      ['alpha', 'subscribed', false],
      ['beta', 'subscribed', false],
    ]);
  });

  it('proposes Apply as soon as the Observes that complete a key commit, in batches, not on the host tick', async () => {
    // A 5 s tick: the leader's driver starts at a tick, so the next one is ~5 s away while we wait (3 s at most).
    const p = await pipeline('stall', { intervalMs: 5000 });
    await leaderOf(p);
    const published = Date.now();
    for (let k = 0; k < 40; k++) p.publishBoth();
    await until(() => [1, 2, 3].every((s) => p.committee.seat(s).machine.lastSequence() >= 40), '40 facts on every seat', 3000);
    expect(Date.now() - published).toBeLessThan(3000);
    const facts = allFacts(p, 1);
    expect(facts.map((f) => f.key)).toEqual(Array.from({ length: 40 }, (_, i) => String(1000 + i)));
    for (const f of facts) expect(f.status).toBe('complete');
    // Several keys per Apply entry (ApplyBatch): fewer distinct entry indexes than facts.
    expect(new Set(facts.map((f) => f.index)).size).toBeLessThan(facts.length);
    // No Apply was refused or repeated: nothing pending, no proposal failures.
    expect(p.committee.seat(1).machine.pendingKeys()).toEqual([]);
    expect(p.events.filter((e) => e.event.type === 'proposal-failed')).toEqual([]);
  });

  it('policy degrade: a dark upstream gives degraded facts naming it', async () => {
    const p = await pipeline('degrade', { deadlineMs: 200 });
    await p.b.goDark();
    await leaderOf(p);
    slotClock(p, 50);
    await until(() => p.committee.seat(1).machine.status().factsDegraded >= 3, '3 degraded facts', 15_000);
    const facts = allFacts(p, 1);
    for (const f of facts) {
      expect(f.status).toBe('degraded');
      expect(f.missing).toEqual([p.b.identity.stableId]);
      expect(f.evidence.map((e) => e.member)).toEqual([p.a.identity.stableId]);
    }
    await until(() => p.events.some((e) => e.event.type === 'driver' && e.event.event.type === 'dark' && e.event.event.member === 'beta'), 'beta reported dark');
    const beta = p.committee.leader()!.host.memberReports().find((r) => r.name === 'beta')!;
    expect(beta.dark).toBe(true);
    expect(beta.upstreamPeers).toBe(0);
  });

  it('policy stall: a dark upstream gives no fact at all', async () => {
    const p = await pipeline('stall', { deadlineMs: 100 });
    await p.b.goDark();
    await leaderOf(p);
    const clock = slotClock(p, 50);
    const m = p.committee.seat(1).machine;
    await until(() => m.pendingKeys().length >= 8, '8 keys observed by alpha only');
    // Well past every deadline: still nothing committed, and the leader sees nothing to apply.
    await new Promise((r) => setTimeout(r, 600));
    expect(m.lastSequence()).toBe(0);
    expect(m.missingFor(m.pendingKeys()[0]!)).toEqual([p.b.identity.stableId]);
    expect(p.committee.leader()!.machine.applyCandidates(Date.now())).toEqual([]);
    // When beta comes back, the stalled keys complete.
    clock.stop();
    await p.b.resume();
    await until(() => m.pendingKeys().length === 0 && m.lastSequence() > 0, 'the stalled keys applied', 15_000);
    expect(allFacts(p, 1).every((f) => f.status === 'complete')).toBe(true);
  });

  it('leader stopped mid-stream: the new leader resumes from the committed cursor; every record in exactly one fact', async () => {
    const p = await pipeline('stall');
    const first = await leaderOf(p);
    const clock = slotClock(p, 15);
    const survivor = first === 1 ? 2 : 1;
    await until(() => p.committee.seat(survivor).machine.lastSequence() >= 20, '20 facts');
    await p.committee.stopSeat(first);
    const second = await leaderOf(p, first);
    expect(second).not.toBe(first);
    const m = p.committee.seat(second).machine;
    const before = m.lastSequence();
    await until(() => m.lastSequence() >= before + 20, '20 more facts under the new leader', 15_000);
    clock.stop();
    const lastA = p.a.source.lastSequence();
    const lastB = p.b.source.lastSequence();
    await until(() => m.cursor(p.a.identity.stableId, 'facts') === lastA && m.cursor(p.b.identity.stableId, 'facts') === lastB && m.pendingKeys().length === 0, 'every record observed and applied');
    const subscribedFrom = p.events.filter((e) => e.seat === second && e.event.type === 'driver' && e.event.event.type === 'subscribed');
    // The new leader's driver started from the committed cursor, not from the start.
    expect(subscribedFrom.length).toBeGreaterThan(0);
    for (const e of subscribedFrom) if (e.event.type === 'driver' && e.event.event.type === 'subscribed') expect(e.event.event.fromSequence).toBeGreaterThan(1);
    const facts = allFacts(p, second);
    for (const up of [p.a, p.b]) {
      const seqs = facts.flatMap((f) => f.evidence.filter((e) => e.member === up.identity.stableId).map((e) => e.sequence)).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: up.source.lastSequence() }, (_, k) => k + 1));
    }
    expect(facts.every((f) => f.status === 'complete')).toBe(true);
    // The stopped seat comes back and replays to the same facts.
    await p.committee.startSeat(first);
    await until(() => p.committee.seat(first).machine.lastSequence() === m.lastSequence(), 'the restarted seat caught up');
    expect(allFacts(p, first).map((f) => f.key)).toEqual(facts.map((f) => f.key));
  });

  it('strict evidence mode: every seat checks every Observe (the leader against its driver, followers against their view); a leader change loses no record', async () => {
    const p = await pipeline('stall', { strict: true });
    const first = await leaderOf(p);
    const clock = slotClock(p, 10);
    await until(() => [1, 2, 3].every((s) => p.committee.seat(s).machine.lastSequence() >= 30), '30 facts on every seat');
    await p.committee.stopSeat(first);
    const second = await leaderOf(p, first);
    const m = p.committee.seat(second).machine;
    const before = m.lastSequence();
    // Seats are 1..3 and `first` is stopped: the third one follows.
    const follower = 6 - first - second;
    await until(() => m.lastSequence() >= before + 30 && p.committee.seat(follower).machine.lastSequence() >= before + 30, '30 more facts under the new leader', 15_000);
    // The leader's view rests (its driver reads the records); the follower's view runs.
    expect(p.committee.seat(second).host.viewReports()).toEqual([]);
    expect(p.committee.seat(follower).host.viewReports().map((r) => r.name)).toEqual(['alpha', 'beta']);
    clock.stop();
    const lastA = p.a.source.lastSequence();
    const lastB = p.b.source.lastSequence();
    for (const s of [second, follower]) {
      const sm = p.committee.seat(s).machine;
      await until(() => sm.cursor(p.a.identity.stableId, 'facts') === lastA && sm.cursor(p.b.identity.stableId, 'facts') === lastB && sm.pendingKeys().length === 0, `seat ${s}: every record observed and applied`);
      const facts = allFacts(p, s);
      for (const up of [p.a, p.b]) {
        const seqs = facts.flatMap((f) => f.evidence.filter((e) => e.member === up.identity.stableId).map((e) => e.sequence)).sort((x, y) => x - y);
        expect(seqs).toEqual(Array.from({ length: up.source.lastSequence() }, (_, k) => k + 1));
      }
    }
    expect(allFacts(p, follower).map((f) => f.key)).toEqual(allFacts(p, second).map((f) => f.key));
    // Nothing was held for good: no seat reported apply halted.
    expect(p.events.filter((e) => e.event.type === 'evidence-failed' && e.event.halted)).toEqual([]);
    for (const s of [second, follower]) expect(p.committee.seat(s).host.applyHalted).toBe(false);
  });

  it("a seat's surface: Subscribe resumes by sequence; retirement ends the stream and Get returns the marker", async () => {
    const p = await pipeline('stall');
    await leaderOf(p);
    const served = 3;
    const surface = await startSurfaceServer(p.committee.seat(served).host);
    cleanup.push(() => surface.close());
    const client = new SurfaceClient(surface.endpoint, identity.fingerprint);
    cleanup.push(() => client.close());
    const clock = slotClock(p, 30);

    const first: Fact[] = [];
    const sub1 = client.subscribe(1);
    for await (const ev of sub1) {
      if (ev.kind === 'fact') first.push(ev.fact);
      if (first.length === 5) break;
    }
    expect(first.map((f) => f.sequence)).toEqual([1, 2, 3, 4, 5]);
    await until(() => p.committee.seat(served).machine.lastSequence() >= 12, '12 facts');
    const sub2 = client.subscribe(sub1.nextSequence);
    const second: Fact[] = [];
    for await (const ev of sub2) {
      if (ev.kind === 'fact') second.push(ev.fact);
      if (second.length === 7) break;
    }
    expect(second.map((f) => f.sequence)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    const local = p.committee.seat(served).machine.factsFrom(6, 7);
    expect(second.map((f) => [f.key, Buffer.from(f.digest).toString('hex')])).toEqual(local.map((f) => [f.key, Buffer.from(f.digest).toString('hex')]));
    expect((await client.get(second[0]!.key)).fact?.sequence).toBe(6);

    // A wrong fingerprint is refused.
    const wrong = new SurfaceClient(surface.endpoint, demoUpstreamIdentity('pipeline', 'other').fingerprint);
    cleanup.push(() => wrong.close());
    await expect(wrong.get('1000')).rejects.toMatchObject({ code: 'SURFACE_FINGERPRINT_MISMATCH' });

    // Retirement: a live subscriber gets the marker and its stream ends; nothing is committed after it.
    const live: SubscribeEvent[] = [];
    const sub3 = client.subscribe(p.committee.seat(served).machine.lastSequence() + 1);
    const ended = (async () => {
      for await (const ev of sub3) live.push(ev);
    })();
    const effectiveAt = Date.now();
    const result = await p.committee.leader()!.host.retire({ effectiveAt });
    expect(result.kind).toBe('retired');
    await ended;
    const marker = live[live.length - 1]!;
    expect(marker.kind).toBe('retired');
    if (marker.kind === 'retired') expect(marker.marker.effectiveAt).toBe(effectiveAt);
    clock.stop();
    const last = p.committee.seat(served).machine.lastSequence();
    await new Promise((r) => setTimeout(r, 200));
    expect(p.committee.seat(served).machine.lastSequence()).toBe(last);
    expect((await client.get('1000')).retirement?.effectiveAt).toBe(effectiveAt);
    // A new subscription from the start replays the facts, then the marker.
    const replay: SubscribeEvent[] = [];
    for await (const ev of client.subscribe(1)) replay.push(ev);
    expect(replay.filter((e) => e.kind === 'fact').length).toBe(last);
    expect(replay[replay.length - 1]!.kind).toBe('retired');
    // The leader's driver stops proposing once the organism has retired.
    await until(() => p.committee.runningIds().every((id) => !p.committee.seat(id).host.leading), 'no driver running after retirement');
  });

  it("serves Status from committed state and marks reads stale once the seat has lost its quorum", async () => {
    const p = await pipeline('stall');
    const leader = await leaderOf(p);
    for (let k = 0; k < 3; k++) p.publishBoth();
    const served = leader === 3 ? 2 : 3;
    await until(() => p.committee.seat(served).machine.lastSequence() === 3, '3 facts on the served seat');
    const surface = await startSurfaceServer(p.committee.seat(served).host);
    cleanup.push(() => surface.close());
    const client = new SurfaceClient(surface.endpoint, identity.fingerprint);
    cleanup.push(() => client.close());
    const st = await client.status();
    expect(Buffer.from(st.fingerprint).toString('hex')).toBe(identity.fingerprint);
    expect(st.committee).toHaveLength(3);
    expect(st.leader).toBe(p.committee.founders[leader - 1]!.keyId);
    expect(st.lastSequence).toBe(3);
    expect(st.freshness.stale).toBe(false);
    // The other two seats stop: no quorum, no leader; the served seat still answers from local state, marked stale.
    for (const id of [1, 2, 3]) if (id !== served) await p.committee.stopSeat(id);
    await until(() => p.committee.seat(served).seat.status().leader === 0, 'the served seat to lose its leader');
    const got = await client.get('1001');
    expect(got.fact?.sequence).toBe(2);
    expect(got.freshness.stale).toBe(true);
    expect(got.freshness.staleSinceMs).toBeGreaterThan(0);
  });

  it('refuses bad options and misuse with clear errors', async () => {
    const machine = () => new OrganismMachine({ members: [identity.stableId], policy: 'stall', deadlineMs: 0, keyKind: 'slot', fold: merkleFold });
    expect(() => new OrganismHost({ machine: machine(), identity, members: [], maxObservesInFlight: 0 })).toThrow(expect.objectContaining({ code: 'HOST_OPTION_INVALID' }));
    for (const observeBatchMax of [0, 1025, 1.5]) {
      expect(() => new OrganismHost({ machine: machine(), identity, members: [], observeBatchMax })).toThrow(/observeBatchMax must be an integer from 1 to 1024/);
    }
    const host = new OrganismHost({ machine: machine(), identity, members: [] });
    await expect(host.retire({ effectiveAt: 1 })).rejects.toMatchObject({ code: 'HOST_STATE' });
    expect(host.freshness().stale).toBe(true);
    expect(host.memberReports()).toEqual([]);
  });
});
