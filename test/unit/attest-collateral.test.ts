import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { isTesseraError, type TesseraError } from '../../src/common/errors.js';
import { CollateralStore, parseCollateral, rawJsonMember, type DcapCollateral } from '../../src/attest/collateral/index.js';
import { buildDcapCase } from '../../src/attest/simulated/index.js';
import { describeWithFixtures, fixturePath, readFixture } from '../helpers/fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'tessera-collateral-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function caught(p: Promise<unknown>): Promise<TesseraError> {
  try {
    await p;
  } catch (e) {
    if (isTesseraError(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('rawJsonMember', () => {
  it('returns the exact text of a member, whitespace and escapes included', () => {
    const inner = '{"a":[1,{"b":"}\\"]"}],"c":"x"}';
    const text = `{ "tcbInfo" :  ${inner} , "signature":"ab"}`;
    expect(rawJsonMember(text, 'tcbInfo')).toBe(inner);
    expect(rawJsonMember(text, 'signature')).toBe('"ab"');
    expect(rawJsonMember(text, 'missing')).toBeUndefined();
    expect(rawJsonMember('[1]', 'tcbInfo')).toBeUndefined();
  });
});

describeWithFixtures('CollateralStore over a PCCS-compatible HTTP server', () => {
  const fixture = JSON.parse(readFixture('tdx', 'tdx_quote_collateral.json').toString('utf8')) as DcapCollateral;
  const fmspc = 'B0C06F000000';
  // Before every item's nextUpdate (the earliest, the PCK CRL's, is 2025-07-19T10:00:35Z).
  const t0 = Date.UTC(2025, 6, 10) / 1000;
  const pckCrlNext = Date.UTC(2025, 6, 19, 10, 0, 35) / 1000;

  type Behaviour = 'ok' | 'hang' | 'http404' | 'http503' | 'garbage' | 'noHeader' | 'badSig' | 'flaky';
  const behaviour: Record<string, Behaviour> = {};
  const hits: Record<string, number> = {};
  let server: Server;
  let base = '';
  const hanging = new Set<ServerResponse>();

  const routes: Record<string, (res: ServerResponse, b: Behaviour) => void> = {
    '/sgx/certification/v4/pckcrl': (res, b) => {
      if (b !== 'noHeader') res.setHeader('SGX-PCK-CRL-Issuer-Chain', encodeURIComponent(fixture.pck_crl_issuer_chain));
      res.end(b === 'garbage' ? Buffer.from('not a crl') : Buffer.from(fixture.pck_crl, 'hex'));
    },
    '/tdx/certification/v4/tcb': (res, b) => {
      if (b !== 'noHeader') res.setHeader('TCB-Info-Issuer-Chain', encodeURIComponent(fixture.tcb_info_issuer_chain));
      // Spaces around the member: the store must keep the signed text byte for byte.
      const sig = b === 'badSig' ? 'abcd' : fixture.tcb_info_signature;
      res.end(b === 'garbage' ? '{"tcbInfo": {' : `{"tcbInfo": ${fixture.tcb_info} , "signature":"${sig}"}`);
    },
    '/tdx/certification/v4/qe/identity': (res, b) => {
      if (b !== 'noHeader') res.setHeader('SGX-Enclave-Identity-Issuer-Chain', encodeURIComponent(fixture.qe_identity_issuer_chain));
      res.end(`{"enclaveIdentity":${fixture.qe_identity},"signature":"${fixture.qe_identity_signature}"}`);
    },
    '/sgx/certification/v4/rootcacrl': (res) => res.end(fixture.root_ca_crl), // PCCS serves it as hex text
  };

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    hits[path] = (hits[path] ?? 0) + 1;
    const route = routes[path];
    if (!route) {
      res.statusCode = 404;
      res.end('no such endpoint');
      return;
    }
    if (path === '/tdx/certification/v4/tcb' && url.searchParams.get('fmspc') !== fmspc) {
      res.statusCode = 404;
      res.end('unknown fmspc');
      return;
    }
    const b = behaviour[path] ?? 'ok';
    if (b === 'hang') {
      hanging.add(res);
      return;
    }
    if (b === 'http404') {
      res.statusCode = 404;
      res.end('Not Found');
      return;
    }
    if (b === 'http503' || (b === 'flaky' && hits[path] === 1)) {
      res.statusCode = 503;
      res.end('busy');
      return;
    }
    route(res, b);
  }

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    for (const k of Object.keys(behaviour)) delete behaviour[k];
    for (const k of Object.keys(hits)) delete hits[k];
    for (const r of hanging) r.destroy();
    hanging.clear();
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  let n = 0;
  function store(o: { clock?: () => number; cache?: string; timeoutMs?: number; attempts?: number } = {}) {
    return new CollateralStore({
      source: { kind: 'pccs', baseUrl: base, requestTimeoutMs: o.timeoutMs ?? 2000, attemptsMax: o.attempts ?? 3, retryDelayMs: 5 },
      cacheDir: o.cache ?? join(tmp, `cache-${n++}`),
      clock: o.clock ?? (() => t0),
    });
  }

  it('fetches the four endpoints and assembles exactly the fixture collateral', async () => {
    const s = store();
    const c = await s.get(fmspc, 'platform');
    expect(c).toEqual({ ...fixture });
    expect(hits).toEqual({
      '/sgx/certification/v4/pckcrl': 1,
      '/tdx/certification/v4/tcb': 1,
      '/tdx/certification/v4/qe/identity': 1,
      '/sgx/certification/v4/rootcacrl': 1,
    });
    // Earliest expiry: the PCK CRL's nextUpdate.
    expect(s.earliestExpirySeconds()).toBe(pckCrlNext - t0);
    // Held: a second get does not fetch.
    await s.get(fmspc);
    expect(hits['/tdx/certification/v4/tcb']).toBe(1);
  });

  it('tolerates a base URL that ends in /sgx/certification/v4/', async () => {
    const s = new CollateralStore({ source: { kind: 'pccs', baseUrl: `${base}/sgx/certification/v4/` }, clock: () => t0 });
    expect((await s.get(fmspc)).tcb_info).toBe(fixture.tcb_info);
  });

  it('serves from its disk cache when the service is down after a restart', async () => {
    const cache = join(tmp, 'cache-restart');
    await store({ cache }).get(fmspc);
    behaviour['/tdx/certification/v4/tcb'] = 'http503';
    const again = store({ cache });
    const c = await again.get(fmspc);
    expect(c.tcb_info).toBe(fixture.tcb_info);
    expect(again.entries()[0]!.origin).toContain('cache-restart');
  });

  it('refreshes ahead of nextUpdate on the injected clock, and not before', async () => {
    let now = t0;
    const s = store({ clock: () => now });
    await s.get(fmspc);
    const due = s.nextRefreshAtUnix()!;
    expect(due).toBe(pckCrlNext - 7 * 86_400);
    now = due - 1;
    expect(await s.refreshDue()).toEqual({ refreshed: [], failed: [] });
    expect(hits['/tdx/certification/v4/tcb']).toBe(1);
    now = due;
    const r = await s.refreshDue();
    expect(r.refreshed).toEqual([`${fmspc}-platform`]);
    expect(hits['/tdx/certification/v4/tcb']).toBe(2);
    // Inside the ahead window the same collateral comes back: next try no sooner than an hour.
    expect(s.nextRefreshAtUnix()).toBe(now + 3600);
    now += 3600;
    await s.get(fmspc);
    expect(hits['/tdx/certification/v4/tcb']).toBe(3);
  });

  it('keeps valid collateral when a refresh fails, backs off, and reports the failure', async () => {
    let now = t0;
    const s = store({ clock: () => now, attempts: 1 });
    await s.get(fmspc);
    now = s.nextRefreshAtUnix()!;
    behaviour['/tdx/certification/v4/qe/identity'] = 'http503';
    const r = await s.refreshDue();
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]!.error.code).toBe('COLLATERAL_HTTP_ERROR');
    const c = await s.get(fmspc); // still valid: served
    expect(c.qe_identity).toBe(fixture.qe_identity);
    const e = s.entries()[0]!;
    expect(e.failures).toBeGreaterThanOrEqual(1);
    expect(e.refreshAtUnix).toBeGreaterThan(now);
    // Past expiry with the service still failing: an error that says both.
    now = pckCrlNext + 10;
    const err = await caught(s.get(fmspc));
    expect(err.code).toBe('COLLATERAL_HTTP_ERROR');
    expect(err.message).toMatch(/HTTP 503.*expired at 2025-07-19T10:00:35/);
    expect(s.earliestExpirySeconds()).toBe(-10);
  });

  it('refreshes in the background once started, and stops', async () => {
    let now = t0;
    const s = store({ clock: () => now });
    await s.get(fmspc);
    now = s.nextRefreshAtUnix()!; // due now: the timer fires after its 1 s floor
    const reports: string[][] = [];
    await new Promise<void>((resolve) => {
      s.start(3600, (r) => {
        reports.push(r.refreshed);
        resolve();
      });
    });
    s.stop();
    expect(reports).toEqual([[`${fmspc}-platform`]]);
    expect(hits['/tdx/certification/v4/tcb']).toBe(2);
  });

  it('says which URL and status failed, without retrying a 404', async () => {
    behaviour['/tdx/certification/v4/tcb'] = 'http404';
    const err = await caught(store().get(fmspc));
    expect(err.code).toBe('COLLATERAL_HTTP_ERROR');
    expect(err.message).toContain(`GET ${base}/tdx/certification/v4/tcb?fmspc=${fmspc}: HTTP 404 (Not Found)`);
    expect(hits['/tdx/certification/v4/tcb']).toBe(1);
    const other = await caught(store().get('00906EA10000'));
    expect(other.message).toContain('unknown fmspc');
  });

  it('retries 5xx a bounded number of times', async () => {
    behaviour['/sgx/certification/v4/pckcrl'] = 'http503';
    const err = await caught(store({ attempts: 3 }).get(fmspc));
    expect(err.code).toBe('COLLATERAL_HTTP_ERROR');
    expect(err.message).toMatch(/HTTP 503 .*after 3 attempts/);
    expect(hits['/sgx/certification/v4/pckcrl']).toBe(3);
  });

  it('recovers from one transient failure', async () => {
    behaviour['/sgx/certification/v4/rootcacrl'] = 'flaky';
    const c = await store().get(fmspc);
    expect(c.root_ca_crl).toBe(fixture.root_ca_crl);
    expect(hits['/sgx/certification/v4/rootcacrl']).toBe(2);
  });

  it('times out a hanging endpoint', async () => {
    behaviour['/tdx/certification/v4/qe/identity'] = 'hang';
    const started = Date.now();
    const err = await caught(store({ timeoutMs: 150, attempts: 2 }).get(fmspc));
    expect(err.code).toBe('COLLATERAL_FETCH_TIMEOUT');
    expect(err.message).toContain('/tdx/certification/v4/qe/identity: no response within 150 ms (after 2 attempts)');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses malformed bodies and headers, naming the item', async () => {
    const cases: [string, Behaviour, RegExp][] = [
      ['/tdx/certification/v4/tcb', 'garbage', /tcb\?fmspc=B0C06F000000: body is not JSON/],
      ['/tdx/certification/v4/tcb', 'noHeader', /header TCB-Info-Issuer-Chain is missing/],
      ['/tdx/certification/v4/tcb', 'badSig', /'signature' is not 64 bytes of hex/],
      ['/sgx/certification/v4/pckcrl', 'garbage', /PCK CRL body is neither DER, PEM nor hex/],
      ['/sgx/certification/v4/pckcrl', 'noHeader', /header SGX-PCK-CRL-Issuer-Chain is missing/],
    ];
    for (const [path, b, re] of cases) {
      behaviour[path] = b;
      const err = await caught(store().get(fmspc));
      expect(err.code, `${path} ${b}`).toBe('COLLATERAL_MALFORMED');
      expect(err.message).toMatch(re);
      delete behaviour[path];
    }
  });

  it('reports a refused connection', async () => {
    const s = new CollateralStore({ source: { kind: 'pccs', baseUrl: 'http://127.0.0.1:1', attemptsMax: 1 }, clock: () => t0 });
    const err = await caught(s.get(fmspc));
    expect(err.code).toBe('COLLATERAL_FETCH_FAILED');
    expect(err.message).toContain('http://127.0.0.1:1/');
  });

  it('refuses bad arguments and configuration', async () => {
    expect((await caught(store().get('B0C06F'))).code).toBe('COLLATERAL_FMSPC_INVALID');
    expect((await caught(store().get(fmspc, 'other' as 'platform'))).code).toBe('COLLATERAL_CONFIG_INVALID');
    expect(() => new CollateralStore({ source: { kind: 'pccs', baseUrl: 'ftp://x' } })).toThrow(/must be http or https/);
  });
});

describeWithFixtures('CollateralStore over files the operator fills', () => {
  const fixtureText = readFixture('tdx', 'tdx_quote_collateral.json').toString('utf8');
  const t0 = Date.UTC(2025, 6, 10) / 1000;

  it('loads a single file and refuses another FMSPC', async () => {
    const s = new CollateralStore({ source: { kind: 'file', path: fixturePath('tdx', 'tdx_quote_collateral.json') }, clock: () => t0 });
    expect((await s.get('b0c06f000000')).tcb_info).toBe(JSON.parse(fixtureText).tcb_info);
    const err = await caught(s.get('00906EA10000'));
    expect(err.code).toBe('COLLATERAL_NOT_FOUND');
    expect(err.message).toContain('is for FMSPC B0C06F000000, not 00906EA10000');
  });

  it('indexes a directory by the FMSPC inside each file, and picks up a replaced file at refresh time', async () => {
    const dir = join(tmp, 'dir-a');
    mkdirSync(dir);
    writeFileSync(join(dir, 'intel.json'), fixtureText);
    const sim = buildDcapCase();
    const simFmspc = (JSON.parse(sim.collateral.tcb_info) as { fmspc: string }).fmspc;
    let now = t0;
    const s = new CollateralStore({ source: { kind: 'directory', path: dir }, clock: () => now });
    expect(simFmspc).toBe('B0C06F000000');
    expect((await s.get('B0C06F000000')).qe_identity).toBe(JSON.parse(fixtureText).qe_identity);
    // The operator drops in newer collateral for the same FMSPC.
    writeFileSync(join(dir, 'intel.json'), JSON.stringify(sim.collateral));
    expect((await s.get('B0C06F000000')).qe_identity).not.toBe(sim.collateral.qe_identity); // held until due
    now = s.nextRefreshAtUnix()!;
    expect((await s.get('B0C06F000000')).qe_identity).toBe(sim.collateral.qe_identity);
    // Two files for one FMSPC: refused, both named.
    writeFileSync(join(dir, 'second.json'), fixtureText);
    now = s.nextRefreshAtUnix()! + 1;
    const dupStore = new CollateralStore({ source: { kind: 'directory', path: dir }, clock: () => now });
    const err = await caught(dupStore.get('B0C06F000000'));
    expect(err.code).toBe('COLLATERAL_DUPLICATE');
    expect(err.message).toMatch(/intel\.json and .*second\.json/);
  });

  it('preloads a directory: every FMSPC held at once with its horizon; a bad file is reported, not thrown', () => {
    const dir = join(tmp, 'dir-preload');
    mkdirSync(dir);
    writeFileSync(join(dir, 'intel.json'), fixtureText);
    writeFileSync(join(dir, 'broken.json'), '{not json');
    const s = new CollateralStore({ source: { kind: 'directory', path: dir }, clock: () => t0 });
    expect(s.earliestExpirySeconds()).toBeUndefined();
    const r = s.preload();
    expect(r.loaded).toEqual(['B0C06F000000']);
    expect(r.failed.map((f) => [f.path, f.error.code])).toEqual([[join(dir, 'broken.json'), 'COLLATERAL_MALFORMED']]);
    const left = s.earliestExpirySeconds()!;
    expect(left).toBe(s.entries()[0]!.window.expiryUnix - t0);
    expect(left).toBeGreaterThan(0);
    // Again: nothing new, nothing reloaded.
    expect(s.preload().loaded).toEqual([]);
    expect(new CollateralStore({ source: { kind: 'directory', path: join(dir, 'absent') } }).preload().failed[0]!.error.code).toBe('COLLATERAL_NOT_FOUND');
    expect(new CollateralStore({ source: { kind: 'pccs', baseUrl: 'http://127.0.0.1:1' } }).preload()).toEqual({ loaded: [], failed: [] });
  });

  it('refuses malformed files, naming the file and the field', async () => {
    const dir = join(tmp, 'dir-bad');
    mkdirSync(dir);
    const c = JSON.parse(fixtureText) as Record<string, string>;
    const cases: [Record<string, unknown> | string, RegExp][] = [
      ['{not json', /is not JSON/],
      [{ ...c, tcb_info: undefined }, /tcb_info is missing/],
      [{ ...c, pck_crl: 'zz' }, /pck_crl is not hex/],
      [{ ...c, pck_crl: '3003020101' }, /pck_crl is not a DER CRL/],
      [{ ...c, tcb_info_signature: 'ab' }, /tcb_info_signature must be 64 bytes/],
      [{ ...c, tcb_info_issuer_chain: 'none' }, /tcb_info_issuer_chain must hold at least two PEM/],
      [{ ...c, tcb_info: '{"fmspc":"B0C06F000000"}' }, /tcb_info.id is missing/],
      [{ ...c, qe_identity: c.qe_identity!.replace(/"nextUpdate":"[^"]+"/, '"nextUpdate":"soon"') }, /qe_identity.nextUpdate is not an ISO 8601/],
    ];
    for (const [i, [content, re]] of cases.entries()) {
      const f = join(dir, `c${i}.json`);
      writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
      const err = await caught(new CollateralStore({ source: { kind: 'file', path: f }, clock: () => t0 }).get('B0C06F000000'));
      expect(err.code, String(re)).toBe('COLLATERAL_MALFORMED');
      expect(err.message).toContain(f);
      expect(err.message).toMatch(re);
    }
    const missing = await caught(new CollateralStore({ source: { kind: 'file', path: join(dir, 'nope.json') } }).get('B0C06F000000'));
    expect(missing.code).toBe('COLLATERAL_NOT_FOUND');
  });

  it('accepts byte arrays for the hex fields (the form dcap-qvl fetches)', () => {
    const c = JSON.parse(fixtureText) as Record<string, string>;
    const asArrays = { ...c, pck_crl: Array.from(Buffer.from(c.pck_crl!, 'hex')), tcb_info_signature: Array.from(Buffer.from(c.tcb_info_signature!, 'hex')) };
    const { collateral, window } = parseCollateral(asArrays, 'test');
    expect(collateral.pck_crl).toBe(c.pck_crl);
    expect(window.fmspc).toBe('B0C06F000000');
    expect(window.expiryUnix).toBe(Date.UTC(2025, 6, 19, 10, 0, 35) / 1000);
  });
});
