/**
 * Three seats in one process over an in-memory transport, on MemoryStorage
 * and on DurableLogStore: election, commit, follower proposals, linearizable
 * reads, leader crash, restart and catch-up, learners, drain, remove and
 * snapshot install.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isTesseraError } from '../../src/common/errors.js';
import { MessageType, Role, type NodeId } from '../../src/raft/index.js';
import { SeatErrorCode } from '../../src/node/index.js';
import { Cluster, cas, localValue, member, put, read, waitUntil, type StorageKind } from './cluster.js';

const kinds: StorageKind[] = ['memory', 'durable'];

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.stop();
  cluster = undefined;
});

for (const kind of kinds) {
  describe(`seat on ${kind} storage`, () => {
    it('elects one leader, commits a put and every seat applies it', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      const r = await put(leader, 'k', 'v1');
      expect(r.kind).toBe('put');
      await waitUntil(() => [...cluster!.seats.values()].every((s) => localValue(s, 'k') === 'v1'), 3000, 'all seats to apply');
      const leaders = [...cluster.seats.values()].filter((s) => s.status().role === Role.Leader);
      expect(leaders).toHaveLength(1);
      const st = leader.status();
      expect(st.members.map((m) => [m.id, m.role])).toEqual([
        [1, 'voter'],
        [2, 'voter'],
        [3, 'voter'],
      ]);
      expect(st.members[0]!.address).toBe(member(1).address);
      expect(st.committedIndex).toBeGreaterThanOrEqual(3);
    });

    it('a follower refuses a proposal with SEAT_NOT_LEADER naming the leader, or forwards it when configured', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      await put(leader, 'a', '1'); // every follower knows the leader once it has applied something
      const follower = cluster.followers()[0]!;
      await waitUntil(() => follower.status().leader === leader.id, 3000, 'the follower to know the leader');
      const refused = await put(follower, 'a', '2').catch((e: unknown) => e);
      expect(isTesseraError(refused, SeatErrorCode.NotLeader)).toBe(true);
      if (!isTesseraError(refused)) throw refused;
      expect(refused.details).toMatchObject({ leader: leader.id, leaderAddress: member(leader.id).address });
      expect(localValue(leader, 'a')).toBe('1');

      // A seat that forwards: restart the follower with forwardProposals.
      await cluster.stopSeat(follower.id);
      const forwarding = await cluster.startSeat(follower.id, { tuning: { forwardProposals: true } });
      await waitUntil(() => forwarding.status().leader !== 0, 3000, 'the restarted follower to learn the leader');
      const r = await put(forwarding, 'a', '3');
      expect(r.kind).toBe('put');
      expect(await read(leader, 'a')).toBe('3');
    });

    it('a linearizable read on a follower sees every write acknowledged before it', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      const follower = cluster.followers()[0]!;
      for (let k = 0; k < 20; k++) {
        await put(leader, 'x', String(k));
        // The follower may not have applied it yet; the read waits until it has.
        expect(await read(follower, 'x')).toBe(String(k));
      }
      const swapped = await cas(leader, 'x', '19', 'twenty');
      expect(swapped).toMatchObject({ kind: 'cas', swapped: true });
      const failed = await cas(leader, 'x', '19', 'never');
      expect(failed).toMatchObject({ kind: 'cas', swapped: false });
      expect(await read(follower, 'x')).toBe('twenty');
    });

    it('leader crash: a new leader is elected and no acknowledged write is lost', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      const acknowledged: string[] = [];
      for (let k = 0; k < 30; k++) {
        await put(leader, `key-${k}`, `value-${k}`);
        acknowledged.push(`key-${k}`);
      }
      const oldId = leader.id;
      await cluster.stopSeat(oldId);
      const next = await cluster.waitForLeader(5000, oldId);
      expect(next.id).not.toBe(oldId);
      for (const key of acknowledged) expect(await read(next, key)).toBe(key.replace('key', 'value'));
      await put(next, 'after', 'crash');
      expect(await read(cluster.followers()[0]!, 'after')).toBe('crash');
    });

    it('a restarted seat recovers from its storage and catches up', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      for (let k = 0; k < 10; k++) await put(leader, `k${k}`, 'before');
      const follower = cluster.followers()[0]!;
      const fid = follower.id;
      await waitUntil(() => localValue(follower, 'k9') === 'before', 3000, 'the follower to apply');
      await cluster.stopSeat(fid);
      for (let k = 0; k < 10; k++) await put(leader, `k${k}`, 'after');
      const restarted = await cluster.startSeat(fid);
      // From its own storage first: everything it had applied is back before it hears from anyone.
      expect(restarted.status().committedIndex).toBeGreaterThanOrEqual(11);
      await waitUntil(() => restarted.status().appliedIndex === leader.status().appliedIndex, 5000, 'the restarted seat to catch up');
      for (let k = 0; k < 10; k++) expect(localValue(restarted, `k${k}`)).toBe('after');
    });

    it('adds a learner with its attestation record and promotes it once caught up', async () => {
      cluster = await Cluster.start(kind, 3, { learnerPromoteLagEntries: 5 });
      const leader = await cluster.waitForLeader();
      for (let k = 0; k < 10; k++) await put(leader, `k${k}`, 'v');
      const newcomer = await cluster.startSeat(4);
      const record = {
        ...member(4),
        attestation: { mrTd: 'ab'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: 'cd'.repeat(32), verifiedAtMs: 1_765_000_000_000, simulated: true },
      };
      await leader.addLearner(record);
      await waitUntil(() => leader.status().members.some((m) => m.id === 4 && m.role === 'voter'), 5000, 'member 4 to be promoted');
      await waitUntil(() => localValue(newcomer, 'k9') === 'v', 5000, 'the newcomer to catch up');
      const seen = newcomer.status().members.find((m) => m.id === 4);
      expect(seen?.attestation).toEqual(record.attestation);
      expect(newcomer.status().members.map((m) => m.id)).toEqual([1, 2, 3, 4]);
      // Adding it again is refused.
      await expect(leader.addLearner(record)).rejects.toMatchObject({ code: SeatErrorCode.MembershipInvalid });
    });

    it('drain hands leadership over, then removes the seat', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      await put(leader, 'd', '1');
      await leader.drain();
      const st = leader.status();
      expect(st.removed).toBe(true);
      expect(st.members.map((m) => m.id)).not.toContain(leader.id);
      const next = await cluster.waitForLeader(5000, leader.id);
      await waitUntil(() => next.status().members.length === 2, 3000, 'the new leader to apply the removal');
      await put(next, 'd', '2');
      expect(await read(next, 'd')).toBe('2');
    });

    it('transferLeadership hands leadership to the chosen voter, or the most caught-up one, in term + 1', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      await put(leader, 't', '1');
      const follower = cluster.followers()[0]!;
      await expect(follower.transferLeadership()).rejects.toMatchObject({ code: SeatErrorCode.NotLeader });
      await expect(leader.transferLeadership(99 as NodeId)).rejects.toMatchObject({ code: SeatErrorCode.MembershipInvalid });
      const term = leader.status().term;
      expect(await leader.transferLeadership(follower.id)).toBe(follower.id);
      expect(follower.status().role).toBe(Role.Leader);
      expect(follower.status().term).toBe(term + 1);
      const next = await follower.transferLeadership();
      expect(next).not.toBe(follower.id);
      expect(cluster.seats.get(next)!.status().term).toBe(term + 2);
      await put(cluster.seats.get(next)!, 't', '2');
    });

    it('removes a follower; the rest keep committing', async () => {
      cluster = await Cluster.start(kind, 3);
      const leader = await cluster.waitForLeader();
      const victim = cluster.followers()[0]!;
      await leader.remove(victim.id);
      expect(leader.status().members.map((m) => m.id)).not.toContain(victim.id);
      await expect(leader.remove(victim.id)).rejects.toMatchObject({ code: SeatErrorCode.MembershipInvalid });
      await cluster.stopSeat(victim.id);
      await put(leader, 'r', '1');
      expect(await read(cluster.followers()[0]!, 'r')).toBe('1');
    });

    it('a member far behind catches up by snapshot', async () => {
      cluster = await Cluster.start(kind, 3, { snapshotEntries: 20, compactionLagEntries: 5 });
      const leader = await cluster.waitForLeader();
      const follower = cluster.followers()[0]!;
      const fid = follower.id;
      await cluster.stopSeat(fid);
      const snapsBefore = cluster.network.delivered.get(MessageType.Snap) ?? 0;
      for (let k = 0; k < 100; k++) await put(leader, `s${k % 7}`, String(k));
      expect(leader.status().snapshotIndex).toBeGreaterThan(20);
      const back = await cluster.startSeat(fid);
      await waitUntil(() => back.status().appliedIndex >= leader.status().appliedIndex, 5000, 'the member to catch up');
      expect(cluster.network.delivered.get(MessageType.Snap) ?? 0).toBeGreaterThan(snapsBefore);
      for (let k = 0; k < 7; k++) expect(localValue(back, `s${k}`)).toBe(localValue(leader, `s${k}`));
      expect(back.status().members.map((m) => m.address)).toEqual([1, 2, 3].map((id) => member(id).address));
    });

    it('a re-attestation verdict the leader records is applied by every seat, survives a snapshot and a restart, and is refused on a follower', async () => {
      cluster = await Cluster.start(kind, 3, { snapshotEntries: 10, compactionLagEntries: 2 });
      const leader = await cluster.waitForLeader();
      const target = cluster.followers()[0]!;
      const rec = { atMs: 1_700_000_000_000, verdict: 'refused' as const, attested: false, reason: 'MRTD_NOT_PINNED' };
      await leader.recordReattestation(target.id, member(target.id).keyId, rec);
      await waitUntil(() => [...cluster!.seats.values()].every((s) => s.memberRecord(target.id)?.reattestation?.reason === 'MRTD_NOT_PINNED'), 5000, 'every seat to apply the verdict');
      for (const s of cluster.seats.values()) expect(s.status().members.find((m) => m.id === target.id)?.reattestation).toEqual(rec);
      const other = cluster.followers().find((f) => f.id !== target.id) ?? target;
      await expect(other.recordReattestation(target.id, member(target.id).keyId, rec)).rejects.toMatchObject({ code: SeatErrorCode.NotLeader });
      await expect(leader.recordReattestation(target.id, 'ff'.repeat(32), rec)).rejects.toMatchObject({ code: SeatErrorCode.MembershipInvalid });
      // A record every member would skip as corrupt is refused at once, not left to time out.
      await expect(leader.recordReattestation(target.id, member(target.id).keyId, { ...rec, reason: 'x'.repeat(300) })).rejects.toMatchObject({ code: SeatErrorCode.ArgumentInvalid });
      // Past a snapshot (the registry carries it) and a restart from storage.
      for (let k = 0; k < 30; k++) await put(leader, `r${k}`, String(k));
      expect(leader.status().snapshotIndex).toBeGreaterThan(10);
      await cluster.stopSeat(target.id);
      const back = await cluster.startSeat(target.id);
      await waitUntil(() => back.status().appliedIndex >= leader.status().appliedIndex, 5000, 'the restarted seat to catch up');
      expect(back.memberRecord(target.id)?.reattestation).toEqual(rec);
      const ok = { atMs: 1_700_000_060_000, verdict: 'verified' as const, attested: true, mrTd: '00'.repeat(48), tcbStatus: 'UpToDate' };
      await leader.recordReattestation(target.id, member(target.id).keyId, ok);
      await waitUntil(() => back.memberRecord(target.id)?.reattestation?.verdict === 'verified', 5000, 'the newer verdict');
      expect(back.memberRecord(target.id)?.reattestation).toEqual(ok);
    });
  });
}

describe('seat persistence', () => {
  it('a Ready that only moves the commit index is not saved on its own', async () => {
    cluster = await Cluster.start('memory', 3);
    const saves: { entries: number; snapshot: boolean; term?: number; vote?: number }[] = [];
    for (const store of cluster.stores.values()) {
      const save = store.save.bind(store);
      store.save = (u) => {
        saves.push({ entries: u.entries.length, snapshot: u.snapshot !== undefined, term: u.hardState?.term, vote: u.hardState?.vote });
        return save(u);
      };
    }
    const leader = await cluster.waitForLeader();
    for (let k = 0; k < 20; k++) await put(leader, 'c', String(k));
    await waitUntil(() => [...cluster!.seats.values()].every((s) => localValue(s, 'c') === '19'), 3000, 'all to apply');
    const bare = saves.filter((s) => s.entries === 0 && !s.snapshot);
    // The only saves without entries are elections (term or vote), never a commit alone; 3 seats x 20 commits would show many.
    expect(bare.length).toBeLessThanOrEqual(6);
    expect(saves.filter((s) => s.entries > 0).length).toBeGreaterThanOrEqual(20);
  });
});

describe('seat snapshots', () => {
  for (const kind of kinds) {
    it(`writes go on while a snapshot is being written (${kind})`, async () => {
      cluster = await Cluster.start(kind, 3, { snapshotEntries: 10, compactionLagEntries: 2 });
      const leader = await cluster.waitForLeader();
      const store = cluster.stores.get(leader.id)!;
      // The leader's snapshot file write hangs until released.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const calls: number[] = [];
      const createSnapshot = store.createSnapshot.bind(store);
      store.createSnapshot = async (i, confState, data) => {
        calls.push(i);
        await held;
        return createSnapshot(i, confState, data);
      };
      for (let k = 0; k < 12; k++) await put(leader, `a${k}`, String(k));
      await waitUntil(() => calls.length === 1, 3000, 'the leader to start a snapshot');
      // Before, the Ready loop waited for the snapshot: these puts would time out.
      for (let k = 0; k < 15; k++) await put(leader, `b${k}`, String(k));
      expect(calls).toHaveLength(1);
      expect(leader.status().snapshotIndex).toBeLessThan(calls[0]!);
      release();
      await waitUntil(() => leader.status().snapshotIndex >= calls[0]!, 3000, 'the snapshot to complete');
      // The next one starts once the first is done (one at a time), at an index past it.
      await put(leader, 'c', '1');
      await waitUntil(() => calls.length === 2, 3000, 'a second snapshot');
      expect(calls[1]!).toBeGreaterThan(calls[0]!);
      // The snapshot holds the state at its index, not what was applied while it was written.
      const snap = await Promise.resolve(store.snapshot());
      expect(snap.metadata.index).toBeGreaterThanOrEqual(calls[0]!);
    });
  }
});

describe('seat argument checks', () => {
  it('refuses a bad seat id and bad counts', async () => {
    const { Seat, ManualTicker } = await import('../../src/node/index.js');
    const { MemoryStorage } = await import('../../src/raft/index.js');
    const { KvMachine } = await import('../../src/kv/index.js');
    const { InMemoryNetwork } = await import('./memory-transport.js');
    const base = { storage: new MemoryStorage(), transport: new InMemoryNetwork().transport(1 as NodeId), machine: new KvMachine(), ticker: new ManualTicker() };
    expect(() => new Seat({ ...base, self: { ...member(1), id: 0 as NodeId } })).toThrow(/seat id 0/);
    expect(() => new Seat({ ...base, self: member(1), snapshotEntries: 0 })).toThrow(/snapshotEntries/);
  });
});
