import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Fact } from '../../src/common/fact.js';
import { isTesseraError } from '../../src/common/errors.js';
import { adminV1, decodeProto, encodeProto, kvV1, peerV1, surfaceV1, type MessageCodec } from '../../src/proto/index.js';
import { factFromWire, factToWire, retirementFromWire, retirementToWire } from '../../src/surface/wire.js';

// Every protobuf message of the public (surface, kv), admin and peer
// services: random bytes decode to a value or PROTO_MALFORMED naming the
// type, never another exception or a hang. The surface messages integrators
// and the driver convert (facts, retirement markers) are also mutated from
// valid samples through that conversion: a Fact / marker or a TesseraError.
// (Peer messages also have structured properties in test/peer/codec.test.ts.)

const runs = Number(process.env.PROTO_DECODER_RUNS ?? 100);

type Codec = MessageCodec<unknown>;

/** The generated message classes of a package namespace (anything with static encode and decode), by full name. */
function codecsOf(ns: Record<string, unknown>, prefix: string): [string, Codec][] {
  const out: [string, Codec][] = [];
  for (const [name, v] of Object.entries(ns)) {
    if (typeof v === 'function' && typeof (v as { decode?: unknown }).decode === 'function' && typeof (v as { encode?: unknown }).encode === 'function') {
      out.push([`${prefix}.${name}`, v as unknown as Codec]);
    }
  }
  return out;
}

const packages: [string, [string, Codec][]][] = [
  ['surface', codecsOf(surfaceV1.surface.v1 as unknown as Record<string, unknown>, 'tessera.surface.v1')],
  ['kv', codecsOf(kvV1.kv.v1 as unknown as Record<string, unknown>, 'tessera.kv.v1')],
  ['admin', codecsOf(adminV1.admin.v1 as unknown as Record<string, unknown>, 'tessera.admin.v1')],
  ['peer', codecsOf(peerV1.peer.v1 as unknown as Record<string, unknown>, 'tessera.peer.v1')],
];

function cleanly(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!isTesseraError(e)) throw e;
  }
}

describe('protobuf decoders of every service on random bytes', () => {
  for (const [pkg, codecs] of packages) {
    it(`${pkg}: finds the package's messages`, () => {
      expect(codecs.length).toBeGreaterThanOrEqual(pkg === 'kv' ? 4 : 8);
    });
    it(`${pkg}: every message gives a value or PROTO_MALFORMED naming its type`, () => {
      for (const [typeName, codec] of codecs) {
        fc.assert(
          fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
            try {
              decodeProto(codec, b, typeName);
            } catch (e) {
              expect(isTesseraError(e, 'PROTO_MALFORMED'), `${typeName}: ${String(e)}`).toBe(true);
              expect((e as Error).message).toContain(typeName);
            }
          }),
          { numRuns: runs },
        );
      }
    });
  }
});

describe('surface facts and retirement markers from mutated valid bytes', () => {
  const pb = surfaceV1.surface.v1;
  const fact: Fact = {
    sequence: 42,
    key: '12345',
    status: 'degraded',
    digest: new Uint8Array(32).fill(7),
    evidence: [{ member: 'ab'.repeat(32), stream: 'facts', sequence: 9, digest: new Uint8Array(32).fill(1) }],
    missing: ['cd'.repeat(32)],
    appliedAt: 1_765_000_000_000,
    index: 77,
  };
  const factItem = encodeProto(pb.SubscribeItem, pb.SubscribeItem.fromObject({ fact: factToWire(fact) }));
  const markerItem = encodeProto(
    pb.SubscribeItem,
    pb.SubscribeItem.fromObject({ retirement: retirementToWire({ effectiveAt: 1_765_000_000_000, replacement: { fingerprint: 'ef'.repeat(32), endpoints: ['next:7401'] } }, 42) }),
  );

  /** What a subscriber does with an item: decode, then convert. */
  const convert = (b: Uint8Array): void => {
    const item = decodeProto(pb.SubscribeItem, b, 'tessera.surface.v1.SubscribeItem');
    if (item.fact) {
      const f = factFromWire(item.fact);
      expect(Number.isSafeInteger(f.sequence) && f.sequence >= 1).toBe(true);
    }
    if (item.retirement) retirementFromWire(item.retirement);
  };

  it('round-trip the samples', () => {
    const item = decodeProto(pb.SubscribeItem, factItem, 'tessera.surface.v1.SubscribeItem');
    expect(factFromWire(item.fact!)).toEqual(fact);
    const marker = retirementFromWire(decodeProto(pb.SubscribeItem, markerItem, 'x').retirement!);
    expect(marker.lastSequence).toBe(42);
    expect(marker.replacement?.fingerprint).toBe('ef'.repeat(32));
  });

  for (const [name, sample] of [['fact', factItem], ['retirement marker', markerItem]] as const) {
    it(`${name}: a flipped byte, a cut or a tail gives a value or a TesseraError`, () => {
      fc.assert(
        fc.property(fc.nat(sample.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(sample.length), fc.uint8Array({ maxLength: 16 }), (at, byte, cut, tail) => {
          const flipped = Uint8Array.from(sample);
          flipped[at] = byte;
          cleanly(() => convert(flipped));
          cleanly(() => convert(sample.subarray(0, cut)));
          cleanly(() => convert(Buffer.concat([sample, tail])));
        }),
        { numRuns: runs * 5 },
      );
    });
  }
});
