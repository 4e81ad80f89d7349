import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The checked-in generated code must match proto/ exactly. pbjs is slow to
// start (several seconds per package on a loaded 2-core machine), hence the
// generous timeout; async so the worker keeps answering vitest meanwhile.
describe('gen:proto --check', () => {
  it('reports the generated modules up to date with proto/', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/gen-proto.mjs', '--check'], { encoding: 'utf8' });
    expect(stdout).toMatch(/up to date/);
  }, 300_000);
});
