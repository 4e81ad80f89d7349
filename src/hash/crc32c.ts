import { hashNative, type PathInfo } from './addon.js';

export type Crc32cPath = 'auto' | 'portable' | 'sse4.2';

/**
 * CRC32C (Castagnoli) of `data`, continuing from `seed` (the CRC of what came
 * before): crc32c(b, crc32c(a)) === crc32c(a ‖ b).
 */
export function crc32c(data: Uint8Array, seed = 0): number {
  return hashNative().crc32c(data, seed);
}

/** Forces a code path (tests cover each); 'auto' restores CPU detection. */
export function setCrc32cPath(path: Crc32cPath): void {
  hashNative().crc32cSetPath(path);
}

export function crc32cPaths(): PathInfo {
  return hashNative().crc32cPaths();
}
