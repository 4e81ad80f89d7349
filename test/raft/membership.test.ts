// Membership changes, one member at a time, with learners (thesis §4.1-§4.3).

import { describe, expect, it } from 'vitest';

import { ConfChangeType, MessageType, Role, message, type ConfChange, type Index, type Term } from '../../src/raft/index.js';
import { Network, id, isType, slowestTimeout } from './harness.js';

const T = (n: number): Term => n as Term;
const I = (n: number): Index => n as Index;
const cc = (type: ConfChangeType, node: number): ConfChange => ({ type, node: id(node), context: new Uint8Array([node]) });

describe('membership (§4)', () => {
  it('a learner receives the log but its acknowledgement does not count toward commit (§4.2.1)', () => {
    const net = new Network({ voters: [1, 2], learners: [3] });
    net.elect(1);
    net.isolate(2);
    net.propose(1, 'x');
    net.stabilize();
    expect(net.member(3).storage.lastIndex()).toBe(3);
    expect(net.node(1).status().commit).toBe(2);
    net.heal();
    net.tick(1);
    net.stabilize();
    expect(net.node(1).status().commit).toBe(3);
    expect(net.member(3).state).toEqual(['x']);
  });

  it('a candidate asks only voters for votes, and a learner answer is not counted (§4.2.1)', () => {
    const net = new Network({ voters: [1, 2, 3], learners: [4], config: { preVote: false } });
    net.campaign(1);
    net.processReady(1);
    expect(net.inflight.filter(isType(MessageType.Vote)).map((m) => m.to).sort()).toEqual([2, 3]);
    net.node(1).step(message({ type: MessageType.VoteResp, from: id(4), to: id(1), term: T(1) }));
    expect(net.node(1).status().role).toBe(Role.Candidate);
  });

  it('a learner never campaigns (§4.2.1)', () => {
    const net = new Network({ voters: [1, 2], learners: [3] });
    net.tick(3, 100);
    expect(net.node(3).status()).toMatchObject({ role: Role.Follower, term: 1 });
  });

  it('a newcomer not in its own configuration cannot campaign', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.addMember(4);
    net.tick(4, 100);
    net.campaign(4);
    expect(net.node(4).status()).toMatchObject({ role: Role.Follower, term: 0 });
  });

  it('a member added as learner catches up, and once promoted counts toward quorum (§4.2.1)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.propose(1, 'before');
    net.stabilize();
    net.addMember(4);
    net.node(1).proposeConfChange(cc(ConfChangeType.AddLearner, 4));
    net.stabilize();
    expect(net.member(1).confState).toEqual({ voters: [1, 2, 3], learners: [4] });
    expect(net.member(4).state).toEqual(['before']);
    expect(net.member(4).confState).toEqual({ voters: [1, 2, 3], learners: [4] });
    net.node(1).proposeConfChange(cc(ConfChangeType.AddVoter, 4));
    net.stabilize();
    for (const n of [1, 2, 3, 4]) expect(net.member(n).confState).toEqual({ voters: [1, 2, 3, 4], learners: [] });
    // Quorum is now 3 of 4: with 2 and 3 cut off, nothing commits.
    net.isolate(2);
    net.isolate(3);
    net.propose(1, 'needs-three');
    net.stabilize();
    expect(net.member(1).state).toEqual(['before']);
  });

  it('removing a voter shrinks the quorum, and commits continue without it (§4.1)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 3));
    net.stabilize();
    expect(net.member(1).confState).toEqual({ voters: [1, 2], learners: [] });
    net.remove(3);
    net.propose(1, 'after');
    net.stabilize();
    expect(net.member(2).state).toEqual(['after']);
  });

  it('only one membership change at a time: a second is refused until the first is applied (RAFT_CONF_CHANGE_PENDING) (§4.1)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.addMember(4);
    net.addMember(5);
    net.node(1).proposeConfChange(cc(ConfChangeType.AddLearner, 4));
    expect(() => net.node(1).proposeConfChange(cc(ConfChangeType.AddLearner, 5))).toThrowError(
      expect.objectContaining({ code: 'RAFT_CONF_CHANGE_PENDING' }),
    );
    net.stabilize();
    net.node(1).proposeConfChange(cc(ConfChangeType.AddLearner, 5));
    net.stabilize();
    expect(net.member(1).confState.learners).toEqual([4, 5]);
  });

  it('no membership change until the leader has committed an entry of its term (RAFT_CONF_CHANGE_PENDING) (§4.1, the single-server bug fix)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.campaign(1);
    net.processReady(1);
    net.deliver();
    net.processAllReady();
    net.deliver(isType(MessageType.PreVoteResp));
    net.processAllReady();
    net.deliver();
    net.processAllReady();
    net.deliver(isType(MessageType.VoteResp));
    expect(net.node(1).status().role).toBe(Role.Leader);
    expect(() => net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 3))).toThrowError(
      expect.objectContaining({ code: 'RAFT_CONF_CHANGE_PENDING' }),
    );
    net.stabilize();
    net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 3));
  });

  it('a change that does not fit the configuration is refused (RAFT_CONF_CHANGE_INVALID)', () => {
    const net = new Network({ voters: [1, 2], learners: [3] });
    net.elect(1);
    const invalid = expect.objectContaining({ code: 'RAFT_CONF_CHANGE_INVALID' });
    expect(() => net.node(1).proposeConfChange(cc(ConfChangeType.AddVoter, 2))).toThrowError(invalid);
    expect(() => net.node(1).proposeConfChange(cc(ConfChangeType.AddLearner, 3))).toThrowError(invalid);
    expect(() => net.node(1).proposeConfChange(cc(ConfChangeType.AddLearner, 2))).toThrowError(invalid);
    expect(() => net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 9))).toThrowError(invalid);
    expect(() => net.node(1).proposeConfChange({ type: ConfChangeType.Remove, node: id(0), context: new Uint8Array() })).toThrowError(invalid);
  });

  it('the last voter cannot be removed (RAFT_CONF_CHANGE_INVALID)', () => {
    const net = new Network({ voters: [1] });
    net.elect(1);
    expect(() => net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 1))).toThrowError(
      expect.objectContaining({ code: 'RAFT_CONF_CHANGE_INVALID' }),
    );
  });

  it('a removed leader steps down once it applies its removal, and the others elect a leader (§4.2.2)', () => {
    const net = new Network({ voters: [1, 2, 3], memberConfig: { 3: { rand: slowestTimeout } } });
    net.elect(1);
    net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 1));
    net.stabilize();
    expect(net.node(1).status().role).toBe(Role.Follower);
    expect(net.member(2).confState.voters).toEqual([2, 3]);
    // The removed member cannot campaign; the others can.
    net.campaign(1);
    expect(net.node(1).status().role).toBe(Role.Follower);
    for (let k = 0; k < 30 && net.leader() === undefined; k++) {
      net.tickAll();
      net.stabilize();
    }
    expect([2, 3]).toContain(net.leader());
  });

  it('a removed leader commits no entry proposed after its removal was applied', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 1));
    net.stabilize();
    expect(() => net.propose(1, 'late')).toThrowError(expect.objectContaining({ code: 'RAFT_PROPOSAL_DROPPED' }));
  });

  it('a membership change proposed on a follower is forwarded to the leader', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.addMember(4);
    net.node(2).proposeConfChange(cc(ConfChangeType.AddLearner, 4));
    net.stabilize();
    expect(net.member(3).confState.learners).toEqual([4]);
  });

  it('a newcomer whose entries the leader compacted gets a snapshot, then learns its membership from the log', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    for (let k = 0; k < 10; k++) net.propose(1, `e${k}`);
    net.stabilize();
    net.compact(1);
    net.addMember(4);
    net.node(1).proposeConfChange(cc(ConfChangeType.AddLearner, 4));
    net.stabilize();
    for (let k = 0; k < 5; k++) {
      net.tick(1);
      net.stabilize();
    }
    expect(net.member(4).snapshotsInstalled).toBe(1);
    expect(net.member(4).state).toEqual(net.member(1).state);
    expect(net.member(4).confState).toEqual({ voters: [1, 2, 3], learners: [4] });
  });

  it('applyConfChange returns the new configuration on every member', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).proposeConfChange(cc(ConfChangeType.Remove, 2));
    net.stabilize();
    for (const n of [1, 3]) expect(net.node(n).status().confState).toEqual({ voters: [1, 3], learners: [] });
    void I;
  });
});
