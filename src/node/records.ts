/**
 * What the seat itself replicates, next to the state machine's commands:
 *
 * - the command envelope (a normal entry's data): who proposed it and its
 *   request id, so the proposer matches the applied entry to its promise;
 * - the member record (a conf change's context): address, node key and
 *   attestation record;
 * - the seat record envelope (a normal entry's data, version 2): a change to
 *   the member registry that is not a membership change (the leader's
 *   re-attestation verdict), applied by the seat, never by the machine;
 * - the seat snapshot: the member registry, then the machine's snapshot.
 *
 * Each decoder refuses anything malformed with SEAT_RECORD_CORRUPT; every
 * member decodes the same bytes the same way.
 */
import type { NodeId } from '../raft/index.js';
import { SeatErrorCode, seatError } from './errors.js';
import type { AttestationRecord, MemberRecord, ReattestationRecord } from './ports.js';

// ---------------------------------------------------------------------------
// Command envelope
//
//   offset 0  u8     version, 1
//   offset 1  u64be  proposer node id
//   offset 9  u64be  proposer incarnation (random per start: ids never repeat across restarts)
//   offset 17 u64be  request sequence number
//   offset 25 ...    the machine's command

export const commandEnvelopeVersion = 1;
export const commandEnvelopeHeaderBytes = 25;

export interface RequestId {
  readonly proposer: number;
  readonly incarnation: number;
  readonly seq: number;
}

const twoPow32 = 0x1_0000_0000;

function putU64(view: DataView, offset: number, n: number): void {
  view.setUint32(offset, Math.floor(n / twoPow32));
  view.setUint32(offset + 4, n >>> 0);
}

function getU64(view: DataView, offset: number): number {
  const high = view.getUint32(offset);
  if (high >= 1 << 21) throw seatError(SeatErrorCode.RecordCorrupt, `u64 at offset ${offset} is above 2^53`, { offset });
  return high * twoPow32 + view.getUint32(offset + 4);
}

export function encodeCommand(id: RequestId, command: Uint8Array): Uint8Array {
  const out = new Uint8Array(commandEnvelopeHeaderBytes + command.length);
  const view = new DataView(out.buffer);
  view.setUint8(0, commandEnvelopeVersion);
  putU64(view, 1, id.proposer);
  putU64(view, 9, id.incarnation);
  putU64(view, 17, id.seq);
  out.set(command, commandEnvelopeHeaderBytes);
  return out;
}

export function decodeCommand(data: Uint8Array): { id: RequestId; command: Uint8Array } {
  if (data.length < commandEnvelopeHeaderBytes) {
    throw seatError(SeatErrorCode.RecordCorrupt, `command envelope of ${data.length} bytes is shorter than its ${commandEnvelopeHeaderBytes}-byte header`);
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint8(0);
  if (version !== commandEnvelopeVersion) throw seatError(SeatErrorCode.RecordCorrupt, `command envelope version ${version}, expected ${commandEnvelopeVersion}`);
  return {
    id: { proposer: getU64(view, 1), incarnation: getU64(view, 9), seq: getU64(view, 17) },
    command: data.subarray(commandEnvelopeHeaderBytes),
  };
}

// ---------------------------------------------------------------------------
// Seat record envelope: the command envelope's header with version 2, then
// canonical JSON {"kind":"reattestation","member":id,"keyId":hex,"record":{...}}.
// A member running code without seat records skips it (its decodeCommand
// refuses the version), as it would any undecodable envelope.

export const seatRecordEnvelopeVersion = 2;

/** A re-attestation verdict for `member` (applied only while the registry names it with `keyId`). */
export interface ReattestationUpdate {
  readonly member: NodeId;
  readonly keyId: string;
  readonly record: ReattestationRecord;
}

export function isSeatRecord(data: Uint8Array): boolean {
  return data.length >= commandEnvelopeHeaderBytes && data[0] === seatRecordEnvelopeVersion;
}

export function encodeSeatRecord(id: RequestId, update: ReattestationUpdate): Uint8Array {
  const body = textEncoder.encode(JSON.stringify({ kind: 'reattestation', member: update.member, keyId: update.keyId, record: canonicalReattestation(update.record) }));
  const out = encodeCommand(id, body);
  out[0] = seatRecordEnvelopeVersion;
  // Every member would skip an entry its decoder refuses (and the proposer only time out): refuse it here, saying why.
  try {
    decodeSeatRecord(out);
  } catch (e) {
    throw seatError(SeatErrorCode.ArgumentInvalid, `cannot record this re-attestation of member ${update.member}: ${e instanceof Error ? e.message : String(e)}`, { member: update.member });
  }
  return out;
}

export function decodeSeatRecord(data: Uint8Array): { id: RequestId; update: ReattestationUpdate } {
  if (!isSeatRecord(data)) throw seatError(SeatErrorCode.RecordCorrupt, 'not a seat record envelope');
  const copy = data.slice();
  copy[0] = commandEnvelopeVersion;
  const { id, command } = decodeCommand(copy);
  let parsed: unknown;
  try {
    parsed = JSON.parse(textDecoder.decode(command));
  } catch (e) {
    throw seatError(SeatErrorCode.RecordCorrupt, `seat record: not UTF-8 JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const o = parsed as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || o.kind !== 'reattestation') throw seatError(SeatErrorCode.RecordCorrupt, 'seat record: unknown kind');
  if (typeof o.member !== 'number' || !Number.isSafeInteger(o.member) || o.member <= 0) throw seatError(SeatErrorCode.RecordCorrupt, 'seat record: member is not a positive integer');
  if (typeof o.keyId !== 'string' || !/^[0-9a-f]*$/.test(o.keyId)) throw seatError(SeatErrorCode.RecordCorrupt, 'seat record: keyId is not lowercase hex');
  return { id, update: { member: o.member as NodeId, keyId: o.keyId, record: checkReattestation(o.record) } };
}

const reattestVerdicts = ['verified', 'refused', 'unreachable'] as const;
const reattestFieldBytesMax = 256;

function canonicalReattestation(r: ReattestationRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { atMs: r.atMs, verdict: r.verdict, attested: r.attested };
  if (r.reason !== undefined) out.reason = r.reason;
  if (r.mrTd !== undefined) out.mrTd = r.mrTd;
  if (r.tcbStatus !== undefined) out.tcbStatus = r.tcbStatus;
  return out;
}

function checkReattestation(v: unknown): ReattestationRecord {
  const bad = (what: string): never => {
    throw seatError(SeatErrorCode.RecordCorrupt, `re-attestation record: ${what}`);
  };
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad('not an object');
  const r = v as Record<string, unknown>;
  if (typeof r.atMs !== 'number' || !Number.isSafeInteger(r.atMs) || r.atMs < 0) bad('atMs is not a ms timestamp');
  if (!(reattestVerdicts as readonly unknown[]).includes(r.verdict)) bad(`verdict ${String(r.verdict)} is not one of ${reattestVerdicts.join(', ')}`);
  if (typeof r.attested !== 'boolean') bad('attested is not a boolean');
  for (const k of ['reason', 'mrTd', 'tcbStatus'] as const) {
    if (r[k] !== undefined && (typeof r[k] !== 'string' || r[k].length > reattestFieldBytesMax)) bad(`${k} is not a string of at most ${reattestFieldBytesMax} characters`);
  }
  return {
    atMs: r.atMs as number,
    verdict: r.verdict as ReattestationRecord['verdict'],
    attested: r.attested as boolean,
    ...(typeof r.reason === 'string' ? { reason: r.reason } : {}),
    ...(typeof r.mrTd === 'string' ? { mrTd: r.mrTd } : {}),
    ...(typeof r.tcbStatus === 'string' ? { tcbStatus: r.tcbStatus } : {}),
  };
}

// ---------------------------------------------------------------------------
// Member record: canonical JSON (fixed key order), UTF-8.

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

export const memberAddressBytesMax = 512;

function canonicalMember(m: MemberRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { id: m.id, address: m.address, keyId: m.keyId };
  // Only when known: records written before client addresses existed stay byte-identical.
  if (m.clientAddress !== undefined) out.clientAddress = m.clientAddress;
  if (m.attestation !== undefined) {
    const a = m.attestation;
    out.attestation = { mrTd: a.mrTd, tcbStatus: a.tcbStatus, quoteDigest: a.quoteDigest, verifiedAtMs: a.verifiedAtMs, simulated: a.simulated };
  }
  // Only once the leader committed one: records without it stay byte-identical.
  if (m.reattestation !== undefined) out.reattestation = canonicalReattestation(m.reattestation);
  return out;
}

export function encodeMember(m: MemberRecord): Uint8Array {
  return textEncoder.encode(JSON.stringify(canonicalMember(m)));
}

function corrupt(what: string): never {
  throw seatError(SeatErrorCode.RecordCorrupt, `member record: ${what}`);
}

function checkMember(v: unknown): MemberRecord {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) corrupt('not an object');
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'number' || !Number.isSafeInteger(o.id) || o.id <= 0) corrupt(`id ${String(o.id)} is not a positive integer`);
  if (typeof o.address !== 'string' || o.address.length > memberAddressBytesMax) corrupt('address missing or too long');
  if (typeof o.keyId !== 'string' || !/^[0-9a-f]*$/.test(o.keyId)) corrupt('keyId is not lowercase hex');
  if (o.clientAddress !== undefined && (typeof o.clientAddress !== 'string' || o.clientAddress.length > memberAddressBytesMax)) {
    corrupt('clientAddress is not a string or too long');
  }
  let attestation: AttestationRecord | undefined;
  if (o.attestation !== undefined) {
    const a = o.attestation as Record<string, unknown>;
    if (typeof a !== 'object' || a === null) corrupt('attestation is not an object');
    if (typeof a.mrTd !== 'string' || typeof a.tcbStatus !== 'string' || typeof a.quoteDigest !== 'string') corrupt('attestation fields missing');
    if (typeof a.verifiedAtMs !== 'number' || !Number.isSafeInteger(a.verifiedAtMs) || typeof a.simulated !== 'boolean') corrupt('attestation time or simulated flag invalid');
    attestation = { mrTd: a.mrTd, tcbStatus: a.tcbStatus, quoteDigest: a.quoteDigest, verifiedAtMs: a.verifiedAtMs, simulated: a.simulated };
  }
  return {
    id: o.id as NodeId,
    address: o.address,
    keyId: o.keyId,
    ...(typeof o.clientAddress === 'string' ? { clientAddress: o.clientAddress } : {}),
    ...(attestation ? { attestation } : {}),
    ...(o.reattestation !== undefined ? { reattestation: checkReattestation(o.reattestation) } : {}),
  };
}

export function decodeMember(bytes: Uint8Array): MemberRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(textDecoder.decode(bytes));
  } catch (e) {
    corrupt(`not UTF-8 JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return checkMember(parsed);
}

// ---------------------------------------------------------------------------
// Seat snapshot
//
//   offset 0  4 bytes  magic "TSST"
//   offset 4  u8       version, 1
//   offset 5  u32be    registry length R
//   offset 9  R bytes  registry: canonical JSON array of member records, by id
//   offset 9+R ...     the machine's snapshot
//
// An empty snapshot (the genesis snapshot of MemoryStorage({ confState }))
// means: no registry recorded, a fresh machine.

const snapshotMagic = [0x54, 0x53, 0x53, 0x54];
export const seatSnapshotVersion = 1;
const seatSnapshotHeaderBytes = 9;

export function encodeSeatSnapshot(members: readonly MemberRecord[], machine: Uint8Array): Uint8Array {
  const sorted = [...members].sort((a, b) => a.id - b.id);
  const registry = textEncoder.encode(JSON.stringify(sorted.map(canonicalMember)));
  const out = new Uint8Array(seatSnapshotHeaderBytes + registry.length + machine.length);
  out.set(snapshotMagic, 0);
  const view = new DataView(out.buffer);
  view.setUint8(4, seatSnapshotVersion);
  view.setUint32(5, registry.length);
  out.set(registry, seatSnapshotHeaderBytes);
  out.set(machine, seatSnapshotHeaderBytes + registry.length);
  return out;
}

export function decodeSeatSnapshot(data: Uint8Array): { members: MemberRecord[]; machine: Uint8Array } | undefined {
  if (data.length === 0) return undefined;
  const bad = (what: string): never => {
    throw seatError(SeatErrorCode.RecordCorrupt, `seat snapshot: ${what}`);
  };
  if (data.length < seatSnapshotHeaderBytes) bad(`${data.length} bytes, shorter than the header`);
  if (!snapshotMagic.every((b, k) => data[k] === b)) bad('bad magic');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint8(4) !== seatSnapshotVersion) bad(`version ${view.getUint8(4)}`);
  const registryBytes = view.getUint32(5);
  if (seatSnapshotHeaderBytes + registryBytes > data.length) bad(`registry of ${registryBytes} bytes runs past the end`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(textDecoder.decode(data.subarray(seatSnapshotHeaderBytes, seatSnapshotHeaderBytes + registryBytes)));
  } catch (e) {
    bad(`registry is not UTF-8 JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Array.isArray(parsed)) bad('registry is not an array');
  const members = (parsed as unknown[]).map(checkMember);
  return { members, machine: data.subarray(seatSnapshotHeaderBytes + registryBytes) };
}
