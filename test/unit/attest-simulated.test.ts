import { createHash, createPublicKey, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { derToPem, parseCrl, pemToDers } from '../../src/attest/pki/index.js';
import {
  SimulatedQuoteProvider,
  TdxQuoteV4,
  buildDcapCase,
  dcapSingleDefects,
  simulatedStateFileName,
  type DcapCase,
} from '../../src/attest/simulated/index.js';
import type { DcapCollateral } from '../../src/attest/collateral/types.js';
import { describeWithFixtures, readFixture, repoRoot } from '../helpers/fixtures.js';

// The reference verifier (devDependency), CommonJS.
interface QvlReport {
  status: string;
  advisory_ids: string[];
}
interface Qvl {
  QuoteVerifier: { newWithRootCa(root: Buffer): { verify(q: Buffer, c: DcapCollateral, now: number): QvlReport } };
  verify(q: Buffer, c: DcapCollateral, now: number): QvlReport;
}
const qvl = createRequire(import.meta.url)('@phala/dcap-qvl') as Qvl;

const tmp = mkdtempSync(join(tmpdir(), 'tessera-sim-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function qvlVerify(c: Pick<DcapCase, 'quote' | 'collateral' | 'trustedRootDer' | 'atUnix'>): { ok: true; report: QvlReport } | { ok: false; message: string } {
  try {
    return { ok: true, report: qvl.QuoteVerifier.newWithRootCa(c.trustedRootDer).verify(c.quote, c.collateral, c.atUnix) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isTesseraError(e) ? e.code : `non-tessera: ${String(e)}`;
  }
  return undefined;
}

/** Offsets of the v4 signature section, read from a quote's own length fields. */
function sections(q: Buffer) {
  const sigLen = q.readUInt32LE(632);
  const certType = q.readUInt16LE(764);
  const certLen = q.readUInt32LE(766);
  const authLen = q.readUInt16LE(1218);
  const inner = 1220 + authLen;
  const innerType = q.readUInt16LE(inner);
  const innerLen = q.readUInt32LE(inner + 2);
  return { sigLen, certType, certLen, authLen, inner, innerType, innerLen, end: inner + 6 + innerLen };
}

describeWithFixtures('simulated quotes have the real v4 layout', () => {
  const real = readFixture('tdx', 'tdx_quote');
  const c = buildDcapCase();
  const q = c.quote;

  it('matches the real quote field by field (header, offsets, lengths)', () => {
    // Header: version, key type, TEE type, QE/PCE SVN, QE vendor id.
    expect(q.subarray(0, 28).equals(real.subarray(0, 28))).toBe(true);
    const a = sections(real);
    const b = sections(q);
    expect(b.certType).toBe(a.certType);
    expect(b.certType).toBe(6);
    expect(b.authLen).toBe(a.authLen);
    expect(b.inner).toBe(a.inner);
    expect(b.innerType).toBe(5);
    // Every length field agrees with the bytes that follow it.
    expect(b.sigLen).toBe(q.length - 636);
    expect(b.certLen).toBe(b.end - 770);
    expect(a.sigLen).toBe(a.end - 636); // the real one (its trailing padding excluded)
    // The inner PEM chain is NUL-terminated, as in the real quote.
    expect(q[b.end - 1]).toBe(0);
    expect(real[a.end - 1]).toBe(0);
    // TD report body: the default TD fields are the real quote's, except MRTD and RTMRs.
    expect(q.subarray(48, 48 + 136).equals(real.subarray(48, 48 + 136))).toBe(true);
    expect(q.subarray(TdxQuoteV4.reportDataOffset, TdxQuoteV4.reportDataOffset + 64).equals(c.reportData)).toBe(true);
  });

  it('binds the attestation key to the QE report and signs what TDX.md says', () => {
    const ak = q.subarray(700, 764);
    const auth = q.subarray(1220, 1220 + q.readUInt16LE(1218));
    const qeReport = q.subarray(770, 1154);
    expect(createHash('sha256').update(ak).update(auth).digest().equals(qeReport.subarray(320, 352))).toBe(true);
    expect(qeReport.subarray(352, 384).equals(Buffer.alloc(32))).toBe(true);
    const akKey = createPublicKey({ key: Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex'), Buffer.from([4]), ak]), format: 'der', type: 'spki' });
    expect(cryptoVerify('sha256', q.subarray(0, 632), { key: akKey, dsaEncoding: 'ieee-p1363' }, q.subarray(636, 700))).toBe(true);
    const s = sections(q);
    const [leaf] = pemToDers(q.subarray(s.inner + 6, s.end).toString('utf8'));
    const pck = new X509Certificate(leaf!);
    expect(cryptoVerify('sha256', qeReport, { key: pck.publicKey, dsaEncoding: 'ieee-p1363' }, q.subarray(1154, 1218))).toBe(true);
  });

  it('writes collateral with exactly the fixture collateral shape', () => {
    const realC = JSON.parse(readFixture('tdx', 'tdx_quote_collateral.json').toString('utf8')) as Record<string, string>;
    const ours = c.collateral as unknown as Record<string, string>;
    expect(Object.keys(ours)).toEqual(Object.keys(realC));
    // Recursively the same keys in the same order (arrays compared by their first element).
    const shape = (v: unknown): unknown =>
      Array.isArray(v) ? [shape(v[0])] : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v;
    expect(shape(JSON.parse(ours.tcb_info!))).toEqual(shape(JSON.parse(realC.tcb_info!)));
    expect(shape(JSON.parse(ours.qe_identity!))).toEqual(shape(JSON.parse(realC.qe_identity!)));
    for (const k of ['tcb_info_signature', 'qe_identity_signature']) expect(ours[k]).toMatch(/^[0-9a-f]{128}$/);
    for (const k of ['root_ca_crl', 'pck_crl']) expect(ours[k]).toMatch(/^(?:[0-9a-f]{2})+$/);
    for (const k of ['pck_crl_issuer_chain', 'tcb_info_issuer_chain', 'qe_identity_issuer_chain']) {
      expect(pemToDers(ours[k]!)).toHaveLength(2);
      expect(ours[k]).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
    }
    // Date format as Intel writes it.
    expect(JSON.parse(ours.tcb_info!).issueDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe('the reference verifier (@phala/dcap-qvl) on simulated quotes', () => {
  it('verifies a clean case as UpToDate when given the simulated root', () => {
    const c = buildDcapCase();
    const r = qvlVerify(c);
    expect(r).toMatchObject({ ok: true, report: { status: 'UpToDate', advisory_ids: [] } });
  });

  it('verifies a case whose PCK leaf comes from a processor CA', () => {
    const c = buildDcapCase({ pckCaKind: 'processor' });
    expect(qvlVerify(c)).toMatchObject({ ok: true, report: { status: 'UpToDate' } });
    const s = sections(c.quote);
    const [leaf] = pemToDers(c.quote.subarray(s.inner + 6, s.end).toString('utf8'));
    expect(new X509Certificate(leaf!).issuer).toContain('CN=Intel SGX PCK Processor CA');
    expect(c.collateral.pck_crl_issuer_chain).toContain('-----BEGIN CERTIFICATE-----');
  });

  it('refuses the same quote under Intel\'s root (the default trust anchor)', () => {
    const c = buildDcapCase();
    expect(() => qvl.verify(c.quote, c.collateral, c.atUnix)).toThrow();
  });

  it('reports the TCB status and advisories the collateral assigns', () => {
    const c = buildDcapCase({ tcbStatus: 'SWHardeningNeeded', advisoryIds: ['INTEL-SA-00615'] });
    expect(qvlVerify(c)).toMatchObject({ ok: true, report: { status: 'SWHardeningNeeded', advisory_ids: ['INTEL-SA-00615'] } });
    expect(qvlVerify(buildDcapCase({ qeTcbStatus: 'OutOfDate' }))).toMatchObject({ ok: true, report: { status: 'OutOfDate' } });
    expect(qvlVerify(buildDcapCase({ tcbStatus: 'Revoked' }))).toMatchObject({ ok: false });
  });
});

describe('each defect breaks exactly what it names', () => {
  const openssl = (args: string[]) => {
    const r = spawnSync('openssl', args, { encoding: 'utf8' });
    return { ok: r.status === 0, out: r.stdout + r.stderr };
  };
  /** openssl's view of the PCK chain with both CRLs, at the case's time. */
  function opensslChain(c: DcapCase, name: string) {
    const s = sections(c.quote);
    const [leaf, ca] = pemToDers(c.quote.subarray(s.inner + 6, s.end).toString('utf8'));
    const p = (n: string, d: string) => {
      const f = join(tmp, `${name}-${n}`);
      writeFileSync(f, d);
      return f;
    };
    const crl = (hex: string) => derToPem(Buffer.from(hex, 'hex'), 'X509 CRL');
    return openssl([
      'verify',
      '-attime',
      String(c.atUnix),
      '-crl_check_all',
      '-CRLfile',
      p('crls.pem', crl(c.collateral.root_ca_crl) + crl(c.collateral.pck_crl)),
      '-CAfile',
      p('root.pem', derToPem(c.trustedRootDer)),
      '-untrusted',
      p('ca.pem', derToPem(ca!)),
      p('leaf.pem', derToPem(leaf!)),
    ]);
  }

  it('the clean case passes openssl too', () => {
    expect(opensslChain(buildDcapCase(), 'clean').ok).toBe(true);
  });

  // What the reference verifier says for each defect it checks. It does not
  // check CRL signatures or windows, nor the TDX module identity: those are
  // shown by openssl or by reading the collateral below.
  const qvlMessages: Record<string, RegExp> = {
    'bad quote signature': /ISV enclave report signature is invalid/,
    'bad QE report signature': /Signature is invalid for qe_report/,
    'bad TCB info signature': /Signature is invalid for tcb_info/,
    'bad QE identity signature': /Signature is invalid for qe_identity/,
    'broken link PCK -> PCK CA': /leaf signature invalid/,
    'broken link PCK CA -> root': /intermediate signature invalid/,
    'broken link TCB signing -> root': /leaf signature invalid/,
    'revoked PCK certificate': /revoked/,
    'revoked PCK CA certificate': /revoked/,
    'revoked TCB signing certificate': /revoked/,
    'expired TCB info': /TCBInfo expired/,
    'expired QE identity': /QE Identity expired/,
    'expired PCK certificate': /expired or not yet valid/,
    'not yet valid TCB info': /TCBInfo issue date is in the future/,
    'not yet valid QE identity': /QE Identity issue date is in the future/,
    'not yet valid PCK certificate': /expired or not yet valid/,
    'FMSPC mismatch': /Fmspc mismatch/,
    'no matching TCB level': /No matching TCB level/,
    'DEBUG bit set': /Debug mode/,
    'reserved TD attribute bit set': /Reserved bits/,
    'SEPT_VE_DISABLE clear': /SEPT_VE_DISABLE/,
    'QE binding broken': /QE report hash mismatch/,
    'wrong root': /signature invalid/,
    'QE identity mismatch': /QE MRSIGNER mismatch/,
    'service TD bound (MRSERVICETD not zero)': /Invalid mr service td/,
  };
  const opensslMessages: Record<string, RegExp> = {
    'bad PCK CRL signature': /CRL signature failure/,
    'bad root CA CRL signature': /CRL signature failure/,
    'expired PCK CRL': /CRL has expired/,
    'expired root CA CRL': /CRL has expired/,
    'not yet valid PCK CRL': /CRL is not yet valid/,
  };

  it('lists every defect in one of the two tables (none untested)', () => {
    const covered = new Set([...Object.keys(qvlMessages), ...Object.keys(opensslMessages), 'TDX module identity mismatch']);
    expect(Object.keys(dcapSingleDefects).filter((k) => !covered.has(k))).toEqual([]);
  });

  for (const [name, options] of Object.entries(dcapSingleDefects)) {
    it(name, () => {
      const c = buildDcapCase(options);
      const want = qvlMessages[name];
      if (want) {
        const r = qvlVerify(c);
        expect(r.ok, name).toBe(false);
        if (!r.ok) expect(r.message).toMatch(want);
      } else if (opensslMessages[name]) {
        const r = opensslChain(c, name.replace(/\W+/g, '-'));
        expect(r.ok).toBe(false);
        expect(r.out).toMatch(opensslMessages[name]!);
        // The rest of the case is sound: the reference verifier (which skips CRL checks) accepts it.
        expect(qvlVerify(c).ok).toBe(true);
      } else {
        // TDX module identity: the selected module's MRSIGNER differs from MRSIGNERSEAM.
        const info = JSON.parse(c.collateral.tcb_info) as { tdxModuleIdentities: { id: string; mrsigner: string }[] };
        const id = `TDX_${c.td.teeTcbSvn[1]!.toString(16).padStart(2, '0').toUpperCase()}`;
        const mod = info.tdxModuleIdentities.find((m) => m.id === id);
        expect(mod).toBeDefined();
        expect(mod!.mrsigner.toLowerCase()).not.toBe(c.quote.subarray(48 + 64, 48 + 112).toString('hex'));
        expect(qvlVerify(c).ok).toBe(true);
      }
    });
  }

  it('a CRL window defect moves only that CRL', () => {
    const c = buildDcapCase({ expired: 'pckCrl' });
    expect(parseCrl(Buffer.from(c.collateral.pck_crl, 'hex'), 'PCK CRL').nextUpdateUnix).toBeLessThan(c.atUnix);
    expect(parseCrl(Buffer.from(c.collateral.root_ca_crl, 'hex'), 'root CA CRL').nextUpdateUnix).toBeGreaterThan(c.atUnix);
  });
});

describe('SimulatedQuoteProvider', () => {
  const at = 1_760_000_000;

  it('creates its state on first use (dir 0700, key file 0600) and reuses it', () => {
    const dir = join(tmp, 'state-a', 'nested');
    const p1 = SimulatedQuoteProvider.open({ stateDir: dir });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, simulatedStateFileName)).mode & 0o777).toBe(0o600);
    const p2 = SimulatedQuoteProvider.open({ stateDir: dir });
    expect(p2.rootCertificateDer().equals(p1.rootCertificateDer())).toBe(true);
    const other = SimulatedQuoteProvider.open({ stateDir: join(tmp, 'state-b') });
    expect(other.rootCertificateDer().equals(p1.rootCertificateDer())).toBe(false);
    // A quote from the reopened provider verifies with collateral from the first one.
    const q = p2.getQuote(Buffer.alloc(64, 9));
    const r = qvl.QuoteVerifier.newWithRootCa(p1.rootCertificateDer()).verify(q, p1.collateral(at), at);
    expect(r.status).toBe('UpToDate');
  });

  it('gives processes that start at once on an empty state directory one root', async () => {
    // Real processes over the compiled provider (dist/, built by `npm test`'s typecheck step).
    const dist = join(repoRoot, 'dist', 'src', 'attest', 'simulated', 'index.js');
    const dir = join(tmp, 'state-race');
    const script = `import(${JSON.stringify(pathToFileURL(dist).href)}).then((m) => {
      const p = m.SimulatedQuoteProvider.open({ stateDir: ${JSON.stringify(dir)} });
      process.stdout.write(require('node:crypto').createHash('sha256').update(p.rootCertificateDer()).digest('hex'));
    });`;
    const runs = Array.from({ length: 4 }, () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`child exited ${code}`))));
      }),
    );
    const roots = await Promise.all(runs);
    expect(roots[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(roots).size).toBe(1);
    expect(readdirSync(dir)).toEqual([simulatedStateFileName]); // no temp file left behind
  });

  it('puts the caller\'s REPORTDATA and the configured MRTD / RTMRs in the quote', async () => {
    const mrTd = Buffer.alloc(48, 0x5a);
    const rtmr2 = Buffer.alloc(48, 0x22);
    const p = SimulatedQuoteProvider.open({ stateDir: join(tmp, 'state-td'), td: { mrTd, rtmrs: [Buffer.alloc(48), Buffer.alloc(48), rtmr2, Buffer.alloc(48)] } });
    const rd = Buffer.from(Array.from({ length: 64 }, (_, i) => i * 3));
    const q = await p.quote(rd);
    expect(p.kind).toBe('simulated');
    expect(q.subarray(568, 632).equals(rd)).toBe(true);
    expect(q.subarray(184, 232).equals(mrTd)).toBe(true);
    expect(q.subarray(48 + 424, 48 + 472).equals(rtmr2)).toBe(true);
    // TD_ATTRIBUTES default: SEPT_VE_DISABLE only.
    expect(q.subarray(48 + 120, 48 + 128).toString('hex')).toBe('0000001000000000');
    expect(qvl.QuoteVerifier.newWithRootCa(p.rootCertificateDer()).verify(q, p.collateral(at), at).status).toBe('UpToDate');
  });

  it('makes collateral valid around the given time and not after it lapses', () => {
    const p = SimulatedQuoteProvider.open({ stateDir: join(tmp, 'state-a', 'nested') });
    const q = p.getQuote(Buffer.alloc(64));
    const c = p.collateral(at);
    const v = qvl.QuoteVerifier.newWithRootCa(p.rootCertificateDer());
    expect(v.verify(q, c, at - 3600).status).toBe('UpToDate');
    expect(() => v.verify(q, c, at + 31 * 86_400)).toThrow(/expired/);
    expect(JSON.parse(c.tcb_info).fmspc).toBe(p.fmspc());
  });

  it('refuses bad REPORTDATA and bad TD settings with coded errors', () => {
    const p = SimulatedQuoteProvider.open({ stateDir: join(tmp, 'state-a', 'nested') });
    expect(codeOf(() => p.getQuote(Buffer.alloc(63)))).toBe('ATTEST_REPORT_DATA_INVALID');
    expect(codeOf(() => p.getQuote('x'.repeat(64) as unknown as Buffer))).toBe('ATTEST_REPORT_DATA_INVALID');
    expect(codeOf(() => SimulatedQuoteProvider.open({ stateDir: join(tmp, 'state-x'), td: { mrTd: Buffer.alloc(47) } }))).toBe('ATTEST_CONFIG_INVALID');
  });

  it('refuses a state file others can read, a corrupt one, and one whose keys do not match', () => {
    const dir = join(tmp, 'state-bad');
    SimulatedQuoteProvider.open({ stateDir: dir });
    const f = join(dir, simulatedStateFileName);
    chmodSync(f, 0o644);
    expect(codeOf(() => SimulatedQuoteProvider.open({ stateDir: dir }))).toBe('SIMULATED_STATE_INSECURE');
    chmodSync(f, 0o600);
    const good = readFileSync(f, 'utf8');
    writeFileSync(f, good.slice(0, 100));
    expect(codeOf(() => SimulatedQuoteProvider.open({ stateDir: dir }))).toBe('SIMULATED_STATE_CORRUPT');
    const j = JSON.parse(good) as { keys: Record<string, string> };
    [j.keys.pck, j.keys.pckCa] = [j.keys.pckCa!, j.keys.pck!];
    writeFileSync(f, JSON.stringify(j));
    let msg = '';
    try {
      SimulatedQuoteProvider.open({ stateDir: dir });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/key 'pckCa' does not match its certificate/);
    writeFileSync(join(tmp, 'not-a-dir'), 'x');
    expect(codeOf(() => SimulatedQuoteProvider.open({ stateDir: join(tmp, 'not-a-dir') }))).toBe('SIMULATED_STATE_IO');
  });
});
