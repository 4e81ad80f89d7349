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
const twoPow32 = 0x1_0000_0000;

/** Keys encoded between two pauses of snapshotInChunks (a few ms of work). */
const snapshotChunkKeys = 4096;

/** Encodes a snapshot of `data` (see the layout above), yielding after every snapshotChunkKeys keys. */
function* encodeSnapshot(data: ReadonlyMap<string, KvEntry>, applied: number): Generator<void, Uint8Array> {
  // Keys are strings of byte values 0-255 (keyString), so string order is byte order.
  const keys = [...data.keys()].sort();
  const entries = keys.map((k) => data.get(k)!);
  let bytes = 4 + 1 + 8 + 4;
  for (let n = 0; n < keys.length; n++) bytes += 4 + keys[n]!.length + 8 + 4 + entries[n]!.value.length;
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  out.set(snapshotMagic, 0);
  view.setUint8(4, snapshotVersion);
  view.setUint32(5, Math.floor(applied / twoPow32));
  view.setUint32(9, applied >>> 0);
  view.setUint32(13, keys.length);
  let at = 17;
  for (let n = 0; n < keys.length; n++) {
    if (n > 0 && n % snapshotChunkKeys === 0) yield;
    const k = keys[n]!;
    const e = entries[n]!;
    view.setUint32(at, k.length);
    at += 4;
    for (let c = 0; c < k.length; c++) out[at + c] = k.charCodeAt(c);
    at += k.length;
    view.setUint32(at, Math.floor(e.modIndex / twoPow32));
    view.setUint32(at + 4, e.modIndex >>> 0);
    view.setUint32(at + 8, e.value.length);
    out.set(e.value, at + 12);
    at += 12 + e.value.length;
  }
  return out;
}

export class KvMachine implements StateMachine<KvResult> {
  private readonly data = new Map<string, KvEntry>();
  private applied = 0;

  apply(command: Uint8Array, ctx: ApplyContext): KvResult {
    this.applied = ctx.index;
    const decoded = decodeKvCommand(command);
    if (!decoded.ok) return { kind: 'refused', index: ctx.index, code: 'KV_COMMAND_MALFORMED', message: decoded.reason };
    const cmd = decoded.command;
    const key = keyString(cmd.key);
    const current = this.data.get(key);
    if (cmd.op === 'put') {
      if (current === undefined && this.data.size >= kvLimits.keysMax) return this.full(ctx.index);
      this.data.set(key, { value: cmd.value, modIndex: ctx.index });
      return { kind: 'put', index: ctx.index };
    }
    const matches = cmd.expected === undefined ? current === undefined : current !== undefined && equalBytes(current.value, cmd.expected);
    if (!matches) return { kind: 'cas', index: ctx.index, swapped: false, current };
    if (current === undefined && this.data.size >= kvLimits.keysMax) return this.full(ctx.index);
    this.data.set(key, { value: cmd.value, modIndex: ctx.index });
    return { kind: 'cas', index: ctx.index, swapped: true, current };
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
    const encoding = encodeSnapshot(this.data, this.applied);
    for (;;) {
      const step = encoding.next();
      if (step.done === true) return step.value;
    }
  }

  /** snapshot() in chunks: entries are never mutated (a write replaces its entry), so a copy of the map is the state now. */
  async snapshotInChunks(pause: () => Promise<void>): Promise<Uint8Array> {
    const encoding = encodeSnapshot(new Map(this.data), this.applied);
    for (;;) {
      const step = encoding.next();
      if (step.done === true) return step.value;
      await pause();
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
    this.data.clear();
    for (const [k, v] of data) this.data.set(k, v);
    this.applied = applied;
  }
}
