/**
 * One member's simulated disk. `live` is the store the member reads and
 * writes (what the page cache shows); `durable` is what survives a crash.
 * A Ready's update is written to `live` at once and stays unsynced until
 * the simulator fsyncs it; a crash in between keeps a random prefix of its
 * records (snapshot, entries, hard state, in the order DurableLogStore
 * writes them): the torn last write. Snapshots and compaction the
 * application makes are atomic (written to both at once).
 */
import { MemoryStorage, type Index, type PersistUpdate, type Snapshot } from '../../src/raft/index.js';
import type { Rng } from './rng.js';

export interface TornWrite {
  /** Records of the unsynced write that survived (0 = none). */
  readonly kept: number;
  readonly of: number;
}

export class SimDisk {
  live: MemoryStorage;
  private durable: MemoryStorage;
  private unsynced: PersistUpdate | undefined = undefined;

  constructor(init: MemoryStorage) {
    this.durable = init;
    this.live = copyStorage(init);
  }

  get hasUnsynced(): boolean {
    return this.unsynced !== undefined;
  }

  /** The unsynced write raises the term (an election's write: the riskiest one to tear). */
  get unsyncedRaisesTerm(): boolean {
    const h = this.unsynced?.hardState;
    return h !== undefined && h.term > this.durable.initialState().hardState.term;
  }

  write(update: PersistUpdate): void {
    if (update.snapshot === undefined && update.entries.length === 0 && update.hardState === undefined) return;
    if (this.unsynced !== undefined) throw new Error('sim disk: a write is already unsynced');
    this.live.save(update);
    this.unsynced = update;
  }

  fsync(): void {
    if (this.unsynced === undefined) return;
    this.durable.save(this.unsynced);
    this.unsynced = undefined;
  }

  /** The application's snapshot at `i` and compaction through `compactTo` (both stores; requires no unsynced write). */
  snapshotAndCompact(i: Index, snap: Snapshot['metadata']['confState'], data: Uint8Array, compactTo: Index): void {
    if (this.unsynced !== undefined) throw new Error('sim disk: snapshot with an unsynced write');
    for (const s of [this.durable, this.live]) {
      s.createSnapshot(i, snap, data);
      if (compactTo >= s.firstIndex()) s.compact(compactTo);
    }
  }

  /** A crash: the unsynced write survives only as a prefix of its records; `live` becomes what is durable. */
  crash(rng: Rng): TornWrite | undefined {
    let torn: TornWrite | undefined;
    const u = this.unsynced;
    if (u !== undefined) {
      const records = (u.snapshot !== undefined ? 1 : 0) + u.entries.length + (u.hardState !== undefined ? 1 : 0);
      // Often exactly the last record is torn (the hard state after the entries).
      const kept = rng.chance(0.4) ? records - 1 : rng.int(records + 1);
      torn = { kept, of: records };
      let left = kept;
      const snapshot = u.snapshot !== undefined && left > 0 ? (left--, u.snapshot) : undefined;
      if (u.snapshot === undefined || snapshot !== undefined) {
        const entries = u.entries.slice(0, left);
        left -= entries.length;
        const hardState = left > 0 ? u.hardState : undefined;
        this.durable.save({ snapshot, entries, hardState });
      }
      this.unsynced = undefined;
    }
    this.live = copyStorage(this.durable);
    return torn;
  }
}

/** A MemoryStorage holding the same snapshot, log and hard state as `s`. */
export function copyStorage(s: MemoryStorage): MemoryStorage {
  const c = new MemoryStorage();
  const snap = s.snapshot();
  if (snap.metadata.index > 0) c.save({ snapshot: snap, entries: [] });
  const first = s.firstIndex();
  const last = s.lastIndex();
  if (last >= first) c.append(s.entries(first, (last + 1) as Index, Number.MAX_SAFE_INTEGER));
  c.setHardState(s.initialState().hardState);
  return c;
}
