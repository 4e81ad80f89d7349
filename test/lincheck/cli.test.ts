import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { ExitCode } from '../../src/cli/exit-codes.js';
import { describeWithFixtures, fixturePath, repoRoot } from '../helpers/fixtures.js';
import { runLincheck } from './cli.js';

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runLincheck(args, { stdout: { write: (c: string) => (stdout += c) }, stderr: { write: (c: string) => (stderr += c) } });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'lincheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

const j = (process: number, type: string, f: string, value: string) => `INFO  jepsen.util - ${process}\t:${type}\t:${f}\t${value}`;
const good = file('good.log', [j(0, 'invoke', 'write', '1'), j(0, 'ok', 'write', '1'), j(1, 'invoke', 'read', 'nil'), j(1, 'ok', 'read', '1')]);
const stale = file('stale.log', [j(0, 'invoke', 'write', '1'), j(0, 'ok', 'write', '1'), j(1, 'invoke', 'read', 'nil'), j(1, 'ok', 'read', 'nil')]);
const broken = file('broken.log', [j(0, 'invoke', 'write', '1'), 'INFO  jepsen.util - 0\t:ok\t:write']);
// Concurrent writes of 0..23, then a read of a value none wrote: no linearization, found only after ~2^27 steps.
const hard = file('hard.log', [
  ...Array.from({ length: 24 }, (_, v) => j(v, 'invoke', 'write', String(v))),
  ...Array.from({ length: 24 }, (_, v) => j(v, 'ok', 'write', String(v))),
  j(99, 'invoke', 'read', 'nil'),
  j(99, 'ok', 'read', '777'),
]);

describe('lincheck CLI', () => {
  it('prints FILE linearizable and exits 0 when every file is', () => {
    const r = run(['--model', 'cas-register', good, good]);
    expect(r).toEqual({ code: ExitCode.Ok, stdout: `${good} linearizable\n${good} linearizable\n`, stderr: '' });
  });

  it('exits 3 when any file is not linearizable, explaining on stderr unless --quiet', () => {
    const r = run(['--model', 'cas-register', good, stale]);
    expect(r.code).toBe(ExitCode.CheckFailed);
    expect(r.stdout).toBe(`${good} linearizable\n${stale} not-linearizable\n`);
    expect(r.stderr).toContain(`${stale}: the history: no linearization`);
    expect(r.stderr).toContain('read() -> nil');
    expect(run(['--model', 'cas-register', '--quiet', stale]).stderr).toBe('');
  });

  it('exits 1 naming the file and line of unparseable input, and still checks the other files', () => {
    const r = run(['--model', 'cas-register', broken, good]);
    expect(r.code).toBe(ExitCode.Failure);
    expect(r.stdout).toBe(`${good} linearizable\n`);
    expect(r.stderr).toContain(`lincheck: ${broken}: line 2: not a Jepsen etcd event`);
    expect(r.stderr).toContain('[LINCHECK_PARSE_ERROR]');
    // A violation elsewhere outranks bad input.
    expect(run(['--model', 'cas-register', broken, stale]).code).toBe(ExitCode.CheckFailed);
  });

  it('exits 1 on a missing file', () => {
    const missing = join(dir, 'nope.log');
    const r = run(['--model', 'kv', missing]);
    expect(r.code).toBe(ExitCode.Failure);
    expect(r.stderr).toContain(`lincheck: ${missing}: ENOENT`);
  });

  it('reads kv logs with --model kv (and refuses a Jepsen log there, naming line 1)', () => {
    const kv = file('kv.txt', ['{:process 0, :type :invoke, :f :append, :key "k", :value "a"}', '{:process 0, :type :ok, :f :append, :key "k", :value "a"}', '{:process 1, :type :invoke, :f :get, :key "k", :value nil}', '{:process 1, :type :ok, :f :get, :key "k", :value "a"}']);
    expect(run(['--model', 'kv', kv])).toMatchObject({ code: ExitCode.Ok, stdout: `${kv} linearizable\n` });
    const r = run(['--model', 'kv', good]);
    expect(r.code).toBe(ExitCode.Failure);
    expect(r.stderr).toContain(`${good}: line 1: expected '{'`);
  });

  it('says unknown and exits 1 when the time limit passes', () => {
    const r = run(['--model', 'cas-register', '--timeout', '0.05', hard]);
    expect(r.stdout).toBe(`${hard} unknown\n`);
    expect(r.code).toBe(ExitCode.Failure);
    expect(r.stderr).toContain('unknown: reached the time limit of 0.05 s on the history');
  });

  it('prints one JSON object per file with --json', () => {
    const r = run(['--model', 'cas-register', '--json', good, stale, broken]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ file: good, verdict: 'linearizable', operations: 2, partitions: 1 });
    expect(lines[1]).toMatchObject({ file: stale, verdict: 'not-linearizable', failure: { key: '', longestPrefix: [0], candidates: [1] } });
    expect(lines[1]!.explanation).toContain('read() -> nil');
    expect(lines[2]).toMatchObject({ file: broken, code: 'LINCHECK_PARSE_ERROR' });
    expect(lines[2]!.error).toContain('line 2');
  });

  it('exits 2 on usage errors, with the usage', () => {
    const cases: [string[], string][] = [
      [[good], 'missing --model'],
      [['--model', 'bank', good], "unknown --model 'bank'"],
      [['--model', 'kv'], 'missing FILE'],
      [['--model', 'kv', '--timeout', '0', good], '--timeout must be a positive number'],
      [['--model', 'kv', '--timeout', 'soon', good], '--timeout must be a positive number'],
      [['--model', 'kv', '--bogus', good], "Unknown option '--bogus'"],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(ExitCode.Usage);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('usage: npm run lincheck');
    }
    const help = run(['--help']);
    expect(help.code).toBe(ExitCode.Ok);
    expect(help.stdout).toContain('--model MODEL');
  });

  it('runs as a real process from dist (built by npm test and npm run lincheck)', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'test', 'lincheck', 'cli.js'), '--model', 'cas-register', stale], { encoding: 'utf8' });
    expect(r.status).toBe(ExitCode.CheckFailed);
    expect(r.stdout).toBe(`${stale} not-linearizable\n`);
  });
});

describeWithFixtures('lincheck CLI on the fixtures', () => {
  it('matches jepsen-etcd/expected.txt line for line', () => {
    const d = fixturePath('linearizability', 'jepsen-etcd');
    const expected = readFileSync(join(d, 'expected.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/) as [string, string]);
    const r = run(['--model', 'cas-register', '--quiet', ...expected.map(([f]) => join(d, f))]);
    expect(r.code).toBe(ExitCode.CheckFailed);
    expect(r.stdout.trim().split('\n')).toEqual(expected.map(([f, verdict]) => `${join(d, f)} ${verdict}`));
  });
});
