/**
 * The driver's idle probe: a subscription that stays silent is probed, and
 * its endpoint is left when it hangs, is stale, holds records it does not
 * send, or lags the member's next endpoint. Against a real demo upstream; the
 * misbehaving endpoint wraps a real client (its Status altered, its stream
 * going silent as a hung or cut-off seat's would).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TesseraError } from '../../src/common/errors.js';
import { connectSurface, EvidenceResolver, UpstreamDriver, type ConnectUpstream, type DriverEvent, type UpstreamDriverOptions, type UpstreamSubscription } from '../../src/driver/index.js';
import { DemoUpstream, type SurfaceStatus } from '../../src/surface/index.js';
import { spanned, startDriver, until } from './helpers.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function upstream(name: string, records: number): Promise<DemoUpstream> {
  const up = await DemoUpstream.start({ name });
  cleanup.push(() => up.close());
  for (let s = 1; s <= records; s++) up.publishSlot(1000 + s);
  return up;
}

/** `sub`'s events up to sequence `through`, then silence until cancelled (a hung seat keeps its stream open). */
function silentAfter(open: () => UpstreamSubscription, through: number): UpstreamSubscription {
  let release!: () => void;
  const cancelled = new Promise<void>((r) => (release = r));
  // Silent from the start: no real call at all (nothing to cancel).
  const sub = through > 0 ? open() : undefined;
  return {
    cancel: () => {
      sub?.cancel();
      release();
    },
    async *[Symbol.asyncIterator]() {
      if (sub !== undefined) {
        for await (const ev of sub) {
          yield ev;
          if (ev.kind === 'fact' && ev.fact.sequence >= through) break;
        }
      }
      await cancelled;
    },
  };
}

const odd = 'odd.invalid:7401';

/** Serves `odd` from the real upstream at `real`: the first Status of each attempt as is, later ones through `probe`; the stream silent after `through`. */
function oddConnect(real: string, through: number, probe: (s: SurfaceStatus) => SurfaceStatus): ConnectUpstream & { statusCalls: number } {
  const f = ((endpoint, fingerprint, options) => {
    if (endpoint !== odd) return connectSurface(endpoint, fingerprint, options);
    const client = connectSurface(real, fingerprint, options);
    return {
      status: async () => {
        f.statusCalls++;
        const s = await client.status();
        return fingerprint === '' ? s : probe(s); // discovery (empty fingerprint) as is; the idle probe presents the fingerprint
      },
      subscribe: (from: number) => silentAfter(() => client.subscribe(from), through),
      close: () => client.close(),
    };
  }) as ConnectUpstream & { statusCalls: number };
  f.statusCalls = 0;
  return f;
}

/** A driver that probes a subscription silent for 100 ms, stopped after the test. */
const drive = (options: Partial<UpstreamDriverOptions> & Pick<UpstreamDriverOptions, 'members'>) => startDriver({ idleProbeMs: 100, ...options }, cleanup);

const left = (events: DriverEvent[]) => events.filter((e): e is Extract<DriverEvent, { type: 'endpoint-left' }> => e.type === 'endpoint-left');
const subscribedAt = (events: DriverEvent[]) => events.filter((e) => e.type === 'subscribed').map((e) => (e as { endpoint: string }).endpoint);

describe('driver idle probe', () => {
  it('leaves an endpoint that sends nothing and does not answer Status (a hung seat), for the next one', async () => {
    const a = await upstream('alpha', 5);
    const connect = oddConnect(a.endpoint, 0, () => {
      throw new TesseraError('Status: DEADLINE_EXCEEDED', 'SURFACE_RPC_DEADLINE_EXCEEDED');
    });
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [odd, a.endpoint])], connect });
    await until(() => candidates.length === 5, 'five candidates from the live endpoint');
    expect(left(events)[0]).toMatchObject({ member: 'alpha', endpoint: odd, error: { code: 'DRIVER_UPSTREAM_UNRESPONSIVE' } });
    expect(left(events)[0]!.error.message).toMatch(/sent nothing for 100 ms and did not answer Status/);
    expect(subscribedAt(events).slice(0, 2)).toEqual([odd, a.endpoint]);
    expect(candidates.map((c) => c.sequence)).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves an endpoint that reports itself stale (no quorum there)', async () => {
    const a = await upstream('alpha', 3);
    const connect = oddConnect(a.endpoint, 0, (s) => ({ ...s, freshness: { ...s.freshness, stale: true, staleSinceMs: 1_800_000_000_000 } }));
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [odd, a.endpoint])], connect });
    await until(() => candidates.length === 3, 'three candidates');
    expect(left(events)[0]).toMatchObject({ endpoint: odd, error: { code: 'DRIVER_UPSTREAM_STALE' } });
  });

  it('leaves an endpoint that lags the next one (a seat behind its committee), resuming from the cursor: nothing lost or repeated', async () => {
    const a = await upstream('alpha', 6);
    // The odd seat delivers 1..2 and says 2 is its last; the next endpoint holds 6.
    const connect = oddConnect(a.endpoint, 2, (s) => ({ ...s, lastSequence: 2 }));
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [odd, a.endpoint])], connect });
    await until(() => candidates.length === 6, 'six candidates');
    expect(left(events)[0]).toMatchObject({ endpoint: odd, error: { code: 'DRIVER_UPSTREAM_BEHIND', details: { peer: a.endpoint } } });
    expect(candidates.map((c) => c.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.filter((e) => e.type === 'subscribed').map((e) => (e as { fromSequence: number }).fromSequence).slice(0, 2)).toEqual([1, 3]);
  });

  it('leaves an endpoint that holds records it does not send (a stuck stream), even as the only endpoint', async () => {
    const a = await upstream('alpha', 4);
    const connect = oddConnect(a.endpoint, 1, (s) => s);
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [odd])], connect });
    await until(() => left(events).length >= 1, 'the stuck stream left');
    expect(left(events)[0]).toMatchObject({ endpoint: odd, error: { code: 'DRIVER_UPSTREAM_STALLED' } });
    expect(left(events)[0]!.error.message).toMatch(/holds sequence 4 but sent nothing from 2/);
    // Resubscribed from the cursor (2), which delivers one more record before going silent again.
    await until(() => candidates.length >= 2, 'the next record after resubscribing');
    expect(candidates.map((c) => c.sequence).slice(0, 2)).toEqual([1, 2]);
  });

  it('keeps a quiet but healthy upstream (probed, never left), then takes its next record', async () => {
    const a = await upstream('alpha', 2);
    const connect = oddConnect(a.endpoint, Number.MAX_SAFE_INTEGER, (s) => s);
    const { candidates, events } = drive({ members: [spanned('alpha', a.identity, [a.endpoint, odd])], connect });
    await until(() => candidates.length === 2, 'two candidates');
    // Several idle periods: each probes the endpoint and the next one (odd serves the same upstream: not ahead).
    await until(() => connect.statusCalls >= 3, 'probes of the next endpoint', 5_000);
    expect(left(events)).toEqual([]);
    expect(subscribedAt(events)).toEqual([a.endpoint]);
    a.publishSlot(2000);
    await until(() => candidates.length === 3, 'the third candidate');
  });

  it('does not count time spent in the sink (backpressure) as silence', async () => {
    const a = await upstream('alpha', 4);
    const got: number[] = [];
    const { events } = drive({
      members: [spanned('alpha', a.identity, [a.endpoint])],
      idleProbeMs: 50,
      sink: async (c) => {
        got.push(c.sequence);
        await new Promise((r) => setTimeout(r, 300));
      },
    });
    await until(() => got.length === 4, 'four records through a slow sink');
    expect(left(events)).toEqual([]);
    expect(subscribedAt(events)).toEqual([a.endpoint]);
  });

  it('idleProbeMs 0 never probes; a negative one is refused', async () => {
    const a = await upstream('alpha', 2);
    const connect = oddConnect(a.endpoint, 0, () => {
      throw new TesseraError('Status: DEADLINE_EXCEEDED', 'SURFACE_RPC_DEADLINE_EXCEEDED');
    });
    const { events, candidates } = drive({ members: [spanned('alpha', a.identity, [odd, a.endpoint])], connect, idleProbeMs: 0 });
    await new Promise((r) => setTimeout(r, 600));
    expect(left(events)).toEqual([]);
    expect(candidates).toEqual([]);
    expect(() => new UpstreamDriver({ members: [], cursorOf: () => 0, sink: () => undefined, idleProbeMs: -1 })).toThrow(/idleProbeMs must be a non-negative integer/);
  });
});

describe('evidence resolution across endpoints', () => {
  it('passes over an endpoint that has not committed the record yet for one that has; NOT_YET only when none has', async () => {
    const a = await upstream('alpha', 6);
    const member = spanned('alpha', a.identity, [odd, a.endpoint]);
    const { candidates } = drive({ members: [spanned('alpha', a.identity, [a.endpoint])] });
    await until(() => candidates.length === 6, 'six candidates');
    // The odd endpoint lags: its Status says its last is 2.
    const lagging: ConnectUpstream = (endpoint, fingerprint, options) => {
      if (endpoint !== odd) return connectSurface(endpoint, fingerprint, options);
      const client = connectSurface(a.endpoint, fingerprint, options);
      return { status: async () => ({ ...(await client.status()), lastSequence: 2 }), subscribe: (from) => client.subscribe(from), close: () => client.close() };
    };
    const resolver = new EvidenceResolver({ members: [member], connect: lagging, callTimeoutMs: 2000 });
    expect(await resolver.resolve(candidates[4]!)).toEqual({ ok: true, value: undefined });
    const future = await resolver.resolve({ ...candidates[0]!, sequence: 99 });
    expect(!future.ok && future.error.code).toBe('EVIDENCE_NOT_YET');
    // Only the lagging endpoint and a dead one: not yet (retryable), not unavailable.
    const lonely = new EvidenceResolver({ members: [spanned('alpha', a.identity, [odd, '127.0.0.1:1'])], connect: lagging, callTimeoutMs: 2000 });
    const r = await lonely.resolve(candidates[4]!);
    expect(!r.ok && r.error.code).toBe('EVIDENCE_NOT_YET');
  });
});
