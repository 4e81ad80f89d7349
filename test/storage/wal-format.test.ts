import { describe, expect, it } from 'vitest';

import type { Index, Term } from '../../src/raft/types.js';
import {
  decodeRecordPayload,
  decodeSegmentHeader,
  encodeRecord,
  encodeSegmentHeader,
  parseSegmentFileName,
  recordBytes,
  segmentFileName,
  type WalOp,
} from '../../src/storage/wal-format.js';
import { scanSegment } from '../../src/storage/wal-scan.js';
import { ent, hs } from './conformance.js';

const header = { seq: 7, firstIndex: 100 as Index, prevTerm: 3 as Term, segmentBytes: 4096 };

function segmentWith(ops: WalOp[], size = 4096): { bytes: Buffer; offsets: number[] } {
  const h = encodeSegmentHeader({ ...header, segmentBytes: size });
  const bytes = Buffer.alloc(size);
  h.bytes.copy(bytes);
  let o = h.bytes.length;
  let crc = h.crc;
  const offsets: number[] = [];
  for (const op of ops) {
    offsets.push(o);
    crc = encodeRecord(bytes, o, op, crc);
    o += recordBytes(op);
  }
  return { bytes, offsets };
}

const ops: WalOp[] = [
  { kind: 'entry', entry: ent(100, 3, 'hello') },
  { kind: 'entry', entry: ent(101, 4, new Uint8Array(0)) },
  { kind: 'hardState', hardState: hs(4, 2, 100) },
  { kind: 'truncate', lastKeptIndex: 100 as Index, lastKeptTerm: 3 as Term },
  { kind: 'snapshot', index: 150 as Index, term: 5 as Term },
];

describe('WAL format', () => {
  it('names segments by sequence and first index, 16 hex digits each', () => {
    expect(segmentFileName(1, 1)).toBe('0000000000000001-0000000000000001.wal');
    expect(segmentFileName(0x1f, 0xabc)).toBe('000000000000001f-0000000000000abc.wal');
    expect(parseSegmentFileName('000000000000001f-0000000000000abc.wal')).toEqual({ seq: 31, firstIndex: 2748 });
    expect(parseSegmentFileName('000000000000001f-0000000000000abc.wal.tmp')).toBeUndefined();
    expect(parseSegmentFileName('1-1.wal')).toBeUndefined();
  });

  it('round-trips the segment header; any damaged byte is reported with its offset', () => {
    const { bytes } = encodeSegmentHeader(header);
    expect(bytes.length).toBe(40);
    const d = decodeSegmentHeader(bytes);
    expect(d.ok && d.header).toEqual(header);
    for (let off = 0; off < 40; off++) {
      const b = Buffer.from(bytes);
      b[off] ^= 1;
      const bad = decodeSegmentHeader(b);
      expect(bad.ok, `byte ${off}`).toBe(false);
    }
    expect(decodeSegmentHeader(bytes.subarray(0, 39))).toMatchObject({ ok: false, offset: 0 });
  });

  it('round-trips every record type through scanSegment', () => {
    const { bytes } = segmentWith(ops);
    const seen: WalOp[] = [];
    const scan = scanSegment('seg', bytes, true, (op) => seen.push(op));
    expect(seen).toEqual(ops);
    expect(scan.records).toBe(5);
    expect(scan.torn).toBeUndefined();
    expect(scan.end).toBe(40 + ops.reduce((a, op) => a + recordBytes(op), 0));
  });

  it('chains the CRC: a valid record moved to another position or segment does not validate', () => {
    const { bytes, offsets } = segmentWith(ops);
    // Swap the first two entry records' positions (same lengths would not be needed: copy the second over the first).
    const second = bytes.subarray(offsets[1]!, offsets[2]!);
    const moved = Buffer.from(bytes);
    second.copy(moved, offsets[0]!);
    moved.fill(0, offsets[0]! + second.length);
    const scan = scanSegment('seg', moved, true, () => undefined);
    expect(scan.records).toBe(0);
    expect(scan.torn?.offset).toBe(offsets[0]);
    // The same records under a header with another sequence number fail too.
    const other = segmentWith(ops);
    const h2 = encodeSegmentHeader({ ...header, seq: 8 });
    h2.bytes.copy(other.bytes);
    expect(() => scanSegment('seg', other.bytes, false, () => undefined)).toThrow(/checksum mismatch/);
  });

  it('refuses a checksum-valid record that does not parse (never a torn tail)', () => {
    for (const bad of [Buffer.from([9, 1, 2]), Buffer.from([2, 0, 0]), Buffer.from([1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 5])]) {
      expect(decodeRecordPayload(bad).ok).toBe(false);
    }
    expect(decodeRecordPayload(Buffer.from([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).ok).toBe(false); // term 0
  });

  it('treats a zero frame followed by zeros as the end, and any data after it as damage', () => {
    const { bytes } = segmentWith(ops.slice(0, 2));
    expect(scanSegment('seg', bytes, true, () => undefined).torn).toBeUndefined();
    const b = Buffer.from(bytes);
    b[4000] = 1;
    expect(() => scanSegment('seg', b, true, () => undefined)).toThrow(/non-zero data follows at offset 4000/);
  });

  it('refuses a file longer than the size its header gives', () => {
    const { bytes } = segmentWith(ops.slice(0, 1), 4096);
    expect(() => scanSegment('seg', Buffer.concat([bytes, Buffer.alloc(1)]), true, () => undefined)).toThrow(/longer than the 4096/);
  });
});
