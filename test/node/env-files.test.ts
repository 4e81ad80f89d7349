import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { applyEnvFiles, parseEnvFile, underSystemd } from '../../src/node/env-files.js';

describe('parseEnvFile', () => {
  it('reads KEY=value lines, comments, export, and quoted values as systemd does', () => {
    const m = parseEnvFile(
      ['# comment', '; also a comment', '', 'A=1', 'export B = two words ', "C='single $x'", 'D="dq \\"x\\" \\\\ \\n end"', 'E='].join('\n'),
      'f.env',
    );
    expect(Object.fromEntries(m)).toEqual({ A: '1', B: 'two words', C: 'single $x', D: 'dq "x" \\ \n end', E: '' });
  });

  it.each([
    ['no equals sign', 'JUSTAKEY', /f\.env:1: expected KEY=value/],
    ['a bad name', '1A=x', /f\.env:1: "1A" is not a variable name/],
    ['an unterminated quote', 'A="abc', /f\.env:1: unterminated double quote/],
    ['an unknown escape', 'A="\\q"', /unknown escape \\q/],
    ['a bare inner quote', 'A="a"b"', /must be written/],
    ['an unterminated single quote', "A='x", /unterminated single quote/],
  ])('refuses %s, naming file and line', (_what, text, message) => {
    expect(() => parseEnvFile(`# first\n${text}`.split('\n').slice(1).join('\n'), 'f.env')).toThrow(message);
    try {
      parseEnvFile(text, 'f.env');
    } catch (e) {
      expect((e as { code: string }).code).toBe('ENV_FILE_INVALID');
    }
  });
});

describe('applyEnvFiles', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('applies common.env then <instance>.env; the process environment wins over both', () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-env-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'common.env'), 'PROMETHEUS_ADDR=127.0.0.1:9000\nSHARED=common\nKEPT=common\n');
    writeFileSync(join(dir, 'tally-member.env'), 'PROMETHEUS_ADDR=127.0.0.1:9100\n');
    const env: NodeJS.ProcessEnv = { KEPT: 'shell' };
    const r = applyEnvFiles(env, 'tally-member', dir);
    expect(r.filesRead).toEqual([join(dir, 'common.env'), join(dir, 'tally-member.env')]);
    expect(env).toEqual({ KEPT: 'shell', PROMETHEUS_ADDR: '127.0.0.1:9100', SHARED: 'common' });
    expect([...r.applied].sort()).toEqual(['PROMETHEUS_ADDR', 'SHARED']);
  });

  it('skips absent files and reads nothing under systemd', () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-env-'));
    writeFileSync(join(dir, 'common.env'), 'X=1\n');
    expect(applyEnvFiles({}, 'none', dir).filesRead).toEqual([join(dir, 'common.env')]);
    const env: NodeJS.ProcessEnv = { INVOCATION_ID: 'abc' };
    expect(underSystemd(env)).toBe(true);
    expect(applyEnvFiles(env, 'none', dir)).toEqual({ filesRead: [], applied: [], skipped: 'systemd' });
    expect(env.X).toBeUndefined();
  });

  it('names the file and line of a bad line, and refuses an oversized file', () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-env-'));
    writeFileSync(join(dir, 'common.env'), 'A=1\nnot a line\n');
    expect(() => applyEnvFiles({}, 'x', dir)).toThrow(`${join(dir, 'common.env')}:2: expected KEY=value`);
    writeFileSync(join(dir, 'common.env'), `A=${'x'.repeat(70_000)}\n`);
    expect(() => applyEnvFiles({}, 'x', dir)).toThrow(/at most 65536/);
  });
});
