// Restarting from what storage holds after a crash (found by the simulator,
// test/sim: seed 55 before the fix).

import { describe, expect, it } from 'vitest';

import { EntryType, MemoryStorage, RawNode, type Index, type NodeId, type Term } from '../../src/raft/index.js';

describe('restart from storage', () => {
  it('entries newer than the stored term (a torn write lost the hard state after them) raise the term, with no vote', () => {
    // Member 2 persisted (term 2, voted for 1); then a write holding the term-3
    // leader's entry and the hard state (term 3) was torn after the entry.
    const storage = new MemoryStorage({
      confState: { voters: [1, 2, 3] as NodeId[], learners: [] },
      hardState: { term: 2 as Term, vote: 1 as NodeId, commit: 1 as Index },
    });
    storage.append([{ index: 2 as Index, term: 3 as Term, type: EntryType.Normal, data: new Uint8Array([7]) }]);
    const node = new RawNode({ id: 2 as NodeId, rand: () => 0 }, storage);
    node.checkInvariants();
    expect(node.status()).toMatchObject({ term: 3, vote: 0, lastIndex: 2 });
    // The raised term is persisted before anything else happens.
    const rd = node.ready();
    expect(rd.hardState).toEqual({ term: 3, vote: 0, commit: 1 });
    expect(rd.mustSync).toBe(true);
  });

  it('a stored term at or above the last entry term is kept, with its vote', () => {
    const storage = new MemoryStorage({
      confState: { voters: [1, 2, 3] as NodeId[], learners: [] },
      hardState: { term: 3 as Term, vote: 1 as NodeId, commit: 1 as Index },
    });
    storage.append([{ index: 2 as Index, term: 3 as Term, type: EntryType.Normal, data: new Uint8Array([7]) }]);
    const node = new RawNode({ id: 2 as NodeId, rand: () => 0 }, storage);
    expect(node.status()).toMatchObject({ term: 3, vote: 1 });
    expect(node.hasReady()).toBe(false);
  });
});
