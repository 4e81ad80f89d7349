import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import {
  ADMISSION_REFUSAL_REASONS,
  AdmissionController,
  NonceIssuer,
  reportDataFor,
  type AdmissionPolicy,
  type AdmissionRefusalReason,
} from '../../src/attest/admission/index.js';
import { buildDcapCase, dcapCaseDefaultAtUnix, type DcapCaseOptions } from '../../src/attest/simulated/index.js';
import { QuoteVerifier } from '../../src/attest/verify.js';
import type { DcapCollateral } from '../../src/attest/collateral/types.js';
import { haveFixtures, readFixture } from '../helpers/fixtures.js';

const at = dcapCaseDefaultAtUnix;
const mrTd = Buffer.alloc(48, 0x5a);
const rtmr2 = Buffer.alloc(48, 0x22);
const nodeKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
const fingerprint = Buffer.alloc(32, 7);

function policy(over: Partial<AdmissionPolicy> = {}): AdmissionPolicy {
  return {
    mrtd: [mrTd.toString('hex')],
    rtmr: [undefined, undefined, [rtmr2.toString('hex')], undefined],
    tcbStatus: ['UpToDate'],
    allowDebug: false,
    allowServiceTd: false,
    collateralAgeMaxS: 30 * 86_400,
    allowSimulated: true,
    ...over,
  };
}

/** A controller, a nonce it issued, and a simulated quote bound to that nonce (unless `bind` changes it). */
function setup(o: { policy?: Partial<AdmissionPolicy>; caseOptions?: DcapCaseOptions; clock?: () => number; td?: DcapCaseOptions['td']; bindFingerprint?: Buffer } = {}) {
  const clock = o.clock ?? (() => at);
  const nonces = new NonceIssuer({ clock, lifetimeSeconds: 60 });
  const nonce = nonces.issue();
  const c = buildDcapCase({
    atUnix: at,
    reportData: reportDataFor(nodeKey, o.bindFingerprint ?? fingerprint, nonce),
    td: { mrTd, rtmrs: [Buffer.alloc(48), Buffer.alloc(48), rtmr2, Buffer.alloc(48)], ...o.td },
    ...o.caseOptions,
  });
  const controller = new AdmissionController({
    policy: policy(o.policy),
    verifier: new QuoteVerifier({ trustedRootDer: c.trustedRootDer }),
    nonces,
    clock,
  });
  return { controller, c, nonce, nonces };
}

function refusedWith(r: ReturnType<AdmissionController['admit']>): AdmissionRefusalReason | 'admitted' {
  return r.admitted ? 'admitted' : r.reason;
}

describe('reportDataFor', () => {
  it('is 32 bytes of domain-tagged BLAKE3 then 32 zeros, changing with each input', () => {
    const n = Buffer.alloc(32, 1);
    const a = reportDataFor(nodeKey, fingerprint, n);
    expect(a.length).toBe(64);
    expect(a.subarray(32).equals(Buffer.alloc(32))).toBe(true);
    expect(a.subarray(0, 32).equals(Buffer.alloc(32))).toBe(false);
    expect(reportDataFor(nodeKey, fingerprint, Buffer.alloc(32, 2)).equals(a)).toBe(false);
    expect(reportDataFor(nodeKey, Buffer.alloc(32, 8), n).equals(a)).toBe(false);
    expect(() => reportDataFor(nodeKey, Buffer.alloc(31), n)).toThrow(/32 bytes/);
  });
});

describe('NonceIssuer', () => {
  it('nonces are single-use and expire', () => {
    let now = 1000;
    const issuer = new NonceIssuer({ clock: () => now, lifetimeSeconds: 10 });
    const a = issuer.issue();
    expect(issuer.redeem(a)).toEqual({ ok: true });
    expect(issuer.redeem(a)).toMatchObject({ ok: false, reason: 'NONCE_REPLAYED' });
    const b = issuer.issue();
    now += 11;
    expect(issuer.redeem(b)).toMatchObject({ ok: false, reason: 'NONCE_EXPIRED' });
    expect(issuer.redeem(Buffer.alloc(32))).toMatchObject({ ok: false, reason: 'NONCE_UNKNOWN' });
  });
});

describe('AdmissionController', () => {
  it('admits a bound, pinned, UpToDate TDX quote once; the same quote again is a replay', () => {
    const { controller, c, nonce } = setup();
    const r = controller.admit(c.quote, c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce });
    expect(r.admitted).toBe(true);
    if (r.admitted) {
      expect(r.record.mrTd).toBe(mrTd.toString('hex'));
      expect(r.record.tcbStatus).toBe('UpToDate');
      expect(r.record.quoteDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(r.record.admittedAtUnix).toBe(at);
    }
    expect(refusedWith(controller.admit(c.quote, c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce }))).toBe('QUOTE_REPLAYED');
  });

  const cases: Array<[AdmissionRefusalReason, () => ReturnType<AdmissionController['admit']>]> = [
    ['QUOTE_NOT_VERIFIED', () => { const s = setup({ caseOptions: { badSignature: 'quote' } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['SIMULATED_ROOT', () => { const s = setup({ policy: { allowSimulated: false } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['TCB_STATUS_NOT_ACCEPTED', () => { const s = setup({ caseOptions: { tcbStatus: 'OutOfDate' } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['COLLATERAL_TOO_OLD', () => { const s = setup({ policy: { collateralAgeMaxS: 3600 } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['DEBUG_TD', () => { const s = setup({ caseOptions: { debug: true } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['MRTD_NOT_PINNED', () => { const s = setup({ policy: { mrtd: ['ab'.repeat(48)] } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['RTMR_MISMATCH', () => { const s = setup({ td: { rtmrs: [Buffer.alloc(48), Buffer.alloc(48), Buffer.alloc(48, 1), Buffer.alloc(48)] } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['REPORT_DATA_MISMATCH', () => { const s = setup({ bindFingerprint: Buffer.alloc(32, 9) }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['NONCE_UNKNOWN', () => {
      // A verifier that never issued this nonce.
      const s = setup();
      const stranger = new AdmissionController({ policy: policy(), verifier: new QuoteVerifier({ trustedRootDer: s.c.trustedRootDer }), nonces: new NonceIssuer({ clock: () => at }), clock: () => at });
      return stranger.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce });
    }],
    ['NONCE_REPLAYED', () => { const s = setup(); s.nonces.redeem(s.nonce); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['COLLATERAL_EXPIRED', () => { const s = setup({ caseOptions: { expired: 'tcbInfo' } }); return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
    ['NONCE_EXPIRED', () => { let now = at; const s = setup({ clock: () => now }); now += 61; return s.controller.admit(s.c.quote, s.c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce: s.nonce }); }],
  ];
  for (const [reason, run] of cases) {
    it(`refuses with ${reason} and a sentence`, () => {
      const r = run();
      expect(refusedWith(r)).toBe(reason);
      if (!r.admitted) expect(r.message.length).toBeGreaterThan(15);
    });
  }

  it.skipIf(!haveFixtures)('refuses a verified SGX quote with NOT_TDX (the real fixture)', () => {
    const nonces = new NonceIssuer({ clock: () => 1752919277 });
    const controller = new AdmissionController({ policy: policy({ tcbStatus: ['ConfigurationAndSWHardeningNeeded'] }), verifier: new QuoteVerifier(), nonces, clock: () => 1752919277 });
    const collateral = JSON.parse(readFixture('tdx', 'sgx_quote_collateral.json').toString('utf8')) as DcapCollateral;
    const r = controller.admit(readFixture('tdx', 'sgx_quote'), collateral, { nodePublicKey: nodeKey, fingerprint, nonce: nonces.issue() });
    expect(refusedWith(r)).toBe('NOT_TDX');
  });

  it('a refused quote does not spend the nonce (a stranger cannot burn it); an admitted one does: its nonce again is NONCE_REPLAYED', () => {
    const { controller, c, nonce } = setup();
    const wrongKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
    expect(refusedWith(controller.admit(c.quote, c.collateral, { nodePublicKey: wrongKey, fingerprint, nonce }))).toBe('REPORT_DATA_MISMATCH');
    expect(refusedWith(controller.admit(c.quote, c.collateral, { nodePublicKey: nodeKey, fingerprint, nonce }))).toBe('admitted');
    const other = buildDcapCase({ atUnix: at, reportData: reportDataFor(nodeKey, fingerprint, nonce), td: { mrTd, rtmrs: [Buffer.alloc(48), Buffer.alloc(48), rtmr2, Buffer.alloc(48)], mrOwner: Buffer.alloc(48, 1) } });
    const again = new AdmissionController({ policy: policy(), verifier: new QuoteVerifier({ trustedRootDer: other.trustedRootDer }), nonces: (controller as unknown as { nonces: NonceIssuer }).nonces, clock: () => at });
    expect(refusedWith(again.admit(other.quote, other.collateral, { nodePublicKey: nodeKey, fingerprint, nonce }))).toBe('NONCE_REPLAYED');
  });

  it('every refusal reason comes from the one exported list', () => {
    for (const [reason] of cases) expect(ADMISSION_REFUSAL_REASONS).toContain(reason);
    expect(new Set(ADMISSION_REFUSAL_REASONS).size).toBe(ADMISSION_REFUSAL_REASONS.length);
  });
});
