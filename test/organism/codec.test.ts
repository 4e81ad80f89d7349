import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { hexMatches } from '../../src/node/organism-host.js';
import { ByteReader, ByteWriter, bytesToLatin1, latin1ToBytes } from '../../src/organism/codec.js';
import { decodeCommand, encodeCommand, type OrganismCommand } from '../../src/organism/index.js';
import { digestOf, memberA, memberB } from './helpers.js';

describe('organism byte primitives (fast paths)', () => {
  it('bytesToLatin1 is one char per byte at every length, across its chunk size', () => {
    for (const n of [0, 1, 32, 4095, 4096, 4097, 10_000]) {
      const b = new Uint8Array(n).map((_, i) => (i * 151 + 7) & 255);
      const s = bytesToLatin1(b);
      expect(s.length).toBe(n);
      for (let i = 0; i < n; i += 997) expect(s.charCodeAt(i)).toBe(b[i]);
      expect(Buffer.from(latin1ToBytes(s)).equals(Buffer.from(b))).toBe(true);
    }
  });

  it('hexInterned reads what hex reads, and repeated bytes give the same string', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 40 }), (values) => {
        const w = new ByteWriter();
        for (const v of values) w.raw(v);
        const bytes = w.finish();
        const a = new ByteReader(bytes, 'X', 'test');
        const b = new ByteReader(bytes, 'X', 'test');
        for (const v of values) {
          const interned = a.hexInterned(4, 'v');
          expect(interned).toBe(b.hex(4, 'v'));
          expect(interned).toBe(Buffer.from(v).toString('hex'));
        }
      }),
    );
    const r = new ByteReader(new Uint8Array([1, 2, 1, 2, 1, 3]), 'X', 'test');
    expect(r.hexInterned(2, 'v')).toBe('0102');
    expect(r.hexInterned(2, 'v')).toBe('0102');
    expect(r.hexInterned(2, 'v')).toBe('0103');
    expect(() => r.hexInterned(2, 'v')).toThrow(/truncated/);
    // The remembered bytes are a copy: a Buffer read and then overwritten does not change what matches.
    const pooled = Buffer.from([0xfe, 0xed]);
    expect(new ByteReader(pooled, 'X', 'test').hexInterned(2, 'v')).toBe('feed');
    pooled[0] = 0xbe;
    pooled[1] = 0xef;
    expect(new ByteReader(pooled, 'X', 'test').hexInterned(2, 'v')).toBe('beef');
    expect(new ByteReader(Buffer.from([0xfe, 0xed]), 'X', 'test').hexInterned(2, 'v')).toBe('feed');
  });

  it('ByteWriter.view is what was written since reset, without a copy', () => {
    const w = new ByteWriter(4);
    w.u32(7).u8(1);
    w.reset().u8(9).u32(0x01020304);
    expect([...w.view()]).toEqual([9, 1, 2, 3, 4]);
    expect([...w.finish()]).toEqual([9, 1, 2, 3, 4]);
  });

  it('a batch decode failure names the observation and field', () => {
    const obs = (member: string, sequence: number): OrganismCommand & { kind: 'observe' } => ({
      kind: 'observe',
      evidence: { member, stream: 'facts', sequence, digest: digestOf(sequence) },
      key: String(sequence),
      observedAt: 5,
    });
    const bytes = encodeCommand({ kind: 'observeBatch', observations: [obs(memberA, 1), obs(memberB, 2)] });
    const decoded = decodeCommand(bytes);
    expect(decoded.kind === 'observeBatch' && decoded.observations.map((o) => o.evidence.member)).toEqual([memberA, memberB]);
    let thrown: unknown;
    try {
      decodeCommand(bytes.subarray(0, bytes.length - 3)); // cuts the second observation's observedAt
    } catch (e) {
      thrown = e;
    }
    expect(isTesseraError(thrown)).toBe(true);
    const e = thrown as { message: string; details: { field: string } };
    expect(e.details.field).toBe('observations[1].observedAt');
    expect(e.message).toContain('(observations[1].observedAt)');
  });

  it('hexMatches compares lower-case hex to bytes without converting', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(), (b, flip) => {
        const hex = Buffer.from(b).toString('hex');
        expect(hexMatches(hex, b)).toBe(true);
        if (b.length > 0) {
          const c = new Uint8Array(b);
          c[flip % c.length] ^= 1 + (flip % 255);
          expect(hexMatches(hex, c)).toBe(false);
        }
        expect(hexMatches(hex + '00', b)).toBe(false);
      }),
    );
  });
});
