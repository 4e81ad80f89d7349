/**
 * Signed admin requests: how a remote operator proves who it is.
 *
 * The client signs, with its Ed25519 operator key,
 *
 *   "tessera.admin.v1\n" | method path | "\n" | timestamp (decimal ms) | "\n" | request bytes
 *
 * where the request bytes are exactly the protobuf bytes it sends, and puts
 * three metadata entries on the call: `tessera-operator` (its name in the
 * config), `tessera-timestamp-ms`, `tessera-signature-bin` (64 bytes). The
 * seat checks the name is a configured operator, the timestamp is within
 * `clockSkewMs` of its clock, the signature verifies over the bytes it
 * received, and that the same signature was not seen before (replay).
 * Operations an automated caller may not perform (removing a member) need
 * an operator key with the `human` scope.
 */
import { createHash, createPublicKey, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';

export const operatorMetadataKey = 'tessera-operator';
export const timestampMetadataKey = 'tessera-timestamp-ms';
export const signatureMetadataKey = 'tessera-signature-bin';
const domainTag = 'tessera.admin.v1\n';

export interface OperatorKey {
  readonly name: string;
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  /** A human operator (config [[operator]]): may remove members. Automation keys may not. */
  readonly human: boolean;
}

export interface AdminAuthOptions {
  readonly operators: readonly OperatorKey[];
  /** How far a request's timestamp may be from the seat's clock. */
  readonly clockSkewMs?: number;
  /** The seat's clock (ms since the epoch); injectable for tests. */
  readonly now?: () => number;
  /** Told of every refused request (the seat logs it), before the refusal is thrown. */
  readonly onRefused?: (error: TesseraError, methodPath: string) => void;
}

export const adminAuthDefaults = { clockSkewMs: 5 * 60_000, seenSignaturesMax: 100_000 } as const;

/** What was proven about a caller. */
export interface AdminCaller {
  readonly operator: string;
  readonly human: boolean;
}

/** The bytes an operator signs for one request. */
export function signedAdminBytes(methodPath: string, timestampMs: number, request: Uint8Array): Uint8Array {
  const head = Buffer.from(`${domainTag}${methodPath}\n${timestampMs}\n`, 'utf8');
  return Buffer.concat([head, request]);
}

/** SPKI DER prefix of an Ed25519 public key: node:crypto takes raw keys only wrapped. */
const ed25519SpkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PublicKey(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new TesseraError(`an Ed25519 public key is 32 bytes, got ${raw.length}`, 'ADMIN_AUTH_INVALID', { field: 'publicKey' });
  return createPublicKey({ key: Buffer.concat([ed25519SpkiPrefix, raw]), format: 'der', type: 'spki' });
}

/** Metadata for a signed call (the client side: the CLI, tests). */
export function signAdminRequest(methodPath: string, request: Uint8Array, operator: string, privateKey: KeyObject, timestampMs: number): grpc.Metadata {
  const signature = edSign(null, signedAdminBytes(methodPath, timestampMs, request), privateKey);
  return metadataOf(operator, timestampMs, signature);
}

function metadataOf(operator: string, timestampMs: number, signature: Buffer): grpc.Metadata {
  const md = new grpc.Metadata();
  md.set(operatorMetadataKey, operator);
  md.set(timestampMetadataKey, String(timestampMs));
  md.set(signatureMetadataKey, signature);
  return md;
}

function refuse(code: 'ADMIN_AUTH_MISSING' | 'ADMIN_AUTH_INVALID' | 'ADMIN_AUTH_FORBIDDEN', message: string, details?: Record<string, unknown>): never {
  throw new TesseraError(message, code, details);
}

/** Verifies signed admin requests against the configured operator keys. */
export class AdminAuthVerifier {
  private readonly keys = new Map<string, { key: KeyObject; human: boolean }>();
  private readonly clockSkewMs: number;
  private readonly now: () => number;
  private readonly onRefused: ((error: TesseraError, methodPath: string) => void) | undefined;
  /** Signatures accepted within the skew window (replay protection), oldest first. */
  private readonly seen = new Map<string, number>();

  constructor(options: AdminAuthOptions) {
    for (const op of options.operators) {
      if (this.keys.has(op.name)) refuse('ADMIN_AUTH_INVALID', `operator ${op.name} is listed twice`, { operator: op.name });
      this.keys.set(op.name, { key: ed25519PublicKey(op.publicKey), human: op.human });
    }
    this.clockSkewMs = options.clockSkewMs ?? adminAuthDefaults.clockSkewMs;
    this.now = options.now ?? Date.now;
    this.onRefused = options.onRefused;
  }

  /** Checks the call's signature over `request` (the bytes received); throws ADMIN_AUTH_* naming what is wrong. */
  verify(methodPath: string, metadata: grpc.Metadata, request: Uint8Array): AdminCaller {
    try {
      return this.check(methodPath, metadata, request);
    } catch (e) {
      if (e instanceof TesseraError) this.onRefused?.(e, methodPath);
      throw e;
    }
  }

  private check(methodPath: string, metadata: grpc.Metadata, request: Uint8Array): AdminCaller {
    const name = metadata.get(operatorMetadataKey)[0];
    const stamp = metadata.get(timestampMetadataKey)[0];
    const signature = metadata.get(signatureMetadataKey)[0];
    if (typeof name !== 'string' || typeof stamp !== 'string' || !Buffer.isBuffer(signature)) {
      refuse('ADMIN_AUTH_MISSING', `remote admin needs signed requests: metadata ${operatorMetadataKey}, ${timestampMetadataKey} and ${signatureMetadataKey}`);
    }
    const op = this.keys.get(name);
    if (op === undefined) refuse('ADMIN_AUTH_INVALID', `operator ${JSON.stringify(name)} is not listed in the config`, { operator: name });
    if (!/^\d{1,16}$/.test(stamp)) refuse('ADMIN_AUTH_INVALID', `timestamp ${JSON.stringify(stamp)} is not a decimal ms count`);
    const timestampMs = Number(stamp);
    const now = this.now();
    if (Math.abs(now - timestampMs) > this.clockSkewMs) {
      refuse('ADMIN_AUTH_INVALID', `request timestamp ${timestampMs} is ${Math.round((now - timestampMs) / 1000)} s from this seat's clock (at most ${this.clockSkewMs / 1000} s)`);
    }
    if (signature.length !== 64 || !edVerify(null, signedAdminBytes(methodPath, timestampMs, request), op.key, signature)) {
      refuse('ADMIN_AUTH_INVALID', `signature of operator ${name} does not verify for ${methodPath}`, { operator: name });
    }
    const id = createHash('sha256').update(signature).digest('hex');
    this.forgetExpired(now);
    if (this.seen.has(id)) refuse('ADMIN_AUTH_INVALID', `replayed request from operator ${name}`, { operator: name });
    if (this.seen.size >= adminAuthDefaults.seenSignaturesMax) refuse('ADMIN_AUTH_INVALID', 'too many signed requests in the skew window; retry later');
    this.seen.set(id, timestampMs);
    return { operator: name, human: op.human };
  }

  /** requireHuman for a verified caller, told to onRefused like every other refusal (an audit line in the seat's log). */
  requireHuman(caller: AdminCaller, what: string, methodPath: string): void {
    try {
      requireHuman(caller, what);
    } catch (e) {
      if (e instanceof TesseraError) this.onRefused?.(e, methodPath);
      throw e;
    }
  }

  private forgetExpired(now: number): void {
    for (const [id, ts] of this.seen) {
      if (Math.abs(now - ts) <= this.clockSkewMs) continue;
      this.seen.delete(id);
    }
  }
}

/** Refuses a caller without the human scope. */
export function requireHuman(caller: AdminCaller, what: string): void {
  if (!caller.human) refuse('ADMIN_AUTH_FORBIDDEN', `${what} needs a human operator key; ${caller.operator} is an automation key`, { operator: caller.operator });
}
