/**
 * Evidence resolution for strict evidence mode: does the spanned member's
 * surface still hold the record an Observe cites, with that digest? Every
 * committee member asks its own view of the upstream before applying an
 * Observe; anything but `ok` stops apply at that index (never skips).
 *
 * Results (codes):
 * - ok: the record is there and its canonical bytes hash to the digest;
 * - EVIDENCE_COMPACTED: the upstream dropped that sequence (definitive);
 * - EVIDENCE_DIGEST_MISMATCH: a different record sits at that sequence (definitive);
 * - EVIDENCE_ABSENT: the upstream retired before that sequence (definitive);
 * - EVIDENCE_NOT_YET: no endpoint of the upstream has committed that sequence yet (retry later);
 * - EVIDENCE_UNAVAILABLE: no endpoint answered (retry later);
 * - EVIDENCE_MEMBER_UNKNOWN / EVIDENCE_STREAM_UNKNOWN: the pointer names
 *   something this config does not span (definitive).
 * Every message names the member, stream and sequence.
 */
import { err, ok, TesseraError, type Result } from '../common/errors.js';
import type { EvidencePointer } from '../common/fact.js';
import { checkUpstreamIdentity } from '../config/identity.js';
import type { SpannedMember } from '../config/seat-config.js';
import { factsStream, recordDigest } from '../surface/index.js';
import { connectSurface, type ConnectUpstream } from './ports.js';

export const definitiveEvidenceCodes: ReadonlySet<string> = new Set([
  'EVIDENCE_COMPACTED',
  'EVIDENCE_DIGEST_MISMATCH',
  'EVIDENCE_ABSENT',
  'EVIDENCE_MEMBER_UNKNOWN',
  'EVIDENCE_STREAM_UNKNOWN',
]);

export interface EvidenceResolverOptions {
  readonly members: readonly SpannedMember[];
  readonly connect?: ConnectUpstream;
  readonly callTimeoutMs?: number;
}

export class EvidenceResolver {
  readonly #members: Map<string, SpannedMember>;
  readonly #connect: ConnectUpstream;
  readonly #callTimeoutMs: number;

  constructor(options: EvidenceResolverOptions) {
    this.#members = new Map(options.members.map((m) => [m.stableId, m]));
    this.#connect = options.connect ?? connectSurface;
    this.#callTimeoutMs = options.callTimeoutMs ?? 10_000;
  }

  async resolve(pointer: EvidencePointer): Promise<Result<void>> {
    const r = await this.resolveAhead(pointer, 1);
    return r.ok ? ok(undefined) : r;
  }

  /**
   * Resolves `pointer` as `resolve` does and, on success, also reads up to
   * `maxItems - 1` records after it from the same subscription (no more than
   * the upstream had committed at its Status): their sequence → BLAKE3 hex,
   * the pointer's own included. A seat applies a stream of Observes by
   * checking later pointers against these (one round trip per batch, not per
   * record); a later pointer that does not match its prefetched digest must be
   * resolved afresh (the definitive answer).
   */
  async resolveAhead(pointer: EvidencePointer, maxItems: number): Promise<Result<ReadonlyMap<number, string>>> {
    if (!Number.isSafeInteger(maxItems) || maxItems < 1) throw new TesseraError(`resolveAhead: maxItems must be a positive integer, got ${maxItems}`, 'EVIDENCE_ARGUMENT_INVALID');
    const member = this.#members.get(pointer.member);
    const where = `member ${member?.name ?? '?'} (${pointer.member}) stream ${pointer.stream} sequence ${pointer.sequence}`;
    const details = { member: pointer.member, memberName: member?.name, stream: pointer.stream, sequence: pointer.sequence };
    if (!member) return err(new TesseraError(`evidence ${where}: not a spanned member of this organism`, 'EVIDENCE_MEMBER_UNKNOWN', details));
    if (pointer.stream !== factsStream) return err(new TesseraError(`evidence ${where}: unknown stream (a surface serves "${factsStream}")`, 'EVIDENCE_STREAM_UNKNOWN', details));

    // An endpoint that has not committed the record yet may be a seat that lags (or halted) while
    // another seat of the same organism has it: ask the next one before answering "not yet".
    const failures: string[] = [];
    let notYet: TesseraError | undefined;
    for (const endpoint of member.endpoints) {
      const r = await this.#resolveAt(member, endpoint, pointer, maxItems, where, details);
      if (r.ok) return r;
      if (r.error.code === 'EVIDENCE_NOT_YET') notYet ??= r.error;
      else if (r.error.code !== 'EVIDENCE_UNAVAILABLE') return r;
      failures.push(r.error.message);
    }
    if (notYet !== undefined) return err(notYet);
    return err(new TesseraError(`evidence ${where}: no endpoint answered (${failures.join('; ')})`, 'EVIDENCE_UNAVAILABLE', details));
  }

  async #resolveAt(
    member: SpannedMember,
    endpoint: string,
    pointer: EvidencePointer,
    maxItems: number,
    where: string,
    details: Record<string, unknown>,
  ): Promise<Result<ReadonlyMap<number, string>>> {
    const unavailable = (why: string) => err(new TesseraError(`${endpoint}: ${why}`, 'EVIDENCE_UNAVAILABLE', details));
    const discovery = this.#connect(endpoint, '', { callTimeoutMs: this.#callTimeoutMs });
    let fingerprint: string;
    let upstreamLast: number;
    try {
      const st = await discovery.status();
      const checked = checkUpstreamIdentity(member, { stableId: st.stableId, contentHash: st.contentHash, fingerprint: st.fingerprint });
      if (!checked.ok) return unavailable(checked.error.message); // another identity answers there: not this member's view
      fingerprint = checked.value.fingerprint;
      upstreamLast = st.lastSequence;
      if (st.firstSequence > pointer.sequence) {
        return err(new TesseraError(`evidence ${where}: compacted upstream (the first available is ${st.firstSequence})`, 'EVIDENCE_COMPACTED', { ...details, firstSequence: st.firstSequence }));
      }
      if (pointer.sequence > st.lastSequence) {
        if (st.retirement) return err(new TesseraError(`evidence ${where}: absent (the upstream retired after sequence ${st.retirement.lastSequence})`, 'EVIDENCE_ABSENT', details));
        return err(new TesseraError(`evidence ${where}: not committed upstream yet (its last is ${st.lastSequence})`, 'EVIDENCE_NOT_YET', details));
      }
    } catch (e) {
      return unavailable(e instanceof Error ? e.message : String(e));
    } finally {
      discovery.close();
    }

    const client = this.#connect(endpoint, fingerprint, { callTimeoutMs: this.#callTimeoutMs });
    const sub = client.subscribe(pointer.sequence);
    const last = Math.min(upstreamLast, pointer.sequence + maxItems - 1);
    const digests = new Map<number, string>();
    try {
      for await (const ev of sub) {
        if (ev.kind === 'retired') {
          if (digests.size > 0) return ok(digests);
          return err(new TesseraError(`evidence ${where}: absent (the upstream retired after sequence ${ev.marker.lastSequence})`, 'EVIDENCE_ABSENT', details));
        }
        const expected = pointer.sequence + digests.size;
        if (ev.fact.sequence !== expected) break;
        const digest = recordDigest(ev.fact);
        if (digests.size === 0 && !digest.equals(Buffer.from(pointer.digest))) {
          return err(
            new TesseraError(`evidence ${where}: the record's digest is ${digest.toString('hex')}, the Observe cites ${Buffer.from(pointer.digest).toString('hex')}`, 'EVIDENCE_DIGEST_MISMATCH', details),
          );
        }
        digests.set(expected, digest.toString('hex'));
        if (expected >= last) return ok(digests);
      }
      if (digests.size > 0) return ok(digests);
      return unavailable('the stream ended before the record');
    } catch (e) {
      if (digests.size > 0) return ok(digests); // the pointer itself resolved; later ones are asked again
      if (e instanceof TesseraError && e.code === 'SURFACE_SEQUENCE_COMPACTED') {
        return err(new TesseraError(`evidence ${where}: compacted upstream (the first available is ${String(e.details?.firstSequence)})`, 'EVIDENCE_COMPACTED', { ...details, firstSequence: e.details?.firstSequence }));
      }
      return unavailable(e instanceof Error ? e.message : String(e));
    } finally {
      sub.cancel();
      client.close();
    }
  }
}
