// Bad input straight into the addon's hashing functions (below the
// TypeScript checks): every case must raise a coded TesseraError naming
// the argument, never abort the process.
import { describe, expect, it } from 'vitest';

import type { HashNative } from '../../src/hash/addon.js';
import { blake3OutBytesMax } from '../../src/hash/index.js';
import { loadAddon } from '../../src/native/index.js';
import { codeOf } from '../helpers/hash.js';

const native = loadAddon() as unknown as HashNative;
// Calls with arbitrary arguments, as a careless or hostile caller would.
const call = (name: keyof HashNative, ...args: unknown[]): string =>
  codeOf(() => (native[name] as unknown as (...a: unknown[]) => unknown)(...args));

const data = Buffer.from('data');
const out32 = (): Buffer => Buffer.alloc(32);
const notBytes = [undefined, null, 1, 'text', {}, [1, 2], new Uint16Array(2), new DataView(new ArrayBuffer(4)), new ArrayBuffer(4)];

describe('hash addon argument checks', () => {
  it('refuses anything but a Uint8Array for data, key and out', () => {
    for (const bad of notBytes) {
      expect(call('blake3Hash', bad, out32()), String(bad)).toBe('ERR_INVALID_ARG_TYPE');
      expect(call('blake3Hash', data, bad), String(bad)).toBe('ERR_INVALID_ARG_TYPE');
      expect(call('blake3KeyedHash', bad, data, out32())).toBe('ERR_INVALID_ARG_TYPE');
      expect(call('blake3DeriveKey', 'ctx', bad, out32())).toBe('ERR_INVALID_ARG_TYPE');
      expect(call('sha256', bad, out32())).toBe('ERR_INVALID_ARG_TYPE');
      expect(call('sha384', data, bad)).toBe('ERR_INVALID_ARG_TYPE');
      expect(call('hashBatch', 'blake3', bad, new Uint32Array([0]))).toBe('ERR_INVALID_ARG_TYPE');
      expect(call('hashBatch', 'blake3', data, bad)).toBe('ERR_INVALID_ARG_TYPE');
    }
    expect(call('blake3Hash')).toBe('ERR_INVALID_ARG_TYPE');
    expect(call('blake3DeriveKey', Buffer.from('ctx'), data, out32())).toBe('ERR_INVALID_ARG_TYPE');
  });

  it('refuses outputs of the wrong size, keys of the wrong length and unknown names', () => {
    expect(call('blake3Hash', data, Buffer.alloc(0))).toBe('ERR_OUT_OF_RANGE');
    expect(call('blake3Hash', data, Buffer.alloc(blake3OutBytesMax + 1))).toBe('ERR_OUT_OF_RANGE');
    expect(call('sha256', data, Buffer.alloc(31))).toBe('ERR_OUT_OF_RANGE');
    expect(call('sha384', data, Buffer.alloc(32))).toBe('ERR_OUT_OF_RANGE');
    expect(call('blake3KeyedHash', Buffer.alloc(0), data, out32())).toBe('ERR_INVALID_ARG_VALUE');
    expect(call('hashBatch', 'md5', data, new Uint32Array([0]))).toBe('ERR_INVALID_ARG_VALUE');
    expect(call('hashBatch', 7, data, new Uint32Array([0]))).toBe('ERR_INVALID_ARG_TYPE');
    expect(call('blake3SetPath', 'avx512')).toBe('ERR_INVALID_ARG_VALUE');
    expect(call('blake3SetPath', 3)).toBe('ERR_INVALID_ARG_TYPE');
    expect(call('crc32cSetPath', undefined)).toBe('ERR_INVALID_ARG_TYPE');
  });

  it('rejects bad async calls with coded errors, including huge lengths', async () => {
    expect(call('hashAsync', 'blake3', 'x')).toBe('ERR_INVALID_ARG_TYPE');
    expect(call('hashAsync', 'sha999', data)).toBe('ERR_INVALID_ARG_VALUE');
    expect(call('hashAsync', 'blake3', data, 2 ** 53)).toBe('ERR_OUT_OF_RANGE');
    expect(call('hashAsync', 'blake3', data, Number.NaN)).toBe('ERR_OUT_OF_RANGE');
    expect(call('hashAsync', 'blake3', data, 0)).toBe('ERR_OUT_OF_RANGE');
    expect(call('hashAsync', 'sha256', data, 32)).toBe('ERR_INVALID_ARG_VALUE');
    expect((await native.hashAsync('sha256', new Uint8Array(0))).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('guards the hasher objects: constructor arguments, finalization, foreign receivers', () => {
    expect(codeOf(() => new native.Blake3Hasher('xof' as never))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => new native.Blake3Hasher('keyed', Buffer.alloc(31)))).toBe('ERR_INVALID_ARG_VALUE');
    expect(codeOf(() => new native.Blake3Hasher('keyed'))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => new native.Blake3Hasher('derive', 5 as unknown as string))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => new native.ShaHasher('md5' as never))).toBe('ERR_INVALID_ARG_VALUE');
    const h = new native.Blake3Hasher('hash');
    expect(codeOf(() => h.update('x' as unknown as Uint8Array))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => h.digest(Buffer.alloc(0)))).toBe('ERR_OUT_OF_RANGE');
    h.digest(out32());
    expect(codeOf(() => h.digest(out32()))).toBe('HASH_FINALIZED');
    const s = new native.ShaHasher('sha384');
    expect(codeOf(() => s.digest(out32()))).toBe('ERR_OUT_OF_RANGE');
    // Not a construct call, or a method on a foreign object: V8's TypeError.
    expect(() => (native.Blake3Hasher as unknown as (m: string) => unknown)('hash')).toThrow(TypeError);
    expect(() => (h.update as (d: Uint8Array) => void).call({}, data)).toThrow(TypeError);
  });
});
