import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { repoRoot } from '../helpers/fixtures.js';

// `npm run package:deb`, then an install into a throwaway root with dpkg
// --root (maintainer scripts run chrootless and honour DPKG_ROOT), and the
// installed tessera run from there.
const run = promisify(execFile);
const haveDpkg = spawnSync('dpkg-deb', ['--version']).status === 0 && process.getuid?.() === 0;
if (!haveDpkg && process.env.CI === 'true') throw new Error('package test: dpkg-deb and root are required under CI=true');
if (!haveDpkg) console.warn('test/package: skipped: needs dpkg-deb (Debian package dpkg) and root to build and install the .deb');

describe.skipIf(!haveDpkg)('npm run package:deb', () => {
  let deb = '';
  let root = '';

  // Async: a long synchronous child would block the test worker's RPC with vitest.
  beforeAll(async () => {
    const { stdout: out } = await run(process.execPath, [join(repoRoot, 'scripts', 'package-deb.mjs')], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 24 });
    deb = out.trim().split('\n').pop() ?? '';
    root = mkdtempSync(join(tmpdir(), 'tessera-deb-root-'));
    // The least a dpkg database and an /etc need to take a package.
    for (const d of ['var/lib/dpkg/info', 'var/lib/dpkg/updates', 'etc']) mkdirSync(join(root, d), { recursive: true });
    writeFileSync(join(root, 'var/lib/dpkg/status'), '');
    writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    writeFileSync(join(root, 'etc/group'), 'root:x:0:\n');
    writeFileSync(join(root, 'etc/shadow'), 'root:*:19000:0:99999:7:::\n', { mode: 0o640 });
    writeFileSync(join(root, 'etc/gshadow'), 'root:*::\n', { mode: 0o640 });
  }, 180_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('builds a .deb whose control fields and file list are what operators expect', () => {
    expect(existsSync(deb)).toBe(true);
    const control = execFileSync('dpkg-deb', ['--field', deb], { encoding: 'utf8' });
    expect(control).toMatch(/^Package: tessera$/m);
    expect(control).toMatch(/^Depends: .*nodejs \(>= 20\.19\)/m);
    const files = execFileSync('dpkg-deb', ['--contents', deb], { encoding: 'utf8' });
    for (const f of ['./usr/bin/tessera', './usr/lib/tessera/build/Release/tessera.node', './usr/lib/tessera/dist/src/cli/entry.js',
      './lib/systemd/system/builder@.service', './etc/builder/example.toml', './usr/share/man/man1/tessera.1.gz']) {
      expect(files).toContain(f);
    }
    // Production dependencies only: no test runner, no compiler.
    expect(files).toContain('./usr/lib/tessera/node_modules/@grpc/grpc-js/');
    expect(files).not.toContain('node_modules/vitest/');
    expect(files).not.toContain('node_modules/typescript/');
    expect(execFileSync('dpkg-deb', ['--info', deb, 'conffiles'], { encoding: 'utf8' })).toContain('/etc/builder/example.toml');
  });

  it('installs into a throwaway root: builder user, 0700 secrets, a working tessera', async () => {
    const r = spawnSync('dpkg', ['--root', root, '--force-script-chrootless', '--force-depends', '--log', '/dev/null', '-i', deb], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    expect(readFileSync(join(root, 'etc/passwd'), 'utf8')).toMatch(/^builder:x:\d+:\d+:[^:]*:\/var\/lib\/builder:\/usr\/sbin\/nologin$/m);
    expect(statSync(join(root, 'etc/builder/secrets')).mode & 0o777).toBe(0o700);

    const tessera = join(root, 'usr/bin/tessera');
    const help = spawnSync(tessera, ['--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: tessera/);
    // Running from the installed tree, not the checkout.
    const fromRoot = spawnSync(tessera, ['fingerprint', join(root, 'etc/builder/example.toml'), '--json'], { encoding: 'utf8', cwd: root });
    expect(fromRoot.status, fromRoot.stderr).toBe(0);
    const fromRepo = spawnSync(process.execPath, [join(repoRoot, 'bin/tessera.js'), 'fingerprint', join(repoRoot, 'docs/operators/example-config.toml'), '--json'], { encoding: 'utf8' });
    expect(JSON.parse(fromRoot.stdout)).toEqual(JSON.parse(fromRepo.stdout));
  });

  it('passes lintian with only the overrides docs/operators/packaging.md explains', async () => {
    if (spawnSync('lintian', ['--version']).status !== 0) {
      if (process.env.CI === 'true') throw new Error('lintian is required under CI=true');
      console.warn('lintian not installed: skipping the lintian check');
      return;
    }
    const r = await run('lintian', ['--tag-display-limit', '0', deb], { encoding: 'utf8', maxBuffer: 1 << 24 }).catch((e: { stdout: string; stderr: string }) => e);
    const tags = (r.stdout + r.stderr).split('\n').filter((l) => /^[EWI]: /.test(l));
    expect(tags).toEqual([]);
    const overrides = readFileSync(join(repoRoot, 'packaging/deb/lintian-overrides'), 'utf8').split('\n').filter((l) => l.startsWith('tessera: '));
    const doc = readFileSync(join(repoRoot, 'docs/operators/packaging.md'), 'utf8');
    for (const o of overrides) expect(doc).toContain(o.split(' ')[1]);
  });
});
