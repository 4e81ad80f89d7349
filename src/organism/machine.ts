/**
 * OrganismMachine: the replicated state machine of an organism seat.
 *
 * Observe records one upstream record as evidence for a key; Apply folds a
 * key's observations into a fact with the next public sequence; Retire
 * ends the organism; attestation records keep the committee's verified
 * quotes in the replicated state. Pure and deterministic (no clock,
 * randomness or I/O): time arrives only as the leader's timestamps inside
 * commands. Every outcome, including refusals, is returned, never thrown;
 * a throw is a bug and stops the seat. docs/contributors/organism.md has the
 * rules in full.
 */
import { TesseraError } from '../common/errors.js';
import type { EvidencePointer, Fact, Retirement } from '../common/fact.js';
import type { ApplyContext, StateMachine } from '../common/state-machine.js';
import { bytesToLatin1, copyBytes } from './codec.js';
import { decodeCommand, type ApplyCommand, type AttestationRecord, type ObserveCommand, type OrganismCommand, type RetireCommand } from './commands.js';
import { foldOutputBytesMax, type FoldFunction, type FoldInput } from './fold.js';
import { compareKeys, keyProblem, lowerBound, type KeyKind } from './keys.js';
import { decodeSnapshot, encodeSnapshot, type SnapshotParams } from './snapshot.js';
import {
  cursorId,
  emptyState,
  evidenceToHeld,
  heldToEvidence,
  heldToFact,
  retainFactsDefault,
  type ApplyPolicy,
  type HeldFact,
  type OrganismParams,
  type OrganismState,
  type PendingSlot,
} from './state.js';

/** Benign repeats, ignored deterministically (the state is unchanged but for the cursor). */
export type IgnoredCode =
  /** The evidence pointer is at or below the member's cursor on that stream: already applied. */
  | 'DUPLICATE_EVIDENCE'
  /** The member already has an observation for this key; the newer record advances the cursor only. */
  | 'KEY_ALREADY_OBSERVED'
  /** The key already has a fact (a late observation, or a second Apply). */
  | 'KEY_ALREADY_APPLIED'
  /** The key is at or below the greatest pruned key and has no pending slot (see retention). */
  | 'KEY_PRUNED'
  /** A Seal after the retirement is already in effect. */
  | 'RETIREMENT_ALREADY_SEALED';

export type OrganismResult =
  | {
      readonly kind: 'observed';
      readonly key: string;
      readonly member: string;
      /** Spanned members that have now observed the key. */
      readonly observedBy: number;
      /** True when every spanned member has observed it: the key is ready to Apply. */
      readonly ready: boolean;
    }
  | { readonly kind: 'fact'; readonly fact: Fact }
  /** `inEffect`: already final (the clock had passed effectiveAt); otherwise facts stamped up to effectiveAt may still commit until a Seal. */
  | { readonly kind: 'retired'; readonly retirement: Retirement; readonly inEffect: boolean }
  /** The retirement is now in effect: `lastSequence` is the organism's last fact, for good. */
  | { readonly kind: 'sealed'; readonly retirement: Retirement; readonly lastSequence: number }
  | { readonly kind: 'attested'; readonly record: AttestationRecord }
  /** An ObserveBatch or ApplyBatch: one outcome per observation or key, in order (each exactly what that command alone would have returned). */
  | { readonly kind: 'batch'; readonly results: readonly OrganismResult[] }
  | { readonly kind: 'ignored'; readonly code: IgnoredCode; readonly message: string }
  | { readonly kind: 'refused'; readonly error: TesseraError };

export interface OrganismStatus {
  readonly appliedIndex: number;
  readonly lastSequence: number;
  /** Facts ever committed, by status (not only the retained ones). */
  readonly factsComplete: number;
  readonly factsDegraded: number;
  /** Keys observed but not yet applied. */
  readonly pendingSlots: number;
  readonly retainedFacts: number;
  readonly retired: boolean;
  /** A retirement is committed and in effect (see retirementInEffect). */
  readonly retirementInEffect: boolean;
}

export interface UpstreamCursor {
  readonly member: string;
  readonly stream: string;
  readonly sequence: number;
}

const memberPattern = /^[0-9a-f]{64}$/;

function paramsError(message: string): TesseraError {
  return new TesseraError(`organism parameters: ${message}`, 'ORGANISM_PARAMS_INVALID');
}

function refused(code: string, message: string, details?: Record<string, unknown>): OrganismResult {
  return { kind: 'refused', error: new TesseraError(message, code, details) };
}

function ignored(code: IgnoredCode, message: string): OrganismResult {
  return { kind: 'ignored', code, message };
}

/** What an Observe would do, decided without changing state (apply and evidenceOf share it). */
type ObserveDecision =
  | { readonly action: 'record' }
  | { readonly action: 'ignore'; readonly code: IgnoredCode; readonly message: string; readonly advanceCursor: boolean }
  | { readonly action: 'refuse'; readonly result: OrganismResult };

/** What earlier observations of a batch would have changed, laid over the state without touching it. */
interface ObserveOverlay {
  readonly cursors: Map<string, number>;
  /** `${key}\n${member}` → the evidence recorded (digest as Latin-1, like the held state). */
  readonly observations: Map<string, { readonly stream: string; readonly sequence: number; readonly digest: string }>;
  readonly pendingKeys: Set<string>;
  clockMs: number;
}

export class OrganismMachine implements StateMachine<OrganismResult> {
  readonly #members: readonly string[];
  readonly #memberSet: ReadonlySet<string>;
  readonly #policy: ApplyPolicy;
  readonly #deadlineMs: number;
  readonly #keyKind: KeyKind;
  readonly #fold: FoldFunction;
  readonly #retainFacts: number;
  readonly #pruneBatch: number;
  readonly #snapshotParams: SnapshotParams;
  #s: OrganismState = emptyState();
  /**
   * The last command decoded, with a copy of its bytes: a seat in strict
   * evidence mode asks evidenceListOf and then apply about the same entry,
   * and decoding a 512-observation batch twice showed up in profiles.
   * Decoding is a pure function of the bytes, and a hit needs equal bytes,
   * so this changes no outcome.
   */
  #decoded: { readonly bytes: Uint8Array; readonly cmd: OrganismCommand } | undefined;

  /** Throws ORGANISM_PARAMS_INVALID on bad parameters (a configuration bug, caught at seat start). */
  constructor(params: OrganismParams) {
    if (!Array.isArray(params.members) || params.members.length === 0) throw paramsError('at least one spanned member is required');
    for (const m of params.members) {
      if (typeof m !== 'string' || !memberPattern.test(m)) throw paramsError(`member stable id ${JSON.stringify(m)} is not 64 lowercase hex digits`);
    }
    const sorted = [...params.members].sort();
    if (new Set(sorted).size !== sorted.length) throw paramsError('a spanned member is listed twice');
    if (params.policy !== 'stall' && params.policy !== 'degrade') throw paramsError(`policy must be "stall" or "degrade", got ${JSON.stringify(params.policy)}`);
    if (!Number.isSafeInteger(params.deadlineMs) || params.deadlineMs < 0) throw paramsError(`deadlineMs must be a non-negative integer, got ${params.deadlineMs}`);
    if (params.keyKind !== 'slot' && params.keyKind !== 'string') throw paramsError(`keyKind must be "slot" or "string", got ${JSON.stringify(params.keyKind)}`);
    if (typeof params.fold?.fn !== 'function' || typeof params.fold.id !== 'string' || params.fold.id.length === 0) throw paramsError('fold must be { id, fn }');
    const retain = params.retainFacts ?? retainFactsDefault;
    if (!Number.isSafeInteger(retain) || retain < 1) throw paramsError(`retainFacts must be a positive integer, got ${retain}`);
    this.#members = Object.freeze(sorted);
    this.#memberSet = new Set(sorted);
    this.#policy = params.policy;
    this.#deadlineMs = params.deadlineMs;
    this.#keyKind = params.keyKind;
    this.#fold = params.fold.fn;
    this.#retainFacts = retain;
    // Pruning in batches keeps it amortized O(1) per fact; where the batches fall is a
    // function of the sequence only, so every seat prunes at the same command.
    this.#pruneBatch = Math.max(1, Math.ceil(retain / 8));
    this.#snapshotParams = Object.freeze({
      members: this.#members,
      policy: this.#policy,
      deadlineMs: this.#deadlineMs,
      keyKind: this.#keyKind,
      foldId: params.fold.id,
      retainFacts: retain,
    });
  }

  // ---- StateMachine ----

  apply(command: Uint8Array, ctx: ApplyContext): OrganismResult {
    if (!Number.isSafeInteger(ctx.index) || ctx.index <= this.#s.appliedIndex) {
      // The seat hands commands in log order exactly once; anything else is its bug.
      throw new TesseraError(`organism: apply at index ${ctx.index} after index ${this.#s.appliedIndex} (indexes must increase)`, 'ORGANISM_INDEX_REGRESSION', {
        index: ctx.index,
        appliedIndex: this.#s.appliedIndex,
      });
    }
    this.#s.appliedIndex = ctx.index;
    let cmd: OrganismCommand;
    try {
      cmd = this.#decode(command);
    } catch (e) {
      if (e instanceof TesseraError) return { kind: 'refused', error: e };
      throw e;
    }
    switch (cmd.kind) {
      case 'observe':
        return this.#observe(cmd);
      case 'observeBatch':
        // Per-record semantics: a refused or ignored observation does not stop the ones after it
        // (a later record of the same stream then meets the gap rule, exactly as singles would).
        return { kind: 'batch', results: cmd.observations.map((o) => this.#observe(o)) };
      case 'apply':
        return this.#applyKey(cmd, ctx.index);
      case 'applyBatch': {
        // Per-key semantics, in order: a refused key (stalled, not observed) does not stop the ones after it.
        const at = cmd.at;
        return { kind: 'batch', results: cmd.keys.map((key) => this.#applyKey({ kind: 'apply', key, at }, ctx.index)) };
      }
      case 'retire':
        return this.#retire(cmd);
      case 'seal':
        return this.#seal(cmd.at);
      case 'attestation':
        this.#s.attestations.set(cmd.record.nodeId, Object.freeze({ ...cmd.record }));
        this.#advanceClock(cmd.record.at);
        return { kind: 'attested', record: { ...cmd.record, quoteDigest: copyBytes(cmd.record.quoteDigest) } };
    }
  }

  snapshot(): Uint8Array {
    return encodeSnapshot(this.#s, this.#snapshotParams);
  }

  restore(data: Uint8Array): void {
    // Decoded in full before anything is replaced: a corrupt snapshot leaves the machine as it was.
    this.#s = decodeSnapshot(data, this.#snapshotParams);
  }

  appliedIndex(): number {
    return this.#s.appliedIndex;
  }

  // ---- Strict evidence mode ----

  /**
   * The evidence pointer the seat must resolve against its own view of the
   * upstream before applying `command`, or undefined when there is none to
   * check: not an Observe, undecodable, or an Observe the machine would not
   * record (a duplicate, an unknown member, ...). In strict mode a pointer
   * the seat cannot resolve stops apply at this index; it is never skipped.
   */
  evidenceOf(command: Uint8Array): EvidencePointer | undefined {
    return this.evidenceListOf(command)[0];
  }

  /**
   * Every pointer `command` would record, in order: evidenceOf for an
   * ObserveBatch. Each observation is decided as if the ones before it in
   * the batch had been applied (their cursors and observations are laid
   * over the state in a scratch overlay; the state is not touched).
   */
  evidenceListOf(command: Uint8Array): EvidencePointer[] {
    let cmd: OrganismCommand;
    try {
      cmd = this.#decode(command);
    } catch {
      return [];
    }
    if (cmd.kind === 'observe') return this.#decideObserve(cmd).action === 'record' ? [cmd.evidence] : [];
    if (cmd.kind !== 'observeBatch') return [];
    const overlay: ObserveOverlay = { cursors: new Map(), observations: new Map(), pendingKeys: new Set(), clockMs: this.#s.clockMs };
    const out: EvidencePointer[] = [];
    for (const o of cmd.observations) {
      const d = this.#decideObserve(o, overlay);
      const id = cursorId(o.evidence.member, o.evidence.stream);
      if (d.action === 'ignore' && d.advanceCursor) overlay.cursors.set(id, o.evidence.sequence);
      if (d.action !== 'record') continue;
      out.push(o.evidence);
      overlay.cursors.set(id, o.evidence.sequence);
      overlay.observations.set(`${o.key}\n${o.evidence.member}`, { stream: o.evidence.stream, sequence: o.evidence.sequence, digest: bytesToLatin1(o.evidence.digest) });
      overlay.pendingKeys.add(o.key);
      if (o.observedAt > overlay.clockMs) overlay.clockMs = o.observedAt;
    }
    return out;
  }

  /**
   * Every evidence pointer an Observe or ObserveBatch carries, in order,
   * whether or not the machine would record it (no decision; [] for other
   * commands and undecodable bytes). A superset of evidenceListOf: a seat
   * whose view holds all of them needs no per-observation decision.
   */
  pointersOf(command: Uint8Array): EvidencePointer[] {
    let cmd: OrganismCommand;
    try {
      cmd = this.#decode(command);
    } catch {
      return [];
    }
    if (cmd.kind === 'observe') return [cmd.evidence];
    return cmd.kind === 'observeBatch' ? cmd.observations.map((o) => o.evidence) : [];
  }

  /** decodeCommand, remembering the last command decoded (see #decoded). Throws as decodeCommand does. */
  #decode(bytes: Uint8Array): OrganismCommand {
    const last = this.#decoded;
    if (last !== undefined && sameBytes(last.bytes, bytes)) return last.cmd;
    this.#decoded = undefined;
    const cmd = decodeCommand(bytes);
    // Only batches are worth remembering (and worth the copy); a single command decodes quickly.
    if (cmd.kind === 'observeBatch') this.#decoded = { bytes: bytes.slice(), cmd };
    return cmd;
  }

  // ---- Queries ----

  get members(): readonly string[] {
    return this.#members;
  }

  /** Time from a key's first observation to its Apply under `degrade` (a parameter, not state). */
  get deadlineMs(): number {
    return this.#deadlineMs;
  }

  get(key: string): Fact | undefined {
    const f = this.#s.factByKey.get(key);
    return f === undefined ? undefined : heldToFact(f);
  }

  /**
   * Retained facts with fromKey <= key < toKey in canonical key order (either
   * bound undefined = open), at most `limit`. Keys invalid for the key kind
   * are refused (ORGANISM_KEY_INVALID).
   */
  scan(fromKey: string | undefined, toKey: string | undefined, limit: number): Fact[] {
    this.#checkQueryKey(fromKey, 'fromKey');
    this.#checkQueryKey(toKey, 'toKey');
    this.#checkLimit(limit);
    const keys = this.#s.sortedFactKeys;
    const out: Fact[] = [];
    for (let i = fromKey === undefined ? 0 : lowerBound(keys, fromKey, this.#keyKind); i < keys.length && out.length < limit; i++) {
      const k = keys[i]!;
      if (toKey !== undefined && compareKeys(k, toKey, this.#keyKind) >= 0) break;
      out.push(heldToFact(this.#s.factByKey.get(k)!));
    }
    return out;
  }

  /**
   * Facts with sequence >= `sequence` (inclusive), in sequence order, at most
   * `limit`. A sequence below firstRetainedSequence() starts at the first
   * retained fact: the caller sees the jump in the first fact's sequence.
   */
  factsFrom(sequence: number, limit: number): Fact[] {
    if (!Number.isSafeInteger(sequence) || sequence < 0) throw new TesseraError(`factsFrom: sequence must be a non-negative integer, got ${sequence}`, 'ERR_OUT_OF_RANGE');
    this.#checkLimit(limit);
    const facts = this.#s.facts;
    if (facts.length === 0) return [];
    const first = facts[0]!.sequence;
    const out: Fact[] = [];
    for (let i = Math.max(0, sequence - first); i < facts.length && out.length < limit; i++) out.push(heldToFact(facts[i]!));
    return out;
  }

  /** The sequence of the newest fact (0 before the first). Gapless: facts 1..lastSequence were all committed. */
  lastSequence(): number {
    return this.#s.lastSequence;
  }

  /** The oldest fact still held (lastSequence() + 1 when none is). */
  firstRetainedSequence(): number {
    return this.#s.facts[0]?.sequence ?? this.#s.lastSequence + 1;
  }

  /**
   * The oldest sequence still held, 0 when there is no fact at all: the
   * convention of the surface's FactSource.firstSequence (src/surface).
   * At least one fact is always held once any was committed.
   */
  firstSequence(): number {
    return this.#s.facts[0]?.sequence ?? 0;
  }

  retirement(): Retirement | undefined {
    const r = this.#s.retirement;
    if (r === undefined) return undefined;
    return r.replacement === undefined
      ? { effectiveAt: r.effectiveAt }
      : { effectiveAt: r.effectiveAt, replacement: { fingerprint: r.replacement.fingerprint, endpoints: [...r.replacement.endpoints] } };
  }

  /**
   * True once a committed retirement is final: the machine's clock (the
   * largest leader timestamp accepted) is past effectiveAt, so no fact can
   * be committed any more and lastSequence() is the last fact for good. The
   * surface ends its primitives with the marker only from here on.
   */
  retirementInEffect(): boolean {
    const r = this.#s.retirement;
    return r !== undefined && this.#s.clockMs > r.effectiveAt;
  }

  /** The last upstream sequence observed from `member` on `stream` (0 = none): the driver subscribes from cursor + 1. */
  cursor(member: string, stream: string): number {
    return this.#s.cursors.get(cursorId(member, stream)) ?? 0;
  }

  /** Every cursor, sorted by member then stream. */
  cursors(): UpstreamCursor[] {
    return [...this.#s.cursors.entries()]
      .map(([id, sequence]) => ({ member: id.slice(0, 64), stream: id.slice(64), sequence }))
      .sort((a, b) => (a.member !== b.member ? (a.member < b.member ? -1 : 1) : Buffer.compare(Buffer.from(a.stream), Buffer.from(b.stream))));
  }

  /** Keys observed but not applied, in canonical key order. */
  pendingKeys(): string[] {
    return [...this.#s.pending.keys()].sort((a, b) => compareKeys(a, b, this.#keyKind));
  }

  /** True while `key` is observed but not applied (a cheap missingFor(key) !== undefined). */
  isPending(key: string): boolean {
    return this.#s.pending.has(key);
  }

  /** The spanned members that have not observed a pending key (undefined when the key is not pending). */
  missingFor(key: string): string[] | undefined {
    const slot = this.#s.pending.get(key);
    return slot === undefined ? undefined : this.#members.filter((m) => !slot.observations.has(m));
  }

  /**
   * Keys the leader should propose Apply for at its clock `nowMs`, in
   * canonical order: every spanned member observed them, or (policy
   * `degrade`) their deadline has passed. None after retirement takes effect.
   */
  applyCandidates(nowMs: number, limit = Number.MAX_SAFE_INTEGER): string[] {
    this.#checkLimit(limit);
    const r = this.#s.retirement;
    if (r !== undefined && Math.max(nowMs, this.#s.clockMs) > r.effectiveAt) return [];
    // Filter before sorting: under stall with a dark member most pending keys are not candidates.
    const out: string[] = [];
    for (const slot of this.#s.pending.values()) {
      const full = slot.observations.size === this.#members.length;
      if (full || (this.#policy === 'degrade' && nowMs >= slot.firstObservedAt + this.#deadlineMs)) out.push(slot.key);
    }
    out.sort((a, b) => compareKeys(a, b, this.#keyKind));
    return out.length > limit ? out.slice(0, limit) : out;
  }

  /**
   * Pending keys whose apply deadline (first observation + deadlineMs) has
   * passed at `nowMs` without a fact: under `stall` they wait for a missing
   * member, under `degrade` their Apply is overdue. For metrics and alerts.
   */
  overdueKeys(nowMs: number): number {
    let n = 0;
    for (const slot of this.#s.pending.values()) if (nowMs >= slot.firstObservedAt + this.#deadlineMs) n++;
    return n;
  }

  /** The latest attestation record committed for a committee member's node id. */
  attestation(nodeId: string): AttestationRecord | undefined {
    const r = this.#s.attestations.get(nodeId);
    return r === undefined ? undefined : { ...r, quoteDigest: copyBytes(r.quoteDigest) };
  }

  status(): OrganismStatus {
    const s = this.#s;
    return {
      appliedIndex: s.appliedIndex,
      lastSequence: s.lastSequence,
      factsComplete: s.factsComplete,
      factsDegraded: s.factsDegraded,
      pendingSlots: s.pending.size,
      retainedFacts: s.facts.length,
      retired: s.retirement !== undefined,
      retirementInEffect: this.retirementInEffect(),
    };
  }

  // ---- Commands ----

  #advanceClock(t: number): void {
    if (t > this.#s.clockMs) this.#s.clockMs = t;
  }

  /** True when retirement has taken effect at leader time `t` (or the machine's clock, if later). */
  #retiredAt(t: number, clockMs = this.#s.clockMs): boolean {
    const r = this.#s.retirement;
    return r !== undefined && Math.max(t, clockMs) > r.effectiveAt;
  }

  /** `overlay`: the effect of earlier observations of the same batch, for evidenceListOf (apply passes none). */
  #decideObserve(cmd: ObserveCommand, overlay?: ObserveOverlay): ObserveDecision {
    const { member, stream, sequence } = cmd.evidence;
    if (this.#retiredAt(cmd.observedAt, overlay?.clockMs)) {
      return { action: 'refuse', result: refused('ORGANISM_RETIRED', `organism retired at ${this.#s.retirement!.effectiveAt}: observation of key ${cmd.key} refused`) };
    }
    if (!this.#memberSet.has(member)) {
      return { action: 'refuse', result: refused('ORGANISM_UNKNOWN_MEMBER', `member ${member} is not spanned by this organism`, { member }) };
    }
    const problem = keyProblem(cmd.key, this.#keyKind);
    if (problem !== undefined) return { action: 'refuse', result: refused('ORGANISM_KEY_INVALID', problem, { key: cmd.key }) };
    const slot = this.#s.pending.get(cmd.key);
    const existing = overlay?.observations.get(`${cmd.key}\n${member}`) ?? slot?.observations.get(member)?.evidence;
    if (existing !== undefined && existing.stream === stream && existing.sequence === sequence && existing.digest !== bytesToLatin1(cmd.evidence.digest)) {
      return {
        action: 'refuse',
        result: refused('ORGANISM_EVIDENCE_CONFLICT', `member ${member} stream ${stream} sequence ${sequence}: a different digest was already observed for key ${cmd.key}`, {
          member,
          stream,
          sequence,
        }),
      };
    }
    const cursor = overlay?.cursors.get(cursorId(member, stream)) ?? this.cursor(member, stream);
    if (sequence <= cursor) {
      return { action: 'ignore', code: 'DUPLICATE_EVIDENCE', message: `member ${member} stream ${stream} sequence ${sequence} is at or below the cursor`, advanceCursor: false };
    }
    const expected = cursor + 1;
    if (sequence !== expected) {
      // Gap-free: a record above cursor + 1 would let the cursor pass the records between (one
      // proposal dropped, the next appended). The leader re-reads from the committed cursor.
      return {
        action: 'refuse',
        result: refused('ORGANISM_EVIDENCE_GAP', `member ${member} stream ${stream} sequence ${sequence}: the next expected is ${expected} (cursor ${expected - 1})`, {
          member,
          stream,
          sequence,
          expected,
        }),
      };
    }
    if (this.#s.factByKey.has(cmd.key)) {
      return { action: 'ignore', code: 'KEY_ALREADY_APPLIED', message: `key ${cmd.key} already has a fact`, advanceCursor: true };
    }
    if (slot === undefined && overlay?.pendingKeys.has(cmd.key) !== true && this.#s.prunedThroughKey !== undefined && compareKeys(cmd.key, this.#s.prunedThroughKey, this.#keyKind) <= 0) {
      return { action: 'ignore', code: 'KEY_PRUNED', message: `key ${cmd.key} is at or below the pruned key ${this.#s.prunedThroughKey}`, advanceCursor: true };
    }
    if (existing !== undefined) {
      return { action: 'ignore', code: 'KEY_ALREADY_OBSERVED', message: `member ${member} already observed key ${cmd.key}`, advanceCursor: true };
    }
    return { action: 'record' };
  }

  #observe(cmd: ObserveCommand): OrganismResult {
    const d = this.#decideObserve(cmd);
    if (d.action === 'refuse') return d.result;
    const { member, stream, sequence } = cmd.evidence;
    if (d.action === 'ignore') {
      if (d.advanceCursor) this.#s.cursors.set(cursorId(member, stream), sequence);
      return ignored(d.code, d.message);
    }
    this.#s.cursors.set(cursorId(member, stream), sequence);
    this.#advanceClock(cmd.observedAt);
    let slot = this.#s.pending.get(cmd.key);
    if (slot === undefined) {
      slot = { key: cmd.key, firstObservedAt: cmd.observedAt, observations: new Map() };
      this.#s.pending.set(cmd.key, slot);
    }
    slot.observations.set(member, { evidence: evidenceToHeld(cmd.evidence), observedAt: cmd.observedAt });
    return { kind: 'observed', key: cmd.key, member, observedBy: slot.observations.size, ready: slot.observations.size === this.#members.length };
  }

  #applyKey(cmd: ApplyCommand, index: number): OrganismResult {
    const problem = keyProblem(cmd.key, this.#keyKind);
    if (problem !== undefined) return refused('ORGANISM_KEY_INVALID', problem, { key: cmd.key });
    if (this.#retiredAt(cmd.at)) {
      return refused('ORGANISM_RETIRED', `organism retired at ${this.#s.retirement!.effectiveAt}: no fact for key ${cmd.key} after it`, { key: cmd.key });
    }
    if (this.#s.factByKey.has(cmd.key)) return ignored('KEY_ALREADY_APPLIED', `key ${cmd.key} already has a fact`);
    const slot = this.#s.pending.get(cmd.key);
    if (slot === undefined) return refused('ORGANISM_KEY_NOT_OBSERVED', `key ${cmd.key} has no observations to fold`, { key: cmd.key });
    const missing = this.#members.filter((m) => !slot.observations.has(m));
    if (missing.length > 0) {
      if (this.#policy === 'stall') {
        return refused('ORGANISM_APPLY_STALLED', `key ${cmd.key}: policy stall and ${missing.length} member(s) have not observed it: ${missing.join(', ')}`, {
          key: cmd.key,
          missing,
        });
      }
      const deadline = slot.firstObservedAt + this.#deadlineMs;
      if (cmd.at < deadline) {
        return refused('ORGANISM_DEADLINE_NOT_REACHED', `key ${cmd.key}: apply at ${cmd.at} is before its deadline ${deadline} and ${missing.length} member(s) are missing`, {
          key: cmd.key,
          deadline,
          missing,
        });
      }
    }
    return this.#commitFact(slot, missing, cmd.at, index);
  }

  #commitFact(slot: PendingSlot, missing: string[], at: number, index: number): OrganismResult {
    const held = this.#members.flatMap((m) => {
      const o = slot.observations.get(m);
      return o === undefined ? [] : [o.evidence];
    });
    const status = missing.length === 0 ? 'complete' : 'degraded';
    const input: FoldInput = Object.freeze({
      key: slot.key,
      members: this.#members,
      evidence: Object.freeze(held.map((h) => Object.freeze(heldToEvidence(h)))),
      missing: Object.freeze([...missing]),
      status,
    });
    let digest: Uint8Array;
    try {
      const out: unknown = this.#fold(input);
      if (!(out instanceof Uint8Array) || out.length < 1 || out.length > foldOutputBytesMax) {
        return refused('ORGANISM_FOLD_FAILED', `key ${slot.key}: the fold returned ${describe(out)}, not 1 to ${foldOutputBytesMax} bytes`, { key: slot.key });
      }
      digest = out;
    } catch (e) {
      // A pure fold fails the same way on every seat, so refusing keeps them in step.
      return refused('ORGANISM_FOLD_FAILED', `key ${slot.key}: the fold threw: ${e instanceof Error ? e.message : String(e)}`, { key: slot.key });
    }
    const s = this.#s;
    const fact: HeldFact = {
      sequence: s.lastSequence + 1,
      key: slot.key,
      status,
      digest: bytesToLatin1(digest),
      evidence: held,
      missing: input.missing,
      appliedAt: at,
      index,
    };
    s.lastSequence = fact.sequence;
    if (status === 'complete') s.factsComplete++;
    else s.factsDegraded++;
    s.pending.delete(slot.key);
    s.facts.push(fact);
    s.factByKey.set(fact.key, fact);
    const keys = s.sortedFactKeys;
    const last = keys[keys.length - 1];
    if (last === undefined || compareKeys(last, fact.key, this.#keyKind) < 0) keys.push(fact.key);
    else keys.splice(lowerBound(keys, fact.key, this.#keyKind), 0, fact.key);
    this.#advanceClock(at);
    this.#prune();
    return { kind: 'fact', fact: heldToFact(fact) };
  }

  #prune(): void {
    const s = this.#s;
    if (s.facts.length < this.#retainFacts + this.#pruneBatch) return;
    const dropped = s.facts.splice(0, s.facts.length - this.#retainFacts);
    let through = s.prunedThroughKey;
    for (const f of dropped) {
      s.factByKey.delete(f.key);
      if (through === undefined || compareKeys(f.key, through, this.#keyKind) > 0) through = f.key;
    }
    s.prunedThroughKey = through;
    s.sortedFactKeys = s.sortedFactKeys.filter((k) => s.factByKey.has(k));
  }

  #retire(cmd: RetireCommand): OrganismResult {
    const s = this.#s;
    if (s.retirement !== undefined) {
      return refused('ORGANISM_ALREADY_RETIRED', `organism already retired (effective at ${s.retirement.effectiveAt})`, { effectiveAt: s.retirement.effectiveAt });
    }
    const lastFact = s.facts[s.facts.length - 1];
    if (lastFact !== undefined && cmd.retirement.effectiveAt < lastFact.appliedAt) {
      return refused(
        'ORGANISM_RETIRE_BEFORE_LAST_FACT',
        `retirement effective at ${cmd.retirement.effectiveAt} is before fact ${lastFact.sequence}, already committed at ${lastFact.appliedAt}`,
        { effectiveAt: cmd.retirement.effectiveAt, sequence: lastFact.sequence },
      );
    }
    const r = cmd.retirement;
    s.retirement = Object.freeze(
      r.replacement === undefined
        ? { effectiveAt: r.effectiveAt }
        : { effectiveAt: r.effectiveAt, replacement: Object.freeze({ fingerprint: r.replacement.fingerprint, endpoints: Object.freeze([...r.replacement.endpoints]) }) },
    );
    return { kind: 'retired', retirement: this.retirement()!, inEffect: this.retirementInEffect() };
  }

  #seal(at: number): OrganismResult {
    const r = this.#s.retirement;
    if (r === undefined) return refused('ORGANISM_NOT_RETIRED', 'seal: no retirement is committed');
    if (this.retirementInEffect()) return ignored('RETIREMENT_ALREADY_SEALED', `retirement (effective at ${r.effectiveAt}) is already in effect`);
    if (at <= r.effectiveAt) {
      return refused('ORGANISM_SEAL_EARLY', `seal at ${at} is not after the retirement's effectiveAt ${r.effectiveAt}`, { at, effectiveAt: r.effectiveAt });
    }
    this.#advanceClock(at);
    return { kind: 'sealed', retirement: this.retirement()!, lastSequence: this.#s.lastSequence };
  }

  #checkQueryKey(key: string | undefined, field: string): void {
    if (key === undefined) return;
    const problem = keyProblem(key, this.#keyKind);
    if (problem !== undefined) throw new TesseraError(`${field}: ${problem}`, 'ORGANISM_KEY_INVALID', { field });
  }

  #checkLimit(limit: number): void {
    if (!Number.isSafeInteger(limit) || limit < 0) throw new TesseraError(`limit must be a non-negative integer, got ${limit}`, 'ERR_OUT_OF_RANGE');
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function describe(v: unknown): string {
  if (v instanceof Uint8Array) return `${v.length} bytes`;
  if (v === null) return 'null';
  return typeof v;
}

/** Machine parameters from a seat config's organism sections (structurally typed: this folder does not import src/config). */
export function organismParamsFromConfig(
  config: { readonly members: readonly { readonly stableId: string }[]; readonly apply: { readonly policy: ApplyPolicy; readonly deadlineMs: number; readonly keyKind: KeyKind } },
  fold: OrganismParams['fold'],
  retainFacts?: number,
): OrganismParams {
  return {
    members: config.members.map((m) => m.stableId),
    policy: config.apply.policy,
    deadlineMs: config.apply.deadlineMs,
    keyKind: config.apply.keyKind,
    fold,
    ...(retainFacts === undefined ? {} : { retainFacts }),
  };
}
