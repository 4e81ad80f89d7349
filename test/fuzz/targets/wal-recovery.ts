/**
 * js_wal_recovery: a whole data directory (WAL segments, hard state file,
 * snapshots, leftover temp files) through recoverDataDir. The input is a
 * list of files: kind u8 | length u16 LE | bytes. Every input ends in a
 * recovered state that obeys the log's rules (contiguous entries after the
 * snapshot, terms never decreasing, commit inside the log) or in a storage
 * error (WAL_CORRUPT, HARDSTATE_CORRUPT, SNAPSHOT_CORRUPT, SNAPSHOT_MISSING)
 * whose message names a file of the directory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isTesseraError } from '../../../src/common/errors.js';
import { readU64 } from '../../../src/storage/bytes.js';
import { hardStateFileName, hardStateTempName } from '../../../src/storage/hard-state-file.js';
import { resolveStorageLimits } from '../../../src/storage/limits.js';
import { recoverDataDir, snapDirName, walDirName } from '../../../src/storage/recovery.js';
import { snapshotFileName } from '../../../src/storage/snapshot-file.js';
import { segmentFileName } from '../../../src/storage/wal-format.js';
import { check, type FuzzTarget } from '../target.js';
import { buildHardState, buildSegment, buildSnapshot, entryOp, hardStateOp, withValidChecksums, withValidFileChecksums } from './wal-build.js';

const FileKind = { Segment: 0, HardState: 1, Snapshot: 2, Temp: 3 } as const;
/** Set on a kind byte: recompute the file's checksums before writing it. */
const fixChecksums = 0x10;
/** Set on a segment or snapshot: name it one off from what its header says. */
const misname = 0x20;
const recoveryCodes = new Set(['WAL_CORRUPT', 'HARDSTATE_CORRUPT', 'SNAPSHOT_CORRUPT', 'SNAPSHOT_MISSING']);

export function encodeDataDir(files: readonly { kind: number; bytes: Uint8Array }[]): Uint8Array {
  const parts: Buffer[] = [];
  for (const f of files) {
    const h = Buffer.alloc(3);
    h[0] = f.kind;
    h.writeUInt16LE(f.bytes.length, 1);
    parts.push(h, Buffer.from(f.bytes));
  }
  return Buffer.concat(parts);
}

function decodeDataDir(input: Uint8Array): { kind: number; bytes: Buffer }[] {
  const b = Buffer.from(input.buffer, input.byteOffset, input.length);
  const out: { kind: number; bytes: Buffer }[] = [];
  let o = 0;
  while (o + 3 <= b.length && out.length < 8) {
    const kind = b[o]!;
    const len = Math.min(b.readUInt16LE(o + 1), b.length - o - 3);
    out.push({ kind, bytes: b.subarray(o + 3, o + 3 + len) });
    o += 3 + len;
  }
  return out;
}

function u64At(b: Buffer, o: number, fallback: number): number {
  if (b.length < o + 8) return fallback;
  const v = readU64(b, o);
  return v >= 0 && v < 2 ** 48 ? v : fallback;
}

class DataDirRecoveryTarget implements FuzzTarget {
  readonly name = 'js_wal_recovery';
  readonly checks = 'recoverDataDir over fuzzed data directories: a state obeying the log rules, or a storage error naming a file of the directory';
  readonly maxLen = 8192;
  private root: string | undefined;
  private readonly limits = resolveStorageLimits({});

  seeds(): Uint8Array[] {
    const seg1 = buildSegment({ seq: 1, firstIndex: 1, prevTerm: 0, segmentBytes: 512, ops: [entryOp(1, 1, 'a'), entryOp(2, 1, 'b'), hardStateOp(1, 1, 2)] });
    const seg2 = buildSegment({ seq: 2, firstIndex: 3, prevTerm: 1, segmentBytes: 512, fileBytes: 200, ops: [entryOp(3, 2, 'c'), hardStateOp(2, 1, 3)] });
    const afterSnap = buildSegment({
      seq: 5,
      firstIndex: 11,
      prevTerm: 3,
      segmentBytes: 512,
      ops: [{ kind: 'snapshot', index: 10 as never, term: 3 as never }, entryOp(11, 3, 'd'), entryOp(12, 4, 'e'), hardStateOp(4, 2, 11)],
    });
    return [
      encodeDataDir([{ kind: FileKind.Segment, bytes: seg1 }, { kind: FileKind.Segment, bytes: seg2 }, { kind: FileKind.HardState, bytes: buildHardState(2, 1, 3) }]),
      encodeDataDir([
        { kind: FileKind.Snapshot, bytes: buildSnapshot(10, 3, [1, 2, 3], 'state at 10') },
        { kind: FileKind.Segment, bytes: afterSnap },
        { kind: FileKind.HardState, bytes: buildHardState(4, 2, 11) },
        { kind: FileKind.Temp, bytes: Buffer.from('partial') },
      ]),
      encodeDataDir([{ kind: FileKind.Segment, bytes: seg1.subarray(0, 100) }]),
      encodeDataDir([]),
    ];
  }

  covers(url: string): boolean {
    return url.includes('/src/storage/');
  }

  run(input: Uint8Array): void {
    const root = this.dir();
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, walDirName), { recursive: true });
    mkdirSync(join(root, snapDirName), { recursive: true });
    let seq = 1;
    for (const f of decodeDataDir(input)) {
      const kind = f.kind & 0x3;
      const fix = (f.kind & fixChecksums) !== 0;
      const off = (f.kind & misname) !== 0 ? 1 : 0;
      if (kind === FileKind.Segment) {
        const bytes = fix ? withValidChecksums(f.bytes) : f.bytes;
        const name = segmentFileName(u64At(bytes, 8, seq) + off, u64At(bytes, 16, 1));
        seq = u64At(bytes, 8, seq) + 1;
        writeFileSync(join(root, walDirName, name), bytes);
      } else if (kind === FileKind.HardState) {
        writeFileSync(join(root, hardStateFileName), fix ? withValidFileChecksums('hardState', f.bytes) : f.bytes);
      } else if (kind === FileKind.Snapshot) {
        const bytes = fix ? withValidFileChecksums('snapshot', f.bytes) : f.bytes;
        writeFileSync(join(root, snapDirName, snapshotFileName(u64At(bytes, 16, 1), u64At(bytes, 8, 1) + off)), bytes);
      } else {
        writeFileSync(join(root, f.bytes.length % 2 === 0 ? hardStateTempName : join(walDirName, 'x.tmp')), f.bytes);
      }
    }
    let state;
    try {
      state = recoverDataDir(root, this.limits);
    } catch (e) {
      check(
        isTesseraError(e) && recoveryCodes.has(e.code),
        () => `recoverDataDir threw ${isTesseraError(e) ? e.code : 'a non-tessera error'}: ${String(e)}`,
      );
      check((e as Error).message.includes(root), () => `the error does not name a file of the directory: ${(e as Error).message}`);
      return;
    }
    const s = state.compactedIndex;
    check(state.snapshot === undefined ? s === 0 : state.snapshot.metadata.index === s, () => `compacted index ${s} but the snapshot is at ${String(state.snapshot?.metadata.index)}`);
    let prevTerm = state.compactedTerm;
    state.entries.forEach((e, i) => {
      check(e.index === s + 1 + i, () => `entry ${i} has index ${e.index}, expected ${s + 1 + i}`);
      check(e.term >= prevTerm, () => `entry ${e.index} has term ${e.term} after term ${prevTerm}`);
      prevTerm = e.term;
    });
    const last = s + state.entries.length;
    check(state.hardState.commit >= s && state.hardState.commit <= last, () => `commit ${state.hardState.commit} outside [${s}, ${last}]`);
    check(state.isNew === (state.segments.length === 0), () => `isNew ${state.isNew} with ${state.segments.length} segments`);
  }

  private dir(): string {
    if (!this.root) {
      const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
      this.root = mkdtempSync(join(base, 'tessera-fuzz-recovery-'));
    }
    return this.root;
  }

  close(): void {
    if (this.root) rmSync(this.root, { recursive: true, force: true });
    this.root = undefined;
  }
}

export const walRecoveryTarget: FuzzTarget = new DataDirRecoveryTarget();
