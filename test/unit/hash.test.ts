import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';

import {
  blake3,
  blake3Paths,
  createHasher,
  crc32c,
  hashBatch,
  hashPaths,
  setBlake3Path,
  sha256,
  Sha256Hasher,
  sha256Async,
  sha384,
  Sha384Hasher,
  sha384Async,
  type Blake3Path,
  type HashAlg,
} from '../../src/hash/index.js';
import { codeOf } from '../helpers/hash.js';

// Lengths around SHA-2's 64- and 128-byte blocks and its padding boundaries.
const lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000, 4096, 65_537, 1_000_003];

function reference(alg: HashAlg, data: Uint8Array): Buffer {
  return alg === 'blake3' ? blake3(data) : createHash(alg).update(data).digest();
}

afterEach(() => setBlake3Path('auto'));

describe('SHA-256 and SHA-384', () => {
  const data = randomBytes(1_000_003 + 1);

  it('agree with node:crypto on random inputs of many lengths (one-shot, incremental, async)', async () => {
    for (const n of lengths) {
      const input = data.subarray(1, 1 + n);
      const want256 = createHash('sha256').update(input).digest('hex');
      const want384 = createHash('sha384').update(input).digest('hex');
      expect(sha256(input).toString('hex'), `sha256 ${n}`).toBe(want256);
      expect(sha384(input).toString('hex'), `sha384 ${n}`).toBe(want384);
      const h256 = new Sha256Hasher();
      const h384 = new Sha384Hasher();
      for (let off = 0; off < n; off += 61) {
        h256.update(input.subarray(off, off + 61));
        h384.update(input.subarray(off, off + 61));
      }
      expect(h256.digest().toString('hex'), `Sha256Hasher ${n}`).toBe(want256);
      expect(h384.digest().toString('hex'), `Sha384Hasher ${n}`).toBe(want384);
      expect((await sha256Async(input)).toString('hex')).toBe(want256);
      expect((await sha384Async(input)).toString('hex')).toBe(want384);
    }
  });

  it('refuses bad arguments and use after digest with coded errors', async () => {
    expect(codeOf(() => sha256(undefined as unknown as Uint8Array))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => sha384([1, 2] as unknown as Uint8Array))).toBe('ERR_INVALID_ARG_TYPE');
    const h = new Sha256Hasher();
    h.digest();
    expect(codeOf(() => h.update(Buffer.alloc(1)))).toBe('HASH_FINALIZED');
    expect(codeOf(() => h.digest())).toBe('HASH_FINALIZED');
    await expect(sha256Async(42 as unknown as Uint8Array)).rejects.toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });
});

describe('hashBatch', () => {
  // Messages around BLAKE3's 64-byte blocks and 1 KiB chunks, some longer.
  const sizes = [0, 1, 63, 64, 65, 128, 1023, 1024, 1025, 3000, 64, 64, 64, 0, 17];
  for (let i = 0; i < 100; i++) sizes.push((i * 7919) % 1200); // spread, reproducible
  const offsets = [5];
  for (const s of sizes) offsets.push(offsets.at(-1)! + s);
  const data = randomBytes(offsets.at(-1)! + 9);

  for (const alg of ['blake3', 'sha256', 'sha384'] as const) {
    it(`equals the one-shot ${alg} of each message on every path`, () => {
      const width = alg === 'sha384' ? 48 : 32;
      const paths: string[] = alg === 'blake3' ? blake3Paths().available : ['auto'];
      for (const path of paths) {
        setBlake3Path(path as Blake3Path);
        for (const count of [0, 1, 3, 4, 5, 8, 9, 16, sizes.length]) {
          const out = hashBatch(alg, data, Uint32Array.from(offsets.slice(0, count + 1)));
          expect(out).toHaveLength(count * width);
          for (let i = 0; i < count; i++) {
            const want = reference(alg, data.subarray(offsets[i], offsets[i + 1]));
            expect(out.subarray(width * i, width * (i + 1)).toString('hex'), `${path} message ${i} of ${count}`).toBe(want.toString('hex'));
          }
        }
      }
    });
  }

  it('accepts offsets as an array of numbers', () => {
    expect(hashBatch('sha256', Buffer.from('abcd'), [0, 2, 4]).equals(Buffer.concat([sha256(Buffer.from('ab')), sha256(Buffer.from('cd'))]))).toBe(true);
  });

  it('names the first bad offset in a coded error', () => {
    const buf = Buffer.alloc(100);
    const err = (f: () => unknown): { code?: string; message?: string } => {
      try {
        f();
      } catch (e) {
        return e as { code?: string; message?: string };
      }
      return {};
    };
    expect(err(() => hashBatch('blake3', buf, [0, 60, 50]))).toMatchObject({
      code: 'ERR_INVALID_ARG_VALUE',
      message: 'hashBatch: offsets[2] = 50 is less than offsets[1] = 60 (boundaries must not decrease)',
    });
    expect(err(() => hashBatch('sha256', buf, [0, 101]))).toMatchObject({
      code: 'ERR_OUT_OF_RANGE',
      message: 'hashBatch: offsets[1] = 101 is past the end of the data (100 bytes)',
    });
    expect(err(() => hashBatch('sha384', buf, new Uint32Array(0)))).toMatchObject({ code: 'ERR_INVALID_ARG_VALUE' });
    expect(err(() => hashBatch('blake3', buf, [0, 2 ** 32]))).toMatchObject({ code: 'ERR_OUT_OF_RANGE', message: expect.stringContaining('offsets[1]') });
    expect(err(() => hashBatch('blake3', buf, [0, -1]))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(err(() => hashBatch('blake3', buf, [0, 1.5]))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(codeOf(() => hashBatch('blake3', buf, new Int32Array([0, 1]) as unknown as Uint32Array))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => hashBatch('blake3', buf, 'nope' as unknown as number[]))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => hashBatch('md5' as HashAlg, buf, [0, 1]))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => hashBatch('blake3', 'text' as unknown as Uint8Array, [0]))).toBe('ERR_INVALID_ARG_TYPE');
    // Empty data and zero messages are fine.
    expect(hashBatch('blake3', new Uint8Array(0), [0])).toHaveLength(0);
    expect(hashBatch('blake3', new Uint8Array(0), [0, 0]).equals(blake3(new Uint8Array(0)))).toBe(true);
  });
});

describe('createHasher and hashPaths', () => {
  it('streams every algorithm to its one-shot digest', () => {
    const data = randomBytes(200_000);
    for (const alg of ['blake3', 'sha256', 'sha384', 'crc32c'] as const) {
      const h = createHasher(alg);
      for (let off = 0; off < data.length; off += 7777) h.update(data.subarray(off, off + 7777));
      const want = alg === 'crc32c' ? Buffer.from(crc32c(data).toString(16).padStart(8, '0'), 'hex') : reference(alg, data);
      expect(h.digest().toString('hex'), alg).toBe(want.toString('hex'));
      expect(codeOf(() => h.digest()), alg).toBe('HASH_FINALIZED');
    }
    expect(codeOf(() => createHasher('md5' as never))).toBe('ERR_INVALID_ARG_VALUE');
  });

  it('lists the active and available paths of BLAKE3 and CRC32C', () => {
    const p = hashPaths();
    expect(p.blake3.available).toContain('portable');
    expect(p.blake3.available).toContain(p.blake3.active);
    expect(p.crc32c.available).toContain(p.crc32c.active);
  });
});
