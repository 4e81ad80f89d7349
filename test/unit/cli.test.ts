import { describe, expect, it } from 'vitest';

import { commands } from '../../src/cli/commands/index.js';
import { runTessera, spawnTessera } from '../helpers/cli.js';

describe('tessera CLI', () => {
  it('lists every command in --help and exits 0', async () => {
    const r = await runTessera(['--help']);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(c.name);
  });

  it('exits 2 with no arguments and on an unknown command', async () => {
    expect((await runTessera([])).code).toBe(2);
    const r = await runTessera(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it('gives every command a --help with usage and options', async () => {
    for (const c of commands) {
      const r = await runTessera([...c.name.split(' '), '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout, c.name).toContain(`usage: tessera ${c.name}`);
      expect(r.stdout, c.name).toContain('--help');
    }
  });

  it('refuses an unknown option with exit 2 and the usage', async () => {
    const r = await runTessera(['version', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    expect(r.stderr).toContain('usage: tessera version');
  });

  it('runs as a real process through bin/tessera.js', () => {
    const r = spawnTessera(['version', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});
