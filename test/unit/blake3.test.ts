import { randomBytes } from 'node:crypto';
import blake3wasm from 'blake3-wasm';
import { afterEach, describe, expect, it } from 'vitest';

import {
  blake3,
  blake3Async,
  blake3DeriveKey,
  Blake3Hasher,
  blake3Keyed,
  blake3OutBytesMax,
  blake3Paths,
  hashBatch,
  setBlake3Path,
  type Blake3Path,
} from '../../src/hash/index.js';
import { describeWithFixtures, readFixture } from '../helpers/fixtures.js';
import { codeOf } from '../helpers/hash.js';

interface VectorFile {
  key: string;
  context_string: string;
  cases: { input_len: number; hash: string; keyed_hash: string; derive_key: string }[];
}

const allPaths: Exclude<Blake3Path, 'auto'>[] = ['portable', 'sse4.1', 'avx2'];
const available = (): string[] => blake3Paths().available;

function vectorInput(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = i % 251;
  return b;
}

/** Feeds `data` to `h` in pieces of the given sizes, cycling. */
function feed(h: Blake3Hasher, data: Buffer, pieces: number[]): Blake3Hasher {
  let off = 0;
  for (let i = 0; off < data.length; i++) {
    const n = Math.min(pieces[i % pieces.length]!, data.length - off);
    h.update(data.subarray(off, off + n));
    off += n;
  }
  return h;
}

afterEach(() => setBlake3Path('auto'));

describeWithFixtures('BLAKE3 official test vectors', () => {
  const vectors = JSON.parse(readFixture('blake3', 'test_vectors.json').toString('utf8')) as VectorFile;
  const key = Buffer.from(vectors.key, 'ascii');

  it('has the 35 cases the fixture README describes', () => {
    expect(vectors.cases).toHaveLength(35);
  });

  for (const path of allPaths) {
    it(`gives every vector (hash, keyed, derive-key, extended output) on the ${path} path`, (ctx) => {
      if (!available().includes(path)) ctx.skip();
      setBlake3Path(path);
      expect(blake3Paths().active).toBe(path);
      for (const v of vectors.cases) {
        const input = vectorInput(v.input_len);
        const ext = v.hash.length / 2;
        const at = `${path} len ${v.input_len}`;
        expect(blake3(input, ext).toString('hex'), at).toBe(v.hash);
        expect(blake3(input).toString('hex'), at).toBe(v.hash.slice(0, 64));
        expect(blake3Keyed(key, input, ext).toString('hex'), at).toBe(v.keyed_hash);
        expect(blake3Keyed(key, input).toString('hex'), at).toBe(v.keyed_hash.slice(0, 64));
        expect(blake3DeriveKey(vectors.context_string, input, ext).toString('hex'), at).toBe(v.derive_key);
        expect(blake3DeriveKey(vectors.context_string, input).toString('hex'), at).toBe(v.derive_key.slice(0, 64));
      }
    });

    it(`gives every vector through the incremental hasher on the ${path} path`, (ctx) => {
      if (!available().includes(path)) ctx.skip();
      setBlake3Path(path);
      for (const v of vectors.cases) {
        const input = vectorInput(v.input_len);
        const ext = v.hash.length / 2;
        for (const pieces of [[1023], [1024], [1025], [1, 64, 4096], [100_000]]) {
          const at = `${path} len ${v.input_len} pieces ${pieces.join(',')}`;
          expect(feed(new Blake3Hasher(), input, pieces).digest(ext).toString('hex'), at).toBe(v.hash);
          expect(feed(new Blake3Hasher({ key }), input, pieces).digest(ext).toString('hex'), at).toBe(v.keyed_hash);
          expect(feed(new Blake3Hasher({ context: vectors.context_string }), input, pieces).digest(ext).toString('hex'), at).toBe(
            v.derive_key,
          );
        }
      }
    });

    it(`gives every vector through the batch and async calls on the ${path} path`, async (ctx) => {
      if (!available().includes(path)) ctx.skip();
      setBlake3Path(path);
      const inputs = vectors.cases.map((v) => vectorInput(v.input_len));
      const offsets = [0];
      for (const b of inputs) offsets.push(offsets.at(-1)! + b.length);
      const digests = hashBatch('blake3', Buffer.concat(inputs), offsets);
      vectors.cases.forEach((v, i) => {
        expect(digests.subarray(32 * i, 32 * i + 32).toString('hex'), `len ${v.input_len}`).toBe(v.hash.slice(0, 64));
      });
      for (const [i, v] of vectors.cases.entries()) {
        expect((await blake3Async(inputs[i]!, v.hash.length / 2)).toString('hex')).toBe(v.hash);
      }
    });
  }
});

describe('BLAKE3', () => {
  it('matches blake3-wasm (an independent implementation) at random lengths on every path', () => {
    const lengths = [0, 1, 31, 64, 65, 1000, 1024, 1025, 4097, 65_536, 100_003, 1 << 20, (1 << 20) + 999, 3_000_001];
    const data = randomBytes(3_000_001 + 7);
    for (const path of available() as Blake3Path[]) {
      setBlake3Path(path);
      for (const n of lengths) {
        const input = data.subarray(7, 7 + n); // unaligned
        expect(blake3(input).toString('hex'), `${path} ${n}`).toBe((blake3wasm.hash(input) as Buffer).toString('hex'));
        expect(blake3(input, 200).toString('hex'), `${path} ${n} xof`).toBe(
          (blake3wasm.hash(input, { length: 200 }) as Buffer).toString('hex'),
        );
      }
    }
  });

  it('refuses a path this CPU lacks or an unknown one, and keeps the active path', () => {
    for (const path of allPaths) {
      if (available().includes(path)) continue;
      expect(codeOf(() => setBlake3Path(path))).toBe('HASH_PATH_UNAVAILABLE');
    }
    setBlake3Path('portable');
    expect(codeOf(() => setBlake3Path('neon' as Blake3Path))).toBe('ERR_INVALID_ARG_VALUE');
    expect(blake3Paths().active).toBe('portable');
    setBlake3Path('auto');
    expect(blake3Paths().active).toBe(available().at(-1));
  });

  it('gives a long extendable output whose prefix is the short one', () => {
    const data = randomBytes(5000);
    const long = blake3(data, 10_000);
    expect(long.subarray(0, 32).equals(blake3(data))).toBe(true);
    expect(long.subarray(0, 77).equals(blake3(data, 77))).toBe(true);
    expect(new Blake3Hasher().update(data).digest(10_000).equals(long)).toBe(true);
    expect(blake3(data, blake3OutBytesMax)).toHaveLength(blake3OutBytesMax);
  });

  it('refuses bad arguments with coded errors, never aborting', () => {
    const data = Buffer.from('x');
    expect(codeOf(() => blake3('text' as unknown as Uint8Array))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => blake3(new Uint16Array(4) as unknown as Uint8Array))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => blake3(data, 0))).toBe('ERR_OUT_OF_RANGE');
    expect(codeOf(() => blake3(data, -1))).toBe('ERR_OUT_OF_RANGE');
    expect(codeOf(() => blake3(data, 1.5))).toBe('ERR_OUT_OF_RANGE');
    expect(codeOf(() => blake3(data, blake3OutBytesMax + 1))).toBe('ERR_OUT_OF_RANGE');
    expect(codeOf(() => blake3(data, 2 ** 60))).toBe('ERR_OUT_OF_RANGE');
    expect(codeOf(() => blake3(data, '32' as unknown as number))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => blake3Keyed(Buffer.alloc(31), data))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => blake3Keyed(Buffer.alloc(33), data))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => blake3Keyed(null as unknown as Uint8Array, data))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => blake3DeriveKey(42 as unknown as string, data))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => new Blake3Hasher({ key: Buffer.alloc(16) }))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => new Blake3Hasher({ key: Buffer.alloc(32), context: 'c' }))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => new Blake3Hasher({ kye: Buffer.alloc(32) } as never))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => new Blake3Hasher(null as never))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => new Blake3Hasher().update({} as Uint8Array))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => new Blake3Hasher().digest(0))).toBe('ERR_OUT_OF_RANGE');
    // Empty inputs are valid: the BLAKE3 of nothing.
    expect(blake3(new Uint8Array(0)).toString('hex')).toBe('af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262');
  });

  it('refuses any use of a hasher after digest()', () => {
    const h = new Blake3Hasher().update(Buffer.from('abc'));
    expect(h.digest().toString('hex')).toBe('6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85');
    expect(codeOf(() => h.update(Buffer.from('d')))).toBe('HASH_FINALIZED');
    expect(codeOf(() => h.digest())).toBe('HASH_FINALIZED');
  });

  it('derives keys and keyed hashes that depend on every input', () => {
    const key = randomBytes(32);
    const a = blake3Keyed(key, Buffer.from('m'));
    key[31]! ^= 1;
    expect(blake3Keyed(key, Buffer.from('m')).equals(a)).toBe(false);
    expect(blake3DeriveKey('ctx one', Buffer.from('m')).equals(blake3DeriveKey('ctx two', Buffer.from('m')))).toBe(false);
    // The context is hashed as UTF-8.
    expect(blake3DeriveKey('é', Buffer.from('m')).equals(blake3wasm.deriveKey('é', Buffer.from('m')))).toBe(true);
  });

  it('hashes asynchronously to the same bytes, rejecting bad arguments with coded errors', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 5);
    const results = await Promise.all([blake3Async(data), blake3Async(data, 100), blake3Async(new Uint8Array(0))]);
    expect(results[0]!.equals(blake3(data))).toBe(true);
    expect(results[1]!.equals(blake3(data, 100))).toBe(true);
    expect(results[2]!.equals(blake3(new Uint8Array(0)))).toBe(true);
    await expect(blake3Async('x' as unknown as Uint8Array)).rejects.toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    await expect(blake3Async(data, 0)).rejects.toMatchObject({ code: 'ERR_OUT_OF_RANGE', name: 'TesseraError' });
  });
});
