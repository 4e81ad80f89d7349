/**
 * The byte primitives of the organism's command and snapshot encodings
 * (docs/contributors/organism.md): u8, u32 and u64 big-endian, bool,
 * bytes (u32 length then the bytes), str (bytes of UTF-8), raw fixed-size
 * fields, opt (u8 0 | u8 1 then the value). The same primitives as the
 * identity encoding (identity.md), so one reader understands both.
 *
 * The reader never throws anything but a TesseraError with the caller's
 * code and a message naming the field and the byte offset.
 */
import { TesseraError } from '../common/errors.js';

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export class ByteWriter {
  #buf: Uint8Array;
  #len = 0;

  constructor(initialCapacity = 256) {
    this.#buf = new Uint8Array(initialCapacity);
  }

  #reserve(n: number): void {
    const need = this.#len + n;
    if (need <= this.#buf.length) return;
    let cap = this.#buf.length * 2;
    while (cap < need) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.#buf.subarray(0, this.#len));
    this.#buf = next;
  }

  u8(v: number): this {
    this.#reserve(1);
    this.#buf[this.#len++] = v & 0xff;
    return this;
  }

  u32(v: number): this {
    this.#reserve(4);
    const b = this.#buf;
    const i = this.#len;
    b[i] = v >>> 24;
    b[i + 1] = (v >>> 16) & 0xff;
    b[i + 2] = (v >>> 8) & 0xff;
    b[i + 3] = v & 0xff;
    this.#len += 4;
    return this;
  }

  /** A non-negative safe integer as 8 bytes big-endian (callers validate the range). */
  u64(v: number): this {
    return this.u32(Math.floor(v / 0x1_0000_0000)).u32(v >>> 0);
  }

  bool(v: boolean): this {
    return this.u8(v ? 1 : 0);
  }

  raw(b: Uint8Array): this {
    this.#reserve(b.length);
    this.#buf.set(b, this.#len);
    this.#len += b.length;
    return this;
  }

  /** A binary string (one byte per char, as held in memory) without a length. */
  rawLatin1(s: string): this {
    this.#reserve(s.length);
    const b = this.#buf;
    let i = this.#len;
    for (let j = 0; j < s.length; j++) b[i++] = s.charCodeAt(j);
    this.#len = i;
    return this;
  }

  /** Hex digits as raw bytes, without a length (callers pass validated hex). */
  rawHex(h: string): this {
    const n = h.length >>> 1;
    this.#reserve(n);
    const b = this.#buf;
    let i = this.#len;
    for (let j = 0; j < h.length; j += 2) b[i++] = (nibble(h.charCodeAt(j)) << 4) | nibble(h.charCodeAt(j + 1));
    this.#len = i;
    return this;
  }

  bytes(b: Uint8Array): this {
    return this.u32(b.length).raw(b);
  }

  str(s: string): this {
    if (isAscii(s)) return this.u32(s.length).rawLatin1(s);
    return this.bytes(Buffer.from(s, 'utf8'));
  }

  /** Forgets what was written, keeping the capacity (a writer reused for many short encodings). */
  reset(): this {
    this.#len = 0;
    return this;
  }

  /** The bytes written so far without copying: valid only until the next write or reset. */
  view(): Uint8Array {
    return this.#buf.subarray(0, this.#len);
  }

  /** A copy of the bytes written so far. */
  finish(): Uint8Array {
    return this.#buf.slice(0, this.#len);
  }
}

function nibble(c: number): number {
  // '0'-'9' → 0-9, 'a'-'f' / 'A'-'F' → 10-15 (input is validated hex).
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Bytes as a binary string, one char per byte (compact in memory: no typed array per value). */
export function bytesToLatin1(b: Uint8Array): string {
  // fromCharCode over a chunk is ~2x faster than appending a char at a time (a digest per
  // record on the apply path); chunks keep the argument count far below engine limits.
  if (b.length <= latin1Chunk) return String.fromCharCode.apply(null, b as unknown as number[]);
  let s = '';
  for (let i = 0; i < b.length; i += latin1Chunk) s += String.fromCharCode.apply(null, b.subarray(i, i + latin1Chunk) as unknown as number[]);
  return s;
}

const latin1Chunk = 4096;

export function latin1ToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

const hexDigits = '0123456789abcdef';

/** hexInterned's recent values (a committee spans a handful of members; a miss only costs a new string). */
const internedHex: { readonly bytes: Uint8Array; readonly hex: string }[] = [];
const internedHexMax = 16;

function bytesToHex(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += hexDigits[b[i]! >>> 4]! + hexDigits[b[i]! & 15]!;
  return s;
}

export class ByteReader {
  readonly #buf: Uint8Array;
  readonly #code: string;
  readonly #what: string;
  #pos = 0;

  /** `code` is the error code of every failure; `what` names the thing read in messages ("command", "snapshot"). */
  constructor(buf: Uint8Array, code: string, what: string) {
    this.#buf = buf;
    this.#code = code;
    this.#what = what;
  }

  get offset(): number {
    return this.#pos;
  }

  get remaining(): number {
    return this.#buf.length - this.#pos;
  }

  fail(message: string, field?: string): TesseraError {
    const at = field === undefined ? '' : ` (${field})`;
    return new TesseraError(`${this.#what}: ${message}${at} at byte ${this.#pos}`, this.#code, { offset: this.#pos, field });
  }

  #need(n: number, field: string): void {
    if (this.remaining < n) {
      throw this.fail(`truncated: ${field} needs ${n} bytes, ${this.remaining} left`, field);
    }
  }

  u8(field: string): number {
    this.#need(1, field);
    return this.#buf[this.#pos++]!;
  }

  u32(field: string): number {
    this.#need(4, field);
    const b = this.#buf;
    const i = this.#pos;
    this.#pos += 4;
    return ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
  }

  /** A u64 that must fit a JavaScript safe integer. */
  u64(field: string): number {
    this.#need(8, field);
    const hi = this.u32(field);
    const lo = this.u32(field);
    if (hi > 0x1f_ffff) {
      this.#pos -= 8;
      const v = (BigInt(hi) << 32n) | BigInt(lo);
      throw this.fail(`${field} is ${v}, above 2^53 - 1`, field);
    }
    return hi * 0x1_0000_0000 + lo;
  }

  bool(field: string): boolean {
    const v = this.u8(field);
    if (v > 1) {
      this.#pos -= 1;
      throw this.fail(`${field} must be 0 or 1, got ${v}`, field);
    }
    return v === 1;
  }

  /** A tag byte of opt(): false (absent) or true (present). */
  present(field: string): boolean {
    return this.bool(field);
  }

  raw(n: number, field: string): Uint8Array {
    this.#need(n, field);
    // A copy (Buffer.prototype.slice would share memory with the input).
    const out = new Uint8Array(this.#buf.subarray(this.#pos, this.#pos + n));
    this.#pos += n;
    return out;
  }

  bytes(field: string, max: number): Uint8Array {
    const n = this.u32(field);
    if (n > max) {
      this.#pos -= 4;
      throw this.fail(`${field} is ${n} bytes, at most ${max} allowed`, field);
    }
    return this.raw(n, field);
  }

  str(field: string, max: number): string {
    const start = this.#pos;
    const n = this.u32(field);
    if (n > max) {
      this.#pos -= 4;
      throw this.fail(`${field} is ${n} bytes, at most ${max} allowed`, field);
    }
    this.#need(n, field);
    const buf = this.#buf;
    let ascii = true;
    for (let i = this.#pos; i < this.#pos + n; i++) if (buf[i]! > 0x7f) ascii = false;
    if (ascii) {
      const s = bytesToLatin1(buf.subarray(this.#pos, this.#pos + n));
      this.#pos += n;
      return s;
    }
    const b = this.raw(n, field);
    try {
      return utf8Decoder.decode(b);
    } catch {
      this.#pos = start;
      throw this.fail(`${field} is not valid UTF-8`, field);
    }
  }

  /** Raw bytes as lowercase hex. */
  hex(n: number, field: string): string {
    this.#need(n, field);
    const s = bytesToHex(this.#buf, this.#pos, this.#pos + n);
    this.#pos += n;
    return s;
  }

  /**
   * hex() for a value that repeats across many reads (a member id in every
   * observation): one of the last few strings made is returned when the
   * bytes match, so held evidence shares one string per member instead of
   * a 64-char string each, and lookups keyed by it hash it once.
   */
  hexInterned(n: number, field: string): string {
    this.#need(n, field);
    const buf = this.#buf;
    const at = this.#pos;
    for (let k = 0; k < internedHex.length; k++) {
      const e = internedHex[k]!;
      if (e.bytes.length !== n) continue;
      let same = true;
      for (let i = 0; i < n; i++) {
        if (e.bytes[i] !== buf[at + i]) {
          same = false;
          break;
        }
      }
      if (same) {
        this.#pos += n;
        return e.hex;
      }
    }
    const hex = bytesToHex(buf, at, at + n);
    if (internedHex.length >= internedHexMax) internedHex.shift();
    // A copy: for a Buffer, slice() would be a view of memory the caller may reuse.
    internedHex.push({ bytes: new Uint8Array(buf.subarray(at, at + n)), hex });
    this.#pos += n;
    return hex;
  }

  /** `n` raw bytes as a binary string (one char per byte). */
  latin1(n: number, field: string): string {
    this.#need(n, field);
    const s = bytesToLatin1(this.#buf.subarray(this.#pos, this.#pos + n));
    this.#pos += n;
    return s;
  }

  /** bytes() as a binary string. */
  bytesLatin1(field: string, max: number): string {
    const n = this.u32(field);
    if (n > max) {
      this.#pos -= 4;
      throw this.fail(`${field} is ${n} bytes, at most ${max} allowed`, field);
    }
    return this.latin1(n, field);
  }

  /** Every byte must have been read: trailing bytes are refused rather than ignored. */
  end(): void {
    if (this.remaining !== 0) throw this.fail(`${this.remaining} trailing bytes`);
  }
}

const hexPattern = /^(?:[0-9a-f]{2})*$/i;

/** Hex of exactly `n` bytes to bytes; throws a TesseraError(code) naming `field` otherwise. */
export function hexToBytes(hex: string, n: number, field: string, code: string): Uint8Array {
  if (typeof hex !== 'string' || hex.length !== 2 * n || !hexPattern.test(hex)) {
    throw new TesseraError(`${field} must be ${2 * n} hex digits, got ${JSON.stringify(String(hex).slice(0, 80))}`, code, { field });
  }
  return Buffer.from(hex, 'hex');
}

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** True when `s` survives a UTF-8 round trip (no lone surrogates). */
export function isWellFormedString(s: string): boolean {
  return utf8Decoder.decode(Buffer.from(s, 'utf8')) === s;
}

/** A plain Uint8Array copy (for a Buffer, .slice() is a view, not a copy). */
export function copyBytes(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
