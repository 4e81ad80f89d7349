import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { derToPem } from '../../src/attest/pki/index.js';
import { buildDcapCase } from '../../src/attest/simulated/index.js';
import { runTessera } from '../helpers/cli.js';
import { describeWithFixtures, fixturePath } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'tessera-quote-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, data: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

describeWithFixtures('tessera quote verify on the fixtures', () => {
  const quote = fixturePath('tdx', 'tdx_quote');
  const collateral = fixturePath('tdx', 'tdx_quote_collateral.json');

  it('exit 0 at the fixture time, printing status, advisories and MR_TD', async () => {
    const r = await runTessera(['quote', 'verify', quote, '--collateral', collateral, '--at', '1752919234']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/verdict\s+verified\n/);
    expect(r.stdout).toMatch(/TCB status\s+UpToDate/);
    expect(r.stdout).toMatch(/advisories\s+none/);
    expect(r.stdout).toContain('91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7');
  });

  it('--json for the SGX fixture: status and advisories', async () => {
    const r = await runTessera(['quote', 'verify', fixturePath('tdx', 'sgx_quote'), '--collateral', fixturePath('tdx', 'sgx_quote_collateral.json'), '--at', '1752919277', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { verified: boolean; status: string; advisoryIds: string[] };
    expect(j.verified).toBe(true);
    expect(j.status).toBe('ConfigurationAndSWHardeningNeeded');
    expect(j.advisoryIds).toEqual(['INTEL-SA-00289', 'INTEL-SA-00615']);
  });

  it('exit 3 with the reason when the collateral has expired (now)', async () => {
    const r = await runTessera(['quote', 'verify', quote, '--collateral', collateral, '--json']);
    expect(r.code).toBe(3);
    const j = JSON.parse(r.stdout) as { verified: boolean; reason: string; message: string };
    expect(j.verified).toBe(false);
    expect(j.reason).toMatch(/_EXPIRED$/);
    expect(j.message).toContain('expired at');
  });

  it('usage errors exit 2; unreadable or non-JSON collateral exits 1', async () => {
    expect((await runTessera(['quote', 'verify', quote])).code).toBe(2);
    expect((await runTessera(['quote', 'verify', quote, '--collateral', collateral, '--at', 'soon'])).code).toBe(2);
    const bad = await runTessera(['quote', 'verify', quote, '--collateral', file('bad.json', '{nope')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('COLLATERAL_MALFORMED');
    expect((await runTessera(['quote', 'verify', quote, '--collateral', join(dir, 'missing.json')])).code).toBe(1);
  });
});

describe('tessera quote verify --trust-root (simulated PKI)', () => {
  it('verifies under the given root and says simulated; refuses without it', async () => {
    const c = buildDcapCase();
    const q = file('sim.quote', c.quote);
    const col = file('sim.json', JSON.stringify(c.collateral));
    const root = file('root.pem', derToPem(c.trustedRootDer));
    const ok = await runTessera(['quote', 'verify', q, '--collateral', col, '--at', String(c.atUnix), '--trust-root', root]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('simulated root, not Intel');
    const refused = await runTessera(['quote', 'verify', q, '--collateral', col, '--at', String(c.atUnix)]);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toContain('ROOT_UNTRUSTED');
  });
});
