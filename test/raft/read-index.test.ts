// ReadIndex linearizable reads (thesis §6.4).

import { describe, expect, it } from 'vitest';

import { MessageType, Role } from '../../src/raft/index.js';
import { Network, bytes, isType, text } from './harness.js';

const reads = (net: Network, n: number) => net.member(n).readStates.map((r) => `${text(r.context)}@${r.index}`);

describe('ReadIndex (§6.4)', () => {
  it('a read on the leader is answered with its commit index once a quorum answers a heartbeat (§6.4)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.propose(1, 'a');
    net.stabilize();
    net.node(1).readIndex(bytes('r1'));
    net.processReady(1);
    const hbs = net.inflight.filter(isType(MessageType.Heartbeat));
    expect(hbs.map((m) => text(m.context))).toEqual(['r1', 'r1']);
    expect(reads(net, 1)).toEqual([]);
    net.stabilize();
    expect(reads(net, 1)).toEqual(['r1@3']);
  });

  it('a leader cut off from the majority never answers a read (§6.4)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(1);
    net.node(1).readIndex(bytes('r1'));
    for (let k = 0; k < 5; k++) {
      net.tick(1);
      net.stabilize();
    }
    expect(reads(net, 1)).toEqual([]);
  });

  it('a leader that has not yet committed an entry of its term defers reads until it has (§6.4)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.campaign(1);
    // Win the election, but hold back the MsgApp carrying the leader's first entry.
    for (let k = 0; k < 4; k++) {
      net.processAllReady();
      net.deliver((m) => m.type !== MessageType.App);
    }
    expect(net.node(1).status().role).toBe(Role.Leader);
    net.node(1).readIndex(bytes('early'));
    net.processReady(1);
    expect(net.inflight.some((m) => m.type === MessageType.Heartbeat && text(m.context) === 'early')).toBe(false);
    net.stabilize();
    expect(reads(net, 1)).toEqual(['early@2']);
  });

  it('a read on a follower is forwarded to the leader and answered to the follower (§6.4)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.propose(1, 'a');
    net.stabilize();
    net.node(2).readIndex(bytes('f'));
    net.processReady(2);
    const fwd = net.inflight.find(isType(MessageType.ReadIndex))!;
    expect([fwd.to, fwd.term]).toEqual([1, 0]);
    net.stabilize();
    expect(reads(net, 2)).toEqual(['f@3']);
    expect(reads(net, 1)).toEqual([]);
  });

  it('a learner reads through the leader (§6.4)', () => {
    const net = new Network({ voters: [1, 2], learners: [3] });
    net.elect(1);
    net.node(3).readIndex(bytes('l'));
    net.stabilize();
    expect(reads(net, 3)).toEqual(['l@2']);
  });

  it('a read on a member that knows no leader is refused (RAFT_NOT_LEADER)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    expect(() => net.node(2).readIndex(bytes('x'))).toThrowError(expect.objectContaining({ code: 'RAFT_NOT_LEADER' }));
  });

  it('reads are confirmed in order: a quorum for a later read confirms the earlier ones', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).readIndex(bytes('r1'));
    net.node(1).readIndex(bytes('r2'));
    net.processReady(1);
    // Lose every heartbeat for r1; those for r2 confirm both.
    net.drop((m) => m.type === MessageType.Heartbeat && text(m.context) === 'r1');
    net.stabilize();
    expect(reads(net, 1)).toEqual(['r1@2', 'r2@2']);
  });

  it('a one-voter leader answers a read at once', () => {
    const net = new Network({ voters: [1] });
    net.elect(1);
    net.node(1).readIndex(bytes('solo'));
    net.processReady(1);
    expect(reads(net, 1)).toEqual(['solo@2']);
  });

  it('an empty or oversized read context is refused (RAFT_ARGUMENT_INVALID)', () => {
    const net = new Network({ voters: [1] });
    net.elect(1);
    const invalid = expect.objectContaining({ code: 'RAFT_ARGUMENT_INVALID' });
    expect(() => net.node(1).readIndex(new Uint8Array(0))).toThrowError(invalid);
    expect(() => net.node(1).readIndex(new Uint8Array(1025))).toThrowError(invalid);
  });

  it('reads past readIndexPendingMax are refused (RAFT_READ_INDEX_OVERLOADED)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { readIndexPendingMax: 2 } });
    net.elect(1);
    net.node(1).readIndex(bytes('a'));
    net.node(1).readIndex(bytes('b'));
    expect(() => net.node(1).readIndex(bytes('c'))).toThrowError(expect.objectContaining({ code: 'RAFT_READ_INDEX_OVERLOADED' }));
    net.stabilize();
    net.node(1).readIndex(bytes('c'));
  });

  it('a deposed leader never answers a read, so no read returns a stale index (§6.4)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { checkQuorum: false } });
    net.elect(1);
    net.isolate(1);
    net.node(1).readIndex(bytes('stale'));
    net.processReady(1);
    net.elect(2);
    net.propose(2, 'new');
    net.stabilize();
    net.heal();
    net.tick(2);
    net.stabilize();
    expect(reads(net, 1)).toEqual([]);
    expect(net.node(1).status()).toMatchObject({ role: Role.Follower, lead: 2 });
  });
});
