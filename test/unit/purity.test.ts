import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

import { repoRoot } from '../helpers/fixtures.js';

// The Raft core and the organism state machine must stay pure and
// deterministic (the simulator depends on it): no clock, randomness, timers,
// network, filesystem or process state. This guards it on every change.
const pureFolders = ['src/raft', 'src/organism'];
const allowedImportPrefixes: Record<string, string[]> = {
  'src/raft': ['./', '../common/'],
  'src/organism': ['./', '../common/', '../hash/'],
};
const forbidden: [RegExp, string][] = [
  [/\bDate\b/, 'Date (the clock)'],
  [/\bMath\.random\b/, 'Math.random'],
  [/\bperformance\b/, 'performance (the clock)'],
  [/\b(setTimeout|setInterval|setImmediate|queueMicrotask)\b/, 'timers'],
  [/\bprocess\./, 'process state'],
  [/\brequire\(/, 'require()'],
  [/\bfetch\(/, 'the network'],
  [/\bimport\(/, 'dynamic import'],
];

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('pure folders', () => {
  for (const folder of pureFolders) {
    it(`${folder} uses no clock, randomness, I/O or foreign imports`, () => {
      const problems: string[] = [];
      const files = tsFiles(join(repoRoot, folder));
      // An empty list would pass vacuously (a renamed folder, a wrong path).
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const rel = relative(repoRoot, file);
        const code = stripComments(readFileSync(file, 'utf8'));
        for (const m of code.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) {
          const spec = m[1] ?? '';
          if (!allowedImportPrefixes[folder]!.some((p) => spec.startsWith(p))) problems.push(`${rel}: imports '${spec}'`);
        }
        for (const [re, what] of forbidden) if (re.test(code)) problems.push(`${rel}: uses ${what}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('catches a violation (the checker itself works)', () => {
    const bad = stripComments("import { readFileSync } from 'node:fs';\nconst t = Date.now(); // fine in a comment: Math.random\n");
    expect([...bad.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1])).toEqual(['node:fs']);
    expect(forbidden.some(([re]) => re.test(bad))).toBe(true);
    expect(/Math\.random/.test(bad)).toBe(false);
  });
});
