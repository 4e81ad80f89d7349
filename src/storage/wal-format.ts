/**
 * The WAL's bytes: segment file names, the segment header and the record
 * framing. Pure functions; docs/contributors/storage.md has the tables.
 *
 * Segment: a 40-byte header, then records back to back, then zeros to the
 * preallocated end. Record: length u32 (payload bytes) | crc u32 | payload,
 * payload = type u8 | body. The CRC32C is chained: each record's is
 * crc32c(payload, previous record's crc), the first record's seed being the
 * header's crc. A record therefore only validates at its own position in its
 * own segment (a stale or misplaced copy fails), and each CRC vouches for
 * every payload before it in the segment. A length of zero is never written:
 * a zero header is the end of the records.
 */
import { crc32c } from '../hash/index.js';
import { EntryType, type Entry, type HardState, type Index, type NodeId, type Term } from '../raft/types.js';
import { hex16, readU64, writeU64 } from './bytes.js';

export const segmentMagic = 0x4c415754; // "TWAL" little-endian
export const segmentVersion = 1;
export const segmentHeaderBytes = 40;
export const recordFrameBytes = 8; // length u32 + crc u32
/** The largest segment the format allows (the header stores the size as u32; limits.ts bounds it lower). */
export const segmentBytesCeiling = 0x4000_0000;

export const RecordType = {
  Entry: 1,
  HardState: 2,
  Truncate: 3,
  Snapshot: 4,
} as const;

const entryBodyFixedBytes = 8 + 8 + 1; // index, term, entry type
/** Frame + type + fixed entry fields: an entry record is this plus its data. */
export const entryRecordOverheadBytes = recordFrameBytes + 1 + entryBodyFixedBytes;
export const hardStateRecordBytes = recordFrameBytes + 1 + 24;
export const truncateRecordBytes = recordFrameBytes + 1 + 16;
export const snapshotRecordBytes = recordFrameBytes + 1 + 16;

export interface SegmentHeader {
  readonly seq: number;
  /** Index of the first entry the segment was created to hold: the WAL's last index + 1 at creation. */
  readonly firstIndex: Index;
  /** Term of entry firstIndex - 1 at creation (0 if none), so the first segment left after compaction is self-describing. */
  readonly prevTerm: Term;
  /** The size the segment was preallocated to; no record runs past it. */
  readonly segmentBytes: number;
}

/** What a WAL record says. */
export type WalOp =
  | { readonly kind: 'entry'; readonly entry: Entry }
  | { readonly kind: 'hardState'; readonly hardState: HardState }
  /** Entries after lastKeptIndex are discarded (a conflicting suffix replaced after a leader change). */
  | { readonly kind: 'truncate'; readonly lastKeptIndex: Index; readonly lastKeptTerm: Term }
  /** The log was replaced by the snapshot (index, term), written to snap/ before this record. */
  | { readonly kind: 'snapshot'; readonly index: Index; readonly term: Term };

export function segmentFileName(seq: number, firstIndex: number): string {
  return `${hex16(seq)}-${hex16(firstIndex)}.wal`;
}

const segmentNamePattern = /^([0-9a-f]{16})-([0-9a-f]{16})\.wal$/;

export function parseSegmentFileName(name: string): { seq: number; firstIndex: number } | undefined {
  const m = segmentNamePattern.exec(name);
  if (!m) return undefined;
  const seq = Number.parseInt(m[1]!, 16);
  const firstIndex = Number.parseInt(m[2]!, 16);
  if (!Number.isSafeInteger(seq) || !Number.isSafeInteger(firstIndex)) return undefined;
  return { seq, firstIndex };
}

/** The header bytes and their crc (the seed of the segment's first record). */
export function encodeSegmentHeader(h: SegmentHeader): { bytes: Buffer; crc: number } {
  const b = Buffer.alloc(segmentHeaderBytes);
  b.writeUInt32LE(segmentMagic, 0);
  b.writeUInt16LE(segmentVersion, 4);
  b.writeUInt16LE(segmentHeaderBytes, 6);
  writeU64(b, 8, h.seq);
  writeU64(b, 16, h.firstIndex);
  writeU64(b, 24, h.prevTerm);
  b.writeUInt32LE(h.segmentBytes, 32);
  const crc = crc32c(b.subarray(0, 36));
  b.writeUInt32LE(crc, 36);
  return { bytes: b, crc };
}

export type DecodedHeader = { ok: true; header: SegmentHeader; crc: number } | { ok: false; offset: number; what: string };

export function decodeSegmentHeader(b: Buffer): DecodedHeader {
  if (b.length < segmentHeaderBytes) return { ok: false, offset: 0, what: `file is ${b.length} bytes, shorter than the ${segmentHeaderBytes}-byte segment header` };
  const crc = b.readUInt32LE(36);
  if (crc32c(b.subarray(0, 36)) !== crc) return { ok: false, offset: 36, what: 'segment header checksum mismatch' };
  if (b.readUInt32LE(0) !== segmentMagic) return { ok: false, offset: 0, what: 'not a WAL segment (bad magic)' };
  const version = b.readUInt16LE(4);
  if (version !== segmentVersion) return { ok: false, offset: 4, what: `segment version ${version} is not supported (expected ${segmentVersion})` };
  if (b.readUInt16LE(6) !== segmentHeaderBytes) return { ok: false, offset: 6, what: `segment header size ${b.readUInt16LE(6)} (expected ${segmentHeaderBytes})` };
  const seq = readU64(b, 8);
  const firstIndex = readU64(b, 16);
  const prevTerm = readU64(b, 24);
  if (seq < 0 || firstIndex < 1 || prevTerm < 0) return { ok: false, offset: 8, what: 'segment header field out of range' };
  const segmentBytes = b.readUInt32LE(32);
  if (segmentBytes < segmentHeaderBytes + recordFrameBytes || segmentBytes > segmentBytesCeiling) return { ok: false, offset: 32, what: `segment size ${segmentBytes} out of range` };
  return { ok: true, header: { seq, firstIndex: firstIndex as Index, prevTerm: prevTerm as Term, segmentBytes }, crc };
}

/** Bytes the record for `op` takes in a segment (frame included). */
export function recordBytes(op: WalOp): number {
  switch (op.kind) {
    case 'entry':
      return entryRecordOverheadBytes + op.entry.data.length;
    case 'hardState':
      return hardStateRecordBytes;
    case 'truncate':
      return truncateRecordBytes;
    case 'snapshot':
      return snapshotRecordBytes;
  }
}

/**
 * Writes the record for `op` at buf[offset, offset + recordBytes(op)) and
 * returns its crc (the seed of the next record).
 */
export function encodeRecord(buf: Buffer, offset: number, op: WalOp, prevCrc: number): number {
  const payloadAt = offset + recordFrameBytes;
  let end: number;
  switch (op.kind) {
    case 'entry': {
      const e = op.entry;
      buf[payloadAt] = RecordType.Entry;
      writeU64(buf, payloadAt + 1, e.index);
      writeU64(buf, payloadAt + 9, e.term);
      buf[payloadAt + 17] = e.type;
      buf.set(e.data, payloadAt + 18);
      end = payloadAt + 18 + e.data.length;
      break;
    }
    case 'hardState': {
      const h = op.hardState;
      buf[payloadAt] = RecordType.HardState;
      writeU64(buf, payloadAt + 1, h.term);
      writeU64(buf, payloadAt + 9, h.vote);
      writeU64(buf, payloadAt + 17, h.commit);
      end = payloadAt + 25;
      break;
    }
    case 'truncate':
      buf[payloadAt] = RecordType.Truncate;
      writeU64(buf, payloadAt + 1, op.lastKeptIndex);
      writeU64(buf, payloadAt + 9, op.lastKeptTerm);
      end = payloadAt + 17;
      break;
    case 'snapshot':
      buf[payloadAt] = RecordType.Snapshot;
      writeU64(buf, payloadAt + 1, op.index);
      writeU64(buf, payloadAt + 9, op.term);
      end = payloadAt + 17;
      break;
  }
  const payloadBytes = end - payloadAt;
  const crc = crc32c(buf.subarray(payloadAt, end), prevCrc);
  buf.writeUInt32LE(payloadBytes, offset);
  buf.writeUInt32LE(crc, offset + 4);
  return crc;
}

/**
 * The op a checksum-valid payload holds, or what is wrong with it. A payload
 * that passed its CRC but does not parse was written that way (or damaged in
 * a way the CRC missed): it is corruption, never a torn write.
 * `data` of an entry is a copy, independent of `payload`'s buffer.
 */
export function decodeRecordPayload(payload: Buffer): { ok: true; op: WalOp } | { ok: false; what: string } {
  const type = payload[0];
  const fixed = (n: number): string | undefined => (payload.length === 1 + n ? undefined : `record type ${type} has a ${payload.length - 1}-byte body (expected ${n})`);
  switch (type) {
    case RecordType.Entry: {
      if (payload.length < 1 + entryBodyFixedBytes) return { ok: false, what: `entry record body is ${payload.length - 1} bytes, shorter than ${entryBodyFixedBytes}` };
      const index = readU64(payload, 1);
      const term = readU64(payload, 9);
      const entryType = payload[17]!;
      if (index < 1 || term < 1) return { ok: false, what: 'entry index or term out of range' };
      if (entryType !== EntryType.Normal && entryType !== EntryType.ConfChange) return { ok: false, what: `unknown entry type ${entryType}` };
      const data = new Uint8Array(payload.length - 18);
      data.set(payload.subarray(18));
      return { ok: true, op: { kind: 'entry', entry: { index: index as Index, term: term as Term, type: entryType as EntryType, data } } };
    }
    case RecordType.HardState: {
      const bad = fixed(24);
      if (bad) return { ok: false, what: bad };
      const term = readU64(payload, 1);
      const vote = readU64(payload, 9);
      const commit = readU64(payload, 17);
      if (term < 0 || vote < 0 || commit < 0) return { ok: false, what: 'hard state field out of range' };
      return { ok: true, op: { kind: 'hardState', hardState: { term: term as Term, vote: vote as NodeId, commit: commit as Index } } };
    }
    case RecordType.Truncate:
    case RecordType.Snapshot: {
      const bad = fixed(16);
      if (bad) return { ok: false, what: bad };
      const index = readU64(payload, 1);
      const term = readU64(payload, 9);
      if (index < 0 || term < 0) return { ok: false, what: 'index or term out of range' };
      return type === RecordType.Truncate
        ? { ok: true, op: { kind: 'truncate', lastKeptIndex: index as Index, lastKeptTerm: term as Term } }
        : { ok: true, op: { kind: 'snapshot', index: index as Index, term: term as Term } };
    }
    default:
      return { ok: false, what: `unknown record type ${String(type)}` };
  }
}
