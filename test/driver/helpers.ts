import { TesseraError } from '../../src/common/errors.js';
import type { SpannedMember } from '../../src/config/seat-config.js';
import { expectedUpstreamFingerprint } from '../../src/config/identity.js';
import { UpstreamDriver, type DriverEvent, type DriverTimers, type ObserveCandidate, type UpstreamClient, type UpstreamDriverOptions } from '../../src/driver/index.js';
import type { DemoIdentity } from '../../src/surface/index.js';

/** Timers that fire only when the test says so; `now` advances to each fired timer. */
export class FakeTimers implements DriverTimers {
  now = 1_800_000_000_000;
  #next = 1;
  readonly pending = new Map<number, { fn: () => void; at: number; ms: number }>();

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.#next++;
    this.pending.set(id, { fn, at: this.now + ms, ms });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Waits (real event loop turns) until a timer is pending, then returns its delay without firing it. */
  async nextDelay(): Promise<number> {
    for (let i = 0; i < 1000 && this.pending.size === 0; i++) await new Promise((r) => setImmediate(r));
    if (this.pending.size === 0) throw new Error('no timer became pending');
    const [, t] = [...this.pending.entries()].sort((a, b) => a[1].at - b[1].at)[0]!;
    return t.ms;
  }

  fire(): void {
    const [id, t] = [...this.pending.entries()].sort((a, b) => a[1].at - b[1].at)[0]!;
    this.pending.delete(id);
    this.now = t.at;
    t.fn();
  }
}

/** A client whose every call fails as an unreachable endpoint does. */
export function refusingClient(endpoint: string): UpstreamClient {
  const refuse = () => new TesseraError(`Status ${endpoint}: UNAVAILABLE: connection refused`, 'SURFACE_RPC_UNAVAILABLE');
  return {
    status: () => Promise.reject(refuse()),
    subscribe: () => {
      throw refuse();
    },
    close: () => undefined,
  };
}

export function spanned(name: string, id: DemoIdentity, endpoints: string[], pinned = true): SpannedMember {
  const contentHash = pinned ? id.contentHash : undefined;
  return { name, stableId: id.stableId, contentHash, fingerprint: expectedUpstreamFingerprint({ stableId: id.stableId, contentHash }), endpoints, ticket: undefined };
}

export async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Starts a driver with a committed-cursor model: the sink commits in order and cursorOf reads it
 * back. Short backoff for tests; `cleanup` gets the driver's stop.
 */
export function startDriver(options: Partial<UpstreamDriverOptions> & Pick<UpstreamDriverOptions, 'members'>, cleanup: (() => Promise<void> | void)[]) {
  const committed = new Map<string, number>();
  const candidates: ObserveCandidate[] = [];
  const events: DriverEvent[] = [];
  const driver = new UpstreamDriver({
    cursorOf: (member) => committed.get(member) ?? 0,
    sink: (c) => {
      candidates.push(c);
      committed.set(c.member, Math.max(committed.get(c.member) ?? 0, c.sequence));
    },
    onEvent: (e) => events.push(e),
    backoff: { baseMs: 20, capMs: 100, darkAfterAttempts: 100 },
    connectTimeoutMs: 2000,
    ...options,
  });
  cleanup.push(() => driver.stop());
  driver.start();
  return { driver, candidates, events, committed };
}
