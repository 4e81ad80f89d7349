import { loadAddon } from '../native/index.js';

/** The slice of the native addon that src/hash uses (native/src/napi/*hash*). */
export interface HashNative {
  crc32c(data: Uint8Array, seed?: number): number;
  crc32cSetPath(path: string): void;
  crc32cPaths(): PathInfo;

  // The one-shot calls fill an output the caller allocated (see blake3.ts).
  blake3Hash(data: Uint8Array, out: Uint8Array): void;
  blake3KeyedHash(key: Uint8Array, data: Uint8Array, out: Uint8Array): void;
  blake3DeriveKey(context: string, material: Uint8Array, out: Uint8Array): void;
  blake3SetPath(path: string): void;
  blake3Paths(): PathInfo;

  sha256(data: Uint8Array, out: Uint8Array): void;
  sha384(data: Uint8Array, out: Uint8Array): void;

  hashBatch(alg: string, data: Uint8Array, offsets: Uint32Array): Buffer;
  hashAsync(alg: string, data: Uint8Array, outLength?: number): Promise<Buffer>;

  Blake3Hasher: new (mode: 'hash' | 'keyed' | 'derive', keyOrContext?: Uint8Array | string) => NativeHasher;
  ShaHasher: new (alg: 'sha256' | 'sha384') => NativeHasher;
}

export interface NativeHasher {
  update(data: Uint8Array): void;
  /** Fills `out` (its length is the output length) and finalizes. */
  digest(out: Uint8Array): void;
}

/** Which code paths a primitive has on this CPU, and which one it uses now. */
export interface PathInfo {
  active: string;
  available: string[];
}

let native: HashNative | undefined;

/** The addon, loaded on first use (so importing src/hash costs nothing). */
export function hashNative(): HashNative {
  native ??= loadAddon() as unknown as HashNative;
  return native;
}
