import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import type { DcapCollateral } from '../../src/attest/collateral/types.js';
import { buildDcapCase, dcapSingleDefects, type DcapCaseOptions } from '../../src/attest/simulated/index.js';
import { DCAP_REFUSAL_REASONS, QuoteVerifier, type DcapRefusalReason, type QuoteVerification } from '../../src/attest/verify.js';
import { describeWithFixtures, readFixture } from '../helpers/fixtures.js';

// The reference verifier (devDependency, CommonJS).
interface QvlReport {
  status: string;
  advisory_ids: string[];
}
interface Qvl {
  QuoteVerifier: { newWithRootCa(root: Buffer): { verify(q: Buffer, c: DcapCollateral, now: number): QvlReport } };
  verify(q: Buffer, c: DcapCollateral, now: number): QvlReport;
}
const qvl = createRequire(import.meta.url)('@phala/dcap-qvl') as Qvl;

const TDX_AT = 1752919234;
const SGX_AT = 1752919277;

function fixture(name: 'tdx_quote' | 'sgx_quote'): { quote: Buffer; collateral: DcapCollateral } {
  return {
    quote: readFixture('tdx', name),
    collateral: JSON.parse(readFixture('tdx', `${name}_collateral.json`).toString('utf8')) as DcapCollateral,
  };
}

function qvlOutcome(run: () => QvlReport): { verified: boolean; status?: string; advisoryIds?: string[] } {
  try {
    const r = run();
    return { verified: true, status: r.status, advisoryIds: r.advisory_ids };
  } catch {
    return { verified: false };
  }
}

function ours(r: QuoteVerification): { verified: boolean; status?: string; advisoryIds?: string[] } {
  return r.verified ? { verified: true, status: r.status!, advisoryIds: r.advisoryIds } : { verified: false };
}

describeWithFixtures('QuoteVerifier on the real fixtures', () => {
  it('verifies tdx_quote at its fixture time: UpToDate, no advisories, the README MR_TD', () => {
    const { quote, collateral } = fixture('tdx_quote');
    const r = new QuoteVerifier().verify(quote, collateral, { atUnix: TDX_AT });
    expect(r.reason).toBeUndefined();
    expect(r.verified).toBe(true);
    expect(r.simulated).toBe(false);
    expect(r.tee).toBe('tdx');
    expect(r.status).toBe('UpToDate');
    expect(r.platformStatus).toBe('UpToDate');
    expect(r.qeStatus).toBe('UpToDate');
    expect(r.advisoryIds).toEqual([]);
    expect(r.fmspc).toBe('B0C06F000000');
    expect(r.pceId).toBe('0000');
    expect(r.mrTd).toBe('91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7');
    expect(r.tdReport?.tdAttributes).toBe(0x10000000n);
  });

  it('verifies sgx_quote (v3) at its fixture time: ConfigurationAndSWHardeningNeeded with two advisories', () => {
    const { quote, collateral } = fixture('sgx_quote');
    const r = new QuoteVerifier().verify(quote, collateral, { atUnix: SGX_AT });
    expect(r.message).toBeUndefined();
    expect(r.verified).toBe(true);
    expect(r.tee).toBe('sgx');
    expect(r.status).toBe('ConfigurationAndSWHardeningNeeded');
    expect(r.advisoryIds).toEqual(['INTEL-SA-00289', 'INTEL-SA-00615']);
    expect(r.fmspc).toBe('00A067110000');
    expect(r.enclaveReport?.mrEnclave.length).toBe(32);
  });

  it('refuses both at the current time, saying which collateral item expired', () => {
    for (const name of ['tdx_quote', 'sgx_quote'] as const) {
      const { quote, collateral } = fixture(name);
      const r = new QuoteVerifier().verify(quote, collateral);
      expect(r.verified).toBe(false);
      expect(['CRL_EXPIRED', 'TCB_INFO_EXPIRED', 'QE_IDENTITY_EXPIRED', 'CERTIFICATE_EXPIRED']).toContain(r.reason);
      expect(r.message).toMatch(/expired at \d{4}-\d\d-\d\dT/);
      expect(r.message).toContain(r.item!);
    }
  });

  it('a warm verification hits both caches and gives the same result; a later time still refuses', () => {
    const { quote, collateral } = fixture('tdx_quote');
    const v = new QuoteVerifier();
    const cold = v.verify(quote, collateral, { atUnix: TDX_AT });
    const warm = v.verify(quote, collateral, { atUnix: TDX_AT });
    expect(cold.collateralCacheHit || cold.pckCacheHit).toBe(false);
    expect(warm.collateralCacheHit && warm.pckCacheHit).toBe(true);
    expect({ ...warm, collateralCacheHit: false, pckCacheHit: false }).toEqual(cold);
    expect(v.cacheSizes()).toEqual({ collateral: 1, pck: 1 });
    // Cached collateral is still checked against the time.
    const later = v.verify(quote, collateral, { atUnix: TDX_AT + 90 * 86_400 });
    expect(later.verified).toBe(false);
    expect(later.reason).toBe(new QuoteVerifier({ cache: false }).verify(quote, collateral, { atUnix: TDX_AT + 90 * 86_400 }).reason);
    // A copy with one byte changed is another cache entry, and fails.
    const changed = { ...collateral, tcb_info: collateral.tcb_info.replace('"UpToDate"', '"OutOfDate"') };
    const r = v.verify(quote, changed, { atUnix: TDX_AT });
    expect(r.reason).toBe('TCB_INFO_SIGNATURE_INVALID');
    expect(r.collateralCacheHit).toBe(false);
    v.clearCaches();
    expect(v.cacheSizes()).toEqual({ collateral: 0, pck: 0 });
  });

  it('refuses the real quote under another trusted root (ROOT_UNTRUSTED), and malformed input with its reason', () => {
    const { quote, collateral } = fixture('tdx_quote');
    const other = buildDcapCase();
    const r = new QuoteVerifier({ trustedRootDer: other.trustedRootDer }).verify(quote, collateral, { atUnix: TDX_AT });
    expect(r.reason).toBe('ROOT_UNTRUSTED');
    expect(r.simulated).toBe(true);
    const v = new QuoteVerifier();
    expect(v.verify(quote.subarray(0, 700), collateral, { atUnix: TDX_AT }).reason).toBe('QUOTE_MALFORMED');
    expect(v.verify(quote, { ...collateral, pck_crl: 'zz' }, { atUnix: TDX_AT }).reason).toBe('COLLATERAL_MALFORMED');
    expect(v.verify(quote, { ...collateral, tcb_info: '{' }, { atUnix: TDX_AT }).reason).toBe('COLLATERAL_MALFORMED');
    expect(v.verify(quote, { ...collateral, root_ca_crl: '3000' }, { atUnix: TDX_AT }).reason).toBe('CRL_MALFORMED');
    expect(v.verify(quote, { ...collateral, tcb_info_issuer_chain: 'x' }, { atUnix: TDX_AT }).reason).toBe('CERTIFICATE_MALFORMED');
    // The SGX collateral does not apply to a TDX quote.
    const sgx = fixture('sgx_quote');
    expect(v.verify(quote, sgx.collateral, { atUnix: SGX_AT }).verified).toBe(false);
    expect(v.verify(sgx.quote, collateral, { atUnix: TDX_AT }).reason).toBe('TCB_INFO_UNSUPPORTED');
    let code: string | undefined;
    try {
      v.verify(quote, collateral, { atUnix: -1 });
    } catch (e) {
      code = isTesseraError(e) ? e.code : 'other';
    }
    expect(code).toBe('ERR_OUT_OF_RANGE');
  });
});

describeWithFixtures('differential: tessera and @phala/dcap-qvl agree', () => {
  const now = Math.floor(Date.now() / 1000);
  for (const [name, at] of [['tdx_quote', TDX_AT], ['sgx_quote', SGX_AT]] as const) {
    for (const [when, t] of [['at the fixture time', at], ['at the current time', now], ['a day after', at + 86_400], ['before issue', at - 60 * 86_400]] as const) {
      it(`${name} ${when}`, () => {
        const { quote, collateral } = fixture(name);
        const theirs = qvlOutcome(() => qvl.verify(quote, collateral, t));
        const mine = ours(new QuoteVerifier().verify(quote, collateral, { atUnix: t }));
        expect(mine).toEqual(theirs);
      });
    }
  }
});

/** The reason each single defect must be refused with (and the item its message names). */
const expectedReason: Record<string, { reason: DcapRefusalReason; item: RegExp }> = {
  'bad quote signature': { reason: 'QUOTE_SIGNATURE_INVALID', item: /^quote$/ },
  'bad QE report signature': { reason: 'QE_REPORT_SIGNATURE_INVALID', item: /QE report/ },
  'bad TCB info signature': { reason: 'TCB_INFO_SIGNATURE_INVALID', item: /TCB info/ },
  'bad QE identity signature': { reason: 'QE_IDENTITY_SIGNATURE_INVALID', item: /QE identity/ },
  'bad PCK CRL signature': { reason: 'CRL_SIGNATURE_INVALID', item: /^PCK CRL$/ },
  'bad root CA CRL signature': { reason: 'CRL_SIGNATURE_INVALID', item: /^root CA CRL$/ },
  'broken link PCK -> PCK CA': { reason: 'CHAIN_BROKEN', item: /^PCK certificate$/ },
  'broken link PCK CA -> root': { reason: 'CHAIN_BROKEN', item: /PCK CRL issuer certificate|PCK CA certificate/ },
  'broken link TCB signing -> root': { reason: 'CHAIN_BROKEN', item: /TCB signing certificate/ },
  'revoked PCK certificate': { reason: 'CERTIFICATE_REVOKED', item: /^PCK certificate$/ },
  'revoked PCK CA certificate': { reason: 'CERTIFICATE_REVOKED', item: /PCK CRL issuer certificate|PCK CA certificate/ },
  'revoked TCB signing certificate': { reason: 'CERTIFICATE_REVOKED', item: /TCB signing certificate/ },
  'expired TCB info': { reason: 'TCB_INFO_EXPIRED', item: /^TCB info$/ },
  'expired QE identity': { reason: 'QE_IDENTITY_EXPIRED', item: /^QE identity$/ },
  'expired PCK CRL': { reason: 'CRL_EXPIRED', item: /^PCK CRL$/ },
  'expired root CA CRL': { reason: 'CRL_EXPIRED', item: /^root CA CRL$/ },
  'expired PCK certificate': { reason: 'CERTIFICATE_EXPIRED', item: /^PCK certificate$/ },
  'not yet valid TCB info': { reason: 'TCB_INFO_NOT_YET_VALID', item: /^TCB info$/ },
  'not yet valid QE identity': { reason: 'QE_IDENTITY_NOT_YET_VALID', item: /^QE identity$/ },
  'not yet valid PCK CRL': { reason: 'CRL_NOT_YET_VALID', item: /^PCK CRL$/ },
  'not yet valid PCK certificate': { reason: 'CERTIFICATE_NOT_YET_VALID', item: /^PCK certificate$/ },
  'FMSPC mismatch': { reason: 'FMSPC_MISMATCH', item: /TCB info/ },
  'no matching TCB level': { reason: 'NO_MATCHING_TCB_LEVEL', item: /TCB info/ },
  'DEBUG bit set': { reason: 'TD_DEBUG', item: /TD report/ },
  'reserved TD attribute bit set': { reason: 'TD_RESERVED_ATTRIBUTES', item: /TD report/ },
  'SEPT_VE_DISABLE clear': { reason: 'TD_SEPT_VE_DISABLE_CLEAR', item: /TD report/ },
  'service TD bound (MRSERVICETD not zero)': { reason: 'TD_SERVICE_TD_PRESENT', item: /TD report/ },
  'QE binding broken': { reason: 'QE_BINDING_MISMATCH', item: /QE report/ },
  'wrong root': { reason: 'ROOT_UNTRUSTED', item: /root CA certificate/ },
  'TDX module identity mismatch': { reason: 'TDX_MODULE_MISMATCH', item: /TD report|TCB info/ },
  'QE identity mismatch': { reason: 'QE_IDENTITY_MISMATCH', item: /QE report/ },
};

describe('QuoteVerifier on simulated quotes (test PKI, one defect at a time)', () => {
  it('every defect of dcapSingleDefects has an expected reason here', () => {
    expect(Object.keys(expectedReason).sort()).toEqual(Object.keys(dcapSingleDefects).sort());
  });

  it('verifies the defect-free case as simulated, UpToDate', () => {
    const c = buildDcapCase();
    const r = new QuoteVerifier({ trustedRootDer: c.trustedRootDer }).verify(c.quote, c.collateral, { atUnix: c.atUnix });
    expect(r.message).toBeUndefined();
    expect(r.verified).toBe(true);
    expect(r.simulated).toBe(true);
    expect(r.status).toBe('UpToDate');
    expect(r.tdReport?.reportData.equals(c.reportData)).toBe(true);
    // Intel's root does not accept it.
    expect(new QuoteVerifier().verify(c.quote, c.collateral, { atUnix: c.atUnix }).reason).toBe('ROOT_UNTRUSTED');
  });

  for (const [name, options] of Object.entries(dcapSingleDefects)) {
    it(`refuses: ${name}`, () => {
      const c = buildDcapCase(options);
      for (const cache of [false, true]) {
        const r = new QuoteVerifier({ trustedRootDer: c.trustedRootDer, cache }).verify(c.quote, c.collateral, { atUnix: c.atUnix });
        expect(r.verified).toBe(false);
        expect(r.reason).toBe(expectedReason[name]!.reason);
        expect(r.item).toMatch(expectedReason[name]!.item);
        expect(r.message!.length).toBeGreaterThan(10);
      }
    });
  }

  it('reports the merged status and advisories of non-UpToDate levels (worst wins, platform first)', () => {
    const cases: Array<[DcapCaseOptions, string, string[]]> = [
      [{ tcbStatus: 'OutOfDate', advisoryIds: ['INTEL-SA-00001'] }, 'OutOfDate', ['INTEL-SA-00001']],
      [{ qeTcbStatus: 'SWHardeningNeeded' }, 'SWHardeningNeeded', []],
      [{ tcbStatus: 'ConfigurationNeeded', qeTcbStatus: 'OutOfDate' }, 'OutOfDate', []],
    ];
    for (const [options, status, advisories] of cases) {
      const c = buildDcapCase(options);
      const r = new QuoteVerifier({ trustedRootDer: c.trustedRootDer }).verify(c.quote, c.collateral, { atUnix: c.atUnix });
      expect(r.verified).toBe(true);
      expect(r.status).toBe(status);
      for (const a of advisories) expect(r.advisoryIds).toContain(a);
      const theirs = qvl.QuoteVerifier.newWithRootCa(c.trustedRootDer).verify(c.quote, c.collateral, c.atUnix);
      expect(r.status).toBe(theirs.status);
    }
    const revoked = buildDcapCase({ tcbStatus: 'Revoked' });
    expect(new QuoteVerifier({ trustedRootDer: revoked.trustedRootDer }).verify(revoked.quote, revoked.collateral, { atUnix: revoked.atUnix }).reason).toBe('TCB_REVOKED');
  });

  it('a DEBUG TD passes only when the policy allows it; a processor-CA PCK chain verifies', () => {
    const d = buildDcapCase({ debug: true });
    const v = new QuoteVerifier({ trustedRootDer: d.trustedRootDer });
    expect(v.verify(d.quote, d.collateral, { atUnix: d.atUnix, allowDebug: true }).verified).toBe(true);
    const p = buildDcapCase({ pckCaKind: 'processor' });
    const r = new QuoteVerifier({ trustedRootDer: p.trustedRootDer }).verify(p.quote, p.collateral, { atUnix: p.atUnix });
    expect(r.message).toBeUndefined();
    expect(r.verified).toBe(true);
  });

  it('DCAP_REFUSAL_REASONS lists every reason once', () => {
    expect(new Set(DCAP_REFUSAL_REASONS).size).toBe(DCAP_REFUSAL_REASONS.length);
    for (const r of Object.values(expectedReason)) expect(DCAP_REFUSAL_REASONS).toContain(r.reason);
  });
});
