// TD 1.5 (quote v5, body type 3, MRSERVICETD): generation by the simulated
// provider and test PKI, parsing and verification by the addon, the service
// TD refusal with its own reason, and admission's SERVICE_TD rule.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { AdmissionController, NonceIssuer, reportDataFor, type AdmissionPolicy } from '../../src/attest/admission/index.js';
import type { DcapCollateral } from '../../src/attest/collateral/types.js';
import { parseQuote, type TdReport } from '../../src/attest/quote.js';
import {
  SimulatedQuoteProvider,
  TdxQuoteV5,
  buildDcapCase,
  generateMaterial,
  makeQuote,
  defaultTdConfig,
  dcapCaseDefaultAtUnix,
} from '../../src/attest/simulated/index.js';
import { QuoteVerifier } from '../../src/attest/verify.js';

interface Qvl {
  QuoteVerifier: { newWithRootCa(root: Buffer): { verify(q: Buffer, c: DcapCollateral, now: number): { status: string; advisory_ids: string[] } } };
}
const qvl = createRequire(import.meta.url)('@phala/dcap-qvl') as Qvl;

const tmp = mkdtempSync(join(tmpdir(), 'tessera-td15-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const at = dcapCaseDefaultAtUnix;
const mrServiceTd = Buffer.alloc(48, 0x5e);
const teeTcbSvn2 = Buffer.from('07010300000000000000000000000000', 'hex');

/** Every field of two TD reports is equal (Buffers by content). */
function expectSameTdReport(a: TdReport | undefined, b: TdReport): void {
  expect(a).toBeDefined();
  const keys = Object.keys(b).sort();
  expect(Object.keys(a!).sort()).toEqual(keys);
  for (const k of keys) {
    const x = a![k as keyof TdReport];
    const y = b[k as keyof TdReport];
    if (Array.isArray(y)) {
      expect((x as Buffer[]).map((v) => v.toString('hex'))).toEqual(y.map((v) => v.toString('hex')));
    } else if (Buffer.isBuffer(y)) {
      expect((x as Buffer).toString('hex'), k).toBe(y.toString('hex'));
    } else {
      expect(x, k).toBe(y);
    }
  }
}

describe('simulated TD 1.5 quotes (v5, body type 3)', () => {
  it('have the TDX.md layout: descriptor at 48, body at 54, 648 bytes, MRSERVICETD at 600 of the body, 702 signed bytes', () => {
    const material = generateMaterial();
    const td = { ...defaultTdConfig(), mrTd: Buffer.alloc(48, 0x11), td15: { teeTcbSvn2, mrServiceTd } };
    const reportData = Buffer.alloc(64, 0x42);
    const quote = makeQuote(material, td, reportData);
    expect(quote.readUInt16LE(0)).toBe(5);
    expect(quote.readUInt16LE(TdxQuoteV5.bodyDescriptorOffset)).toBe(3);
    expect(quote.readUInt32LE(TdxQuoteV5.bodyDescriptorOffset + 2)).toBe(648);
    const body = quote.subarray(TdxQuoteV5.bodyOffset, TdxQuoteV5.bodyOffset + 648);
    expect(body.subarray(136, 184).equals(td.mrTd)).toBe(true);
    expect(body.subarray(520, 584).equals(reportData)).toBe(true);
    expect(body.subarray(584, 600).equals(teeTcbSvn2)).toBe(true);
    expect(body.subarray(600, 648).equals(mrServiceTd)).toBe(true);
    // The addon's parser reads the same.
    const p = parseQuote(quote);
    expect(p.header.version).toBe(5);
    expect(p.bodyType).toBe(3);
    expect(p.bodyKind).toBe('td1.5');
    expect(p.bodyOffset).toBe(54);
    expect(p.signedRegion.length).toBe(702);
    if (p.bodyKind === 'sgx') throw new Error('unreachable');
    expect(p.td.mrServiceTd?.equals(mrServiceTd)).toBe(true);
    expect(p.td.teeTcbSvn2?.equals(teeTcbSvn2)).toBe(true);
    expect(p.td.reportData.equals(reportData)).toBe(true);
    // v5 with a TD 1.0 body (type 2) when asked; TD 1.5 fields need v5.
    const v5td10 = parseQuote(makeQuote(material, defaultTdConfig(), reportData, { version: 5 }));
    expect([v5td10.header.version, v5td10.bodyType, v5td10.bodyKind, v5td10.signedRegion.length]).toEqual([5, 2, 'td1.0', 638]);
    expect(() => makeQuote(material, td, reportData, { version: 4 })).toThrow(/TD 1.5 report needs a v5 quote/);
  });

  it('verify: MRSERVICETD zero verifies, non-zero is refused with TD_SERVICE_TD_PRESENT unless allowed (dcap-qvl agrees on both)', () => {
    const plain = buildDcapCase({ td15: true });
    for (const cache of [false, true]) {
      const v = new QuoteVerifier({ trustedRootDer: plain.trustedRootDer, cache });
      const r = v.verify(plain.quote, plain.collateral, { atUnix: plain.atUnix });
      expect(r.message).toBeUndefined();
      expect(r.verified).toBe(true);
      expect(r.status).toBe('UpToDate');
      expect(r.tdReport?.mrServiceTd?.equals(Buffer.alloc(48))).toBe(true);
      const parsed = parseQuote(plain.quote);
      if (parsed.bodyKind === 'sgx') throw new Error('unreachable');
      expectSameTdReport(r.tdReport, parsed.td);
    }
    const theirs = qvl.QuoteVerifier.newWithRootCa(plain.trustedRootDer).verify(plain.quote, plain.collateral, plain.atUnix);
    expect(theirs.status).toBe('UpToDate');

    const bound = buildDcapCase({ serviceTd: true });
    // dcap-qvl refuses it too ("Invalid mr service td"), without a way to allow it.
    expect(() => qvl.QuoteVerifier.newWithRootCa(bound.trustedRootDer).verify(bound.quote, bound.collateral, bound.atUnix)).toThrow(/mr service td/i);
    for (const cache of [false, true]) {
      const v = new QuoteVerifier({ trustedRootDer: bound.trustedRootDer, cache });
      const r = v.verify(bound.quote, bound.collateral, { atUnix: bound.atUnix });
      expect(r.verified).toBe(false);
      expect(r.reason).toBe('TD_SERVICE_TD_PRESENT');
      expect(r.item).toBe('TD report');
      expect(r.message).toMatch(/MRSERVICETD is not zero/);
      // Every other check passed: the status is known, and the report is there.
      expect(r.status).toBe('UpToDate');
      expect(r.tdReport?.mrServiceTd?.equals(Buffer.alloc(48, 0x5e))).toBe(true);
      const allowed = v.verify(bound.quote, bound.collateral, { atUnix: bound.atUnix, allowServiceTd: true });
      expect(allowed.message).toBeUndefined();
      expect(allowed.verified).toBe(true);
    }
  });

  it('a defect elsewhere in a TD 1.5 quote is still found (the v5 signed region covers the descriptor and body)', () => {
    const c = buildDcapCase({ td15: true, badSignature: 'quote' });
    expect(new QuoteVerifier({ trustedRootDer: c.trustedRootDer }).verify(c.quote, c.collateral, { atUnix: c.atUnix }).reason).toBe(
      'QUOTE_SIGNATURE_INVALID',
    );
    const ok = buildDcapCase({ td15: true });
    const flipped = Buffer.from(ok.quote);
    flipped[TdxQuoteV5.bodyOffset + TdxQuoteV5.mrServiceTdBodyOffset]! ^= 1;
    expect(new QuoteVerifier({ trustedRootDer: ok.trustedRootDer }).verify(flipped, ok.collateral, { atUnix: ok.atUnix }).reason).toBe(
      'QUOTE_SIGNATURE_INVALID',
    );
  });
});

describe('SimulatedQuoteProvider with a TD 1.5 config', () => {
  it('makes v5 TD 1.5 quotes that verify under its root, and refuses TD 1.5 fields of the wrong size', () => {
    const p = SimulatedQuoteProvider.open({ stateDir: join(tmp, 'state'), td: { td15: { teeTcbSvn2, mrServiceTd: Buffer.alloc(48) } } });
    const quote = p.getQuote(Buffer.alloc(64, 3));
    const parsed = parseQuote(quote);
    expect(parsed.bodyKind).toBe('td1.5');
    const r = new QuoteVerifier({ trustedRootDer: p.rootCertificateDer() }).verify(quote, p.collateral(at), { atUnix: at });
    expect(r.message).toBeUndefined();
    expect(r.verified).toBe(true);
    expect(r.simulated).toBe(true);
    expect(() => SimulatedQuoteProvider.open({ stateDir: join(tmp, 'state'), td: { td15: { teeTcbSvn2, mrServiceTd: Buffer.alloc(47) } } })).toThrow(
      /TD 1.5 field mrServiceTd must be 48 bytes/,
    );
  });
});

describe('admission and service TDs', () => {
  const mrTd = Buffer.alloc(48, 0x5a);
  const nodeKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
  const fingerprint = Buffer.alloc(32, 7);

  function admit(serviceTd: Buffer, allowServiceTd: boolean) {
    const clock = () => at;
    const nonces = new NonceIssuer({ clock, lifetimeSeconds: 60 });
    const nonce = nonces.issue();
    const provider = SimulatedQuoteProvider.open({ stateDir: join(tmp, 'admission'), td: { mrTd, td15: { teeTcbSvn2, mrServiceTd: serviceTd } } });
    const quote = provider.getQuote(reportDataFor(nodeKey, fingerprint, nonce));
    const policy: AdmissionPolicy = {
      mrtd: [mrTd.toString('hex')],
      rtmr: [undefined, undefined, undefined, undefined],
      tcbStatus: ['UpToDate'],
      allowDebug: false,
      allowServiceTd,
      collateralAgeMaxS: 30 * 86_400,
      allowSimulated: true,
    };
    const controller = new AdmissionController({ policy, verifier: new QuoteVerifier({ trustedRootDer: provider.rootCertificateDer() }), nonces, clock });
    return controller.admit(quote, provider.collateral(at), { nodePublicKey: nodeKey, fingerprint, nonce });
  }

  it('refuses a TD bound to a service TD with SERVICE_TD (not QUOTE_NOT_VERIFIED), and says why', () => {
    const r = admit(mrServiceTd, false);
    expect(r.admitted).toBe(false);
    if (r.admitted) throw new Error('unreachable');
    expect(r.reason).toBe('SERVICE_TD');
    expect(r.message).toMatch(/MRSERVICETD/);
    expect(r.verification?.reason).toBe('TD_SERVICE_TD_PRESENT');
  });

  it('admits it when the policy allows service TDs, and admits a TD 1.5 TD without one under the default policy', () => {
    const allowed = admit(mrServiceTd, true);
    expect(allowed.admitted ? 'admitted' : allowed.reason).toBe('admitted');
    const unbound = admit(Buffer.alloc(48), false);
    expect(unbound.admitted ? 'admitted' : unbound.reason).toBe('admitted');
  });
});
