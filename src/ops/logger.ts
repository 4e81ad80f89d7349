import pino, { type DestinationStream, type Logger } from 'pino';

import { TesseraError } from '../common/errors.js';
import { logLevels, type LogLevel } from '../config/seat-schema.js';

/**
 * The seat's logger: pino JSON lines on stdout (journald keeps them), every
 * line carrying organism, member and instance. The level comes from
 * TESSERA_LOG_LEVEL when set (validated), else the config's seat.log_level.
 *
 * No secret reaches a log line: every field whose name looks like a secret
 * (keys other than public ones, tickets, quotes, tokens, passwords, seeds)
 * is replaced by "[redacted]" at any depth, in bindings and in error
 * details, and raw bytes (Buffer, Uint8Array) are never written, only their
 * length. Free text in the message is the caller's duty.
 */

export const redactedValue = '[redacted]';
/** Nesting below this depth is not written (a bound, and protection against huge objects). */
export const logObjectDepthMax = 8;

/** Names that hold secrets or secret-bearing bodies. Matched case-insensitively anywhere in the field name (over-redacting is the safe side). */
const secretName = /key|secret|password|passphrase|token|ticket|quote|credential|authorization|cookie|seed|signature|nonce/i;
/** Names that look secret but are not: public keys, digests, hashes, paths, expiry times and counts. */
const publicName = /(public_?key|publickey|pubkey|digest|hash|_?path|_?file|_?id|expiry|expires_?at|seconds_?to_?expiry|_?count|_?len|_?length|_?status|_?reason|_?code)s?$/i;

export function isSecretFieldName(name: string): boolean {
  return secretName.test(name) && !publicName.test(name);
}

export interface CreateLoggerOptions {
  readonly organism: string;
  readonly member: string;
  readonly instance: string;
  /** The config's seat.log_level; TESSERA_LOG_LEVEL overrides it. Default 'info'. */
  readonly level?: LogLevel;
  /** Adds `attestation: "simulated"` to every line (DESIGN.md: every log says so). */
  readonly simulatedAttestation?: boolean;
  /** Where TESSERA_LOG_LEVEL is read (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Where lines go (default stdout). */
  readonly destination?: DestinationStream;
}

/** The effective level: TESSERA_LOG_LEVEL if set (it must be one of logLevels), else the configured one. */
export function resolveLogLevel(env: NodeJS.ProcessEnv, configured: LogLevel = 'info'): LogLevel {
  const fromEnv = env.TESSERA_LOG_LEVEL;
  if (fromEnv === undefined || fromEnv === '') return configured;
  if (!(logLevels as readonly string[]).includes(fromEnv)) {
    throw new TesseraError(`TESSERA_LOG_LEVEL ${JSON.stringify(fromEnv)} is not one of ${logLevels.join(', ')}`, 'OPS_BAD_LOG_LEVEL');
  }
  return fromEnv as LogLevel;
}

export function createLogger(options: CreateLoggerOptions): Logger {
  const level = resolveLogLevel(options.env ?? process.env, options.level ?? 'info');
  for (const field of ['organism', 'member', 'instance'] as const) {
    if (typeof options[field] !== 'string' || options[field].length === 0) {
      throw new TesseraError(`logger ${field} must be a non-empty string`, 'OPS_BAD_LOGGER_OPTION');
    }
  }
  const base: Record<string, string | number> = { organism: options.organism, member: options.member, instance: options.instance, pid: process.pid };
  if (options.simulatedAttestation === true) base.attestation = 'simulated';
  const logger = pino(
    {
      level,
      // Our own error serializer, so an error's details go through redaction like any field.
      serializers: { err: (e: unknown) => redact(e, 0, new WeakSet()) },
      base,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        bindings: (bindings) => redact(bindings, 0, new WeakSet()) as Record<string, unknown>,
        log: (object) => redact(object, 0, new WeakSet()) as Record<string, unknown>,
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
  // pino writes child bindings without passing them through a formatter, so
  // child() redacts them first. Children are created from their parent by
  // prototype, so they inherit this own property; `this` is then the child.
  const pinoChild = Object.getPrototypeOf(logger).child as Logger['child'];
  const redactingChild = function (this: Logger, bindings: Record<string, unknown>, childOptions?: Parameters<Logger['child']>[1]) {
    return pinoChild.call(this, redact(bindings, 0, new WeakSet()) as Record<string, unknown>, childOptions);
  };
  Object.defineProperty(logger, 'child', { value: redactingChild, writable: true, configurable: true });
  return logger;
}

/** A copy of `value` with secret-named fields, raw bytes and excess depth removed. */
export function redact(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? value.toString() : value;
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
  if (seen.has(value)) return '[circular]';
  if (depth >= logObjectDepthMax) return '[too deep]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen));
    const out: Record<string, unknown> = {};
    if (value instanceof Error) {
      out.type = value.name;
      out.message = value.message;
      if (value.stack !== undefined) out.stack = value.stack;
      if (value instanceof TesseraError) {
        out.code = value.code;
        if (value.details !== undefined) out.details = redact(value.details, depth + 1, seen);
      }
    }
    for (const [k, v] of Object.entries(value)) {
      if (value instanceof Error && (k === 'details' || k === 'code')) continue;
      out[k] = isSecretFieldName(k) ? redactedValue : redact(v, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
