/**
 * Reads one WAL segment's records and decides where they end: the normal
 * end (a zero frame followed only by zeros, or the end of the file), a torn
 * tail (the last segment's final record incomplete or failing its CRC, with
 * only zeros after it), or corruption (anything else). Pure: the caller
 * reads the file and applies the outcome.
 */
import { crc32c } from '../hash/index.js';
import { firstNonZero } from './bytes.js';
import { walCorrupt } from './errors.js';
import { decodeRecordPayload, decodeSegmentHeader, recordFrameBytes, segmentHeaderBytes, type SegmentHeader, type WalOp } from './wal-format.js';

export interface TornTail {
  /** Offset of the first byte that is not part of a valid record. */
  readonly offset: number;
  /** Bytes [offset, zeroTo) hold the torn record's remains; everything from zeroTo on is zero already. */
  readonly zeroTo: number;
  readonly what: string;
}

export interface SegmentScan {
  readonly header: SegmentHeader;
  /** Offset just past the last valid record: where the next record goes. */
  readonly end: number;
  /** CRC of the last valid record (the header's if none): the seed of the next record. */
  readonly lastCrc: number;
  readonly records: number;
  readonly torn: TornTail | undefined;
}

/**
 * Scans `bytes` (the whole segment file `file`), handing its header to
 * `onHeader`, then each valid record to `onRecord` in order (either may
 * throw, e.g. for an index gap). Only the
 * last segment may end in a torn tail; in any other, a bad record is
 * corruption. Throws WAL_CORRUPT naming the file and offset.
 */
export function scanSegment(
  file: string,
  bytes: Buffer,
  isLast: boolean,
  onRecord: (op: WalOp, offset: number) => void,
  onHeader?: (header: SegmentHeader) => void,
): SegmentScan {
  const h = decodeSegmentHeader(bytes);
  if (!h.ok) throw walCorrupt(file, h.offset, h.what);
  onHeader?.(h.header);
  const len = bytes.length;
  const segmentBytes = h.header.segmentBytes;
  if (len > segmentBytes) throw walCorrupt(file, segmentBytes, `file is ${len} bytes, longer than the ${segmentBytes} its header says`);
  // Segments are preallocated and never shrink; only the last one may have been cut short.
  if (!isLast && len < segmentBytes) throw walCorrupt(file, len, `file is ${len} bytes, shorter than the ${segmentBytes} its header says`);
  let o = segmentHeaderBytes;
  let prevCrc = h.crc;
  let records = 0;

  const bad = (claimedEnd: number, what: string): TornTail => {
    if (!isLast) throw walCorrupt(file, o, `${what} (in a segment that is not the last one: not a torn tail)`);
    const nz = firstNonZero(bytes, claimedEnd, len);
    if (nz >= 0) throw walCorrupt(file, o, `${what}, and non-zero data follows at offset ${nz} (not a torn tail)`);
    if (o + recordFrameBytes <= len) {
      // A record whose length field alone is damaged looks torn when its
      // claimed extent swallows the records after it. Its stored CRC still
      // matches its true payload: look for that end.
      const storedCrc = bytes.readUInt32LE(o + 4);
      const trueEnd = findIntactPayloadEnd(bytes, o + recordFrameBytes, Math.min(claimedEnd, len), prevCrc, storedCrc, segmentBytes);
      if (trueEnd >= 0) {
        throw walCorrupt(file, o, `${what}: the length field is damaged (an intact payload ends at offset ${trueEnd}; records follow it)`);
      }
    }
    return { offset: o, zeroTo: claimedEnd, what };
  };

  for (;;) {
    if (o >= len) return done(undefined);
    if (o + recordFrameBytes > len) {
      if (firstNonZero(bytes, o, len) < 0) return done(undefined);
      return done(bad(len, `partial record frame (${len - o} of ${recordFrameBytes} bytes)`));
    }
    const length = bytes.readUInt32LE(o);
    const crc = bytes.readUInt32LE(o + 4);
    if (length === 0) {
      if (crc === 0) {
        const nz = firstNonZero(bytes, o + recordFrameBytes, len);
        if (nz < 0) return done(undefined);
        return done(bad(o + recordFrameBytes, `zero record frame with data after it at offset ${nz}`));
      }
      return done(bad(o + recordFrameBytes, 'record length is zero'));
    }
    const end = o + recordFrameBytes + length;
    if (end > segmentBytes) {
      return done(bad(o + recordFrameBytes, `record length ${length} runs past the segment's ${segmentBytes} bytes`));
    }
    if (end > len) {
      return done(bad(len, `record of ${length} bytes is cut off by the end of the file at ${len}`));
    }
    const payload = bytes.subarray(o + recordFrameBytes, end);
    if (crc32c(payload, prevCrc) !== crc) return done(bad(end, 'record checksum mismatch'));
    const d = decodeRecordPayload(payload);
    if (!d.ok) throw walCorrupt(file, o, `${d.what} (the record's checksum is valid)`);
    onRecord(d.op, o);
    records++;
    prevCrc = crc;
    o = end;
  }

  function done(torn: TornTail | undefined): SegmentScan {
    if (!h.ok) throw new Error('unreachable');
    return { header: h.header, end: o, lastCrc: prevCrc, records, torn };
  }
}

// CRC32C (reflected 0x82F63B78), byte at a time: only the torn-tail check
// uses it, to know the running CRC at every offset (the addon's crc32c gives
// one value per call).
const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * The offset e in (from, to] where crc32c(bytes[from, e), seed) equals
 * `target` and the record is plausibly whole (a valid record frame follows
 * at e, or only zeros do), or -1. Linear in to - from.
 */
function findIntactPayloadEnd(bytes: Buffer, from: number, to: number, seed: number, target: number, segmentBytes: number): number {
  let state = ~seed >>> 0;
  const want = ~target >>> 0;
  for (let e = from; e < to; e++) {
    state = (crcTable[(state ^ bytes[e]!) & 0xff]! ^ (state >>> 8)) >>> 0;
    if (state === want && isPlausibleEnd(bytes, e + 1, target, segmentBytes)) return e + 1;
  }
  return -1;
}

function isPlausibleEnd(bytes: Buffer, e: number, crcBefore: number, segmentBytes: number): boolean {
  if (firstNonZero(bytes, e, bytes.length) < 0) return true;
  if (e + recordFrameBytes > bytes.length) return false;
  const length = bytes.readUInt32LE(e);
  const end = e + recordFrameBytes + length;
  if (length === 0 || end > bytes.length || end > segmentBytes) return false;
  return crc32c(bytes.subarray(e + recordFrameBytes, end), crcBefore) === bytes.readUInt32LE(e + 4);
}
