import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

import { parseQuote } from '../../src/attest/index.js';
import { fixturesDir, haveFixtures, repoRoot } from '../helpers/fixtures.js';

// scripts/fuzz.mjs itself is exercised by `npm test` (a bounded slice of
// every target); these check its argument handling and the seed generators.

interface SeedSpec {
  seeds: { name: string; data: Uint8Array }[];
  maxLen?: number;
  dictionary?: string[];
}

async function loadSeeds(target: string): Promise<SeedSpec> {
  const url = pathToFileURL(join(repoRoot, 'native', 'fuzz', `fuzz_${target}.seeds.mjs`)).href;
  // A computed specifier: the seed modules are plain JavaScript for scripts/fuzz.mjs.
  const mod = (await import(url)) as { default: (ctx: { fixturesDir: string | undefined; root: string }) => SeedSpec | Promise<SeedSpec> };
  return mod.default({ fixturesDir: haveFixtures ? fixturesDir : undefined, root: repoRoot });
}

function fuzzScript(...args: string[]): { code: number; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'fuzz.mjs'), ...args], { encoding: 'utf8' });
  return { code: r.status ?? 1, stderr: r.stderr };
}

describe('fuzzing infrastructure', () => {
  it('gives every fuzz target a seed generator', () => {
    const dir = join(repoRoot, 'native', 'fuzz');
    const targets = readdirSync(dir).filter((f) => /^fuzz_.+\.cc$/.test(f));
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const t of targets) expect(readdirSync(dir), t).toContain(t.replace(/\.cc$/, '.seeds.mjs'));
  });

  it('seeds fuzz_quote_parse with quotes that all parse, the fixtures among them when present', async () => {
    const spec = await loadSeeds('quote_parse');
    expect(spec.seeds.length).toBeGreaterThanOrEqual(14);
    for (const s of spec.seeds) {
      expect(() => parseQuote(s.data), s.name).not.toThrow();
      expect(s.data.length, s.name).toBeLessThanOrEqual(spec.maxLen ?? 4096);
    }
    const names = spec.seeds.map((s) => s.name);
    expect(names.some((n) => n.startsWith('fixture-'))).toBe(haveFixtures);
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuses bad arguments with exit 2 before building anything', () => {
    const zero = fuzzScript('--seconds', '0');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--seconds must be an integer');
    const unknown = fuzzScript('--target', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown target 'nope' \(targets: .*quote_parse/);
    expect(fuzzScript('--bogus').code).toBe(2);
  });
});
