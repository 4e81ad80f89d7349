/**
 * SurfaceService: the grpc-js handlers of tessera.surface.v1 over a
 * FactSource. Every request is decoded here (garbage is INVALID_ARGUMENT
 * naming the message type, never an INTERNAL from the framework), checked
 * against the served fingerprint, then answered from local state.
 *
 * Subscribe (see SubscribeSession): the live listener is registered before
 * the catch-up is read, so a fact committed between the two is in the live
 * buffer or in the store, never in neither; the overlap is dropped by
 * sequence. Items leave strictly ascending and gapless from from_sequence
 * (inclusive). A consumer that stays backpressured while at the head and
 * lets the live buffer overflow, or accepts nothing for drainTimeoutMs, is
 * cut off with RESOURCE_EXHAUSTED and `tessera-resume-sequence` (the first
 * sequence it has not been sent) in trailing metadata.
 */
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';
import type { Fact } from '../common/fact.js';
import { decodeProto, encodeProto, surfaceV1, type MessageCodec } from '../proto/index.js';
import { factsStream, type FactSource } from './fact-source.js';
import { toServiceError } from './status.js';
import { factToWire, retirementToWire, type WireFreshness, type WireRetirement } from './wire.js';

const pb = surfaceV1.surface.v1;

export interface SurfaceLimits {
  /** Facts a Scan returns when the request says 0. */
  readonly scanLimitDefault: number;
  /** Most facts one Scan returns. */
  readonly scanLimitMax: number;
  /** Longest key accepted, in UTF-8 bytes. */
  readonly keyBytesMax: number;
  /** Facts read from the store per catch-up step. */
  readonly catchUpBatchItems: number;
  /** Live facts held for one subscriber at the head before it is cut off. */
  readonly subscribeBufferItemsMax: number;
  /** A subscriber that accepts nothing this long is cut off. */
  readonly drainTimeoutMs: number;
}

export const surfaceLimitsDefault: SurfaceLimits = Object.freeze({
  scanLimitDefault: 256,
  scanLimitMax: 4096,
  keyBytesMax: 256,
  catchUpBatchItems: 256,
  subscribeBufferItemsMax: 4096,
  drainTimeoutMs: 30_000,
});

function checkLimits(l: SurfaceLimits): void {
  for (const [name, v] of Object.entries(l)) {
    if (!Number.isSafeInteger(v) || v < 1) throw new TesseraError(`surface limit ${name} must be a positive integer, got ${String(v)}`, 'SURFACE_CONFIG_INVALID');
  }
  if (l.scanLimitDefault > l.scanLimitMax) throw new TesseraError('surface limit scanLimitDefault exceeds scanLimitMax', 'SURFACE_CONFIG_INVALID');
}
checkLimits(surfaceLimitsDefault);

const service = '/tessera.surface.v1.Surface';

/** Server-side definition: requests arrive as raw bytes and are decoded by the handler, so garbage gets a precise status. */
function rawRequest<Res>(name: string, responseStream: boolean, response: MessageCodec<Res>, responseType: string): grpc.MethodDefinition<Buffer, Res> {
  return {
    path: `${service}/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (m: Res) => encodeProto(response, m),
    responseDeserialize: (b: Buffer) => decodeProto(response, b, responseType),
  };
}

export const surfaceServerDefinition = {
  Get: rawRequest('Get', false, pb.GetResponse, 'tessera.surface.v1.GetResponse'),
  Scan: rawRequest('Scan', false, pb.ScanResponse, 'tessera.surface.v1.ScanResponse'),
  Subscribe: rawRequest('Subscribe', true, pb.SubscribeItem, 'tessera.surface.v1.SubscribeItem'),
  Status: rawRequest('Status', false, pb.StatusResponse, 'tessera.surface.v1.StatusResponse'),
} satisfies grpc.ServiceDefinition;

type GetResponse = surfaceV1.surface.v1.IGetResponse;
type ScanResponse = surfaceV1.surface.v1.IScanResponse;
type StatusResponse = surfaceV1.surface.v1.IStatusResponse;
type SubscribeItem = surfaceV1.surface.v1.ISubscribeItem;

/**
 * Called before every request is answered, with the request metadata (a
 * presented ticket is `tessera-ticket-bin`). Throw a TesseraError to refuse:
 * SURFACE_UNAUTHENTICATED or SURFACE_PERMISSION_DENIED map to their gRPC
 * statuses. The seat's ACL (acl.public = false) plugs in here.
 */
export type SurfaceAuthorizer = (method: 'Get' | 'Scan' | 'Subscribe' | 'Status', metadata: grpc.Metadata) => void | SurfaceGrant;

/** What an authorizer may return: how long the admission holds (a ticket's expiry). A Subscribe stream is ended then. */
export interface SurfaceGrant {
  /** ms since the epoch. */
  readonly validUntilMs: number;
}

/** setTimeout's longest delay; longer waits are re-armed. */
const timerMsMax = 2 ** 31 - 1;

export class SurfaceService {
  readonly #source: FactSource;
  readonly #limits: SurfaceLimits;
  readonly #authorize: SurfaceAuthorizer | undefined;
  readonly #sessions = new Set<SubscribeSession>();

  constructor(source: FactSource, limits: Partial<SurfaceLimits> = {}, authorize?: SurfaceAuthorizer) {
    this.#source = source;
    this.#limits = { ...surfaceLimitsDefault, ...limits };
    this.#authorize = authorize;
    checkLimits(this.#limits);
  }

  /** Handlers for grpc.Server#addService(surfaceServerDefinition, ...). */
  handlers(): grpc.UntypedServiceImplementation {
    return {
      Get: (call: grpc.ServerUnaryCall<Buffer, GetResponse>, cb: grpc.sendUnaryData<GetResponse>) =>
        this.#unary(cb, () => (this.#authorize?.('Get', call.metadata), this.get(call.request))),
      Scan: (call: grpc.ServerUnaryCall<Buffer, ScanResponse>, cb: grpc.sendUnaryData<ScanResponse>) =>
        this.#unary(cb, () => (this.#authorize?.('Scan', call.metadata), this.scan(call.request))),
      Status: (call: grpc.ServerUnaryCall<Buffer, StatusResponse>, cb: grpc.sendUnaryData<StatusResponse>) =>
        this.#unary(cb, () => (this.#authorize?.('Status', call.metadata), this.status(call.request))),
      Subscribe: (call: grpc.ServerWritableStream<Buffer, SubscribeItem>) => this.#subscribe(call),
    };
  }

  /** Open Subscribe streams (tests check that closed ones are gone). */
  get subscriberCount(): number {
    return this.#sessions.size;
  }

  #unary<T>(cb: grpc.sendUnaryData<T>, answer: () => T): void {
    let response: T;
    try {
      response = answer();
    } catch (e) {
      cb(toServiceError(e));
      return;
    }
    cb(null, response);
  }

  /** Refuses a request whose fingerprint is not the one served, naming both. `allowEmpty`: Status may be called to discover it. */
  #checkFingerprint(presented: Uint8Array | null | undefined, method: string, allowEmpty = false): void {
    const info = this.#source.statusInfo();
    const bytes = presented ?? new Uint8Array();
    if (bytes.length === 0) {
      if (allowEmpty) return;
      throw new TesseraError(`${method}: the request carries no fingerprint; compile in the fingerprint of organism ${info.organism} (${info.fingerprint})`, 'SURFACE_FINGERPRINT_MISSING', {
        fingerprintServed: info.fingerprint,
      });
    }
    const hex = Buffer.from(bytes).toString('hex');
    if (hex !== info.fingerprint) {
      throw new TesseraError(
        `${method}: fingerprint mismatch: the request carries ${hex}, organism ${info.organism} serves ${info.fingerprint}; rebind (see its Status and any retirement marker)`,
        'SURFACE_FINGERPRINT_MISMATCH',
        { fingerprintServed: info.fingerprint, fingerprintPresented: hex },
      );
    }
  }

  #checkKey(key: string, field: string, method: string): void {
    if (Buffer.byteLength(key, 'utf8') > this.#limits.keyBytesMax) {
      throw new TesseraError(`${method}: ${field} is ${Buffer.byteLength(key, 'utf8')} bytes, at most ${this.#limits.keyBytesMax}`, 'SURFACE_REQUEST_INVALID', { field });
    }
  }

  #freshness(): WireFreshness {
    const f = this.#source.freshness();
    return { stale: f.stale, appliedIndex: f.appliedIndex, lastSequence: this.#source.lastSequence(), staleSinceMs: f.stale ? f.staleSinceMs : 0 };
  }

  #marker(): WireRetirement | null {
    const r = this.#source.retirement();
    return r ? retirementToWire(r, this.#source.lastSequence()) : null;
  }

  get(bytes: Buffer): GetResponse {
    const req = decodeProto(pb.GetRequest, bytes, 'tessera.surface.v1.GetRequest');
    this.#checkFingerprint(req.fingerprint, 'Get');
    const key = req.key ?? '';
    if (key === '') throw new TesseraError('Get: key is empty', 'SURFACE_REQUEST_INVALID', { field: 'key' });
    this.#checkKey(key, 'key', 'Get');
    const fact = this.#source.get(key);
    const retirement = this.#marker();
    if (!fact && !retirement) {
      throw new TesseraError(`Get: no fact committed for key ${JSON.stringify(key)} (last sequence ${this.#source.lastSequence()})`, 'SURFACE_NOT_FOUND', { key });
    }
    return { fact: fact ? factToWire(fact) : null, retirement, freshness: this.#freshness() };
  }

  scan(bytes: Buffer): ScanResponse {
    const req = decodeProto(pb.ScanRequest, bytes, 'tessera.surface.v1.ScanRequest');
    this.#checkFingerprint(req.fingerprint, 'Scan');
    const from = req.fromKey ?? '';
    const to = req.toKey ?? '';
    this.#checkKey(from, 'from_key', 'Scan');
    this.#checkKey(to, 'to_key', 'Scan');
    const limit = Math.min(req.limit || this.#limits.scanLimitDefault, this.#limits.scanLimitMax);
    // One extra fact tells whether more remain (next_key).
    const facts = this.#source.scan(from === '' ? undefined : from, to === '' ? undefined : to, limit + 1);
    const more = facts.length > limit;
    const page = more ? facts.slice(0, limit) : facts;
    return {
      facts: page.map(factToWire),
      nextKey: more ? facts[limit]!.key : '',
      retirement: more ? null : this.#marker(),
      freshness: this.#freshness(),
    };
  }

  status(bytes: Buffer): StatusResponse {
    const req = decodeProto(pb.StatusRequest, bytes, 'tessera.surface.v1.StatusRequest');
    this.#checkFingerprint(req.fingerprint, 'Status', true);
    const info = this.#source.statusInfo();
    return {
      organism: info.organism,
      stableId: Buffer.from(info.stableId, 'hex'),
      contentHash: Buffer.from(info.contentHash, 'hex'),
      fingerprint: Buffer.from(info.fingerprint, 'hex'),
      committee: info.committee.map((m) => ({ id: m.id, endpoint: m.endpoint, up: m.up })),
      leader: info.leader,
      appliedIndex: this.#source.freshness().appliedIndex,
      firstSequence: this.#source.firstSequence(),
      lastSequence: this.#source.lastSequence(),
      retirement: this.#marker(),
      freshness: this.#freshness(),
      streams: [factsStream],
    };
  }

  #subscribe(call: grpc.ServerWritableStream<Buffer, SubscribeItem>): void {
    let from: number;
    let grant: void | SurfaceGrant;
    try {
      grant = this.#authorize?.('Subscribe', call.metadata);
      const req = decodeProto(pb.SubscribeRequest, call.request, 'tessera.surface.v1.SubscribeRequest');
      this.#checkFingerprint(req.fingerprint, 'Subscribe');
      from = Math.max(1, req.fromSequence ?? 0);
      if (!Number.isSafeInteger(from)) throw new TesseraError(`Subscribe: from_sequence ${String(req.fromSequence)} is out of range`, 'SURFACE_REQUEST_INVALID', { field: 'from_sequence' });
    } catch (e) {
      call.emit('error', toServiceError(e));
      return;
    }
    const session = new SubscribeSession(this.#source, this.#limits, call, from, () => this.#sessions.delete(session));
    this.#sessions.add(session);
    session.start();
    if (grant) session.endAt(grant.validUntilMs);
  }
}

/** One Subscribe stream. State changes happen in pump(); the listeners only queue and wake it. */
class SubscribeSession {
  readonly #source: FactSource;
  readonly #limits: SurfaceLimits;
  readonly #call: grpc.ServerWritableStream<Buffer, SubscribeItem>;
  readonly #onClose: () => void;
  /** Invariant: every fact with sequence < nextSequence (and >= from) has been written, in order. */
  #nextSequence: number;
  /** Live facts not yet written, ascending (the source calls listeners in sequence order). */
  #live: Fact[] = [];
  #waitingDrain = false;
  #drainTimer: NodeJS.Timeout | undefined;
  #grantTimer: NodeJS.Timeout | undefined;
  #closed = false;
  #unregister: (() => void)[] = [];

  constructor(source: FactSource, limits: SurfaceLimits, call: grpc.ServerWritableStream<Buffer, SubscribeItem>, from: number, onClose: () => void) {
    this.#source = source;
    this.#limits = limits;
    this.#call = call;
    this.#nextSequence = from;
    this.#onClose = onClose;
  }

  start(): void {
    // Listener first, catch-up second: see the module comment.
    this.#unregister.push(
      this.#source.onFact((fact) => this.#onLiveFact(fact)),
      this.#source.onRetire(() => this.#pump()),
    );
    this.#call.on('cancelled', () => this.#close());
    this.#call.on('close', () => this.#close());
    this.#call.on('error', () => this.#close());
    const first = this.#source.firstSequence();
    if (first > this.#nextSequence && this.#source.lastSequence() >= this.#nextSequence) {
      this.#fail(
        new TesseraError(`Subscribe: sequence ${this.#nextSequence} is compacted; the first available is ${first}`, 'SURFACE_SEQUENCE_COMPACTED', { firstSequence: first }),
      );
      return;
    }
    this.#pump();
  }

  /** Ends the stream with UNAUTHENTICATED once the caller's ticket expires (it resumes with a renewed one). */
  endAt(validUntilMs: number): void {
    if (this.#closed) return;
    const left = validUntilMs - Date.now();
    if (left > 0) {
      this.#grantTimer = setTimeout(() => this.endAt(validUntilMs), Math.min(left, timerMsMax));
      this.#grantTimer.unref?.();
      return;
    }
    this.#fail(
      new TesseraError(`Subscribe: the ticket expired; present a renewed ticket and resume from sequence ${this.#nextSequence}`, 'SURFACE_UNAUTHENTICATED', {
        ticketReason: 'TICKET_EXPIRED',
        resumeSequence: this.#nextSequence,
      }),
    );
  }

  #onLiveFact(fact: Fact): void {
    if (this.#closed || fact.sequence < this.#nextSequence) return; // already sent: the overlap
    this.#live.push(fact);
    if (this.#live.length > this.#limits.subscribeBufferItemsMax) {
      if (this.#live[0]!.sequence === this.#nextSequence && this.#waitingDrain) {
        this.#cutOff(`its live buffer passed ${this.#limits.subscribeBufferItemsMax} facts`);
        return;
      }
      // Still catching up: everything buffered is in the store too; read it from there.
      this.#live = [];
    }
    if (!this.#waitingDrain) this.#pump();
  }

  /** Writes what can be written now, until backpressure, idleness or the end. */
  #pump(): void {
    // Freshness is asked once per pump, not per fact: nothing changes it while this loop runs
    // (it is synchronous), and on a seat it reads the Raft status (one fact per call showed in profiles).
    let stale: boolean | undefined;
    while (!this.#closed && !this.#waitingDrain) {
      let fromLive = false;
      let skip = 0;
      while (skip < this.#live.length && this.#live[skip]!.sequence < this.#nextSequence) skip++;
      if (skip > 0) this.#live = this.#live.slice(skip);
      let batch: readonly Fact[];
      if (this.#live.length > 0 && this.#live[0]!.sequence === this.#nextSequence) {
        // The contiguous run at the head of the live buffer (a restored snapshot can make it jump:
        // what follows a jump is left for the store read, which reports the compaction). If the
        // stream pushes back midway, the rest of the run goes back to the head of the buffer.
        fromLive = true;
        let run = 1;
        while (run < this.#live.length && this.#live[run]!.sequence === this.#nextSequence + run) run++;
        batch = run === this.#live.length ? this.#live : this.#live.slice(0, run);
        this.#live = run === this.#live.length ? [] : this.#live.slice(run);
      } else if (this.#nextSequence <= this.#source.lastSequence()) {
        batch = this.#source.factsFrom(this.#nextSequence, this.#limits.catchUpBatchItems);
        if (batch.length === 0 || batch[0]!.sequence !== this.#nextSequence) {
          const first = this.#source.firstSequence();
          this.#fail(
            new TesseraError(`Subscribe: sequence ${this.#nextSequence} was compacted while streaming; the first available is ${first}`, 'SURFACE_SEQUENCE_COMPACTED', {
              firstSequence: first,
              resumeSequence: this.#nextSequence,
            }),
          );
          return;
        }
      } else {
        const retirement = this.#source.retirement();
        if (retirement) {
          this.#call.write({ retirement: retirementToWire(retirement, this.#source.lastSequence()), stale: this.#source.freshness().stale });
          this.#close();
          this.#call.end();
        }
        return; // idle until the next live fact or the retirement
      }
      stale ??= this.#source.freshness().stale;
      for (let i = 0; i < batch.length; i++) {
        const fact = batch[i]!;
        this.#nextSequence = fact.sequence + 1;
        if (!this.#call.write({ fact: factToWire(fact), stale })) {
          if (fromLive && i + 1 < batch.length) this.#live = batch.slice(i + 1).concat(this.#live);
          this.#awaitDrain();
          break;
        }
      }
    }
  }

  #awaitDrain(): void {
    this.#waitingDrain = true;
    this.#drainTimer = setTimeout(() => this.#cutOff(`it accepted nothing for ${this.#limits.drainTimeoutMs} ms`), this.#limits.drainTimeoutMs);
    this.#call.once('drain', () => {
      clearTimeout(this.#drainTimer);
      this.#waitingDrain = false;
      this.#pump();
    });
  }

  #cutOff(why: string): void {
    this.#fail(
      new TesseraError(`Subscribe: consumer too slow (${why}); resume from sequence ${this.#nextSequence}`, 'SURFACE_CONSUMER_TOO_SLOW', {
        resumeSequence: this.#nextSequence,
      }),
    );
  }

  #fail(e: TesseraError): void {
    if (this.#closed) return;
    this.#close();
    this.#call.emit('error', toServiceError(e));
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#drainTimer);
    clearTimeout(this.#grantTimer);
    for (const u of this.#unregister) u();
    this.#unregister = [];
    this.#live = [];
    this.#onClose();
  }
}

export interface SurfaceServerOptions {
  /** Default 127.0.0.1:0 (an ephemeral port). */
  readonly address?: string;
  readonly credentials?: grpc.ServerCredentials;
  readonly limits?: Partial<SurfaceLimits>;
  readonly authorize?: SurfaceAuthorizer;
}

export interface RunningSurface {
  readonly server: grpc.Server;
  readonly service: SurfaceService;
  readonly port: number;
  /** host:port to dial. */
  readonly endpoint: string;
  /** Stops accepting, ends open streams, resolves when the server is down. */
  close(): Promise<void>;
}

/** Serves `source` on a new grpc-js server. */
export async function startSurfaceServer(source: FactSource, options: SurfaceServerOptions = {}): Promise<RunningSurface> {
  const address = options.address ?? '127.0.0.1:0';
  const server = new grpc.Server();
  const svc = new SurfaceService(source, options.limits, options.authorize);
  server.addService(surfaceServerDefinition, svc.handlers());
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(address, options.credentials ?? grpc.ServerCredentials.createInsecure(), (e, p) => {
      if (e) reject(new TesseraError(`surface: cannot listen on ${address}: ${e.message}`, 'SURFACE_LISTEN_FAILED', { address }));
      else resolve(p);
    });
  });
  const host = address.slice(0, address.lastIndexOf(':'));
  return {
    server,
    service: svc,
    port,
    endpoint: `${host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      // Open streams are ended by forceShutdown; in-flight unary calls finish first when possible.
      server.forceShutdown();
      resolve();
    }),
  };
}
