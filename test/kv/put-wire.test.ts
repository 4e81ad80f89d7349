import { describe, expect, it } from 'vitest';
import { kvV1 } from '../../src/proto/index.js';
import { decodePutRequest, encodePutResponse } from '../../src/kv/put-wire.js';

const pb = kvV1.kv.v1;

// A small deterministic generator, so a failure reproduces.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('put-wire: the hand-written PutRequest / PutResponse codec', () => {
  it('decodes what protobufjs encodes (random keys and values, empty ones included)', () => {
    const rnd = lcg(7);
    for (let i = 0; i < 300; i++) {
      const key = Buffer.from(Array.from({ length: Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 256)));
      const value = Buffer.from(Array.from({ length: Math.floor(rnd() * (i % 10 === 0 ? 70_000 : 300)) }, () => Math.floor(rnd() * 256)));
      const bytes = pb.PutRequest.encode({ key, value }).finish();
      const got = decodePutRequest(bytes);
      expect(Buffer.from(got.key).equals(key)).toBe(true);
      expect(Buffer.from(got.value).equals(value)).toBe(true);
    }
  });

  it('skips unknown fields of every wire type and lets the last occurrence win', () => {
    const bytes = Buffer.concat([
      Buffer.from([0x0a, 0x01, 0x41]), // key = "A"
      Buffer.from([0x18, 0xac, 0x02]), // field 3 varint 300
      Buffer.from([0x21, 1, 2, 3, 4, 5, 6, 7, 8]), // field 4 fixed64
      Buffer.from([0x2d, 1, 2, 3, 4]), // field 5 fixed32
      Buffer.from([0x32, 0x02, 0x00, 0x00]), // field 6 bytes
      Buffer.from([0x0a, 0x02, 0x42, 0x43]), // key = "BC" (wins)
      Buffer.from([0x12, 0x01, 0x56]), // value = "V"
    ]);
    const got = decodePutRequest(bytes);
    expect(Buffer.from(got.key).toString()).toBe('BC');
    expect(Buffer.from(got.value).toString()).toBe('V');
    const ref = pb.PutRequest.decode(bytes);
    expect(Buffer.from(ref.key).toString()).toBe('BC');
  });

  it('refuses malformed input with PROTO_MALFORMED naming the type', () => {
    const bad = [
      Buffer.from([0x0a, 0x05, 0x41]), // length past the end
      Buffer.from([0x0a]), // no length
      Buffer.from([0x08, 0x01]), // key as a varint
      Buffer.from([0x03]), // field 0
      Buffer.from([0x1b]), // wire type 3 (group)
      Buffer.from([0x21, 1, 2]), // fixed64 past the end
      Buffer.from([0x18, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), // varint of 11 bytes
    ];
    for (const b of bad) {
      expect(() => decodePutRequest(b), b.toString('hex')).toThrow(expect.objectContaining({ code: 'PROTO_MALFORMED', message: expect.stringContaining('tessera.kv.v1.PutRequest') }));
    }
  });

  it('encodes PutResponse as protobufjs does', () => {
    for (const index of [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER]) {
      const ref = Buffer.from(pb.PutResponse.encode({ index }).finish());
      expect(encodePutResponse(index).toString('hex'), String(index)).toBe(ref.toString('hex'));
      expect(Number(pb.PutResponse.decode(encodePutResponse(index)).index)).toBe(index);
    }
    expect(() => encodePutResponse(-1)).toThrow(/not a non-negative/);
  });
});
