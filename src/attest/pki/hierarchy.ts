/**
 * A DCAP-shaped PKI: a root CA, a PCK platform CA under it, a PCK leaf
 * certificate (with the SGX extension) and a TCB signing certificate, plus
 * the root CA CRL and the PCK CRL. The simulated quote provider uses it in
 * production; tests use it (with overrides) to build every defect.
 */
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

import { TesseraError } from '../../common/errors.js';
import { sgxExtension, type SgxExtensionFields } from './sgx-extension.js';
import {
  KeyUsage,
  buildCertificate,
  buildCrl,
  ext,
  intelName,
  keyIdentifier,
  randomSerial,
  type DistinguishedName,
  type Extension,
} from './x509.js';

export type CertRole = 'root' | 'pckCa' | 'pck' | 'tcbSigning';
export const certRoles: readonly CertRole[] = ['root', 'pckCa', 'pck', 'tcbSigning'];

/** Private keys (P-256) of each certificate's subject. */
export type DcapKeys = Record<CertRole, KeyObject>;

export function generateP256Key(): KeyObject {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}

export function generateDcapKeys(): DcapKeys {
  return { root: generateP256Key(), pckCa: generateP256Key(), pck: generateP256Key(), tcbSigning: generateP256Key() };
}

/** Subject common names, Intel's. */
export const dcapCommonNames: Record<CertRole, string> = {
  root: 'Intel SGX Root CA',
  pckCa: 'Intel SGX PCK Platform CA',
  pck: 'Intel SGX PCK Certificate',
  tcbSigning: 'Intel SGX TCB Signing',
};

/** How one certificate is issued differently from the norm (tests build defects with these). */
export interface CertOverride {
  /** Sign with this key instead of the issuer's (a broken chain link). */
  signingKey?: KeyObject;
  notBeforeUnix?: number;
  notAfterUnix?: number;
}

export interface DcapCertificateOptions {
  platform: SgxExtensionFields;
  notBeforeUnix: number;
  notAfterUnix: number;
  /** The O= attribute of every name (Intel Corporation for Intel-identical names). */
  organization: string;
  /** Serial numbers; random 20-byte serials when absent. */
  serials?: Partial<Record<CertRole, Buffer>>;
  overrides?: Partial<Record<CertRole, CertOverride>>;
  /** Which of Intel's two PCK CAs issues the leaf (its CN); platform when absent. */
  pckCaKind?: 'platform' | 'processor';
  /** CRL distribution point URIs written into the certificates (Intel's form); none when absent. */
  crlUris?: { root?: string; pckCa?: string };
}

export interface DcapCertificates {
  der: Record<CertRole, Buffer>;
  serials: Record<CertRole, Buffer>;
  names: Record<CertRole, DistinguishedName>;
}

export function issueDcapCertificates(keys: DcapKeys, o: DcapCertificateOptions): DcapCertificates {
  const names = {} as Record<CertRole, DistinguishedName>;
  const serials = {} as Record<CertRole, Buffer>;
  for (const r of certRoles) {
    const cn = r === 'pckCa' && o.pckCaKind === 'processor' ? 'Intel SGX PCK Processor CA' : dcapCommonNames[r];
    names[r] = intelName(cn, o.organization);
    serials[r] = o.serials?.[r] ?? randomSerial();
  }
  const pub = (r: CertRole) => publicOf(keys[r]);
  const kid = (r: CertRole) => keyIdentifier(pub(r));
  const crlDp = (issuer: 'root' | 'pckCa') => {
    const uri = o.crlUris?.[issuer];
    return uri === undefined ? [] : [ext.crlDistributionPoint(uri)];
  };
  const issue = (role: CertRole, issuer: CertRole, extensions: Extension[]) => {
    const ov = o.overrides?.[role] ?? {};
    return buildCertificate({
      serial: serials[role],
      issuer: names[issuer],
      subject: names[role],
      notBeforeUnix: ov.notBeforeUnix ?? o.notBeforeUnix,
      notAfterUnix: ov.notAfterUnix ?? o.notAfterUnix,
      publicKey: pub(role),
      signingKey: ov.signingKey ?? keys[issuer],
      extensions,
    });
  };
  const caUsage = ext.keyUsage([KeyUsage.keyCertSign, KeyUsage.cRLSign]);
  const leafUsage = ext.keyUsage([KeyUsage.digitalSignature, KeyUsage.nonRepudiation]);
  const der: Record<CertRole, Buffer> = {
    root: issue('root', 'root', [ext.authorityKeyId(kid('root')), ...crlDp('root'), ext.subjectKeyId(kid('root')), caUsage, ext.basicConstraints(true, 1)]),
    pckCa: issue('pckCa', 'root', [ext.authorityKeyId(kid('root')), ...crlDp('root'), ext.subjectKeyId(kid('pckCa')), caUsage, ext.basicConstraints(true, 0)]),
    tcbSigning: issue('tcbSigning', 'root', [
      ext.authorityKeyId(kid('root')),
      ...crlDp('root'),
      ext.subjectKeyId(kid('tcbSigning')),
      leafUsage,
      ext.basicConstraints(false),
    ]),
    pck: issue('pck', 'pckCa', [
      ext.authorityKeyId(kid('pckCa')),
      ...crlDp('pckCa'),
      ext.subjectKeyId(kid('pck')),
      leafUsage,
      ext.basicConstraints(false),
      sgxExtension(o.platform),
    ]),
  };
  return { der, serials, names };
}

export interface DcapCrlOptions {
  thisUpdateUnix: number;
  nextUpdateUnix: number;
  /** Serials the root CA revokes (PCK CA, TCB signing). */
  revokedByRoot?: Buffer[];
  /** Serials the PCK CA revokes (PCK leaves). */
  revokedByPckCa?: Buffer[];
  /** Sign a CRL with another key (a CRL whose signature does not verify). */
  rootCrlSigningKey?: KeyObject;
  pckCrlSigningKey?: KeyObject;
  /** Per-CRL windows, when one must differ (expired / not yet valid). */
  rootCrlWindow?: { thisUpdateUnix: number; nextUpdateUnix: number };
  pckCrlWindow?: { thisUpdateUnix: number; nextUpdateUnix: number };
}

export interface DcapCrls {
  rootCaCrl: Buffer;
  pckCrl: Buffer;
}

export function issueDcapCrls(keys: DcapKeys, certs: DcapCertificates, o: DcapCrlOptions): DcapCrls {
  const rootWin = o.rootCrlWindow ?? o;
  const pckWin = o.pckCrlWindow ?? o;
  const entries = (serials: Buffer[] | undefined, at: number) => (serials ?? []).map((serial) => ({ serial, revokedAtUnix: at, reason: 1 }));
  return {
    rootCaCrl: buildCrl({
      issuer: certs.names.root,
      thisUpdateUnix: rootWin.thisUpdateUnix,
      nextUpdateUnix: rootWin.nextUpdateUnix,
      revoked: entries(o.revokedByRoot, rootWin.thisUpdateUnix),
      crlNumber: 1,
      authorityKeyId: keyIdentifier(publicOf(keys.root)),
      signingKey: o.rootCrlSigningKey ?? keys.root,
    }),
    pckCrl: buildCrl({
      issuer: certs.names.pckCa,
      thisUpdateUnix: pckWin.thisUpdateUnix,
      nextUpdateUnix: pckWin.nextUpdateUnix,
      revoked: entries(o.revokedByPckCa, pckWin.thisUpdateUnix),
      crlNumber: 1,
      authorityKeyId: keyIdentifier(publicOf(keys.pckCa)),
      signingKey: o.pckCrlSigningKey ?? keys.pckCa,
    }),
  };
}

export function publicOf(privateKey: KeyObject): KeyObject {
  if (privateKey.type !== 'private') throw new TesseraError('expected a private key', 'PKI_KEY_INVALID');
  return createPublicKey(privateKey);
}
