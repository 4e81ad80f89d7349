/**
 * Hashing over the native addon: BLAKE3 (hash, keyed, derive-key,
 * extendable output), SHA-256/384 (node's OpenSSL) and CRC32C, each as a
 * one-shot call, an incremental hasher, a batch call and (for large inputs)
 * an async call on the thread pool. Bad arguments throw (or reject with) a
 * TesseraError whose code names the kind: ERR_INVALID_ARG_TYPE,
 * ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, HASH_FINALIZED,
 * HASH_PATH_UNAVAILABLE.
 *
 * These names are stable; other modules import them from here.
 */
export {
  blake3,
  blake3Keyed,
  blake3DeriveKey,
  blake3Async,
  Blake3Hasher,
  setBlake3Path,
  blake3Paths,
  blake3KeyBytes,
  blake3OutBytes,
  blake3OutBytesMax,
} from './blake3.js';
export type { Blake3HasherOptions, Blake3Path } from './blake3.js';
export { sha256, sha384, sha256Async, sha384Async, Sha256Hasher, Sha384Hasher, sha256Bytes, sha384Bytes } from './sha2.js';
export { hashBatch, hashBatchMessagesMax } from './batch.js';
export type { HashAlg } from './batch.js';
export { crc32c, setCrc32cPath, crc32cPaths } from './crc32c.js';
export type { Crc32cPath } from './crc32c.js';
export { createHasher, hashPaths, streamHashAlgs } from './hasher.js';
export type { Hasher, StreamHashAlg } from './hasher.js';
export type { PathInfo } from './addon.js';
