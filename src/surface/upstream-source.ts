/**
 * The demo upstream: a small organism stand-in that publishes one
 * slot-clocked record per slot on the public surface (a Fact of the upstream
 * whose key is the slot number in decimal), and that tests and the demo can
 * misbehave on purpose: go dark (stop serving, keep its state), compact its
 * history (drop old sequences), or present another identity (another content
 * hash, hence another fingerprint). Two demo upstreams with the same slotMs
 * publish the same keys, so a downstream organism spanning both completes
 * facts. The process entry is upstream-main.ts.
 */
import { TesseraError } from '../common/errors.js';
import type { Fact, Retirement } from '../common/fact.js';
import { organismFingerprint, organismStableId } from '../config/identity.js';
import { blake3, blake3DeriveKey } from '../hash/index.js';
import type { SourceStatusInfo } from './fact-source.js';
import { MemoryFactSource } from './memory-source.js';
import { startSurfaceServer, type RunningSurface, type SurfaceAuthorizer, type SurfaceLimits } from './service.js';

/** BLAKE3 derive-key context of a demo upstream's content hash (used for nothing else). */
export const demoContentContext = 'tessera 2026-12 demo upstream content v1';

export interface DemoIdentity {
  readonly organism: string;
  readonly stableId: string;
  readonly contentHash: string;
  readonly fingerprint: string;
}

/** The identity of demo upstream `name` presenting content variant `contentLabel`: the stable id from the name, the content hash from the label. */
export function demoUpstreamIdentity(name: string, contentLabel: string): DemoIdentity {
  const stableId = organismStableId(name, 'organism');
  const contentHash = blake3DeriveKey(demoContentContext, Buffer.from(contentLabel, 'utf8'), 32);
  return {
    organism: name,
    stableId: stableId.toString('hex'),
    contentHash: contentHash.toString('hex'),
    fingerprint: organismFingerprint(stableId, contentHash).toString('hex'),
  };
}

export function demoStatusInfo(id: DemoIdentity): SourceStatusInfo {
  return { ...id, committee: [{ id: `${id.organism}-0`, endpoint: '', up: true }], leader: `${id.organism}-0` };
}

export interface DemoUpstreamOptions {
  readonly name: string;
  /** Content variant; default "v1". */
  readonly contentLabel?: string;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0 (ephemeral); kept across goDark/resume. */
  readonly port?: number;
  /** Slot length; the clock publishes slot floor(now / slotMs). Default 1000. */
  readonly slotMs?: number;
  readonly limits?: Partial<SurfaceLimits>;
  /** Checks each request's metadata (e.g. the ticket a downstream seat presents). */
  readonly authorize?: SurfaceAuthorizer;
  /** ms since the epoch (tests inject one). */
  readonly now?: () => number;
}

export class DemoUpstream {
  readonly source: MemoryFactSource;
  readonly name: string;
  readonly slotMs: number;
  readonly #host: string;
  #port: number;
  readonly #limits: Partial<SurfaceLimits> | undefined;
  readonly #authorize: SurfaceAuthorizer | undefined;
  readonly #now: () => number;
  #identity: DemoIdentity;
  #running: RunningSurface | undefined;
  #clock: NodeJS.Timeout | undefined;
  #lastSlot = -1;

  private constructor(options: DemoUpstreamOptions) {
    this.name = options.name;
    this.slotMs = options.slotMs ?? 1000;
    if (!Number.isSafeInteger(this.slotMs) || this.slotMs < 1) throw new TesseraError(`demo upstream: slotMs must be a positive integer, got ${this.slotMs}`, 'DEMO_UPSTREAM_INVALID');
    this.#host = options.host ?? '127.0.0.1';
    this.#port = options.port ?? 0;
    this.#limits = options.limits;
    this.#authorize = options.authorize;
    this.#now = options.now ?? Date.now;
    this.#identity = demoUpstreamIdentity(options.name, options.contentLabel ?? 'v1');
    this.source = new MemoryFactSource(demoStatusInfo(this.#identity));
  }

  static async start(options: DemoUpstreamOptions): Promise<DemoUpstream> {
    const up = new DemoUpstream(options);
    await up.resume();
    return up;
  }

  get identity(): DemoIdentity {
    return this.#identity;
  }

  get endpoint(): string {
    return `${this.#host}:${this.#port}`;
  }

  get serving(): boolean {
    return this.#running !== undefined;
  }

  /** The record published for `slot`; its digest binds the upstream's name and the slot. */
  publishSlot(slot: number): Fact {
    if (!Number.isSafeInteger(slot) || slot < 0) throw new TesseraError(`demo upstream ${this.name}: slot must be a non-negative integer, got ${slot}`, 'DEMO_UPSTREAM_INVALID');
    const digest = blake3(Buffer.from(`${this.name}/${slot}`, 'utf8'));
    return this.source.append({ key: String(slot), status: 'complete', digest, evidence: [], missing: [], appliedAt: this.#now(), index: this.source.lastSequence() + 1 });
  }

  /** Publishes the current slot, then one per slot, until stopClock. */
  startClock(): void {
    if (this.#clock) return;
    const tick = () => {
      const slot = Math.floor(this.#now() / this.slotMs);
      if (slot > this.#lastSlot && !this.source.retirement()) {
        this.#lastSlot = slot;
        this.publishSlot(slot);
      }
    };
    tick();
    this.#clock = setInterval(tick, Math.max(1, Math.floor(this.slotMs / 4)));
  }

  stopClock(): void {
    clearInterval(this.#clock);
    this.#clock = undefined;
  }

  /** Stops serving (connections drop, the port closes); state and clock go on. */
  async goDark(): Promise<void> {
    const running = this.#running;
    this.#running = undefined;
    await running?.close();
  }

  /** Serves again on the same port. */
  async resume(): Promise<void> {
    if (this.#running) return;
    this.#running = await startSurfaceServer(this.source, { address: `${this.#host}:${this.#port}`, ...(this.#limits ? { limits: this.#limits } : {}),
      ...(this.#authorize ? { authorize: this.#authorize } : {}),
    });
    this.#port = this.#running.port;
  }

  /** Drops every record before `sequence`. */
  compact(sequence: number): void {
    this.source.compact(sequence);
  }

  /** Presents another content variant: another content hash and fingerprint. */
  present(contentLabel: string): DemoIdentity {
    this.#identity = demoUpstreamIdentity(this.name, contentLabel);
    this.source.setStatusInfo(demoStatusInfo(this.#identity));
    return this.#identity;
  }

  retire(retirement: Retirement): void {
    this.stopClock();
    this.source.retire(retirement);
  }

  async close(): Promise<void> {
    this.stopClock();
    await this.goDark();
  }
}
