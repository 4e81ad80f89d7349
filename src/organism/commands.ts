/**
 * The organism's commands and their binary encoding, version 1
 * (docs/contributors/organism.md gives every byte). The leader encodes a
 * command, Raft replicates the bytes, every seat decodes and applies them,
 * so the encoding is canonical: one value has exactly one encoding, and
 * decoding refuses anything else (trailing bytes, bad tags, non-canonical
 * booleans, invalid UTF-8, out-of-range numbers) with a TesseraError
 * ORGANISM_COMMAND_MALFORMED naming the field and offset.
 *
 * Not protobuf: the state machine folder stays free of imports outside
 * common/ and hash/ (test/unit/purity.test.ts), and a hand-written
 * canonical layout makes "same command, same bytes" true by construction.
 */
import { TesseraError } from '../common/errors.js';
import type { EvidencePointer, Retirement } from '../common/fact.js';
import { ByteReader, ByteWriter, hexToBytes, isWellFormedString, utf8Length } from './codec.js';
import { keyBytesMax } from './keys.js';

export const commandEncodingVersion = 1;

export const commandKinds = { observe: 1, apply: 2, retire: 3, attestation: 4, seal: 5, observeBatch: 6, applyBatch: 7 } as const;

/** Bounds of the variable-length fields (each an error path, tested). */
export const commandLimits = {
  streamBytesMax: 128,
  keyBytesMax,
  endpointsMax: 16,
  endpointBytesMax: 256,
  tcbStatusBytesMax: 64,
  reasonBytesMax: 1024,
  /** Observations in one ObserveBatch (about 480 KiB at the longest stream and key: under one Raft entry's budget). */
  observeBatchMax: 1024,
  /** Keys in one ApplyBatch (about 260 KiB at the longest key). */
  applyBatchMax: 1024,
} as const;

export const digestBytes = 32;
export const idBytes = 32;
export const mrtdBytes = 48;

/** An upstream record was seen: evidence for `key`, stamped by the leader. */
export interface ObserveCommand {
  readonly kind: 'observe';
  readonly evidence: EvidencePointer;
  readonly key: string;
  /** The leader's clock when it proposed the observation (ms since the epoch). */
  readonly observedAt: number;
}

/** Fold the observations of `key` into a fact (the leader's timestamp decides the deadline). */
export interface ApplyCommand {
  readonly kind: 'apply';
  readonly key: string;
  readonly at: number;
}

export interface RetireCommand {
  readonly kind: 'retire';
  readonly retirement: Retirement;
}

/**
 * The leader's clock has passed a retirement's effectiveAt: from this
 * command on the retirement is in effect (final). A Retire may be committed
 * ahead of its effectiveAt, and facts stamped up to effectiveAt may still
 * commit after it; only a command stamped later tells every seat, at the
 * same log index, that no further fact can come (docs/contributors/organism.md).
 */
export interface SealCommand {
  readonly kind: 'seal';
  /** The leader's clock (ms since the epoch). */
  readonly at: number;
}

/** The outcome of verifying one committee member's quote, committed so every seat agrees on it. */
export interface AttestationRecord {
  /** Hex (64) node id: the committee member's node key id. */
  readonly nodeId: string;
  /** Hex (96) MR_TD of the quote. */
  readonly mrtd: string;
  /** Intel's TCB status name, e.g. `UpToDate`. */
  readonly tcbStatus: string;
  /** BLAKE3 of the quote bytes (32 bytes). */
  readonly quoteDigest: Uint8Array;
  /** The leader's clock at verification (ms since the epoch). */
  readonly at: number;
  readonly verified: boolean;
  /** Why verification failed (empty when verified). */
  readonly reason: string;
}

export interface AttestationCommand {
  readonly kind: 'attestation';
  readonly record: AttestationRecord;
}

/**
 * Several upstream records in one Raft entry: applied exactly as the same
 * Observes one after another (each its own outcome), so batching changes
 * throughput, never state.
 */
export interface ObserveBatchCommand {
  readonly kind: 'observeBatch';
  readonly observations: readonly ObserveCommand[];
}

/**
 * Several Applies in one Raft entry, all stamped with the leader's one
 * clock reading: applied exactly as the Applies `{ key, at }` one after
 * another (each its own outcome), except that every fact committed by it
 * carries this entry's log index. The leader proposes one per batch of keys
 * that became ready, instead of one entry per key.
 */
export interface ApplyBatchCommand {
  readonly kind: 'applyBatch';
  readonly keys: readonly string[];
  readonly at: number;
}

export type OrganismCommand = ObserveCommand | ApplyCommand | RetireCommand | AttestationCommand | SealCommand | ObserveBatchCommand | ApplyBatchCommand;

const malformed = 'ORGANISM_COMMAND_MALFORMED';
const invalid = 'ORGANISM_COMMAND_INVALID';

function invalidField(field: string, message: string): TesseraError {
  return new TesseraError(`organism command: ${field} ${message}`, invalid, { field });
}

function checkTime(v: number, field: string): void {
  if (!Number.isSafeInteger(v) || v < 0) throw invalidField(field, `must be a non-negative safe integer (ms), got ${v}`);
}

function checkString(s: string, field: string, min: number, max: number): void {
  if (typeof s !== 'string') throw invalidField(field, 'must be a string');
  const n = utf8Length(s);
  if (n < min || n > max) throw invalidField(field, `must be ${min} to ${max} bytes of UTF-8, got ${n}`);
  if (!isWellFormedString(s)) throw invalidField(field, 'is not well-formed (lone surrogate)');
}

function checkBytes(b: Uint8Array, n: number, field: string): void {
  if (!(b instanceof Uint8Array) || b.length !== n) throw invalidField(field, `must be ${n} bytes`);
}

function writeObserve(w: ByteWriter, cmd: ObserveCommand, prefix: string): void {
  const e = cmd.evidence;
  const member = hexToBytes(e.member, idBytes, `${prefix}evidence.member`, invalid);
  checkString(e.stream, `${prefix}evidence.stream`, 1, commandLimits.streamBytesMax);
  if (!Number.isSafeInteger(e.sequence) || e.sequence < 1) throw invalidField(`${prefix}evidence.sequence`, `must be a positive safe integer, got ${e.sequence}`);
  checkBytes(e.digest, digestBytes, `${prefix}evidence.digest`);
  checkString(cmd.key, `${prefix}key`, 1, commandLimits.keyBytesMax);
  checkTime(cmd.observedAt, `${prefix}observedAt`);
  w.raw(member).str(e.stream).u64(e.sequence).raw(e.digest).str(cmd.key).u64(cmd.observedAt);
}

function readObserve(r: ByteReader, prefix: string): ObserveCommand {
  const member = r.hex(idBytes, `${prefix}evidence.member`);
  const stream = r.str(`${prefix}evidence.stream`, commandLimits.streamBytesMax);
  if (stream.length === 0) throw r.fail('evidence.stream is empty', `${prefix}evidence.stream`);
  const sequence = r.u64(`${prefix}evidence.sequence`);
  if (sequence < 1) throw r.fail('evidence.sequence must be at least 1', `${prefix}evidence.sequence`);
  const digest = r.raw(digestBytes, `${prefix}evidence.digest`);
  const key = r.str(`${prefix}key`, commandLimits.keyBytesMax);
  if (key.length === 0) throw r.fail('key is empty', `${prefix}key`);
  const observedAt = r.u64(`${prefix}observedAt`);
  return { kind: 'observe', evidence: { member, stream, sequence, digest }, key, observedAt };
}

/**
 * Encodes a command (version 1). Throws ORGANISM_COMMAND_INVALID when a
 * field is out of its bounds: the leader never proposes what every seat
 * would refuse to decode.
 */
export function encodeCommand(cmd: OrganismCommand): Uint8Array {
  const w = new ByteWriter(128).u8(commandEncodingVersion);
  switch (cmd.kind) {
    case 'observe':
      writeObserve(w.u8(commandKinds.observe), cmd, '');
      break;
    case 'observeBatch': {
      const list = cmd.observations;
      if (!Array.isArray(list) || list.length < 1 || list.length > commandLimits.observeBatchMax) {
        throw invalidField('observations', `must be a list of 1 to ${commandLimits.observeBatchMax} observations`);
      }
      w.u8(commandKinds.observeBatch).u32(list.length);
      list.forEach((o, i) => {
        if (o?.kind !== 'observe') throw invalidField(`observations[${i}].kind`, 'must be "observe"');
        writeObserve(w, o, `observations[${i}].`);
      });
      break;
    }
    case 'apply':
      checkString(cmd.key, 'key', 1, commandLimits.keyBytesMax);
      checkTime(cmd.at, 'at');
      w.u8(commandKinds.apply).str(cmd.key).u64(cmd.at);
      break;
    case 'applyBatch': {
      const keys = cmd.keys;
      if (!Array.isArray(keys) || keys.length < 1 || keys.length > commandLimits.applyBatchMax) {
        throw invalidField('keys', `must be a list of 1 to ${commandLimits.applyBatchMax} keys`);
      }
      checkTime(cmd.at, 'at');
      w.u8(commandKinds.applyBatch).u64(cmd.at).u32(keys.length);
      keys.forEach((key, i) => {
        checkString(key, `keys[${i}]`, 1, commandLimits.keyBytesMax);
        w.str(key);
      });
      break;
    }
    case 'retire': {
      const r = cmd.retirement;
      checkTime(r.effectiveAt, 'effectiveAt');
      w.u8(commandKinds.retire).u64(r.effectiveAt);
      if (r.replacement === undefined) {
        w.u8(0);
      } else {
        const fp = hexToBytes(r.replacement.fingerprint, idBytes, 'replacement.fingerprint', invalid);
        const eps = r.replacement.endpoints;
        if (!Array.isArray(eps) || eps.length > commandLimits.endpointsMax) throw invalidField('replacement.endpoints', `must be a list of at most ${commandLimits.endpointsMax}`);
        w.u8(1).raw(fp).u32(eps.length);
        eps.forEach((ep, i) => {
          checkString(ep, `replacement.endpoints[${i}]`, 1, commandLimits.endpointBytesMax);
          w.str(ep);
        });
      }
      break;
    }
    case 'attestation': {
      const r = cmd.record;
      const node = hexToBytes(r.nodeId, idBytes, 'record.nodeId', invalid);
      const mrtd = hexToBytes(r.mrtd, mrtdBytes, 'record.mrtd', invalid);
      checkString(r.tcbStatus, 'record.tcbStatus', 1, commandLimits.tcbStatusBytesMax);
      checkBytes(r.quoteDigest, digestBytes, 'record.quoteDigest');
      checkTime(r.at, 'record.at');
      checkString(r.reason, 'record.reason', 0, commandLimits.reasonBytesMax);
      w.u8(commandKinds.attestation).raw(node).raw(mrtd).str(r.tcbStatus).raw(r.quoteDigest).u64(r.at).bool(r.verified).str(r.reason);
      break;
    }
    case 'seal':
      checkTime(cmd.at, 'at');
      w.u8(commandKinds.seal).u64(cmd.at);
      break;
    default: {
      const never: never = cmd;
      throw invalidField('kind', `is unknown: ${JSON.stringify((never as { kind?: unknown }).kind)}`);
    }
  }
  return w.finish();
}

/** Decodes one command; throws ORGANISM_COMMAND_MALFORMED (or ORGANISM_COMMAND_VERSION) on anything but a canonical encoding. */
export function decodeCommand(bytes: Uint8Array): OrganismCommand {
  if (!(bytes instanceof Uint8Array)) throw new TesseraError('organism command: expected bytes', malformed);
  const r = new ByteReader(bytes, malformed, 'organism command');
  const version = r.u8('version');
  if (version !== commandEncodingVersion) {
    throw new TesseraError(`organism command: encoding version ${version} is not supported (this seat reads version ${commandEncodingVersion})`, 'ORGANISM_COMMAND_VERSION', {
      version,
    });
  }
  const kind = r.u8('kind');
  let cmd: OrganismCommand;
  switch (kind) {
    case commandKinds.observe:
      cmd = readObserve(r, '');
      break;
    case commandKinds.observeBatch: {
      const count = r.u32('observations');
      if (count < 1 || count > commandLimits.observeBatchMax) throw r.fail(`${count} observations, must be 1 to ${commandLimits.observeBatchMax}`, 'observations');
      const observations: ObserveCommand[] = [];
      for (let i = 0; i < count; i++) observations.push(readObserve(r, `observations[${i}].`));
      cmd = { kind: 'observeBatch', observations };
      break;
    }
    case commandKinds.apply: {
      const key = r.str('key', commandLimits.keyBytesMax);
      if (key.length === 0) throw r.fail('key is empty', 'key');
      cmd = { kind: 'apply', key, at: r.u64('at') };
      break;
    }
    case commandKinds.applyBatch: {
      const at = r.u64('at');
      const count = r.u32('keys');
      if (count < 1 || count > commandLimits.applyBatchMax) throw r.fail(`${count} keys, must be 1 to ${commandLimits.applyBatchMax}`, 'keys');
      const keys: string[] = [];
      for (let i = 0; i < count; i++) {
        const key = r.str(`keys[${i}]`, commandLimits.keyBytesMax);
        if (key.length === 0) throw r.fail('key is empty', `keys[${i}]`);
        keys.push(key);
      }
      cmd = { kind: 'applyBatch', keys, at };
      break;
    }
    case commandKinds.retire: {
      const effectiveAt = r.u64('effectiveAt');
      if (!r.present('replacement')) {
        cmd = { kind: 'retire', retirement: { effectiveAt } };
        break;
      }
      const fingerprint = r.hex(idBytes, 'replacement.fingerprint');
      const count = r.u32('replacement.endpoints');
      if (count > commandLimits.endpointsMax) throw r.fail(`${count} endpoints, at most ${commandLimits.endpointsMax}`, 'replacement.endpoints');
      const endpoints: string[] = [];
      for (let i = 0; i < count; i++) {
        const ep = r.str(`replacement.endpoints[${i}]`, commandLimits.endpointBytesMax);
        if (ep.length === 0) throw r.fail('endpoint is empty', `replacement.endpoints[${i}]`);
        endpoints.push(ep);
      }
      cmd = { kind: 'retire', retirement: { effectiveAt, replacement: { fingerprint, endpoints } } };
      break;
    }
    case commandKinds.attestation: {
      const nodeId = r.hex(idBytes, 'record.nodeId');
      const mrtd = r.hex(mrtdBytes, 'record.mrtd');
      const tcbStatus = r.str('record.tcbStatus', commandLimits.tcbStatusBytesMax);
      if (tcbStatus.length === 0) throw r.fail('tcbStatus is empty', 'record.tcbStatus');
      const quoteDigest = r.raw(digestBytes, 'record.quoteDigest');
      const at = r.u64('record.at');
      const verified = r.bool('record.verified');
      const reason = r.str('record.reason', commandLimits.reasonBytesMax);
      cmd = { kind: 'attestation', record: { nodeId, mrtd, tcbStatus, quoteDigest, at, verified, reason } };
      break;
    }
    case commandKinds.seal:
      cmd = { kind: 'seal', at: r.u64('at') };
      break;
    default:
      throw new TesseraError(`organism command: unknown kind ${kind} at byte 1`, malformed, { offset: 1, field: 'kind' });
  }
  r.end();
  return cmd;
}

/**
 * The evidence pointer of an Observe command's bytes, or undefined for any
 * other command or undecodable bytes (which the machine refuses on its own).
 * Stateless; OrganismMachine.evidenceOf also says whether the machine would
 * record it.
 */
export function observeEvidence(bytes: Uint8Array): EvidencePointer | undefined {
  // Cheap pre-check on the kind byte before a full decode.
  if (!(bytes instanceof Uint8Array) || bytes.length < 2 || bytes[0] !== commandEncodingVersion || bytes[1] !== commandKinds.observe) return undefined;
  try {
    const cmd = decodeCommand(bytes);
    return cmd.kind === 'observe' ? cmd.evidence : undefined;
  } catch {
    return undefined;
  }
}
