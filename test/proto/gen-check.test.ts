import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The checked-in generated code must match proto/ exactly.
describe('gen:proto --check', () => {
  it('reports the generated modules up to date with proto/', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-proto.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });
});
