import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { parseSeatConfig } from '../../src/config/index.js';
import { blake3 } from '../../src/hash/index.js';
import { runTessera, spawnTessera } from '../helpers/cli.js';
import { readTestdata, testdata } from './mutations.js';

const full = join(testdata, 'full.toml');
const fullReordered = join(testdata, 'full-reordered.toml');
const coalition = join(testdata, 'coalition.toml');
const goldenFull = {
  stable_id: '6d00632c57b1d59143f43f7cf9d06856f68f50876eee3007cbd62d2a5d656d6c',
  content_hash: 'e7f0a4cb0078008ff011b9d6f40fa7218260f23d0c7b72db3540038fa1a8326b',
  fingerprint: '0b894a4a7cc4870959d4c8574a58c30f073367b4ae5c9574a39580f2739de889',
};

const dir = mkdtempSync(join(tmpdir(), 'tessera-config-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('tessera fingerprint', () => {
  it('prints the stable id, content hash and fingerprint', async () => {
    const r = await runTessera(['fingerprint', full]);
    expect(r).toEqual({
      code: 0,
      stdout: `organism      tally-eu\nstable id     ${goldenFull.stable_id}\ncontent hash  ${goldenFull.content_hash}\nfingerprint   ${goldenFull.fingerprint}\n`,
      stderr: '',
    });
    const j = await runTessera(['fingerprint', '--json', fullReordered]);
    expect(JSON.parse(j.stdout)).toEqual({ kind: 'organism', name: 'tally-eu', ...goldenFull, schema_version: 1 });
  });

  it("prints a coalition's fingerprint for a coalition file", async () => {
    const r = await runTessera(['fingerprint', coalition]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('coalition     eth-builders\nfingerprint   d7cb1865679a71b2faacf316dde2d6d84c9fa134f9387d2ef2b485594cef4b97\n');
    expect(JSON.parse((await runTessera(['fingerprint', coalition, '--json'])).stdout)).toMatchObject({ kind: 'coalition', members: 3 });
  });

  it('resolves a relative CONFIG against the working directory and ignores the environment', async () => {
    const r = await runTessera(['fingerprint', 'full.toml', '--json'], { cwd: testdata, env: { PROMETHEUS_ADDR: 'garbage' } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).fingerprint).toBe(goldenFull.fingerprint);
  });

  it('exits 5 naming file, line and key for an invalid config, 1 for an unreadable one, 2 without an argument', async () => {
    const bad = write('bad.toml', readTestdata('full.toml').replace('deadline_ms = 12000', 'deadline_ms = 12').replace('name = "ops"', 'name = "Ops"'));
    const r = await runTessera(['fingerprint', bad]);
    expect(r.code).toBe(5);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:37: 'apply.deadline_ms': expected an integer >= 100`);
    expect(r.stderr).toContain(`${bad}:51: 'ticket_issuer[0].name': expected a lowercase name`);
    expect(r.stderr).toMatch(/\[CONFIG_INVALID\]\n$/);
    const syntax = await runTessera(['fingerprint', write('syntax.toml', '[organism\nname = 1\n')]);
    expect(syntax.code).toBe(5);
    expect(syntax.stderr).toMatch(/syntax\.toml:1:\d+: .*\[CONFIG_SYNTAX\]/);
    const missing = await runTessera(['fingerprint', join(dir, 'absent.toml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ENOENT [CONFIG_UNREADABLE]');
    expect((await runTessera(['fingerprint'])).code).toBe(2);
    expect((await runTessera(['fingerprint', full, '--instance', '../x'])).code).toBe(5);
  });

  it('runs as a real process', () => {
    const r = spawnTessera(['fingerprint', full, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).fingerprint).toBe(goldenFull.fingerprint);
  });
});

describe('tessera config check', () => {
  it('prints the resolved config, which loads back to the same identity', async () => {
    const r = await runTessera(['config', 'check', full, '--instance', 'tally-eu-member', '--skip-fold-module'], { env: {} });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`# fingerprint   ${goldenFull.fingerprint}`);
    expect(r.stdout).toContain('data_dir = "/var/lib/builder/tally-eu-member"');
    expect(r.stdout).toContain('reattest_interval_s = 3600');
    const again = parseSeatConfig('again.toml', r.stdout, { env: {} });
    expect(again.identity.fingerprintHex).toBe(goldenFull.fingerprint);
    expect(again.seat.dataDir).toBe('/var/lib/builder/tally-eu-member');
  });

  it('applies PROMETHEUS_ADDR from the environment, and refuses a malformed one with exit 5', async () => {
    const ok = await runTessera(['config', 'check', full, '--json', '--skip-fold-module'], { env: { PROMETHEUS_ADDR: '127.0.0.1:9464' } });
    const j = JSON.parse(ok.stdout);
    expect(j.config.seat.metrics_listen).toBe('127.0.0.1:9464');
    expect(j.identity.fingerprint).toBe(goldenFull.fingerprint);
    expect(j.instance).toBe('full');
    const bad = await runTessera(['config', 'check', full, '--skip-fold-module'], { env: { PROMETHEUS_ADDR: 'x' } });
    expect(bad.code).toBe(5);
    expect(bad.stderr).toContain("'PROMETHEUS_ADDR'");
  });

  it('checks the fold module against its pin', async () => {
    const module = write('fold.mjs', 'export default function fold(observations) { return observations.length; }\n');
    const pin = blake3(Buffer.from('export default function fold(observations) { return observations.length; }\n')).toString('hex');
    const text = readTestdata('full.toml').replace('/etc/builder/folds/tally.mjs', module);
    const good = write('fold-good.toml', text.replace(/fold_module_blake3 = ".*"/, `fold_module_blake3 = "${pin}"`));
    expect((await runTessera(['config', 'check', good], { env: {} })).code).toBe(0);
    const wrong = await runTessera(['config', 'check', write('fold-wrong.toml', text)], { env: {} });
    expect(wrong.code).toBe(5);
    expect(wrong.stderr).toContain(`has BLAKE3 ${pin}; apply.fold_module_blake3 pins f0f0`);
    expect(wrong.stderr).toContain('[FOLD_MODULE_PIN_MISMATCH]');
    const absent = await runTessera(['config', 'check', write('fold-absent.toml', text.replace(module, join(dir, 'nope.mjs')))], { env: {} });
    expect(absent.code).toBe(5);
    expect(absent.stderr).toContain('ENOENT [FOLD_MODULE_UNREADABLE]');
    expect((await runTessera(['config', 'check', '--skip-fold-module', join(dir, 'fold-absent.toml')], { env: {} })).code).toBe(0);
  });

  it('validates a coalition file too', async () => {
    const r = await runTessera(['config', 'check', coalition]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[[coalition.member]]');
  });
});

describe('tessera config diff', () => {
  it('exits 0 with "integrators must rebind: no" when only seat-local keys and labels change', async () => {
    const r = await runTessera(['config', 'diff', full, fullReordered]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seat-local change (no fingerprint change):\n');
    expect(r.stdout).toContain('  seat.log_level: "info" -> "debug"\n');
    expect(r.stdout).toContain('  operator[alice]: added {"name":"alice"');
    expect(r.stdout).toContain(`fingerprint: ${goldenFull.fingerprint} (unchanged)\n`);
    expect(r.stdout.endsWith('integrators must rebind: no\n')).toBe(true);
  });

  it('exits 0 with "no change" for the same file', async () => {
    const r = await runTessera(['config', 'diff', full, full]);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^no change\n/) });
  });

  it('exits 3 with the class and the verdict when integrators must rebind', async () => {
    const rotated = write('rotated.toml', readTestdata('full.toml').replace('"111111', '"333333'));
    const r = await runTessera(['config', 'diff', full, rotated]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^admission policy rotation:\n {2}admission\.mrtd: removed \["1{96}"\], added \["3{6}1{90}"\]\nfingerprint: 0b894a4a\w+ -> \w{64}\nintegrators must rebind: yes\n$/);
    const renamed = write('renamed.toml', readTestdata('full.toml').replace('name = "tally-eu"', 'name = "tally-eu-2"'));
    const j = await runTessera(['config', 'diff', '--json', full, renamed]);
    expect(j.code).toBe(3);
    const out = JSON.parse(j.stdout);
    expect(out).toMatchObject({ classes: ['rename'], rebind: true, changes: [{ path: 'organism.name', class: 'rename', fingerprinted: true, old: 'tally-eu', new: 'tally-eu-2' }] });
    expect(out.old.stable_id).toBe(goldenFull.stable_id);
    expect(out.new.content_hash).toBe(goldenFull.content_hash);
    const text = await runTessera(['config', 'diff', full, renamed]);
    expect(text.stdout).toContain('rename: a retirement');
  });

  it('exits 5 when either file is invalid, 2 for a coalition file', async () => {
    const bad = write('bad-new.toml', '[organism]\nname = "x"\n');
    const r = await runTessera(['config', 'diff', full, bad]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain("'admission': missing required key");
    expect((await runTessera(['config', 'diff', coalition, full])).code).toBe(2);
  });

  it('resolves both files with one instance, so instance-derived defaults do not show', async () => {
    const a = write('a-member.toml', readTestdata('minimal.toml'));
    const b = write('b-member.toml', readTestdata('minimal.toml'));
    expect((await runTessera(['config', 'diff', a, b])).stdout).toMatch(/^no change\n/);
  });
});
