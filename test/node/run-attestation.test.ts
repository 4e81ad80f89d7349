import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

import { ADMISSION_REFUSAL_REASONS, reportDataFor } from '../../src/attest/admission/index.js';
import { parseQuote } from '../../src/attest/quote.js';
import { SimulatedQuoteProvider } from '../../src/attest/simulated/index.js';
import { parseSeatConfig, type SeatConfig } from '../../src/config/index.js';
import { attestationTestHooks, attestationTestHookVars } from '../../src/node/attestation-test-hooks.js';
import { makeOwnQuote, pckPlatformOf, runAdmissionFor, runAdmissionRefusalReasons } from '../../src/node/run-attestation.js';
import { loadOrCreateNodeKey } from '../../src/peer/node-key.js';
import { TsmQuoteProvider } from '../../src/attest/tsm.js';
import { fixturePath, haveFixtures, readFixture, repoRoot } from '../helpers/fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'tessera-run-attest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function config(attestation: string, admission = ''): SeatConfig {
  const text = `[organism]
name = "unit"
machine = "kv"

[admission]
mrtd = ["${'00'.repeat(48)}"]
${admission}

[seat]
data_dir = "${join(root, 'data')}"
peer_listen = "127.0.0.1:7400"

[attestation]
${attestation}
`;
  return parseSeatConfig(join(root, 'seat.toml'), text, { env: {} });
}

const simulatedConfig = () => config(`provider = "simulated"\nsimulated_dir = "${join(root, 'sim')}"`);
const nodeKey = () => {
  mkdirSync(join(root, 'key'), { recursive: true, mode: 0o700 });
  return loadOrCreateNodeKey(join(root, 'key')).key;
};

describe('runAdmissionFor (simulated)', () => {
  it('admits a quote bound to the joiner\'s key, the organism and the nonce, with the record the membership keeps', async () => {
    const cfg = simulatedConfig();
    const provider = SimulatedQuoteProvider.open({ stateDir: cfg.attestation.simulatedDir! });
    const { admission } = runAdmissionFor(cfg, provider, attestationTestHooks({}, cfg));
    const key = nodeKey();
    const nonce = admission.issueNonce();
    const quote = await makeOwnQuote(cfg, provider, attestationTestHooks({}, cfg), key, nonce);
    const verdict = await admission.verifyJoin({ member: { id: key.nodeId, address: 'a:1', keyId: key.keyId }, nodePublicKey: key.publicKeyDer, nonce, quote, tickets: [] });
    expect(verdict).toMatchObject({ admitted: true, record: { mrTd: '00'.repeat(48), tcbStatus: 'UpToDate', simulated: true } });
    if (verdict.admitted) expect(verdict.record.quoteDigest).toMatch(/^[0-9a-f]{64}$/);
    // The same nonce again, with a fresh quote over it: a replay.
    const again = await makeOwnQuote(cfg, provider, attestationTestHooks({}, cfg), key, nonce);
    expect(await admission.verify(key.publicKeyDer, nonce, again)).toMatchObject({ admitted: false, reason: 'NONCE_REPLAYED' });
  });

  it('refuses a join whose key id does not name the public key it carries', async () => {
    const cfg = simulatedConfig();
    const provider = SimulatedQuoteProvider.open({ stateDir: cfg.attestation.simulatedDir! });
    const { admission } = runAdmissionFor(cfg, provider, attestationTestHooks({}, cfg));
    const key = nodeKey();
    const verdict = await admission.verifyJoin({ member: { id: key.nodeId, address: 'a:1', keyId: 'ab'.repeat(32) }, nodePublicKey: key.publicKeyDer, nonce: admission.issueNonce(), quote: new Uint8Array(10), tickets: [] });
    expect(verdict).toMatchObject({ admitted: false, reason: 'REPORT_DATA_MISMATCH' });
  });

  it('test hooks: wrong MR_TD, DEBUG and expired collateral each give their refusal', async () => {
    const cfg = simulatedConfig();
    const provider = SimulatedQuoteProvider.open({ stateDir: cfg.attestation.simulatedDir! });
    const key = nodeKey();
    const cases: [NodeJS.ProcessEnv, string][] = [
      [{ [attestationTestHookVars.mrTd]: 'cd'.repeat(48) }, 'MRTD_NOT_PINNED'],
      [{ [attestationTestHookVars.debug]: '1' }, 'DEBUG_TD'],
      [{ [attestationTestHookVars.collateralExpired]: '1' }, 'COLLATERAL_EXPIRED'],
    ];
    for (const [env, reason] of cases) {
      const hooks = attestationTestHooks(env, cfg);
      const { admission } = runAdmissionFor(cfg, provider, hooks);
      const nonce = admission.issueNonce();
      const quote = await makeOwnQuote(cfg, provider, hooks, key, nonce);
      expect(await admission.verify(key.publicKeyDer, nonce, quote), reason).toMatchObject({ admitted: false, reason });
    }
  });

  it('the quote binds reportDataFor(node key, fingerprint, nonce)', async () => {
    const cfg = simulatedConfig();
    const provider = SimulatedQuoteProvider.open({ stateDir: cfg.attestation.simulatedDir! });
    const key = nodeKey();
    const nonce = Buffer.alloc(32, 3);
    const q = parseQuote(await makeOwnQuote(cfg, provider, attestationTestHooks({}, cfg), key, nonce));
    expect(q.bodyKind).not.toBe('sgx');
    if (q.bodyKind !== 'sgx') expect(q.td.reportData.equals(reportDataFor(key.publicKeyDer, cfg.identity.fingerprint, nonce))).toBe(true);
  });

  it('pckPlatformOf reads the FMSPC and CA kind from the PCK leaf', async () => {
    const cfg = simulatedConfig();
    const provider = SimulatedQuoteProvider.open({ stateDir: cfg.attestation.simulatedDir! });
    expect(pckPlatformOf(await provider.quote(Buffer.alloc(64)))).toEqual({ fmspc: provider.fmspc(), ca: 'platform' });
  });
});

describe('attestation test hooks', () => {
  it('are refused with provider "tdx", naming the variables', () => {
    const cfg = config(`provider = "tdx"\ncollateral_dir = "${root}"`);
    expect(() => attestationTestHooks({ [attestationTestHookVars.debug]: '1' }, cfg)).toThrow(/TESSERA_TEST_SIMULATED_DEBUG is a test-only switch, refused with attestation.provider = "tdx"/);
    expect(attestationTestHooks({}, cfg).active).toEqual([]);
    expect(() => attestationTestHooks({ [attestationTestHookVars.killAfterJoinSnapshot]: '1' }, cfg)).toThrow(/TESSERA_TEST_KILL_AFTER_JOIN_SNAPSHOT is a test-only switch/);
  });

  it('the kill-after-join-snapshot switch is off unless set to 1', () => {
    const cfg = simulatedConfig();
    expect(attestationTestHooks({}, cfg).killAfterJoinSnapshot).toBe(false);
    expect(attestationTestHooks({ [attestationTestHookVars.killAfterJoinSnapshot]: '1' }, cfg).killAfterJoinSnapshot).toBe(true);
    expect(() => attestationTestHooks({ [attestationTestHookVars.killAfterJoinSnapshot]: 'yes' }, cfg)).toThrow(/must be 1 or 0/);
  });

  it('refuse bad values with the variable named', () => {
    const cfg = simulatedConfig();
    expect(() => attestationTestHooks({ [attestationTestHookVars.mrTd]: 'abc' }, cfg)).toThrow(/TESSERA_TEST_SIMULATED_MRTD: must be 96 hex digits/);
    expect(() => attestationTestHooks({ [attestationTestHookVars.debug]: 'yes' }, cfg)).toThrow(/must be 1 or 0/);
    const file = join(root, 'bad-hooks.json');
    writeFileSync(file, '{"colour": 1}');
    expect(() => attestationTestHooks({ [attestationTestHookVars.file]: file }, cfg)).toThrow(/unknown key colour/);
  });

  it('the nonce file records the first nonce, then presents it again', () => {
    const cfg = simulatedConfig();
    const file = join(root, 'nonce');
    const hooks = attestationTestHooks({ [attestationTestHookVars.joinNonceFile]: file }, cfg);
    const first = Buffer.alloc(32, 1);
    expect(Buffer.from(hooks.presentNonce(first)).equals(first)).toBe(true);
    expect(Buffer.from(hooks.presentNonce(Buffer.alloc(32, 2))).equals(first)).toBe(true);
  });
});

describe('runAdmissionFor (tdx)', () => {
  it('names every refusal it can give in the counter\'s reason list', () => {
    for (const r of ADMISSION_REFUSAL_REASONS) expect(runAdmissionRefusalReasons).toContain(r);
    expect(new Set(runAdmissionRefusalReasons).size).toBe(runAdmissionRefusalReasons.length);
  });

  it('refuses with COLLATERAL_UNAVAILABLE when the collateral directory has nothing for the quote\'s platform', async () => {
    if (!haveFixtures) return;
    const empty = mkdtempSync(join(root, 'empty-'));
    const cfg = config(`provider = "tdx"\ncollateral_dir = "${empty}"`);
    const { admission, store } = runAdmissionFor(cfg, { kind: 'tdx', quote: () => Promise.reject(new Error('no TDX here')) }, attestationTestHooks({}, cfg));
    expect(store).toBeDefined();
    const verdict = await admission.verify(nodeKey().publicKeyDer, admission.issueNonce(), readFixture('tdx', 'tdx_quote'));
    expect(verdict).toMatchObject({ admitted: false, reason: 'COLLATERAL_UNAVAILABLE' });
  });

  it('looks the real quote\'s collateral up by FMSPC in collateral_dir and verifies under Intel\'s root: its collateral has expired (COLLATERAL_EXPIRED)', async () => {
    if (!haveFixtures) return;
    const dir = mkdtempSync(join(root, 'collateral-'));
    copyFileSync(fixturePath('tdx', 'tdx_quote_collateral.json'), join(dir, 'platform.json'));
    const cfg = config(`provider = "tdx"\ncollateral_dir = "${dir}"`);
    const { admission } = runAdmissionFor(cfg, { kind: 'tdx', quote: () => Promise.reject(new Error('no TDX here')) }, attestationTestHooks({}, cfg));
    const quote = readFixture('tdx', 'tdx_quote');
    expect(pckPlatformOf(quote).fmspc).toMatch(/^[0-9A-F]{12}$/);
    const verdict = await admission.verify(nodeKey().publicKeyDer, admission.issueNonce(), quote);
    expect(verdict.admitted).toBe(false);
    if (!verdict.admitted) {
      // The fixture's collateral (CRLs, TCB info) is past its nextUpdate now: an expired-collateral refusal, found by FMSPC and
      // checked under Intel's pinned root (not COLLATERAL_UNAVAILABLE, not SIMULATED_ROOT).
      expect(verdict.reason).toBe('COLLATERAL_EXPIRED');
      expect(verdict.message).toMatch(/expired at/);
    }
  });
});

describe('the "tdx" attestor', () => {
  it('asks configfs-tsm (a fake tree) for a quote over reportDataFor(node key, fingerprint, nonce)', async () => {
    const tree = mkdtempSync(join(root, 'tsm-'));
    const child = spawn(process.execPath, [join(repoRoot, 'test', 'helpers', 'fake-tsm.mjs'), tree, 'ok'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`fake-tsm exited ${code}`)));
      });
      const cfg = config(`provider = "tdx"\ntsm_root = "${tree}"\ncollateral_dir = "${root}"`);
      const key = nodeKey();
      const nonce = Buffer.alloc(32, 9);
      const quote = await makeOwnQuote(cfg, new TsmQuoteProvider({ root: cfg.attestation.tsmRoot }), attestationTestHooks({}, cfg), key, nonce);
      // The fake's "quote" is FAKEQUOTE followed by the REPORTDATA it was given.
      expect(quote.subarray(0, 9).toString()).toBe('FAKEQUOTE');
      expect(quote.subarray(9).equals(reportDataFor(key.publicKeyDer, cfg.identity.fingerprint, nonce))).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
