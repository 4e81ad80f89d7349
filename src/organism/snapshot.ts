/**
 * The organism snapshot, version 1: the whole state in one canonical order,
 * so two seats that applied the same commands write the same bytes.
 *
 *   "TSOM" ‖ u8(1) ‖ params digest (32) ‖ body ‖ BLAKE3(all preceding bytes) (32)
 *
 * The parameter digest ties the snapshot to the members, policy, deadline,
 * key kind, fold and retention it was made under: restoring it into a
 * machine with other parameters is refused (ORGANISM_SNAPSHOT_CONFIG_MISMATCH)
 * instead of silently mixing two organisms' states. The body layout is in
 * docs/contributors/organism.md.
 */
import { TesseraError } from '../common/errors.js';
import type { Retirement } from '../common/fact.js';
import { blake3 } from '../hash/index.js';
import { ByteReader, ByteWriter, bytesEqual } from './codec.js';
import { commandLimits, digestBytes, idBytes, mrtdBytes, type AttestationRecord } from './commands.js';
import { foldOutputBytesMax } from './fold.js';
import { compareKeys, keyBytesMax, keyProblem, type KeyKind } from './keys.js';
import { cursorId, emptyState, splitCursorId, type HeldEvidence, type HeldFact, type Observation, type OrganismState, type PendingSlot } from './state.js';

export const snapshotVersion = 1;
const magic = Uint8Array.of(0x54, 0x53, 0x4f, 0x4d); // "TSOM"
const checksumBytes = 32;
const corrupt = 'ORGANISM_SNAPSHOT_CORRUPT';

/** The machine parameters a snapshot depends on, normalized (members sorted). */
export interface SnapshotParams {
  readonly members: readonly string[];
  readonly policy: string;
  readonly deadlineMs: number;
  readonly keyKind: KeyKind;
  readonly foldId: string;
  readonly retainFacts: number;
}

export function paramsDigest(p: SnapshotParams): Uint8Array {
  const w = new ByteWriter().u8(snapshotVersion).u32(p.members.length);
  for (const m of p.members) w.rawHex(m);
  w.str(p.policy).u64(p.deadlineMs).str(p.keyKind).str(p.foldId).u64(p.retainFacts);
  return blake3(w.finish());
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function writeEvidence(w: ByteWriter, e: HeldEvidence): void {
  w.rawHex(e.member).str(e.stream).u64(e.sequence).rawLatin1(e.digest);
}

function writeRetirement(w: ByteWriter, r: Retirement): void {
  w.u64(r.effectiveAt);
  if (r.replacement === undefined) {
    w.u8(0);
    return;
  }
  w.u8(1).rawHex(r.replacement.fingerprint).u32(r.replacement.endpoints.length);
  for (const ep of r.replacement.endpoints) w.str(ep);
}

export function encodeSnapshot(state: OrganismState, params: SnapshotParams): Uint8Array {
  const w = new ByteWriter(1 << 16).raw(magic).u8(snapshotVersion).raw(paramsDigest(params));
  w.u64(state.appliedIndex).u64(state.clockMs).u64(state.lastSequence).u64(state.factsComplete).u64(state.factsDegraded);
  if (state.prunedThroughKey === undefined) w.u8(0);
  else w.u8(1).str(state.prunedThroughKey);
  if (state.retirement === undefined) w.u8(0);
  else writeRetirement(w.u8(1), state.retirement);

  // Cursor ids start with the fixed-length member id, so byte order is (member, stream) order.
  const cursorIds = [...state.cursors.keys()].sort(compareBytes);
  w.u32(cursorIds.length);
  for (const id of cursorIds) {
    const { member, stream } = splitCursorId(id);
    w.rawHex(member).str(stream).u64(state.cursors.get(id)!);
  }

  const pendingKeys = [...state.pending.keys()].sort((a, b) => compareKeys(a, b, params.keyKind));
  w.u32(pendingKeys.length);
  for (const key of pendingKeys) {
    const slot = state.pending.get(key)!;
    const members = [...slot.observations.keys()].sort();
    w.str(key).u64(slot.firstObservedAt).u32(members.length);
    for (const m of members) {
      const o = slot.observations.get(m)!;
      writeEvidence(w, o.evidence);
      w.u64(o.observedAt);
    }
  }

  w.u32(state.facts.length);
  for (const f of state.facts) {
    w.u64(f.sequence).str(f.key).u8(f.status === 'complete' ? 0 : 1).u32(f.digest.length).rawLatin1(f.digest).u32(f.evidence.length);
    for (const e of f.evidence) writeEvidence(w, e);
    w.u32(f.missing.length);
    for (const m of f.missing) w.rawHex(m);
    w.u64(f.appliedAt).u64(f.index);
  }

  const nodeIds = [...state.attestations.keys()].sort();
  w.u32(nodeIds.length);
  for (const id of nodeIds) {
    const r = state.attestations.get(id)!;
    w.rawHex(r.nodeId).rawHex(r.mrtd).str(r.tcbStatus).raw(r.quoteDigest).u64(r.at).bool(r.verified).str(r.reason);
  }

  const body = w.finish();
  const out = new Uint8Array(body.length + checksumBytes);
  out.set(body);
  out.set(blake3(body), body.length);
  return out;
}

/**
 * Decodes and checks a snapshot against the machine's parameters. Throws
 * ORGANISM_SNAPSHOT_CORRUPT (bad magic, checksum, layout or an invariant),
 * ORGANISM_SNAPSHOT_VERSION or ORGANISM_SNAPSHOT_CONFIG_MISMATCH.
 */
export function decodeSnapshot(data: Uint8Array, params: SnapshotParams): OrganismState {
  if (!(data instanceof Uint8Array)) throw new TesseraError('organism snapshot: expected bytes', corrupt);
  const headerBytes = magic.length + 1 + 32;
  if (data.length < headerBytes + checksumBytes) {
    throw new TesseraError(`organism snapshot: ${data.length} bytes is shorter than the ${headerBytes + checksumBytes}-byte minimum`, corrupt, { length: data.length });
  }
  if (!bytesEqual(data.subarray(0, magic.length), magic)) throw new TesseraError('organism snapshot: bad magic (not an organism snapshot)', corrupt, { offset: 0 });
  const version = data[magic.length]!;
  if (version !== snapshotVersion) {
    throw new TesseraError(`organism snapshot: version ${version} is not supported (this seat reads version ${snapshotVersion})`, 'ORGANISM_SNAPSHOT_VERSION', { version });
  }
  const body = data.subarray(0, data.length - checksumBytes);
  if (!bytesEqual(blake3(body), data.subarray(data.length - checksumBytes))) {
    throw new TesseraError(`organism snapshot: checksum mismatch over ${body.length} bytes (corrupt or truncated)`, corrupt, { length: data.length });
  }
  const r = new ByteReader(body, corrupt, 'organism snapshot');
  r.raw(magic.length + 1, 'header');
  const digest = r.raw(32, 'params digest');
  if (!bytesEqual(digest, paramsDigest(params))) {
    throw new TesseraError(
      'organism snapshot: made under other organism parameters (spanned members, apply policy, deadline, key kind, fold or retention differ from this seat)',
      'ORGANISM_SNAPSHOT_CONFIG_MISMATCH',
    );
  }
  const memberSet = new Set(params.members);
  // Checks build their message only on failure: a snapshot holds hundreds of thousands of fields.
  const check = (cond: boolean, message: string, field: string): void => {
    if (!cond) throw r.fail(message, field);
  };
  const key = (field: string): string => {
    const k = r.str(field, keyBytesMax);
    const problem = keyProblem(k, params.keyKind);
    if (problem !== undefined) throw r.fail(problem, field);
    return k;
  };
  const member = (field: string): string => {
    const m = r.hexInterned(idBytes, field);
    if (!memberSet.has(m)) throw r.fail(`${m} is not a spanned member`, field);
    return m;
  };
  const evidence = (): HeldEvidence => {
    const m = member('evidence.member');
    const stream = r.str('evidence.stream', commandLimits.streamBytesMax);
    const sequence = r.u64('evidence.sequence');
    if (stream.length === 0 || sequence < 1) throw r.fail('empty stream or sequence 0', 'evidence');
    return { member: m, stream, sequence, digest: r.latin1(digestBytes, 'evidence.digest') };
  };

  const s = emptyState();
  s.appliedIndex = r.u64('appliedIndex');
  s.clockMs = r.u64('clockMs');
  s.lastSequence = r.u64('lastSequence');
  s.factsComplete = r.u64('factsComplete');
  s.factsDegraded = r.u64('factsDegraded');
  check(s.factsComplete + s.factsDegraded === s.lastSequence, 'fact counts do not add up to lastSequence', 'factsComplete');
  if (r.present('prunedThroughKey')) s.prunedThroughKey = key('prunedThroughKey');
  if (r.present('retirement')) {
    const effectiveAt = r.u64('retirement.effectiveAt');
    if (r.present('retirement.replacement')) {
      const fingerprint = r.hex(idBytes, 'retirement.replacement.fingerprint');
      const n = r.u32('retirement.replacement.endpoints');
      check(n <= commandLimits.endpointsMax, `${n} endpoints`, 'retirement.replacement.endpoints');
      const endpoints: string[] = [];
      for (let i = 0; i < n; i++) endpoints.push(r.str('retirement.replacement.endpoint', commandLimits.endpointBytesMax));
      s.retirement = { effectiveAt, replacement: { fingerprint, endpoints } };
    } else {
      s.retirement = { effectiveAt };
    }
  }

  const cursorCount = r.u32('cursors');
  let previousCursor: string | undefined;
  for (let i = 0; i < cursorCount; i++) {
    const m = member('cursor.member');
    const stream = r.str('cursor.stream', commandLimits.streamBytesMax);
    const id = cursorId(m, stream);
    check(previousCursor === undefined || compareBytes(previousCursor, id) < 0, 'cursors out of order', 'cursor');
    previousCursor = id;
    const seq = r.u64('cursor.sequence');
    check(seq >= 1, 'cursor sequence 0', 'cursor.sequence');
    s.cursors.set(id, seq);
  }

  const pendingCount = r.u32('pending');
  let previousKey: string | undefined;
  for (let i = 0; i < pendingCount; i++) {
    const k = key('pending.key');
    check(previousKey === undefined || compareKeys(previousKey, k, params.keyKind) < 0, 'pending slots out of order', 'pending.key');
    previousKey = k;
    const firstObservedAt = r.u64('pending.firstObservedAt');
    const n = r.u32('pending.observations');
    check(n >= 1 && n <= params.members.length, `${n} observations in one slot`, 'pending.observations');
    const observations = new Map<string, Observation>();
    let previousMember = '';
    for (let j = 0; j < n; j++) {
      const e = evidence();
      if (e.member <= previousMember) throw r.fail('observations out of order', 'pending.observation.member');
      previousMember = e.member;
      observations.set(e.member, { evidence: e, observedAt: r.u64('pending.observation.observedAt') });
    }
    const slot: PendingSlot = { key: k, firstObservedAt, observations };
    s.pending.set(k, slot);
  }

  const factCount = r.u32('facts');
  check(factCount <= s.lastSequence, `${factCount} facts retained, more than lastSequence ${s.lastSequence}`, 'facts');
  let expectedSequence = s.lastSequence - factCount + 1;
  const memberCount = params.members.length;
  for (let i = 0; i < factCount; i++, expectedSequence++) {
    const sequence = r.u64('fact.sequence');
    if (sequence !== expectedSequence) throw r.fail(`fact sequence ${sequence}, expected ${expectedSequence} (gapless)`, 'fact.sequence');
    const k = key('fact.key');
    if (s.factByKey.has(k) || s.pending.has(k)) throw r.fail(`key ${k} has two facts or a fact and a pending slot`, 'fact.key');
    const statusByte = r.u8('fact.status');
    if (statusByte > 1) throw r.fail(`status ${statusByte}`, 'fact.status');
    const digest = r.bytesLatin1('fact.digest', foldOutputBytesMax);
    if (digest.length === 0) throw r.fail('empty digest', 'fact.digest');
    const evCount = r.u32('fact.evidence');
    if (evCount < 1 || evCount > memberCount) throw r.fail(`${evCount} evidence pointers`, 'fact.evidence');
    const ev: HeldEvidence[] = [];
    let previous = '';
    for (let j = 0; j < evCount; j++) {
      const e = evidence();
      if (e.member <= previous) throw r.fail('evidence out of member order', 'fact.evidence');
      previous = e.member;
      ev.push(e);
    }
    const missingCount = r.u32('fact.missing');
    if (missingCount + evCount !== memberCount) throw r.fail('evidence and missing do not cover the spanned members', 'fact.missing');
    if ((missingCount === 0) !== (statusByte === 0)) throw r.fail('status does not match the missing list', 'fact.status');
    const missing: string[] = [];
    for (let j = 0; j < missingCount; j++) {
      const m = member('fact.missing');
      if (ev.some((e) => e.member === m) || missing.includes(m)) throw r.fail('a member appears twice in a fact', 'fact.missing');
      missing.push(m);
    }
    const fact: HeldFact = {
      sequence,
      key: k,
      status: statusByte === 0 ? 'complete' : 'degraded',
      digest,
      evidence: ev,
      missing,
      appliedAt: r.u64('fact.appliedAt'),
      index: r.u64('fact.index'),
    };
    s.facts.push(fact);
    s.factByKey.set(k, fact);
  }
  s.sortedFactKeys = [...s.factByKey.keys()].sort((a, b) => compareKeys(a, b, params.keyKind));

  const attCount = r.u32('attestations');
  let previousNode = '';
  for (let i = 0; i < attCount; i++) {
    const nodeId = r.hex(idBytes, 'attestation.nodeId');
    check(nodeId > previousNode, 'attestations out of order', 'attestation.nodeId');
    previousNode = nodeId;
    const rec: AttestationRecord = {
      nodeId,
      mrtd: r.hex(mrtdBytes, 'attestation.mrtd'),
      tcbStatus: r.str('attestation.tcbStatus', commandLimits.tcbStatusBytesMax),
      quoteDigest: r.raw(digestBytes, 'attestation.quoteDigest'),
      at: r.u64('attestation.at'),
      verified: r.bool('attestation.verified'),
      reason: r.str('attestation.reason', commandLimits.reasonBytesMax),
    };
    s.attestations.set(nodeId, Object.freeze(rec));
  }
  r.end();
  return s;
}
