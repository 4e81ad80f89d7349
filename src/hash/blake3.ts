import { TesseraError } from '../common/errors.js';
import { hashNative, type NativeHasher, type PathInfo } from './addon.js';

/** Bytes in a BLAKE3 key (blake3Keyed, Blake3Hasher({ key })). */
export const blake3KeyBytes = 32;
/** The default BLAKE3 output length in bytes. */
export const blake3OutBytes = 32;
/** The longest BLAKE3 output one call returns (the addon refuses more). */
export const blake3OutBytesMax = 16 * 1024 * 1024;

export type Blake3Path = 'auto' | 'portable' | 'sse4.1' | 'avx2';

/**
 * A checked output Buffer. Outputs are allocated here rather than in the
 * addon: Buffer.allocUnsafe takes small ones from node's pool, which made a
 * 64-byte blake3() about twice as fast as with a Buffer created in C++ (341
 * vs 665 ns per call on the build machine; see docs/contributors/
 * benchmarks.md). The addon fills every byte, so nothing uninitialised
 * escapes.
 */
export function newOutput(fn: string, outLength: unknown, max: number): Buffer {
  if (typeof outLength !== 'number') {
    throw new TesseraError(`${fn}: argument 'outLength' must be a number`, 'ERR_INVALID_ARG_TYPE');
  }
  if (!Number.isInteger(outLength) || outLength < 1 || outLength > max) {
    throw new TesseraError(`${fn}: argument 'outLength' must be an integer between 1 and ${max} bytes, got ${outLength}`, 'ERR_OUT_OF_RANGE');
  }
  return Buffer.allocUnsafe(outLength);
}

/**
 * BLAKE3 hash of `data`: `outLength` bytes of extendable output (32 by
 * default; the first 32 bytes of a longer output are the 32-byte digest).
 * Throws a TesseraError (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE) on bad
 * arguments.
 */
export function blake3(data: Uint8Array, outLength: number = blake3OutBytes): Buffer {
  const out = newOutput('blake3', outLength, blake3OutBytesMax);
  hashNative().blake3Hash(data, out);
  return out;
}

/**
 * BLAKE3 keyed hash (a MAC / PRF): `key` is exactly 32 bytes
 * (ERR_INVALID_ARG_VALUE otherwise).
 */
export function blake3Keyed(key: Uint8Array, data: Uint8Array, outLength: number = blake3OutBytes): Buffer {
  const out = newOutput('blake3Keyed', outLength, blake3OutBytesMax);
  hashNative().blake3KeyedHash(key, data, out);
  return out;
}

/**
 * BLAKE3 key derivation: `context` is a hard-coded, globally unique,
 * application-specific string (e.g. "tessera 2026-11 organism stable id"),
 * never a variable; `material` is the secret or input being derived from.
 */
export function blake3DeriveKey(context: string, material: Uint8Array, outLength: number = blake3OutBytes): Buffer {
  const out = newOutput('blake3DeriveKey', outLength, blake3OutBytesMax);
  hashNative().blake3DeriveKey(context, material, out);
  return out;
}

/**
 * BLAKE3 of `data` on the libuv thread pool, for large inputs (from about a
 * megabyte; below that the thread hop costs more than it saves). `data` is
 * not copied: do not change or transfer it until the promise settles.
 * Rejects with a TesseraError on bad arguments.
 */
export async function blake3Async(data: Uint8Array, outLength: number = blake3OutBytes): Promise<Buffer> {
  return hashNative().hashAsync('blake3', data, outLength);
}

export interface Blake3HasherOptions {
  /** keyed_hash mode: a 32-byte key. */
  key?: Uint8Array;
  /** derive_key mode: the context string (see blake3DeriveKey). */
  context?: string;
}

/**
 * Incremental BLAKE3: `new Blake3Hasher()` (hash), `new Blake3Hasher({ key })`
 * (keyed hash) or `new Blake3Hasher({ context })` (derive key); update() any
 * number of times, then digest(outLength?) once. Any use after digest()
 * throws a TesseraError with code HASH_FINALIZED.
 */
export class Blake3Hasher {
  readonly #native: NativeHasher;

  constructor(options: Blake3HasherOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new TesseraError('Blake3Hasher: options must be an object ({ key } or { context })', 'ERR_INVALID_ARG_TYPE');
    }
    for (const name of Object.keys(options)) {
      if (name !== 'key' && name !== 'context') {
        throw new TesseraError(`Blake3Hasher: unknown option '${name}' (expected key or context)`, 'ERR_INVALID_ARG_VALUE');
      }
    }
    const { key, context } = options;
    if (key !== undefined && context !== undefined) {
      throw new TesseraError('Blake3Hasher: give key (keyed hash) or context (derive key), not both', 'ERR_INVALID_ARG_VALUE');
    }
    const native = hashNative();
    if (key !== undefined) this.#native = new native.Blake3Hasher('keyed', key);
    else if (context !== undefined) this.#native = new native.Blake3Hasher('derive', context);
    else this.#native = new native.Blake3Hasher('hash');
  }

  update(data: Uint8Array): this {
    this.#native.update(data);
    return this;
  }

  /** `outLength` bytes of output (32 by default); finalizes the hasher. */
  digest(outLength: number = blake3OutBytes): Buffer {
    const out = newOutput('Blake3Hasher.digest', outLength, blake3OutBytesMax);
    this.#native.digest(out);
    return out;
  }
}

/** Forces a BLAKE3 code path for the whole process (tests cover each); 'auto' restores CPU detection. HASH_PATH_UNAVAILABLE when the CPU lacks it. */
export function setBlake3Path(path: Blake3Path): void {
  hashNative().blake3SetPath(path);
}

export function blake3Paths(): PathInfo {
  return hashNative().blake3Paths();
}
