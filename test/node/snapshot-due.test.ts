import { describe, expect, it } from 'vitest';
import { snapshotDue } from '../../src/node/seat.js';

/** The indices at which a member snapshots while applying one entry at a time up to `upTo`. */
function snapshotsOf(id: number, every: number, upTo: number): number[] {
  const out: number[] = [];
  let last = 0;
  for (let applied = 1; applied <= upTo; applied++) {
    if (snapshotDue(applied, last, every, id)) {
      out.push(applied);
      last = applied;
    }
  }
  return out;
}

describe('snapshotDue: members snapshot on grids offset by their ids', () => {
  it('every member snapshots about once per interval, between half and one and a half intervals apart, on its grid', () => {
    for (const id of [1, 7, 9_999, 10_000, 233_707_947_291_196, 42_156_903_743_530]) {
      const at = snapshotsOf(id, 10_000, 100_000);
      expect(at.length, String(id)).toBeGreaterThanOrEqual(9);
      expect(at.length, String(id)).toBeLessThanOrEqual(11);
      let prev = 0;
      for (const i of at) {
        expect(i - prev).toBeGreaterThanOrEqual(5_000);
        expect(i - prev).toBeLessThan(15_000);
        prev = i;
        expect(i % 10_000).toBe(id % 10_000);
      }
    }
  });

  it('members with different ids do not snapshot at the same index (the committee of the bench, ids from its logs)', () => {
    const ids = [233_707_947_291_196, 42_156_903_743_530, 153_900_944_099_925];
    const sets = ids.map((id) => new Set(snapshotsOf(id, 10_000, 200_000)));
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) for (const i of sets[a]!) expect(sets[b]!.has(i), `${ids[a]} and ${ids[b]} at ${i}`).toBe(false);
    }
  });

  it('a jump in the applied index (a batch) still triggers, and an interval of 1 snapshots every entry', () => {
    expect(snapshotDue(25_000, 10_000, 10_000, 3)).toBe(true);
    expect(snapshotDue(20_002, 10_000, 10_000, 3)).toBe(false); // the grid point after 15_000 is 20_003
    expect(snapshotDue(20_003, 10_000, 10_000, 3)).toBe(true);
    expect(snapshotDue(15_002, 10_004, 10_000, 3)).toBe(false); // half an interval after 10_004 is 15_004: next point 20_003
    expect(snapshotDue(20_003, 10_004, 10_000, 3)).toBe(true);
    // A batch that jumped past the grid point: the snapshot is taken off-grid, the next one is back on it.
    expect(snapshotDue(21_500, 10_000, 10_000, 3)).toBe(true);
    expect(snapshotDue(30_002, 21_500, 10_000, 3)).toBe(false);
    expect(snapshotDue(30_003, 21_500, 10_000, 3)).toBe(true);
    expect(snapshotsOf(5, 1, 4)).toEqual([1, 2, 3, 4]);
  });
});
