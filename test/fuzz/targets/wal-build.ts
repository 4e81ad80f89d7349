/**
 * Builds well-formed WAL segments, hard state and snapshot files from our
 * own encoders: the seeds the WAL targets mutate.
 */
import { crc32c } from '../../../src/hash/index.js';
import { encodeHardState } from '../../../src/storage/hard-state-file.js';
import { encodeSnapshotPrefix } from '../../../src/storage/snapshot-file.js';
import { encodeRecord, encodeSegmentHeader, recordBytes, segmentHeaderBytes, type WalOp } from '../../../src/storage/wal-format.js';
import { EntryType, type Index, type NodeId, type Term } from '../../../src/raft/types.js';

export function entryOp(index: number, term: number, data: string, type: EntryType = EntryType.Normal): WalOp {
  return { kind: 'entry', entry: { index: index as Index, term: term as Term, type, data: Buffer.from(data) } };
}

export function hardStateOp(term: number, vote: number, commit: number): WalOp {
  return { kind: 'hardState', hardState: { term: term as Term, vote: vote as NodeId, commit: commit as Index } };
}

export interface SegmentSpec {
  readonly seq: number;
  readonly firstIndex: number;
  readonly prevTerm: number;
  /** Preallocated size; the file is cut to `fileBytes` when given (a last segment cut short). */
  readonly segmentBytes: number;
  readonly fileBytes?: number;
  readonly ops: readonly WalOp[];
}

/** The segment file's bytes. */
export function buildSegment(spec: SegmentSpec): Buffer {
  const header = encodeSegmentHeader({ seq: spec.seq, firstIndex: spec.firstIndex as Index, prevTerm: spec.prevTerm as Term, segmentBytes: spec.segmentBytes });
  const need = segmentHeaderBytes + spec.ops.reduce((n, op) => n + recordBytes(op), 0);
  const b = Buffer.alloc(Math.max(spec.segmentBytes, need));
  header.bytes.copy(b, 0);
  let o = segmentHeaderBytes;
  let crc = header.crc;
  for (const op of spec.ops) {
    crc = encodeRecord(b, o, op, crc);
    o += recordBytes(op);
  }
  return b.subarray(0, spec.fileBytes ?? spec.segmentBytes);
}

export function buildHardState(term: number, vote: number, commit: number): Buffer {
  return encodeHardState({ term: term as Term, vote: vote as NodeId, commit: commit as Index });
}

export function buildSnapshot(index: number, term: number, voters: number[], data: string): Buffer {
  const body = Buffer.from(data);
  const prefix = encodeSnapshotPrefix({
    metadata: { index: index as Index, term: term as Term, confState: { voters: voters as NodeId[], learners: [] } },
    data: body,
  });
  return Buffer.concat([prefix, body]);
}

/**
 * A copy of a segment with its header CRC and every record's chained CRC
 * recomputed (following the length fields): mutants then get past the
 * checksums to the field checks behind them, which random bytes almost
 * never reach otherwise (libFuzzer would get there by tracing comparisons).
 */
export function withValidChecksums(segment: Uint8Array): Buffer {
  const b = Buffer.from(segment);
  if (b.length < segmentHeaderBytes) return b;
  let crc = crc32c(b.subarray(0, 36));
  b.writeUInt32LE(crc, 36);
  let o = segmentHeaderBytes;
  while (o + 8 <= b.length) {
    const len = b.readUInt32LE(o);
    const end = o + 8 + len;
    if (len === 0 || end > b.length) break;
    crc = crc32c(b.subarray(o + 8, end), crc);
    b.writeUInt32LE(crc, o + 4);
    o = end;
  }
  return b;
}

/** A hard state file or snapshot header with its checksums recomputed (lengths permitting). */
export function withValidFileChecksums(kind: 'hardState' | 'snapshot', file: Uint8Array): Buffer {
  const b = Buffer.from(file);
  if (kind === 'hardState') {
    if (b.length >= 36) b.writeUInt32LE(crc32c(b.subarray(0, 32)), 32);
    return b;
  }
  if (b.length >= 48) {
    b.writeUInt32LE(crc32c(b.subarray(48)), 40);
    b.writeUInt32LE(crc32c(b.subarray(0, 44)), 44);
  }
  return b;
}
