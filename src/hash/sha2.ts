import { hashNative, type NativeHasher } from './addon.js';

export const sha256Bytes = 32;
export const sha384Bytes = 48;

/** SHA-256 of `data` (through node's OpenSSL). */
export function sha256(data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(sha256Bytes); // filled by the addon; see newOutput in blake3.ts
  hashNative().sha256(data, out);
  return out;
}

/** SHA-384 of `data` (through node's OpenSSL). */
export function sha384(data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(sha384Bytes);
  hashNative().sha384(data, out);
  return out;
}

/** SHA-256 on the libuv thread pool, for large inputs; `data` must not change until the promise settles. */
export async function sha256Async(data: Uint8Array): Promise<Buffer> {
  return hashNative().hashAsync('sha256', data);
}

/** SHA-384 on the libuv thread pool, for large inputs; `data` must not change until the promise settles. */
export async function sha384Async(data: Uint8Array): Promise<Buffer> {
  return hashNative().hashAsync('sha384', data);
}

class ShaHasher {
  readonly #native: NativeHasher;
  readonly #digestBytes: number;

  protected constructor(alg: 'sha256' | 'sha384') {
    this.#native = new (hashNative().ShaHasher)(alg);
    this.#digestBytes = alg === 'sha256' ? sha256Bytes : sha384Bytes;
  }

  update(data: Uint8Array): this {
    this.#native.update(data);
    return this;
  }

  /** The digest; finalizes the hasher (later calls: HASH_FINALIZED). */
  digest(): Buffer {
    const out = Buffer.allocUnsafe(this.#digestBytes);
    this.#native.digest(out);
    return out;
  }
}

/** Incremental SHA-256: update() any number of times, then digest() once. */
export class Sha256Hasher extends ShaHasher {
  constructor() {
    super('sha256');
  }
}

/** Incremental SHA-384: update() any number of times, then digest() once. */
export class Sha384Hasher extends ShaHasher {
  constructor() {
    super('sha384');
  }
}
