import { X509Certificate, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import {
  DerTag,
  decodeOid,
  decodeSgxExtension,
  decodeTime,
  derInt,
  derOid,
  derTime,
  derToPem,
  encodeSgxExtension,
  expectTlv,
  generateDcapKeys,
  issueDcapCertificates,
  issueDcapCrls,
  parseCrl,
  pemToDers,
  readChildren,
  readTlv,
  SgxOid,
} from '../../src/attest/pki/index.js';
import { defaultPlatform } from '../../src/attest/simulated/material.js';
import { describeWithFixtures, readFixture } from '../helpers/fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'tessera-pki-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isTesseraError(e) ? e.code : `non-tessera: ${String(e)}`;
  }
  return undefined;
}

/** Runs `openssl verify` on files written to the temp dir; returns its combined output and status. */
function opensslVerify(args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('openssl', ['verify', ...args], { encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stdout + r.stderr };
}

function file(name: string, data: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
}

describe('DER writer and reader', () => {
  it('encodes OIDs, integers and times as DER requires', () => {
    expect(derOid('1.2.840.10045.4.3.2').toString('hex')).toBe('06082a8648ce3d040302');
    expect(derOid('1.2.840.113741.1.13.1').toString('hex')).toBe('06092a864886f84d010d01');
    expect(derInt(0).toString('hex')).toBe('020100');
    expect(derInt(127).toString('hex')).toBe('02017f');
    expect(derInt(128).toString('hex')).toBe('02020080');
    expect(derInt(Buffer.from('00000956', 'hex')).toString('hex')).toBe('02020956');
    expect(derInt(Buffer.from('956f', 'hex')).toString('hex')).toBe('020300956f');
    // 2049 is the last UTCTime year; 2050 and later are GeneralizedTime (RFC 5280).
    expect(derTime(Date.UTC(2049, 11, 31, 23, 59, 59) / 1000).toString('ascii').slice(2)).toBe('491231235959Z');
    expect(derTime(Date.UTC(2050, 0, 1) / 1000)[0]).toBe(DerTag.GeneralizedTime);
    for (const t of [0, 1_751_328_000, Date.UTC(2050, 0, 1) / 1000]) {
      expect(decodeTime(readTlv(derTime(t), 0), 'time')).toBe(t);
    }
    expect(decodeOid(derOid('2.5.29.35').subarray(2))).toBe('2.5.29.35');
  });

  it('refuses truncated, indefinite, non-minimal and overrunning lengths', () => {
    expect(code(() => readTlv(Buffer.from([0x30]), 0))).toBe('DER_MALFORMED');
    expect(code(() => readTlv(Buffer.from([0x30, 0x80, 0, 0]), 0))).toBe('DER_MALFORMED');
    expect(code(() => readTlv(Buffer.from([0x04, 0x81, 0x05, 1, 2, 3, 4, 5]), 0))).toBe('DER_MALFORMED');
    expect(code(() => readTlv(Buffer.from([0x04, 0x05, 1, 2]), 0))).toBe('DER_MALFORMED');
    expect(code(() => readTlv(Buffer.from([0x04, 0x85, 1, 0, 0, 0, 0]), 0))).toBe('DER_MALFORMED');
    expect(code(() => expectTlv(Buffer.from([0x04, 0x00]), 0, DerTag.Sequence, 'x'))).toBe('DER_MALFORMED');
    const e = (() => {
      try {
        readTlv(Buffer.from([0x30, 0x05, 1]), 0, 'PCK CRL');
      } catch (x) {
        return x as Error;
      }
      return undefined;
    })();
    expect(e?.message).toMatch(/PCK CRL: length 5 runs past the end .* at offset 0/);
  });
});

describeWithFixtures('SGX PCK extension against the real PCK certificate', () => {
  // The PCK leaf inside the real quote: the first PEM of the inner type-5 chain.
  const quote = readFixture('tdx', 'tdx_quote');
  const authLen = quote.readUInt16LE(1218);
  const innerOff = 1220 + authLen;
  const pem = quote.subarray(innerOff + 6, innerOff + 6 + quote.readUInt32LE(innerOff + 2)).toString('utf8');
  const [leafDer] = pemToDers(pem);

  function extensionValue(der: Buffer, oid: string): Buffer {
    const cert = expectTlv(der, 0, DerTag.Sequence, 'cert');
    const tbs = readChildren(cert.content, 'cert')[0]!;
    const exts = readChildren(tbs.content, 'tbs').find((t) => t.tag === 0xa3)!;
    for (const e of readChildren(readTlv(exts.content, 0).content, 'exts')) {
      const [o, v1, v2] = readChildren(e.content, 'ext');
      if (decodeOid(o!.content) === oid) return Buffer.from((v2 ?? v1)!.content);
    }
    throw new Error('no extension ' + oid);
  }

  it('decodes the real extension and re-encodes it byte for byte', () => {
    const real = extensionValue(leafDer!, SgxOid.extension);
    const f = decodeSgxExtension(real);
    expect(f.fmspc.toString('hex')).toBe('b0c06f000000');
    expect(f.pceSvn).toBe(11);
    expect(f.tcbComponents).toEqual([3, 3, 2, 2, 4, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(f.sgxType).toBe(1);
    expect(f.configuration).toEqual({ dynamicPlatform: true, cachedKeys: true, smtEnabled: true });
    expect(encodeSgxExtension(f).equals(real)).toBe(true);
  });

  it('builds a PCK leaf whose extension list has the real certificate shape', () => {
    const keys = generateDcapKeys();
    const certs = issueDcapCertificates(keys, { platform: defaultPlatform(), notBeforeUnix: 1.7e9, notAfterUnix: 1.9e9, organization: 'Intel Corporation' });
    const oidsOf = (der: Buffer) => {
      const tbs = readChildren(expectTlv(der, 0, DerTag.Sequence, 'c').content, 'c')[0]!;
      const exts = readChildren(tbs.content, 'tbs').find((t) => t.tag === 0xa3)!;
      return readChildren(readTlv(exts.content, 0).content, 'e').map((e) => decodeOid(readChildren(e.content, 'e')[0]!.content));
    };
    // Same extensions in the same order as Intel's, less the CRL distribution point we were not asked for.
    expect(oidsOf(certs.der.pck)).toEqual(oidsOf(leafDer!).filter((o) => o !== '2.5.29.31'));
    const ours = new X509Certificate(certs.der.pck);
    const theirs = new X509Certificate(leafDer!);
    expect(ours.subject).toBe(theirs.subject);
    expect(ours.issuer).toBe(theirs.issuer);
    expect(ours.ca).toBe(false);
    expect(ours.keyUsage).toEqual(theirs.keyUsage);
  });

  it('refuses malformed extensions with a named field', () => {
    const f = defaultPlatform();
    expect(code(() => encodeSgxExtension({ ...f, fmspc: Buffer.alloc(5) }))).toBe('PKI_SPEC_INVALID');
    expect(code(() => encodeSgxExtension({ ...f, tcbComponents: [1, 2] }))).toBe('PKI_SPEC_INVALID');
    const good = encodeSgxExtension(f);
    // Drop the FMSPC entry: re-encode without it by decoding a truncated structure.
    expect(code(() => decodeSgxExtension(good.subarray(0, good.length - 10)))).toBe('DER_MALFORMED');
  });
});

describe('DCAP PKI hierarchy', () => {
  const keys = generateDcapKeys();
  const at = 1_751_328_000;
  const certs = issueDcapCertificates(keys, {
    platform: defaultPlatform(),
    notBeforeUnix: at - 86_400,
    notAfterUnix: at + 86_400 * 365,
    organization: 'tessera test PKI',
    crlUris: { root: 'https://example.invalid/root.der', pckCa: 'https://example.invalid/pckcrl?ca=platform' },
  });
  const crls = issueDcapCrls(keys, certs, { thisUpdateUnix: at - 3600, nextUpdateUnix: at + 86_400 * 30, revokedByPckCa: [Buffer.from('0badc0de', 'hex')] });

  it('issues certificates that node parses, with the roles, names and signatures of Intel PKI', () => {
    const x = Object.fromEntries(Object.entries(certs.der).map(([k, v]) => [k, new X509Certificate(v)])) as Record<keyof typeof certs.der, X509Certificate>;
    expect(x.root.subject).toContain('CN=Intel SGX Root CA');
    expect(x.root.ca).toBe(true);
    expect(x.pckCa.ca).toBe(true);
    expect(x.pck.ca).toBe(false);
    expect(x.tcbSigning.subject).toContain('CN=Intel SGX TCB Signing');
    expect(x.root.verify(x.root.publicKey)).toBe(true);
    expect(x.pckCa.verify(x.root.publicKey)).toBe(true);
    expect(x.tcbSigning.verify(x.root.publicKey)).toBe(true);
    expect(x.pck.verify(x.pckCa.publicKey)).toBe(true);
    expect(x.pck.verify(x.root.publicKey)).toBe(false);
    expect(x.pck.checkIssued(x.pckCa)).toBe(true);
    expect(x.pck.serialNumber).toBe(certs.serials.pck.toString('hex').toUpperCase());
    expect(new Date(x.pck.validFrom).getTime() / 1000).toBe(at - 86_400);
  });

  it('passes openssl verify with CRL checks, and fails it once the PCK is revoked', () => {
    const root = file('root.pem', derToPem(certs.der.root));
    const ca = file('ca.pem', derToPem(certs.der.pckCa));
    const leaf = file('leaf.pem', derToPem(certs.der.pck));
    const crlPem = (der: Buffer) => derToPem(der, 'X509 CRL');
    const crlFile = file('crls.pem', crlPem(crls.rootCaCrl) + crlPem(crls.pckCrl));
    const good = opensslVerify(['-attime', String(at), '-crl_check_all', '-CRLfile', crlFile, '-CAfile', root, '-untrusted', ca, leaf]);
    expect(good.out).toContain('OK');
    expect(good.ok).toBe(true);

    const revoked = issueDcapCrls(keys, certs, { thisUpdateUnix: at - 3600, nextUpdateUnix: at + 86_400, revokedByPckCa: [certs.serials.pck] });
    const bad = file('crls-revoked.pem', crlPem(revoked.rootCaCrl) + crlPem(revoked.pckCrl));
    const r = opensslVerify(['-attime', String(at), '-crl_check_all', '-CRLfile', bad, '-CAfile', root, '-untrusted', ca, leaf]);
    expect(r.ok).toBe(false);
    expect(r.out).toContain('certificate revoked');
  });

  it('writes CRLs that parse back with their window and revoked serials', () => {
    const info = parseCrl(crls.pckCrl, 'PCK CRL');
    expect(info.thisUpdateUnix).toBe(at - 3600);
    expect(info.nextUpdateUnix).toBe(at + 86_400 * 30);
    expect(info.revokedSerials).toEqual(['0BADC0DE']);
    expect(cryptoVerify('sha256', info.tbs, createPublicKey(keys.pckCa), info.signature)).toBe(true);
    expect(parseCrl(crls.rootCaCrl, 'root CA CRL').revokedSerials).toEqual([]);
    expect(code(() => parseCrl(Buffer.concat([crls.pckCrl, Buffer.from([0])]), 'PCK CRL'))).toBe('DER_MALFORMED');
    expect(code(() => parseCrl(crls.pckCrl.subarray(0, 40), 'PCK CRL'))).toBe('DER_MALFORMED');
  });
});

describeWithFixtures('CRL reader on the real collateral', () => {
  it('reads the real PCK CRL and root CA CRL', () => {
    const c = JSON.parse(readFixture('tdx', 'tdx_quote_collateral.json').toString('utf8')) as { pck_crl: string; root_ca_crl: string };
    const pck = parseCrl(Buffer.from(c.pck_crl, 'hex'), 'PCK CRL');
    expect(pck.thisUpdateUnix).toBe(Date.UTC(2025, 5, 19, 10, 0, 35) / 1000);
    expect(pck.nextUpdateUnix).toBe(Date.UTC(2025, 6, 19, 10, 0, 35) / 1000);
    expect(pck.revokedSerials[0]).toBe('6FC34E5023E728923435D61AA4B83C618166AD35');
    expect(pck.revokedSerials).toContain('A17C51722EC1E0C3278FE8BDF052059CBEC4E648');
    const root = parseCrl(Buffer.from(c.root_ca_crl, 'hex'), 'root CA CRL');
    expect(root.nextUpdateUnix).toBe(Date.UTC(2026, 3, 3, 11, 21, 57) / 1000);
  });
});
