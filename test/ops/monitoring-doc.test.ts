import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { metricCatalog } from '../../src/ops/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const page = readFileSync(join(repoRoot, 'docs', 'operators', 'monitoring.md'), 'utf8');

describe('docs/operators/monitoring.md', () => {
  it('lists every catalog metric with its type and labels', () => {
    for (const e of metricCatalog) {
      const row = page.split('\n').find((l) => l.startsWith(`| \`<org>_${e.suffix}\` |`));
      expect(row, `no row for <org>_${e.suffix}`).toBeDefined();
      const cells = row!.split(' | ');
      expect(cells[1], e.suffix).toBe(e.type);
      expect(cells[2], e.suffix).toBe(['organism', ...e.labels].map((l) => `\`${l}\``).join(', '));
    }
  });

  it('lists no metric the catalog does not have', () => {
    const suffixes = new Set(metricCatalog.map((e) => e.suffix));
    const listed = [...page.matchAll(/^\| `<org>_([a-z0-9_]+)` \|/gm)].map((m) => m[1]!);
    expect(listed.length).toBe(metricCatalog.length);
    for (const s of listed) expect(suffixes.has(s), s).toBe(true);
  });
});
