/**
 * Two organisms composed, as real processes on 127.0.0.1: organism A (a
 * committee of three `tessera run` seats) spans the two demo upstreams;
 * organism B (its own committee of three) spans A through A's public
 * surface, pinned to the identity `tessera fingerprint` prints for A's
 * config, with every seat of A as an endpoint (B's driver rotates over
 * them). Checked: B's facts cite A's facts; A's leader killed with SIGKILL
 * loses and duplicates nothing in B; a seat of A that hangs (SIGSTOP) is
 * left by B's driver's idle probe; the `tessera slot-walk` binary names B,
 * then A once B lost its quorum; a seat configured with a wrong pin for A
 * reports identity drift and observes nothing. In npm test (about 40 s idle).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Fact } from '../../src/common/fact.js';
import { recordDigest, SurfaceClient } from '../../src/surface/index.js';
import type { WalkResult } from '../../src/cli/commands/slot-walk.js';
import { Cluster, freePort, lastSequence, readFacts, metricValue, UpstreamHandle, waitUntil, type LogLine, type OrganismSpec, type SeatHandle } from './harness.js';

const slotMs = 250;

interface Identity {
  readonly stable_id: string;
  readonly content_hash: string;
  readonly fingerprint: string;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

async function metricsOf(seat: SeatHandle): Promise<string> {
  return seat.metrics().catch(() => '');
}

async function findLeader(seats: readonly SeatHandle[], prefix: string, timeoutMs = 20_000): Promise<SeatHandle> {
  return waitUntil(async () => {
    for (const s of seats) if (metricValue(await metricsOf(s), `${prefix}_raft_leader_is_local`) === 1) return s;
    return undefined;
  }, timeoutMs, `a ${prefix} leader`, 100);
}

/** The identity `tessera fingerprint CONFIG --json` prints for a seat's config (what an operator pins downstream). */
function identityOf(seat: SeatHandle): Identity {
  const r = seat.cli(['fingerprint', seat.configFile, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Identity;
}

async function startCommittee(cluster: Cluster, prefix: string, organism: OrganismSpec, seats: number): Promise<SeatHandle[]> {
  const founder = await cluster.add({ name: `${prefix}1`, bootstrap: true, organism });
  founder.start();
  await founder.waitServing(30_000);
  const joiners: SeatHandle[] = [];
  for (let i = 2; i <= seats; i++) joiners.push(await cluster.add({ name: `${prefix}${i}`, join: [founder.peerAddress], organism }));
  for (const j of joiners) j.start();
  for (const j of joiners) await j.waitForLog((l) => l.msg === 'admitted to the committee', 60_000, 'admission');
  return [founder, ...joiners];
}

const endpointOf = (s: SeatHandle): string => `127.0.0.1:${s.clientPort}`;
const endpointLeft = 'upstream endpoint left: subscribing at the next one';

/** `tessera slot-walk --json` with the real binary. */
function walk(seat: SeatHandle, args: string[]): { code: number | null; result: WalkResult; stderr: string } {
  const r = seat.cli(['slot-walk', '--json', '--timeout-ms', '5000', ...args]);
  return { code: r.code, result: JSON.parse(r.stdout) as WalkResult, stderr: r.stderr };
}

describe('two organisms composed: B spans A, each a committee of tessera run processes', () => {
  let cluster: Cluster;
  let ups: UpstreamHandle[];
  let seatsA: SeatHandle[];
  let seatsB: SeatHandle[];
  let idA: Identity;
  let idB: Identity;

  beforeAll(async () => {
    cluster = new Cluster();
    ups = [new UpstreamHandle('alpha', await freePort(), slotMs), new UpstreamHandle('beta', await freePort(), slotMs)];
    await Promise.all(ups.map((u) => u.start()));
    seatsA = await startCommittee(
      cluster,
      'a',
      { name: 'pipe-a', members: ups.map((u) => ({ name: u.name, stableId: u.ready!.stableId, endpoints: [u.endpoint] })), policy: 'stall', deadlineMs: 2000 },
      3,
    );
    idA = identityOf(seatsA[0]!);
    // A's leader first: B's driver starts at the first endpoint, so the leader killed below is the seat B reads from.
    const leaderA = await findLeader(seatsA, 'pipe_a', 40_000);
    const endpointsA = [leaderA, ...seatsA.filter((s) => s !== leaderA)].map(endpointOf);
    seatsB = await startCommittee(
      cluster,
      'b',
      {
        name: 'pipe-b',
        members: [{ name: 'pipe-a', stableId: idA.stable_id, contentHash: idA.content_hash, endpoints: endpointsA }],
        policy: 'stall',
        deadlineMs: 2000,
        // A hung seat of A is left after 1 s of silence and a 2 s Status deadline.
        driver: 'idle_probe_ms = 1000\nconnect_timeout_ms = 2000',
      },
      3,
    );
    idB = identityOf(seatsB[0]!);
  }, 180_000);

  afterAll(async () => {
    await cluster?.close();
    await Promise.all((ups ?? []).map((u) => u.stop()));
  });

  it("B commits facts whose evidence is A's facts: same key, A's sequence and record digest; B's pin on A holds", async () => {
    await waitUntil(async () => ((await lastSequence(seatsB[1]!, idB.fingerprint)) >= 5 ? true : undefined), 60_000, 'five facts on B');
    const factsB = await readFacts(seatsB[1]!, idB.fingerprint, 1, 5);
    expect(factsB.map((f) => f.sequence)).toEqual([1, 2, 3, 4, 5]);
    for (const f of factsB) {
      expect(f.status).toBe('complete');
      expect(f.evidence.map((e) => [e.member, e.stream])).toEqual([[idA.stable_id, 'facts']]);
      const [factA] = await readFacts(seatsA[2]!, idA.fingerprint, f.evidence[0]!.sequence, f.evidence[0]!.sequence);
      expect(factA!.sequence).toBe(f.evidence[0]!.sequence);
      expect(f.key).toBe(factA!.key);
      expect(hex(f.evidence[0]!.digest)).toBe(recordDigest(factA!).toString('hex'));
    }
    const leaderB = await findLeader(seatsB, 'pipe_b');
    const text = await waitUntil(async () => {
      const t = await metricsOf(leaderB);
      return metricValue(t, 'pipe_b_upstream_peers', { source: 'pipe-a::facts' }) === 1 ? t : undefined;
    }, 20_000, "B's leader subscribed to A");
    expect(metricValue(text, 'pipe_b_identity_drift', { source: 'pipe-a' })).toBe(0);
    expect(metricValue(text, 'pipe_b_evidence_failures_total', { source: 'pipe-a' })).toBe(0);
  });

  it("A's leader killed with SIGKILL: B's driver rotates to another seat of A; every A fact is in exactly one B fact", async () => {
    const leaderA = await findLeader(seatsA, 'pipe_a');
    const leaderB = await findLeader(seatsB, 'pipe_b');
    const subscribed = (): LogLine[] => leaderB.logs('upstream subscribed');
    // B's driver started at A's leader (listed first); a leader change of A since (elections under load) leaves it on a follower.
    const readsLeader = subscribed().at(-1)?.endpoint === endpointOf(leaderA);
    if (!readsLeader) console.warn(`A's leader moved to ${leaderA.name} before the kill: B does not read it, so the rotation is not exercised this run`);
    const seenBefore = subscribed().length;
    const before = await lastSequence(leaderB, idB.fingerprint);
    leaderA.kill('SIGKILL');
    await leaderA.exit;
    const restA = seatsA.filter((s) => s !== leaderA);
    await findLeader(restA, 'pipe_a');
    await waitUntil(async () => ((await lastSequence(leaderB, idB.fingerprint)) >= before + 8 ? true : undefined), 60_000, 'B facts after the failover');
    // Rotation: B's leader now reads another seat of A (the killed one refuses connections).
    const after = subscribed().slice(seenBefore).map((l) => l.endpoint);
    if (readsLeader) expect(after.length).toBeGreaterThanOrEqual(1);
    for (const e of after) expect(restA.map(endpointOf)).toContain(e);
    leaderA.start();
    await leaderA.waitServing(30_000);

    // Stop A's input so it stops committing, then let B drain A to its last fact: B must then hold exactly A's facts.
    await Promise.all(ups.map((u) => u.command('dark')));
    let factsOfA: Fact[] = [];
    try {
      let lastA = 0;
      await waitUntil(async () => {
        const a = await lastSequence(restA[0]!, idA.fingerprint);
        const b = await lastSequence(leaderB, idB.fingerprint);
        const settled = a === lastA && a > 0 && b === a;
        lastA = a;
        return settled ? true : undefined;
      }, 30_000, 'B to reach the last fact of a quiet A', 1000);
      const factsA = await readFacts(restA[0]!, idA.fingerprint, 1, lastA);
      expect(factsA.map((f) => f.sequence)).toEqual(Array.from({ length: lastA }, (_, i) => i + 1));
      const factsB = await readFacts(leaderB, idB.fingerprint, 1, lastA);
      expect(factsB.map((f) => f.sequence)).toEqual(Array.from({ length: lastA }, (_, i) => i + 1));
      const cited = new Map<number, Fact>();
      for (const f of factsB) {
        expect(f.evidence).toHaveLength(1);
        const q = f.evidence[0]!.sequence;
        expect(cited.has(q), `A fact ${q} in two B facts (${cited.get(q)?.sequence} and ${f.sequence})`).toBe(false);
        cited.set(q, f);
      }
      for (const a of factsA) {
        const b = cited.get(a.sequence);
        expect(b, `A fact ${a.sequence} (key ${a.key}) in no B fact`).toBeDefined();
        expect(b!.key).toBe(a.key);
        expect(hex(b!.evidence[0]!.digest)).toBe(recordDigest(a).toString('hex'));
      }
      factsOfA = factsA;
    } finally {
      await Promise.all(ups.map((u) => u.command('resume')));
    }
    // The restarted seat of A serves the same facts once it caught up (it checks every Observe against
    // the upstreams itself, strict evidence mode, so it can only catch up while they are back).
    await waitUntil(async () => ((await lastSequence(leaderA, idA.fingerprint)) >= factsOfA.length ? true : undefined), 30_000, 'the restarted seat of A to catch up');
    const again = await readFacts(leaderA, idA.fingerprint, 1, factsOfA.length);
    expect(again.map((f) => hex(f.digest))).toEqual(factsOfA.map((f) => hex(f.digest)));
  });

  it("the seat of A that B reads from hangs (SIGSTOP, its connections stay open): B's driver leaves it after the idle probe and B goes on", async () => {
    const leaderB = await findLeader(seatsB, 'pipe_b');
    const endpoint = leaderB.logs('upstream subscribed').at(-1)!.endpoint;
    const victim = seatsA.find((s) => endpointOf(s) === endpoint)!;
    expect(victim, `B's leader reads ${String(endpoint)}, a seat of A`).toBeDefined();
    // Past what the hung seat may have sent before it stopped: what the rest of A holds, and more.
    const before = Math.max(await lastSequence(leaderB, idB.fingerprint), ...(await Promise.all(seatsA.filter((s) => s !== victim).map((s) => lastSequence(s, idA.fingerprint)))));
    const seenLeft = leaderB.logs(endpointLeft).length;
    victim.kill('SIGSTOP');
    try {
      // idle_probe_ms (1 s) + connect_timeout_ms (2 s) for the probe, then the next seat: well within 30 s.
      await waitUntil(async () => ((await lastSequence(leaderB, idB.fingerprint)) >= before + 8 ? true : undefined), 30_000, 'B facts while a seat of A hangs');
      const leftLine = leaderB.logs(endpointLeft).slice(seenLeft)[0];
      expect(leftLine).toMatchObject({ member: 'pipe-a', endpoint, code: 'DRIVER_UPSTREAM_UNRESPONSIVE' });
      expect(leaderB.logs('upstream subscribed').at(-1)!.endpoint).not.toBe(endpoint);
    } finally {
      victim.kill('SIGCONT');
    }
    // Nothing lost or repeated across the switch: B's facts cite A's sequences 1, 2, 3, ... in order of commit.
    const last = await lastSequence(leaderB, idB.fingerprint);
    const cited = (await readFacts(leaderB, idB.fingerprint, 1, last)).map((f) => f.evidence[0]!.sequence);
    expect(new Set(cited).size).toBe(cited.length);
    expect([...cited].sort((x, y) => x - y)).toEqual(Array.from({ length: cited.length }, (_, i) => i + 1));
  });

  it('a seat configured with a wrong pin for A (content hash, or stable id) reports identity drift and observes nothing', async () => {
    const wrongHash = 'ab'.repeat(32);
    const wrongId = 'cd'.repeat(32);
    const endpointsA = seatsA.map(endpointOf);
    const misfit = await cluster.add({
      name: 'x1',
      bootstrap: true,
      organism: {
        name: 'pipe-x',
        members: [
          { name: 'pinned-hash', stableId: idA.stable_id, contentHash: wrongHash, endpoints: endpointsA },
          { name: 'pinned-id', stableId: wrongId, contentHash: idA.content_hash, endpoints: endpointsA },
        ],
        policy: 'degrade',
        deadlineMs: 500,
      },
    });
    misfit.start();
    try {
      await misfit.waitServing(30_000);
      const drifted = (member: string) => misfit.lines.find((l) => l.msg === 'upstream identity drift: not observed' && l.member === member) as { err?: { code?: string; message?: string } } | undefined;
      await waitUntil(() => (drifted('pinned-hash') !== undefined && drifted('pinned-id') !== undefined ? true : undefined), 20_000, 'identity drift logged for both members');
      expect(drifted('pinned-hash')!.err).toMatchObject({ code: 'UPSTREAM_CONTENT_HASH_MISMATCH' });
      expect(drifted('pinned-hash')!.err!.message).toContain(wrongHash);
      expect(drifted('pinned-id')!.err).toMatchObject({ code: 'UPSTREAM_STABLE_ID_MISMATCH' });
      expect(drifted('pinned-id')!.err!.message).toContain(wrongId);
      const text = await waitUntil(async () => {
        const t = await metricsOf(misfit);
        return metricValue(t, 'pipe_x_identity_drift', { source: 'pinned-hash' }) === 1 && metricValue(t, 'pipe_x_identity_drift', { source: 'pinned-id' }) === 1 ? t : undefined;
      }, 20_000, 'identity_drift = 1 for both members');
      for (const m of ['pinned-hash', 'pinned-id']) expect(metricValue(text, 'pipe_x_upstream_peers', { source: `${m}::facts` })).toBe(0);
      // Refused: nothing of A is observed, so no fact, even past the degrade deadline.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await lastSequence(misfit, identityOf(misfit).fingerprint)).toBe(0);
    } finally {
      await misfit.stop();
    }
  });

  // Last: B loses its quorum here.
  it('tessera slot-walk names B for a key both committed, and A for a key B has not committed (B without quorum)', async () => {
    const a = `A=${idA.fingerprint}@${seatsA.map(endpointOf).join(',')}`;
    const b = `B=${idB.fingerprint}@${seatsB.map(endpointOf).join(',')}`;
    const leaderB = await findLeader(seatsB, 'pipe_b');
    const lastB = await lastSequence(leaderB, idB.fingerprint);
    const [factB] = await readFacts(leaderB, idB.fingerprint, lastB, lastB);
    const key = factB!.key;

    const both = walk(leaderB, ['--key', key, a, b]);
    expect(both.code, both.stderr).toBe(0);
    expect(both.result.lastCommitted).toBe('B');
    const [stepA, stepB] = both.result.steps;
    expect(stepA).toMatchObject({ organism: 'A', state: 'committed', pinned: true, servedName: 'pipe-a', fact: { status: 'complete' } });
    expect(stepB).toMatchObject({ organism: 'B', state: 'committed', pinned: true, servedName: 'pipe-b', fact: { sequence: lastB, cites: { organism: 'A', sequence: stepA!.fact!.sequence, matches: true } } });
    const human = leaderB.cli(['slot-walk', '--key', key, a, b]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/last committed by: B \(the end of the pipeline\)\n$/);
    // The wrong fingerprint for A: refused (exit 1), naming the mismatch.
    const wrong = walk(leaderB, ['--key', key, `A=${idB.fingerprint}@${endpointOf(seatsA[0]!)}`, b]);
    expect(wrong.code).toBe(1);
    expect(wrong.result.steps[0]).toMatchObject({ state: 'refused', error: { code: 'SURFACE_FINGERPRINT_MISMATCH' } });

    // B loses its quorum (two seats stop); A goes on committing keys B never sees.
    const keep = seatsB.find((s) => s !== leaderB)!;
    for (const s of seatsB) if (s !== keep) await s.stop();
    const seatA = seatsA[1]!;
    const fromA = await lastSequence(seatA, idA.fingerprint);
    await waitUntil(async () => ((await lastSequence(seatA, idA.fingerprint)) >= fromA + 3 ? true : undefined), 30_000, 'A to commit more keys');
    const lastA = await lastSequence(seatA, idA.fingerprint);
    const [factA] = await readFacts(seatA, idA.fingerprint, lastA, lastA);
    // The seat of B left alone notices it has no leader (an election timeout).
    await waitUntil(async () => {
      const c = new SurfaceClient(endpointOf(keep), idB.fingerprint);
      try {
        return (await c.status()).freshness.stale ? true : undefined;
      } catch {
        return undefined;
      } finally {
        c.close();
      }
    }, 10_000, 'the seat of B left alone to serve stale');
    expect(await lastSequence(keep, idB.fingerprint)).toBeLessThan(lastA);

    const short = walk(leaderB, ['--key', factA!.key, a, b]);
    expect(short.code, short.stderr).toBe(3);
    expect(short.result.lastCommitted).toBe('A');
    expect(short.result.steps[0]).toMatchObject({ organism: 'A', state: 'committed', fact: { sequence: lastA } });
    // The stopped seats of B are skipped; the one left answers, stale.
    expect(short.result.steps[1]).toMatchObject({ organism: 'B', state: 'not-committed', endpoint: endpointOf(keep), stale: true });
    const shortHuman = leaderB.cli(['slot-walk', '--key', factA!.key, a, b]);
    expect(shortHuman.code).toBe(3);
    expect(shortHuman.stdout).toMatch(/last committed by: A\n$/);
  });
});
