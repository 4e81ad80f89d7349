/**
 * SurfaceClient: a typed client of tessera.surface.v1 for integrators and
 * for the driver. Every call carries the fingerprint given at construction;
 * every failure is a TesseraError whose code is the server's (e.g.
 * SURFACE_FINGERPRINT_MISMATCH) or SURFACE_RPC_<STATUS>, with details such
 * as `resumeSequence` when the server sent them.
 *
 * Resume by sequence: a Subscription remembers the next sequence it has not
 * delivered (`nextSequence`); subscribing again from it loses nothing and
 * repeats nothing that was delivered. follow() does that on its own.
 */
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';
import type { Fact } from '../common/fact.js';
import { methodDefinition, surfaceV1 } from '../proto/index.js';
import type { SourceFreshness } from './fact-source.js';
import { fromServiceError } from './status.js';
import { factFromWire, retirementFromWire, type RetirementMarker, type WireFreshness } from './wire.js';

const pb = surfaceV1.surface.v1;
const service = '/tessera.surface.v1.Surface';
const t = (n: string) => `tessera.surface.v1.${n}`;

export const surfaceClientDefinition = {
  Get: methodDefinition(`${service}/Get`, 'unary', pb.GetRequest, pb.GetResponse, { request: t('GetRequest'), response: t('GetResponse') }),
  Scan: methodDefinition(`${service}/Scan`, 'unary', pb.ScanRequest, pb.ScanResponse, { request: t('ScanRequest'), response: t('ScanResponse') }),
  Subscribe: methodDefinition(`${service}/Subscribe`, 'server-stream', pb.SubscribeRequest, pb.SubscribeItem, { request: t('SubscribeRequest'), response: t('SubscribeItem') }),
  Status: methodDefinition(`${service}/Status`, 'unary', pb.StatusRequest, pb.StatusResponse, { request: t('StatusRequest'), response: t('StatusResponse') }),
} satisfies grpc.ServiceDefinition;

const GrpcSurfaceClient = grpc.makeGenericClientConstructor(surfaceClientDefinition, 'Surface');

export interface Freshness extends SourceFreshness {
  readonly lastSequence: number;
}

export interface GetResult {
  /** Undefined only when the organism is retired and the key has no fact. */
  readonly fact: Fact | undefined;
  readonly retirement: RetirementMarker | undefined;
  readonly freshness: Freshness;
}

export interface ScanResult {
  readonly facts: readonly Fact[];
  /** Defined when more remain: scan again from it. */
  readonly nextKey: string | undefined;
  readonly retirement: RetirementMarker | undefined;
  readonly freshness: Freshness;
}

export interface SurfaceStatus {
  readonly organism: string;
  /** Raw as reported (checkUpstreamIdentity validates them). */
  readonly stableId: Uint8Array;
  readonly contentHash: Uint8Array;
  readonly fingerprint: Uint8Array;
  readonly committee: readonly { id: string; endpoint: string; up: boolean }[];
  readonly leader: string;
  readonly appliedIndex: number;
  readonly firstSequence: number;
  readonly lastSequence: number;
  readonly retirement: RetirementMarker | undefined;
  readonly freshness: Freshness;
  readonly streams: readonly string[];
}

export type SubscribeEvent = { readonly kind: 'fact'; readonly fact: Fact; readonly stale: boolean } | { readonly kind: 'retired'; readonly marker: RetirementMarker };

export interface SurfaceClientOptions {
  readonly credentials?: grpc.ChannelCredentials;
  /** Sent with every call (a ticket: surfaceMetadataKeys.ticket). Called per call, so a rotated ticket is picked up. */
  readonly metadata?: () => grpc.Metadata | undefined;
  /** Deadline of unary calls (default 10 s). */
  readonly callTimeoutMs?: number;
  readonly channelOptions?: grpc.ChannelOptions;
}

function freshnessFrom(w: WireFreshness | null | undefined): Freshness {
  return { stale: w?.stale ?? false, staleSinceMs: w?.staleSinceMs ?? 0, appliedIndex: w?.appliedIndex ?? 0, lastSequence: w?.lastSequence ?? 0 };
}

function fingerprintBytes(hex: string): Buffer {
  if (hex !== '' && !/^[0-9a-f]{64}$/.test(hex)) throw new TesseraError(`surface client: fingerprint must be 64 lowercase hex digits, got ${JSON.stringify(hex.slice(0, 80))}`, 'SURFACE_CLIENT_INVALID');
  return Buffer.from(hex, 'hex');
}

export class SurfaceClient {
  readonly endpoint: string;
  readonly #fingerprint: Buffer;
  readonly #client: grpc.Client & Record<string, (...args: unknown[]) => unknown>;
  readonly #options: SurfaceClientOptions;

  /** `fingerprint`: hex of the organism's fingerprint; '' only for discovery (Status). */
  constructor(endpoint: string, fingerprint: string, options: SurfaceClientOptions = {}) {
    this.endpoint = endpoint;
    this.#fingerprint = fingerprintBytes(fingerprint);
    this.#options = options;
    // The generic constructor's methods are untyped; we call them through #unary/#stream only.
    this.#client = new GrpcSurfaceClient(endpoint, options.credentials ?? grpc.credentials.createInsecure(), options.channelOptions) as unknown as grpc.Client &
      Record<string, (...args: unknown[]) => unknown>;
  }

  #metadata(): grpc.Metadata {
    return this.#options.metadata?.() ?? new grpc.Metadata();
  }

  #unary<Req, Res>(method: 'Get' | 'Scan' | 'Status', request: Req): Promise<Res> {
    const deadline = Date.now() + (this.#options.callTimeoutMs ?? 10_000);
    return new Promise<Res>((resolve, reject) => {
      this.#client[method]!(request, this.#metadata(), { deadline }, (e: grpc.ServiceError | null, res: Res) => {
        if (e) reject(fromServiceError(e, `${method} ${this.endpoint}`));
        else resolve(res);
      });
    });
  }

  async get(key: string): Promise<GetResult> {
    const res = await this.#unary<surfaceV1.surface.v1.IGetRequest, surfaceV1.surface.v1.GetResponse>('Get', { fingerprint: this.#fingerprint, key });
    return {
      fact: res.fact ? factFromWire(res.fact) : undefined,
      retirement: res.retirement ? retirementFromWire(res.retirement) : undefined,
      freshness: freshnessFrom(res.freshness),
    };
  }

  async scan(fromKey = '', toKey = '', limit = 0): Promise<ScanResult> {
    const res = await this.#unary<surfaceV1.surface.v1.IScanRequest, surfaceV1.surface.v1.ScanResponse>('Scan', { fingerprint: this.#fingerprint, fromKey, toKey, limit });
    return {
      facts: res.facts.map(factFromWire),
      nextKey: res.nextKey === '' ? undefined : res.nextKey,
      retirement: res.retirement ? retirementFromWire(res.retirement) : undefined,
      freshness: freshnessFrom(res.freshness),
    };
  }

  async status(): Promise<SurfaceStatus> {
    const res = await this.#unary<surfaceV1.surface.v1.IStatusRequest, surfaceV1.surface.v1.StatusResponse>('Status', { fingerprint: this.#fingerprint });
    return {
      organism: res.organism,
      stableId: Uint8Array.from(res.stableId),
      contentHash: Uint8Array.from(res.contentHash),
      fingerprint: Uint8Array.from(res.fingerprint),
      committee: res.committee.map((m) => ({ id: m.id ?? '', endpoint: m.endpoint ?? '', up: m.up ?? false })),
      leader: res.leader,
      appliedIndex: res.appliedIndex,
      firstSequence: res.firstSequence,
      lastSequence: res.lastSequence,
      retirement: res.retirement ? retirementFromWire(res.retirement) : undefined,
      freshness: freshnessFrom(res.freshness),
      streams: [...res.streams],
    };
  }

  /** Facts from `fromSequence` (inclusive; 0 = the first), catch-up then live. */
  subscribe(fromSequence: number): Subscription {
    if (!Number.isSafeInteger(fromSequence) || fromSequence < 0) throw new TesseraError(`subscribe: fromSequence must be a non-negative integer, got ${fromSequence}`, 'SURFACE_CLIENT_INVALID');
    const call = this.#client['Subscribe']!({ fingerprint: this.#fingerprint, fromSequence }, this.#metadata()) as grpc.ClientReadableStream<surfaceV1.surface.v1.SubscribeItem>;
    return new Subscription(call, Math.max(1, fromSequence), `Subscribe ${this.endpoint}`);
  }

  /**
   * Follows the stream from `fromSequence`, resubscribing from the next
   * undelivered sequence after a cut-off or a dropped connection, until the
   * retirement marker (returned), `signal` aborts, or a non-retryable error
   * (thrown). Retries wait `retryDelayMs` (default 1 s), at most `retriesMax` in a row.
   */
  async follow(
    fromSequence: number,
    onFact: (fact: Fact, stale: boolean) => void | Promise<void>,
    opts: { signal?: AbortSignal; retryDelayMs?: number; retriesMax?: number } = {},
  ): Promise<RetirementMarker | undefined> {
    let next = fromSequence;
    let failures = 0;
    const retryable = new Set(['SURFACE_CONSUMER_TOO_SLOW', 'SURFACE_RPC_UNAVAILABLE', 'SURFACE_UNAVAILABLE', 'SURFACE_RPC_CANCELLED', 'SURFACE_RPC_INTERNAL']);
    while (!opts.signal?.aborted) {
      const sub = this.subscribe(next);
      const abort = () => sub.cancel();
      opts.signal?.addEventListener('abort', abort, { once: true });
      try {
        for await (const ev of sub) {
          failures = 0;
          if (ev.kind === 'retired') return ev.marker;
          await onFact(ev.fact, ev.stale);
        }
        if (opts.signal?.aborted) return undefined;
      } catch (e) {
        if (opts.signal?.aborted) return undefined;
        if (!(e instanceof TesseraError) || !retryable.has(e.code) || ++failures > (opts.retriesMax ?? 10)) throw e;
        await new Promise((r) => setTimeout(r, opts.retryDelayMs ?? 1000));
      } finally {
        opts.signal?.removeEventListener('abort', abort);
        next = sub.nextSequence;
      }
    }
    return undefined;
  }

  close(): void {
    this.#client.close();
  }
}

/** One Subscribe stream as an async iterable of events. Errors are TesseraErrors (see SurfaceClient). */
export class Subscription implements AsyncIterable<SubscribeEvent> {
  readonly #call: grpc.ClientReadableStream<surfaceV1.surface.v1.SubscribeItem>;
  readonly #what: string;
  /** The first sequence not yet delivered: subscribe from it to resume. */
  #next: number;
  #cancelled = false;

  constructor(call: grpc.ClientReadableStream<surfaceV1.surface.v1.SubscribeItem>, from: number, what: string) {
    this.#call = call;
    this.#next = from;
    this.#what = what;
  }

  get nextSequence(): number {
    return this.#next;
  }

  cancel(): void {
    this.#cancelled = true;
    this.#call.cancel();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscribeEvent> {
    try {
      for await (const raw of this.#call) {
        const item = raw as surfaceV1.surface.v1.SubscribeItem;
        if (item.fact) {
          const fact = factFromWire(item.fact);
          if (fact.sequence < this.#next) continue; // a repeat (at-least-once): already delivered
          if (fact.sequence !== this.#next) {
            throw new TesseraError(`${this.#what}: expected sequence ${this.#next}, the server sent ${fact.sequence}`, 'SURFACE_STREAM_GAP', { resumeSequence: this.#next });
          }
          this.#next = fact.sequence + 1;
          yield { kind: 'fact', fact, stale: item.stale };
        } else if (item.retirement) {
          yield { kind: 'retired', marker: retirementFromWire(item.retirement) };
          return;
        }
      }
    } catch (e) {
      if (this.#cancelled && (e as Partial<grpc.ServiceError>).code === grpc.status.CANCELLED) return;
      if (e instanceof TesseraError) throw e;
      throw fromServiceError(e, this.#what);
    } finally {
      if (!this.#call.destroyed) this.#call.cancel();
    }
  }
}

