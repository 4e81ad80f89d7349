/**
 * Signed admin requests: how a remote operator proves who it is.
 *
 * The client signs, with its Ed25519 operator key,
 *
 *   "tessera.admin.v1\n" | method path | "\n" | timestamp (decimal ms) | "\n"
 *     | nonce (lowercase hex) | "\n" | request bytes
 *
 * where the request bytes are exactly the protobuf bytes it sends and the
 * nonce is 16..64 random bytes, and puts four metadata entries on the call:
 * `tessera-operator` (its name in the config), `tessera-timestamp-ms`,
 * `tessera-nonce-bin`, `tessera-signature-bin` (64 bytes). The seat checks
 * the name is a configured operator, the timestamp is within `clockSkewMs`
 * of its clock, the signature verifies over the bytes it received, and that
 * the operator's nonce was not seen before (replay). The nonce, not the
 * signature, identifies a request: two identical requests in the same
 * millisecond are two requests. Seen nonces are kept for the skew window in
 * a ReplayStore; the seat's store is a file in its data dir
 * (admin-replay-log.ts), so a restart forgets none.
 * Operations an automated caller may not perform (removing a member) need
 * an operator key with the `human` scope.
 */
import { createHash, createPublicKey, randomBytes, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';

export const operatorMetadataKey = 'tessera-operator';
export const timestampMetadataKey = 'tessera-timestamp-ms';
export const signatureMetadataKey = 'tessera-signature-bin';
export const nonceMetadataKey = 'tessera-nonce-bin';
/** Nonce length bounds (bytes); the CLI sends nonceBytesDefault. */
export const nonceBytesMin = 16;
export const nonceBytesMax = 64;
export const nonceBytesDefault = 16;
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
  /**
   * Where seen requests are kept (replay protection). Default: memory only,
   * forgotten with the verifier; the seat passes a file-backed store so a
   * restart does not reopen the window.
   */
  readonly replayStore?: ReplayStore;
}

/** A request accepted within the skew window: its replay id (sha256 of operator and nonce) and timestamp. */
export interface SeenRequest {
  readonly id: string;
  readonly timestampMs: number;
}

/**
 * Durable memory of accepted requests. `load` gives what a previous process
 * accepted; `record` must have made the entry durable when it returns (the
 * request runs right after); `rewrite` replaces the whole content with the
 * live entries (compaction).
 */
export interface ReplayStore {
  load(): SeenRequest[];
  record(entry: SeenRequest): void;
  rewrite(entries: readonly SeenRequest[]): void;
}

export const adminAuthDefaults = { clockSkewMs: 5 * 60_000, seenSignaturesMax: 100_000 } as const;

/** What was proven about a caller. */
export interface AdminCaller {
  readonly operator: string;
  readonly human: boolean;
}

/** The bytes an operator signs for one request. */
export function signedAdminBytes(methodPath: string, timestampMs: number, nonce: Uint8Array, request: Uint8Array): Uint8Array {
  const head = Buffer.from(`${domainTag}${methodPath}\n${timestampMs}\n${Buffer.from(nonce).toString('hex')}\n`, 'utf8');
  return Buffer.concat([head, request]);
}

/** The replay id of a request: the operator's nonce (a nonce is only unique per signer). */
export function replayId(operator: string, nonce: Uint8Array): string {
  return createHash('sha256').update(operator, 'utf8').update(Buffer.from([0])).update(nonce).digest('hex');
}

/** SPKI DER prefix of an Ed25519 public key: node:crypto takes raw keys only wrapped. */
const ed25519SpkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PublicKey(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new TesseraError(`an Ed25519 public key is 32 bytes, got ${raw.length}`, 'ADMIN_AUTH_INVALID', { field: 'publicKey' });
  return createPublicKey({ key: Buffer.concat([ed25519SpkiPrefix, raw]), format: 'der', type: 'spki' });
}

/** Metadata for a signed call (the client side: the CLI, tests). A fresh random nonce unless one is given (tests). */
export function signAdminRequest(methodPath: string, request: Uint8Array, operator: string, privateKey: KeyObject, timestampMs: number, nonce: Uint8Array = randomBytes(nonceBytesDefault)): grpc.Metadata {
  const signature = edSign(null, signedAdminBytes(methodPath, timestampMs, nonce, request), privateKey);
  const md = new grpc.Metadata();
  md.set(operatorMetadataKey, operator);
  md.set(timestampMetadataKey, String(timestampMs));
  md.set(nonceMetadataKey, Buffer.from(nonce));
  md.set(signatureMetadataKey, signature);
  return md;
}

function refuse(code: 'ADMIN_AUTH_MISSING' | 'ADMIN_AUTH_INVALID' | 'ADMIN_AUTH_FORBIDDEN' | 'ADMIN_REPLAY_LOG_FAILED', message: string, details?: Record<string, unknown>): never {
  throw new TesseraError(message, code, details);
}

/** Verifies signed admin requests against the configured operator keys. */
export class AdminAuthVerifier {
  private readonly keys = new Map<string, { key: KeyObject; human: boolean }>();
  private readonly clockSkewMs: number;
  private readonly now: () => number;
  private readonly onRefused: ((error: TesseraError, methodPath: string) => void) | undefined;
  /** Requests (replay ids) accepted within the skew window (replay protection), oldest first. */
  private readonly seen = new Map<string, number>();
  private readonly store: ReplayStore | undefined;
  /** Entries recorded to the store since its last rewrite (compaction when they outgrow the live set). */
  private recordedSinceRewrite = 0;

  constructor(options: AdminAuthOptions) {
    for (const op of options.operators) {
      if (this.keys.has(op.name)) refuse('ADMIN_AUTH_INVALID', `operator ${op.name} is listed twice`, { operator: op.name });
      this.keys.set(op.name, { key: ed25519PublicKey(op.publicKey), human: op.human });
    }
    this.clockSkewMs = options.clockSkewMs ?? adminAuthDefaults.clockSkewMs;
    this.now = options.now ?? Date.now;
    this.onRefused = options.onRefused;
    this.store = options.replayStore;
    if (this.store !== undefined) {
      const now = this.now();
      for (const e of this.store.load()) {
        if (Math.abs(now - e.timestampMs) <= this.clockSkewMs) this.seen.set(e.id, e.timestampMs);
      }
      // Start from a file holding only what can still be replayed.
      this.store.rewrite([...this.seen].map(([id, timestampMs]) => ({ id, timestampMs })));
    }
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
    const nonce = metadata.get(nonceMetadataKey)[0];
    if (typeof name !== 'string' || typeof stamp !== 'string' || !Buffer.isBuffer(signature)) {
      refuse('ADMIN_AUTH_MISSING', `remote admin needs signed requests: metadata ${operatorMetadataKey}, ${timestampMetadataKey}, ${nonceMetadataKey} and ${signatureMetadataKey}`);
    }
    if (!Buffer.isBuffer(nonce)) {
      refuse('ADMIN_AUTH_MISSING', `signed request without a nonce: metadata ${nonceMetadataKey} (${nonceBytesMin}..${nonceBytesMax} random bytes, signed) is required; upgrade the client (tessera CLI)`);
    }
    if (nonce.length < nonceBytesMin || nonce.length > nonceBytesMax) {
      refuse('ADMIN_AUTH_INVALID', `${nonceMetadataKey} is ${nonce.length} bytes; it must be ${nonceBytesMin}..${nonceBytesMax}`);
    }
    const op = this.keys.get(name);
    if (op === undefined) refuse('ADMIN_AUTH_INVALID', `operator ${JSON.stringify(name)} is not listed in the config`, { operator: name });
    if (!/^\d{1,16}$/.test(stamp)) refuse('ADMIN_AUTH_INVALID', `timestamp ${JSON.stringify(stamp)} is not a decimal ms count`);
    const timestampMs = Number(stamp);
    const now = this.now();
    if (Math.abs(now - timestampMs) > this.clockSkewMs) {
      refuse('ADMIN_AUTH_INVALID', `request timestamp ${timestampMs} is ${Math.round((now - timestampMs) / 1000)} s from this seat's clock (at most ${this.clockSkewMs / 1000} s)`);
    }
    if (signature.length !== 64 || !edVerify(null, signedAdminBytes(methodPath, timestampMs, nonce, request), op.key, signature)) {
      refuse('ADMIN_AUTH_INVALID', `signature of operator ${name} does not verify for ${methodPath}`, { operator: name });
    }
    const id = replayId(name, nonce);
    this.forgetExpired(now);
    if (this.seen.has(id)) refuse('ADMIN_AUTH_INVALID', `replayed request from operator ${name} (nonce seen before)`, { operator: name });
    if (this.seen.size >= adminAuthDefaults.seenSignaturesMax) refuse('ADMIN_AUTH_INVALID', 'too many signed requests in the skew window; retry later');
    this.remember(id, timestampMs);
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

  /** Durable before the request runs: a crash right after it still knows the request. */
  private remember(id: string, timestampMs: number): void {
    if (this.store !== undefined) {
      if (this.recordedSinceRewrite >= Math.max(1024, 2 * this.seen.size)) {
        this.store.rewrite([...this.seen].map(([i, t]) => ({ id: i, timestampMs: t })));
        this.recordedSinceRewrite = 0;
      }
      try {
        this.store.record({ id, timestampMs });
      } catch (e) {
        // Not remembered durably: refusing is the only answer that cannot be replayed after a restart.
        refuse('ADMIN_REPLAY_LOG_FAILED', `cannot record the request for replay protection: ${(e as Error).message}`);
      }
      this.recordedSinceRewrite++;
    }
    this.seen.set(id, timestampMs);
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
