import { mkdtempSync, rmSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import {
  decodeTicket,
  generateIssuerKey,
  issueTicket,
  readIssuerKeyFile,
  ticketLayout,
  ticketRefusalReasons,
  TicketError,
  verifyTicket,
  writeIssuerKeyFile,
  type TicketExpectation,
} from '../../src/ticket/index.js';
import { audience, fixture, hex32, nodeKeyId, now } from './helpers.js';

const runs = Number(process.env.TICKET_PROPERTY_RUNS ?? 300);

function expectation(f: ReturnType<typeof fixture>, o: Partial<TicketExpectation> = {}): TicketExpectation {
  return { issuers: f.issuers, scope: 'seat', audience, nowUnixS: now, subject: { kind: 'node', id: nodeKeyId }, ...o };
}

function refusal(bytes: Uint8Array, expect: TicketExpectation): TicketError {
  const v = verifyTicket(bytes, expect);
  if (v.ok) throw new Error('expected a refusal, the ticket verified');
  return v.error;
}

describe('ticket format', () => {
  it('round-trips every field, is 199 bytes and starts with TSTK v1', () => {
    const f = fixture();
    const bytes = f.issue({ serial: '0123456789abcdef0123456789abcdef' });
    expect(bytes.length).toBe(ticketLayout.totalBytes);
    expect(bytes.subarray(0, 5).toString('hex')).toBe('5453544b01');
    const t = decodeTicket(bytes);
    expect(t).toMatchObject({
      version: 1,
      scope: 'seat',
      issuer: f.key.keyId,
      subject: { kind: 'node', id: nodeKeyId },
      audience,
      notBefore: now - 60,
      expiresAt: now + 3600,
      serial: '0123456789abcdef0123456789abcdef',
    });
  });

  it('refuses to issue a ticket with an empty window or a bad field, naming it', () => {
    const f = fixture();
    expect(() => f.issue({ expiresAt: now - 60 })).toThrow(/expires_at .* must be after not_before/);
    expect(() => f.issue({ audience: 'xyz' })).toThrow(/audience must be 64 lowercase hex/);
    expect(() => f.issue({ notBefore: -1 })).toThrow(/not_before must be a non-negative integer/);
  });

  it('verifies a good ticket and names its issuer', () => {
    const f = fixture();
    const v = verifyTicket(f.issue(), expectation(f));
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.issuerName).toBe('ops');
  });
});

describe('every refusal has its own reason and names the item', () => {
  const f = fixture();
  const good = f.issue();

  it('TICKET_TRUNCATED names the field it ends in', () => {
    const e = refusal(good.subarray(0, 100), expectation(f));
    expect(e.code).toBe('TICKET_TRUNCATED');
    expect(e.message).toMatch(/100 bytes and ends in its audience at offset 100/);
    expect(refusal(good.subarray(0, 2), expectation(f)).code).toBe('TICKET_TRUNCATED');
    expect(refusal(new Uint8Array(), expectation(f)).code).toBe('TICKET_TRUNCATED');
  });

  it('TICKET_MALFORMED: not a ticket, trailing bytes, unknown scope or subject kind, empty window', () => {
    expect(refusal(Buffer.from('hello world'), expectation(f)).message).toMatch(/not a ticket: it starts with 68656c6c/);
    expect(refusal(Buffer.concat([good, Buffer.from([0])]), expectation(f)).message).toMatch(/1 trailing bytes/);
    const badScope = Buffer.from(good);
    badScope[ticketLayout.scope] = 9;
    expect(refusal(badScope, expectation(f))).toMatchObject({ code: 'TICKET_MALFORMED', message: expect.stringMatching(/scope byte 9 at offset 5/) });
    const badKind = Buffer.from(good);
    badKind[ticketLayout.subjectKind] = 0;
    expect(refusal(badKind, expectation(f)).message).toMatch(/subject kind byte 0 at offset 6/);
    const window = Buffer.from(good);
    window.writeBigUInt64BE(0n, ticketLayout.expiresAt);
    expect(refusal(window, expectation(f)).message).toMatch(/empty validity window/);
    const huge = Buffer.from(good);
    huge.writeBigUInt64BE(2n ** 63n, ticketLayout.expiresAt);
    expect(refusal(huge, expectation(f)).message).toMatch(/expires_at .* beyond any date/);
  });

  it('TICKET_VERSION_UNSUPPORTED names the version', () => {
    const v2 = Buffer.from(good);
    v2[ticketLayout.version] = 2;
    expect(refusal(v2, expectation(f))).toMatchObject({ code: 'TICKET_VERSION_UNSUPPORTED', message: expect.stringMatching(/ticket version 2 is not supported/) });
  });

  it('TICKET_ISSUER_UNKNOWN names the key and the listed issuers', () => {
    const other = fixture();
    const e = refusal(other.issue(), expectation(f));
    expect(e.code).toBe('TICKET_ISSUER_UNKNOWN');
    expect(e.message).toContain(other.key.keyId);
    expect(e.message).toContain('listed: ops');
  });

  it('TICKET_SIGNATURE_INVALID: any altered claim or signature byte, and a signature by another key', () => {
    for (const offset of [ticketLayout.audience, ticketLayout.expiresAt + 7, ticketLayout.serial, ticketLayout.signature, ticketLayout.totalBytes - 1]) {
      const forged = Buffer.from(good);
      forged[offset]! ^= 1;
      expect(refusal(forged, expectation(f)).code, `offset ${offset}`).toBe('TICKET_SIGNATURE_INVALID');
    }
    // A ticket naming our issuer but signed by an attacker's key.
    const attacker = generateIssuerKey();
    const signedByAttacker = issueTicket(attacker, { scope: 'seat', subject: { kind: 'node', id: nodeKeyId }, audience, notBefore: now - 1, expiresAt: now + 10 });
    const forged = Buffer.from(signedByAttacker);
    Buffer.from(f.key.keyId, 'hex').copy(forged, ticketLayout.issuer);
    expect(refusal(forged, expectation(f))).toMatchObject({ code: 'TICKET_SIGNATURE_INVALID', message: expect.stringMatching(/does not verify under issuer ops .*forged or altered/) });
  });

  it('TICKET_SCOPE_MISMATCH and TICKET_ISSUER_NOT_AUTHORIZED', () => {
    expect(refusal(good, expectation(f, { scope: 'integrator' })).code).toBe('TICKET_SCOPE_MISMATCH');
    const seatOnly = fixture(['integrator']);
    expect(refusal(seatOnly.issue(), expectation(seatOnly))).toMatchObject({
      code: 'TICKET_ISSUER_NOT_AUTHORIZED',
      message: expect.stringMatching(/may issue integrator tickets, not seat/),
    });
  });

  it('TICKET_AUDIENCE_MISMATCH and TICKET_SUBJECT_MISMATCH name both sides', () => {
    const elsewhere = hex32();
    const e = refusal(good, expectation(f, { audience: elsewhere }));
    expect(e.code).toBe('TICKET_AUDIENCE_MISMATCH');
    expect(e.message).toContain(`is for organism ${audience}, presented to ${elsewhere}`);
    const s = refusal(good, expectation(f, { subject: { kind: 'node', id: 'cc'.repeat(32) } }));
    expect(s.code).toBe('TICKET_SUBJECT_MISMATCH');
    expect(s.message).toContain(`issued to node ${nodeKeyId}`);
  });

  it('TICKET_NOT_YET_VALID and TICKET_EXPIRED at the window edges (time is a parameter)', () => {
    expect(verifyTicket(good, expectation(f, { nowUnixS: now - 60 })).ok).toBe(true);
    expect(refusal(good, expectation(f, { nowUnixS: now - 61 }))).toMatchObject({ code: 'TICKET_NOT_YET_VALID', message: expect.stringMatching(/not valid before .* \(1 s from now\)/) });
    expect(verifyTicket(good, expectation(f, { nowUnixS: now + 3599 })).ok).toBe(true);
    expect(refusal(good, expectation(f, { nowUnixS: now + 3600 }))).toMatchObject({ code: 'TICKET_EXPIRED', message: expect.stringMatching(/expired at 2027-01-15T09:00:00Z \(0 s ago\)/) });
    expect(verifyTicket(good, expectation(f, { nowUnixS: now + 3600, clockSkewS: 5 })).ok).toBe(true);
  });

  it('self-signed integrator tickets: accepted from acl.integrators keys only when naming themselves', () => {
    const integrator = generateIssuerKey();
    const self = issueTicket(integrator, { scope: 'integrator', subject: { kind: 'integrator', id: integrator.keyId }, audience, notBefore: now - 1, expiresAt: now + 60 });
    const e = { issuers: f.issuers, scope: 'integrator' as const, audience, nowUnixS: now, selfIssuers: [integrator.keyId] };
    expect(verifyTicket(self, e).ok).toBe(true);
    expect(refusal(self, { ...e, selfIssuers: [] }).code).toBe('TICKET_ISSUER_UNKNOWN');
    const forOther = issueTicket(integrator, { scope: 'integrator', subject: { kind: 'integrator', id: hex32() }, audience, notBefore: now - 1, expiresAt: now + 60 });
    expect(refusal(forOther, e).code).toBe('TICKET_ISSUER_NOT_AUTHORIZED');
  });

  it('the reason list is exactly the codes used (docs and metrics rely on it)', () => {
    expect([...ticketRefusalReasons].sort()).toEqual(
      [
        'TICKET_MISSING',
        'TICKET_TRUNCATED',
        'TICKET_MALFORMED',
        'TICKET_VERSION_UNSUPPORTED',
        'TICKET_ISSUER_UNKNOWN',
        'TICKET_SIGNATURE_INVALID',
        'TICKET_SCOPE_MISMATCH',
        'TICKET_ISSUER_NOT_AUTHORIZED',
        'TICKET_AUDIENCE_MISMATCH',
        'TICKET_SUBJECT_MISMATCH',
        'TICKET_NOT_YET_VALID',
        'TICKET_EXPIRED',
      ].sort(),
    );
  });
});

describe('decoder properties', () => {
  const f = fixture();
  const good = f.issue();
  const cleanCodes = new Set(['TICKET_TRUNCATED', 'TICKET_MALFORMED', 'TICKET_VERSION_UNSUPPORTED', 'TICKET_ISSUER_UNKNOWN', 'TICKET_SIGNATURE_INVALID']);

  it('random bytes give a clean refusal, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const v = verifyTicket(bytes, expectation(f));
        expect(v.ok).toBe(false);
        if (!v.ok) expect(cleanCodes.has(v.error.code), v.error.code).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('random bytes behind a valid header and mutated tickets never verify and never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 194, maxLength: 194 }), (rest) => {
        const v = verifyTicket(Buffer.concat([good.subarray(0, 5), rest]), expectation(f));
        expect(v.ok).toBe(false);
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(ticketLayout.totalBytes - 1), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 }),
        fc.nat(ticketLayout.totalBytes + 20),
        (flips, cut) => {
          const m = Buffer.concat([good, Buffer.alloc(20)]).subarray(0, cut);
          const mutated = Buffer.from(m);
          for (const { at, xor } of flips) if (at < mutated.length) mutated[at]! ^= xor;
          const v = verifyTicket(mutated, expectation(f));
          // Only the untouched, uncut ticket verifies.
          expect(v.ok).toBe(mutated.equals(good));
        },
      ),
      { numRuns: runs },
    );
  });
});

describe('issuer key files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-ticket-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are written 0600, read back to the same key id, and never overwritten', () => {
    const key = generateIssuerKey();
    const path = join(dir, 'issuer.pem');
    writeIssuerKeyFile(path, key);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readIssuerKeyFile(path).keyId).toBe(key.keyId);
    expect(() => writeIssuerKeyFile(path, generateIssuerKey())).toThrow(/exists; refusing to overwrite/);
  });

  it('refuse a readable-by-others file, a missing one and a non-Ed25519 key, naming the file', () => {
    const path = join(dir, 'loose.pem');
    writeIssuerKeyFile(path, generateIssuerKey());
    chmodSync(path, 0o644);
    expect(() => readIssuerKeyFile(path)).toThrow(/mode 0644: .*chmod 600/);
    expect(() => readIssuerKeyFile(join(dir, 'nope.pem'))).toThrow(/cannot read issuer key .*nope.pem: ENOENT/);
    const junk = join(dir, 'junk.pem');
    writeFileSync(junk, 'not a key', { mode: 0o600 });
    expect(() => readIssuerKeyFile(junk)).toThrow(/junk.pem is not a PEM private key/);
  });
});
