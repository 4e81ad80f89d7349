import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { commandLimits, decodeCommand, encodeCommand, observeEvidence, type AttestationCommand, type OrganismCommand } from '../../src/organism/index.js';
import { digestOf, memberA } from './helpers.js';

const samples: OrganismCommand[] = [
  { kind: 'observe', evidence: { member: memberA, stream: 'facts', sequence: 42, digest: digestOf(7) }, key: '18446744073709551615', observedAt: 1_700_000_000_000 },
  { kind: 'apply', key: 'slot-é', at: 0 },
  { kind: 'retire', retirement: { effectiveAt: 5 } },
  { kind: 'retire', retirement: { effectiveAt: Number.MAX_SAFE_INTEGER, replacement: { fingerprint: 'ef'.repeat(32), endpoints: ['10.0.0.1:7401', 'b.example:7401'] } } },
  { kind: 'retire', retirement: { effectiveAt: 9, replacement: { fingerprint: '01'.repeat(32), endpoints: [] } } },
  {
    kind: 'attestation',
    record: { nodeId: '12'.repeat(32), mrtd: '34'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: digestOf(3), at: 77, verified: true, reason: '' },
  },
  {
    kind: 'attestation',
    record: { nodeId: '12'.repeat(32), mrtd: '34'.repeat(48), tcbStatus: 'OutOfDate', quoteDigest: digestOf(4), at: 78, verified: false, reason: 'TCB status OutOfDate not accepted' },
  },
  { kind: 'seal', at: 6 },
];

function expectMalformed(bytes: Uint8Array): void {
  let thrown: unknown;
  try {
    decodeCommand(bytes);
  } catch (e) {
    thrown = e;
  }
  expect(isTesseraError(thrown), `decoding ${Buffer.from(bytes).toString('hex')} should throw a TesseraError`).toBe(true);
  expect(['ORGANISM_COMMAND_MALFORMED', 'ORGANISM_COMMAND_VERSION']).toContain((thrown as { code: string }).code);
}

describe('organism commands', () => {
  it('round-trip every kind', () => {
    for (const cmd of samples) {
      const bytes = encodeCommand(cmd);
      expect(decodeCommand(bytes)).toEqual(cmd);
      expect(encodeCommand(decodeCommand(bytes))).toEqual(bytes);
    }
  });

  it('encode an Observe byte for byte as documented', () => {
    const bytes = encodeCommand({ kind: 'observe', evidence: { member: memberA, stream: 'ab', sequence: 258, digest: new Uint8Array(32).fill(9) }, key: '7', observedAt: 1 });
    const expected = Buffer.concat([
      Buffer.of(1, 1),
      Buffer.alloc(32, 0xaa),
      Buffer.of(0, 0, 0, 2, 0x61, 0x62),
      Buffer.of(0, 0, 0, 0, 0, 0, 1, 2),
      Buffer.alloc(32, 9),
      Buffer.of(0, 0, 0, 1, 0x37),
      Buffer.of(0, 0, 0, 0, 0, 0, 0, 1),
    ]);
    expect(Buffer.from(bytes).toString('hex')).toBe(expected.toString('hex'));
  });

  it('refuse every truncation and every extension of a valid command', () => {
    for (const cmd of samples) {
      const bytes = encodeCommand(cmd);
      for (let n = 0; n < bytes.length; n++) expectMalformed(bytes.subarray(0, n));
      expectMalformed(Uint8Array.from([...bytes, 0]));
    }
  });

  it('refuse random garbage with a TesseraError, never another exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const cmd = decodeCommand(bytes);
          // Whatever decodes must be canonical: re-encoding gives the same bytes.
          expect(Buffer.from(encodeCommand(cmd)).equals(Buffer.from(bytes))).toBe(true);
        } catch (e) {
          expect(isTesseraError(e)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse single-byte corruptions of valid commands with a TesseraError or decode them canonically', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.integer({ min: 1, max: 255 }), (cmd, at, flip) => {
        const bytes = encodeCommand(cmd);
        bytes[at % bytes.length] ^= flip;
        try {
          expect(Buffer.from(encodeCommand(decodeCommand(bytes))).equals(Buffer.from(bytes))).toBe(true);
        } catch (e) {
          expect(isTesseraError(e)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('name the problem: version, kind, boolean, UTF-8, integer range, bounds', () => {
    const observe = encodeCommand(samples[0]!);
    const cases: [Uint8Array, string, RegExp][] = [
      [Uint8Array.of(2, 1), 'ORGANISM_COMMAND_VERSION', /version 2 is not supported/],
      [Uint8Array.of(1, 9), 'ORGANISM_COMMAND_MALFORMED', /unknown kind 9/],
      [Uint8Array.of(), 'ORGANISM_COMMAND_MALFORMED', /truncated: version/],
      [Uint8Array.from([...encodeCommand(samples[5]!).subarray(0, -5), 2, 0, 0, 0, 0]), 'ORGANISM_COMMAND_MALFORMED', /record\.verified must be 0 or 1/],
      [Uint8Array.from([1, 2, 0, 0, 0, 2, 0xc3, 0x28, ...new Uint8Array(8)]), 'ORGANISM_COMMAND_MALFORMED', /key is not valid UTF-8/],
      [Uint8Array.from([1, 2, 0, 0, 0, 1, 0x31, 0x00, 0x20, 0, 0, 0, 0, 0, 0]), 'ORGANISM_COMMAND_MALFORMED', /at is 9007199254740992, above 2\^53 - 1/],
      [Uint8Array.from([1, 2, 0, 0, 0, 0, ...new Uint8Array(8)]), 'ORGANISM_COMMAND_MALFORMED', /key is empty/],
      [Uint8Array.from([1, 2, 0, 0, 1, 1]), 'ORGANISM_COMMAND_MALFORMED', /key is 257 bytes, at most 256/],
      [Uint8Array.from([...observe.subarray(0, 34), 0, 0, 0, 0]), 'ORGANISM_COMMAND_MALFORMED', /evidence\.stream is empty/],
      [Uint8Array.from([1, 3, ...new Uint8Array(8), 1, ...new Uint8Array(32), 0, 0, 0, 17]), 'ORGANISM_COMMAND_MALFORMED', /17 endpoints, at most 16/],
    ];
    for (const [bytes, code, message] of cases) {
      let thrown: unknown;
      try {
        decodeCommand(bytes);
      } catch (e) {
        thrown = e;
      }
      expect(isTesseraError(thrown, code), `${Buffer.from(bytes).toString('hex')}: ${String(thrown)}`).toBe(true);
      expect((thrown as Error).message).toMatch(message);
    }
  });

  it('refuse to encode out-of-bounds fields (ORGANISM_COMMAND_INVALID naming the field)', () => {
    const ev = { member: memberA, stream: 'facts', sequence: 1, digest: digestOf(1) };
    const bad: [OrganismCommand, RegExp][] = [
      [{ kind: 'observe', evidence: { ...ev, member: 'xyz' }, key: '1', observedAt: 0 }, /evidence\.member must be 64 hex digits/],
      [{ kind: 'observe', evidence: { ...ev, stream: '' }, key: '1', observedAt: 0 }, /evidence\.stream must be 1 to 128 bytes/],
      [{ kind: 'observe', evidence: { ...ev, sequence: 0 }, key: '1', observedAt: 0 }, /evidence\.sequence must be a positive/],
      [{ kind: 'observe', evidence: { ...ev, digest: new Uint8Array(31) }, key: '1', observedAt: 0 }, /evidence\.digest must be 32 bytes/],
      [{ kind: 'observe', evidence: ev, key: 'x'.repeat(commandLimits.keyBytesMax + 1), observedAt: 0 }, /key must be 1 to 256 bytes/],
      [{ kind: 'observe', evidence: ev, key: '\ud800', observedAt: 0 }, /key is not well-formed/],
      [{ kind: 'apply', key: '1', at: -1 }, /at must be a non-negative safe integer/],
      [{ kind: 'apply', key: '1', at: 2 ** 53 }, /at must be a non-negative safe integer/],
      [{ kind: 'seal', at: -1 }, /at must be a non-negative safe integer/],
      [{ kind: 'retire', retirement: { effectiveAt: 1, replacement: { fingerprint: 'ab', endpoints: [] } } }, /replacement\.fingerprint must be 64 hex digits/],
      [{ kind: 'retire', retirement: { effectiveAt: 1, replacement: { fingerprint: 'ab'.repeat(32), endpoints: Array(17).fill('h:1') } } }, /at most 16/],
      [{ kind: 'retire', retirement: { effectiveAt: 1, replacement: { fingerprint: 'ab'.repeat(32), endpoints: [''] } } }, /endpoints\[0\] must be 1 to 256 bytes/],
      [{ kind: 'attestation', record: { ...(samples[5] as AttestationCommand).record, mrtd: 'ab'.repeat(32) } }, /record\.mrtd must be 96 hex digits/],
    ];
    for (const [cmd, message] of bad) {
      expect(() => encodeCommand(cmd)).toThrow(message);
      try {
        encodeCommand(cmd);
      } catch (e) {
        expect(isTesseraError(e, 'ORGANISM_COMMAND_INVALID')).toBe(true);
      }
    }
  });

  it('observeEvidence extracts the pointer of an Observe only', () => {
    expect(observeEvidence(encodeCommand(samples[0]!))).toEqual((samples[0] as { evidence: unknown }).evidence);
    expect(observeEvidence(encodeCommand(samples[1]!))).toBeUndefined();
    expect(observeEvidence(encodeCommand(samples[0]!).subarray(0, 40))).toBeUndefined();
    expect(observeEvidence(Uint8Array.of())).toBeUndefined();
  });
});
