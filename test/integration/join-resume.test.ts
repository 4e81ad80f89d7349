/**
 * A joiner killed after the leader admitted it but before it applied its own
 * admission, on real `tessera run` processes. The test-only hook
 * TESSERA_TEST_KILL_AFTER_JOIN_SNAPSHOT makes the joiner SIGKILL itself as
 * soon as the leader's first snapshot is durable. That snapshot is the
 * committee's genesis (it names only the founder), and the leader here is
 * not the founder: restarted as an ordinary member, the joiner refused every
 * append of the leader its registry did not name and never caught up. It
 * now finds its join marker, joins again (the leader answers "already a
 * member"), admits the leader's traffic until its registry names itself,
 * catches up and is promoted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { Cluster, freePort, kvGet, kvPut, waitUntil, type SeatHandle } from './harness.js';

function leaderOf(seats: readonly SeatHandle[]): SeatHandle | undefined {
  return seats.find((s) => s.status().json?.role === 'Leader');
}

describe('a joiner killed between its admission and applying it', () => {
  let cluster: Cluster;

  afterAll(async () => {
    await cluster?.close();
  });

  it('restarts, joins again, catches up through a non-founder leader and is promoted', async () => {
    cluster = new Cluster();
    const m1 = await cluster.add({ name: 'm1', bootstrap: true });
    m1.start();
    await m1.waitServing();
    const m2 = await cluster.add({ name: 'm2', join: [m1.peerAddress] });
    const m3 = await cluster.add({ name: 'm3', join: [m1.peerAddress] });
    m2.start();
    m3.start();
    for (const j of [m2, m3]) await j.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission');
    await waitUntil(() => {
      const s = m1.status().json;
      return s !== undefined && s.members.length === 3 && s.members.every((m) => m.role === 'voter') ? s : undefined;
    }, 30_000, 'three voters');
    for (const j of [m2, m3]) await j.waitForLog((l) => l.msg === 'join complete: this seat applied its own admission', 10_000, 'join complete');
    expect(existsSync(join(m2.dataDir, 'joining'))).toBe(false);
    await kvPut([m1, m2, m3], 'before', 'yes');

    // The founder hands leadership over on SIGTERM and comes back a follower: the leader is a member the genesis does not name.
    expect((await m1.stop())?.code).toBe(0);
    m1.start();
    await m1.waitServing();
    const leader = await waitUntil(() => leaderOf([m2, m3]), 20_000, 'a leader among m2, m3');

    const m4 = await cluster.add({ name: 'm4', join: [leader.peerAddress] });
    m4.start({ TESSERA_TEST_KILL_AFTER_JOIN_SNAPSHOT: '1' });
    const killed = await m4.exit;
    expect(killed?.signal, m4.tail()).toBe('SIGKILL');
    // Admitted (the leader lists it), state on disk, its own admission never applied.
    const admitted = await waitUntil(() => leader.status().json?.members.find((m) => m.address === m4.peerAddress), 10_000, 'm4 in the leader\'s membership');
    expect(admitted.role).toBe('learner');
    expect(existsSync(join(m4.dataDir, 'joining'))).toBe(true);

    m4.start();
    await m4.waitServing();
    expect(m4.lines.find((l) => l.msg === 'storage recovered')?.newSeat).toBe(false);
    await m4.waitForLog((l) => l.msg === 'resuming an unfinished join (this seat has state but never applied its own admission)', 10_000, 'resume');
    await m4.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission again');
    const st = await waitUntil(() => {
      const s = leader.status().json;
      return s !== undefined && s.members.length === 4 && s.members.every((m) => m.role === 'voter') ? s : undefined;
    }, 30_000, 'four voters').catch((e: Error) => {
      throw new Error(`${e.message}\nleader ${leader.name}: ${JSON.stringify(leader.status().json)}\nm4:\n${m4.tail(25)}`);
    });
    expect(st.members.filter((m) => m.address === m4.peerAddress)).toHaveLength(1); // the same member, not admitted twice
    expect(await kvGet(m4, 'before')).toBe('yes');
    await m4.waitForLog((l) => l.msg === 'join complete: this seat applied its own admission', 10_000, 'join complete');
    expect(existsSync(join(m4.dataDir, 'joining'))).toBe(false);
    await kvPut([m1, m2, m3, m4], 'after', 'yes');
    expect(await kvGet(m4, 'after')).toBe('yes');
  }, 240_000);
});

describe('a resumed join whose committee.join is unreachable', () => {
  let cluster: Cluster;

  afterAll(async () => {
    await cluster?.close();
  });

  it('stops joining once this seat applied its own admission (it caught up from a leader its registry names), instead of exiting after the attempts', async () => {
    cluster = new Cluster();
    const m1 = await cluster.add({ name: 'm1', bootstrap: true });
    m1.start();
    await m1.waitServing();
    const m2 = await cluster.add({ name: 'm2', join: [m1.peerAddress] });
    m2.start({ TESSERA_TEST_KILL_AFTER_JOIN_SNAPSHOT: '1' });
    expect((await m2.exit)?.signal, m2.tail()).toBe('SIGKILL');
    expect(existsSync(join(m2.dataDir, 'joining'))).toBe(true);
    // The join list now names nothing that answers (e.g. hosts since decommissioned); the
    // genesis registry names m1, still the leader, so m2 catches up without a seed.
    const dead = `127.0.0.1:${await freePort()}`;
    writeFileSync(m2.configFile, readFileSync(m2.configFile, 'utf8').replace(`join = ["${m1.peerAddress}"]`, `join = ["${dead}"]`));
    m2.start();
    await m2.waitServing();
    await m2.waitForLog((l) => l.msg === 'resuming an unfinished join (this seat has state but never applied its own admission)', 10_000, 'resume');
    await m2.waitForLog((l) => l.msg === 'join complete: this seat applied its own admission', 30_000, 'join complete');
    // Before: the join loop went on failing against the dead address and, after its attempts, exited the healthy member.
    await m2.waitForLog((l) => l.msg === 'no join needed: this seat is already in the committee', 10_000, 'the join loop to stop');
    const failures = m2.lines.filter((l) => l.msg === 'join attempt failed').length;
    await new Promise((r) => setTimeout(r, 3_000));
    expect(m2.lines.filter((l) => l.msg === 'join attempt failed').length).toBe(failures);
    expect(existsSync(join(m2.dataDir, 'joining'))).toBe(false);
    await kvPut([m1, m2], 'resumed', 'yes');
    expect(await kvGet(m2, 'resumed')).toBe('yes');
  }, 180_000);
});
