/**
 * The TLS trust anchor every tessera node certificate is issued under.
 *
 * Its private key is PUBLIC: derived here from a fixed domain tag, so
 * anyone can issue a certificate under it. That is deliberate. Node's TLS
 * (and grpc-js on top) exposes the other side's certificate, and calls
 * checkServerIdentity, only when the chain verifies; peers are named by
 * their node key, not by a CA, so the anchor exists only to make every
 * node certificate verify. What authenticates a peer is (1) the TLS
 * handshake, which proves the peer holds the private key of the leaf
 * certificate it presents, and (2) our check of that key's id against the
 * admitted membership. Trusting this anchor therefore grants nothing.
 */
import { createECDH, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

import { blake3DeriveKey } from '../hash/index.js';
import { buildCertificate, ext, keyIdentifier, KeyUsage, type DistinguishedName } from '../attest/pki/index.js';

export const tlsAnchorContext = 'tessera 2026-11 peer tls anchor';

export const tlsAnchorName: DistinguishedName = {
  commonName: 'tessera peer TLS anchor (public key, trusts nothing)',
  organization: 'tessera',
  locality: '-',
  state: '-',
  country: 'ZZ',
};

function anchorKey(): KeyObject {
  // A 32-byte scalar from the tag; below the P-256 group order (first byte < 0xff suffices).
  const d = blake3DeriveKey(tlsAnchorContext, new Uint8Array(0));
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  return createPrivateKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: d.toString('base64url'),
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
}

let cached: { key: KeyObject; certPem: Buffer } | undefined;

/** The anchor's key and certificate (same key and name in every process). */
export function tlsAnchor(): { key: KeyObject; certPem: Buffer } {
  if (cached === undefined) {
    const key = anchorKey();
    const publicKey = createPublicKey(key);
    const der = buildCertificate({
      serial: Buffer.from([0x01]),
      issuer: tlsAnchorName,
      subject: tlsAnchorName,
      notBeforeUnix: Date.UTC(2026, 0, 1) / 1000,
      notAfterUnix: Date.UTC(2126, 0, 1) / 1000,
      publicKey,
      signingKey: key,
      extensions: [ext.basicConstraints(true), ext.keyUsage([KeyUsage.keyCertSign]), ext.subjectKeyId(keyIdentifier(publicKey))],
    });
    cached = { key, certPem: pem(der) };
  }
  return cached;
}

export function pem(der: Buffer): Buffer {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return Buffer.from(`-----BEGIN CERTIFICATE-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END CERTIFICATE-----\n`);
}
