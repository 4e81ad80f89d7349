/**
 * An in-memory FactSource: a real append-only store of facts (gapless
 * sequences, one fact per key, compaction of old sequences, retirement),
 * used by the tests and by the demo upstream. It has no Raft behind it, so
 * its freshness is whatever the owner sets (setStale).
 */
import { TesseraError } from '../common/errors.js';
import type { Fact, Retirement } from '../common/fact.js';
import type { FactListener, FactSource, RetirementListener, SourceFreshness, SourceStatusInfo } from './fact-source.js';

/**
 * Key order: keys made only of decimal digits (slots) compare as numbers
 * and sort before any other key; other keys compare by UTF-16 code units.
 */
export function compareKeys(a: string, b: string): number {
  const aSlot = /^[0-9]+$/.test(a);
  const bSlot = /^[0-9]+$/.test(b);
  if (aSlot && bSlot) {
    const aTrim = a.replace(/^0+(?=.)/, '');
    const bTrim = b.replace(/^0+(?=.)/, '');
    if (aTrim.length !== bTrim.length) return aTrim.length - bTrim.length;
    return aTrim < bTrim ? -1 : aTrim > bTrim ? 1 : 0;
  }
  if (aSlot !== bSlot) return aSlot ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a caller supplies to append: everything but the sequence, which the store assigns. */
export type NewFact = Omit<Fact, 'sequence'>;

export class MemoryFactSource implements FactSource {
  /** Invariant: facts[i].sequence === firstSeq + i (gapless from the first held). */
  readonly #facts: Fact[] = [];
  #firstSeq = 1;
  readonly #byKey = new Map<string, Fact>();
  #retired: Retirement | undefined;
  #status: SourceStatusInfo;
  #freshness: SourceFreshness = { stale: false, staleSinceMs: 0, appliedIndex: 0 };
  readonly #factListeners = new Set<FactListener>();
  readonly #retireListeners = new Set<RetirementListener>();

  constructor(status: SourceStatusInfo) {
    this.#status = status;
  }

  /** Appends one fact, assigns it the next sequence and tells the listeners. Refuses after retirement and for a key already committed. */
  append(fact: NewFact): Fact {
    if (this.#retired) throw new TesseraError(`organism ${this.#status.organism} is retired: no fact after effective_at`, 'SURFACE_SOURCE_RETIRED');
    if (this.#byKey.has(fact.key)) throw new TesseraError(`key ${JSON.stringify(fact.key)} already has a fact`, 'SURFACE_SOURCE_DUPLICATE_KEY', { key: fact.key });
    const stored: Fact = Object.freeze({ ...fact, sequence: this.lastSequence() + 1 });
    this.#facts.push(stored);
    this.#byKey.set(stored.key, stored);
    this.#freshness = { ...this.#freshness, appliedIndex: Math.max(this.#freshness.appliedIndex, stored.index) };
    for (const listener of [...this.#factListeners]) listener(stored);
    return stored;
  }

  /** Commits the retirement: the final commit of every primitive. */
  retire(retirement: Retirement): void {
    if (this.#retired) throw new TesseraError(`organism ${this.#status.organism} is already retired`, 'SURFACE_SOURCE_RETIRED');
    this.#retired = Object.freeze({ ...retirement });
    for (const listener of [...this.#retireListeners]) listener(this.#retired);
  }

  /** Drops every fact with sequence < `sequence` (as an upstream that compacts its history). */
  compact(sequence: number): void {
    if (!Number.isSafeInteger(sequence) || sequence < 1) throw new TesseraError(`compact: sequence must be a positive integer, got ${sequence}`, 'SURFACE_SOURCE_INVALID');
    const upTo = Math.min(sequence, this.lastSequence() + 1);
    const drop = upTo - this.#firstSeq;
    if (drop <= 0) return;
    for (const f of this.#facts.splice(0, drop)) this.#byKey.delete(f.key);
    this.#firstSeq = upTo;
  }

  setStale(stale: boolean, sinceMs: number): void {
    this.#freshness = { ...this.#freshness, stale, staleSinceMs: stale ? sinceMs : 0 };
  }

  setStatusInfo(status: SourceStatusInfo): void {
    this.#status = status;
  }

  get(key: string): Fact | undefined {
    return this.#byKey.get(key);
  }

  scan(fromKey: string | undefined, toKey: string | undefined, limit: number): readonly Fact[] {
    // Linear over what is held: the memory source serves tests and the demo, not production volumes.
    const inRange = this.#facts.filter(
      (f) => (fromKey === undefined || compareKeys(f.key, fromKey) >= 0) && (toKey === undefined || compareKeys(f.key, toKey) < 0),
    );
    inRange.sort((a, b) => compareKeys(a.key, b.key));
    return inRange.slice(0, limit);
  }

  factsFrom(sequence: number, limit: number): readonly Fact[] {
    const start = Math.max(sequence, this.#firstSeq) - this.#firstSeq;
    return this.#facts.slice(start, start + limit);
  }

  firstSequence(): number {
    return this.#facts.length === 0 && this.#firstSeq === 1 ? 0 : this.#firstSeq;
  }

  lastSequence(): number {
    return this.#firstSeq + this.#facts.length - 1;
  }

  retirement(): Retirement | undefined {
    return this.#retired;
  }

  onFact(listener: FactListener): () => void {
    this.#factListeners.add(listener);
    return () => this.#factListeners.delete(listener);
  }

  onRetire(listener: RetirementListener): () => void {
    this.#retireListeners.add(listener);
    return () => this.#retireListeners.delete(listener);
  }

  freshness(): SourceFreshness {
    return this.#freshness;
  }

  statusInfo(): SourceStatusInfo {
    return this.#status;
  }

  /** Listeners currently registered (tests check that closed streams unregister). */
  listenerCount(): number {
    return this.#factListeners.size + this.#retireListeners.size;
  }
}
