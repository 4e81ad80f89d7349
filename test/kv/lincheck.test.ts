/**
 * Linearizability of the kv machine through the seat: concurrent clients
 * read (ReadIndex, on any seat), write and compare-and-set (on the leader)
 * a few keys while the leader is crashed and restarted; the recorded
 * history is checked against a compare-and-set register per key
 * (test/lincheck). `npm test` runs a bounded slice; `npm run
 * test:kv-lincheck` a longer run (KV_LINCHECK_OPS, KV_LINCHECK_CRASHES).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isTesseraError } from '../../src/common/errors.js';
import { SeatErrorCode } from '../../src/node/index.js';
import { casRegisterModel, checkOperations, type CasRegisterInput, type CasRegisterOutput, type Operation } from '../lincheck/index.js';
import { Cluster, cas, put, read } from '../node/cluster.js';

const opsTotal = Number(process.env.KV_LINCHECK_OPS ?? 400);
const crashes = Number(process.env.KV_LINCHECK_CRASHES ?? 1);
const clients = 8;
const keys = ['a', 'b', 'c'];

type Op = Operation<CasRegisterInput, CasRegisterOutput>;

/** A deterministic generator per client, so a failing run's workload can be replayed (timing still varies). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

/** Refusals that prove the operation never took effect: drop it from the history. */
function refused(e: unknown): boolean {
  return isTesseraError(e, SeatErrorCode.NotLeader) || isTesseraError(e, SeatErrorCode.ProposalDropped);
}

async function runWorkload(cluster: Cluster): Promise<Op[]> {
  const history: Op[] = [];
  let issued = 0;
  let nextValue = 1;
  const now = () => performance.now();

  async function client(clientId: number): Promise<void> {
    const random = rng(clientId * 7919 + 1);
    while (issued < opsTotal) {
      issued++;
      const key = keys[Math.floor(random() * keys.length)]!;
      const roll = random();
      const seats = [...cluster.seats.values()];
      const leader = cluster.leader() ?? seats[0];
      if (leader === undefined) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      let input: CasRegisterInput;
      let run: () => Promise<CasRegisterOutput>;
      if (roll < 0.4) {
        const seat = seats[Math.floor(random() * seats.length)]!;
        input = { f: 'read', key };
        run = async () => {
          const v = await read(seat, key);
          return { type: 'ok', value: v === undefined ? null : Number(v) };
        };
      } else if (roll < 0.7) {
        const value = nextValue++;
        input = { f: 'write', key, value };
        run = async () => {
          await put(leader, key, String(value));
          return { type: 'ok' };
        };
      } else {
        const from = Math.max(1, nextValue - 1 - Math.floor(random() * 4));
        const to = nextValue++;
        input = { f: 'cas', key, from, to };
        run = async () => {
          const r = await cas(leader, key, String(from), String(to));
          if (r.kind !== 'cas') throw new Error(`cas answered ${r.kind}`);
          return { type: r.swapped ? 'ok' : 'fail' };
        };
      }
      const call = now();
      try {
        const output = await run();
        history.push({ clientId, input, output, call, return: now() });
      } catch (e) {
        if (refused(e)) {
          await new Promise((r) => setTimeout(r, 5));
          continue;
        }
        // Timed out or the seat stopped with it pending: it may or may not have taken effect.
        history.push({ clientId, input, output: { type: 'unknown' }, call, return: Infinity });
      }
    }
  }

  async function faults(): Promise<void> {
    for (let k = 0; k < crashes; k++) {
      while (issued < ((k + 1) * opsTotal) / (crashes + 1)) await new Promise((r) => setTimeout(r, 5));
      const leader = cluster.leader();
      if (leader === undefined) continue;
      await cluster.stopSeat(leader.id);
      await new Promise((r) => setTimeout(r, 150));
      await cluster.startSeat(leader.id);
    }
  }

  await Promise.all([...Array.from({ length: clients }, (_, k) => client(k + 1)), faults()]);
  return history;
}

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.stop();
  cluster = undefined;
});

describe('kv linearizability through the seat', () => {
  it(`${opsTotal} concurrent operations with ${crashes} leader crash(es) form a linearizable history`, async () => {
    cluster = await Cluster.start('memory', 3, { requestTimeoutTicks: 100 });
    await cluster.waitForLeader();
    const history = await runWorkload(cluster);
    const completed = history.filter((o) => o.output.type !== 'unknown').length;
    expect(completed).toBeGreaterThan(opsTotal / 2);
    expect(history.some((o) => o.input.f === 'read' && o.output.type === 'ok' && o.output.value !== null)).toBe(true);
    const result = checkOperations(casRegisterModel, history, { timeoutMs: 30_000 });
    expect(result.verdict, JSON.stringify(result.failure)).toBe('linearizable');

    // The check has teeth: a read changed to a value that was never current at its time is caught.
    // (Only on the bounded slice: proving a long history with many unknown operations wrong is a far larger search.)
    if (opsTotal > 1000) return;
    const reads = history.filter((o) => o.input.f === 'read' && o.output.type === 'ok');
    const victim = reads[Math.floor(reads.length / 2)]!;
    const tampered = history.map((o) => (o === victim ? { ...o, output: { type: 'ok' as const, value: 1_000_000 } } : o));
    expect(checkOperations(casRegisterModel, tampered, { timeoutMs: 30_000 }).verdict).toBe('not-linearizable');
  });
});
