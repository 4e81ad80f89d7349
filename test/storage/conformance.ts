/**
 * The Storage / LogStore contract (src/raft/storage.ts), as vitest tests
 * that every implementation runs: call describeStorageConformance with a
 * name and a harness that creates an empty store (and, for durable stores,
 * reopens one from what it made durable).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { StorageErrorCode, type LogStore, type PersistUpdate } from '../../src/raft/storage.js';
import {
  EntryType,
  emptyHardState,
  type ConfState,
  type Entry,
  type HardState,
  type Index,
  type NodeId,
  type Snapshot,
  type Term,
} from '../../src/raft/types.js';

export interface StorageHarness {
  /** A new, empty store. */
  create(): LogStore | Promise<LogStore>;
  /** Closes `store` and opens the same storage again from what it made durable (durable stores only). */
  reopen?(store: LogStore): Promise<LogStore>;
  /** Releases `store` after a test. */
  dispose?(store: LogStore): void | Promise<void>;
  /** Model runs for the randomized test (default 40). */
  modelRuns?: number;
}

export const ent = (index: number, term: number, data: Uint8Array | string = `e${index}t${term}`): Entry => ({
  index: index as Index,
  term: term as Term,
  type: EntryType.Normal,
  data: typeof data === 'string' ? new TextEncoder().encode(data) : data,
});

export const hs = (term: number, vote: number, commit: number): HardState => ({ term: term as Term, vote: vote as NodeId, commit: commit as Index });

const conf = (voters: number[], learners: number[] = []): ConfState => ({ voters: voters as NodeId[], learners: learners as NodeId[] });

const snap = (index: number, term: number, c: ConfState, data: string): Snapshot => ({
  metadata: { index: index as Index, term: term as Term, confState: c },
  data: new TextEncoder().encode(data),
});

/** The error code `f` throws or rejects with; undefined if it succeeds. */
export async function codeOf(f: () => unknown): Promise<string | undefined> {
  try {
    await f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? 'NO_CODE';
  }
}

function idx(n: number): Index {
  return n as Index;
}

function plain(es: readonly Entry[]): { index: number; term: number; type: number; data: number[] }[] {
  return es.map((e) => ({ index: e.index, term: e.term, type: e.type, data: [...e.data] }));
}

export function describeStorageConformance(name: string, harness: StorageHarness): void {
  describe(`Storage conformance: ${name}`, () => {
    let store: LogStore;
    beforeEach(async () => {
      store = await harness.create();
    });
    afterEach(async () => {
      await harness.dispose?.(store);
    });

    const save = async (u: Partial<PersistUpdate>): Promise<void> => {
      await store.save({ entries: [], ...u });
    };
    const terms = (n: number, t: number[]): Entry[] => t.map((term, k) => ent(n + k, term));

    it('starts empty: firstIndex 1, lastIndex 0, term(0) = 0, no snapshot, empty hard state', () => {
      expect(store.firstIndex()).toBe(1);
      expect(store.lastIndex()).toBe(0);
      expect(store.term(idx(0))).toBe(0);
      expect(store.entries(idx(1), idx(1), Infinity)).toEqual([]);
      expect(store.initialState().hardState).toEqual(emptyHardState);
      expect(store.initialState().confState).toEqual(conf([]));
      expect(store.snapshot().metadata.index).toBe(0);
    });

    it('entries(lo, hi) is the range [lo, hi)', async () => {
      await save({ entries: terms(1, [1, 1, 2, 2, 3]) });
      expect(store.lastIndex()).toBe(5);
      expect(store.entries(idx(2), idx(5), Infinity).map((e) => e.index)).toEqual([2, 3, 4]);
      expect(plain(store.entries(idx(1), idx(6), Infinity))).toEqual(plain(terms(1, [1, 1, 2, 2, 3])));
      expect(store.entries(idx(3), idx(3), Infinity)).toEqual([]);
      expect([1, 2, 3, 4, 5].map((i) => store.term(idx(i)))).toEqual([1, 1, 2, 2, 3]);
    });

    it('entries() below firstIndex is RAFT_COMPACTED, beyond lastIndex + 1 is RAFT_UNAVAILABLE', async () => {
      await save({ entries: terms(1, [1, 1, 1, 1, 1]) });
      expect(await codeOf(() => store.entries(idx(0), idx(2), Infinity))).toBe(StorageErrorCode.Compacted);
      expect(await codeOf(() => store.entries(idx(1), idx(7), Infinity))).toBe(StorageErrorCode.Unavailable);
      expect(store.entries(idx(1), idx(6), Infinity)).toHaveLength(5);
    });

    it('term() answers for [firstIndex - 1, lastIndex]: RAFT_COMPACTED below, RAFT_UNAVAILABLE above', async () => {
      expect(await codeOf(() => store.term(idx(1)))).toBe(StorageErrorCode.Unavailable);
      await save({ entries: terms(1, [1, 2, 3, 4, 5]), hardState: hs(5, 1, 5) });
      await store.createSnapshot(idx(3), conf([1]), new Uint8Array([1]));
      await store.compact(idx(3));
      expect(store.firstIndex()).toBe(4);
      expect(store.term(idx(3))).toBe(3);
      expect(store.term(idx(5))).toBe(5);
      expect(await codeOf(() => store.term(idx(2)))).toBe(StorageErrorCode.Compacted);
      expect(await codeOf(() => store.term(idx(6)))).toBe(StorageErrorCode.Unavailable);
    });

    it('maxBytes bounds the data total, but at least one entry is returned', async () => {
      const tenBytes = (i: number): Entry => ent(i, 1, new Uint8Array(10).fill(i));
      await save({ entries: [1, 2, 3, 4, 5].map(tenBytes) });
      const count = (max: number): number => store.entries(idx(1), idx(6), max).length;
      expect(count(0)).toBe(1);
      expect(count(10)).toBe(1);
      expect(count(19)).toBe(1);
      expect(count(20)).toBe(2);
      expect(count(49)).toBe(4);
      expect(count(50)).toBe(5);
      expect(count(Number.MAX_SAFE_INTEGER)).toBe(5);
      expect(store.entries(idx(3), idx(5), 0).map((e) => e.index)).toEqual([3]);
    });

    it('an entry at index <= lastIndex replaces it and everything after it', async () => {
      await save({ entries: terms(1, [1, 1, 1, 1, 1]) });
      await save({ entries: terms(3, [2, 2]) });
      expect(store.lastIndex()).toBe(4);
      expect([1, 2, 3, 4].map((i) => store.term(idx(i)))).toEqual([1, 1, 2, 2]);
      expect(plain(store.entries(idx(3), idx(5), Infinity))).toEqual(plain(terms(3, [2, 2])));
      expect(await codeOf(() => store.term(idx(5)))).toBe(StorageErrorCode.Unavailable);
      // Replacing the whole log, then appending after the replacement.
      await save({ entries: terms(1, [3]) });
      expect(store.lastIndex()).toBe(1);
      expect(store.term(idx(1))).toBe(3);
      await save({ entries: terms(2, [3, 4]) });
      expect(plain(store.entries(idx(1), idx(4), Infinity))).toEqual(plain(terms(1, [3, 3, 4])));
    });

    it('refuses entries that would leave a gap, and keeps the log as it was', async () => {
      await save({ entries: terms(1, [1, 1, 1]) });
      expect(await codeOf(() => store.save({ entries: [ent(5, 1)] }))).toBeDefined();
      expect(store.lastIndex()).toBe(3);
      expect(store.entries(idx(1), idx(4), Infinity)).toHaveLength(3);
    });

    it('saves and returns the hard state', async () => {
      await save({ entries: terms(1, [1, 2]), hardState: hs(2, 3, 1) });
      expect(store.initialState().hardState).toEqual(hs(2, 3, 1));
      await save({ hardState: hs(2, 3, 2) });
      expect(store.initialState().hardState).toEqual(hs(2, 3, 2));
    });

    it('createSnapshot(i) records term(i), membership and data; the snapshot is then the current one', async () => {
      await save({ entries: terms(1, [1, 1, 2, 2, 3]), hardState: hs(3, 1, 5) });
      const s = await store.createSnapshot(idx(4), conf([1, 2, 3], [4]), new Uint8Array([9, 8, 7]));
      expect(s.metadata).toEqual({ index: 4, term: 2, confState: conf([1, 2, 3], [4]) });
      expect([...s.data]).toEqual([9, 8, 7]);
      expect(store.snapshot().metadata).toEqual(s.metadata);
      expect([...store.snapshot().data]).toEqual([9, 8, 7]);
      expect(store.initialState().confState).toEqual(conf([1, 2, 3], [4]));
      // The log itself is untouched until compact().
      expect(store.lastIndex()).toBe(5);
      expect(store.term(idx(5))).toBe(3);
    });

    it('createSnapshot: RAFT_SNAPSHOT_OUT_OF_DATE at or below the current snapshot, RAFT_UNAVAILABLE beyond lastIndex', async () => {
      await save({ entries: terms(1, [1, 1, 1, 1, 1]), hardState: hs(1, 1, 5) });
      await store.createSnapshot(idx(3), conf([1]), new Uint8Array());
      expect(await codeOf(() => store.createSnapshot(idx(3), conf([1]), new Uint8Array()))).toBe(StorageErrorCode.SnapshotOutOfDate);
      expect(await codeOf(() => store.createSnapshot(idx(2), conf([1]), new Uint8Array()))).toBe(StorageErrorCode.SnapshotOutOfDate);
      expect(await codeOf(() => store.createSnapshot(idx(6), conf([1]), new Uint8Array()))).toBe(StorageErrorCode.Unavailable);
      expect(store.snapshot().metadata.index).toBe(3);
    });

    it('compact(i) discards entries up to i (firstIndex becomes i + 1); term(i) stays known', async () => {
      await save({ entries: terms(1, [1, 1, 2, 2, 3]), hardState: hs(3, 1, 5) });
      await store.createSnapshot(idx(4), conf([1]), new Uint8Array([1]));
      await store.compact(idx(3));
      expect(store.firstIndex()).toBe(4);
      expect(store.lastIndex()).toBe(5);
      expect(store.term(idx(3))).toBe(2);
      expect(await codeOf(() => store.entries(idx(3), idx(5), Infinity))).toBe(StorageErrorCode.Compacted);
      expect(store.entries(idx(4), idx(6), Infinity).map((e) => e.index)).toEqual([4, 5]);
      expect(await codeOf(() => store.compact(idx(3)))).toBe(StorageErrorCode.Compacted);
      expect(await codeOf(() => store.compact(idx(2)))).toBe(StorageErrorCode.Compacted);
      expect(await codeOf(() => store.compact(idx(6)))).toBe(StorageErrorCode.Unavailable);
      await store.compact(idx(4));
      expect(store.firstIndex()).toBe(5);
      expect(store.term(idx(4))).toBe(2);
      // Appending after compaction continues the log.
      await save({ entries: terms(6, [3]) });
      expect(store.entries(idx(5), idx(7), Infinity).map((e) => e.index)).toEqual([5, 6]);
    });

    it('a snapshot in save() replaces the log: firstIndex = index + 1, term(index) = its term', async () => {
      await save({ entries: terms(1, [1, 1, 1, 1, 1]), hardState: hs(1, 1, 2) });
      await save({ snapshot: snap(10, 3, conf([1, 2, 3]), 'state@10'), hardState: hs(3, 0, 10) });
      expect(store.firstIndex()).toBe(11);
      expect(store.lastIndex()).toBe(10);
      expect(store.term(idx(10))).toBe(3);
      expect(store.snapshot().metadata).toEqual({ index: 10, term: 3, confState: conf([1, 2, 3]) });
      expect(new TextDecoder().decode(store.snapshot().data)).toBe('state@10');
      expect(store.initialState()).toEqual({ hardState: hs(3, 0, 10), confState: conf([1, 2, 3]) });
      expect(await codeOf(() => store.term(idx(5)))).toBe(StorageErrorCode.Compacted);
      await save({ entries: terms(11, [3, 3]) });
      expect(store.entries(idx(11), idx(13), Infinity).map((e) => e.term)).toEqual([3, 3]);
    });

    it('a snapshot, entries and hard state in one save are applied in that order', async () => {
      await save({ entries: terms(1, [1, 1]) });
      await save({ snapshot: snap(5, 2, conf([1]), 's'), entries: terms(6, [2, 3]), hardState: hs(3, 1, 6) });
      expect(store.firstIndex()).toBe(6);
      expect(store.lastIndex()).toBe(7);
      expect([5, 6, 7].map((i) => store.term(idx(i)))).toEqual([2, 2, 3]);
      expect(store.initialState().hardState).toEqual(hs(3, 1, 6));
    });

    it('a snapshot in save() at or below the current one is RAFT_SNAPSHOT_OUT_OF_DATE', async () => {
      await save({ snapshot: snap(10, 3, conf([1]), 'a') });
      expect(await codeOf(() => store.save({ entries: [], snapshot: snap(10, 3, conf([1]), 'b') }))).toBe(StorageErrorCode.SnapshotOutOfDate);
      expect(await codeOf(() => store.save({ entries: [], snapshot: snap(8, 3, conf([1]), 'c') }))).toBe(StorageErrorCode.SnapshotOutOfDate);
      expect(new TextDecoder().decode(store.snapshot().data)).toBe('a');
    });

    it('returned arrays belong to the caller', async () => {
      await save({ entries: terms(1, [1, 1, 1]) });
      const got = store.entries(idx(1), idx(4), Infinity);
      got.length = 0;
      got.push(ent(9, 9));
      expect(store.entries(idx(1), idx(4), Infinity).map((e) => e.index)).toEqual([1, 2, 3]);
    });

    it('saves issued back to back resolve in order, each with its update applied', async () => {
      const order: number[] = [];
      const all: Promise<void>[] = [];
      for (let i = 1; i <= 20; i++) {
        all.push(Promise.resolve(store.save({ entries: [ent(i, 1)], hardState: i % 5 === 0 ? hs(1, 1, i) : undefined })).then(() => void order.push(i)));
        expect(store.lastIndex()).toBe(i);
      }
      await Promise.all(all);
      expect(order).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
      expect(store.initialState().hardState).toEqual(hs(1, 1, 20));
    });

    if (harness.reopen) {
      const reopen = harness.reopen;
      it('reopened, it holds everything saved: entries, overwrites, hard state, snapshot', async () => {
        await save({ entries: terms(1, [1, 1, 1, 2, 2]), hardState: hs(2, 2, 3) });
        await save({ entries: terms(4, [3, 3, 3]), hardState: hs(3, 1, 4) });
        await store.createSnapshot(idx(3), conf([1, 2]), new Uint8Array([3, 3]));
        store = await reopen(store);
        expect(store.firstIndex()).toBe(4);
        expect(store.lastIndex()).toBe(6);
        expect([3, 4, 5, 6].map((i) => store.term(idx(i)))).toEqual([1, 3, 3, 3]);
        expect(plain(store.entries(idx(4), idx(7), Infinity))).toEqual(plain(terms(4, [3, 3, 3])));
        expect(store.initialState()).toEqual({ hardState: hs(3, 1, 4), confState: conf([1, 2]) });
        expect(store.snapshot().metadata).toEqual({ index: 3, term: 1, confState: conf([1, 2]) });
        expect([...store.snapshot().data]).toEqual([3, 3]);
      });

      it('reopened after a snapshot from the leader, the log starts after it', async () => {
        await save({ entries: terms(1, [1, 1, 1]) });
        await save({ snapshot: snap(20, 4, conf([1, 2, 3]), 'leader'), hardState: hs(4, 0, 20) });
        await save({ entries: terms(21, [4, 5]), hardState: hs(5, 0, 21) });
        store = await reopen(store);
        expect(store.firstIndex()).toBe(21);
        expect(store.lastIndex()).toBe(22);
        expect([20, 21, 22].map((i) => store.term(idx(i)))).toEqual([4, 4, 5]);
        expect(store.initialState()).toEqual({ hardState: hs(5, 0, 21), confState: conf([1, 2, 3]) });
      });
    }

    it('matches a reference model over random sequences of saves, snapshots and compactions', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(5), fc.nat(1000), fc.nat(1000)), { minLength: 1, maxLength: 30 }), async (steps) => {
          await harness.dispose?.(store);
          store = await harness.create();
          const model = new ModelLog();
          for (const [kind, a, b] of steps) {
            await applyStep(kind, a, b, model);
            model.check(store);
          }
        }),
        { numRuns: harness.modelRuns ?? 40 },
      );
    });

    async function applyStep(kind: number, a: number, b: number, m: ModelLog): Promise<void> {
      const h = m.hardState;
      switch (kind) {
        case 0: {
          // Append or replace a suffix after the commit index.
          const lo = Math.max(m.first, h.commit + 1);
          const start = lo + (a % (m.last + 2 - lo));
          const n = 1 + (b % 3);
          let term = Math.max(1, m.term(start - 1) + (a % 2));
          const es: Entry[] = [];
          for (let k = 0; k < n; k++) {
            // Sizes up to ~400 bytes, so that small segments fill and roll over.
            es.push(ent(start + k, term, `d${a}.${b}.${k}`.padEnd((a * 7 + b + k * 13) % 400, '.')));
            term += (b >> k) & 1;
          }
          await store.save({ entries: es });
          m.append(es);
          return;
        }
        case 1: {
          const term = h.term + (a % 2);
          const vote = term !== h.term || h.vote === 0 ? b % 4 : h.vote;
          const commit = h.commit + (b % (m.last - h.commit + 1));
          const next = hs(term, vote, commit);
          await store.save({ entries: [], hardState: next });
          m.hardState = next;
          return;
        }
        case 2: {
          // Snapshot at an index in (snapshot, commit].
          const from = m.snapshot.metadata.index + 1;
          if (from > h.commit) return;
          const i = from + (a % (h.commit - from + 1));
          const s = await store.createSnapshot(idx(i), conf([1, 1 + (b % 3)]), new TextEncoder().encode(`snap${i}`));
          m.snapshot = { metadata: { index: idx(i), term: m.term(i) as Term, confState: conf([1, 1 + (b % 3)]) }, data: new TextEncoder().encode(`snap${i}`) };
          expect(s.metadata).toEqual(m.snapshot.metadata);
          return;
        }
        case 3: {
          const from = m.first;
          if (from > m.snapshot.metadata.index) return;
          const i = from + (a % (m.snapshot.metadata.index - from + 1));
          await store.compact(idx(i));
          m.compact(i);
          return;
        }
        case 4: {
          // A snapshot from the leader, past the commit index.
          const lo = Math.max(h.commit, m.snapshot.metadata.index) + 1;
          const i = lo + (a % (m.last + 3 - lo));
          const term = Math.max(h.term, m.term(m.last)) + (b % 2) || 1;
          const s = snap(i, term, conf([1, 2, 3]), `leader${i}`);
          const next = hs(Math.max(h.term, term), h.term >= term ? h.vote : 0, i);
          await store.save({ entries: [], snapshot: s, hardState: next });
          m.restore(s);
          m.hardState = next;
          return;
        }
        case 5: {
          if (!harness.reopen) return;
          store = await harness.reopen(store);
          m.reopened();
          return;
        }
      }
    }
  });
}

/** The log as the contract describes it, kept in the simplest way. */
class ModelLog {
  compacted = 0;
  compactedTerm = 0;
  entries: Entry[] = [];
  hardState: HardState = emptyHardState;
  snapshot: Snapshot = { metadata: { index: idx(0), term: 0 as Term, confState: conf([]) }, data: new Uint8Array() };

  get first(): number {
    return this.compacted + 1;
  }

  get last(): number {
    return this.compacted + this.entries.length;
  }

  term(i: number): number {
    return i === this.compacted ? this.compactedTerm : this.entries[i - this.compacted - 1]!.term;
  }

  append(es: Entry[]): void {
    this.entries = [...this.entries.slice(0, es[0]!.index - this.compacted - 1), ...es];
  }

  compact(i: number): void {
    this.compactedTerm = this.term(i);
    this.entries = this.entries.slice(i - this.compacted);
    this.compacted = i;
  }

  restore(s: Snapshot): void {
    this.snapshot = s;
    this.compacted = s.metadata.index;
    this.compactedTerm = s.metadata.term;
    this.entries = [];
  }

  /** After a reopen, the log starts right after the snapshot. */
  reopened(): void {
    if (this.snapshot.metadata.index > this.compacted) this.compact(this.snapshot.metadata.index);
  }

  check(store: LogStore): void {
    expect(store.firstIndex()).toBe(this.first);
    expect(store.lastIndex()).toBe(this.last);
    for (let i = this.compacted; i <= this.last; i++) expect(store.term(idx(i))).toBe(this.term(i));
    expect(plain(store.entries(idx(this.first), idx(this.last + 1), Infinity))).toEqual(plain(this.entries));
    expect(store.initialState().hardState).toEqual(this.hardState);
    expect(store.initialState().confState).toEqual(this.snapshot.metadata.confState);
    expect(store.snapshot().metadata).toEqual(this.snapshot.metadata);
    expect([...store.snapshot().data]).toEqual([...this.snapshot.data]);
  }
}
