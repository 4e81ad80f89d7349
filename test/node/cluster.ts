/**
 * A committee of seats in one process for tests: KvMachine on MemoryStorage
 * or DurableLogStore (temp dirs), over an InMemoryNetwork, real interval
 * tickers with a short tick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KvMachine, encodeKvCommand, type KvResult } from '../../src/kv/index.js';
import { MemoryStorage, Role, type LogStore, type NodeId } from '../../src/raft/index.js';
import { DurableLogStore } from '../../src/storage/index.js';
import { Seat, intervalTicker, type MemberRecord, type SeatOptions } from '../../src/node/index.js';
import { InMemoryNetwork } from './memory-transport.js';

export type StorageKind = 'memory' | 'durable';

export const tickMs = 10;

export function member(id: number): MemberRecord {
  return { id: id as NodeId, address: `127.0.0.1:${7400 + id}`, keyId: id.toString(16).padStart(64, '0') };
}

export type SeatTuning = Partial<Omit<SeatOptions<KvMachine>, 'self' | 'storage' | 'transport' | 'machine' | 'ticker'>>;

export class Cluster {
  readonly network = new InMemoryNetwork();
  readonly seats = new Map<number, Seat<KvMachine>>();
  readonly stores = new Map<number, LogStore>();
  private readonly dirs = new Map<number, string>();
  private root: string | undefined;

  constructor(
    readonly kind: StorageKind,
    readonly tuning: SeatTuning = {},
  ) {
    if (kind === 'durable') this.root = mkdtempSync(join(tmpdir(), 'tessera-seat-'));
  }

  static async start(kind: StorageKind, voters: number, tuning: SeatTuning = {}): Promise<Cluster> {
    const c = new Cluster(kind, tuning);
    const founders = Array.from({ length: voters }, (_, k) => member(k + 1));
    for (const f of founders) await c.startSeat(f.id, { founders });
    return c;
  }

  private async openStore(id: number, founders: readonly MemberRecord[] | undefined): Promise<LogStore> {
    if (this.kind === 'memory') {
      const existing = this.stores.get(id);
      if (existing !== undefined) return existing;
      const store =
        founders === undefined ? new MemoryStorage() : new MemoryStorage({ confState: { voters: founders.map((f) => f.id), learners: [] } });
      return store;
    }
    let dir = this.dirs.get(id);
    const fresh = dir === undefined;
    if (dir === undefined) {
      dir = join(this.root!, `seat-${id}`);
      this.dirs.set(id, dir);
    }
    const store = await DurableLogStore.open({ dir, segmentBytes: 256 * 1024 });
    if (fresh && founders !== undefined) await Seat.bootstrap(store, founders, new KvMachine().snapshot());
    return store;
  }

  /** Starts seat `id` on its storage (reopened if it ran before); founders only for a founding member's first start. */
  async startSeat(id: number, opts: { founders?: readonly MemberRecord[]; tuning?: SeatTuning } = {}): Promise<Seat<KvMachine>> {
    const store = await this.openStore(id, opts.founders);
    this.stores.set(id, store);
    const seat = new Seat<KvMachine>({
      self: member(id),
      storage: store,
      transport: this.network.transport(id as NodeId),
      machine: new KvMachine(),
      ticker: intervalTicker(tickMs),
      ...(this.kind === 'memory' && opts.founders !== undefined ? { founders: opts.founders } : {}),
      raft: { electionTimeoutTicks: 10, heartbeatIntervalTicks: 1 },
      requestTimeoutTicks: 300,
      ...this.tuning,
      ...opts.tuning,
    });
    await seat.start();
    this.seats.set(id, seat);
    return seat;
  }

  /** Stops seat `id` (a crash, as far as the others can tell); durable storage is closed so it can be reopened. */
  async stopSeat(id: number): Promise<void> {
    const seat = this.seats.get(id);
    if (seat === undefined) return;
    this.seats.delete(id);
    await seat.stop();
    const store = this.stores.get(id);
    if (store instanceof DurableLogStore) {
      await store.close();
      this.stores.delete(id);
    }
  }

  seat(id: number): Seat<KvMachine> {
    const s = this.seats.get(id);
    if (s === undefined) throw new Error(`seat ${id} is not running`);
    return s;
  }

  leader(): Seat<KvMachine> | undefined {
    const leaders = [...this.seats.values()].filter((s) => s.status().role === Role.Leader);
    // Two leaders can coexist briefly in different terms; the newest term wins.
    leaders.sort((a, b) => b.status().term - a.status().term);
    return leaders[0];
  }

  async waitForLeader(timeoutMs = 5000, exclude?: number): Promise<Seat<KvMachine>> {
    let found: Seat<KvMachine> | undefined;
    await waitUntil(() => {
      found = this.leader();
      return found !== undefined && found.id !== exclude;
    }, timeoutMs, 'a leader');
    return found!;
  }

  followers(): Seat<KvMachine>[] {
    return [...this.seats.values()].filter((s) => s.status().role !== Role.Leader);
  }

  async stop(): Promise<void> {
    for (const id of [...this.seats.keys()]) await this.stopSeat(id);
    for (const s of this.stores.values()) if (s instanceof DurableLogStore) await s.close();
    if (this.root !== undefined) rmSync(this.root, { recursive: true, force: true });
  }
}

export async function waitUntil(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function put(seat: Seat<KvMachine>, key: string, value: string): Promise<KvResult> {
  return seat.propose(encodeKvCommand({ op: 'put', key: enc.encode(key), value: enc.encode(value) }));
}

export function cas(seat: Seat<KvMachine>, key: string, expected: string | undefined, value: string): Promise<KvResult> {
  return seat.propose(
    encodeKvCommand({ op: 'cas', key: enc.encode(key), expected: expected === undefined ? undefined : enc.encode(expected), value: enc.encode(value) }),
  );
}

export function read(seat: Seat<KvMachine>, key: string): Promise<string | undefined> {
  return seat.linearizableRead((m) => {
    const e = m.get(enc.encode(key));
    return e === undefined ? undefined : dec.decode(e.value);
  });
}

/** The value in a seat's machine right now (not linearizable: for checking replicas converged). */
export function localValue(seat: Seat<KvMachine>, key: string): string | undefined {
  const e = seat.machineForTesting.get(enc.encode(key));
  return e === undefined ? undefined : dec.decode(e.value);
}
