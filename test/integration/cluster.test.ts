/**
 * A committee of real `tessera run` processes on 127.0.0.1 (simulated TDX,
 * kv machine, fsync on): the founder bootstraps, two seats join by
 * attestation and are promoted, writes commit through the kv service;
 * kill -9 of the leader gives a new leader within 5 s and loses no
 * acknowledged write; the killed seat restarts from its WAL and catches up;
 * a fourth seat joins and is promoted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Cluster, kvGet as get, kvPut as put, waitUntil, type SeatHandle } from './harness.js';


async function leaderIsLocal(seat: SeatHandle): Promise<boolean> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${seat.metricsPort}/metrics`, { signal: AbortSignal.timeout(1000) })).text();
    return /^ittest_raft_leader_is_local\{[^}]*\} 1$/m.test(text);
  } catch {
    return false;
  }
}

async function findLeader(seats: readonly SeatHandle[], timeoutMs: number): Promise<SeatHandle> {
  return waitUntil(async () => {
    for (const s of seats) if (await leaderIsLocal(s)) return s;
    return undefined;
  }, timeoutMs, 'a leader', 50);
}

// About 10 s of real processes on an idle 2-core machine (80 s under heavy load): npm test runs it.
describe('a committee of tessera run processes', () => {
  let cluster: Cluster;
  let seats: SeatHandle[];

  beforeAll(async () => {
    cluster = new Cluster();
    const founder = await cluster.add({ name: 'm1', bootstrap: true });
    founder.start();
    await founder.waitServing();
    const joiners = [await cluster.add({ name: 'm2', join: [founder.peerAddress] }), await cluster.add({ name: 'm3', join: [founder.peerAddress] })];
    for (const j of joiners) j.start();
    for (const j of joiners) await j.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission');
    seats = [founder, ...joiners];
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('admits two seats by attestation and promotes them; writes commit on all three', async () => {
    const st = await waitUntil(() => {
      const s = seats[0]!.status().json;
      return s !== undefined && s.members.length === 3 && s.members.every((m) => m.role === 'voter') ? s : undefined;
    }, 30_000, 'three voters');
    const joined = st.members.filter((m) => m.attestation !== null);
    expect(joined).toHaveLength(2);
    for (const m of joined) {
      expect(m.attestation?.simulated).toBe(true);
      expect(m.attestation?.mrTd).toBe('00'.repeat(48));
      expect(m.attestation?.tcbStatus).toBe('UpToDate');
    }
    for (let k = 0; k < 20; k++) await put(seats, `a${k}`, `v${k}`);
    for (const s of seats) expect(await get(s, 'a19')).toBe('v19');
  });

  it('elects a new leader within 5 s of kill -9 of the leader, loses no acknowledged write, and the killed seat catches up after a restart', async () => {
    const acked: string[] = [];
    for (let k = 0; k < 30; k++) {
      await put(seats, `b${k}`, `w${k}`);
      acked.push(`b${k}`);
    }
    const leader = await findLeader(seats, 10_000);
    const rest = seats.filter((s) => s !== leader);
    leader.kill('SIGKILL');
    await leader.exit;
    const killedAt = Date.now();
    const next = await findLeader(rest, 10_000);
    const elapsed = Date.now() - killedAt;
    expect(elapsed).toBeLessThan(5_000);
    // Both survivors log the change of leader: the same new leader, in a later term than the killed one's.
    const oldTerm = Math.max(...leader.logs('leader changed').map((l) => Number(l.term)));
    for (const s of rest) {
      const change = await s.waitForLog((l) => l.msg === 'leader changed' && Number(l.term) > oldTerm, 5_000, 'the new leader logged');
      expect(typeof change.leader).toBe('number');
      expect(change.leader).not.toBe(0);
    }
    const seen = rest.map((s) => s.logs('leader changed').filter((l) => Number(l.term) > oldTerm)[0]!.leader);
    expect(seen[0]).toBe(seen[1]);
    for (const k of acked) expect(await get(next, k)).toBe(`w${k.slice(1)}`);
    await put(rest, 'after-kill', 'yes');

    leader.start();
    await leader.waitServing();
    expect(leader.lines.find((l) => l.msg === 'storage recovered')?.newSeat).toBe(false);
    expect(await get(leader, 'after-kill')).toBe('yes');
    expect(await get(leader, 'b29')).toBe('w29');
  });

  // Joins through a follower, so the leader is usually not the founder: its newest snapshot is the genesis, which
  // does not name it (the regression test/node/join-catch-up.test.ts pins down).
  it('a fourth seat joins by attestation, catches up and is promoted', async () => {
    const leader = await findLeader(seats, 10_000);
    const fourth = await cluster.add({ name: 'm4', join: [seats.find((s) => s !== leader)!.peerAddress] });
    fourth.start();
    await fourth.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission');
    const st = await waitUntil(() => {
      const s = leader.status().json;
      return s !== undefined && s.members.length === 4 && s.members.every((m) => m.role === 'voter') ? s : undefined;
    }, 30_000, 'four voters').catch((e: Error) => {
      throw new Error(`${e.message}\nleader ${leader.name}: ${JSON.stringify(leader.status().json)}\nfourth:\n${fourth.tail(25)}`);
    });
    expect(st.members.map((m) => m.address)).toContain(fourth.peerAddress);
    expect(await get(fourth, 'after-kill')).toBe('yes');
    seats.push(fourth);
  });
});
