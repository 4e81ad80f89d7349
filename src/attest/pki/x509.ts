/**
 * X.509 v3 certificates and v2 CRLs, ECDSA P-256 / SHA-256, built the way
 * Intel's SGX PKI builds them (same extensions, same order, same name
 * attributes), signed with node:crypto.
 */
import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';

import { TesseraError } from '../../common/errors.js';
import {
  DerTag,
  decodeTime,
  derBitString,
  derBool,
  derContext,
  derEnum,
  derInt,
  derOctets,
  derOid,
  derPrintable,
  derSeq,
  derSet,
  derTime,
  derUtf8,
  expectTlv,
  readChildren,
  readTlv,
} from './der.js';

export const Oid = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organizationName: '2.5.4.10',
  localityName: '2.5.4.7',
  stateOrProvinceName: '2.5.4.8',
  countryName: '2.5.4.6',
  authorityKeyIdentifier: '2.5.29.35',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  crlDistributionPoints: '2.5.29.31',
  crlNumber: '2.5.29.20',
  crlReason: '2.5.29.21',
} as const;

/** A distinguished name in Intel's attribute order: CN, O, L, ST, C. */
export interface DistinguishedName {
  commonName: string;
  organization: string;
  locality: string;
  state: string;
  country: string;
}

/** Intel's subjects: CN as given, O=Intel Corporation, L=Santa Clara, ST=CA, C=US. */
export function intelName(commonName: string, organization = 'Intel Corporation'): DistinguishedName {
  return { commonName, organization, locality: 'Santa Clara', state: 'CA', country: 'US' };
}

export function encodeName(n: DistinguishedName): Buffer {
  const rdn = (oid: string, value: Buffer) => derSet(derSeq(derOid(oid), value));
  return derSeq(
    rdn(Oid.commonName, derUtf8(n.commonName)),
    rdn(Oid.organizationName, derUtf8(n.organization)),
    rdn(Oid.localityName, derUtf8(n.locality)),
    rdn(Oid.stateOrProvinceName, derUtf8(n.state)),
    rdn(Oid.countryName, derPrintable(n.country)),
  );
}

const ecdsaSha256AlgId = (): Buffer => derSeq(derOid(Oid.ecdsaWithSha256));

/** One certificate or CRL extension. */
export interface Extension {
  oid: string;
  critical: boolean;
  /** The DER value wrapped in the extension's OCTET STRING. */
  value: Buffer;
}

function encodeExtension(e: Extension): Buffer {
  return derSeq(derOid(e.oid), ...(e.critical ? [derBool(true)] : []), derOctets(e.value));
}

/** keyUsage bits (RFC 5280 4.2.1.3), numbered from the most significant bit. */
export const KeyUsage = { digitalSignature: 0, nonRepudiation: 1, keyCertSign: 5, cRLSign: 6 } as const;

export const ext = {
  authorityKeyId(keyId: Uint8Array): Extension {
    return { oid: Oid.authorityKeyIdentifier, critical: false, value: derSeq(derContext(0, keyId, false)) };
  },
  subjectKeyId(keyId: Uint8Array): Extension {
    return { oid: Oid.subjectKeyIdentifier, critical: false, value: derOctets(keyId) };
  },
  keyUsage(bits: number[]): Extension {
    let v = 0;
    for (const b of bits) v |= 0x80 >> b;
    // DER: the BIT STRING drops trailing zero bits and says how many it dropped.
    let unused = 0;
    while (unused < 7 && ((v >> unused) & 1) === 0) unused++;
    return { oid: Oid.keyUsage, critical: true, value: derBitString(Buffer.from([v]), unused) };
  },
  basicConstraints(ca: boolean, pathLen?: number): Extension {
    const items = ca ? [derBool(true), ...(pathLen === undefined ? [] : [derInt(pathLen)])] : [];
    return { oid: Oid.basicConstraints, critical: true, value: derSeq(...items) };
  },
  crlDistributionPoint(uri: string): Extension {
    // DistributionPoint { distributionPoint [0] { fullName [0] { uniformResourceIdentifier [6] } } }
    const gn = derContext(6, Buffer.from(uri, 'ascii'), false);
    return { oid: Oid.crlDistributionPoints, critical: false, value: derSeq(derSeq(derContext(0, derContext(0, gn)))) };
  },
};

/** The SHA-1 of the subjectPublicKey bits: RFC 5280 key identifier method 1, as Intel uses. */
export function keyIdentifier(publicKey: KeyObject): Buffer {
  return createHash('sha1').update(rawPublicKey(publicKey)).digest();
}

/** The uncompressed EC point 04||x||y (65 bytes) of a P-256 key. */
export function rawPublicKey(publicKey: KeyObject): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const seq = expectTlv(spki, 0, DerTag.Sequence, 'public key');
  const [, bits] = readChildren(seq.content, 'public key');
  if (!bits || bits.tag !== DerTag.BitString) throw new TesseraError('public key: no BIT STRING', 'PKI_KEY_INVALID');
  return Buffer.from(bits.content.subarray(1));
}

/** A 20-byte positive serial number (Intel's length), never starting with a zero byte. */
export function randomSerial(): Buffer {
  const s = randomBytes(20);
  s[0] = (s[0]! & 0x7f) | 0x01;
  return s;
}

export interface CertificateSpec {
  serial: Uint8Array;
  issuer: DistinguishedName;
  subject: DistinguishedName;
  notBeforeUnix: number;
  notAfterUnix: number;
  publicKey: KeyObject;
  /** The issuer's private key (the subject's own for a self-signed root). */
  signingKey: KeyObject;
  extensions: Extension[];
}

export function ecdsaSignDer(key: KeyObject, data: Uint8Array): Buffer {
  return sign('sha256', data, { key, dsaEncoding: 'der' });
}

/** ECDSA P-256 / SHA-256 signature as raw r||s (64 bytes), as TCB info, QE identity and quotes carry it. */
export function ecdsaSignRaw(key: KeyObject, data: Uint8Array): Buffer {
  return sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' });
}

export function buildCertificate(spec: CertificateSpec): Buffer {
  if (spec.notAfterUnix <= spec.notBeforeUnix) {
    throw new TesseraError(`certificate '${spec.subject.commonName}': notAfter is not after notBefore`, 'PKI_SPEC_INVALID');
  }
  const tbs = derSeq(
    derContext(0, derInt(2)),
    derInt(spec.serial),
    ecdsaSha256AlgId(),
    encodeName(spec.issuer),
    derSeq(derTime(spec.notBeforeUnix), derTime(spec.notAfterUnix)),
    encodeName(spec.subject),
    spec.publicKey.export({ type: 'spki', format: 'der' }),
    derContext(3, derSeq(...spec.extensions.map(encodeExtension))),
  );
  return derSeq(tbs, ecdsaSha256AlgId(), derBitString(ecdsaSignDer(spec.signingKey, tbs)));
}

export interface RevokedEntry {
  serial: Uint8Array;
  revokedAtUnix: number;
  /** CRLReason; Intel uses 1 (keyCompromise). */
  reason?: number;
}

export interface CrlSpec {
  issuer: DistinguishedName;
  thisUpdateUnix: number;
  nextUpdateUnix: number;
  revoked: RevokedEntry[];
  crlNumber: number;
  /** The issuer's key identifier, for the authorityKeyIdentifier extension. */
  authorityKeyId: Uint8Array;
  signingKey: KeyObject;
}

export function buildCrl(spec: CrlSpec): Buffer {
  const entries = spec.revoked.map((r) =>
    derSeq(
      derInt(r.serial),
      derTime(r.revokedAtUnix),
      derSeq(encodeExtension({ oid: Oid.crlReason, critical: false, value: derEnum(r.reason ?? 1) })),
    ),
  );
  const tbs = derSeq(
    derInt(1),
    ecdsaSha256AlgId(),
    encodeName(spec.issuer),
    derTime(spec.thisUpdateUnix),
    derTime(spec.nextUpdateUnix),
    ...(entries.length > 0 ? [derSeq(...entries)] : []),
    derContext(
      0,
      derSeq(
        encodeExtension({ oid: Oid.crlNumber, critical: false, value: derInt(spec.crlNumber) }),
        encodeExtension(ext.authorityKeyId(spec.authorityKeyId)),
      ),
    ),
  );
  return derSeq(tbs, ecdsaSha256AlgId(), derBitString(ecdsaSignDer(spec.signingKey, tbs)));
}

export function derToPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER of every CERTIFICATE block in a PEM text, in order. */
export function pemToDers(pem: string, label = 'CERTIFICATE'): Buffer[] {
  const re = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+?)-----END ${label}-----`, 'g');
  return [...pem.matchAll(re)].map((m) => Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'));
}

// ---------------------------------------------------------------- CRL reader

export interface CrlInfo {
  thisUpdateUnix: number;
  nextUpdateUnix: number;
  /** Revoked serial numbers, upper-case hex without leading zero bytes. */
  revokedSerials: string[];
  /** The signed part (tbsCertList) and the DER signature over it. */
  tbs: Buffer;
  signature: Buffer;
}

/** Parses an X.509 v2 CRL far enough to read its window and revoked serials; `what` names it in errors. */
export function parseCrl(der: Buffer, what: string): CrlInfo {
  const outer = expectTlv(der, 0, DerTag.Sequence, what);
  if (outer.end !== der.length) throw new TesseraError(`${what}: ${der.length - outer.end} trailing bytes after the CRL`, 'DER_MALFORMED');
  const [tbsT, , sigT] = readChildren(outer.content, what);
  if (!tbsT || tbsT.tag !== DerTag.Sequence || !sigT || sigT.tag !== DerTag.BitString) {
    throw new TesseraError(`${what}: not a CertificateList`, 'DER_MALFORMED');
  }
  const fields = readChildren(tbsT.content, what);
  let i = 0;
  if (fields[i]?.tag === DerTag.Integer) i++; // version
  i += 2; // signature algorithm, issuer
  const thisT = fields[i++];
  const nextT = fields[i++];
  if (!thisT || !nextT || (nextT.tag !== DerTag.UtcTime && nextT.tag !== DerTag.GeneralizedTime)) {
    throw new TesseraError(`${what}: thisUpdate / nextUpdate missing`, 'DER_MALFORMED');
  }
  const revokedSerials: string[] = [];
  const list = fields[i];
  if (list && list.tag === DerTag.Sequence) {
    for (const entry of readChildren(list.content, what)) {
      const serial = readTlv(entry.content, 0, what);
      if (serial.tag !== DerTag.Integer) throw new TesseraError(`${what}: revoked entry without a serial`, 'DER_MALFORMED');
      revokedSerials.push(normalizeSerial(serial.content));
    }
  }
  return {
    thisUpdateUnix: decodeTime(thisT, `${what} thisUpdate`),
    nextUpdateUnix: decodeTime(nextT, `${what} nextUpdate`),
    revokedSerials,
    tbs: Buffer.from(der.subarray(outer.offset + outer.headerBytes + tbsT.offset, outer.offset + outer.headerBytes + tbsT.end)),
    signature: Buffer.from(sigT.content.subarray(1)),
  };
}

/** Serial as upper-case hex without leading zero bytes (X509Certificate.serialNumber's form). */
export function normalizeSerial(b: Uint8Array): string {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return Buffer.from(b.subarray(i)).toString('hex').toUpperCase();
}

