/**
 * Little-endian integer fields of the on-disk formats. Indexes, terms and
 * node ids are JavaScript safe integers (< 2^53) stored as u64; reading a
 * u64 that is not a safe integer is reported by the caller as corruption.
 */

const two32 = 0x1_0000_0000;

export function writeU64(buf: Buffer, offset: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`u64 field: ${value} is not a safe non-negative integer`);
  buf.writeUInt32LE(value % two32, offset);
  buf.writeUInt32LE(Math.floor(value / two32), offset + 4);
}

/** The value, or -1 when the stored u64 is 2^53 or more (not representable: corrupt). */
export function readU64(buf: Uint8Array, offset: number): number {
  const b = buf as Buffer;
  const lo = b.readUInt32LE(offset);
  const hi = b.readUInt32LE(offset + 4);
  if (hi > 0x1f_ffff) return -1;
  return hi * two32 + lo;
}

export function hex16(n: number): string {
  return n.toString(16).padStart(16, '0');
}

/** Index of the first non-zero byte of buf[from, to), or -1 when all are zero. */
export function firstNonZero(buf: Uint8Array, from: number, to: number): number {
  // Compare in large chunks against a zero block (memcmp), then locate the byte.
  const chunk = zeroBlock.length;
  for (let o = from; o < to; o += chunk) {
    const end = Math.min(to, o + chunk);
    if (Buffer.compare(buf.subarray(o, end), zeroBlock.subarray(0, end - o)) !== 0) {
      for (let i = o; i < end; i++) if (buf[i] !== 0) return i;
    }
  }
  return -1;
}

const zeroBlock = Buffer.alloc(64 * 1024);

export function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}
