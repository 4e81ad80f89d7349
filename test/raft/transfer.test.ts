// Leadership transfer (thesis §3.10): TimeoutNow.

import { describe, expect, it } from 'vitest';

import { ConfChangeType, MessageType, Role } from '../../src/raft/index.js';
import { Network, id, isType } from './harness.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('leader transfer (§3.10)', () => {
  it('the leader sends TimeoutNow to an up-to-date transferee, which campaigns at once and wins (§3.10)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).transferLeader(id(2));
    net.processReady(1);
    expect(net.inflight.filter(isType(MessageType.TimeoutNow)).map((m) => m.to)).toEqual([2]);
    net.stabilize();
    expect(net.node(2).status()).toMatchObject({ role: Role.Leader, term: 3 });
    expect(net.node(1).status()).toMatchObject({ role: Role.Follower, lead: 2 });
  });

  it('a transferee that is behind is caught up first, then gets TimeoutNow (§3.10)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(2);
    net.propose(1, 'a');
    net.stabilize();
    net.heal();
    net.node(1).transferLeader(id(2));
    net.processReady(1);
    expect(net.inflight.filter(isType(MessageType.TimeoutNow))).toHaveLength(0);
    net.stabilize();
    expect(net.node(2).status().role).toBe(Role.Leader);
    expect(net.member(2).state).toEqual(['a']);
  });

  it('the transferee wins although the others are in their election lease (the vote carries the transfer flag)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { checkQuorum: true } });
    net.elect(1);
    net.node(1).transferLeader(id(3));
    net.stabilize();
    const vote = net.sent.find((m) => m.type === MessageType.Vote && m.from === 3)!;
    expect(vote.transfer).toBe(true);
    expect(net.node(3).status().role).toBe(Role.Leader);
  });

  it('during a transfer the leader refuses proposals (RAFT_TRANSFER_IN_PROGRESS)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(2);
    net.node(1).transferLeader(id(2));
    expect(() => net.propose(1, 'x')).toThrowError(code('RAFT_TRANSFER_IN_PROGRESS'));
  });

  it('a transfer that does not finish within an election timeout is abandoned and proposals are accepted again', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(2);
    net.node(1).transferLeader(id(2));
    for (let k = 0; k < 10; k++) {
      net.tick(1);
      net.stabilize();
    }
    expect(net.node(1).status()).toMatchObject({ role: Role.Leader, leadTransferee: 0 });
    net.propose(1, 'x');
  });

  it('a second transfer to another member while one is in progress is refused (RAFT_TRANSFER_IN_PROGRESS)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(2);
    net.node(1).transferLeader(id(2));
    net.node(1).transferLeader(id(2));
    expect(() => net.node(1).transferLeader(id(3))).toThrowError(code('RAFT_TRANSFER_IN_PROGRESS'));
  });

  it('a transfer asked of a follower is refused with the leader named (RAFT_NOT_LEADER)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    expect(() => net.node(2).transferLeader(id(3))).toThrowError(
      expect.objectContaining({ code: 'RAFT_NOT_LEADER', details: { leader: 1 } }),
    );
  });

  it('a transfer to a learner or a non-member is refused (RAFT_ARGUMENT_INVALID)', () => {
    const net = new Network({ voters: [1, 2], learners: [3] });
    net.elect(1);
    expect(() => net.node(1).transferLeader(id(3))).toThrowError(code('RAFT_ARGUMENT_INVALID'));
    expect(() => net.node(1).transferLeader(id(9))).toThrowError(code('RAFT_ARGUMENT_INVALID'));
  });

  it('a transfer to the leader itself changes nothing', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).transferLeader(id(1));
    expect(net.node(1).status()).toMatchObject({ role: Role.Leader, leadTransferee: 0 });
  });

  it('removing the transferee abandons the transfer', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).proposeConfChange({ type: ConfChangeType.Remove, node: id(3), context: new Uint8Array() });
    net.processAllReady();
    net.isolate(3);
    net.node(1).transferLeader(id(3));
    net.stabilize();
    expect(net.node(1).status()).toMatchObject({ role: Role.Leader, leadTransferee: 0 });
  });
});
