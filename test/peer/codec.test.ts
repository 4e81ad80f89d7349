import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { encodeProto, peerV1 } from '../../src/proto/index.js';
import {
  decodeRaftBatch,
  decodeRaftMessage,
  decodeSnapshotPart,
  encodeRaftBatch,
  encodeRaftMessage,
  encodeSnapshotPart,
} from '../../src/peer/raft-codec.js';
import * as w from '../../src/peer/wire.js';
import { EntryType, MessageType, message, type Entry, type Message, type NodeId } from '../../src/raft/index.js';

const wire = peerV1.peer.v1;
/** npm test runs a slice; `npm run test:peer-codec` runs many more. */
const runs = Number(process.env.PEER_CODEC_RUNS ?? 150);
const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const small = fc.nat(1000);
const num = fc.oneof(safe, small);
const id = fc.integer({ min: 1, max: 2 ** 48 - 1 }) as fc.Arbitrary<NodeId>;
const bytes = fc.uint8Array({ maxLength: 64 });

const entry: fc.Arbitrary<Entry> = fc.record({
  term: num,
  index: num,
  type: fc.constantFrom(EntryType.Normal, EntryType.ConfChange),
  data: bytes,
}) as fc.Arbitrary<Entry>;

const chunk = fc
  .record({ index: num, term: num, voters: fc.array(id, { maxLength: 7 }), learners: fc.array(id, { maxLength: 3 }), offset: small, data: bytes, extra: small })
  .map((c) => ({
    metadata: { index: c.index, term: c.term, confState: { voters: c.voters, learners: c.learners } },
    offset: c.offset,
    totalBytes: c.offset + c.data.length + c.extra,
    data: c.data,
  }));

const types = Object.values(MessageType).filter((v): v is MessageType => typeof v === 'number');

export const arbMessage: fc.Arbitrary<Message> = fc
  .record({
    type: fc.constantFrom(...types),
    from: id,
    to: id,
    term: num,
    logTerm: num,
    index: num,
    entries: fc.array(entry, { maxLength: 5 }),
    commit: num,
    reject: fc.boolean(),
    rejectHint: num,
    context: bytes,
    transfer: fc.boolean(),
    chunk,
    snapshotBytesReceived: num,
  })
  .map(({ chunk: c, ...m }) => message({ ...(m as unknown as Message), snapshot: m.type === MessageType.Snap ? (c as unknown as Message['snapshot']) : undefined }));

/** Plain comparable form (Uint8Array subclasses and frozen arrays aside). */
function plain(v: unknown): unknown {
  if (v instanceof Uint8Array) return `hex:${Buffer.from(v).toString('hex')}`;
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

describe('Raft message codec', () => {
  it('round-trips every message and batch', () => {
    fc.assert(
      fc.property(fc.array(arbMessage, { maxLength: 8 }), (msgs) => {
        expect(decodeRaftBatch(encodeRaftBatch(msgs)).map(plain)).toEqual(msgs.map(plain));
        for (const m of msgs) expect(plain(decodeRaftMessage(encodeRaftMessage(m)))).toEqual(plain(m));
      }),
      { numRuns: 2 * runs },
    );
  });

  it('round-trips Snap messages as snapshot parts and refuses other types there', () => {
    fc.assert(
      fc.property(arbMessage, (m) => {
        if (m.type === MessageType.Snap) expect(plain(decodeSnapshotPart(encodeSnapshotPart(m)))).toEqual(plain(m));
        else expect(() => encodeSnapshotPart(m)).toThrow(expect.objectContaining({ code: 'PEER_MESSAGE_INVALID' }));
      }),
      { numRuns: runs },
    );
  });

  const base = { type: wire.MessageType.MESSAGE_TYPE_HEARTBEAT, from: 1, to: 2, term: 3 };
  const cases: [string, Record<string, unknown>, string][] = [
    ['unknown type', { ...base, type: 99 }, 'messages[0].type'],
    ['type 0', { ...base, type: 0 }, 'messages[0].type'],
    ['from 0', { ...base, from: 0 }, 'messages[0].from'],
    ['to 0', { ...base, to: 0 }, 'messages[0].to'],
    ['term above 2^53', { ...base, term: 2 ** 60 }, 'messages[0].term'],
    ['index above 2^53', { ...base, index: 2 ** 55 }, 'messages[0].index'],
    ['unknown entry type', { ...base, entries: [{ term: 1, index: 1, type: 7 }] }, 'messages[0].entries[0].type'],
    ['Snap without chunk', { ...base, type: wire.MessageType.MESSAGE_TYPE_SNAP }, 'messages[0].snapshot'],
    ['chunk on a Heartbeat', { ...base, snapshot: { metadata: {}, offset: 0, totalBytes: 0 } }, 'messages[0].snapshot'],
    [
      'chunk past its total',
      { ...base, type: wire.MessageType.MESSAGE_TYPE_SNAP, snapshot: { metadata: {}, offset: 5, totalBytes: 6, data: new Uint8Array(2) } },
      'messages[0].snapshot.data',
    ],
    ['chunk without metadata', { ...base, type: wire.MessageType.MESSAGE_TYPE_SNAP, snapshot: { offset: 0, totalBytes: 0 } }, 'messages[0].snapshot.metadata'],
    [
      'voter 0',
      { ...base, type: wire.MessageType.MESSAGE_TYPE_SNAP, snapshot: { metadata: { confState: { voters: [1, 0] } }, offset: 0, totalBytes: 0 } },
      'messages[0].snapshot.metadata.confState.voters[1]',
    ],
  ];
  for (const [what, fields, field] of cases) {
    it(`refuses ${what} with PROTO_MALFORMED naming ${field}`, () => {
      const bytes = encodeProto(wire.RaftBatch, wire.RaftBatch.create({ messages: [wire.Message.create(fields as never)] }));
      let caught: unknown;
      try {
        decodeRaftBatch(bytes);
      } catch (e) {
        caught = e;
      }
      expect(isTesseraError(caught, 'PROTO_MALFORMED')).toBe(true);
      expect((caught as { details: { field: string } }).details.field).toBe(field);
      expect((caught as Error).message).toContain(field);
    });
  }

  it('refuses to encode what a peer would refuse', () => {
    const bad = message({ type: MessageType.App, from: 0 as NodeId, to: 2 as NodeId });
    expect(() => encodeRaftBatch([bad])).toThrow(expect.objectContaining({ code: 'PEER_MESSAGE_INVALID' }));
  });
});

// Every decoder the peer service uses, with a valid sample to mutate.
const sampleMsg = message({ type: MessageType.App, from: 1 as NodeId, to: 2 as NodeId, entries: [{ term: 1, index: 2, type: EntryType.Normal, data: new Uint8Array([1, 2, 3]) } as Entry] });
const snapMsg = message({
  type: MessageType.Snap,
  from: 1 as NodeId,
  to: 2 as NodeId,
  snapshot: { metadata: { index: 9, term: 2, confState: { voters: [1, 2, 3] as NodeId[], learners: [] } } as never, offset: 0, totalBytes: 4, data: new Uint8Array(4) },
});
const decoders: [string, (b: Uint8Array) => unknown, Uint8Array][] = [
  ['RaftBatch', decodeRaftBatch, encodeRaftBatch([sampleMsg, snapMsg])],
  ['Message', decodeRaftMessage, encodeRaftMessage(sampleMsg)],
  ['SnapshotPart', decodeSnapshotPart, encodeSnapshotPart(snapMsg)],
  ['RaftAck', w.decodeRaftAck, w.encodeRaftAck({ credits: 5 })],
  ['SnapshotAck', w.decodeSnapshotAck, w.encodeSnapshotAck({ parts: 3, bytes: 100 })],
  ['NonceRequest', w.decodeNonceRequest, w.encodeNonceRequest({ nodePublicKey: new Uint8Array(91).fill(4) })],
  ['NonceResponse', w.decodeNonceResponse, w.encodeNonceResponse({ nonce: new Uint8Array(32).fill(1), expiresAtUnixMs: 1e12, leaderHint: 'h:1' })],
  [
    'JoinRequest',
    w.decodeJoinRequest,
    w.encodeJoinRequest({ nodePublicKey: new Uint8Array(91), quote: new Uint8Array(300).fill(9), tickets: [new Uint8Array(5)], address: 'a:1', nonce: new Uint8Array(32) }),
  ],
  ['JoinResponse', w.decodeJoinResponse, w.encodeJoinResponse({ admitted: true, refusalReason: '', message: '', memberId: 77, leaderHint: '' })],
  ['AttestRequest', w.decodeAttestRequest, w.encodeAttestRequest({ nonce: new Uint8Array(32).fill(3) })],
  ['AttestResponse', w.decodeAttestResponse, w.encodeAttestResponse({ quote: new Uint8Array(200).fill(8), nodePublicKey: new Uint8Array(44).fill(4) })],
];

function cleanly(decode: (b: Uint8Array) => unknown, b: Uint8Array): void {
  try {
    decode(b);
  } catch (e) {
    if (!isTesseraError(e, 'PROTO_MALFORMED')) throw e;
    expect((e as Error).message).toMatch(/tessera\.peer\.v1\./);
  }
}

describe('peer decoders on garbage and mutated bytes', () => {
  for (const [name, decode, sample] of decoders) {
    it(`${name}: valid sample decodes`, () => {
      expect(() => decode(sample)).not.toThrow();
    });
    it(`${name}: random bytes give a value or PROTO_MALFORMED, nothing else`, () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 256 }), (b) => cleanly(decode, b)), { numRuns: runs });
    });
    it(`${name}: mutated, truncated and extended samples give a value or PROTO_MALFORMED`, () => {
      fc.assert(
        fc.property(fc.nat(sample.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(sample.length), fc.uint8Array({ maxLength: 16 }), (at, byte, cut, tail) => {
          const flipped = Uint8Array.from(sample);
          flipped[at] = byte;
          cleanly(decode, flipped);
          cleanly(decode, sample.subarray(0, cut));
          cleanly(decode, Buffer.concat([sample, tail]));
        }),
        { numRuns: runs },
      );
    });
  }

  it('a length prefix far past the end is PROTO_MALFORMED, quickly', () => {
    const b = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    for (const [, decode] of decoders) expect(() => decode(b)).toThrow(expect.objectContaining({ code: 'PROTO_MALFORMED' }));
  });

  it('over-limit fields name the field', () => {
    const big = w.encodeJoinRequest({ nodePublicKey: new Uint8Array(2000), quote: new Uint8Array(0), tickets: [], address: '', nonce: new Uint8Array(0) });
    expect(() => w.decodeJoinRequest(big)).toThrow(expect.objectContaining({ code: 'PROTO_MALFORMED', details: expect.objectContaining({ field: 'nodePublicKey' }) }));
    const refusedNoReason = w.encodeJoinResponse({ admitted: false, refusalReason: '', message: '', memberId: 0, leaderHint: '' });
    expect(() => w.decodeJoinResponse(refusedNoReason)).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'refusalReason' }) }));
  });
});
