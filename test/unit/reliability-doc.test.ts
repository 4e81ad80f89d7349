import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { repoRoot } from '../helpers/fixtures.js';

// docs/contributors/reliability.md: every row of the table of externally
// reachable inputs names the tests that back it; those tests must exist, so
// that a renamed or deleted test cannot leave a row unbacked.

const doc = readFileSync(join(repoRoot, 'docs', 'contributors', 'reliability.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Externally reachable inputs'));
const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| input ') && !l.startsWith('|---'));

describe('reliability.md: the table of externally reachable inputs', () => {
  it('has a row for every kind of input the issue lists', () => {
    const inputs = rows.map((r) => r.split('|')[1]!.toLowerCase()).join('\n');
    for (const kind of ['peer rpc', 'surface rpc', 'admin rpc', 'configuration file', 'quote', 'collateral', 'wal segments', 'environment']) expect(inputs).toContain(kind);
  });

  it('backs every row with tests that exist', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      const cells = row.split('|');
      const tests = cells[cells.length - 2]!.trim();
      const files = tests.match(/(test|native\/test)\/[\w/.-]+\.(test\.ts|cc)/g) ?? [];
      const fuzzTargets = tests.match(/\bfuzz_\w+/g) ?? [];
      expect(files.length + fuzzTargets.length, `row without tests: ${row.slice(0, 80)}`).toBeGreaterThan(0);
      for (const f of files) expect(existsSync(join(repoRoot, f)), `${f} (named in reliability.md)`).toBe(true);
      for (const t of fuzzTargets) expect(existsSync(join(repoRoot, 'native', 'fuzz', `${t}.cc`)), `${t} (named in reliability.md)`).toBe(true);
    }
  });
});
