import { TesseraError } from '../common/errors.js';
import type { PathInfo } from './addon.js';
import { Blake3Hasher, blake3Paths } from './blake3.js';
import type { HashAlg } from './batch.js';
import { crc32c, crc32cPaths } from './crc32c.js';
import { Sha256Hasher, Sha384Hasher } from './sha2.js';

/** Every algorithm with an incremental hasher (`tessera hash --alg`). */
export type StreamHashAlg = HashAlg | 'crc32c';
export const streamHashAlgs: readonly StreamHashAlg[] = ['blake3', 'sha256', 'sha384', 'crc32c'];

/** The common shape of the incremental hashers. */
export interface Hasher {
  update(data: Uint8Array): Hasher;
  /** The digest (for crc32c: the 32-bit value, big-endian); finalizes. */
  digest(): Buffer;
}

class Crc32cHasher implements Hasher {
  #crc = 0;
  #done = false;

  update(data: Uint8Array): this {
    this.#check('update');
    this.#crc = crc32c(data, this.#crc);
    return this;
  }

  digest(): Buffer {
    this.#check('digest');
    this.#done = true;
    const out = Buffer.alloc(4);
    out.writeUInt32BE(this.#crc);
    return out;
  }

  #check(method: string): void {
    if (this.#done) throw new TesseraError(`Crc32cHasher.${method}: the hasher was already finalized by digest()`, 'HASH_FINALIZED');
  }
}

/** A new incremental hasher for `alg` (default BLAKE3 output for blake3). */
export function createHasher(alg: StreamHashAlg): Hasher {
  switch (alg) {
    case 'blake3':
      return new Blake3Hasher();
    case 'sha256':
      return new Sha256Hasher();
    case 'sha384':
      return new Sha384Hasher();
    case 'crc32c':
      return new Crc32cHasher();
    default:
      throw new TesseraError(`unknown hash algorithm '${String(alg)}' (expected ${streamHashAlgs.join(', ')})`, 'ERR_INVALID_ARG_VALUE');
  }
}

/** The SIMD code paths of every primitive that has several. */
export function hashPaths(): { blake3: PathInfo; crc32c: PathInfo } {
  return { blake3: blake3Paths(), crc32c: crc32cPaths() };
}
