import { createServer } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { TesseraError } from '../../src/common/errors.js';
import { EvidenceResolver, type DriverEvent, type ObserveCandidate, type UpstreamDriverOptions } from '../../src/driver/index.js';
import { DemoUpstream, demoUpstreamIdentity, recordDigest, surfaceMetadataKeys } from '../../src/surface/index.js';
import { spanned, startDriver, until } from './helpers.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function upstream(name: string, opts: Partial<Parameters<typeof DemoUpstream.start>[0]> = {}): Promise<DemoUpstream> {
  const up = await DemoUpstream.start({ name, ...opts });
  cleanup.push(() => up.close());
  return up;
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
async function deadEndpoint(): Promise<string> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return `127.0.0.1:${port}`;
}

/** A driver with a committed-cursor model: the sink commits in order, cursorOf reads it back. */
/** A driver with a committed-cursor model, stopped after the test. */
const drive = (options: Partial<UpstreamDriverOptions> & Pick<UpstreamDriverOptions, 'members'>) => startDriver(options, cleanup);

const ofMember = (cs: ObserveCandidate[], member: string) => cs.filter((c) => c.member === member);

describe('driver against real surfaces', () => {
  it('turns every upstream record into an Observe candidate with its evidence pointer, catch-up then live, per member', async () => {
    const a = await upstream('alpha');
    const b = await upstream('beta');
    for (let s = 100; s < 105; s++) {
      a.publishSlot(s);
      b.publishSlot(s);
    }
    const { candidates } = drive({ members: [spanned('alpha', a.identity, [a.endpoint]), spanned('beta', b.identity, [b.endpoint])] });
    await until(() => candidates.length === 10, '10 candidates');
    a.publishSlot(105);
    b.publishSlot(105);
    await until(() => candidates.length === 12, '12 candidates');
    for (const up of [a, b]) {
      const mine = ofMember(candidates, up.identity.stableId);
      expect(mine.map((c) => c.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(mine.map((c) => c.key)).toEqual(['100', '101', '102', '103', '104', '105']);
      for (const c of mine) {
        expect(c.stream).toBe('facts');
        expect(Buffer.from(c.digest).equals(recordDigest(up.source.factsFrom(c.sequence, 1)[0]!))).toBe(true);
      }
    }
  });

  it('subscribes from the committed cursor (cursor + 1), not from the start', async () => {
    const a = await upstream('alpha');
    for (let s = 0; s < 10; s++) a.publishSlot(s);
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [a.endpoint])], cursorOf: () => 6 });
    await until(() => candidates.length === 4, '4 candidates');
    expect(candidates.map((c) => c.sequence)).toEqual([7, 8, 9, 10]);
    expect(events.find((e) => e.type === 'subscribed')).toMatchObject({ fromSequence: 7 });
  });

  it('rotates past a dead endpoint to a live one', async () => {
    const a = await upstream('alpha');
    a.publishSlot(1);
    const dead = await deadEndpoint();
    const { candidates, events, driver } = drive({ members: [spanned('alpha', a.identity, [dead, a.endpoint])] });
    await until(() => candidates.length === 1, 'a candidate');
    const failed = events.find((e) => e.type === 'attempt-failed');
    expect(failed).toMatchObject({ endpoint: dead, failures: 1 });
    expect(events.find((e) => e.type === 'subscribed')).toMatchObject({ endpoint: a.endpoint });
    expect(driver.report()[0]).toMatchObject({ state: 'subscribed', upstreamPeers: 1, consecutiveFailures: 0, endpoint: a.endpoint });
  });

  it('survives the upstream going dark and resumes from the committed cursor with nothing lost or repeated', async () => {
    const a = await upstream('alpha');
    for (let s = 0; s < 5; s++) a.publishSlot(s);
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [a.endpoint])] });
    await until(() => candidates.length === 5, '5 candidates');
    await a.goDark();
    for (let s = 5; s < 9; s++) a.publishSlot(s);
    await until(() => events.some((e) => e.type === 'attempt-failed'), 'a failed attempt');
    await a.resume();
    await until(() => candidates.length === 9, '9 candidates');
    expect(candidates.map((c) => c.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reports the member dark after the limit and recovered when it answers again', async () => {
    const a = await upstream('alpha');
    await a.goDark();
    const { events, driver } = drive({
      members: [spanned('alpha', a.identity, [a.endpoint])],
      backoff: { baseMs: 1, capMs: 5, darkAfterAttempts: 3 },
    });
    await until(() => events.some((e) => e.type === 'dark'), 'dark');
    expect(driver.report()[0]!.dark).toBe(true);
    await a.resume();
    await until(() => events.some((e) => e.type === 'recovered'), 'recovered');
    expect(driver.report()[0]).toMatchObject({ dark: false, state: 'subscribed' });
  });

  it('refuses to observe a member whose content hash differs from the pinned one (identity drift)', async () => {
    const a = await upstream('alpha', { contentLabel: 'v2' });
    a.publishSlot(1);
    const pinned = spanned('alpha', demoUpstreamIdentity('alpha', 'v1'), [a.endpoint]);
    const { candidates, events, driver } = drive({ members: [pinned] });
    await until(() => events.some((e) => e.type === 'identity-drift'), 'drift');
    const drift = events.find((e) => e.type === 'identity-drift') as DriverEvent & { error: TesseraError };
    expect(drift.error.code).toBe('UPSTREAM_CONTENT_HASH_MISMATCH');
    expect(drift.error.message).toContain(a.identity.contentHash);
    expect(drift.error.message).toContain(pinned.contentHash);
    await new Promise((r) => setTimeout(r, 200));
    expect(candidates).toEqual([]);
    expect(driver.report()[0]).toMatchObject({ drift: true, state: 'drift' });
    expect(events.filter((e) => e.type === 'identity-drift')).toHaveLength(1);
  });

  it('refuses a member whose stable id is not the configured one', async () => {
    const a = await upstream('alpha');
    const { events } = drive({ members: [spanned('gamma', demoUpstreamIdentity('gamma', 'v1'), [a.endpoint])] });
    await until(() => events.some((e) => e.type === 'identity-drift'), 'drift');
    expect((events.find((e) => e.type === 'identity-drift') as { error: TesseraError }).error.code).toBe('UPSTREAM_STABLE_ID_MISMATCH');
  });

  it('without a pin, learns the content hash and reports drift when it changes', async () => {
    const a = await upstream('alpha');
    a.publishSlot(1);
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [a.endpoint], false)] });
    await until(() => candidates.length === 1, 'a candidate');
    a.present('v2');
    await a.goDark();
    await a.resume();
    a.publishSlot(2);
    await until(() => events.some((e) => e.type === 'identity-drift'), 'drift');
    expect((events.find((e) => e.type === 'identity-drift') as { error: TesseraError }).error.code).toBe('UPSTREAM_CONTENT_HASH_CHANGED');
    expect(candidates).toHaveLength(1);
  });

  it('presents the ticket to the upstream and reports its seconds to expiry', async () => {
    const seen: string[] = [];
    const a = await upstream('alpha', {
      authorize: (method, md) => {
        const t = md.get(surfaceMetadataKeys.ticket)[0];
        if (!t) throw new TesseraError(`${method}: no ticket`, 'SURFACE_UNAUTHENTICATED');
        seen.push(`${method}:${Buffer.from(t as Buffer).toString()}`);
      },
    });
    a.publishSlot(1);
    const now = 1_800_000_000_000;
    const { candidates, driver } = drive({
      members: [spanned('alpha', a.identity, [a.endpoint])],
      ticketOf: () => ({ bytes: Buffer.from('ticket-1'), expiresAtMs: now + 3_600_500 }),
      clock: { now: () => now },
    });
    await until(() => candidates.length === 1, 'a candidate');
    expect(seen).toEqual(['Status:ticket-1', 'Subscribe:ticket-1']);
    expect(driver.report()[0]!.ticketSecondsToExpiry).toBe(3600);
  });

  it('without the ticket the upstream refuses (UNAUTHENTICATED) and the driver backs off', async () => {
    const a = await upstream('alpha', {
      authorize: (method, md) => {
        if (md.get(surfaceMetadataKeys.ticket).length === 0) throw new TesseraError(`${method}: no ticket`, 'SURFACE_UNAUTHENTICATED');
      },
    });
    const { events } = drive({ members: [spanned('alpha', a.identity, [a.endpoint])] });
    await until(() => events.some((e) => e.type === 'attempt-failed'), 'a failure');
    const failed = events.find((e) => e.type === 'attempt-failed') as { error: TesseraError };
    expect(failed.error.code).toBe('SURFACE_UNAUTHENTICATED');
    expect(failed.error.details?.grpcStatus).toBe(grpc.status.UNAUTHENTICATED);
  });

  it('reports a cursor the upstream compacted, naming stream and sequences', async () => {
    const a = await upstream('alpha');
    for (let s = 0; s < 20; s++) a.publishSlot(s);
    a.compact(10);
    const { events, candidates } = drive({ members: [spanned('alpha', a.identity, [a.endpoint])] });
    await until(() => events.some((e) => e.type === 'cursor-compacted'), 'cursor-compacted');
    expect(events.find((e) => e.type === 'cursor-compacted')).toEqual({ type: 'cursor-compacted', member: 'alpha', stream: 'facts', sequence: 1, firstSequence: 10 });
    expect(candidates).toEqual([]);
  });

  it('ends the member loop at the upstream retirement marker', async () => {
    const a = await upstream('alpha');
    a.publishSlot(1);
    const { events, candidates, driver } = drive({ members: [spanned('alpha', a.identity, [a.endpoint])] });
    await until(() => candidates.length === 1, 'a candidate');
    a.retire({ effectiveAt: 1234 });
    await until(() => events.some((e) => e.type === 'upstream-retired'), 'retired');
    expect(events.find((e) => e.type === 'upstream-retired')).toMatchObject({ marker: { effectiveAt: 1234, lastSequence: 1 } });
    expect(driver.report()[0]!.state).toBe('retired');
  });
});

describe('evidence resolution', () => {
  it('resolves a candidate the driver emitted; a wrong digest, a compacted record, a future one and an unknown member each fail by name', async () => {
    const a = await upstream('alpha');
    for (let s = 0; s < 12; s++) a.publishSlot(s);
    const member = spanned('alpha', a.identity, [a.endpoint]);
    const { candidates } = drive({ members: [member] });
    await until(() => candidates.length === 12, '12 candidates');
    const resolver = new EvidenceResolver({ members: [member] });

    expect(await resolver.resolve(candidates[2]!)).toEqual({ ok: true, value: undefined });

    const forged = await resolver.resolve({ ...candidates[3]!, digest: new Uint8Array(32) });
    expect(forged.ok).toBe(false);
    if (!forged.ok) expect(forged.error.code).toBe('EVIDENCE_DIGEST_MISMATCH');

    a.compact(6);
    const gone = await resolver.resolve(candidates[2]!);
    expect(gone.ok).toBe(false);
    if (!gone.ok) {
      expect(gone.error.code).toBe('EVIDENCE_COMPACTED');
      expect(gone.error.message).toContain(`member alpha (${a.identity.stableId}) stream facts sequence 3`);
      expect(gone.error.message).toContain('the first available is 6');
      expect(gone.error.details).toMatchObject({ member: a.identity.stableId, stream: 'facts', sequence: 3 });
    }
    expect(await resolver.resolve(candidates[8]!)).toEqual({ ok: true, value: undefined });

    const future = await resolver.resolve({ ...candidates[0]!, sequence: 99 });
    expect(!future.ok && future.error.code).toBe('EVIDENCE_NOT_YET');
    const stranger = await resolver.resolve({ ...candidates[0]!, member: demoUpstreamIdentity('zeta', 'v1').stableId });
    expect(!stranger.ok && stranger.error.code).toBe('EVIDENCE_MEMBER_UNKNOWN');
    const stream = await resolver.resolve({ ...candidates[0]!, stream: 'blocks' });
    expect(!stream.ok && stream.error.code).toBe('EVIDENCE_STREAM_UNKNOWN');
  });

  it('tries every endpoint and says UNAVAILABLE (retryable) when none answers', async () => {
    const id = demoUpstreamIdentity('alpha', 'v1');
    const resolver = new EvidenceResolver({ members: [spanned('alpha', id, [await deadEndpoint(), await deadEndpoint()])], callTimeoutMs: 2000 });
    const r = await resolver.resolve({ member: id.stableId, stream: 'facts', sequence: 1, digest: new Uint8Array(32) });
    expect(!r.ok && r.error.code).toBe('EVIDENCE_UNAVAILABLE');
    expect(!r.ok && r.error.message).toMatch(/no endpoint answered/);
  });
});
