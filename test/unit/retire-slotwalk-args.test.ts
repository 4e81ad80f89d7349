/** Argument parsing of `tessera retire` and `tessera slot-walk` (the commands themselves: test/node/retirement.test.ts, slot-walk.test.ts). */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { parseEffectiveAt } from '../../src/cli/commands/retire.js';
import { parseWalkTarget } from '../../src/cli/commands/slot-walk.js';

describe('tessera retire --effective-at', () => {
  it('takes now, ms since the epoch, and ISO 8601 with a zone, all to the same instant', () => {
    expect(parseEffectiveAt('now')).toBe(0); // 0 on the wire: the leader's clock
    expect(parseEffectiveAt('1765152000000')).toBe(1_765_152_000_000);
    expect(parseEffectiveAt('2025-12-08T00:00:00Z')).toBe(1_765_152_000_000);
    expect(parseEffectiveAt('2025-12-08T01:30:00+01:30')).toBe(1_765_152_000_000);
    expect(parseEffectiveAt('2025-12-08T00:00:00.250Z')).toBe(1_765_152_000_250);
  });

  it('refuses local times, seconds and nonsense with a UsageError naming the forms', () => {
    for (const bad of [undefined, '', 'soon', '2025-12-08', '2025-12-08T00:00:00', '1765152000', '2025-13-45T00:00:00Z', '99999999999999999999']) {
      expect(() => parseEffectiveAt(bad), String(bad)).toThrow(UsageError);
    }
  });
});

describe('tessera slot-walk ORGANISM=...', () => {
  it('parses a label, an optional fingerprint and one or more endpoints', () => {
    const fpr = 'ab'.repeat(32);
    expect(parseWalkTarget(`A=${fpr}@10.0.0.7:7401`)).toEqual({ name: 'A', fingerprint: fpr, endpoints: ['10.0.0.7:7401'] });
    expect(parseWalkTarget('tally-eu=h1.example:7401,[::1]:7402')).toEqual({ name: 'tally-eu', fingerprint: undefined, endpoints: ['h1.example:7401', '[::1]:7402'] });
  });

  it('refuses what it cannot use, naming the part', () => {
    const cases: [string, RegExp][] = [
      ['127.0.0.1:7401', /expected ORGANISM=/],
      ['=127.0.0.1:7401', /expected ORGANISM=/],
      ['a b=127.0.0.1:7401', /organism label/],
      [`A=${'AB'.repeat(32)}@h:1`, /64 lowercase hex digits/],
      ['A=h:99999', /host:port/],
      ['A=h:1,', /host:port/],
    ];
    for (const [arg, message] of cases) expect(() => parseWalkTarget(arg), arg).toThrow(message);
  });
});
