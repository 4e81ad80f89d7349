/**
 * The seat with exact time (ManualTicker): a single-voter committee,
 * timeouts counted in ticks, a storage failure stopping the seat, the
 * metrics sink, and the replicated records' decoders.
 */
import { describe, expect, it } from 'vitest';
import { TesseraError } from '../../src/common/errors.js';
import { KvMachine, encodeKvCommand } from '../../src/kv/index.js';
import { MemoryStorage, Role, type NodeId, type PersistUpdate } from '../../src/raft/index.js';
import {
  ManualTicker,
  Seat,
  SeatErrorCode,
  decodeCommand,
  decodeMember,
  decodeSeatRecord,
  decodeSeatSnapshot,
  encodeSeatRecord,
  encodeCommand,
  encodeMember,
  encodeSeatSnapshot,
  type SeatMetricsSink,
} from '../../src/node/index.js';
import { InMemoryNetwork } from './memory-transport.js';
import { member, waitUntil } from './cluster.js';

const enc = new TextEncoder();
const putCmd = (k: string, v: string) => encodeKvCommand({ op: 'put', key: enc.encode(k), value: enc.encode(v) });

function soloSeat(
  opts: { storage?: MemoryStorage; metrics?: SeatMetricsSink; onFatal?: (e: Error) => void; voters?: number[]; preApply?: (command: Uint8Array, index: number) => 'apply' | 'hold'; unappliedEntriesMax?: number } = {},
) {
  const ticker = new ManualTicker();
  const voters = (opts.voters ?? [1]) as NodeId[];
  const storage = opts.storage ?? new MemoryStorage({ confState: { voters, learners: [] } });
  const seat = new Seat<KvMachine>({
    self: member(1),
    storage,
    transport: new InMemoryNetwork().transport(1 as NodeId),
    machine: new KvMachine(),
    ticker,
    founders: voters.map(member),
    raft: { electionTimeoutTicks: 5, ...(opts.unappliedEntriesMax !== undefined ? { unappliedEntriesMax: opts.unappliedEntriesMax } : {}) },
    rand: () => 0,
    requestTimeoutTicks: 20,
    ...(opts.metrics ? { metrics: opts.metrics } : {}),
    ...(opts.onFatal ? { onFatal: opts.onFatal } : {}),
    ...(opts.preApply ? { preApply: opts.preApply } : {}),
  });
  return { seat, ticker, storage };
}

async function tickUntil(ticker: ManualTicker, cond: () => boolean, max = 200): Promise<void> {
  for (let k = 0; k < max && !cond(); k++) {
    ticker.tick();
    await new Promise((r) => setImmediate(r));
  }
  expect(cond()).toBe(true);
}

describe('seat with a manual ticker', () => {
  it('preApply holds apply at an entry (and everything after it) until resumeApply, never skipping it', async () => {
    const asked: string[] = [];
    let holdKey: string | undefined = 'b';
    const { seat, ticker } = soloSeat({
      preApply: (command) => {
        const key = Buffer.from(command).includes(Buffer.from('b')) ? 'b' : 'other'; // only put b carries the byte 'b'
        asked.push(key);
        return key === holdKey ? 'hold' : 'apply';
      },
    });
    await seat.start();
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    await seat.propose(putCmd('a', '1'));
    const b = seat.propose(putCmd('b', '2'));
    const c = seat.propose(putCmd('c', '3'));
    await tickUntil(ticker, () => seat.status().committedIndex >= seat.status().lastIndex && seat.applyHeldAt !== undefined, 20);
    const held = seat.applyHeldAt!;
    expect(seat.status().appliedIndex).toBe(held - 1);
    expect(seat.machineForTesting.get(enc.encode('b'))).toBeUndefined();
    expect(seat.machineForTesting.get(enc.encode('c'))).toBeUndefined(); // nothing after the held entry either
    seat.resumeApply(); // asked again, still held
    await new Promise((r) => setImmediate(r));
    expect(seat.applyHeldAt).toBe(held);
    holdKey = undefined;
    seat.resumeApply();
    expect(await b).toMatchObject({ kind: 'put' });
    expect(await c).toMatchObject({ kind: 'put' });
    expect(seat.applyHeldAt).toBeUndefined();
    expect(asked.filter((k) => k === 'b').length).toBeGreaterThanOrEqual(3);
    await seat.stop();
  });

  it('a long hold keeps at most unappliedEntriesMax committed entries in memory; the rest wait in the log and apply in order after it', async () => {
    let hold = true;
    const cap = 16;
    const { seat, ticker, storage } = soloSeat({ unappliedEntriesMax: cap, preApply: (command) => (hold && Buffer.from(command).includes(Buffer.from('held')) ? 'hold' : 'apply') });
    await seat.start();
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    await seat.propose(putCmd('a', '1'));
    const pending: Promise<unknown>[] = [seat.propose(putCmd('held', 'x'))];
    let maxInMemory = 0;
    // 20 rounds of 25 proposals: far more than the cap commits behind the hold.
    for (let round = 0; round < 20; round++) {
      for (let k = 0; k < 25; k++) pending.push(seat.propose(putCmd(`k${round}-${k}`, String(k))));
      for (let turn = 0; turn < 5; turn++) {
        await new Promise((r) => setImmediate(r));
        maxInMemory = Math.max(maxInMemory, seat.heldEntriesInMemory);
      }
    }
    await waitUntil(() => seat.status().committedIndex === seat.status().lastIndex && storage.lastIndex() === seat.status().lastIndex, 2_000, 'everything committed');
    const st = seat.status();
    expect(st.lastIndex - st.appliedIndex).toBeGreaterThan(500); // committed, durable, unapplied
    expect(seat.applyHeldAt).toBe(st.appliedIndex + 1);
    expect(maxInMemory).toBeLessThanOrEqual(cap);
    expect(seat.heldEntriesInMemory).toBe(cap);
    hold = false;
    seat.resumeApply();
    await Promise.all(pending);
    expect(seat.status().appliedIndex).toBe(seat.status().lastIndex);
    expect(seat.heldEntriesInMemory).toBe(0);
    expect(Buffer.from(seat.machineForTesting.get(enc.encode('k19-24'))!.value).toString()).toBe('24');
    expect(Buffer.from(seat.machineForTesting.get(enc.encode('held'))!.value).toString()).toBe('x');
    await seat.stop();
  });

  it('a hold resolved during a Ready that hands out no committed entries (the cap is reached) is still reported to the core: apply goes on', async () => {
    let hold = true;
    const cap = 4;
    const { seat, ticker } = soloSeat({ unappliedEntriesMax: cap, preApply: (command) => (hold && Buffer.from(command).includes(Buffer.from('held')) ? 'hold' : 'apply') });
    await seat.start();
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    await seat.propose(putCmd('a', '1'));
    const pending: Promise<unknown>[] = [seat.propose(putCmd('held', 'x'))];
    for (let k = 0; k < 10; k++) pending.push(seat.propose(putCmd(`k${k}`, String(k))));
    await waitUntil(() => seat.heldEntriesInMemory === cap && seat.status().committedIndex === seat.status().lastIndex, 2_000, 'the cap reached behind the hold');
    // The hold resolves and, in the same turn, a new proposal gives the loop a Ready with entries to
    // persist but no committed entries (the core is at the cap): the queue is applied during that Ready.
    hold = false;
    seat.resumeApply();
    pending.push(seat.propose(putCmd('after', 'y')));
    await waitUntil(() => seat.status().appliedIndex === seat.status().lastIndex, 2_000, 'everything applied').catch((e: Error) => {
      const st = seat.status();
      throw new Error(`${e.message}: applied ${st.appliedIndex}, committed ${st.committedIndex}, last ${st.lastIndex}, queue ${seat.heldEntriesInMemory}`);
    });
    await Promise.all(pending);
    expect(Buffer.from(seat.machineForTesting.get(enc.encode('after'))!.value).toString()).toBe('y');
    await seat.stop();
  });

  it('a membership change committed behind a held entry keeps the next one waiting until it is applied (core applied index follows the seat)', async () => {
    let hold = true;
    const { seat, ticker } = soloSeat({ preApply: (command) => (hold && Buffer.from(command).includes(Buffer.from('b')) ? 'hold' : 'apply') });
    await seat.start();
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    await seat.propose(putCmd('a', '1'));
    const b = seat.propose(putCmd('b', '2'));
    const first = seat.addLearner(member(2));
    await tickUntil(ticker, () => seat.applyHeldAt !== undefined && seat.status().committedIndex === seat.status().lastIndex, 20);
    const last = seat.status().lastIndex; // the learner change is committed, queued behind the hold
    let secondDone = false;
    const second = seat.addLearner(member(3)).then(() => (secondDone = true));
    for (let k = 0; k < 5; k++) {
      ticker.tick();
      await new Promise((r) => setImmediate(r));
    }
    // Before the fix the core took the second change at once (its applied index had run past the first).
    expect(seat.status().lastIndex).toBe(last);
    expect(seat.status().members.map((m) => m.id)).toEqual([1]);
    hold = false;
    seat.resumeApply();
    await b;
    await first;
    await tickUntil(ticker, () => secondDone, 20);
    await second;
    expect(seat.status().members.map((m) => m.id).sort()).toEqual([1, 2, 3]);
    await seat.stop();
  });

  it('a single voter elects itself after its election timeout and applies proposals', async () => {
    const { seat, ticker } = soloSeat();
    await seat.start();
    expect(seat.status().role).toBe(Role.Follower);
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    const r = await seat.propose(putCmd('a', '1'));
    expect(r).toMatchObject({ kind: 'put' });
    expect(await seat.linearizableRead((m) => m.get(enc.encode('a'))?.modIndex)).toBe(r.index);
    await seat.stop();
    await expect(seat.propose(putCmd('a', '2'))).rejects.toMatchObject({ code: SeatErrorCode.Stopped });
  });

  it('a proposal with no quorum times out after requestTimeoutTicks ticks, with SEAT_TIMEOUT', async () => {
    // Voters 1 and 2, but 2 never runs: 1 cannot even be elected; make it leader of a one-voter log first, then add a silent voter.
    const { seat, ticker } = soloSeat();
    await seat.start();
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    await seat.propose(putCmd('warm', 'up'));
    // Adding voter 2 directly (it never answers) leaves 1 without a quorum.
    const adding = seat.addLearner(member(2));
    await tickUntil(ticker, () => seat.status().members.length === 2);
    await adding;
    await seat.promote(2 as NodeId);
    const pending = seat.propose(putCmd('b', '1'));
    let settled: unknown;
    pending.then(
      (v) => (settled = v),
      (e: unknown) => (settled = e),
    );
    for (let k = 0; k < 19; k++) {
      ticker.tick();
      await new Promise((r) => setImmediate(r));
    }
    // Check-quorum may already have made it step down; either way nothing is answered before the deadline.
    expect(settled).toBeUndefined();
    ticker.tick();
    await new Promise((r) => setImmediate(r));
    expect(settled).toBeInstanceOf(TesseraError);
    expect((settled as TesseraError).code).toBe(SeatErrorCode.Timeout);
    await seat.stop();
  });

  it('reports status to the metrics sink and counts elections', async () => {
    const seen: { role: string; term: number; applied: number }[] = [];
    let elections = 0;
    let persists = 0;
    const metrics: SeatMetricsSink = {
      onStatus: (s) => seen.push({ role: s.role, term: s.term, applied: s.appliedIndex }),
      onLeaderChange: (leader) => leader === 1 && elections++,
      onAdmissionRefused: () => undefined,
      onPersist: () => persists++,
    };
    const { seat, ticker } = soloSeat({ metrics });
    await seat.start();
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    const r = await seat.propose(putCmd('m', '1'));
    await waitUntil(() => seen.some((s) => s.applied >= r.index), 1000, 'a status report');
    expect(elections).toBeGreaterThanOrEqual(1);
    expect(persists).toBeGreaterThanOrEqual(1);
    expect(seen.at(-1)).toMatchObject({ role: 'Leader', term: 2 });
    await seat.stop();
  });

  it('a storage failure stops the seat: pending requests fail with SEAT_STORAGE_FAILED and onFatal is called', async () => {
    const storage = new MemoryStorage({ confState: { voters: [1 as NodeId], learners: [] } });
    let failing = false;
    const save = storage.save.bind(storage);
    storage.save = (u: PersistUpdate) => {
      if (failing && u.entries.length > 0) throw new TesseraError('injected EIO', 'STORAGE_IO_FAILED');
      save(u);
    };
    let fatal: Error | undefined;
    const { seat, ticker } = soloSeat({ storage, onFatal: (e) => (fatal = e) });
    await seat.start();
    await tickUntil(ticker, () => seat.status().role === Role.Leader);
    failing = true;
    await expect(seat.propose(putCmd('x', '1'))).rejects.toMatchObject({ code: SeatErrorCode.StorageFailed, message: expect.stringMatching(/injected EIO/) });
    expect(fatal).toMatchObject({ code: SeatErrorCode.StorageFailed });
    expect(seat.fatal).toBe(fatal);
    await expect(seat.propose(putCmd('x', '2'))).rejects.toMatchObject({ code: SeatErrorCode.StorageFailed });
    await seat.stop();
  });

  it('bootstrap refuses non-empty storage and duplicate founders', async () => {
    const used = new MemoryStorage({ confState: { voters: [1 as NodeId], learners: [] } });
    await expect(Seat.bootstrap(used, [member(1)], new Uint8Array(0))).rejects.toMatchObject({ code: SeatErrorCode.ArgumentInvalid });
    await expect(Seat.bootstrap(new MemoryStorage(), [member(1), member(1)], new Uint8Array(0))).rejects.toThrow(/listed twice/);
    await expect(Seat.bootstrap(new MemoryStorage(), [], new Uint8Array(0))).rejects.toThrow(/no founding/);
  });
});

describe('replicated records', () => {
  it('round-trip and refuse damage with SEAT_RECORD_CORRUPT', () => {
    const id = { proposer: 3, incarnation: 2 ** 40 + 5, seq: 77 };
    const env = encodeCommand(id, enc.encode('cmd'));
    expect(decodeCommand(env)).toEqual({ id, command: enc.encode('cmd') });
    expect(() => decodeCommand(env.slice(0, 10))).toThrow(expect.objectContaining({ code: SeatErrorCode.RecordCorrupt }));
    expect(() => decodeCommand(Uint8Array.from(env, (b, k) => (k === 0 ? 9 : b)))).toThrow(/version 9/);

    const rec = { ...member(4), attestation: { mrTd: 'aa', tcbStatus: 'UpToDate', quoteDigest: 'bb', verifiedAtMs: 5, simulated: false } };
    expect(decodeMember(encodeMember(rec))).toEqual(rec);
    for (const bad of ['{', '[]', '{"id":0,"address":"a","keyId":""}', '{"id":1,"address":"a","keyId":"XY"}', '{"id":1,"address":"a","keyId":"","attestation":{"mrTd":1}}']) {
      expect(() => decodeMember(enc.encode(bad))).toThrow(expect.objectContaining({ code: SeatErrorCode.RecordCorrupt }));
    }

    // The client (kv) address is optional: records written without it are unchanged, byte for byte.
    const withClient = { ...member(5), clientAddress: '127.0.0.1:7501' };
    expect(decodeMember(encodeMember(withClient))).toEqual(withClient);
    expect(new TextDecoder().decode(encodeMember(member(5)))).not.toContain('clientAddress');
    expect(() => decodeMember(enc.encode('{"id":1,"address":"a","keyId":"","clientAddress":7}'))).toThrow(/clientAddress/);

    const snap = encodeSeatSnapshot([member(2), member(1)], enc.encode('machine'));
    const back = decodeSeatSnapshot(snap)!;
    expect(back.members.map((m) => m.id)).toEqual([1, 2]);
    expect(back.machine).toEqual(enc.encode('machine'));
    expect(decodeSeatSnapshot(new Uint8Array(0))).toBeUndefined();
    expect(() => decodeSeatSnapshot(snap.slice(0, 12))).toThrow(expect.objectContaining({ code: SeatErrorCode.RecordCorrupt }));
    expect(() => decodeSeatSnapshot(Uint8Array.from(snap, (b, k) => (k === 0 ? 0 : b)))).toThrow(/bad magic/);
  });

  it('seat records (re-attestation verdicts) round-trip, ride in member records, and are not command envelopes', () => {
    const id = { proposer: 3, incarnation: 9, seq: 4 };
    const update = { member: 7 as NodeId, keyId: 'ab'.repeat(32), record: { atMs: 123, verdict: 'refused' as const, attested: false, reason: 'MRTD_NOT_PINNED' } };
    const bytes = encodeSeatRecord(id, update);
    expect(decodeSeatRecord(bytes)).toEqual({ id, update });
    // An older member's decodeCommand refuses it (and skips the entry) rather than handing it to the machine.
    expect(() => decodeCommand(bytes)).toThrow(/version 2/);
    const damaged = (text: string) => {
      const b = encodeSeatRecord(id, update);
      return Uint8Array.from([...b.subarray(0, 25), ...enc.encode(text)], (x, k) => (k === 0 ? 2 : x));
    };
    for (const bad of ['{', '{"kind":"other"}', '{"kind":"reattestation","member":0,"keyId":"","record":{}}', '{"kind":"reattestation","member":1,"keyId":"","record":{"atMs":1,"verdict":"maybe","attested":true}}']) {
      expect(() => decodeSeatRecord(damaged(bad))).toThrow(expect.objectContaining({ code: SeatErrorCode.RecordCorrupt }));
    }
    const rec = { ...member(7), reattestation: update.record };
    expect(decodeMember(encodeMember(rec))).toEqual(rec);
    expect(new TextDecoder().decode(encodeMember(member(7)))).not.toContain('reattestation');
    expect(decodeSeatSnapshot(encodeSeatSnapshot([rec], new Uint8Array(0)))!.members).toEqual([rec]);
  });

  it('a seat record every member would skip as corrupt is refused when encoded, naming the field', () => {
    const id = { proposer: 3, incarnation: 9, seq: 4 };
    const update = { member: 7 as NodeId, keyId: 'ab'.repeat(32), record: { atMs: 123, verdict: 'refused' as const, attested: false, reason: 'MRTD_NOT_PINNED' } };
    const cases: [typeof update, RegExp][] = [
      [{ ...update, record: { ...update.record, reason: 'x'.repeat(300) } }, /reason is not a string of at most 256/],
      [{ ...update, record: { ...update.record, atMs: 1.5 } }, /atMs/],
      [{ ...update, keyId: 'AB' }, /keyId/],
    ];
    for (const [bad, why] of cases) expect(() => encodeSeatRecord(id, bad)).toThrow(expect.objectContaining({ code: SeatErrorCode.ArgumentInvalid, message: expect.stringMatching(why) }));
  });
});
