// Flow control of replication: probe / replicate states, bounded inflight
// messages (count and bytes), batching, fast backtracking (§5.3 and etcd's
// Progress design).

import { describe, expect, it } from 'vitest';

import { MessageType, ProgressState, message, type Index, type Term } from '../../src/raft/index.js';
import { Network, id, isType } from './harness.js';

const T = (n: number): Term => n as Term;
const I = (n: number): Index => n as Index;

const appsTo = (net: Network, to: number) => net.inflight.filter((m) => m.type === MessageType.App && m.to === to);
const progressOf = (net: Network, leader: number, of: number) => net.node(leader).status().progress!.get(id(of))!;

describe('flow control', () => {
  it('a new leader probes each follower with one MsgApp and waits for its answer (probe state)', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.isolate(2);
    net.propose(1, 'a');
    net.processReady(1);
    net.heal();
    // Stepping down to probe: a rejection from 2 moves it back.
    net.node(1).step(message({ type: MessageType.AppResp, from: id(2), to: id(1), term: T(2), index: I(3), reject: true, rejectHint: I(2), logTerm: T(2) }));
    expect(progressOf(net, 1, 2).state).toBe(ProgressState.Probe);
    net.processReady(1);
    expect(appsTo(net, 2)).toHaveLength(1);
    net.propose(1, 'b');
    net.propose(1, 'c');
    net.processReady(1);
    // Still one probe outstanding: no more MsgApp to 2.
    expect(appsTo(net, 2)).toHaveLength(1);
  });

  it('an accepted probe moves the follower to replicate, where MsgApp are pipelined without waiting', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    expect(progressOf(net, 1, 2).state).toBe(ProgressState.Replicate);
    net.propose(1, 'a');
    net.processReady(1);
    net.propose(1, 'b');
    net.processReady(1);
    net.propose(1, 'c');
    net.processReady(1);
    expect(appsTo(net, 2).map((m) => m.entries.map((e) => e.index))).toEqual([[3], [4], [5]]);
    expect(progressOf(net, 1, 2)).toMatchObject({ inflightMsgs: 3, next: 6 });
  });

  it('proposals between two Readys go to each follower in one MsgApp (batching)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    for (let k = 0; k < 100; k++) net.propose(1, `p${k}`);
    net.processReady(1);
    expect(appsTo(net, 2)).toHaveLength(1);
    expect(appsTo(net, 2)[0]!.entries).toHaveLength(100);
    expect(appsTo(net, 3)[0]!.entries).toHaveLength(100);
  });

  it('MsgApp entries are cut at msgAppBytesMax, and a larger entry still goes alone', () => {
    const net = new Network({ voters: [1, 2], config: { msgAppBytesMax: 10 } });
    net.elect(1);
    for (const d of ['aaaa', 'bbbb', 'cccc', 'dddddddddddddddd', 'e']) net.propose(1, d);
    net.processReady(1);
    expect(appsTo(net, 2).map((m) => m.entries.map((e) => e.data.length))).toEqual([[4, 4], [4], [16], [1]]);
  });

  it('in replicate, sending stops when inflightMsgsMax messages are unacknowledged', () => {
    const net = new Network({ voters: [1, 2], config: { inflightMsgsMax: 3 } });
    net.elect(1);
    for (let k = 0; k < 5; k++) {
      net.propose(1, `p${k}`);
      net.processReady(1);
    }
    expect(appsTo(net, 2)).toHaveLength(3);
    expect(progressOf(net, 1, 2).inflightMsgs).toBe(3);
  });

  it('in replicate, sending stops when inflightBytesMax payload bytes are unacknowledged', () => {
    const net = new Network({ voters: [1, 2], config: { inflightBytesMax: 2000, msgAppBytesMax: 1000 } });
    net.elect(1);
    const big = 'x'.repeat(700);
    for (let k = 0; k < 5; k++) {
      net.propose(1, big);
      net.processReady(1);
    }
    // 700 + 700 + 700 = 2100 >= 2000 after the third: the fourth and fifth wait.
    expect(appsTo(net, 2)).toHaveLength(3);
    expect(progressOf(net, 1, 2).inflightBytes).toBe(2100);
  });

  it('an acknowledgement frees the inflight messages it covers and sending resumes', () => {
    const net = new Network({ voters: [1, 2], config: { inflightMsgsMax: 2 } });
    net.elect(1);
    for (let k = 0; k < 4; k++) {
      net.propose(1, `p${k}`);
      net.processReady(1);
    }
    expect(appsTo(net, 2)).toHaveLength(2);
    net.inflight = [];
    net.node(1).step(message({ type: MessageType.AppResp, from: id(2), to: id(1), term: T(2), index: I(4) }));
    net.processReady(1);
    expect(appsTo(net, 2).map((m) => m.entries.map((e) => e.index))).toEqual([[5, 6]]);
  });

  it('a rejection while replicating moves the follower to probe from its match (§5.3)', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.propose(1, 'a');
    net.processReady(1);
    net.propose(1, 'b');
    net.processReady(1);
    net.inflight = [];
    // The follower (match 2) rejects the second MsgApp (after index 3): the first was lost.
    net.node(1).step(message({ type: MessageType.AppResp, from: id(2), to: id(1), term: T(2), index: I(3), reject: true, rejectHint: I(2), logTerm: T(2) }));
    const pr = progressOf(net, 1, 2);
    expect(pr.state).toBe(ProgressState.Probe);
    expect(pr.next).toBe(3);
  });

  it('a stale rejection (for an index the follower is known to match) is ignored', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.propose(1, 'a');
    net.stabilize();
    const before = progressOf(net, 1, 2);
    // Match is 3; a rejection of index 2 answers an older MsgApp.
    net.node(1).step(message({ type: MessageType.AppResp, from: id(2), to: id(1), term: T(2), index: I(2), reject: true, rejectHint: I(1), logTerm: T(1) }));
    expect(progressOf(net, 1, 2)).toEqual(before);
  });

  it('fast backtracking: rejectHint and logTerm let the leader skip whole conflicting terms (§5.3)', () => {
    // Figure 7 (f): the leader needs 2 round trips with the hint instead of 8 one entry at a time.
    const leader = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
    const follower = [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3];
    const net = new Network({ voters: [1, 2, 3], logs: { 1: leader, 2: follower }, terms: { 1: 7, 2: 7, 3: 7 }, config: { preVote: false } });
    net.campaign(1);
    net.processReady(1);
    net.deliver((m) => m.to === 3);
    net.processAllReady();
    net.deliver(isType(MessageType.VoteResp));
    net.stabilize();
    const rejects = net.sent.filter((m) => m.type === MessageType.AppResp && m.from === 2 && m.reject);
    expect(rejects.length).toBeLessThanOrEqual(2);
    expect(net.logOf(2)).toEqual(net.logOf(1));
  });

  it('a follower rejecting a probe hints its last index whose term is at most the probe term (§5.3)', () => {
    const net = new Network({ voters: [1, 2], logs: { 2: [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3] }, terms: { 2: 8 } });
    net.node(2).step(message({ type: MessageType.App, from: id(1), to: id(2), term: T(8), index: I(10), logTerm: T(6) }));
    net.processReady(2);
    const r = net.inflight.find(isType(MessageType.AppResp))!;
    // Entry 10 has term 3 <= 6: the follower's log may match up to there.
    expect([r.reject, r.index, r.rejectHint, r.logTerm]).toEqual([true, 10, 10, 3]);
  });

  it('a heartbeat response unpauses a probe whose MsgApp was lost', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.node(1).reportUnreachable(id(2));
    net.propose(1, 'a');
    net.processReady(1);
    net.drop(() => true); // the probe is lost
    net.propose(1, 'b');
    net.processReady(1);
    expect(appsTo(net, 2)).toHaveLength(0);
    net.tick(1);
    net.stabilize();
    expect(net.member(2).state).toEqual(['a', 'b']);
  });

  it('a full window whose MsgApp were lost recovers after a heartbeat response', () => {
    const net = new Network({ voters: [1, 2], config: { inflightMsgsMax: 2 } });
    net.elect(1);
    for (let k = 0; k < 4; k++) {
      net.propose(1, `p${k}`);
      net.processReady(1);
    }
    net.drop(() => true);
    net.tick(1);
    net.stabilize();
    expect(net.member(2).state).toEqual(['p0', 'p1', 'p2', 'p3']);
  });

  it('an entry lost at the end of the log (no later proposal) still reaches the follower after a heartbeat', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.propose(1, 'a');
    net.processReady(1);
    net.drop(() => true);
    net.tick(1);
    net.stabilize();
    expect(net.member(2).state).toEqual(['a']);
  });

  it('reportUnreachable moves a replicating follower to probe', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    expect(progressOf(net, 1, 2).state).toBe(ProgressState.Replicate);
    net.node(1).reportUnreachable(id(2));
    expect(progressOf(net, 1, 2).state).toBe(ProgressState.Probe);
  });

  it('the leader refuses proposals past uncommittedBytesMax (RAFT_UNCOMMITTED_BYTES_EXCEEDED) and accepts again once they commit', () => {
    const net = new Network({ voters: [1, 2], config: { uncommittedBytesMax: 10, msgAppBytesMax: 10, inflightBytesMax: 10 } });
    net.elect(1);
    net.isolate(2);
    net.propose(1, '123456');
    expect(() => net.propose(1, '123456')).toThrowError(expect.objectContaining({ code: 'RAFT_UNCOMMITTED_BYTES_EXCEEDED' }));
    net.heal();
    net.stabilize();
    net.tick(1);
    net.stabilize();
    expect(net.member(1).state).toEqual(['123456']);
    net.propose(1, '123456');
  });
});
