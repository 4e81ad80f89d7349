import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { TesseraError } from '../../src/common/errors.js';
import type { SpannedMember } from '../../src/config/seat-config.js';
import { UpstreamDriver, type DriverEvent, type ObserveCandidate } from '../../src/driver/index.js';
import type { AdmissionVerdict, JoinRequest, SeatAdmission } from '../../src/node/ports.js';
import { SeatMetrics } from '../../src/ops/metrics.js';
import { DemoUpstream, demoUpstreamIdentity, startSurfaceServer, SurfaceClient, surfaceMetadataKeys } from '../../src/surface/index.js';
import {
  checkJoinTickets,
  generateIssuerKey,
  issueTicket,
  joinTicketsOf,
  MemberTicketFiles,
  publishTicketExpiry,
  surfaceTicketAuthorizer,
  withJoinTickets,
  type IssuerKey,
  type TicketRequest,
} from '../../src/ticket/index.js';
import { spanned, until } from '../driver/helpers.js';
import { testSource } from '../surface/helpers.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});
const dir = mkdtempSync(join(tmpdir(), 'tessera-ticket-wiring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const nowS = () => Math.floor(Date.now() / 1000);

function ticketFor(key: IssuerKey, audience: string, o: Partial<TicketRequest> = {}): Buffer {
  return issueTicket(key, { scope: 'integrator', subject: { kind: 'organism', id: 'ee'.repeat(32) }, audience, notBefore: nowS() - 60, expiresAt: nowS() + 3600, ...o });
}

/** The parts of a SeatConfig the ticket checks read. */
function aclConfig(stableIdHex: string, issuers: { name: string; publicKey: string; scope: ('seat' | 'integrator')[] }[], integrators: string[] = []) {
  return { acl: { public: false, integrators }, ticketIssuers: issuers, organism: { name: 'tally' }, identity: { stableIdHex } };
}

async function rejection(p: Promise<unknown>): Promise<TesseraError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TesseraError);
    return e as TesseraError;
  }
  throw new Error('expected a rejection');
}

describe('surface with acl.public = false (real gRPC)', () => {
  const issuer = generateIssuerKey();
  const seatOnly = generateIssuerKey();

  async function serve() {
    const { source, identity } = testSource();
    source.append({ key: '7', status: 'complete', digest: Buffer.alloc(32, 7), evidence: [], missing: [], appliedAt: 1, index: 1 });
    const refusals: string[] = [];
    const config = aclConfig(identity.stableId, [
      { name: 'partners', publicKey: issuer.keyId, scope: ['integrator'] },
      { name: 'seats', publicKey: seatOnly.keyId, scope: ['seat'] },
    ]);
    const authorize = surfaceTicketAuthorizer(config, { onRefused: (r) => refusals.push(`${r.method}:${r.reason}`) });
    expect(authorize).toBeDefined();
    const running = await startSurfaceServer(source, { authorize: authorize! });
    cleanup.push(() => running.close());
    const client = (ticket: Uint8Array | undefined) => {
      const c = new SurfaceClient(running.endpoint, identity.fingerprint, {
        metadata: () => {
          if (ticket === undefined) return undefined;
          const md = new grpc.Metadata();
          md.set(surfaceMetadataKeys.ticket, Buffer.from(ticket));
          return md;
        },
      });
      cleanup.push(() => c.close());
      return c;
    };
    return { identity, client, refusals };
  }

  it('a valid integrator ticket reads; a forged one is refused UNAUTHENTICATED naming TICKET_SIGNATURE_INVALID', async () => {
    const { identity, client, refusals } = await serve();
    const good = ticketFor(issuer, identity.stableId);
    expect((await client(good).get('7')).fact?.key).toBe('7');
    expect((await client(good).status()).stableId).toBeDefined();

    const forged = Buffer.from(good);
    forged[120]! ^= 0x01; // the serial: any altered byte breaks the signature
    const e = await rejection(client(forged).get('7'));
    expect(e.code).toBe('SURFACE_UNAUTHENTICATED');
    expect(e.details?.grpcStatus).toBe(grpc.status.UNAUTHENTICATED);
    expect(e.details?.ticketReason).toBe('TICKET_SIGNATURE_INVALID');
    expect(e.message).toMatch(/ticket refused \[TICKET_SIGNATURE_INVALID\]: .*forged or altered/);
    expect(refusals).toEqual(['Get:TICKET_SIGNATURE_INVALID']);
  });

  it('no ticket, garbage, expired: UNAUTHENTICATED; another audience, a seat-only issuer, an unknown issuer: PERMISSION_DENIED', async () => {
    const { identity, client } = await serve();
    const cases: [Uint8Array | undefined, string, grpc.status][] = [
      [undefined, 'TICKET_MISSING', grpc.status.UNAUTHENTICATED],
      [Buffer.from('garbage'), 'TICKET_MALFORMED', grpc.status.UNAUTHENTICATED],
      [ticketFor(issuer, identity.stableId).subarray(0, 150), 'TICKET_TRUNCATED', grpc.status.UNAUTHENTICATED],
      [ticketFor(issuer, identity.stableId, { notBefore: nowS() - 7200, expiresAt: nowS() - 3600 }), 'TICKET_EXPIRED', grpc.status.UNAUTHENTICATED],
      [ticketFor(issuer, identity.stableId, { notBefore: nowS() + 3600, expiresAt: nowS() + 7200 }), 'TICKET_NOT_YET_VALID', grpc.status.UNAUTHENTICATED],
      [ticketFor(issuer, 'ab'.repeat(32)), 'TICKET_AUDIENCE_MISMATCH', grpc.status.PERMISSION_DENIED],
      [ticketFor(seatOnly, identity.stableId), 'TICKET_ISSUER_NOT_AUTHORIZED', grpc.status.PERMISSION_DENIED],
      [ticketFor(generateIssuerKey(), identity.stableId), 'TICKET_ISSUER_UNKNOWN', grpc.status.PERMISSION_DENIED],
      [ticketFor(issuer, identity.stableId, { scope: 'seat' }), 'TICKET_SCOPE_MISMATCH', grpc.status.PERMISSION_DENIED],
    ];
    for (const [ticket, reason, status] of cases) {
      const e = await rejection(client(ticket).get('7'));
      expect({ reason: e.details?.ticketReason, status: e.details?.grpcStatus }, reason).toEqual({ reason, status });
    }
    const missing = await rejection(client(undefined).status());
    expect(missing.message).toContain('organism tally is not public (acl.public = false): present an integrator ticket in metadata tessera-ticket-bin');
  });

  it('Subscribe is refused too, and a self-signed ticket of an acl.integrators key is admitted', async () => {
    const { source, identity } = testSource();
    const integrator = generateIssuerKey();
    const authorize = surfaceTicketAuthorizer(aclConfig(identity.stableId, [], [integrator.keyId]))!;
    const running = await startSurfaceServer(source, { authorize });
    cleanup.push(() => running.close());
    const withTicket = (t: Uint8Array) => {
      const c = new SurfaceClient(running.endpoint, identity.fingerprint, { metadata: () => new grpc.Metadata() });
      const md = new grpc.Metadata();
      md.set(surfaceMetadataKeys.ticket, Buffer.from(t));
      const c2 = new SurfaceClient(running.endpoint, identity.fingerprint, { metadata: () => md });
      cleanup.push(() => c.close(), () => c2.close());
      return { none: c, ticketed: c2 };
    };
    const self = issueTicket(integrator, { scope: 'integrator', subject: { kind: 'integrator', id: integrator.keyId }, audience: identity.stableId, notBefore: nowS() - 1, expiresAt: nowS() + 600 });
    const { none, ticketed } = withTicket(self);
    expect((await ticketed.status()).lastSequence).toBe(0);
    const sub = none.subscribe(1);
    const e = await rejection((async () => {
      for await (const ev of sub) return ev;
    })());
    expect(e.details?.ticketReason).toBe('TICKET_MISSING');
    expect(e.details?.grpcStatus).toBe(grpc.status.UNAUTHENTICATED);
  });

  it('a Subscribe stream ends UNAUTHENTICATED (TICKET_EXPIRED, with the resume sequence) when its ticket expires', async () => {
    const { source, identity } = testSource();
    source.append({ key: '1', status: 'complete', digest: Buffer.alloc(32, 1), evidence: [], missing: [], appliedAt: 1, index: 1 });
    const authorize = surfaceTicketAuthorizer(aclConfig(identity.stableId, [{ name: 'partners', publicKey: issuer.keyId, scope: ['integrator'] }]))!;
    const running = await startSurfaceServer(source, { authorize });
    cleanup.push(() => running.close());
    // Expires at the next whole second, at most 2 s away.
    const md = new grpc.Metadata();
    md.set(surfaceMetadataKeys.ticket, ticketFor(issuer, identity.stableId, { expiresAt: Math.floor(Date.now() / 1000) + 2 }));
    const client = new SurfaceClient(running.endpoint, identity.fingerprint, { metadata: () => md });
    cleanup.push(() => client.close());
    const seen: number[] = [];
    const started = Date.now();
    const e = await rejection((async () => {
      for await (const ev of client.subscribe(1)) if (ev.kind === 'fact') seen.push(ev.fact.sequence);
    })());
    expect(seen).toEqual([1]);
    expect(e.code).toBe('SURFACE_UNAUTHENTICATED');
    expect(e.details).toMatchObject({ ticketReason: 'TICKET_EXPIRED', resumeSequence: 2, grpcStatus: grpc.status.UNAUTHENTICATED });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a ticket verified once is re-checked only against the clock, and refused by its reason once outside its window', () => {
    const clock = { ms: 1_800_000_000_000 };
    const audienceId = '77'.repeat(32);
    const authorize = surfaceTicketAuthorizer(aclConfig(audienceId, [{ name: 'partners', publicKey: issuer.keyId, scope: ['integrator'] }]), { now: () => clock.ms })!;
    const t = ticketFor(issuer, audienceId, { notBefore: 1_800_000_000, expiresAt: 1_800_000_100 });
    const md = new grpc.Metadata();
    md.set(surfaceMetadataKeys.ticket, t);
    expect(() => authorize('Get', md)).not.toThrow();
    expect(() => authorize('Scan', md)).not.toThrow();
    clock.ms += 100_000;
    expect(() => authorize('Get', md)).toThrow(expect.objectContaining({ code: 'SURFACE_UNAUTHENTICATED', details: { ticketReason: 'TICKET_EXPIRED' } }));
    clock.ms -= 200_000;
    expect(() => authorize('Get', md)).toThrow(expect.objectContaining({ details: { ticketReason: 'TICKET_NOT_YET_VALID' } }));
    const forged = Buffer.from(t);
    forged[130]! ^= 1;
    md.set(surfaceMetadataKeys.ticket, forged);
    clock.ms += 150_000;
    expect(() => authorize('Get', md)).toThrow(expect.objectContaining({ details: { ticketReason: 'TICKET_SIGNATURE_INVALID' } }));
  });

  it('acl.public = true needs no ticket (no authorizer)', () => {
    expect(surfaceTicketAuthorizer({ ...aclConfig('aa'.repeat(32), []), acl: { public: true, integrators: [] } })).toBeUndefined();
  });
});

describe('driver: the [[member]] ticket file', () => {
  it('is presented to a ticket-protected upstream, its expiry reported per member and exported as <org>_ticket_seconds_to_expiry', async () => {
    const upstreamIssuer = generateIssuerKey();
    const identity = demoUpstreamIdentity('alpha', 'v1');
    // The upstream's own ACL: integrator tickets from its operator's issuer.
    const up = await DemoUpstream.start({ name: 'alpha', authorize: surfaceTicketAuthorizer(aclConfig(identity.stableId, [{ name: 'alpha-ops', publicKey: upstreamIssuer.keyId, scope: ['integrator'] }]))! });
    cleanup.push(() => up.close());
    up.publishSlot(1);

    const file = join(dir, 'alpha.ticket');
    writeFileSync(file, ticketFor(upstreamIssuer, identity.stableId, { notBefore: nowS() - 7200, expiresAt: nowS() - 3600 }), { mode: 0o600 });
    const member: SpannedMember = { ...spanned('alpha', identity, [up.endpoint]), ticket: file };
    const candidates: ObserveCandidate[] = [];
    const events: DriverEvent[] = [];
    const committed = new Map<string, number>();
    const driver = new UpstreamDriver({
      members: [member],
      cursorOf: (m) => committed.get(m) ?? 0,
      sink: (c) => {
        candidates.push(c);
        committed.set(c.member, c.sequence);
      },
      // No ticketOf: the driver reads the [[member]] ticket file itself.
      onEvent: (e) => events.push(e),
      backoff: { baseMs: 20, capMs: 50, darkAfterAttempts: 100 },
      connectTimeoutMs: 2000,
    });
    cleanup.push(() => driver.stop());
    driver.start();

    // Expired: the upstream refuses and says why; the report shows a negative horizon.
    await until(() => events.some((e) => e.type === 'attempt-failed'), 'a refused attempt');
    const failed = events.find((e) => e.type === 'attempt-failed') as { error: TesseraError };
    expect(failed.error.code).toBe('SURFACE_UNAUTHENTICATED');
    expect(failed.error.details?.ticketReason).toBe('TICKET_EXPIRED');
    expect(driver.report()[0]!.ticketSecondsToExpiry).toBeLessThanOrEqual(-3600);

    // A renewed file is picked up without a restart.
    writeFileSync(file + '.new', ticketFor(upstreamIssuer, identity.stableId, { expiresAt: nowS() + 86_400 * 2 }), { mode: 0o600 });
    renameSync(file + '.new', file);
    await until(() => candidates.length === 1, 'the record observed with the renewed ticket');
    const left = driver.report()[0]!.ticketSecondsToExpiry!;
    expect(left).toBeGreaterThan(86_400 * 2 - 30);
    expect(left).toBeLessThanOrEqual(86_400 * 2);

    const metrics = new SeatMetrics({ organism: 'tally', member: 'builder-1', admissionRefusalReasons: ['REFUSED'] });
    publishTicketExpiry(driver.report(), metrics);
    // The series the TesseraTicketExpiring alert selects: .+_ticket_seconds_to_expiry{organism!="", source}.
    expect(await metrics.scrape()).toMatch(new RegExp(`^tally_ticket_seconds_to_expiry\\{source="alpha",organism="tally"\\} ${left}$`, 'm'));
    expect(events.filter((e) => e.type === 'ticket-unreadable')).toEqual([]);

    // A garbage file: the driver says so (event), presents nothing, and the upstream refuses with TICKET_MISSING.
    writeFileSync(file, 'garbage');
    expect(driver.report()[0]!.ticketSecondsToExpiry).toBeUndefined();
    const unreadable = events.filter((e) => e.type === 'ticket-unreadable') as { member: string; error: TesseraError }[];
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ member: 'alpha', error: { code: 'TICKET_MALFORMED' } });
    expect(unreadable[0]!.error.message).toContain('ticket for member alpha');
  });

  it('a missing or garbage ticket file presents nothing and is reported once per change', () => {
    const problems: string[] = [];
    const tickets = new MemberTicketFiles((m, e) => problems.push(`${m}:${e.code}:${e.message}`));
    const file = join(dir, 'beta.ticket');
    const member: SpannedMember = { name: 'beta', stableId: 'aa'.repeat(32), contentHash: undefined, fingerprint: undefined, endpoints: ['127.0.0.1:1'], ticket: file };
    expect(tickets.ticketOf(member)).toBeUndefined();
    expect(tickets.ticketOf(member)).toBeUndefined();
    writeFileSync(file, 'garbage');
    expect(tickets.ticketOf(member)).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^beta:TICKET_FILE_UNREADABLE:ticket for member beta .*beta.ticket.*ENOENT/);
    expect(problems[1]).toMatch(/^beta:TICKET_MALFORMED:/);
    expect(tickets.ticketOf({ ...member, ticket: undefined })).toBeUndefined();
  });
});

describe('join tickets', () => {
  const issuer = generateIssuerKey();
  const stableIdHex = '5a'.repeat(32);
  const keyId = '3c'.repeat(32);
  const config = { ticketIssuers: [{ name: 'seats', publicKey: issuer.keyId, scope: ['seat' as const] }], identity: { stableIdHex } };
  const now = 1_800_000_000;
  const seatTicket = (o: Partial<TicketRequest> = {}) =>
    issueTicket(issuer, { scope: 'seat', subject: { kind: 'node', id: keyId }, audience: stableIdHex, notBefore: now - 10, expiresAt: now + 600, ...o });
  const request = (tickets: Uint8Array[]): JoinRequest => ({ member: { id: 7 as never, address: '127.0.0.1:1', keyId }, nonce: new Uint8Array(32), quote: new Uint8Array(8), tickets });

  function refusedWith(v: AdmissionVerdict | undefined): string {
    if (v === undefined || v.admitted) throw new Error('expected a refusal');
    expect(v.reason).toBe('TICKET_INVALID');
    return v.message;
  }

  it('admit a seat ticket naming the joining node key; refuse none, another node, a forged one, an expired one, each by reason', () => {
    expect(checkJoinTickets(config, request([seatTicket()]), now)).toBeUndefined();
    expect(refusedWith(checkJoinTickets(config, request([]), now))).toMatch(/\[TICKET_MISSING\] member 3c3c3c3c3c3c3c3c\.\.\. presented no ticket; .* from seats/);
    expect(refusedWith(checkJoinTickets(config, request([seatTicket({ subject: { kind: 'node', id: 'ff'.repeat(32) } })]), now))).toContain('[TICKET_SUBJECT_MISMATCH]');
    const forged = seatTicket();
    forged[80]! ^= 1;
    expect(refusedWith(checkJoinTickets(config, request([forged]), now))).toContain('ticket 0: [TICKET_SIGNATURE_INVALID]');
    expect(refusedWith(checkJoinTickets(config, request([seatTicket()]), now + 600))).toContain('[TICKET_EXPIRED]');
    // One good ticket among bad ones admits.
    expect(checkJoinTickets(config, request([Buffer.from('junk'), seatTicket()]), now)).toBeUndefined();
    // Without a seat-scoped issuer no ticket is required.
    expect(checkJoinTickets({ ...config, ticketIssuers: [{ ...config.ticketIssuers[0]!, scope: ['integrator'] }] }, request([]), now)).toBeUndefined();
  });

  it('withJoinTickets refuses before the quote is looked at, and hands good joins to the inner admission', async () => {
    const seen: string[] = [];
    const inner: SeatAdmission = {
      issueNonce: () => new Uint8Array([1]),
      verifyJoin: async () => {
        seen.push('quote');
        return { admitted: false, reason: 'QUOTE_INVALID', message: 'inner' };
      },
    };
    const wrapped = withJoinTickets(inner, config, () => now * 1000);
    expect(wrapped.issueNonce({ id: 7 as never, address: 'x:1', keyId })).toEqual(new Uint8Array([1]));
    expect(await wrapped.verifyJoin(request([]))).toMatchObject({ admitted: false, reason: 'TICKET_INVALID' });
    expect(seen).toEqual([]);
    expect(await wrapped.verifyJoin(request([seatTicket()]))).toMatchObject({ admitted: false, reason: 'QUOTE_INVALID' });
    expect(seen).toEqual(['quote']);
  });

  it('joinTicketsOf reads committee.ticket (bytes or hex), or sends none', () => {
    expect(joinTicketsOf({ committee: { bootstrap: false, join: [], ticket: undefined } })).toEqual([]);
    const file = join(dir, 'join.ticket');
    const ticket = seatTicket();
    writeFileSync(file, ticket.toString('hex') + '\n');
    expect(Buffer.from(joinTicketsOf({ committee: { bootstrap: false, join: ['x:1'], ticket: file } })[0]!).equals(ticket)).toBe(true);
    writeFileSync(file, ticket);
    expect(Buffer.from(joinTicketsOf({ committee: { bootstrap: false, join: ['x:1'], ticket: file } })[0]!).equals(ticket)).toBe(true);
    expect(() => joinTicketsOf({ committee: { bootstrap: false, join: ['x:1'], ticket: join(dir, 'none') } })).toThrow(/cannot read ticket file .*none: ENOENT/);
  });
});
