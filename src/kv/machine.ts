/**
 * KvMachine: the small key-value state machine a seat can run instead of
 * the organism (config organism.machine = "kv"), for conformance tests and
 * benchmarks (docs/operators/kv.md). Put and compare-and-set go through
 * Raft; get is served by the seat after a ReadIndex round.
 *
 * Pure and deterministic: the same commands in the same order give the same
 * state, results and snapshot bytes on every member.
 */
import { TesseraError } from '../common/errors.js';
import type { ApplyContext, StateMachine } from '../common/state-machine.js';
import { decodeKvCommand, kvLimits } from './codec.js';

export interface KvEntry {
  readonly value: Uint8Array;
  /** Log index of the command that last wrote it. */
  readonly modIndex: number;
}

export type KvResult =
  | { readonly kind: 'put'; readonly index: number }
  | { readonly kind: 'cas'; readonly index: number; readonly swapped: boolean; readonly current: KvEntry | undefined }
  | { readonly kind: 'refused'; readonly index: number; readonly code: 'KV_COMMAND_MALFORMED' | 'KV_FULL'; readonly message: string };

/** Keys are held as binary strings (one char per byte): a Map key that compares like the bytes. */
function keyString(key: Uint8Array): string {
  let s = '';
  for (let k = 0; k < key.length; k += 4096) s += String.fromCharCode(...key.subarray(k, k + 4096));
  return s;
}

function keyBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
  return out;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

// Snapshot layout:
//   "TKVS" | u8 version 1 | u64be applied index | u32be count |
//   count x (u32be key length | key | u64be modIndex | u32be value length | value), keys in byte order.
const snapshotMagic = [0x54, 0x4b, 0x56, 0x53];
const snapshotVersion = 1;
const snapshotHeaderBytes = 17;
const twoPow32 = 0x1_0000_0000;

/** Keys handled between two pauses of snapshotInChunks by default (a few ms of work). */
const snapshotChunkKeysDefault = 4096;

function entryBytes(key: string, e: KvEntry): number {
  return 4 + key.length + 8 + 4 + e.value.length;
}

function writeHeader(out: Uint8Array, view: DataView, applied: number, count: number): void {
  out.set(snapshotMagic, 0);
  view.setUint8(4, snapshotVersion);
  view.setUint32(5, Math.floor(applied / twoPow32));
  view.setUint32(9, applied >>> 0);
  view.setUint32(13, count);
}

/** Writes one entry at `at`; returns the offset after it. */
function writeEntry(out: Uint8Array, view: DataView, at: number, k: string, e: KvEntry): number {
  view.setUint32(at, k.length);
  at += 4;
  for (let c = 0; c < k.length; c++) out[at + c] = k.charCodeAt(c);
  at += k.length;
  view.setUint32(at, Math.floor(e.modIndex / twoPow32));
  view.setUint32(at + 4, e.modIndex >>> 0);
  view.setUint32(at + 8, e.value.length);
  out.set(e.value, at + 12);
  return at + 12 + e.value.length;
}

export interface KvMachineOptions {
  /** Keys snapshotInChunks handles between two pauses (default 4096); tests use small ones to interleave writes finely. */
  readonly snapshotChunkKeys?: number;
  /**
   * Called by snapshotInChunks at the end of each chunk with the number of
   * keys it handled (walked, sorted or encoded): lets a test bound the work
   * done between two pauses, and before the first, without timing it.
   */
  readonly onSnapshotChunk?: (keys: number) => void;
}

/**
 * A snapshotInChunks in progress (copy-on-write): the state at the capture
 * is `live` with `saved` laid over it. apply() records in `saved` a key's
 * entry as of the capture (null: absent) just before its first write after
 * the capture; entries are never mutated, so the rest of `live` is still
 * the captured state. Keys are never deleted, and restore() replaces the
 * map object rather than clearing it, so `live` only ever gains keys, at
 * the end of its insertion order.
 */
interface Capture {
  readonly live: ReadonlyMap<string, KvEntry>;
  readonly saved: Map<string, KvEntry | null>;
  readonly applied: number;
  /** live.size at the capture: the snapshot's key count, its first keys in insertion order. */
  readonly count: number;
}

function capturedEntry(c: Capture, key: string): KvEntry | undefined {
  const s = c.saved.get(key);
  return s === undefined ? c.live.get(key) : (s ?? undefined);
}

/**
 * Encodes the captured state in chunks of at most `chunkKeys` keys, yielding
 * before the first (so that the caller's synchronous part touches no key)
 * and after each. Two passes, neither of which sorts more than one chunk at
 * a time: (1) walk the live map's first `count` keys, sort each chunk into
 * a run and add up the size; (2) merge the runs with a heap into the
 * output, in byte order, giving exactly snapshot()'s bytes. A Map iterates
 * in insertion order, keys are never deleted and an overwrite keeps its
 * key's place, so the keys present at the capture are the first `count`,
 * and the walk ends however fast writes add new keys behind it.
 */
function* encodeCaptured(c: Capture, chunkKeys: number, onChunk: ((keys: number) => void) | undefined): Generator<void, Uint8Array> {
  const runs: string[][] = [];
  let bytes = snapshotHeaderBytes;
  const walk = c.live.keys();
  for (let walked = 0; walked < c.count; ) {
    yield;
    const run: string[] = [];
    for (const end = Math.min(c.count, walked + chunkKeys); walked < end; walked++) {
      const step = walk.next();
      if (step.done === true) throw new Error(`kv snapshot: the map ended at key ${walked} of ${c.count} (a bug)`);
      const e = capturedEntry(c, step.value);
      if (e === undefined) throw new Error(`kv snapshot: key ${walked} of ${c.count} in the walk was not there at the capture (a bug)`);
      run.push(step.value);
      bytes += entryBytes(step.value, e);
    }
    // Keys are strings of byte values 0-255 (keyString), so string order is byte order.
    run.sort();
    runs.push(run);
    onChunk?.(run.length);
  }
  // The last walk chunk was reported; the merge starts on a fresh one.
  yield;
  const count = c.count;

  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  writeHeader(out, view, c.applied, count);
  // Min-heap of runs by their next key: heap[slot] is a run's number, top[slot] its next key, next[r] that key's position in runs[r].
  const heap = runs.map((_, r) => r);
  const top = runs.map((run) => run[0]!);
  const next = new Array<number>(runs.length).fill(0);
  const siftDown = (from: number): void => {
    const r = heap[from]!;
    const k = top[from]!;
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && top[child + 1]! < top[child]!) child++;
      if (k <= top[child]!) break;
      heap[at] = heap[child]!;
      top[at] = top[child]!;
      at = child;
    }
    heap[at] = r;
    top[at] = k;
  };
  for (let slot = (heap.length >> 1) - 1; slot >= 0; slot--) siftDown(slot);
  let at = snapshotHeaderBytes;
  let previous: string | undefined;
  let sinceYield = 0;
  for (let n = 0; n < count; n++) {
    if (sinceYield === chunkKeys) {
      onChunk?.(sinceYield);
      sinceYield = 0;
      yield;
    }
    const r = heap[0]!;
    const k = top[0]!;
    if (previous !== undefined && k <= previous) throw new Error(`kv snapshot: key order broken at key ${n} (a bug)`);
    at = writeEntry(out, view, at, k, capturedEntry(c, k)!);
    previous = k;
    sinceYield++;
    const run = runs[r]!;
    const p = next[r]! + 1;
    next[r] = p;
    if (p < run.length) {
      top[0] = run[p]!;
    } else {
      heap[0] = heap[heap.length - 1]!;
      top[0] = top[top.length - 1]!;
      heap.pop();
      top.pop();
    }
    if (heap.length > 0) siftDown(0);
  }
  onChunk?.(sinceYield);
  if (at !== out.length) throw new Error(`kv snapshot: wrote ${at} of ${out.length} bytes (a bug)`);
  return out;
}

export class KvMachine implements StateMachine<KvResult> {
  private data = new Map<string, KvEntry>();
  private applied = 0;
  /** snapshotInChunks in progress over `data` (usually none or one). */
  private readonly captures = new Set<Capture>();
  private readonly chunkKeys: number;
  private readonly onSnapshotChunk: ((keys: number) => void) | undefined;

  constructor(options: KvMachineOptions = {}) {
    const chunkKeys = options.snapshotChunkKeys ?? snapshotChunkKeysDefault;
    if (!Number.isSafeInteger(chunkKeys) || chunkKeys < 1) {
      throw new TesseraError(`kv: snapshotChunkKeys must be a positive integer, got ${chunkKeys}`, 'KV_ARGUMENT_INVALID', { field: 'snapshotChunkKeys' });
    }
    this.chunkKeys = chunkKeys;
    this.onSnapshotChunk = options.onSnapshotChunk;
  }

  apply(command: Uint8Array, ctx: ApplyContext): KvResult {
    this.applied = ctx.index;
    const decoded = decodeKvCommand(command);
    if (!decoded.ok) return { kind: 'refused', index: ctx.index, code: 'KV_COMMAND_MALFORMED', message: decoded.reason };
    const cmd = decoded.command;
    const key = keyString(cmd.key);
    const current = this.data.get(key);
    if (cmd.op === 'put') {
      if (current === undefined && this.data.size >= kvLimits.keysMax) return this.full(ctx.index);
      this.write(key, current, { value: cmd.value, modIndex: ctx.index });
      return { kind: 'put', index: ctx.index };
    }
    const matches = cmd.expected === undefined ? current === undefined : current !== undefined && equalBytes(current.value, cmd.expected);
    if (!matches) return { kind: 'cas', index: ctx.index, swapped: false, current };
    if (current === undefined && this.data.size >= kvLimits.keysMax) return this.full(ctx.index);
    this.write(key, current, { value: cmd.value, modIndex: ctx.index });
    return { kind: 'cas', index: ctx.index, swapped: true, current };
  }

  /** The only place `data` changes (restore() aside): a snapshot in progress first keeps the entry it captured. */
  private write(key: string, current: KvEntry | undefined, entry: KvEntry): void {
    if (this.captures.size > 0) for (const c of this.captures) if (!c.saved.has(key)) c.saved.set(key, current ?? null);
    this.data.set(key, entry);
  }

  private full(index: number): KvResult {
    return { kind: 'refused', index, code: 'KV_FULL', message: `the store holds ${kvLimits.keysMax} keys, its limit` };
  }

  /** The entry under `key`, as of the last applied command. */
  get(key: Uint8Array): KvEntry | undefined {
    return this.data.get(keyString(key));
  }

  get size(): number {
    return this.data.size;
  }

  appliedIndex(): number {
    return this.applied;
  }

  snapshot(): Uint8Array {
    // Keys are strings of byte values 0-255 (keyString), so string order is byte order.
    const keys = [...this.data.keys()].sort();
    const entries = keys.map((k) => this.data.get(k)!);
    let bytes = snapshotHeaderBytes;
    for (let n = 0; n < keys.length; n++) bytes += entryBytes(keys[n]!, entries[n]!);
    const out = new Uint8Array(bytes);
    const view = new DataView(out.buffer);
    writeHeader(out, view, this.applied, keys.length);
    let at = snapshotHeaderBytes;
    for (let n = 0; n < keys.length; n++) at = writeEntry(out, view, at, keys[n]!, entries[n]!);
    return out;
  }

  /**
   * snapshot()'s bytes for the state now, encoded in chunks while apply()
   * goes on. The capture is O(1) (copy-on-write, see Capture): nothing is
   * copied or sorted before the first pause, and no chunk handles more than
   * snapshotChunkKeys keys (sorting only those), so the event loop is never
   * held for a time that grows with the store.
   */
  async snapshotInChunks(pause: () => Promise<void>): Promise<Uint8Array> {
    const capture: Capture = { live: this.data, saved: new Map(), applied: this.applied, count: this.data.size };
    this.captures.add(capture);
    try {
      const encoding = encodeCaptured(capture, this.chunkKeys, this.onSnapshotChunk);
      for (;;) {
        const step = encoding.next();
        if (step.done === true) return step.value;
        await pause();
      }
    } finally {
      this.captures.delete(capture);
    }
  }

  /** Replaces the state; an empty snapshot is the empty store. Throws KV_SNAPSHOT_CORRUPT naming the offset. */
  restore(snapshot: Uint8Array): void {
    const data = new Map<string, KvEntry>();
    let applied = 0;
    if (snapshot.length > 0) {
      const bad = (what: string, offset: number): never => {
        throw new TesseraError(`kv snapshot: ${what} (offset ${offset})`, 'KV_SNAPSHOT_CORRUPT', { offset });
      };
      if (snapshot.length < 17) bad(`${snapshot.length} bytes, shorter than the header`, 0);
      if (!snapshotMagic.every((b, k) => snapshot[k] === b)) bad('bad magic', 0);
      const view = new DataView(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
      if (view.getUint8(4) !== snapshotVersion) bad(`version ${view.getUint8(4)}`, 4);
      applied = view.getUint32(5) * twoPow32 + view.getUint32(9);
      const count = view.getUint32(13);
      if (count > kvLimits.keysMax) bad(`${count} keys, above ${kvLimits.keysMax}`, 13);
      let at = 17;
      let previous: string | undefined;
      for (let n = 0; n < count; n++) {
        if (at + 4 > snapshot.length) bad('entry header runs past the end', at);
        const kLen = view.getUint32(at);
        if (kLen === 0 || kLen > kvLimits.keyBytesMax || at + 4 + kLen + 12 > snapshot.length) bad(`key length ${kLen}`, at);
        const key = keyString(snapshot.subarray(at + 4, at + 4 + kLen));
        if (previous !== undefined && key <= previous) bad('keys out of order', at);
        at += 4 + kLen;
        const modIndex = view.getUint32(at) * twoPow32 + view.getUint32(at + 4);
        const vLen = view.getUint32(at + 8);
        if (vLen > kvLimits.valueBytesMax || at + 12 + vLen > snapshot.length) bad(`value length ${vLen}`, at + 8);
        data.set(key, { value: snapshot.slice(at + 12, at + 12 + vLen), modIndex });
        at += 12 + vLen;
        previous = key;
      }
      if (at !== snapshot.length) bad(`${snapshot.length - at} bytes after the last entry`, at);
    }
    // A new map, not a cleared one: a snapshot in progress keeps reading the old map, which no write touches any more.
    this.data = data;
    this.captures.clear();
    this.applied = applied;
  }
}
