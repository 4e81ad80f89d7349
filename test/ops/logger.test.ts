import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';

import { TesseraError, isTesseraError } from '../../src/common/errors.js';
import { createLogger, isSecretFieldName, resolveLogLevel } from '../../src/ops/index.js';

const SECRET = 'S3CRET-d00d-feed-cafe';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[]; raw: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream, raw: () => text, lines: () => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const base = { organism: 'tally', member: 'seat-a', instance: 'tally-member' };

describe('createLogger', () => {
  it('writes JSON lines with organism, member, instance, level and time', () => {
    const out = capture();
    const log = createLogger({ ...base, env: {}, destination: out.stream });
    log.info({ term: 3 }, 'became leader');
    const [line] = out.lines();
    expect(line).toMatchObject({ organism: 'tally', member: 'seat-a', instance: 'tally-member', level: 'info', msg: 'became leader', term: 3 });
    expect(typeof line!.time).toBe('string');
    expect(line!.attestation).toBeUndefined();
  });

  it('marks every line of a simulated seat', () => {
    const out = capture();
    createLogger({ ...base, simulatedAttestation: true, env: {}, destination: out.stream }).warn('hello');
    expect(out.lines()[0]!.attestation).toBe('simulated');
  });

  it('takes the level from TESSERA_LOG_LEVEL over the config, and refuses an unknown one', () => {
    const out = capture();
    const log = createLogger({ ...base, level: 'info', env: { TESSERA_LOG_LEVEL: 'warn' }, destination: out.stream });
    log.info('dropped');
    log.warn('kept');
    expect(out.lines().map((l) => l.msg)).toEqual(['kept']);
    expect(resolveLogLevel({}, 'debug')).toBe('debug');
    expect(resolveLogLevel({ TESSERA_LOG_LEVEL: '' }, 'error')).toBe('error');
    let caught: unknown;
    try {
      createLogger({ ...base, env: { TESSERA_LOG_LEVEL: 'verbose' }, destination: out.stream });
    } catch (e) {
      caught = e;
    }
    expect(isTesseraError(caught, 'OPS_BAD_LOG_LEVEL')).toBe(true);
    expect((caught as Error).message).toContain('verbose');
  });

  it('never writes a secret: keys, tickets, quote bodies, nested, in bindings and error details', () => {
    const out = capture();
    const log = createLogger({ ...base, level: 'trace', env: {}, destination: out.stream });
    const child = log.child({ nodeKey: SECRET, peer: { privateKey: SECRET } });
    child.info({ ticket: SECRET, tickets: [SECRET], quote: Buffer.from(SECRET), join: { quoteBody: SECRET, nonce: SECRET, inner: [{ apiToken: SECRET }] } }, 'join');
    child.error({ err: new TesseraError('admission refused', 'ADMISSION_REFUSED', { ticket: SECRET, member: 'seat-d' }) }, 'refused');
    child.debug({ raw: new Uint8Array(Buffer.from(SECRET)), password: SECRET, Authorization: `Bearer ${SECRET}` }, 'bytes');
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    child.info({ cyclic }, 'cycle');
    expect(out.raw()).not.toContain(SECRET);
    expect(out.raw()).not.toContain(Buffer.from(SECRET).toString('base64'));
    const lines = out.lines();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ nodeKey: '[redacted]', ticket: '[redacted]', quote: '[redacted]', join: { quoteBody: '[redacted]', nonce: '[redacted]' } });
    expect(lines[1]).toMatchObject({ err: { code: 'ADMISSION_REFUSED', message: 'admission refused', details: { ticket: '[redacted]', member: 'seat-d' } } });
    expect(lines[2]).toMatchObject({ raw: `[${SECRET.length} bytes]` });
    expect(lines[3]).toMatchObject({ cyclic: { name: 'x', self: '[circular]' } });
  });

  it('keeps public keys, digests, paths and expiry times readable', () => {
    for (const name of ['publicKey', 'public_key', 'quoteDigest', 'ticketPath', 'nodeKeyFile', 'ticketSecondsToExpiry', 'ticket_expires_at']) {
      expect(isSecretFieldName(name), name).toBe(false);
    }
    for (const name of ['key', 'nodeKey', 'secret', 'ticket', 'quote', 'quoteBytes', 'signingKey', 'seed', 'clientToken']) {
      expect(isSecretFieldName(name), name).toBe(true);
    }
  });

  it('refuses missing base fields', () => {
    expect(() => createLogger({ ...base, member: '', env: {} })).toThrow(/member/);
  });
});

describe('createLogger children', () => {
  it('redacts the bindings of grandchildren and keeps their parents\' bindings', () => {
    const out = capture();
    const log = createLogger({ ...base, env: {}, destination: out.stream });
    log.child({ peer: 'seat-b' }).child({ sessionKey: SECRET, stream: 7 }).info('x');
    expect(out.raw()).not.toContain(SECRET);
    expect(out.lines()[0]).toMatchObject({ peer: 'seat-b', stream: 7, sessionKey: '[redacted]' });
  });
});
