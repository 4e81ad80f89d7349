/**
 * A small DER writer and the minimal reader tessera needs to build and
 * inspect X.509 certificates, CRLs and the Intel SGX PCK extension.
 *
 * Writer: every function returns the complete TLV (tag, definite length,
 * content). Reader: readTlv() checks every length against the buffer and
 * refuses indefinite or non-minimal lengths (DER forbids them).
 */
import { TesseraError } from '../../common/errors.js';

/** Universal tags used here. */
export const DerTag = {
  Boolean: 0x01,
  Integer: 0x02,
  BitString: 0x03,
  OctetString: 0x04,
  Null: 0x05,
  Oid: 0x06,
  Enumerated: 0x0a,
  Utf8String: 0x0c,
  PrintableString: 0x13,
  UtcTime: 0x17,
  GeneralizedTime: 0x18,
  Sequence: 0x30,
  Set: 0x31,
} as const;

/** DER lengths above this are refused by the reader (nothing we parse is near it). */
export const derLengthBytesMax = 4;

function encodeLength(n: number): Buffer {
  if (!Number.isSafeInteger(n) || n < 0) throw new TesseraError(`DER length ${n} is invalid`, 'DER_ENCODE_INVALID');
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function derTlv(tag: number, content: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}

export function derSeq(...items: Uint8Array[]): Buffer {
  return derTlv(DerTag.Sequence, Buffer.concat(items));
}

/** A SET OF: DER requires the encodings sorted as octet strings. */
export function derSet(...items: Uint8Array[]): Buffer {
  const sorted = [...items].map((b) => Buffer.from(b)).sort(Buffer.compare);
  return derTlv(DerTag.Set, Buffer.concat(sorted));
}

/** Context-specific tag [n]: constructed (EXPLICIT or IMPLICIT SEQUENCE) or primitive. */
export function derContext(n: number, content: Uint8Array, constructed = true): Buffer {
  if (n < 0 || n > 30) throw new TesseraError(`DER context tag [${n}] is out of range`, 'DER_ENCODE_INVALID');
  return derTlv((constructed ? 0xa0 : 0x80) | n, content);
}

export function derBool(v: boolean): Buffer {
  return derTlv(DerTag.Boolean, Buffer.from([v ? 0xff : 0x00]));
}

export function derNull(): Buffer {
  return Buffer.from([DerTag.Null, 0]);
}

/** Minimal two's-complement content of a non-negative integer given as big-endian magnitude. */
function integerContent(magnitude: Uint8Array): Buffer {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  let body = Buffer.from(magnitude.subarray(i));
  if (body.length === 0) body = Buffer.from([0]);
  if ((body[0]! & 0x80) !== 0) body = Buffer.concat([Buffer.from([0]), body]);
  return body;
}

/** A non-negative INTEGER from a number, bigint, or big-endian magnitude bytes. */
export function derInt(v: number | bigint | Uint8Array): Buffer {
  return derTlv(DerTag.Integer, integerContent(toMagnitude(v)));
}

export function derEnum(v: number): Buffer {
  return derTlv(DerTag.Enumerated, integerContent(toMagnitude(v)));
}

function toMagnitude(v: number | bigint | Uint8Array): Uint8Array {
  if (v instanceof Uint8Array) return v;
  let n = BigInt(v);
  if (n < 0n) throw new TesseraError(`DER INTEGER ${n} is negative (only non-negative values are written)`, 'DER_ENCODE_INVALID');
  const out: number[] = [];
  do {
    out.unshift(Number(n & 0xffn));
    n >>= 8n;
  } while (n > 0n);
  return Uint8Array.from(out);
}

export function derOid(dotted: string): Buffer {
  const parts = dotted.split('.').map((p) => {
    if (!/^\d+$/.test(p)) throw new TesseraError(`OID '${dotted}' has a bad arc '${p}'`, 'DER_ENCODE_INVALID');
    return BigInt(p);
  });
  if (parts.length < 2 || parts[0]! > 2n) throw new TesseraError(`OID '${dotted}' is invalid`, 'DER_ENCODE_INVALID');
  const arcs = [parts[0]! * 40n + parts[1]!, ...parts.slice(2)];
  const bytes: number[] = [];
  for (const arc of arcs) {
    const group: number[] = [];
    let a = arc;
    do {
      group.unshift(Number(a & 0x7fn));
      a >>= 7n;
    } while (a > 0n);
    for (let i = 0; i < group.length - 1; i++) group[i]! |= 0x80;
    bytes.push(...group);
  }
  return derTlv(DerTag.Oid, Uint8Array.from(bytes));
}

export function derOctets(b: Uint8Array): Buffer {
  return derTlv(DerTag.OctetString, b);
}

/** BIT STRING with zero unused bits (keys and signatures). */
export function derBitString(b: Uint8Array, unusedBits = 0): Buffer {
  return derTlv(DerTag.BitString, Buffer.concat([Buffer.from([unusedBits]), b]));
}

export function derUtf8(s: string): Buffer {
  return derTlv(DerTag.Utf8String, Buffer.from(s, 'utf8'));
}

export function derPrintable(s: string): Buffer {
  if (!/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s)) {
    throw new TesseraError(`'${s}' is not a PrintableString`, 'DER_ENCODE_INVALID');
  }
  return derTlv(DerTag.PrintableString, Buffer.from(s, 'ascii'));
}

/**
 * X.509 Time: UTCTime for years 1950..2049, GeneralizedTime otherwise
 * (RFC 5280 4.1.2.5). Whole seconds only.
 */
export function derTime(unixSeconds: number): Buffer {
  if (!Number.isSafeInteger(unixSeconds)) throw new TesseraError(`time ${unixSeconds} is not whole seconds`, 'DER_ENCODE_INVALID');
  const d = new Date(unixSeconds * 1000);
  const y = d.getUTCFullYear();
  const p2 = (n: number) => String(n).padStart(2, '0');
  const rest = `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}${p2(d.getUTCHours())}${p2(d.getUTCMinutes())}${p2(d.getUTCSeconds())}Z`;
  if (y >= 1950 && y < 2050) return derTlv(DerTag.UtcTime, Buffer.from(p2(y % 100) + rest, 'ascii'));
  if (y < 0 || y > 9999) throw new TesseraError(`year ${y} cannot be encoded`, 'DER_ENCODE_INVALID');
  return derTlv(DerTag.GeneralizedTime, Buffer.from(String(y).padStart(4, '0') + rest, 'ascii'));
}

// ---------------------------------------------------------------- reader

export interface Tlv {
  tag: number;
  /** Offset of the tag byte in the buffer read. */
  offset: number;
  headerBytes: number;
  /** The content bytes (a view into the buffer read). */
  content: Buffer;
  /** Offset just past this element. */
  end: number;
}

function derError(what: string, offset: number, message: string): TesseraError {
  return new TesseraError(`${what}: ${message} at offset ${offset}`, 'DER_MALFORMED', { offset });
}

/** Reads one TLV at `offset`; `what` names the item in errors (e.g. "PCK CRL"). */
export function readTlv(buf: Buffer, offset: number, what = 'DER'): Tlv {
  if (offset + 2 > buf.length) throw derError(what, offset, 'truncated header');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw derError(what, offset, 'high tag numbers are not supported');
  let len = buf[offset + 1]!;
  let headerBytes = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0) throw derError(what, offset, 'indefinite length is not DER');
    if (n > derLengthBytesMax) throw derError(what, offset, `length of ${n} bytes is too long`);
    if (offset + 2 + n > buf.length) throw derError(what, offset, 'truncated length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[offset + 2 + i]!;
    if (len < 0x80 || buf[offset + 2] === 0) throw derError(what, offset, 'non-minimal length');
    headerBytes = 2 + n;
  }
  const start = offset + headerBytes;
  if (len > buf.length - start) throw derError(what, offset, `length ${len} runs past the end (${buf.length - start} bytes left)`);
  return { tag, offset, headerBytes, content: buf.subarray(start, start + len), end: start + len };
}

/** Reads one TLV and checks its tag. */
export function expectTlv(buf: Buffer, offset: number, tag: number, what: string): Tlv {
  const t = readTlv(buf, offset, what);
  if (t.tag !== tag) throw derError(what, offset, `expected tag 0x${tag.toString(16)}, found 0x${t.tag.toString(16)}`);
  return t;
}

/** The children of a constructed element's content. */
export function readChildren(content: Buffer, what: string): Tlv[] {
  const out: Tlv[] = [];
  for (let off = 0; off < content.length; ) {
    const t = readTlv(content, off, what);
    out.push(t);
    off = t.end;
  }
  return out;
}

/** The element's full encoding (tag, length, content). */
export function tlvBytes(buf: Buffer, t: Tlv): Buffer {
  return buf.subarray(t.offset, t.end);
}

export function decodeOid(content: Uint8Array): string {
  const arcs: bigint[] = [];
  let v = 0n;
  for (const b of content) {
    v = (v << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) {
      arcs.push(v);
      v = 0n;
    }
  }
  if (arcs.length === 0) return '';
  const first = arcs[0]!;
  const head = first < 80n ? [first / 40n, first % 40n] : [2n, first - 80n];
  return [...head, ...arcs.slice(1)].map(String).join('.');
}

/** A non-negative INTEGER's value (content of at most 8 bytes after the sign byte). */
export function decodeUint(content: Uint8Array, what: string): number {
  let v = 0n;
  for (const b of content) v = (v << 8n) | BigInt(b);
  if (content.length === 0 || (content[0]! & 0x80) !== 0 || v > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new TesseraError(`${what}: INTEGER out of range`, 'DER_MALFORMED');
  }
  return Number(v);
}

/** Decodes a UTCTime or GeneralizedTime element to unix seconds. */
export function decodeTime(t: Tlv, what: string): number {
  const s = t.content.toString('ascii');
  let m: RegExpMatchArray | null;
  let year: number;
  if (t.tag === DerTag.UtcTime && (m = s.match(/^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/))) {
    const yy = Number(m[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
  } else if (t.tag === DerTag.GeneralizedTime && (m = s.match(/^(\d\d\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/))) {
    year = Number(m[1]);
  } else {
    throw derError(what, t.offset, `bad time '${s}'`);
  }
  const ms = Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Math.floor(ms / 1000);
}
