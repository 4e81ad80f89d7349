/**
 * Hand-written wire codec for the one message pair on the hot write path,
 * tessera.kv.v1 PutRequest { bytes key = 1; bytes value = 2; } and
 * PutResponse { uint64 index = 1; }. Same bytes as the generated protobufjs
 * codec (test/kv/put-wire.test.ts compares them), without its per-call
 * reader object, message object and Long handling: the leader decodes one
 * request and encodes one response per client write.
 *
 * Pure: no I/O.
 */
import { TesseraError } from '../common/errors.js';

const requestType = 'tessera.kv.v1.PutRequest';

function malformed(bytes: Uint8Array, reason: string): TesseraError {
  return new TesseraError(`malformed ${requestType} (${bytes.length} bytes): ${reason}`, 'PROTO_MALFORMED', { typeName: requestType });
}

/** Reads a varint at `at`; returns [value, next offset]. Values above 2^53 are refused (no field here can need them). */
function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (at >= bytes.length) throw malformed(bytes, 'a varint runs past the end');
    const b = bytes[at++]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) {
      if (!Number.isSafeInteger(value)) throw malformed(bytes, 'a varint above 2^53');
      return [value, at];
    }
    scale *= 128;
  }
  throw malformed(bytes, 'a varint longer than 10 bytes');
}

/**
 * Decodes a PutRequest. key and value are views into `bytes` (no copy);
 * an absent field is empty. Unknown fields are skipped, a repeated field's
 * last occurrence wins (proto3). Throws PROTO_MALFORMED naming the type.
 */
export function decodePutRequest(bytes: Uint8Array): { key: Uint8Array; value: Uint8Array } {
  let key: Uint8Array = bytes.subarray(0, 0);
  let value: Uint8Array = key;
  let at = 0;
  while (at < bytes.length) {
    let tag: number;
    [tag, at] = readVarint(bytes, at);
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === 0) throw malformed(bytes, 'field number 0');
    if (wire === 2) {
      let len: number;
      [len, at] = readVarint(bytes, at);
      if (at + len > bytes.length) throw malformed(bytes, `a ${len}-byte field runs past the end`);
      const slice = bytes.subarray(at, at + len);
      at += len;
      if (field === 1) key = slice;
      else if (field === 2) value = slice;
    } else if (field === 1 || field === 2) {
      throw malformed(bytes, `field ${field} has wire type ${wire}, not length-delimited`);
    } else if (wire === 0) {
      [, at] = readVarint(bytes, at);
    } else if (wire === 1) {
      at += 8;
    } else if (wire === 5) {
      at += 4;
    } else {
      throw malformed(bytes, `wire type ${wire}`);
    }
    if (at > bytes.length) throw malformed(bytes, 'a fixed-width field runs past the end');
  }
  return { key, value };
}

/** Encodes PutResponse { index } (index 0 is the empty message, as proto3 omits defaults). */
export function encodePutResponse(index: number): Buffer {
  if (!Number.isSafeInteger(index) || index < 0) throw new TesseraError(`PutResponse index ${index} is not a non-negative safe integer`, 'ASSERTION_FAILED');
  if (index === 0) return Buffer.alloc(0);
  let n = 1;
  for (let v = index; v >= 128; v = Math.floor(v / 128)) n++;
  const out = Buffer.allocUnsafe(1 + n);
  out[0] = 0x08; // field 1, varint
  let v = index;
  for (let i = 1; i <= n; i++) {
    const low = v % 128;
    v = Math.floor(v / 128);
    out[i] = i < n ? low | 0x80 : low;
  }
  return out;
}
