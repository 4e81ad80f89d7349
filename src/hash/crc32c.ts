import { loadAddon } from '../native/index.js';

export type Crc32cPath = 'auto' | 'portable' | 'sse4.2';

interface Crc32cNative {
  crc32c(data: Uint8Array, seed?: number): number;
  crc32cSetPath(path: Crc32cPath): void;
  crc32cPaths(): { active: Exclude<Crc32cPath, 'auto'>; available: Exclude<Crc32cPath, 'auto'>[] };
}

const native = loadAddon() as unknown as Crc32cNative;

/**
 * CRC32C (Castagnoli) of `data`, continuing from `seed` (the CRC of what came
 * before): crc32c(b, crc32c(a)) === crc32c(a ‖ b).
 */
export function crc32c(data: Uint8Array, seed = 0): number {
  return native.crc32c(data, seed);
}

/** Forces a code path (tests cover each); 'auto' restores CPU detection. */
export function setCrc32cPath(path: Crc32cPath): void {
  native.crc32cSetPath(path);
}

export function crc32cPaths(): { active: string; available: string[] } {
  return native.crc32cPaths();
}
