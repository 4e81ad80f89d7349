import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { repoRoot } from '../helpers/fixtures.js';

const unitPath = join(repoRoot, 'systemd', 'builder@.service');
const unit = readFileSync(unitPath, 'utf8');
const haveAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
if (!haveAnalyze && process.env.CI === 'true') throw new Error('systemd-analyze is missing; CI=true requires it (Debian package systemd)');
if (!haveAnalyze) console.warn('systemd-unit.test.ts: systemd-analyze not found (Debian package systemd); skipping verify and security');
const exposureMax = 4.0;

/** Lines `Key=value` of the unit (comments dropped). */
const settings = unit.split('\n').filter((l) => /^[A-Za-z]+=/.test(l));
const values = (key: string): string[] => settings.filter((l) => l.startsWith(`${key}=`)).map((l) => l.slice(key.length + 1));

describe('systemd/builder@.service', () => {
  it('has the settings OPERATIONS.md and the issue require', () => {
    expect(values('Type')).toEqual(['notify']);
    expect(values('NotifyAccess')).toEqual(['main']);
    expect(values('Restart')).toEqual(['on-failure']);
    expect(Number.parseInt(values('WatchdogSec')[0] ?? '', 10)).toBeGreaterThan(0);
    expect(values('EnvironmentFile')).toEqual(['-/etc/builder/common.env', '-/etc/builder/%i.env']);
    expect(values('StateDirectory')).toEqual(['builder/%i']);
    expect(values('ExecStart')).toEqual(['/usr/bin/tessera run --instance %i']);
    for (const [key, value] of [
      ['ProtectSystem', 'strict'],
      ['ProtectHome', 'yes'],
      ['PrivateTmp', 'yes'],
      ['NoNewPrivileges', 'yes'],
      ['RestrictAddressFamilies', 'AF_UNIX AF_INET AF_INET6'],
      ['CapabilityBoundingSet', ''],
    ] as const) {
      expect(values(key), key).toEqual([value]);
    }
    expect(values('SystemCallFilter')).toContain('@system-service');
    expect(values('ReadWritePaths')).toContain('-/sys/kernel/config/tsm/report');
    // V8's JIT cannot run under MemoryDenyWriteExecute.
    expect(values('MemoryDenyWriteExecute')).toEqual([]);
    // Other roles use the same template (builder@zipnet-server).
    expect(settings.join("\n")).not.toMatch(/-member/);
  });

  describe.skipIf(!haveAnalyze)('under systemd-analyze', () => {
    // An alternate root holding the host's units, the unit and an executable
    // /usr/bin/tessera, so verify checks the unit and not this host's install.
    const root = mkdtempSync(join(tmpdir(), 'tessera-unit-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const hostUnits = ['/usr/lib/systemd/system', '/lib/systemd/system'].find((d) => existsSync(join(d, 'sysinit.target')));
    mkdirSync(join(root, 'usr', 'lib', 'systemd'), { recursive: true });
    if (hostUnits !== undefined) cpSync(hostUnits, join(root, 'usr', 'lib', 'systemd', 'system'), { recursive: true, dereference: false });
    mkdirSync(join(root, 'usr', 'bin'), { recursive: true });
    writeFileSync(join(root, 'usr', 'bin', 'tessera'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(root, 'usr', 'bin', 'tessera'), 0o755);
    const unitDir = join(root, 'etc', 'systemd', 'system');
    mkdirSync(unitDir, { recursive: true });
    writeFileSync(join(unitDir, 'builder@.service'), unit);

    const analyze = (...args: string[]) => spawnSync('systemd-analyze', [`--root=${root}`, '--man=no', ...args], { encoding: 'utf8' });

    it('passes `systemd-analyze verify` without a warning, for a member and for another role', () => {
      expect(hostUnits, 'the host has no systemd units to verify against').toBeDefined();
      for (const instance of ['tally-member', 'zipnet-server']) {
        const r = analyze('verify', `builder@${instance}.service`);
        expect(r.stderr, instance).toBe('');
        expect(r.status, instance).toBe(0);
      }
    });

    it('the verify check catches a broken unit (so the test above can fail)', () => {
      writeFileSync(join(unitDir, 'broken@.service'), unit.replace('Type=notify', 'Typ=notify'));
      const r = analyze('verify', 'broken@x.service');
      expect(r.stderr).toMatch(/Unknown key 'Typ'/);
    });

    it(`has an exposure score at or below ${exposureMax} under \`systemd-analyze security --offline=true\`, as docs/operators/systemd.md records`, () => {
      const r = analyze('security', '--offline=true', 'builder@tally-member.service');
      expect(r.status, r.stderr).toBe(0);
      const m = /Overall exposure level for builder@tally-member\.service: (\d+\.\d)/.exec(r.stdout);
      expect(m, r.stdout).not.toBeNull();
      const score = Number(m![1]);
      expect(score).toBeLessThanOrEqual(exposureMax);
      const doc = readFileSync(join(repoRoot, 'docs', 'operators', 'systemd.md'), 'utf8');
      expect(doc).toContain(`exposure level ${m![1]}`);
    });
  });
});
