/**
 * js_wal_segment: one WAL segment's bytes through scanSegment, as the last
 * segment and as an earlier one. Every input ends in a scan or in
 * WAL_CORRUPT naming the file and an offset inside it; a scan's records
 * re-encode to the same bytes (the decoder and encoder agree), a torn tail
 * starts where the valid records end, and an earlier segment is never torn.
 */
import { isTesseraError } from '../../../src/common/errors.js';
import { scanSegment, type SegmentScan } from '../../../src/storage/wal-scan.js';
import { encodeRecord, recordBytes, segmentHeaderBytes, type WalOp } from '../../../src/storage/wal-format.js';
import { EntryType } from '../../../src/raft/types.js';
import { check, type FuzzTarget } from '../target.js';
import { buildSegment, entryOp, hardStateOp, withValidChecksums } from './wal-build.js';

const file = '/fuzz/wal/0000000000000001-0000000000000001.wal';

function scanOrCorrupt(bytes: Buffer, isLast: boolean): { scan: SegmentScan; ops: { op: WalOp; offset: number }[] } | undefined {
  const ops: { op: WalOp; offset: number }[] = [];
  try {
    return { scan: scanSegment(file, bytes, isLast, (op, offset) => ops.push({ op, offset })), ops };
  } catch (e) {
    check(isTesseraError(e, 'WAL_CORRUPT'), () => `scanSegment threw something other than WAL_CORRUPT: ${String(e)}`);
    const err = e as Error & { details?: { file?: string; offset?: number } };
    check(err.message.includes(file), () => `WAL_CORRUPT does not name the file: ${err.message}`);
    const offset = err.details?.offset;
    check(typeof offset === 'number' && offset >= 0 && offset <= Math.max(bytes.length, segmentHeaderBytes), () => `WAL_CORRUPT offset ${String(offset)} outside the ${bytes.length}-byte file: ${err.message}`);
    return undefined;
  }
}

export const walSegmentTarget: FuzzTarget = {
  name: 'js_wal_segment',
  checks: 'scanSegment (last and earlier segment): a scan or WAL_CORRUPT naming file and offset; scanned records re-encode to the same bytes; torn tails only in the last segment',
  maxLen: 4096,
  seeds() {
    const ops: WalOp[] = [
      entryOp(5, 2, 'put k1 v1'),
      entryOp(6, 2, ''),
      hardStateOp(2, 1, 6),
      entryOp(7, 3, 'conf', EntryType.ConfChange),
      { kind: 'truncate', lastKeptIndex: 6 as never, lastKeptTerm: 2 as never },
      entryOp(7, 4, 'x'.repeat(100)),
      { kind: 'snapshot', index: 7 as never, term: 4 as never },
    ];
    const full = buildSegment({ seq: 1, firstIndex: 5, prevTerm: 1, segmentBytes: 1024, ops });
    const torn = Buffer.from(full);
    torn.fill(0x5a, 60, 70); // damage inside the first record
    return [
      full,
      buildSegment({ seq: 1, firstIndex: 5, prevTerm: 1, segmentBytes: 1024, fileBytes: 300, ops }),
      buildSegment({ seq: 3, firstIndex: 1, prevTerm: 0, segmentBytes: 256, ops: [] }),
      buildSegment({ seq: 1, firstIndex: 5, prevTerm: 1, segmentBytes: 512, ops: ops.slice(0, 3) }).subarray(0, 120),
      torn,
    ];
  },
  covers: (url) => url.includes('/src/storage/'),
  run(input) {
    const raw = Buffer.from(input.buffer, input.byteOffset, input.length);
    for (const bytes of [raw, withValidChecksums(raw)]) checkSegment(bytes);
  },
};

function checkSegment(bytes: Buffer): void {
    for (const isLast of [true, false]) {
      const r = scanOrCorrupt(bytes, isLast);
      if (!r) continue;
      const { scan, ops } = r;
      check(scan.records === ops.length, () => `scan counts ${scan.records} records but handed over ${ops.length}`);
      check(!(scan.torn && !isLast), () => 'an earlier segment was reported torn');
      check(scan.end <= bytes.length && scan.end >= segmentHeaderBytes, () => `scan end ${scan.end} outside [${segmentHeaderBytes}, ${bytes.length}]`);
      if (scan.torn) check(scan.torn.offset === scan.end, () => `torn tail at ${scan.torn!.offset} but records end at ${scan.end}`);
      // Re-encode what was read: the same bytes, the same chained CRC.
      const again = Buffer.alloc(scan.end);
      bytes.copy(again, 0, 0, segmentHeaderBytes);
      // The first record's CRC seed is the header's: a scan of the header alone ends with it.
      let crc = scanSegment(file, bytes.subarray(0, segmentHeaderBytes), true, () => undefined).lastCrc;
      let o = segmentHeaderBytes;
      for (const { op, offset } of ops) {
        check(offset === o, () => `record handed over at offset ${offset}, expected ${o}`);
        crc = encodeRecord(again, o, op, crc);
        o += recordBytes(op);
      }
      check(o === scan.end, () => `re-encoded records end at ${o}, the scan at ${scan.end}`);
      check((crc >>> 0) === (scan.lastCrc >>> 0), () => `re-encoded chain CRC ${crc >>> 0} differs from the scan's ${scan.lastCrc >>> 0}`);
      check(again.subarray(segmentHeaderBytes).equals(bytes.subarray(segmentHeaderBytes, scan.end)), () => 'scanned records do not re-encode to the bytes they were read from');
    }
}
