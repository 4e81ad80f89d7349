// Proposals: forwarding or refusal on followers, and the RawNode contract
// (Ready / advance, message validation, restart).

import { describe, expect, it } from 'vitest';

import {
  EntryType,
  MemoryStorage,
  MessageType,
  RawNode,
  Role,
  message,
  type Index,
  type Term,
} from '../../src/raft/index.js';
import { Network, bytes, id, isType, text } from './harness.js';

const T = (n: number): Term => n as Term;
const I = (n: number): Index => n as Index;
const code = (c: string) => expect.objectContaining({ code: c });

describe('proposals', () => {
  it('a proposal on a follower is forwarded to the leader and committed', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.propose(2, 'via-follower');
    net.processReady(2);
    const fwd = net.inflight.find(isType(MessageType.Prop))!;
    expect([fwd.to, fwd.term, text(fwd.entries[0]!.data)]).toEqual([1, 0, 'via-follower']);
    net.stabilize();
    for (const n of [1, 2, 3]) expect(net.member(n).state).toEqual(['via-follower']);
  });

  it('with forwarding disabled, a follower refuses a proposal naming the leader (RAFT_PROPOSAL_DROPPED)', () => {
    const net = new Network({ voters: [1, 2, 3], config: { disableProposalForwarding: true } });
    net.elect(1);
    expect(() => net.propose(2, 'x')).toThrowError(expect.objectContaining({ code: 'RAFT_PROPOSAL_DROPPED', details: expect.objectContaining({ leader: 1 }) }));
  });

  it('a proposal on a member that knows no leader is refused (RAFT_PROPOSAL_DROPPED, leader 0)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    expect(() => net.propose(2, 'x')).toThrowError(expect.objectContaining({ code: 'RAFT_PROPOSAL_DROPPED', details: expect.objectContaining({ leader: 0 }) }));
  });

  it('a proposal on a candidate is refused (RAFT_PROPOSAL_DROPPED)', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.campaign(1);
    expect(net.node(1).status().role).toBe(Role.PreCandidate);
    expect(() => net.propose(1, 'x')).toThrowError(code('RAFT_PROPOSAL_DROPPED'));
  });

  it('a forwarded proposal the leader refuses is dropped without an answer', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.isolate(3);
    net.node(1).transferLeader(id(3));
    net.propose(2, 'during-transfer');
    net.processReady(2);
    net.deliver((m) => m.type === MessageType.Prop);
    expect(net.node(1).status().lastIndex).toBe(2);
    expect(net.node(1).hasReady()).toBe(true); // only the transfer's MsgApp
  });

  it('proposeBatch appends every entry in order, or none', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.node(1).proposeBatch([bytes('a'), bytes('b'), bytes('c')]);
    net.stabilize();
    expect(net.member(3).state).toEqual(['a', 'b', 'c']);
  });

  it('a leader accepts a proposal it may still lose: acceptance is not commitment (§5.3)', () => {
    const net = new Network({ voters: [1, 2, 3], memberConfig: { 3: { rand: (n) => n - 1 } } });
    net.elect(1);
    net.isolate(1);
    net.propose(1, 'accepted-not-committed');
    net.stabilize();
    net.tick(3, 10);
    net.tick(2, 10);
    net.stabilize();
    expect(net.node(2).status().role).toBe(Role.Leader);
    net.heal();
    net.tick(2);
    net.stabilize();
    for (const n of [1, 2, 3]) expect(net.member(n).state).toEqual([]);
  });
});

describe('RawNode contract', () => {
  const single = () => {
    const net = new Network({ voters: [1] });
    net.elect(1);
    return net;
  };

  it('ready() again before advance() is refused (RAFT_READY_NOT_ADVANCED), as is advance() without ready()', () => {
    const net = single();
    net.propose(1, 'x');
    net.node(1).ready();
    expect(() => net.node(1).ready()).toThrowError(code('RAFT_READY_NOT_ADVANCED'));
    net.node(1).advance();
    expect(() => net.node(1).advance()).toThrowError(code('RAFT_READY_NOT_ADVANCED'));
  });

  it('hasReady() is false when nothing changed', () => {
    const net = single();
    expect(net.node(1).hasReady()).toBe(false);
    net.propose(1, 'x');
    expect(net.node(1).hasReady()).toBe(true);
  });

  it('a Ready reports role and leader changes in softState', () => {
    const net = new Network({ voters: [1] });
    net.campaign(1);
    const rd = net.node(1).ready();
    expect(rd.softState).toEqual({ lead: 1, role: Role.Leader });
    net.node(1).advance();
  });

  it('a Ready that only moves the commit index need not be fsynced (mustSync false)', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.propose(1, 'x');
    net.processReady(1);
    net.deliver();
    const rd = net.processReady(2)!;
    expect(rd.mustSync).toBe(true);
    net.deliver();
    net.processReady(1);
    net.deliver();
    const commitOnly = net.processReady(2)!;
    expect(commitOnly.entries).toHaveLength(0);
    expect(commitOnly.hardState?.commit).toBe(3);
    expect(commitOnly.mustSync).toBe(false);
  });

  it('committed entries per Ready stop at committedBytesPerReadyMax (at least one)', () => {
    const net = new Network({ voters: [1], config: { committedBytesPerReadyMax: 5 } });
    net.elect(1);
    for (const d of ['aaa', 'bbb', 'ccccccc', 'd']) net.propose(1, d);
    const sizes: number[][] = [];
    for (let k = 0; k < 5; k++) {
      const rd = net.processReady(1);
      if (rd === undefined) break;
      sizes.push(rd.committedEntries.map((e) => e.data.length));
    }
    expect(sizes).toEqual([[3], [3], [7], [1]]);
    expect(net.member(1).state).toEqual(['aaa', 'bbb', 'ccccccc', 'd']);
  });

  it('proposals between ready() and advance() appear in the next Ready', () => {
    const net = single();
    const n = net.node(1);
    n.propose(bytes('a'));
    const rd1 = n.ready();
    n.propose(bytes('b'));
    net.member(1).storage.save({ entries: rd1.entries, hardState: rd1.hardState });
    n.advance();
    const rd2 = n.ready();
    expect(rd1.entries.map((e) => text(e.data))).toEqual(['a']);
    expect(rd2.entries.map((e) => text(e.data))).toEqual(['b']);
    n.advance();
  });

  it('step() refuses messages no correct peer sends (RAFT_MESSAGE_INVALID)', () => {
    const net = new Network({ voters: [1, 2] });
    const n = net.node(1);
    const invalid = code('RAFT_MESSAGE_INVALID');
    expect(() => n.step(message({ type: MessageType.App, from: id(2), to: id(3), term: T(2) }))).toThrowError(invalid);
    expect(() => n.step(message({ type: 99 as MessageType, from: id(2), to: id(1), term: T(2) }))).toThrowError(invalid);
    expect(() => n.step(message({ type: MessageType.App, from: id(0), to: id(1), term: T(2) }))).toThrowError(invalid);
    expect(() => n.step(message({ type: MessageType.App, from: id(1), to: id(1), term: T(2) }))).toThrowError(invalid);
    expect(() => n.step(message({ type: MessageType.Heartbeat, from: id(2), to: id(1), term: T(0) }))).toThrowError(invalid);
    expect(() => n.step(message({ type: MessageType.Snap, from: id(2), to: id(1), term: T(2) }))).toThrowError(invalid);
    const e = { term: T(2), index: I(5), type: EntryType.Normal, data: bytes('x') };
    expect(() => n.step(message({ type: MessageType.App, from: id(2), to: id(1), term: T(2), index: I(1), logTerm: T(1), entries: [e] }))).toThrowError(invalid);
  });

  it('responses from members not in the configuration are ignored', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.node(1).step(message({ type: MessageType.AppResp, from: id(7), to: id(1), term: T(2), index: I(2) }));
    expect(net.node(1).hasReady()).toBe(false);
  });

  it('a restarted member recovers term, vote, commit and log from storage', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    net.propose(1, 'a');
    net.stabilize();
    const before = net.node(2).status();
    net.restart(2);
    expect(net.node(2).status()).toMatchObject({ term: before.term, vote: before.vote, commit: before.commit, lastIndex: before.lastIndex, role: Role.Follower });
  });

  it('by default a restarted member re-applies what follows its snapshot; appliedIndex skips what the state machine already has', () => {
    const net = new Network({ voters: [1] });
    net.elect(1);
    for (const d of ['a', 'b', 'c']) net.propose(1, d);
    net.stabilize();
    const storage = net.member(1).storage;
    const fresh = new RawNode({ id: id(1), rand: () => 0 }, storage);
    expect(fresh.ready().committedEntries.map((e) => e.index)).toEqual([2, 3, 4, 5]);
    const resumed = new RawNode({ id: id(1), rand: () => 0, appliedIndex: I(4) }, storage);
    expect(resumed.ready().committedEntries.map((e) => text(e.data))).toEqual(['c']);
    expect(() => new RawNode({ id: id(1), rand: () => 0, appliedIndex: I(9) }, storage)).toThrowError(code('RAFT_CONFIG_INVALID'));
  });

  it('a storage whose commit index is past its last entry is refused (RAFT_STORAGE_STATE_INVALID)', () => {
    const storage = new MemoryStorage({ confState: { voters: [id(1)], learners: [] }, hardState: { term: T(2), vote: id(0), commit: I(9) } });
    expect(() => new RawNode({ id: id(1), rand: () => 0 }, storage)).toThrowError(code('RAFT_STORAGE_STATE_INVALID'));
  });
});
