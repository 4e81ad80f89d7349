// advance(appliedIndex) / reportApplied(): an application that holds back
// committed entries (the seat's preApply hold) keeps the core's applied index
// with it, so a committed but unapplied membership change stays pending.

import { describe, expect, it } from 'vitest';

import { ConfChangeType, EntryType, MemoryStorage, RawNode, Role, type NodeId, type Ready } from '../../src/raft/index.js';

const code = (c: string) => expect.objectContaining({ code: c });
const learner = (n: number) => ({ type: ConfChangeType.AddLearner, node: n as NodeId, context: new Uint8Array(0) });

/** A one-voter leader with everything applied. */
function soloLeader(): { node: RawNode; storage: MemoryStorage } {
  const storage = new MemoryStorage({ confState: { voters: [1 as NodeId], learners: [] } });
  const node = new RawNode({ id: 1 as NodeId, electionTimeoutTicks: 5, heartbeatIntervalTicks: 1, rand: () => 0 }, storage);
  node.campaign();
  while (node.hasReady()) {
    const rd = persist(node, storage);
    for (const e of rd.committedEntries) if (e.type === EntryType.ConfChange) throw new Error('unexpected membership change');
    node.advance();
  }
  expect(node.status().role).toBe(Role.Leader);
  return { node, storage };
}

function persist(node: RawNode, storage: MemoryStorage): Ready {
  const rd = node.ready();
  storage.save({ snapshot: rd.snapshot, entries: rd.entries, hardState: rd.hardState });
  return rd;
}

describe('applied index held back by the application', () => {
  it('a membership change committed behind a held entry keeps a second change pending until it is applied', () => {
    const { node, storage } = soloLeader();
    node.propose(new TextEncoder().encode('held'));
    node.proposeConfChange(learner(2));
    const rd = persist(node, storage);
    const held = rd.committedEntries.find((e) => e.type === EntryType.Normal && e.data.length > 0)!;
    const cc = rd.committedEntries.find((e) => e.type === EntryType.ConfChange)!;
    expect(cc.index).toBe(held.index + 1);
    node.advance(held.index - 1); // the application applied nothing of this Ready
    expect(node.status().applied).toBe(held.index - 1);
    expect(node.hasReady()).toBe(false); // held entries are not handed out again
    expect(() => node.proposeConfChange(learner(3))).toThrowError(code('RAFT_CONF_CHANGE_PENDING'));
    node.reportApplied(held.index); // the hold resolved: the held entry is applied, the change not yet
    expect(() => node.proposeConfChange(learner(3))).toThrowError(code('RAFT_CONF_CHANGE_PENDING'));
    node.applyConfChange(learner(2));
    node.reportApplied(cc.index + 100); // capped at what was handed out
    expect(node.status().applied).toBe(cc.index);
    node.proposeConfChange(learner(3));
    expect(node.status().lastIndex).toBe(cc.index + 1);
  });

  it('unappliedEntriesMax: entries handed out but unapplied stay capped; the rest are handed out as the application applies', () => {
    const storage = new MemoryStorage({ confState: { voters: [1 as NodeId], learners: [] } });
    const node = new RawNode({ id: 1 as NodeId, electionTimeoutTicks: 5, heartbeatIntervalTicks: 1, rand: () => 0, unappliedEntriesMax: 4 }, storage);
    node.campaign();
    while (node.hasReady()) {
      persist(node, storage);
      node.advance();
    }
    const base = node.status().applied;
    for (let k = 0; k < 10; k++) node.propose(new TextEncoder().encode(`e${k}`));
    const first = persist(node, storage);
    expect(first.committedEntries.map((e) => e.index)).toEqual([base + 1, base + 2, base + 3, base + 4]);
    node.advance(base); // the application holds everything
    expect(node.hasReady()).toBe(false); // 10 committed, 4 handed out: no more until some apply
    expect(node.status().commit).toBe(base + 10);
    node.reportApplied(base + 2);
    expect(node.hasReady()).toBe(true);
    const second = node.ready();
    expect(second.committedEntries.map((e) => e.index)).toEqual([base + 5, base + 6]);
    node.advance(base + 6);
    const rest = node.ready();
    expect(rest.committedEntries.map((e) => e.index)).toEqual([base + 7, base + 8, base + 9, base + 10]);
    node.advance();
    expect(node.hasReady()).toBe(false);
    expect(() => new RawNode({ id: 1 as NodeId, rand: () => 0, unappliedEntriesMax: 0 }, storage)).toThrowError(code('RAFT_CONFIG_INVALID'));
  });

  it('advance(appliedIndex) after a Ready without committed entries still reports what the application applied since', () => {
    const storage = new MemoryStorage({ confState: { voters: [1 as NodeId], learners: [] } });
    const node = new RawNode({ id: 1 as NodeId, electionTimeoutTicks: 5, heartbeatIntervalTicks: 1, rand: () => 0, unappliedEntriesMax: 2 }, storage);
    node.campaign();
    while (node.hasReady()) {
      persist(node, storage);
      node.advance();
    }
    const base = node.status().applied;
    for (let k = 0; k < 4; k++) node.propose(new TextEncoder().encode(`e${k}`));
    const first = persist(node, storage);
    expect(first.committedEntries.map((e) => e.index)).toEqual([base + 1, base + 2]);
    node.advance(base); // held: the cap is reached
    // The application applies the held entries while handling a Ready that hands out nothing committed.
    node.propose(new TextEncoder().encode('more'));
    const second = persist(node, storage);
    expect(second.committedEntries).toEqual([]);
    node.advance(base + 2);
    expect(node.status().applied).toBe(base + 2);
    expect(node.hasReady()).toBe(true);
    expect(node.ready().committedEntries.map((e) => e.index)).toEqual([base + 3, base + 4]);
  });

  it('advance() without an index applies everything the Ready handed out, as before', () => {
    const { node, storage } = soloLeader();
    node.proposeConfChange(learner(2));
    const rd = persist(node, storage);
    node.applyConfChange(learner(2));
    node.advance();
    expect(node.status().applied).toBe(rd.committedEntries.at(-1)!.index);
    node.proposeConfChange(learner(3));
  });
});
