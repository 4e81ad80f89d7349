// Paper tests for leader election (Raft paper §5.2, thesis §4.2.3, §6.2, §9.6).
// Each test checks one rule: init, act, check.

import { describe, expect, it } from 'vitest';

import { MessageType, Role, message, type Index, type Term } from '../../src/raft/index.js';
import { Network, bytes, id, isType, seededRand, slowestTimeout } from './harness.js';

const T = (n: number): Term => n as Term;
const I = (n: number): Index => n as Index;

describe('elections', () => {
  it('a follower that hears nothing for an election timeout becomes a candidate and votes for itself (§5.2)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    net.tick(1, 9);
    expect(net.node(1).status().role).toBe(Role.Follower);
    net.tick(1, 1);
    const s = net.node(1).status();
    expect(s.role).toBe(Role.Candidate);
    expect(s.term).toBe(2);
    expect(s.vote).toBe(1);
  });

  it('a candidate asks every other voter for a vote with its last log position (§5.2)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    net.campaign(1);
    net.processReady(1);
    const votes = net.inflight.filter(isType(MessageType.Vote));
    expect(votes.map((m) => m.to).sort()).toEqual([2, 3]);
    for (const m of votes) expect([m.term, m.index, m.logTerm]).toEqual([2, 1, 1]);
  });

  it('a candidate that wins a majority becomes leader and appends an empty entry of its term (§5.2, §8)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    net.campaign(1);
    net.processReady(1);
    net.deliver();
    net.processAllReady();
    net.deliver(isType(MessageType.VoteResp));
    const s = net.node(1).status();
    expect(s.role).toBe(Role.Leader);
    expect(s.lastIndex).toBe(2);
    expect(net.node(1).raftForTesting.log.term(I(2))).toBe(2);
  });

  it('a voter grants at most one vote per term (§5.2)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    const n3 = net.node(3);
    n3.step(message({ type: MessageType.Vote, from: id(1), to: id(3), term: T(2), index: I(1), logTerm: T(1) }));
    n3.step(message({ type: MessageType.Vote, from: id(2), to: id(3), term: T(2), index: I(1), logTerm: T(1) }));
    net.processReady(3);
    const resps = net.inflight.filter(isType(MessageType.VoteResp));
    expect(resps.map((m) => [m.to, m.reject])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('a voter repeats its vote for the same candidate in the same term (§5.2, a lost response is resent)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    const n3 = net.node(3);
    const vote = message({ type: MessageType.Vote, from: id(1), to: id(3), term: T(2), index: I(1), logTerm: T(1) });
    n3.step(vote);
    n3.step(vote);
    net.processReady(3);
    expect(net.inflight.filter(isType(MessageType.VoteResp)).map((m) => m.reject)).toEqual([false, false]);
  });

  it('the vote is persisted in the hard state of the Ready that carries the response (§5.2, Figure 2)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    net.node(3).step(message({ type: MessageType.Vote, from: id(1), to: id(3), term: T(2), index: I(1), logTerm: T(1) }));
    const rd = net.processReady(3)!;
    expect(rd.hardState).toEqual({ term: 2, vote: 1, commit: 1 });
    expect(rd.mustSync).toBe(true);
    expect(rd.messages.map((m) => m.type)).toEqual([MessageType.VoteResp]);
  });

  it('a voter refuses a candidate whose log is less up to date than its own (§5.4.1)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false, checkQuorum: false } });
    net.elect(1);
    net.propose(1, 'x');
    net.stabilize();
    // Member 3's last entry is (3, term 2); a candidate with (2, term 2) is behind.
    const n3 = net.node(3);
    n3.step(message({ type: MessageType.Vote, from: id(2), to: id(3), term: T(5), index: I(2), logTerm: T(2) }));
    net.processReady(3);
    const resp = net.inflight.find(isType(MessageType.VoteResp))!;
    expect(resp.reject).toBe(true);
    expect(n3.status().vote).toBe(0);
  });

  it('a voter grants a candidate whose last term is higher even with a shorter log (§5.4.1)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false, checkQuorum: false } });
    net.elect(1);
    net.propose(1, 'x');
    net.stabilize();
    const n3 = net.node(3);
    n3.step(message({ type: MessageType.Vote, from: id(2), to: id(3), term: T(5), index: I(2), logTerm: T(3) }));
    net.processReady(3);
    expect(net.inflight.find(isType(MessageType.VoteResp))!.reject).toBe(false);
  });

  it('a candidate that learns of a leader of its term returns to follower (§5.2)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    net.campaign(1);
    expect(net.node(1).status().role).toBe(Role.Candidate);
    net.node(1).step(message({ type: MessageType.App, from: id(2), to: id(1), term: T(2), index: I(1), logTerm: T(1) }));
    const s = net.node(1).status();
    expect(s.role).toBe(Role.Follower);
    expect(s.lead).toBe(2);
  });

  it('any member that sees a higher term adopts it and becomes follower (§5.1)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false } });
    net.elect(1);
    net.node(1).step(message({ type: MessageType.App, from: id(2), to: id(1), term: T(7), index: I(0), logTerm: T(0) }));
    expect(net.node(1).status()).toMatchObject({ role: Role.Follower, term: 7, lead: 2 });
  });

  it('a stale-term message is ignored, and a stale leader is told the newer term (§5.1)', () => {
    const net = new Network({ voters: [1, 2, 3], memberConfig: { 3: { rand: slowestTimeout } } });
    net.elect(1);
    net.isolate(1);
    net.tick(2, 10);
    net.tick(3, 10);
    net.stabilize();
    net.heal();
    expect(net.node(2).status().role).toBe(Role.Leader);
    const before = net.node(3).status();
    net.node(3).step(message({ type: MessageType.App, from: id(1), to: id(3), term: T(2), index: I(2), logTerm: T(2) }));
    expect(net.node(3).status()).toMatchObject({ term: before.term, lead: 2 });
    net.processReady(3);
    const resp = net.inflight.find((m) => m.to === 1)!;
    expect([resp.type, resp.term]).toEqual([MessageType.AppResp, before.term]);
  });

  it('a candidate that loses the election (a majority rejects) becomes follower (§5.2)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false, checkQuorum: false } });
    net.elect(2);
    // Member 1 misses entry 2 and campaigns with a shorter log at a higher term.
    net.isolate(1);
    net.propose(2, 'y');
    net.stabilize();
    net.heal();
    net.campaign(1);
    net.processReady(1);
    net.deliver();
    net.processAllReady();
    net.deliver(isType(MessageType.VoteResp));
    expect(net.node(1).status()).toMatchObject({ role: Role.Follower, term: 3 });
  });

  it('election timeouts are randomized in [electionTimeout, 2 * electionTimeout) from the injected source (§5.2)', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      const net = new Network({ voters: [1, 2, 3], config: { rand: seededRand(seed), preVote: false } });
      let ticks = 0;
      while (net.node(1).status().role === Role.Follower) {
        net.tick(1);
        ticks++;
      }
      seen.add(ticks);
    }
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...seen)).toBeLessThan(20);
    expect(seen.size).toBeGreaterThan(3);
  });

  it('the same seed gives the same elections, tick for tick (determinism)', () => {
    const run = (seed: number): string[] => {
      const net = new Network({ voters: [1, 2, 3], config: { rand: seededRand(seed) } });
      const trace: string[] = [];
      for (let k = 0; k < 60; k++) {
        net.tickAll();
        net.stabilize();
        trace.push([1, 2, 3].map((n) => `${net.node(n).status().role}@${net.node(n).status().term}`).join(','));
      }
      return trace;
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('a single-voter cluster elects itself and commits at once', () => {
    const net = new Network({ voters: [1] });
    net.campaign(1);
    expect(net.node(1).status().role).toBe(Role.Leader);
    net.propose(1, 'a');
    net.stabilize();
    expect(net.member(1).state).toEqual(['a']);
  });
});

describe('pre-vote (§9.6)', () => {
  it('a pre-candidate asks for votes at term + 1 without raising its own term', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.campaign(1);
    expect(net.node(1).status()).toMatchObject({ role: Role.PreCandidate, term: 1, vote: 0 });
    net.processReady(1);
    const pv = net.inflight.filter(isType(MessageType.PreVote));
    expect(pv.map((m) => m.term)).toEqual([2, 2]);
  });

  it('a voter answers a pre-vote without changing its term or vote', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.node(3).step(message({ type: MessageType.PreVote, from: id(1), to: id(3), term: T(2), index: I(1), logTerm: T(1) }));
    expect(net.node(3).status()).toMatchObject({ term: 1, vote: 0 });
    net.processReady(3);
    const r = net.inflight.find(isType(MessageType.PreVoteResp))!;
    expect([r.reject, r.term]).toEqual([false, 2]);
  });

  it('a pre-candidate that wins the pre-vote campaigns for real', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    expect(net.node(1).status().term).toBe(2);
  });

  it('a member cut off from the cluster does not raise its term and does not disrupt the leader when it returns', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(3);
    for (let k = 0; k < 50; k++) {
      net.tickAll();
      net.stabilize();
    }
    expect(net.node(3).status().term).toBe(2);
    net.heal();
    for (let k = 0; k < 5; k++) {
      net.tickAll();
      net.stabilize();
    }
    expect(net.node(1).status()).toMatchObject({ role: Role.Leader, term: 2 });
    expect(net.node(3).status()).toMatchObject({ role: Role.Follower, term: 2, lead: 1 });
  });

  it('without pre-vote, a returning member with a higher term forces an election (the disruption pre-vote prevents)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { preVote: false, checkQuorum: false } });
    net.elect(1);
    net.isolate(3);
    for (let k = 0; k < 30; k++) {
      net.tick(3);
      net.stabilize();
    }
    expect(net.node(3).status().term).toBeGreaterThan(2);
    net.heal();
    net.campaign(3);
    net.stabilize();
    expect(net.node(1).status().term).toBeGreaterThan(2);
  });

  it('a pre-candidate rejected by a majority returns to follower in its term', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.propose(1, 'x');
    net.isolate(3);
    net.stabilize();
    net.heal();
    // 3's log is behind: both others refuse its pre-vote (leader 1 and follower 2 are outside their lease).
    net.tick(1, 10);
    net.tick(2, 10);
    net.inflight = [];
    net.campaign(3);
    net.stabilize();
    expect(net.node(3).status().role).toBe(Role.Follower);
    expect(net.node(3).status().term).toBe(2);
  });
});

describe('check-quorum (§6.2)', () => {
  it('a leader that has not heard from a quorum within an election timeout steps down', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(1);
    net.tick(1, 10);
    expect(net.node(1).status().role).toBe(Role.Leader);
    net.tick(1, 10);
    expect(net.node(1).status()).toMatchObject({ role: Role.Follower, lead: 0 });
  });

  it('a leader that hears from a quorum stays leader', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(3);
    for (let k = 0; k < 40; k++) {
      net.tick(1);
      net.stabilize();
    }
    expect(net.node(1).status().role).toBe(Role.Leader);
  });

  it('a follower in its election lease ignores a vote request of a higher term (§4.2.3)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(2).step(message({ type: MessageType.Vote, from: id(3), to: id(2), term: T(9), index: I(5), logTerm: T(5) }));
    expect(net.node(2).status()).toMatchObject({ term: 2, vote: 1, lead: 1 });
    expect(net.node(2).hasReady()).toBe(false);
  });

  it('a follower past its election lease grants the vote', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.tick(2, 10);
    net.node(2).step(message({ type: MessageType.Vote, from: id(3), to: id(2), term: T(9), index: I(5), logTerm: T(5) }));
    expect(net.node(2).status()).toMatchObject({ term: 9, vote: 3 });
  });

  it('a member that is not a voter of its configuration never campaigns', () => {
    const net = new Network({ voters: [1, 2], learners: [3] });
    net.tick(3, 100);
    expect(net.node(3).status().role).toBe(Role.Follower);
    net.campaign(3);
    expect(net.node(3).status().role).toBe(Role.Follower);
    expect(net.node(3).hasReady()).toBe(false);
  });

  it('a new leader holds every entry committed in earlier terms and builds on them (§5.4, leader completeness)', () => {
    const net = new Network({ voters: [1, 2, 3], memberConfig: { 3: { rand: slowestTimeout } } });
    net.elect(1);
    net.propose(1, 'a');
    net.stabilize();
    net.isolate(1);
    net.tick(3, 10);
    net.tick(2, 10);
    net.stabilize();
    expect(net.node(2).status().role).toBe(Role.Leader);
    expect(net.member(2).state).toEqual(['a']);
    net.node(2).propose(bytes('b'));
    net.stabilize();
    expect(net.member(3).state).toEqual(['a', 'b']);
  });
});
