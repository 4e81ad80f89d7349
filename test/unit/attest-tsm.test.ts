import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { isTesseraError, type TesseraError } from '../../src/common/errors.js';
import { TsmQuoteProvider, tsmDefaultRoot } from '../../src/attest/tsm.js';
import { loadAddon } from '../../src/native/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'tessera-tsm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fake: ChildProcess | undefined;
afterEach(() => {
  fake?.kill('SIGKILL');
  fake = undefined;
});

/** A fake configfs-tsm tree served by test/helpers/fake-tsm.mjs (see there) in its own process. */
async function fakeTree(scenario: 'ok' | 'race-once' | 'race-always' | 'empty' | 'wrong-provider'): Promise<string> {
  const root = mkdtempSync(join(tmp, `${scenario}-`));
  const child = spawn(process.execPath, [join(repoRoot, 'test', 'helpers', 'fake-tsm.mjs'), root, scenario], { stdio: ['ignore', 'pipe', 'inherit'] });
  fake = child;
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`fake-tsm exited ${code}`)));
  });
  return root;
}

async function rejection(p: Promise<unknown>): Promise<TesseraError> {
  try {
    await p;
  } catch (e) {
    if (isTesseraError(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

const reportData = Buffer.from(Array.from({ length: 64 }, (_, i) => 255 - i));

describe('configfs-tsm provider against a fake tree', () => {
  it('gets a quote over the caller\'s REPORTDATA and removes its entry', async () => {
    const root = await fakeTree('ok');
    const p = new TsmQuoteProvider({ root });
    expect(p.kind).toBe('tdx');
    const q = await p.quote(reportData);
    expect(q.subarray(0, 9).toString()).toBe('FAKEQUOTE');
    expect(q.subarray(9).equals(reportData)).toBe(true);
    expect(readdirSync(root)).toEqual([]);
    // Again, and concurrently: each request has its own entry.
    const [a, b] = await Promise.all([p.quote(reportData), p.quote(Buffer.alloc(64, 1))]);
    expect(a.subarray(9).equals(reportData)).toBe(true);
    expect(b.subarray(9).equals(Buffer.alloc(64, 1))).toBe(true);
    expect(readdirSync(root)).toEqual([]);
  });

  it('retries when another writer races it, then succeeds', async () => {
    const root = await fakeTree('race-once');
    const q = await new TsmQuoteProvider({ root, raceAttemptsMax: 3 }).quote(reportData);
    expect(q.subarray(9).equals(reportData)).toBe(true);
    expect(readdirSync(root)).toEqual([]);
  });

  it('gives up after raceAttemptsMax when the race persists', async () => {
    const root = await fakeTree('race-always');
    const e = await rejection(new TsmQuoteProvider({ root, raceAttemptsMax: 3 }).quote(reportData));
    expect(e.code).toBe('TSM_RACE');
    expect(e.message).toContain('during each of 3 attempts');
    expect(readdirSync(root)).toEqual([]);
  });

  it('reports an empty outblob as the host quote service failing, without retrying forever', async () => {
    const root = await fakeTree('empty');
    const e = await rejection(new TsmQuoteProvider({ root }).quote(reportData));
    expect(e.code).toBe('TSM_EMPTY_OUTBLOB');
    expect(e.message).toContain("the host's quote service returned nothing");
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses a provider other than tdx_guest', async () => {
    const root = await fakeTree('wrong-provider');
    const p = new TsmQuoteProvider({ root });
    const e = await rejection(p.quote(reportData));
    expect(e.code).toBe('TSM_WRONG_PROVIDER');
    expect(e.message).toContain("provider is 'sev_guest', not tdx_guest");
    expect(readdirSync(root)).toEqual([]);
    expect(await p.detect()).toMatchObject({ available: false, provider: 'sev_guest' });
    expect(readdirSync(root)).toEqual([]);
  });

  it('detects availability without generating a quote', async () => {
    const root = await fakeTree('ok');
    const d = await new TsmQuoteProvider({ root }).detect();
    expect(d).toEqual({ available: true, provider: 'tdx_guest', reason: '' });
    expect(readdirSync(root)).toEqual([]);
  });

  it('says so when configfs-tsm is not there', async () => {
    const root = join(tmp, 'missing');
    const p = new TsmQuoteProvider({ root });
    const e = await rejection(p.quote(reportData));
    expect(e.code).toBe('TSM_UNAVAILABLE');
    expect(e.message).toContain(`configfs-tsm not found at ${root}`);
    const d = await p.detect();
    expect(d.available).toBe(false);
    expect(d.reason).toContain('not found');
    const file = join(tmp, 'a-file');
    writeFileSync(file, '');
    expect((await rejection(new TsmQuoteProvider({ root: file }).quote(reportData))).code).toBe('TSM_UNAVAILABLE');
  });

  it('fails an entry that never gets its files within attributeWaitMs (no fake running)', async () => {
    const root = join(tmp, 'bare');
    mkdirSync(root);
    const e = await rejection(new TsmQuoteProvider({ root, attributeWaitMs: 50 }).quote(reportData));
    expect(e.code).toBe('TSM_IO');
    expect(e.message).toMatch(/provider: open failed/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses bad REPORTDATA and options', async () => {
    const p = new TsmQuoteProvider({ root: join(tmp, 'x') });
    expect((await rejection(p.quote(Buffer.alloc(63)))).code).toBe('TSM_REPORT_DATA_INVALID');
    expect(() => new TsmQuoteProvider({ raceAttemptsMax: 0 })).toThrow(/raceAttemptsMax/);
    expect(tsmDefaultRoot).toBe('/sys/kernel/config/tsm/report');
  });
});

describe('configfs-tsm binding argument checks', () => {
  // The raw addon functions, called wrongly: coded errors, never an abort.
  const addon = loadAddon() as Record<string, (...a: unknown[]) => unknown>;
  const syncCode = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return isTesseraError(e) ? e.code : 'other';
    }
    return 'none';
  };
  it('refuses wrong types and values', async () => {
    const rd = Buffer.alloc(64);
    expect(syncCode(() => addon.tsmGetQuote!(123, 4, 10, rd))).toBe('ERR_INVALID_ARG_TYPE');
    expect(syncCode(() => addon.tsmGetQuote!('', 4, 10, rd))).toBe('ERR_INVALID_ARG_VALUE');
    expect(syncCode(() => addon.tsmGetQuote!('/x', -1, 10, rd))).toBe('ERR_OUT_OF_RANGE');
    expect(syncCode(() => addon.tsmGetQuote!('/x', 4, 10, 'report'))).toBe('ERR_INVALID_ARG_TYPE');
    expect(syncCode(() => addon.tsmDetect!('/x'))).toBe('ERR_INVALID_ARG_TYPE');
    expect((await rejection(addon.tsmGetQuote!('/x', 99, 0, rd) as Promise<Buffer>)).code).toBe('TSM_OPTIONS_INVALID');
    expect((await rejection(addon.tsmGetQuote!(join(tmp, 'nowhere'), 4, 0, Buffer.alloc(0)) as Promise<Buffer>)).code).toBe('TSM_REPORT_DATA_INVALID');
  });
});
