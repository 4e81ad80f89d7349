// What the verifier's speed-ups must not change: a certificate whose
// signature was verified once is skipped only when it is the very same bytes
// under the very same issuer key; the remembered cache keys follow the
// content of the input, never its identity; and the report decoded from the
// core's body offset is the parser's.
import { describe, expect, it } from 'vitest';

import type { DcapCollateral } from '../../src/attest/collateral/types.js';
import { derToPem, pemToDers } from '../../src/attest/pki/x509.js';
import { parseQuote } from '../../src/attest/quote.js';
import { buildDcapCase } from '../../src/attest/simulated/index.js';
import { QuoteVerifier } from '../../src/attest/verify.js';
import { describeWithFixtures, readFixture } from '../helpers/fixtures.js';

/** The chain with certificate `index`'s signature altered (its last byte: the end of s), still well-formed DER. */
function withBadSignature(pem: string, index: number): string {
  const ders = pemToDers(pem);
  const bad = Buffer.from(ders[index]!);
  bad[bad.length - 1]! ^= 0x01;
  ders[index] = bad;
  return ders.map((d) => derToPem(d)).join('');
}

describe('certificates verified once per collateral', () => {
  const c = buildDcapCase();

  it('a TCB signing certificate altered only in the QE identity chain is refused, after the TCB info chain passed', () => {
    const collateral: DcapCollateral = { ...c.collateral, qe_identity_issuer_chain: withBadSignature(c.collateral.qe_identity_issuer_chain, 0) };
    for (const cache of [false, true]) {
      const r = new QuoteVerifier({ trustedRootDer: c.trustedRootDer, cache }).verify(c.quote, collateral, { atUnix: c.atUnix });
      expect(r.reason).toBe('CHAIN_BROKEN');
      expect(r.item).toBe('TCB signing certificate');
      expect(r.message).toMatch(/QE identity issuer chain: signature does not verify/);
    }
  });

  it('a PCK CA certificate altered only in the PCK chain is refused, also when the collateral is cached', () => {
    const quoteChain = parseQuote(c.quote).pckChainPem.toString('utf8').replace(/\0+$/, '');
    const collateral: DcapCollateral = { ...c.collateral, pck_certificate_chain: withBadSignature(quoteChain, 1) };
    const v = new QuoteVerifier({ trustedRootDer: c.trustedRootDer });
    expect(v.verify(c.quote, c.collateral, { atUnix: c.atUnix }).verified).toBe(true);
    for (const verifier of [v, new QuoteVerifier({ trustedRootDer: c.trustedRootDer, cache: false })]) {
      const r = verifier.verify(c.quote, collateral, { atUnix: c.atUnix });
      expect(r.reason).toBe('CHAIN_BROKEN');
      expect(r.item).toBe('PCK CA certificate');
    }
    // The good chain given explicitly verifies (the same bytes as the quote's).
    expect(v.verify(c.quote, { ...c.collateral, pck_certificate_chain: quoteChain }, { atUnix: c.atUnix }).verified).toBe(true);
  });
});

describe('remembered cache keys follow content', () => {
  it('alternating collaterals hit their own entries; a copy with one byte changed misses and is verified again', () => {
    const a = buildDcapCase();
    const b = buildDcapCase({ tcbStatus: 'OutOfDate' });
    const va = new QuoteVerifier({ trustedRootDer: a.trustedRootDer });
    expect(va.verify(a.quote, a.collateral, { atUnix: a.atUnix }).collateralCacheHit).toBe(false);
    // Another object with the same content: a hit.
    const copy = JSON.parse(JSON.stringify(a.collateral)) as DcapCollateral;
    const hit = va.verify(a.quote, copy, { atUnix: a.atUnix });
    expect([hit.verified, hit.collateralCacheHit, hit.pckCacheHit]).toEqual([true, true, true]);
    // B's PKI is another root: refused, and A's entry is still found after it.
    expect(va.verify(b.quote, b.collateral, { atUnix: b.atUnix }).reason).toBe('ROOT_UNTRUSTED');
    expect(va.verify(a.quote, a.collateral, { atUnix: a.atUnix }).collateralCacheHit).toBe(true);
    // One hex digit of the TCB info signature changed (same length): a miss, and refused.
    const sig = a.collateral.tcb_info_signature;
    const changed = { ...a.collateral, tcb_info_signature: (sig[0] === '0' ? '1' : '0') + sig.slice(1) };
    const r = va.verify(a.quote, changed, { atUnix: a.atUnix });
    expect(r.collateralCacheHit).toBe(false);
    expect(r.reason).toBe('TCB_INFO_SIGNATURE_INVALID');
    // And back: the original is still a hit.
    expect(va.verify(a.quote, a.collateral, { atUnix: a.atUnix }).collateralCacheHit).toBe(true);
  });

  it('a second quote of the same platform with other REPORTDATA costs only its signatures, and a bad one is still refused', () => {
    const c = buildDcapCase();
    const v = new QuoteVerifier({ trustedRootDer: c.trustedRootDer });
    expect(v.verify(c.quote, c.collateral, { atUnix: c.atUnix }).verified).toBe(true);
    const other = Buffer.from(c.quote);
    other[48 + 520]! ^= 0xff; // REPORTDATA: the quote signature no longer covers it
    const r = v.verify(other, c.collateral, { atUnix: c.atUnix });
    expect([r.collateralCacheHit, r.pckCacheHit, r.reason]).toEqual([true, true, 'QUOTE_SIGNATURE_INVALID']);
    const ak = Buffer.from(c.quote);
    ak[700 + 10]! ^= 0x01; // the attestation key: not a point any more, or another key
    expect(v.verify(ak, c.collateral, { atUnix: c.atUnix }).verified).toBe(false);
    expect(v.verify(c.quote, c.collateral, { atUnix: c.atUnix }).verified).toBe(true);
  });
});

describeWithFixtures('the report verify() returns is the parser\'s', () => {
  it('tdx_quote (TD 1.0) and sgx_quote (enclave report), field by field', () => {
    for (const [name, at] of [['tdx_quote', 1752919234], ['sgx_quote', 1752919277]] as const) {
      const quote = readFixture('tdx', name);
      const collateral = JSON.parse(readFixture('tdx', `${name}_collateral.json`).toString('utf8')) as DcapCollateral;
      const r = new QuoteVerifier().verify(quote, collateral, { atUnix: at });
      const p = parseQuote(quote);
      const mine = (p.bodyKind === 'sgx' ? r.enclaveReport : r.tdReport) as unknown as Record<string, unknown>;
      const theirs = (p.bodyKind === 'sgx' ? p.enclave : p.td) as unknown as Record<string, unknown>;
      expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort());
      const norm = (x: unknown): unknown => (Buffer.isBuffer(x) ? x.toString('hex') : Array.isArray(x) ? x.map(norm) : x);
      for (const k of Object.keys(theirs)) expect(norm(mine[k]), `${name} ${k}`).toEqual(norm(theirs[k]));
    }
  });
});
