// ReadyPlanner (src/node/ready-plan.ts): which parts of a Ready the seat
// handles before its write is durable. Real RawNodes on MemoryStorage,
// driven by hand so each Ready's plan can be looked at; the simulator runs
// the same plan with crashes (test/sim, leaderPipelining).
import { describe, expect, it } from 'vitest';

import { ReadyPlanner, type ReadyPlan } from '../../src/node/ready-plan.js';
import {
  ConfChangeType,
  EntryType,
  MemoryStorage,
  MessageType,
  RawNode,
  Role,
  decodeConfChange,
  type ConfState,
  type Message,
  type NodeId,
  type Ready,
} from '../../src/raft/index.js';

interface Member {
  readonly node: RawNode;
  readonly store: MemoryStorage;
  readonly planner: ReadyPlanner;
}

const enc = (s: string) => new TextEncoder().encode(s);

function cluster(conf: ConfState): Map<NodeId, Member> {
  const out = new Map<NodeId, Member>();
  for (const id of [...conf.voters, ...conf.learners]) {
    const store = new MemoryStorage({ confState: conf });
    const node = new RawNode({ id, rand: () => 0 }, store);
    out.set(id, { node, store, planner: new ReadyPlanner(store.initialState().hardState, node.status().role) });
  }
  return out;
}

/** Takes one Ready of `m` and its plan, persists it, advances; returns both (messages not delivered). */
function handle(m: Member): { rd: Ready; plan: ReadyPlan } {
  const rd = m.node.ready();
  const plan = m.planner.plan(rd);
  m.store.save({ snapshot: rd.snapshot, entries: rd.entries, hardState: rd.hardState });
  for (const e of rd.committedEntries) {
    if (e.type === EntryType.ConfChange) m.node.applyConfChange(decodeConfChange(e.data));
  }
  m.node.advance();
  return { rd, plan };
}

/** Handles every Ready and delivers every message until nothing moves. */
function settle(members: Map<NodeId, Member>): void {
  for (let round = 0; round < 100; round++) {
    const out: Message[] = [];
    for (const m of members.values()) {
      if (!m.node.hasReady()) continue;
      const { plan } = handle(m);
      out.push(...plan.sendBeforePersist, ...plan.sendAfterPersist);
    }
    if (out.length === 0) return;
    for (const msg of out) members.get(msg.to)?.node.step(msg);
  }
  throw new Error('cluster did not settle');
}

function deliver(members: Map<NodeId, Member>, msgs: readonly Message[]): void {
  for (const msg of msgs) members.get(msg.to)?.node.step(msg);
}

describe('ReadyPlanner', () => {
  it('a three-voter leader sends appends before its write and applies what earlier Readys made durable', () => {
    const members = cluster({ voters: [1, 2, 3] as NodeId[], learners: [] });
    const leader = members.get(1 as NodeId)!;
    leader.node.campaign();
    // A candidate's vote requests wait for its write (and so does every Ready until it leads).
    const campaign = handle(leader);
    expect(campaign.plan.sendBeforePersist).toEqual([]);
    expect(campaign.plan.sendAfterPersist.length).toBe(2);
    deliver(members, campaign.plan.sendAfterPersist);
    settle(members);
    expect(leader.node.status().role).toBe(Role.Leader);

    leader.node.propose(enc('x'));
    const first = handle(leader);
    expect(first.rd.entries).toHaveLength(1);
    expect(first.plan.sendBeforePersist.map((m) => [m.type, m.to])).toEqual([
      [MessageType.App, 2],
      [MessageType.App, 3],
    ]);
    expect(first.plan.sendAfterPersist).toEqual([]);
    expect(first.plan.applyBeforePersist).toBe(0);

    // The followers store and acknowledge; their Readys wait for their writes.
    deliver(members, first.plan.sendBeforePersist);
    const acks: Message[] = [];
    for (const id of [2, 3] as NodeId[]) {
      const f = handle(members.get(id)!);
      expect(f.plan.sendBeforePersist).toEqual([]);
      expect(f.plan.sendAfterPersist.map((m) => m.type)).toEqual([MessageType.AppResp]);
      acks.push(...f.plan.sendAfterPersist);
    }
    deliver(members, acks);
    leader.node.propose(enc('y'));
    const second = handle(leader);
    // x is committed and durable (the first Ready's write); y is new in this one.
    expect(second.rd.committedEntries.map((e) => new TextDecoder().decode(e.data))).toEqual(['x']);
    expect(second.rd.entries.map((e) => new TextDecoder().decode(e.data))).toEqual(['y']);
    expect(second.plan.applyBeforePersist).toBe(1);
    expect(second.plan.sendBeforePersist.every((m) => m.type === MessageType.App || m.type === MessageType.Heartbeat)).toBe(true);
    expect(second.plan.sendBeforePersist.length).toBeGreaterThan(0);
  });

  it('a leader that is the only voter does not pipeline: its new entries are committed before they are durable', () => {
    const members = cluster({ voters: [1] as NodeId[], learners: [2] as NodeId[] });
    const leader = members.get(1 as NodeId)!;
    leader.node.campaign();
    settle(members);
    expect(leader.node.status().role).toBe(Role.Leader);
    leader.node.propose(enc('solo'));
    const { rd, plan } = handle(leader);
    expect(rd.entries).toHaveLength(1);
    expect(rd.committedEntries.map((e) => e.index)).toContain(rd.entries[0]!.index);
    expect(plan.sendBeforePersist).toEqual([]);
    expect(plan.applyBeforePersist).toBe(0);
    expect(plan.sendAfterPersist.some((m) => m.type === MessageType.App && m.to === 2)).toBe(true);
  });

  it('stops applying early at a membership change', () => {
    const members = cluster({ voters: [1, 2, 3] as NodeId[], learners: [] });
    const leader = members.get(1 as NodeId)!;
    leader.node.campaign();
    settle(members);
    leader.node.propose(enc('a'));
    leader.node.proposeConfChange({ type: ConfChangeType.AddLearner, node: 4 as NodeId, context: new Uint8Array(0) });
    leader.node.propose(enc('b'));
    const sent = handle(leader);
    deliver(members, sent.plan.sendBeforePersist);
    const acks: Message[] = [];
    for (const id of [2, 3] as NodeId[]) acks.push(...handle(members.get(id)!).plan.sendAfterPersist);
    deliver(members, acks);
    const { rd, plan } = handle(leader);
    const types = rd.committedEntries.map((e) => e.type);
    expect(types).toEqual([EntryType.Normal, EntryType.ConfChange, EntryType.Normal]);
    expect(plan.applyBeforePersist).toBe(1);
  });

  it('a follower never pipelines', () => {
    const members = cluster({ voters: [1, 2, 3] as NodeId[], learners: [] });
    members.get(1 as NodeId)!.node.campaign();
    settle(members);
    const leader = members.get(1 as NodeId)!;
    leader.node.propose(enc('z'));
    deliver(members, handle(leader).plan.sendBeforePersist);
    const f = handle(members.get(2 as NodeId)!);
    expect(f.rd.entries).toHaveLength(1);
    expect(f.plan).toEqual({ sendBeforePersist: [], sendAfterPersist: f.rd.messages, applyBeforePersist: 0 });
  });
});
