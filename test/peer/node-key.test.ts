import { X509Certificate } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

import { blake3DeriveKey } from '../../src/hash/index.js';
import { keyIdOf, keyIdOfCertificate, loadOrCreateNodeKey, NodeKey, nodeIdOfKeyId, nodeKeyFileName } from '../../src/peer/node-key.js';
import { tlsAnchor } from '../../src/peer/tls-anchor.js';
import { tempDir } from './helpers.js';

const dirs: (() => void)[] = [];
afterEach(() => dirs.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir();
  dirs.push(t.cleanup);
  return t.dir;
}

describe('node key', () => {
  it('is made on first start with mode 0600 and loaded unchanged after', () => {
    const d = dir();
    const first = loadOrCreateNodeKey(d);
    expect(first.created).toBe(true);
    expect(statSync(join(d, nodeKeyFileName)).mode & 0o777).toBe(0o600);
    const again = loadOrCreateNodeKey(d);
    expect(again.created).toBe(false);
    expect(again.key.keyId).toBe(first.key.keyId);
    expect(again.key.nodeId).toBe(first.key.nodeId);
  });

  it('refuses a key file the group or others can read', () => {
    const d = dir();
    loadOrCreateNodeKey(d);
    const path = join(d, nodeKeyFileName);
    for (const mode of [0o644, 0o640, 0o604, 0o660]) {
      chmodSync(path, mode);
      expect(() => loadOrCreateNodeKey(d)).toThrow(
        expect.objectContaining({ code: 'PEER_NODE_KEY_PERMISSIONS', message: expect.stringContaining(`0${mode.toString(8)}`) }),
      );
    }
    chmodSync(path, 0o600);
    expect(() => loadOrCreateNodeKey(d)).not.toThrow();
  });

  it('refuses a file that is not a P-256 private key', () => {
    const d = dir();
    writeFileSync(join(d, nodeKeyFileName), 'not a key', { mode: 0o600 });
    expect(() => loadOrCreateNodeKey(d)).toThrow(expect.objectContaining({ code: 'PEER_NODE_KEY_INVALID' }));
  });

  it('key id is BLAKE3 derive-key over the SPKI DER; node id its first 6 bytes, nonzero', () => {
    const k = NodeKey.generate();
    const expected = blake3DeriveKey('tessera 2026-11 node key id', k.publicKeyDer).toString('hex');
    expect(k.keyId).toBe(expected);
    expect(keyIdOf(k.publicKeyDer)).toBe(expected);
    expect(k.nodeId).toBe(parseInt(expected.slice(0, 12), 16));
    expect(k.nodeId).toBeGreaterThan(0);
    expect(Number.isSafeInteger(k.nodeId)).toBe(true);
    expect(() => nodeIdOfKeyId('xyz')).toThrow(expect.objectContaining({ code: 'PEER_KEY_ID_INVALID' }));
  });

  it('never shows its private key when printed or serialized', () => {
    const d = dir();
    const { key } = loadOrCreateNodeKey(d);
    const pemBody = readFileSync(join(d, nodeKeyFileName), 'utf8').split('\n')[1]!;
    for (const shown of [inspect(key, { depth: 10, showHidden: false }), JSON.stringify(key), String(key), JSON.stringify({ ...key })]) {
      expect(shown).not.toContain(pemBody);
      expect(shown).not.toContain('PRIVATE');
    }
    expect(JSON.stringify(key)).toBe(JSON.stringify({ keyId: key.keyId }));
  });

  it('makes a TLS certificate for its own key under the public anchor', () => {
    const k = NodeKey.generate();
    const cert = new X509Certificate(k.certificatePem());
    expect(keyIdOfCertificate(cert.raw)).toBe(k.keyId);
    const anchor = new X509Certificate(tlsAnchor().certPem);
    expect(cert.verify(anchor.publicKey)).toBe(true);
    expect(cert.checkIssued(anchor)).toBe(true);
    expect(anchor.ca).toBe(true);
    expect(cert.ca).toBe(false);
  });
});
