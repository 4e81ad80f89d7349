/**
 * Ticket issuer keys: Ed25519, kept by the issuing operator in a PKCS#8 PEM
 * file of mode 0600 (never on a seat: seats only know the public key, from
 * [[ticket_issuer]] public_key). The key id of an issuer is its raw 32-byte
 * public key in hex, exactly what the config lists.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';

import { TicketError, ticketError } from './errors.js';
import { assembleTicket, encodeTicketBody, ticketSigningInput, type TicketFields } from './format.js';

/** SPKI DER of an Ed25519 key is this 12-byte prefix and the raw 32-byte key (RFC 8410). */
const ed25519SpkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');

/** The 64-hex key id (raw public key) of an Ed25519 key. */
export function ed25519KeyId(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ format: 'der', type: 'spki' });
  if (pub.asymmetricKeyType !== 'ed25519' || der.length !== ed25519SpkiPrefix.length + 32) {
    throw ticketError('TICKET_KEY_INVALID', `ticket keys are Ed25519, this one is ${pub.asymmetricKeyType ?? 'unknown'}`);
  }
  return der.subarray(ed25519SpkiPrefix.length).toString('hex');
}

/** A public KeyObject from 64 hex digits (as in [[ticket_issuer]] public_key). */
export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw ticketError('TICKET_KEY_INVALID', `an Ed25519 public key is 64 lowercase hex digits, got ${JSON.stringify(hex.slice(0, 80))}`);
  try {
    return createPublicKey({ key: Buffer.concat([ed25519SpkiPrefix, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
  } catch (e) {
    throw ticketError('TICKET_KEY_INVALID', `${hex} is not an Ed25519 public key: ${(e as Error).message}`);
  }
}

export interface IssuerKey {
  readonly privateKey: KeyObject;
  /** 64 hex: what [[ticket_issuer]] public_key lists. */
  readonly keyId: string;
}

export function generateIssuerKey(): IssuerKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, keyId: ed25519KeyId(privateKey) };
}

/** Writes the key as PKCS#8 PEM with mode 0600; never overwrites an existing file. */
export function writeIssuerKeyFile(path: string, key: IssuerKey): void {
  const pem = String(key.privateKey.export({ format: 'pem', type: 'pkcs8' }));
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') throw ticketError('TICKET_KEY_EXISTS', `${path} exists; refusing to overwrite a key (move it away first)`, { path });
    throw ticketError('TICKET_KEY_UNREADABLE', `cannot create ${path}: ${err.code ?? err.message}`, { path });
  }
  try {
    writeSync(fd, pem);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads an issuer key file: PKCS#8 PEM, Ed25519, and not readable by group or others. */
export function readIssuerKeyFile(path: string): IssuerKey {
  let text: Buffer;
  try {
    const st = statSync(path);
    if ((st.mode & 0o077) !== 0) {
      throw ticketError(
        'TICKET_KEY_INVALID',
        `issuer key ${path} has mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}: the group or others can read it; it must be 0600 (chmod 600 ${path})`,
        { path },
      );
    }
    text = readFileSync(path);
  } catch (e) {
    if (e instanceof TicketError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw ticketError('TICKET_KEY_UNREADABLE', `cannot read issuer key ${path}: ${err.code ?? err.message}`, { path });
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: text, format: 'pem' });
  } catch (e) {
    throw ticketError('TICKET_KEY_INVALID', `issuer key ${path} is not a PEM private key: ${(e as Error).message}`, { path });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw ticketError('TICKET_KEY_INVALID', `issuer key ${path} is ${privateKey.asymmetricKeyType ?? 'unknown'}, ticket keys are Ed25519`, { path });
  }
  return { privateKey, keyId: ed25519KeyId(privateKey) };
}

export interface TicketRequest extends Omit<TicketFields, 'issuer' | 'serial'> {
  /** Default: 16 random bytes. */
  readonly serial?: string;
}

/** Signs a ticket with the issuer's key; the issuer field is that key's id. */
export function issueTicket(key: IssuerKey, request: TicketRequest): Buffer {
  const body = encodeTicketBody({ ...request, issuer: key.keyId, serial: request.serial ?? randomBytes(16).toString('hex') });
  const signature = sign(null, ticketSigningInput(body), key.privateKey);
  return assembleTicket(body, signature);
}

/** Parsed issuer keys: building a KeyObject costs about as much as the verification itself. */
const publicKeyCache = new Map<string, KeyObject>();
const publicKeyCacheMax = 2048;

function cachedPublicKey(hex: string): KeyObject {
  let key = publicKeyCache.get(hex);
  if (key === undefined) {
    key = ed25519PublicKey(hex);
    if (publicKeyCache.size >= publicKeyCacheMax) publicKeyCache.delete(publicKeyCache.keys().next().value as string);
    publicKeyCache.set(hex, key);
  }
  return key;
}

/** Ed25519 check of a decoded ticket's signature under `issuerHex`. */
export function signatureValid(signed: Uint8Array, signatureHex: string, issuerHex: string): boolean {
  try {
    return verify(null, ticketSigningInput(signed), cachedPublicKey(issuerHex), Buffer.from(signatureHex, 'hex'));
  } catch {
    // 32 bytes that are not a curve point: no signature can verify under them.
    return false;
  }
}
