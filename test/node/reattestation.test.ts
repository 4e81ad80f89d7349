import { describe, expect, it } from 'vitest';

import { ReattestationSchedule, reattestNonRemovingReasons } from '../../src/node/reattestation.js';
import type { NodeId } from '../../src/raft/index.js';

const id = (n: number) => n as NodeId;
const hour = 3_600_000;

describe('ReattestationSchedule', () => {
  it('makes members without a recent record due at once, and a just-admitted member an interval after its record', () => {
    const s = new ReattestationSchedule({ intervalMs: hour, removeUnattested: false });
    const t0 = 10 * hour;
    s.sync([{ id: id(1) }, { id: id(2), verifiedAtMs: t0 - 1000 }, { id: id(3), verifiedAtMs: t0 - 2 * hour }], t0);
    expect(s.takeDue(t0)).toEqual([1, 3]);
    expect(s.attested(id(1))).toBeUndefined();
    expect(s.attested(id(2))).toBe(true);
    expect(s.takeDue(t0 + hour - 1001)).toEqual([]);
    expect(s.takeDue(t0 + hour - 1000)).toEqual([2]);
  });

  it('takes a member once per attempt (in flight until recorded) and reschedules it an interval after a verified quote', () => {
    const s = new ReattestationSchedule({ intervalMs: hour, removeUnattested: false });
    s.sync([{ id: id(7) }], 0);
    expect(s.takeDue(0)).toEqual([7]);
    expect(s.takeDue(5)).toEqual([]);
    expect(s.nextDueMs()).toBeUndefined();
    expect(s.record(id(7), { kind: 'verified' }, 10)).toEqual({ attested: true, remove: false, changed: true });
    expect(s.nextDueMs()).toBe(10 + hour);
    expect(s.record(id(7), { kind: 'verified' }, 20)?.changed).toBe(false);
  });

  it('a policy refusal turns the gauge to 0 at once, retries sooner, and removes only when the policy says so', () => {
    for (const removeUnattested of [false, true]) {
      const s = new ReattestationSchedule({ intervalMs: hour, removeUnattested });
      s.sync([{ id: id(1) }], 0);
      s.takeDue(0);
      s.record(id(1), { kind: 'verified' }, 0);
      s.takeDue(hour);
      const d = s.record(id(1), { kind: 'refused', reason: 'MRTD_NOT_PINNED', message: 'x' }, hour);
      expect(d).toEqual({ attested: false, remove: removeUnattested, changed: true });
      expect(s.attested(id(1))).toBe(false);
      expect(s.nextDueMs()).toBe(hour + s.retryMs);
      expect(s.retryMs).toBe(hour / 4 > 300_000 ? 300_000 : hour / 4);
    }
  });

  it('never removes for the verifier\'s own collateral trouble or a nonce problem, even with remove_unattested', () => {
    const s = new ReattestationSchedule({ intervalMs: 1000, removeUnattested: true });
    s.sync([{ id: id(1) }], 0);
    for (const reason of reattestNonRemovingReasons) {
      s.takeDue(Number.MAX_SAFE_INTEGER);
      expect(s.record(id(1), { kind: 'refused', reason, message: 'x' }, 0)).toMatchObject({ attested: false, remove: false });
    }
    s.takeDue(Number.MAX_SAFE_INTEGER);
    expect(s.record(id(1), { kind: 'refused', reason: 'DEBUG_TD', message: 'x' }, 0)?.remove).toBe(true);
  });

  it('an unreachable member keeps its gauge until no quote verified for an interval plus a retry, and is never removed for it', () => {
    const s = new ReattestationSchedule({ intervalMs: 1000, retryMs: 250, removeUnattested: true });
    s.sync([{ id: id(1) }], 0);
    s.takeDue(0);
    s.record(id(1), { kind: 'verified' }, 0);
    s.takeDue(1000);
    expect(s.record(id(1), { kind: 'unreachable', message: 'down' }, 1000)).toEqual({ attested: true, remove: false, changed: false });
    expect(s.nextDueMs()).toBe(1250);
    s.takeDue(1250);
    expect(s.record(id(1), { kind: 'unreachable', message: 'down' }, 1250)).toEqual({ attested: false, remove: false, changed: true });
  });

  it('collateral refreshed: everyone is due at once', () => {
    const s = new ReattestationSchedule({ intervalMs: hour, removeUnattested: false });
    s.sync([{ id: id(1), verifiedAtMs: 0 }, { id: id(2), verifiedAtMs: 0 }], 1);
    expect(s.takeDue(2)).toEqual([]);
    s.collateralRefreshed(5);
    expect(s.takeDue(5)).toEqual([1, 2]);
  });

  it('forgets removed members and everything on reset; outcomes for forgotten members are ignored', () => {
    const s = new ReattestationSchedule({ intervalMs: hour, removeUnattested: false });
    s.sync([{ id: id(1) }, { id: id(2) }], 0);
    expect(s.takeDue(0)).toEqual([1, 2]);
    s.sync([{ id: id(1) }], 0);
    expect(s.size).toBe(1);
    expect(s.record(id(2), { kind: 'verified' }, 1)).toBeUndefined();
    s.reset();
    expect(s.size).toBe(0);
    expect(s.record(id(1), { kind: 'verified' }, 1)).toBeUndefined();
    expect(s.attested(id(1))).toBeUndefined();
  });

  it('refuses a nonsensical interval', () => {
    expect(() => new ReattestationSchedule({ intervalMs: 0, removeUnattested: false })).toThrow(/interval/);
  });
});
