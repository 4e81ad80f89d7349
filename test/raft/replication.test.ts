// Paper tests for log replication and commitment (Raft paper §5.3, §5.4).

import { describe, expect, it } from 'vitest';

import { EntryType, MessageType, Role, message, type Entry, type Index, type Term } from '../../src/raft/index.js';
import { Network, bytes, id, isType } from './harness.js';

const T = (n: number): Term => n as Term;
const I = (n: number): Index => n as Index;
const entry = (index: number, term: number, data = ''): Entry => ({ index: I(index), term: T(term), type: EntryType.Normal, data: bytes(data) });

describe('log replication (§5.3)', () => {
  it('the leader appends a proposal to its log and sends it to every follower (§5.3)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.propose(1, 'x');
    const rd = net.processReady(1)!;
    expect(rd.entries.map((e) => [e.index, e.term])).toEqual([[3, 2]]);
    const apps = rd.messages.filter((m) => m.type === MessageType.App);
    expect(apps.map((m) => m.to).sort()).toEqual([2, 3]);
    for (const m of apps) expect(m.entries.map((e) => e.index)).toEqual([3]);
  });

  it('a follower rejects AppendEntries whose prevLogTerm does not match (§5.3)', () => {
    const net = new Network({ voters: [1, 2], logs: { 2: [1, 1] }, terms: { 2: 3 } });
    const n2 = net.node(2);
    n2.step(message({ type: MessageType.App, from: id(1), to: id(2), term: T(3), index: I(2), logTerm: T(2), entries: [entry(3, 3)] }));
    net.processReady(2);
    const r = net.inflight.find(isType(MessageType.AppResp))!;
    expect(r.reject).toBe(true);
    expect(r.index).toBe(2);
    expect(net.logOf(2)).toEqual(['2:1', '3:1']);
  });

  it('a follower rejects AppendEntries whose prevLogIndex is past its log (§5.3)', () => {
    const net = new Network({ voters: [1, 2], logs: { 2: [1] }, terms: { 2: 2 } });
    net.node(2).step(message({ type: MessageType.App, from: id(1), to: id(2), term: T(2), index: I(5), logTerm: T(2), entries: [entry(6, 2)] }));
    net.processReady(2);
    const r = net.inflight.find(isType(MessageType.AppResp))!;
    expect([r.reject, r.rejectHint, r.logTerm]).toEqual([true, 2, 1]);
  });

  it('a follower whose log matches at prevLogIndex appends the entries and acknowledges the last one (§5.3)', () => {
    const net = new Network({ voters: [1, 2], logs: { 2: [1] }, terms: { 2: 2 } });
    net.node(2).step(
      message({ type: MessageType.App, from: id(1), to: id(2), term: T(2), index: I(2), logTerm: T(1), entries: [entry(3, 2), entry(4, 2)] }),
    );
    const rd = net.processReady(2)!;
    expect(rd.entries.map((e) => e.index)).toEqual([3, 4]);
    const r = rd.messages.find((m) => m.type === MessageType.AppResp)!;
    expect([r.reject, r.index]).toEqual([false, 4]);
  });

  it('a follower replaces a conflicting suffix with the leader entries (§5.3)', () => {
    const net = new Network({ voters: [1, 2], logs: { 2: [1, 1, 1] }, terms: { 2: 2 } });
    net.node(2).step(message({ type: MessageType.App, from: id(1), to: id(2), term: T(2), index: I(2), logTerm: T(1), entries: [entry(3, 2)] }));
    net.processReady(2);
    expect(net.logOf(2)).toEqual(['2:1', '3:2']);
    expect(net.member(2).storage.lastIndex()).toBe(3);
  });

  it('a follower keeps entries after a matching AppendEntries that holds nothing new (a delayed message does not truncate) (§5.3)', () => {
    const net = new Network({ voters: [1, 2], logs: { 2: [1, 2, 2] }, terms: { 2: 2 } });
    net.node(2).step(message({ type: MessageType.App, from: id(1), to: id(2), term: T(2), index: I(2), logTerm: T(1), entries: [entry(3, 2)] }));
    net.processReady(2);
    expect(net.logOf(2)).toEqual(['2:1', '3:2', '4:2']);
  });

  it('a follower commits up to min(leaderCommit, index of its last new entry) (§5.3, Figure 2)', () => {
    const net = new Network({ voters: [1, 2], logs: { 2: [1] }, terms: { 2: 2 } });
    net.node(2).step(
      message({ type: MessageType.App, from: id(1), to: id(2), term: T(2), index: I(2), logTerm: T(1), entries: [entry(3, 2)], commit: I(5) }),
    );
    expect(net.node(2).status().commit).toBe(3);
  });

  it('an entry is committed once stored on a majority, and followers learn the commit index (§5.3)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(3);
    net.propose(1, 'x');
    net.stabilize();
    expect(net.node(1).status().commit).toBe(3);
    expect(net.node(2).status().commit).toBe(3);
    expect(net.member(1).state).toEqual(['x']);
    expect(net.member(2).state).toEqual(['x']);
    expect(net.member(3).state).toEqual([]);
  });

  it('an entry stored on a minority is not committed (§5.3)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(1);
    net.propose(1, 'x');
    net.stabilize();
    expect(net.node(1).status().commit).toBe(2);
    expect(net.member(1).state).toEqual([]);
  });

  it('a leader commits only entries of its current term by counting replicas (§5.4.2, Figure 8)', () => {
    // After the genesis snapshot: S1 and S2 hold (3, term 2); S5 holds (3, term 3). S1 is elected in term 4 by S1..S4.
    const net = new Network({
      voters: [1, 2, 3, 4, 5],
      logs: { 1: [1, 2], 2: [1, 2], 3: [1], 4: [1], 5: [1, 3] },
      terms: { 1: 3, 2: 3, 3: 3, 4: 3, 5: 3 },
      config: { preVote: false },
    });
    net.campaign(1);
    net.processReady(1);
    net.deliver((m) => m.to !== 5);
    net.processAllReady();
    net.deliver(isType(MessageType.VoteResp));
    expect(net.node(1).status()).toMatchObject({ role: Role.Leader, term: 4, lastIndex: 4 });
    net.processReady(1);
    net.inflight = [];
    // S2 and S3 acknowledge index 3 (term 2) only: it is on a majority, but of an older term.
    net.node(1).step(message({ type: MessageType.AppResp, from: id(2), to: id(1), term: T(4), index: I(3) }));
    net.node(1).step(message({ type: MessageType.AppResp, from: id(3), to: id(1), term: T(4), index: I(3) }));
    expect(net.node(1).status().commit).toBe(1);
    // Once the term-4 entry is on a majority, it and everything before it commit.
    net.node(1).step(message({ type: MessageType.AppResp, from: id(2), to: id(1), term: T(4), index: I(4) }));
    net.node(1).step(message({ type: MessageType.AppResp, from: id(3), to: id(1), term: T(4), index: I(4) }));
    expect(net.node(1).status().commit).toBe(4);
  });

  it('a new leader brings every follower log of Figure 7 into agreement with its own (§5.3)', () => {
    const leader = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
    const followers = {
      a: [1, 1, 1, 4, 4, 5, 5, 6, 6],
      b: [1, 1, 1, 4],
      c: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6],
      d: [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7],
      e: [1, 1, 1, 4, 4, 4, 4],
      f: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3],
    };
    for (const [name, log] of Object.entries(followers)) {
      // Member 3 (empty log) gives the leader its majority; member 2 is the follower under test.
      const net = new Network({ voters: [1, 2, 3], logs: { 1: leader, 2: log }, terms: { 1: 7, 2: 7, 3: 7 }, config: { preVote: false } });
      net.campaign(1);
      net.processReady(1);
      net.deliver((m) => m.to === 3);
      net.processAllReady();
      net.deliver(isType(MessageType.VoteResp));
      expect(net.node(1).status().role, `follower ${name}`).toBe(Role.Leader);
      net.stabilize();
      expect(net.logOf(2), `follower ${name}`).toEqual(net.logOf(1));
    }
  });

  it('a leader never overwrites or deletes entries in its own log (§5.3, leader append-only)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { checkQuorum: false } });
    net.elect(1);
    net.propose(1, 'a');
    net.stabilize();
    const before = net.logOf(1);
    // A follower claims a conflicting log; the leader's log does not change.
    net.node(1).step(message({ type: MessageType.AppResp, from: id(2), to: id(1), term: T(2), index: I(3), reject: true, rejectHint: I(2), logTerm: T(1) }));
    net.processReady(1);
    expect(net.logOf(1)).toEqual(before);
  });

  it('committed entries are handed out only once persisted, in log order, each exactly once (§5.3)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    for (let k = 0; k < 20; k++) net.propose(1, `e${k}`);
    net.stabilize();
    for (const n of [1, 2, 3]) {
      const m = net.member(n);
      expect(m.state).toEqual(Array.from({ length: 20 }, (_, k) => `e${k}`));
      expect(m.appliedEntries.map((e) => e.index)).toEqual(Array.from({ length: 21 }, (_, k) => k + 2));
    }
  });

  it('a leader that lost an election keeps uncommitted entries from its term only if the new leader has them (§5.3)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false, checkQuorum: false } });
    net.elect(1);
    net.isolate(1);
    net.propose(1, 'lost');
    net.stabilize();
    net.elect(2);
    net.propose(2, 'kept');
    net.stabilize();
    net.heal();
    net.tick(2);
    net.stabilize();
    for (const n of [1, 2, 3]) expect(net.member(n).state).toEqual(['kept']);
    expect(net.logOf(1)).toEqual(net.logOf(2));
  });

  it('log matching: after random leader changes and losses, every member applies the same entries (§5.3)', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const net = new Network({ voters: [1, 2, 3, 4, 5], config: { preVote: false, checkQuorum: false } });
      let x = seed;
      const rnd = (n: number): number => {
        x = (x * 1103515245 + 12345) % 2147483648;
        return x % n;
      };
      for (let step = 0; step < 40; step++) {
        const who = 1 + rnd(5);
        const r = rnd(4);
        if (r === 0) net.campaign(who);
        else net.node(who).status().role === Role.Leader && net.propose(who, `s${seed}.${step}`);
        net.processAllReady();
        net.deliver(() => rnd(3) !== 0);
        net.drop(() => rnd(5) === 0);
      }
      net.heal();
      net.inflight = [];
      // Elect someone at a term above every earlier one, then commit one more entry everywhere.
      let leader: number | undefined;
      for (let n = 1; n <= 5 && leader === undefined; n++) {
        net.campaign(n);
        net.stabilize();
        leader = [1, 2, 3, 4, 5].find((k) => net.node(k).status().role === Role.Leader);
      }
      expect(leader, `seed ${seed}: someone is elected`).toBeDefined();
      net.propose(leader!, 'final');
      net.stabilize();
      const reference = net.member(leader!).state;
      for (const n of [1, 2, 3, 4, 5]) expect(net.member(n).state, `seed ${seed} member ${n}`).toEqual(reference);
    }
  });
});
