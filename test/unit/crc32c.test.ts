import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { crc32c, crc32cPaths, setCrc32cPath } from '../../src/hash/index.js';

// Bitwise reference, written from the definition (reflected 0x82F63B78).
function crc32cReference(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) {
    c ^= b;
    for (let i = 0; i < 8; i++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32c', () => {
  afterEach(() => setCrc32cPath('auto'));

  for (const path of ['portable', 'sse4.2'] as const) {
    it(`gives the published check values on the ${path} path`, () => {
      if (!crc32cPaths().available.includes(path)) return;
      setCrc32cPath(path);
      expect(crc32cPaths().active).toBe(path);
      expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
      expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
      expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
      expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    });

    it(`matches a bitwise reference at many lengths on the ${path} path`, () => {
      if (!crc32cPaths().available.includes(path)) return;
      setCrc32cPath(path);
      for (const n of [0, 1, 3, 7, 8, 9, 15, 16, 17, 255, 256, 1023, 4096, 65_537]) {
        const buf = randomBytes(n + 3).subarray(3); // unaligned start
        expect(crc32c(buf)).toBe(crc32cReference(buf));
      }
    });
  }

  it('continues from a seed: crc32c(b, crc32c(a)) equals crc32c(a‖b)', () => {
    const a = randomBytes(1000);
    const b = randomBytes(777);
    expect(crc32c(b, crc32c(a))).toBe(crc32c(Buffer.concat([a, b])));
  });

  it('refuses bad arguments with a coded error', () => {
    const call = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const e1 = call(() => crc32c('text' as unknown as Uint8Array));
    expect(isTesseraError(e1, 'ERR_INVALID_ARG_TYPE')).toBe(true);
    expect((e1 as Error).message).toMatch(/'data' must be a Buffer/);
    const e2 = call(() => crc32c(Buffer.alloc(1), -1));
    expect(isTesseraError(e2, 'ERR_OUT_OF_RANGE')).toBe(true);
    const e3 = call(() => setCrc32cPath('neon' as never));
    expect(isTesseraError(e3, 'ERR_INVALID_ARG_VALUE')).toBe(true);
  });
});
