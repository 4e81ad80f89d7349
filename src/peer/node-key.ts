/**
 * The node key: an ECDSA P-256 key pair, made on a member's first start
 * and kept in its data directory (PKCS#8 PEM, mode 0600). It is the TLS key
 * of every peer connection and the key a quote's report_data binds, so it
 * identifies the member: keyId = hex BLAKE3 derive-key('tessera 2026-11
 * node key id', SPKI DER), NodeId = the keyId's first 6 bytes as a number.
 *
 * The private key never leaves this object except to node's TLS: it is not
 * enumerable, and printing or JSON-encoding a NodeKey shows only the keyId.
 */
import { X509Certificate, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { closeSync, constants, fsyncSync, lstatSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';

import { TesseraError } from '../common/errors.js';
import { blake3DeriveKey } from '../hash/index.js';
import { buildCertificate, ext, keyIdentifier, KeyUsage } from '../attest/pki/index.js';
import { pem, tlsAnchor, tlsAnchorName } from './tls-anchor.js';
import type { NodeId } from '../raft/index.js';

export const nodeKeyFileName = 'node-key.pem';
export const nodeKeyIdContext = 'tessera 2026-11 node key id';
/** NodeId takes this many leading bytes of the key id (48 bits: a safe integer). */
export const nodeIdBytes = 6;

/** The hex key id of a SubjectPublicKeyInfo DER. */
export function keyIdOf(spkiDer: Uint8Array): string {
  return blake3DeriveKey(nodeKeyIdContext, spkiDer).toString('hex');
}

/** The NodeId a key id names: its first 6 bytes, big-endian. */
export function nodeIdOfKeyId(keyId: string): NodeId {
  if (!/^[0-9a-f]{64}$/.test(keyId)) throw new TesseraError(`key id '${keyId}' is not 64 lowercase hex digits`, 'PEER_KEY_ID_INVALID');
  return Buffer.from(keyId.slice(0, nodeIdBytes * 2), 'hex').readUIntBE(0, nodeIdBytes) as NodeId;
}

/** The key id of the public key in a DER certificate (what TLS peers present). */
export function keyIdOfCertificate(certDer: Uint8Array): string {
  const spki = new X509Certificate(certDer).publicKey.export({ type: 'spki', format: 'der' });
  return keyIdOf(spki);
}

export class NodeKey {
  readonly keyId: string;
  readonly nodeId: NodeId;
  /** SubjectPublicKeyInfo DER. */
  readonly publicKeyDer: Buffer;
  readonly publicKey: KeyObject;
  declare private readonly privateKey: KeyObject;

  constructor(privateKey: KeyObject) {
    if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new TesseraError('node key must be an ECDSA P-256 private key', 'PEER_NODE_KEY_INVALID');
    }
    Object.defineProperty(this, 'privateKey', { value: privateKey, enumerable: false });
    this.publicKey = createPublicKey(privateKey);
    this.publicKeyDer = this.publicKey.export({ type: 'spki', format: 'der' });
    this.keyId = keyIdOf(this.publicKeyDer);
    this.nodeId = nodeIdOfKeyId(this.keyId);
    if (this.nodeId === 0) throw new TesseraError(`node key ${this.keyId} gives node id 0; make a new key`, 'PEER_NODE_KEY_INVALID');
  }

  /** A fresh key (never one whose node id would be 0). */
  static generate(): NodeKey {
    for (;;) {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const pub = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
      if (nodeIdOfKeyId(keyIdOf(pub)) !== 0) return new NodeKey(privateKey);
    }
  }

  /** PEM of the private key, for node's TLS (the only place it goes). */
  privateKeyPem(): Buffer {
    return Buffer.from(this.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  }

  /**
   * The TLS certificate for this key, issued under the public anchor
   * (tls-anchor.ts). Peers check only the key inside it (by key id against
   * the committed membership), so names and validity are informative: made
   * fresh at each start, valid from an hour ago for ten years.
   */
  certificatePem(nowUnix = Math.floor(Date.now() / 1000)): Buffer {
    const anchor = tlsAnchor();
    const serial = randomBytes(16);
    serial[0] = (serial[0]! & 0x7f) | 0x01;
    const der = buildCertificate({
      serial,
      issuer: tlsAnchorName,
      subject: { ...tlsAnchorName, commonName: `tessera node ${this.keyId.slice(0, 16)}` },
      notBeforeUnix: nowUnix - 3600,
      notAfterUnix: nowUnix + 10 * 365 * 86_400,
      publicKey: this.publicKey,
      signingKey: anchor.key,
      extensions: [
        ext.basicConstraints(false),
        ext.keyUsage([KeyUsage.digitalSignature]),
        ext.authorityKeyId(keyIdentifier(createPublicKey(anchor.key))),
      ],
    });
    return pem(der);
  }

  toJSON(): { keyId: string } {
    return { keyId: this.keyId };
  }

  [inspect.custom](): string {
    return `NodeKey(${this.keyId})`;
  }

  toString(): string {
    return `NodeKey(${this.keyId})`;
  }
}

/**
 * Loads `<dataDir>/node-key.pem`, or makes it when absent. Refuses a key
 * file that is not a regular file, that the group or others may read or
 * write (PEER_NODE_KEY_PERMISSIONS: fix with chmod 600), or that does not
 * hold a P-256 key.
 */
export function loadOrCreateNodeKey(dataDir: string): { key: NodeKey; created: boolean } {
  const path = join(dataDir, nodeKeyFileName);
  let stat;
  try {
    stat = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    const key = NodeKey.generate();
    writeKeyFile(path, key.privateKeyPem());
    return { key, created: true };
  }
  if (!stat.isFile()) throw new TesseraError(`node key ${path} is not a regular file`, 'PEER_NODE_KEY_INVALID', { path });
  if ((stat.mode & 0o077) !== 0) {
    throw new TesseraError(
      `node key ${path} has mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}: the group or others can access it; it must be 0600 (chmod 600 ${path})`,
      'PEER_NODE_KEY_PERMISSIONS',
      { path, mode: stat.mode & 0o777 },
    );
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(path));
  } catch (e) {
    // The reason from OpenSSL names no key material; keep it for the operator.
    throw new TesseraError(`node key ${path} is not a PEM private key: ${(e as Error).message}`, 'PEER_NODE_KEY_INVALID', { path });
  }
  try {
    return { key: new NodeKey(privateKey), created: false };
  } catch (e) {
    if (e instanceof TesseraError) throw new TesseraError(`node key ${path}: ${e.message}`, e.code, { path });
    throw e;
  }
}

/** Writes the key atomically, never readable by others even for an instant. */
function writeKeyFile(path: string, pem: Buffer): void {
  const tmp = `${path}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    writeSync(fd, pem);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dirFd = openSync(dirname(path), constants.O_RDONLY);
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}
