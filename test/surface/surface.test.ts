import blake3wasm from 'blake3-wasm';
import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { TesseraError } from '../../src/common/errors.js';
import type { Fact } from '../../src/common/fact.js';
import {
  startSurfaceServer,
  SurfaceClient,
  type RunningSurface,
  type SubscribeEvent,
  type SurfaceLimits,
  type Subscription,
} from '../../src/surface/index.js';
import { appendSlots, newFact, plain, testSource } from './helpers.js';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});

async function serve(limits?: Partial<SurfaceLimits>, calls: string[] = []) {
  const { source, identity } = testSource();
  const running: RunningSurface = await startSurfaceServer(source, { ...(limits ? { limits } : {}), authorize: (method) => void calls.push(method) });
  open.push(running);
  const client = new SurfaceClient(running.endpoint, identity.fingerprint);
  open.push(client);
  return { source, identity, running, client };
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

/** Reads `n` fact events (or until the marker) from a subscription. */
async function take(sub: Subscription, n: number): Promise<SubscribeEvent[]> {
  const out: SubscribeEvent[] = [];
  if (n === 0) return out;
  for await (const ev of sub) {
    out.push(ev);
    if (ev.kind === 'retired' || out.length >= n) break;
  }
  return out;
}

const seqs = (evs: SubscribeEvent[]) => evs.map((e) => (e.kind === 'fact' ? e.fact.sequence : -1));
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('surface: Get / Scan / Status', () => {
  it('Get returns the committed fact field for field, degraded ones with their missing members', async () => {
    const { source, client } = await serve();
    const complete = source.append(newFact('7', 1));
    const degraded = source.append(newFact('8', 2, true));
    const r1 = await client.get('7');
    expect(plain(r1.fact!)).toEqual(plain(complete));
    const r2 = await client.get('8');
    expect(plain(r2.fact!)).toEqual(plain(degraded));
    expect(r2.fact!.missing).toEqual(degraded.missing);
    expect(r2.retirement).toBeUndefined();
    expect(r2.freshness).toMatchObject({ stale: false, lastSequence: 2, appliedIndex: 12 });
  });

  it('Get of a key with no fact is NOT_FOUND naming the key; an empty or oversized key is INVALID_ARGUMENT', async () => {
    const { client } = await serve();
    const e = await rejection(client.get('42'));
    expect(e.code).toBe('SURFACE_NOT_FOUND');
    expect(e.details?.grpcStatus).toBe(grpc.status.NOT_FOUND);
    expect(e.message).toContain('"42"');
    expect((await rejection(client.get(''))).details?.grpcStatus).toBe(grpc.status.INVALID_ARGUMENT);
    const big = await rejection(client.get('x'.repeat(300)));
    expect(big.code).toBe('SURFACE_REQUEST_INVALID');
    expect(big.message).toMatch(/300 bytes, at most 256/);
  });

  it('Scan returns [from, to) in slot order and pages with next_key', async () => {
    const { source, client } = await serve();
    for (const slot of [100, 9, 10, 11, 2, 30]) source.append(newFact(String(slot), slot));
    const all = await client.scan();
    expect(all.facts.map((f) => f.key)).toEqual(['2', '9', '10', '11', '30', '100']);
    expect(all.nextKey).toBeUndefined();
    const mid = await client.scan('9', '30');
    expect(mid.facts.map((f) => f.key)).toEqual(['9', '10', '11']);
    const page1 = await client.scan('', '', 4);
    expect(page1.facts.map((f) => f.key)).toEqual(['2', '9', '10', '11']);
    expect(page1.nextKey).toBe('30');
    const page2 = await client.scan(page1.nextKey, '', 4);
    expect(page2.facts.map((f) => f.key)).toEqual(['30', '100']);
    expect(page2.nextKey).toBeUndefined();
  });

  it('Scan caps the limit at scanLimitMax', async () => {
    const { source, client } = await serve({ scanLimitMax: 5, scanLimitDefault: 3 });
    appendSlots(source, 1, 12);
    expect((await client.scan('', '', 1000)).facts).toHaveLength(5);
    expect((await client.scan()).facts).toHaveLength(3);
  });

  it('Status reports identity, sequences and streams; it may be called without a fingerprint to discover it', async () => {
    const { source, identity, running } = await serve();
    appendSlots(source, 1, 3);
    source.compact(2);
    const discover = new SurfaceClient(running.endpoint, '');
    open.push(discover);
    const st = await discover.status();
    expect(st.organism).toBe('tally');
    expect(Buffer.from(st.stableId).toString('hex')).toBe(identity.stableId);
    expect(Buffer.from(st.contentHash).toString('hex')).toBe(identity.contentHash);
    expect(Buffer.from(st.fingerprint).toString('hex')).toBe(identity.fingerprint);
    expect(st).toMatchObject({ firstSequence: 2, lastSequence: 3, appliedIndex: 13, streams: ['facts'], leader: 'tally-0' });
    // Discovery is Status only.
    expect((await rejection(discover.get('1'))).code).toBe('SURFACE_FINGERPRINT_MISSING');
  });

  it('reads served without quorum carry the staleness marker', async () => {
    const { source, client } = await serve();
    appendSlots(source, 1, 2);
    source.setStale(true, 1_900_000_000_000);
    expect((await client.get('1')).freshness).toMatchObject({ stale: true, staleSinceMs: 1_900_000_000_000 });
    expect((await client.scan()).freshness.stale).toBe(true);
    expect((await client.status()).freshness.stale).toBe(true);
    const evs = await take(client.subscribe(1), 2);
    expect(evs.every((e) => e.kind === 'fact' && e.stale)).toBe(true);
    source.setStale(false, 0);
    expect((await client.get('1')).freshness).toMatchObject({ stale: false, staleSinceMs: 0 });
  });
});

describe('surface: fingerprint handshake', () => {
  it('refuses every method with a wrong fingerprint: FAILED_PRECONDITION naming both', async () => {
    const { source, identity, running } = await serve();
    appendSlots(source, 1, 2);
    const other = testSource('tally', 'v2').identity.fingerprint;
    const wrong = new SurfaceClient(running.endpoint, other);
    open.push(wrong);
    const errors = [
      await rejection(wrong.get('1')),
      await rejection(wrong.scan()),
      await rejection(wrong.status()),
      await rejection(take(wrong.subscribe(1), 1)),
    ];
    for (const e of errors) {
      expect(e.code).toBe('SURFACE_FINGERPRINT_MISMATCH');
      expect(e.details?.grpcStatus).toBe(grpc.status.FAILED_PRECONDITION);
      expect(e.message).toContain(other);
      expect(e.message).toContain(identity.fingerprint);
      expect(e.details).toMatchObject({ fingerprintServed: identity.fingerprint, fingerprintPresented: other });
    }
    expect(running.service.subscriberCount).toBe(0);
  });
});

describe('surface: Subscribe', () => {
  it('streams catch-up then live, from an inclusive from_sequence, gapless and in order', async () => {
    const { source, client } = await serve();
    appendSlots(source, 1, 30);
    const sub = client.subscribe(10);
    const it = sub[Symbol.asyncIterator]();
    const got: number[] = [];
    for (let i = 0; i < 21; i++) got.push(((await it.next()).value as SubscribeEvent & { kind: 'fact' }).fact.sequence);
    expect(got).toEqual(range(10, 21));
    appendSlots(source, 31, 5);
    for (let i = 0; i < 5; i++) got.push(((await it.next()).value as SubscribeEvent & { kind: 'fact' }).fact.sequence);
    expect(got).toEqual(range(10, 26));
    expect(sub.nextSequence).toBe(36);
    sub.cancel();
    await it.return?.();
  });

  it('from_sequence 0 and 1 both start at the first fact', async () => {
    const { source, client } = await serve();
    appendSlots(source, 1, 3);
    expect(seqs(await take(client.subscribe(0), 3))).toEqual([1, 2, 3]);
    expect(seqs(await take(client.subscribe(1), 3))).toEqual([1, 2, 3]);
  });

  it('loses nothing committed concurrently with the catch-up, and keeps order (no duplicates)', async () => {
    const { source, client } = await serve({ catchUpBatchItems: 7 });
    const before = 3000;
    const during = 2000;
    appendSlots(source, 1, before);
    const sub = client.subscribe(1);
    const received: number[] = [];
    const reading = (async () => {
      for await (const ev of sub) {
        if (ev.kind === 'fact') received.push(ev.fact.sequence);
        if (received.length === before + during) break;
      }
    })();
    // Commit while the server is still sending the catch-up.
    for (let i = 0; i < during; i += 50) {
      appendSlots(source, before + 1 + i, 50);
      await new Promise((r) => setImmediate(r));
    }
    await reading;
    expect(received).toEqual(range(1, before + during));
  });

  it('resumes by sequence: a new stream from nextSequence continues exactly after what was delivered', async () => {
    const { source, client, running } = await serve();
    appendSlots(source, 1, 40);
    const first = client.subscribe(1);
    const a = await take(first, 17);
    first.cancel();
    expect(seqs(a)).toEqual(range(1, 17));
    const second = client.subscribe(first.nextSequence);
    const b = await take(second, 23);
    expect(seqs(b)).toEqual(range(18, 23));
    second.cancel();
    await new Promise((r) => setTimeout(r, 50));
    expect(running.service.subscriberCount).toBe(0);
    expect(source.listenerCount()).toBe(0);
  });

  it('a subscriber behind a compacted sequence gets OUT_OF_RANGE naming the first available', async () => {
    const { source, client } = await serve();
    appendSlots(source, 1, 20);
    source.compact(11);
    const e = await rejection(take(client.subscribe(5), 1));
    expect(e.code).toBe('SURFACE_SEQUENCE_COMPACTED');
    expect(e.details?.grpcStatus).toBe(grpc.status.OUT_OF_RANGE);
    expect(e.details?.firstSequence).toBe(11);
    expect(e.message).toMatch(/sequence 5 is compacted; the first available is 11/);
    expect(seqs(await take(client.subscribe(11), 10))).toEqual(range(11, 10));
  });

  it('cuts off a consumer too slow with RESOURCE_EXHAUSTED and the sequence to resume from; resuming loses nothing', async () => {
    const { source, client, running } = await serve({ subscribeBufferItemsMax: 64 });
    appendSlots(source, 1, 1);
    const sub = client.subscribe(1);
    const it = sub[Symbol.asyncIterator]();
    expect(((await it.next()).value as SubscribeEvent & { kind: 'fact' }).fact.sequence).toBe(1);
    // Now stop reading while the organism commits far more than flow control and the buffer hold.
    const total = 20_000;
    for (let i = 0; i < total; i += 500) {
      appendSlots(source, 2 + i, 500);
      await new Promise((r) => setImmediate(r));
      if (running.service.subscriberCount === 0) break;
    }
    expect(running.service.subscriberCount).toBe(0);
    const delivered: number[] = [1];
    let cutOff: TesseraError | undefined;
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        if (r.value.kind === 'fact') delivered.push(r.value.fact.sequence);
      }
    } catch (e) {
      cutOff = e as TesseraError;
    }
    expect(cutOff?.code).toBe('SURFACE_CONSUMER_TOO_SLOW');
    expect(cutOff?.details?.grpcStatus).toBe(grpc.status.RESOURCE_EXHAUSTED);
    const resume = cutOff?.details?.resumeSequence as number;
    expect(delivered).toEqual(range(1, delivered.length));
    expect(resume).toBe(delivered.length + 1);
    expect(sub.nextSequence).toBe(resume);
    const last = source.lastSequence();
    const rest = await take(client.subscribe(resume), last - resume + 1);
    expect(seqs(rest)).toEqual(range(resume, last - resume + 1));
  });

  it('cuts off a consumer that accepts nothing for drainTimeoutMs', async () => {
    const { source, client, running } = await serve({ drainTimeoutMs: 300 });
    appendSlots(source, 1, 5000); // more than flow control holds: the server waits for drain
    const sub = client.subscribe(1);
    const it = sub[Symbol.asyncIterator]();
    await it.next();
    const deadline = Date.now() + 10_000;
    while (running.service.subscriberCount > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(running.service.subscriberCount).toBe(0);
    let err: TesseraError | undefined;
    try {
      for (;;) if ((await it.next()).done) break;
    } catch (e) {
      err = e as TesseraError;
    }
    expect(err?.code).toBe('SURFACE_CONSUMER_TOO_SLOW');
    expect(err?.message).toMatch(/accepted nothing for 300 ms/);
  });
});

describe('surface: retirement', () => {
  it('ends every open stream with the marker; Get, Scan, Status and new streams return it; no fact after it', async () => {
    const { source, client, identity } = await serve();
    appendSlots(source, 1, 5);
    const sub = client.subscribe(1);
    const it = sub[Symbol.asyncIterator]();
    for (let i = 0; i < 5; i++) await it.next();
    const successor = testSource('tally2').identity.fingerprint;
    source.retire({ effectiveAt: 1_900_000_000_000, replacement: { fingerprint: successor, endpoints: ['10.0.0.9:7401'] } });
    const end = await it.next();
    expect(end.value).toEqual({
      kind: 'retired',
      marker: { effectiveAt: 1_900_000_000_000, replacement: { fingerprint: successor, endpoints: ['10.0.0.9:7401'] }, lastSequence: 5 },
    });
    expect((await it.next()).done).toBe(true);

    const got = await client.get('3');
    expect(got.fact?.key).toBe('3');
    expect(got.retirement?.effectiveAt).toBe(1_900_000_000_000);
    const missing = await client.get('99');
    expect(missing.fact).toBeUndefined();
    expect(missing.retirement?.replacement?.fingerprint).toBe(successor);
    expect((await client.scan()).retirement?.lastSequence).toBe(5);
    expect((await client.status()).retirement?.effectiveAt).toBe(1_900_000_000_000);

    // A new stream gets the rest, then the marker; one from past the end gets the marker alone.
    const fromThree = await take(client.subscribe(3), 10);
    expect(fromThree.map((e) => e.kind)).toEqual(['fact', 'fact', 'fact', 'retired']);
    const past = await take(client.subscribe(6), 10);
    expect(past).toEqual([{ kind: 'retired', marker: { effectiveAt: 1_900_000_000_000, replacement: { fingerprint: successor, endpoints: ['10.0.0.9:7401'] }, lastSequence: 5 } }]);
    expect(() => source.append(newFact('6', 6))).toThrow(/retired/);
    expect(identity.fingerprint).not.toBe(successor);
  });

  it('a retirement without a replacement says so', async () => {
    const { source, client } = await serve();
    source.retire({ effectiveAt: 5 });
    const evs = await take(client.subscribe(1), 1);
    expect(evs).toEqual([{ kind: 'retired', marker: { effectiveAt: 5, lastSequence: 0 } }]);
  });
});

describe('surface: garbage on the wire', () => {
  const garbage: [string, Buffer][] = [
    ['a length past the end', Buffer.from([0x0a, 0xff, 0x01])],
    ['a varint that never ends', Buffer.alloc(12, 0xff)],
    ['an invalid wire type', Buffer.from([0x0f, 0x01])],
  ];
  for (const method of ['Get', 'Scan', 'Subscribe', 'Status'] as const) {
    it(`${method} answers garbage with INVALID_ARGUMENT naming the message type`, async () => {
      const { running } = await serve();
      const def = {
        [method]: {
          path: `/tessera.surface.v1.Surface/${method}`,
          requestStream: false,
          responseStream: method === 'Subscribe',
          requestSerialize: (b: Buffer) => b,
          requestDeserialize: (b: Buffer) => b,
          responseSerialize: (b: Buffer) => b,
          responseDeserialize: (b: Buffer) => b,
        },
      };
      const Raw = grpc.makeGenericClientConstructor(def, 'Raw');
      const raw = new Raw(running.endpoint, grpc.credentials.createInsecure()) as grpc.Client & Record<string, (...a: unknown[]) => unknown>;
      open.push(raw);
      for (const [what, bytes] of garbage) {
        const e = await new Promise<grpc.ServiceError>((resolve) => {
          if (method === 'Subscribe') {
            const call = raw[method]!(bytes) as grpc.ClientReadableStream<Buffer>;
            call.on('data', () => undefined);
            call.on('error', resolve);
          } else {
            raw[method]!(bytes, (err: grpc.ServiceError | null) => resolve(err!));
          }
        });
        expect(e.code, what).toBe(grpc.status.INVALID_ARGUMENT);
        expect(e.details, what).toContain(`malformed tessera.surface.v1.${method}Request`);
        expect(e.metadata.get('tessera-error-code')).toEqual(['PROTO_MALFORMED']);
      }
      expect(running.service.subscriberCount).toBe(0);
    });
  }
});

describe('surface client: follow()', () => {
  it('resubscribes from the next undelivered sequence after a cut-off and returns the retirement marker', async () => {
    const calls: string[] = [];
    const { source, client, running } = await serve({ drainTimeoutMs: 200 }, calls);
    appendSlots(source, 1, 3000);
    const got: number[] = [];
    let slowOnce = true;
    const done = client.follow(
      1,
      async (fact: Fact) => {
        got.push(fact.sequence);
        if (fact.sequence === 10 && slowOnce) {
          // Stall long enough to be cut off, once.
          slowOnce = false;
          await new Promise((r) => setTimeout(r, 600));
        }
        if (fact.sequence === 3000) source.retire({ effectiveAt: 77 });
      },
      { retryDelayMs: 10 },
    );
    const marker = await done;
    expect(marker).toEqual({ effectiveAt: 77, lastSequence: 3000 });
    expect(got).toEqual(range(1, 3000));
    expect(calls.filter((c) => c === 'Subscribe').length).toBeGreaterThanOrEqual(2); // it was cut off and resubscribed
    expect(running.service.subscriberCount).toBe(0);
  });

  it('throws a non-retryable error (a wrong fingerprint) instead of retrying', async () => {
    const { running } = await serve();
    const wrong = new SurfaceClient(running.endpoint, testSource('tally', 'v9').identity.fingerprint);
    open.push(wrong);
    const e = await rejection(wrong.follow(1, () => undefined, { retryDelayMs: 1 }));
    expect(e.code).toBe('SURFACE_FINGERPRINT_MISMATCH');
  });
});

describe('record digest', () => {
  it('is BLAKE3 of the canonical record bytes, stable across versions (golden vector)', async () => {
    const { recordDigest, recordCanonicalBytes } = await import('../../src/surface/index.js');
    const fact: Fact = { ...newFact('12345', 7, true), sequence: 42 };
    const bytes = recordCanonicalBytes(fact);
    expect(bytes.subarray(4, 4 + 33).toString()).toBe('tessera.surface.v1 fact record v1');
    expect(recordDigest(fact).toString('hex')).toBe(GOLDEN);
    // An independent encoder written from docs/integrators/surface.md, hashed by blake3-wasm.
    const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
    const u64 = (n: number) => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b; };
    const lp = (b: Uint8Array | string) => { const x = typeof b === 'string' ? Buffer.from(b) : Buffer.from(b); return Buffer.concat([u32(x.length), x]); };
    const independent = Buffer.concat([
      lp('tessera.surface.v1 fact record v1'), u64(42), lp('12345'), lp('degraded'), lp(fact.digest),
      u32(fact.evidence.length), ...fact.evidence.map((e) => Buffer.concat([lp(Buffer.from(e.member, 'hex')), lp(e.stream), u64(e.sequence), lp(e.digest)])),
      u32(fact.missing.length), ...fact.missing.map((m) => lp(Buffer.from(m, 'hex'))),
      u64(fact.appliedAt), u64(fact.index),
    ]);
    expect(bytes.equals(independent)).toBe(true);
    expect(Buffer.from(blake3wasm.hash(independent) as Uint8Array).toString('hex')).toBe(GOLDEN);
    // Every field is bound: changing one changes the digest.
    for (const changed of [{ ...fact, sequence: 43 }, { ...fact, key: '12346' }, { ...fact, status: 'complete' as const }, { ...fact, appliedAt: fact.appliedAt + 1 }, { ...fact, index: 1 }, { ...fact, missing: [] }]) {
      expect(recordDigest(changed).toString('hex')).not.toBe(GOLDEN);
    }
  });
});
const GOLDEN = '440d0d046a255982ab695a57182bdf43e3e39ef39f38a80139342635de1d1c6a';
