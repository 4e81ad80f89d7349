import { describe, expect, it } from 'vitest';
import { backoffCeilingMs, backoffDefault, backoffDelayMs, UpstreamDriver, type DriverEvent } from '../../src/driver/index.js';
import { demoUpstreamIdentity } from '../../src/surface/index.js';
import { FakeTimers, refusingClient, spanned } from './helpers.js';

/** A small deterministic PRNG (mulberry32) for the jitter. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('backoff: full jitter, 1 s base, 60 s cap', () => {
  it('ceilings double from 1 s and stop at 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 100, 10_000].map((n) => backoffCeilingMs(n, backoffDefault))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('a delay is floor(random * ceiling), so it lies in [0, ceiling)', () => {
    expect(backoffDelayMs(3, backoffDefault, () => 0)).toBe(0);
    expect(backoffDelayMs(3, backoffDefault, () => 0.5)).toBe(2000);
    expect(backoffDelayMs(3, backoffDefault, () => 0.999999)).toBe(3999);
  });

  it('refuses a random() outside [0, 1) and a policy with base above cap', () => {
    expect(() => backoffDelayMs(1, backoffDefault, () => 1)).toThrow(/outside \[0, 1\)/);
    expect(() => new UpstreamDriver({ members: [], cursorOf: () => 0, sink: () => undefined, backoff: { baseMs: 10, capMs: 5 } })).toThrow(/exceeds capMs/);
    expect(() => backoffCeilingMs(0, backoffDefault)).toThrow(/failures must be >= 1/);
  });
});

describe('driver: retries on a fake clock', () => {
  async function runFailing(random: () => number, attempts: number, endpoints = ['10.0.0.1:7401']) {
    const timers = new FakeTimers();
    const events: DriverEvent[] = [];
    const dialed: string[] = [];
    const member = spanned('alpha', demoUpstreamIdentity('alpha', 'v1'), endpoints);
    const driver = new UpstreamDriver({
      members: [member],
      cursorOf: () => 0,
      sink: () => undefined,
      onEvent: (e) => events.push(e),
      connect: (endpoint) => {
        dialed.push(endpoint);
        return refusingClient(endpoint);
      },
      clock: { now: () => timers.now },
      timers,
      random,
    });
    driver.start();
    const delays: number[] = [];
    for (let i = 0; i < attempts; i++) {
      delays.push(await timers.nextDelay());
      timers.fire();
    }
    await timers.nextDelay();
    const report = driver.report()[0]!;
    await driver.stop();
    return { delays, events, dialed, report };
  }

  it('delays stay within [0, min(60 s, 1 s * 2^(n-1))) and follow the injected randomness', async () => {
    const random = seeded(42);
    const replay = seeded(42);
    const { delays } = await runFailing(random, 120);
    delays.forEach((d, i) => {
      const ceiling = Math.min(60_000, 1000 * 2 ** i);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(ceiling);
      expect(d).toBe(Math.floor(replay() * ceiling));
    });
    // Jitter: the delays at the cap are not all equal.
    expect(new Set(delays.slice(10)).size).toBeGreaterThan(50);
  });

  it('with random near 1 the schedule is the ceilings: 1, 2, 4 … 32 s, then 60 s for ever', async () => {
    const { delays } = await runFailing(() => 0.9999999, 110);
    expect(delays.slice(0, 8)).toEqual([999, 1999, 3999, 7999, 15_999, 31_999, 59_999, 59_999]);
    expect(delays.slice(8).every((d) => d === 59_999)).toBe(true);
  });

  it('reports the member dark once, after the 100th failure in a row, and keeps retrying', async () => {
    const { events, report, delays } = await runFailing(() => 0.5, 105);
    const dark = events.filter((e) => e.type === 'dark');
    expect(dark).toEqual([{ type: 'dark', member: 'alpha', failures: 100 }]);
    const failedBeforeDark = events.findIndex((e) => e.type === 'dark');
    expect(events.slice(0, failedBeforeDark).filter((e) => e.type === 'attempt-failed')).toHaveLength(99);
    expect(delays).toHaveLength(105);
    expect(report).toMatchObject({ dark: true, consecutiveFailures: 106, state: 'backoff', upstreamPeers: 0 });
  });

  it('rotates through the endpoints, one per attempt', async () => {
    const { dialed } = await runFailing(() => 0, 6, ['a:1', 'b:2', 'c:3']);
    expect(dialed.slice(0, 7)).toEqual(['a:1', 'b:2', 'c:3', 'a:1', 'b:2', 'c:3', 'a:1']);
  });

  it('stop() cancels the pending retry and ends the loop', async () => {
    const timers = new FakeTimers();
    const driver = new UpstreamDriver({
      members: [spanned('alpha', demoUpstreamIdentity('alpha', 'v1'), ['a:1'])],
      cursorOf: () => 0,
      sink: () => undefined,
      connect: refusingClient,
      clock: { now: () => timers.now },
      timers,
      random: () => 0.5,
    });
    driver.start();
    await timers.nextDelay();
    await driver.stop();
    expect(timers.pending.size).toBe(0);
    expect(driver.report()[0]!.state).toBe('stopped');
  });
});
