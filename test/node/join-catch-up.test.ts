/**
 * A member joining through a leader that is not a founder catches up
 * (regression: the fourth seat of test/integration/cluster.test.ts stayed at
 * match index 0). Deterministic: ManualTickers, LoopbackNetwork (which, like
 * GrpcTransport, drops traffic from a member the receiver does not admit),
 * JoiningTransport as `tessera run` uses it.
 *
 * The leader's newest snapshot is the committee's genesis (it names only the
 * founder); the joiner installs it, and JoiningTransport used to drop the
 * admitting leader from the admitted set as soon as that registry named
 * anyone, so every later append from the leader was refused.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { KvMachine, encodeKvCommand } from '../../src/kv/index.js';
import { JoiningTransport } from '../../src/node/joining-transport.js';
import { ManualTicker, Seat, type MemberRecord } from '../../src/node/index.js';
import { LoopbackNetwork } from '../../src/peer/loopback.js';
import { MemoryStorage, Role, type NodeId } from '../../src/raft/index.js';

const enc = new TextEncoder();
const put = (k: string, v: string) => encodeKvCommand({ op: 'put', key: enc.encode(k), value: enc.encode(v) });
const record = (id: number): MemberRecord => ({ id: id as NodeId, address: `loopback:${id}`, keyId: id.toString(16).padStart(64, '0') });

interface Member {
  readonly seat: Seat<KvMachine>;
  readonly ticker: ManualTicker;
  readonly joining: JoiningTransport | undefined;
}

class Committee {
  readonly network = new LoopbackNetwork();
  readonly members = new Map<number, Member>();

  async founder(id: number): Promise<Member> {
    const storage = new MemoryStorage();
    // Seat.bootstrap writes the founder's record into the genesis snapshot, as `tessera run` does.
    await Seat.bootstrap(storage, [record(id)], new KvMachine().snapshot());
    return this.start(id, storage, undefined);
  }

  /** A new member on empty storage, its transport admitting `seed` (the admitting leader) until its registry names it. */
  async joiner(id: number, seed: number): Promise<Member> {
    let seat: Seat<KvMachine> | undefined;
    const joining = new JoiningTransport(this.network.endpoint(id as NodeId, { address: record(id).address }), () => seat?.hasMember(id as NodeId) === true);
    const m = await this.start(id, new MemoryStorage(), joining, (s) => (seat = s));
    joining.setSeeds([record(seed)]);
    return m;
  }

  private async start(id: number, storage: MemoryStorage, joining: JoiningTransport | undefined, bind?: (s: Seat<KvMachine>) => void): Promise<Member> {
    const ticker = new ManualTicker();
    const seat = new Seat<KvMachine>({
      self: record(id),
      storage,
      transport: joining ?? this.network.endpoint(id as NodeId, { address: record(id).address }),
      machine: new KvMachine(),
      ticker,
      raft: { electionTimeoutTicks: 10, heartbeatIntervalTicks: 1 },
      // Every seat times out at the same tick; only one founder ever campaigns on its own here.
      rand: () => 0,
      requestTimeoutTicks: 400,
    });
    bind?.(seat);
    await seat.start();
    const m = { seat, ticker, joining };
    this.members.set(id, m);
    return m;
  }

  /** One tick on every seat, then lets the deliveries and Ready loops run. */
  async tick(): Promise<void> {
    for (const m of this.members.values()) m.ticker.tick();
    for (let k = 0; k < 5; k++) await new Promise((r) => setImmediate(r));
  }

  async tickUntil(cond: () => boolean, what: string, max = 400): Promise<number> {
    for (let k = 0; k < max; k++) {
      if (cond()) return k;
      await this.tick();
    }
    throw new Error(`no ${what} within ${max} ticks`);
  }

  /** Ticks while `p` is pending (membership changes and proposals resolve on apply). */
  async settle<T>(p: Promise<T>, what: string): Promise<T> {
    let done = false;
    let failed: unknown;
    let value: T | undefined;
    p.then(
      (v) => ((value = v), (done = true)),
      (e: unknown) => ((failed = e), (done = true)),
    );
    await this.tickUntil(() => done, what);
    if (failed !== undefined) throw failed;
    return value as T;
  }

  async stop(): Promise<void> {
    for (const m of this.members.values()) await m.seat.stop();
  }
}

describe('joining through a leader that is not a founder', () => {
  let committee: Committee | undefined;
  afterEach(async () => {
    await committee?.stop();
    committee = undefined;
  });

  it('the new member catches up from the genesis snapshot plus the log, and is promoted', async () => {
    const c = (committee = new Committee());
    const one = await c.founder(1);
    await c.tickUntil(() => one.seat.status().role === Role.Leader, 'founder elected');
    await c.settle(one.seat.propose(put('a', '1')), 'put a');

    // Member 2 joins through the founder and becomes a voter.
    const two = await c.joiner(2, 1);
    await c.settle(one.seat.addLearner(record(2)), 'add learner 2');
    await c.tickUntil(() => two.seat.status().appliedIndex === one.seat.status().appliedIndex, 'member 2 caught up');
    await c.settle(one.seat.promote(2 as NodeId), 'promote 2');
    expect(two.joining?.joined).toBe(true);

    // Leadership moves to member 2, whose newest snapshot is still the genesis (it names member 1 only).
    const newLeader = await c.settle(one.seat.transferLeadership(2 as NodeId), 'transfer to 2');
    expect(newLeader).toBe(2);
    expect(two.seat.status().role).toBe(Role.Leader);
    expect(two.seat.status().snapshotIndex).toBe(1);
    await c.settle(two.seat.propose(put('b', '2')), 'put b');

    // Member 3 joins through member 2.
    const three = await c.joiner(3, 2);
    await c.settle(two.seat.addLearner(record(3)), 'add learner 3');
    await c.tickUntil(() => three.seat.status().appliedIndex === two.seat.status().appliedIndex, 'member 3 caught up', 200);
    expect(three.joining?.joined).toBe(true);
    expect(three.seat.status().members.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(three.seat.machineForTesting.get(enc.encode('b'))?.value).toEqual(enc.encode('2'));
    await c.settle(two.seat.promote(3 as NodeId), 'promote 3');
    await c.settle(two.seat.propose(put('c', '3')), 'put c');
    await c.tickUntil(() => three.seat.machineForTesting.get(enc.encode('c')) !== undefined, 'member 3 applies c');
  });
});
