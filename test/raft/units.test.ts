// The core's building blocks on their own: MemoryStorage (the LogStore
// reference), Inflights, the unstable log, RaftConfig validation and the
// ConfChange encoding.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';

import { Inflights } from '../../src/raft/inflights.js';
import { Unstable } from '../../src/raft/log-unstable.js';
import {
  ConfChangeType,
  EntryType,
  MemoryStorage,
  RawNode,
  bootstrapUpdate,
  confChangeHeaderBytes,
  decodeConfChange,
  encodeConfChange,
  resolveRaftConfig,
  type Entry,
  type Index,
  type NodeId,
  type Term,
} from '../../src/raft/index.js';

const T = (n: number): Term => n as Term;
const I = (n: number): Index => n as Index;
const N = (n: number): NodeId => n as NodeId;
const e = (index: number, term: number, bytes = 0): Entry => ({ index: I(index), term: T(term), type: EntryType.Normal, data: new Uint8Array(bytes) });
const code = (c: string) => expect.objectContaining({ code: c });

/** Storage with entries 1..5 at term = index, under an empty snapshot at 0. */
function fiveEntries(): MemoryStorage {
  const s = new MemoryStorage();
  s.append([e(1, 1, 10), e(2, 2, 10), e(3, 3, 10), e(4, 4, 10), e(5, 5, 10)]);
  return s;
}

describe('MemoryStorage (the LogStore reference)', () => {
  it('a founding member starts from the genesis snapshot at (1, 1) with its membership', () => {
    const s = new MemoryStorage({ confState: { voters: [N(1), N(2)], learners: [N(3)] } });
    expect(s.initialState()).toEqual({
      hardState: { term: 1, vote: 0, commit: 1 },
      confState: { voters: [1, 2], learners: [3] },
    });
    expect([s.firstIndex(), s.lastIndex(), s.term(I(1))]).toEqual([2, 1, 1]);
    expect(bootstrapUpdate({ voters: [N(1)], learners: [] }).snapshot!.metadata).toMatchObject({ index: 1, term: 1 });
  });

  it('an empty storage (a newcomer) holds nothing and no membership', () => {
    const s = new MemoryStorage();
    expect([s.firstIndex(), s.lastIndex(), s.term(I(0))]).toEqual([1, 0, 0]);
    expect(s.initialState().confState).toEqual({ voters: [], learners: [] });
  });

  it('entries(lo, hi, maxBytes) returns [lo, hi), cut at maxBytes but at least one', () => {
    const s = fiveEntries();
    expect(s.entries(I(2), I(5), 1000).map((x) => x.index)).toEqual([2, 3, 4]);
    expect(s.entries(I(2), I(5), 20).map((x) => x.index)).toEqual([2, 3]);
    expect(s.entries(I(2), I(5), 1).map((x) => x.index)).toEqual([2]);
    expect(s.entries(I(3), I(3), 100)).toEqual([]);
  });

  it('entries() and term() throw RAFT_COMPACTED below the log and RAFT_UNAVAILABLE past it', () => {
    const s = fiveEntries();
    s.createSnapshot(I(3), { voters: [N(1)], learners: [] }, new Uint8Array([1]));
    s.compact(I(2));
    expect(s.firstIndex()).toBe(3);
    expect(s.term(I(2))).toBe(2);
    expect(() => s.term(I(1))).toThrowError(code('RAFT_COMPACTED'));
    expect(() => s.entries(I(2), I(4), 100)).toThrowError(code('RAFT_COMPACTED'));
    expect(() => s.term(I(6))).toThrowError(code('RAFT_UNAVAILABLE'));
    expect(() => s.entries(I(4), I(7), 100)).toThrowError(code('RAFT_UNAVAILABLE'));
  });

  it('append replaces the entry at its first index and everything after it', () => {
    const s = fiveEntries();
    s.append([e(3, 9), e(4, 9)]);
    expect([s.lastIndex(), s.term(I(3)), s.term(I(4))]).toEqual([4, 9, 9]);
    expect(() => s.append([e(7, 9)])).toThrowError(code('RAFT_UNAVAILABLE'));
  });

  it('append skips entries already compacted', () => {
    const s = fiveEntries();
    s.createSnapshot(I(4), { voters: [], learners: [] }, new Uint8Array());
    s.compact(I(3));
    s.append([e(2, 2), e(3, 3), e(4, 4), e(5, 7), e(6, 7)]);
    expect([s.firstIndex(), s.lastIndex(), s.term(I(5)), s.term(I(3))]).toEqual([4, 6, 7, 3]);
  });

  it('createSnapshot refuses an index at or below the current snapshot (RAFT_SNAPSHOT_OUT_OF_DATE) or past the log (RAFT_UNAVAILABLE)', () => {
    const s = fiveEntries();
    const snap = s.createSnapshot(I(3), { voters: [N(1)], learners: [] }, new Uint8Array([7]));
    expect(snap.metadata).toEqual({ index: 3, term: 3, confState: { voters: [1], learners: [] } });
    expect(s.snapshot()).toBe(snap);
    expect(() => s.createSnapshot(I(3), { voters: [], learners: [] }, new Uint8Array())).toThrowError(code('RAFT_SNAPSHOT_OUT_OF_DATE'));
    expect(() => s.createSnapshot(I(6), { voters: [], learners: [] }, new Uint8Array())).toThrowError(code('RAFT_UNAVAILABLE'));
  });

  it('compact(i) discards through i (first index i + 1, term(i) kept), refuses i already compacted (RAFT_COMPACTED) or past the log (RAFT_UNAVAILABLE)', () => {
    const s = fiveEntries();
    s.createSnapshot(I(4), { voters: [], learners: [] }, new Uint8Array());
    s.compact(I(3));
    expect(s.firstIndex()).toBe(4);
    expect(s.term(I(3))).toBe(3);
    expect(() => s.compact(I(3))).toThrowError(code('RAFT_COMPACTED'));
    expect(() => s.compact(I(2))).toThrowError(code('RAFT_COMPACTED'));
    expect(() => s.compact(I(6))).toThrowError(code('RAFT_UNAVAILABLE'));
  });

  it('compact past the snapshot is an assertion (the entries would be lost)', () => {
    const s = fiveEntries();
    s.createSnapshot(I(2), { voters: [], learners: [] }, new Uint8Array());
    expect(() => s.compact(I(5))).toThrowError(code('ASSERTION_FAILED'));
  });

  it('save applies the snapshot, then the entries, then the hard state', () => {
    const s = fiveEntries();
    s.save({
      snapshot: { metadata: { index: I(10), term: T(6), confState: { voters: [N(2)], learners: [] } }, data: new Uint8Array([1]) },
      entries: [e(11, 6), e(12, 6)],
      hardState: { term: T(6), vote: N(2), commit: I(10) },
    });
    expect([s.firstIndex(), s.lastIndex(), s.term(I(10))]).toEqual([11, 12, 6]);
    expect(s.initialState()).toEqual({ hardState: { term: 6, vote: 2, commit: 10 }, confState: { voters: [2], learners: [] } });
    expect(() => s.applySnapshot({ metadata: { index: I(10), term: T(6), confState: { voters: [], learners: [] } }, data: new Uint8Array() })).toThrowError(
      code('RAFT_SNAPSHOT_OUT_OF_DATE'),
    );
  });
});

describe('Inflights', () => {
  it('is full at countMax messages', () => {
    const f = new Inflights(3, 1000);
    f.add(I(1), 1);
    f.add(I(2), 1);
    expect(f.full()).toBe(false);
    f.add(I(3), 1);
    expect(f.full()).toBe(true);
  });

  it('is full at bytesMax bytes', () => {
    const f = new Inflights(10, 100);
    f.add(I(1), 60);
    expect(f.full()).toBe(false);
    f.add(I(2), 40);
    expect(f.full()).toBe(true);
  });

  it('freeLE(i) frees every message up to i, in order, across the ring wrap', () => {
    const f = new Inflights(4, 1000);
    for (let i = 1; i <= 4; i++) f.add(I(i), 10);
    f.freeLE(I(2));
    f.add(I(5), 10);
    f.add(I(6), 10); // wraps
    expect([f.count, f.bytes]).toEqual([4, 40]);
    f.freeLE(I(5));
    expect([f.count, f.bytes, f.newest()]).toEqual([1, 10, 6]);
    f.checkInvariants();
  });

  it('freeFirstOne frees exactly the oldest', () => {
    const f = new Inflights(2, 1000);
    f.add(I(3), 5);
    f.add(I(4), 7);
    f.freeFirstOne();
    expect([f.count, f.bytes, f.newest()]).toEqual([1, 7, 4]);
  });

  it('adding to a full window, or an index not above the newest, is an assertion', () => {
    const f = new Inflights(1, 1000);
    f.add(I(5), 1);
    expect(() => f.add(I(6), 1)).toThrowError(code('ASSERTION_FAILED'));
    const g = new Inflights(3, 1000);
    g.add(I(5), 1);
    expect(() => g.add(I(5), 1)).toThrowError(code('ASSERTION_FAILED'));
  });

  it('count and bytes always equal what was added minus what was freed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 50 })), { maxLength: 200 }), (ops) => {
        const f = new Inflights(8, 200);
        const model: [number, number][] = [];
        let next = 1;
        for (const [add, n] of ops) {
          if (add && !f.full()) {
            f.add(I(next), n);
            model.push([next, n]);
            next++;
          } else if (!add && model.length > 0) {
            const upTo = model[Math.min(n % model.length, model.length - 1)]![0];
            f.freeLE(I(upTo));
            while (model.length > 0 && model[0]![0] <= upTo) model.shift();
          }
          f.checkInvariants();
          expect(f.count).toBe(model.length);
          expect(f.bytes).toBe(model.reduce((a, [, b]) => a + b, 0));
        }
      }),
    );
  });
});

describe('the unstable log', () => {
  it('stableTo drops entries up to (i, t) only if the term still matches', () => {
    const u = new Unstable(I(5));
    u.truncateAndAppend([e(5, 1), e(6, 1), e(7, 2)]);
    u.stableTo(I(6), T(9));
    expect(u.offset).toBe(5);
    u.stableTo(I(6), T(1));
    expect([u.offset, u.entries.map((x) => x.index)]).toEqual([7, [7]]);
  });

  it('truncateAndAppend replaces a conflicting suffix, or everything', () => {
    const u = new Unstable(I(5));
    u.truncateAndAppend([e(5, 1), e(6, 1), e(7, 1)]);
    u.truncateAndAppend([e(6, 2)]);
    expect(u.entries.map((x) => `${x.index}:${x.term}`)).toEqual(['5:1', '6:2']);
    u.truncateAndAppend([e(4, 3)]);
    expect([u.offset, u.entries.map((x) => `${x.index}:${x.term}`)]).toEqual([4, ['4:3']]);
  });

  it('an array handed out (a Ready) is not changed by later stableTo', () => {
    const u = new Unstable(I(1));
    u.truncateAndAppend([e(1, 1), e(2, 1)]);
    const held = u.entries;
    u.stableTo(I(1), T(1));
    expect(held.map((x) => x.index)).toEqual([1, 2]);
  });

  it('a restored snapshot sets the offset after it and answers the term at its index', () => {
    const u = new Unstable(I(1));
    u.restore({ metadata: { index: I(9), term: T(4), confState: { voters: [], learners: [] } }, data: new Uint8Array() });
    expect([u.offset, u.maybeTerm(I(9)), u.maybeLastIndex(), u.maybeFirstIndex()]).toEqual([10, 4, 9, 10]);
    u.stableSnapTo(I(9));
    expect(u.snapshot).toBeUndefined();
  });
});

describe('RaftConfig', () => {
  const base = { id: N(1), rand: () => 0 };

  it('fills defaults whose relations hold', () => {
    const c = resolveRaftConfig(base);
    expect(c.electionTimeoutTicks).toBeGreaterThan(c.heartbeatIntervalTicks);
    expect(c.inflightBytesMax).toBeGreaterThanOrEqual(c.msgAppBytesMax);
    expect([c.preVote, c.checkQuorum, c.disableProposalForwarding]).toEqual([true, true, false]);
  });

  it('refuses a misspelled field, naming it (RAFT_CONFIG_INVALID)', () => {
    expect(() => resolveRaftConfig({ ...base, electionTicks: 10 } as never)).toThrowError(
      expect.objectContaining({ code: 'RAFT_CONFIG_INVALID', details: { field: 'electionTicks' } }),
    );
  });

  it('refuses out-of-range values, naming the field', () => {
    for (const [field, value] of [
      ['id', 0],
      ['electionTimeoutTicks', 0],
      ['heartbeatIntervalTicks', 1.5],
      ['inflightMsgsMax', -1],
      ['preVote', 'yes'],
      ['rand', 3],
    ] as const) {
      expect(() => resolveRaftConfig({ ...base, [field]: value } as never), field).toThrowError(
        expect.objectContaining({ code: 'RAFT_CONFIG_INVALID', details: { field } }),
      );
    }
  });

  it('refuses broken relations: electionTimeoutTicks <= heartbeatIntervalTicks, inflightBytesMax < msgAppBytesMax', () => {
    expect(() => resolveRaftConfig({ ...base, electionTimeoutTicks: 3, heartbeatIntervalTicks: 3 })).toThrowError(
      expect.objectContaining({ details: { field: 'electionTimeoutTicks' } }),
    );
    expect(() => resolveRaftConfig({ ...base, inflightBytesMax: 10, msgAppBytesMax: 11 })).toThrowError(
      expect.objectContaining({ details: { field: 'inflightBytesMax' } }),
    );
  });

  it('a random source returning a value outside [0, n) is an assertion', () => {
    const storage = new MemoryStorage({ confState: { voters: [N(1)], learners: [] } });
    expect(() => new RawNode({ ...base, rand: () => 10 }, storage)).toThrowError(code('ASSERTION_FAILED'));
    expect(() => new RawNode({ ...base, rand: () => 0.5 }, storage)).toThrowError(code('ASSERTION_FAILED'));
  });
});

describe('ConfChange encoding', () => {
  it('round-trips every type, node ids up to 2^53 - 1 and any context (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(ConfChangeType.AddLearner, ConfChangeType.AddVoter, ConfChangeType.Remove),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.uint8Array({ maxLength: 300 }),
        (type, node, context) => {
          const cc = { type, node: N(node), context };
          expect(decodeConfChange(encodeConfChange(cc))).toEqual(cc);
        },
      ),
    );
  });

  it('has a fixed 14-byte header: version, type, node id (u64 big-endian), context length', () => {
    const b = encodeConfChange({ type: ConfChangeType.AddVoter, node: N(0x01_0000_0002), context: new Uint8Array([9]) });
    expect([...b]).toEqual([1, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 1, 9]);
    expect(confChangeHeaderBytes).toBe(14);
  });

  it('refuses malformed data with RAFT_CONF_CHANGE_INVALID naming the offset', () => {
    const good = encodeConfChange({ type: ConfChangeType.Remove, node: N(3), context: new Uint8Array([1, 2]) });
    const bad = (mutate: (b: Uint8Array) => Uint8Array, offset: number) =>
      expect(() => decodeConfChange(mutate(good.slice())), `offset ${offset}`).toThrowError(
        expect.objectContaining({ code: 'RAFT_CONF_CHANGE_INVALID', details: { offset } }),
      );
    bad((b) => b.subarray(0, 5), 0);
    bad((b) => ((b[0] = 2), b), 0);
    bad((b) => ((b[1] = 7), b), 1);
    bad((b) => ((b[2] = 0xff), b), 2);
    bad((b) => b.fill(0, 2, 10), 2);
    bad((b) => ((b[13] = 3), b), 10);
    bad((b) => b.subarray(0, b.length - 1), 10);
    bad((b) => ((b[10] = 0xff), b), 10);
  });

  it('refuses to encode a bad node id or type', () => {
    expect(() => encodeConfChange({ type: ConfChangeType.AddVoter, node: N(0), context: new Uint8Array() })).toThrowError(code('RAFT_CONF_CHANGE_INVALID'));
    expect(() => encodeConfChange({ type: 5 as ConfChangeType, node: N(1), context: new Uint8Array() })).toThrowError(code('RAFT_CONF_CHANGE_INVALID'));
  });

  it('decoding never throws anything but RAFT_CONF_CHANGE_INVALID on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        try {
          decodeConfChange(b);
        } catch (err) {
          expect(err).toMatchObject({ code: 'RAFT_CONF_CHANGE_INVALID' });
        }
      }),
    );
  });
});
