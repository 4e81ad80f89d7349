/**
 * The key-value workload: concurrent clients on three kinds of keys, every
 * operation recorded with its invocation time, completion time and outcome.
 *
 * - registers r0..r4: read, write, compare-and-set (checked with the
 *   cas-register model of test/lincheck);
 * - k0..k3: get and put (checked with the kv model);
 * - u-<client>-<n>: each written once (a set); afterwards every acknowledged
 *   one must be present with its value, and every one refused must be absent.
 *
 * Outcomes: ok (the seat answered), failed (the seat said it was not applied:
 * SEAT_NOT_LEADER before proposing, SEAT_PROPOSAL_DROPPED; any failed read),
 * unknown (a timeout, a broken connection, a stopping seat: it may or may not
 * have taken effect, at any time after its invocation).
 *
 * After the run every key is read on every seat: the seats must agree (value
 * and the log index that wrote it), and those reads close each key's history.
 */
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';

import { errorCodeMetadataKey, leaderAddressMetadataKey } from '../../src/node/grpc-status.js';
import {
  casRegisterModel,
  checkOperations,
  explainResult,
  kvModel,
  type CasRegisterInput,
  type CasRegisterOutput,
  type CheckResult,
  type KvInput,
  type KvOutput,
  type Operation,
} from '../lincheck/index.js';
import type { Rng } from './rng.js';
import { peerPort, type KvClientT, type Seat } from './seats.js';
import type { OperationCounts, Workload, WorkloadCheck, WorkloadContext } from './workload.js';

/** One seat's final read of every key. */
export type SeatView = Record<string, { found: boolean; value?: string; modIndex?: number } | { error: string }>;

export type KvOpKind = 'read' | 'write' | 'cas' | 'get' | 'put' | 'set';
export type Outcome = 'ok' | 'fail' | 'unknown';

/** One operation as recorded (times: ms since the harness started, performance.now()). */
export interface KvOpRecord {
  client: number;
  seat: string;
  f: KvOpKind;
  key: string;
  /** write/put/set: the value written; cas: the new value. */
  value?: string;
  /** cas: the value expected. */
  from?: string;
  call: number;
  /** null: no answer (unknown). */
  ret: number | null;
  outcome: Outcome;
  /** read/get: the value seen (null: absent); cas: whether it swapped. */
  read?: string | null;
  swapped?: boolean;
  error?: string;
}

const registers = ['r0', 'r1', 'r2', 'r3', 'r4'];
const kvKeys = ['k0', 'k1', 'k2', 'k3'];
const opDeadlineMs = 2_000;
/** Pause between one client's operations: keeps the history small enough to check in seconds. */
const thinkMs = 15;
/** Codes that mean "not applied" for a write. */
const notAppliedCodes = new Set(['SEAT_NOT_LEADER', 'SEAT_PROPOSAL_DROPPED', 'KV_ARGUMENT_INVALID']);

interface CallResult {
  ok: boolean;
  value?: Record<string, unknown>;
  grpcCode?: number;
  tesseraCode?: string;
  leaderAddress?: string;
  details?: string;
}

function call(client: KvClientT, method: 'Get' | 'Put' | 'Cas', request: object, deadlineMs: number): Promise<CallResult> {
  return new Promise((resolve) => {
    // grpc-js generic clients type their methods loosely; the request and response are plain protobufjs objects.
    const fn = (client as unknown as Record<string, (req: object, md: grpc.Metadata, opts: grpc.CallOptions, cb: grpc.requestCallback<Record<string, unknown>>) => void>)[method]!;
    fn.call(client, request, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (e, res) => {
      if (e === null) return resolve({ ok: true, value: res ?? {} });
      const code = e.metadata?.get(errorCodeMetadataKey)[0];
      const hint = e.metadata?.get(leaderAddressMetadataKey)[0];
      resolve({
        ok: false,
        grpcCode: e.code,
        details: e.details,
        ...(code !== undefined ? { tesseraCode: String(code) } : {}),
        ...(hint !== undefined ? { leaderAddress: String(hint) } : {}),
      });
    });
  });
}

const enc = (s: string) => Buffer.from(s);
const dec = (b: unknown) => Buffer.from(b as Uint8Array).toString('utf8');

export class KvWorkload implements Workload {
  readonly name = 'kv';
  private readonly ops: KvOpRecord[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly t0 = performance.now();
  private finalReads: Record<string, SeatView> = {};

  private now(): number {
    return performance.now() - this.t0;
  }

  start(ctx: WorkloadContext): void {
    this.running = true;
    for (let c = 0; c < ctx.clients; c++) this.loops.push(this.client(c, ctx.seats, ctx.rng.fork(1000 + c)));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  history(): { ops: KvOpRecord[]; finalReads: Record<string, SeatView> } {
    return { ops: this.ops, finalReads: this.finalReads };
  }

  private async client(id: number, seats: readonly Seat[], rng: Rng): Promise<void> {
    let target = rng.int(0, seats.length - 1);
    let seq = 0;
    const lastSeen = new Map<string, string>();
    while (this.running) {
      seq++;
      const value = String(id * 1_000_000 + seq);
      const roll = rng.next();
      let f: KvOpKind;
      let key: string;
      if (roll < 0.45) {
        key = rng.pick(registers);
        const r = rng.next();
        f = r < 0.4 ? 'read' : r < 0.7 ? 'write' : 'cas';
      } else if (roll < 0.7) {
        key = rng.pick(kvKeys);
        f = rng.next() < 0.5 ? 'get' : 'put';
      } else {
        key = `u-${id}-${seq}`;
        f = 'set';
      }
      const seat = seats[target]!;
      const rec: KvOpRecord = { client: id, seat: seat.name, f, key, call: 0, ret: null, outcome: 'unknown' };
      let res: CallResult;
      const client = seat.kv();
      rec.call = this.now();
      if (f === 'read' || f === 'get') {
        res = await call(client, 'Get', { key: enc(key) }, opDeadlineMs);
      } else if (f === 'cas') {
        const from = lastSeen.get(key);
        rec.value = value;
        if (from === undefined) {
          rec.from = undefined;
          res = await call(client, 'Cas', { key: enc(key), expectAbsent: true, value: enc(value) }, opDeadlineMs);
        } else {
          rec.from = from;
          res = await call(client, 'Cas', { key: enc(key), expected: enc(from), value: enc(value) }, opDeadlineMs);
        }
      } else {
        rec.value = value;
        res = await call(client, 'Put', { key: enc(key), value: enc(value) }, opDeadlineMs);
      }
      const returned = this.now();
      if (res.ok) {
        rec.outcome = 'ok';
        rec.ret = returned;
        if (f === 'read' || f === 'get') {
          rec.read = res.value?.found === true ? dec(res.value.value) : null;
          if (rec.read !== null) lastSeen.set(key, rec.read);
        } else if (f === 'cas') {
          rec.swapped = res.value?.swapped === true;
          if (rec.swapped) lastSeen.set(key, value);
          else if (res.value?.found === true) lastSeen.set(key, dec(res.value.current));
          else lastSeen.delete(key);
        } else if (f === 'write') {
          lastSeen.set(key, value);
        }
      } else {
        rec.error = res.tesseraCode ?? `grpc ${res.grpcCode ?? '?'}: ${res.details ?? ''}`;
        const isRead = f === 'read' || f === 'get';
        if (isRead || (res.tesseraCode !== undefined && notAppliedCodes.has(res.tesseraCode))) {
          rec.outcome = 'fail';
          rec.ret = returned;
        }
        // Go where the seat says the leader is; otherwise try another seat.
        const hinted = res.leaderAddress !== undefined ? seats.findIndex((s) => `${s.ip}:${peerPort}` === res.leaderAddress) : -1;
        target = hinted >= 0 ? hinted : (target + 1 + rng.int(0, seats.length - 2)) % seats.length;
      }
      this.ops.push(rec);
      if (this.running) await new Promise((r) => setTimeout(r, thinkMs));
    }
  }

  counts(): OperationCounts {
    const c = { ok: 0, failed: 0, unknown: 0 };
    for (const op of this.ops) {
      if (op.outcome === 'ok') c.ok++;
      else if (op.outcome === 'fail') c.failed++;
      else c.unknown++;
    }
    return c;
  }

  /** Reads every key the run touched on every seat (retrying each seat up to ~20 s). */
  private async readEverything(seats: readonly Seat[]): Promise<void> {
    const keys = [...new Set([...registers, ...kvKeys, ...this.ops.map((o) => o.key)])];
    for (const seat of seats) {
      const out: SeatView = {};
      const deadline = Date.now() + 20_000;
      let next = 0;
      const worker = async () => {
        while (next < keys.length) {
          const key = keys[next++]!;
          for (;;) {
            const r = await call(seat.kv(), 'Get', { key: enc(key) }, 3_000);
            if (r.ok) {
              out[key] = r.value?.found === true ? { found: true, value: dec(r.value.value), modIndex: Number(r.value.modIndex) } : { found: false };
              break;
            }
            if (Date.now() > deadline) {
              out[key] = { error: r.tesseraCode ?? `grpc ${r.grpcCode}: ${r.details ?? ''}` };
              break;
            }
            await new Promise((res) => setTimeout(res, 200));
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      this.finalReads[seat.name] = out;
    }
  }

  async check(ctx: WorkloadContext): Promise<WorkloadCheck> {
    await this.readEverything(ctx.seats);
    return { operations: this.counts(), ...analyzeKvHistory(this.ops, this.finalReads, ctx.seats.map((s) => s.name), this.now() + 1) };
  }
}

/**
 * The checks on a finished history (pure, so the tests can hand it made-up
 * histories): the seats agree on every key, every acknowledged set-write is
 * present and every refused one absent, and each key's history is
 * linearizable (cas-register model for r*, kv model for the rest), closed by
 * the final reads of the first seat at time `end` (after every operation).
 */
export function analyzeKvHistory(
  ops: readonly KvOpRecord[],
  finalReads: Readonly<Record<string, SeatView>>,
  seatNames: readonly string[],
  end: number,
): Omit<WorkloadCheck, 'operations'> {
  const anomalies: string[] = [];
  const notes: string[] = [];
  const reference = finalReads[seatNames[0]!] ?? {};

  // 1. The seats agree on every key (value and the index that wrote it).
  let disagreements = 0;
  for (const key of Object.keys(reference)) {
    const views = seatNames.map((s) => JSON.stringify(finalReads[s]?.[key] ?? { error: 'not read' }));
    if (views.some((v) => v.includes('"error"'))) {
      anomalies.push(`final read of ${JSON.stringify(key)} failed on a seat: ${seatNames.map((s, i) => `${s}=${views[i]}`).join(' ')}`);
    } else if (new Set(views).size > 1) {
      disagreements++;
      if (disagreements <= 5) anomalies.push(`seats disagree on ${JSON.stringify(key)}: ${seatNames.map((s, i) => `${s}=${views[i]}`).join(' ')}`);
    }
  }
  if (disagreements > 5) anomalies.push(`... seats disagree on ${disagreements} keys in all`);

  // 2. Every acknowledged set-write is present with its value; every refused one is absent.
  let lost = 0;
  let phantom = 0;
  for (const op of ops) {
    if (op.f !== 'set') continue;
    const seen = reference[op.key];
    if (seen === undefined || 'error' in seen) continue;
    if (op.outcome === 'ok' && (!seen.found || seen.value !== op.value)) {
      lost++;
      if (lost <= 5) anomalies.push(`acknowledged write lost: put(${op.key}, ${op.value}) ok at ${op.ret?.toFixed(1)} ms via ${op.seat}; the key now reads ${JSON.stringify(seen)}`);
    }
    if (op.outcome === 'fail' && seen.found) {
      phantom++;
      if (phantom <= 5) anomalies.push(`write reported not applied (${op.error}) was applied: put(${op.key}, ${op.value}) via ${op.seat}`);
    }
  }
  if (lost > 5) anomalies.push(`... ${lost} acknowledged writes lost in all`);
  if (phantom > 5) anomalies.push(`... ${phantom} refused writes applied in all`);

  // 3. Linearizability, closed by the final reads (taken after every operation returned).
      const regOps: Operation<CasRegisterInput, CasRegisterOutput>[] = [];
  const kvOps: Operation<KvInput, KvOutput>[] = [];
  for (const op of ops) {
    if (op.outcome === 'fail') continue; // no effect and nothing observed
    const ret = op.ret ?? Infinity;
    const unknown = op.outcome === 'unknown';
    if (op.f === 'read') regOps.push({ clientId: op.client, call: op.call, return: ret, input: { f: 'read', key: op.key }, output: unknown ? { type: 'unknown' } : { type: 'ok', value: op.read ?? null } });
    else if (op.f === 'write') regOps.push({ clientId: op.client, call: op.call, return: ret, input: { f: 'write', key: op.key, value: op.value! }, output: unknown ? { type: 'unknown' } : { type: 'ok' } });
    else if (op.f === 'cas') {
      // A cas expecting absence compares with the model's absent state, null (the input type names only values).
      const from = op.from === undefined ? (null as unknown as string) : op.from;
      regOps.push({ clientId: op.client, call: op.call, return: ret, input: { f: 'cas', key: op.key, from, to: op.value! }, output: unknown ? { type: 'unknown' } : op.swapped === true ? { type: 'ok' } : { type: 'fail' } });
    } else if (op.f === 'get') kvOps.push({ clientId: op.client, call: op.call, return: ret, input: { f: 'get', key: op.key }, output: unknown ? { type: 'unknown' } : { type: 'ok', value: op.read ?? '' } });
    else kvOps.push({ clientId: op.client, call: op.call, return: ret, input: { f: 'put', key: op.key, value: op.value! }, output: unknown ? { type: 'unknown' } : { type: 'ok' } });
  }
  for (const [key, seen] of Object.entries(reference)) {
    if ('error' in seen) continue;
    if (registers.includes(key)) regOps.push({ clientId: -1, call: end, return: end, input: { f: 'read', key }, output: { type: 'ok', value: seen.found ? seen.value! : null } });
    else kvOps.push({ clientId: -1, call: end, return: end, input: { f: 'get', key }, output: { type: 'ok', value: seen.found ? seen.value! : '' } });
  }
  const lin: Record<string, CheckResult> = {
    'cas-register': checkOperations(casRegisterModel, regOps, { timeoutMs: 60_000 }),
    kv: checkOperations(kvModel, kvOps, { timeoutMs: 60_000 }),
  };
  const explain = (model: string, r: CheckResult) =>
    model === 'kv' ? explainResult(kvModel, kvOps, r) : explainResult(casRegisterModel, regOps, r);
  for (const [model, r] of Object.entries(lin)) {
    if (r.verdict === 'not-linearizable') anomalies.push(`${model}: not linearizable\n${explain(model, r)}`);
    else if (r.verdict === 'unknown') notes.push(`${model}: the linearizability check ran out of its budget (verdict unknown)`);
  }

  return {
    anomalies,
    notes,
    details: {
      linearizability: Object.fromEntries(Object.entries(lin).map(([m, r]) => [m, { verdict: r.verdict, operations: r.operations, partitions: r.partitionCount, elapsedMs: Math.round(r.elapsedMs) }])),
      setWrites: ops.filter((o) => o.f === 'set').length,
      longestWriteGapMs: longestGap(ops.filter((o) => o.outcome === 'ok' && o.f !== 'read' && o.f !== 'get')),
      keysCompared: Object.keys(reference).length,
    },
  };
}

/** The longest time between two acknowledged writes (how long the committee could not take writes), ms. */
function longestGap(acked: readonly KvOpRecord[]): number {
  const times = acked.map((o) => o.ret!).sort((a, b) => a - b);
  let gap = 0;
  for (let k = 1; k < times.length; k++) gap = Math.max(gap, times[k]! - times[k - 1]!);
  return Math.round(gap);
}
