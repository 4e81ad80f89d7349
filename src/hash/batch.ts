import { TesseraError } from '../common/errors.js';
import { hashNative } from './addon.js';

/** Algorithms of the batch and async calls. */
export type HashAlg = 'blake3' | 'sha256' | 'sha384';

/** Most messages one hashBatch call takes (the addon refuses more). */
export const hashBatchMessagesMax = 1 << 24;

const uint32Max = 0xffff_ffff;

/**
 * Hashes many messages in one call into the addon: message i is
 * `data.subarray(offsets[i], offsets[i + 1])`, so n messages need n + 1
 * non-decreasing boundaries. Returns one Buffer of n digests back to back
 * (32 bytes each for blake3 and sha256, 48 for sha384). For BLAKE3,
 * messages of up to 1 KiB are hashed several at a time in SIMD lanes.
 * Errors (TesseraError) name the first bad offset: ERR_INVALID_ARG_VALUE
 * (empty, decreasing), ERR_OUT_OF_RANGE (past the data, not a uint32).
 */
export function hashBatch(alg: HashAlg, data: Uint8Array, offsets: Uint32Array | readonly number[]): Buffer {
  return hashNative().hashBatch(alg, data, toUint32Array(offsets));
}

function toUint32Array(offsets: Uint32Array | readonly number[]): Uint32Array {
  if (offsets instanceof Uint32Array) return offsets;
  if (!Array.isArray(offsets)) {
    throw new TesseraError('hashBatch: argument \'offsets\' must be a Uint32Array or an array of numbers', 'ERR_INVALID_ARG_TYPE');
  }
  const out = new Uint32Array(offsets.length);
  offsets.forEach((v: unknown, i) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > uint32Max) {
      throw new TesseraError(`hashBatch: offsets[${i}] = ${String(v)} is not an integer in [0, 2^32)`, 'ERR_OUT_OF_RANGE');
    }
    out[i] = v;
  });
  return out;
}
