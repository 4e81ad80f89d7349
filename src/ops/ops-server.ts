import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { TesseraError } from '../common/errors.js';

/**
 * The seat's HTTP endpoint for operators' tools (PROMETHEUS_ADDR, or
 * seat.metrics_listen): GET /metrics (Prometheus text), /healthz (the
 * process answers and its storage works) and /readyz (the seat can serve:
 * storage recovered, peer listener up, quorum and leader known). Both health
 * answers come from a HealthSource the seat implements; a failing check is
 * 503 with a JSON body naming every check that failed.
 */

/** What the seat reports about itself; read on every probe. */
export interface SeatHealth {
  /** The WAL and snapshot store accept writes (no I/O error latched). */
  readonly storageOk: boolean;
  /** Recovery from the WAL and snapshots finished. */
  readonly storageRecovered: boolean;
  /** The peer (Raft) listener is bound. */
  readonly peerListenerUp: boolean;
  /** The seat has heard from a quorum of voters recently. */
  readonly quorumKnown: boolean;
  /** The seat knows the leader of the current term. */
  readonly leaderKnown: boolean;
}

export interface HealthSource {
  health(): SeatHealth;
}

export interface MetricsSource {
  scrape(): Promise<string>;
  readonly contentType: string;
}

export const healthChecks = ['storage_ok'] as const;
export const readinessChecks = ['storage_recovered', 'peer_listener_up', 'quorum_known', 'leader_known'] as const;
export type ReadinessCheck = (typeof readinessChecks)[number] | (typeof healthChecks)[number];

/** The checks that fail for /healthz (`live`) or /readyz (`ready`). */
export function failingChecks(h: SeatHealth, probe: 'live' | 'ready'): ReadinessCheck[] {
  const failing: ReadinessCheck[] = [];
  if (!h.storageOk) failing.push('storage_ok');
  if (probe === 'live') return failing;
  if (!h.storageRecovered) failing.push('storage_recovered');
  if (!h.peerListenerUp) failing.push('peer_listener_up');
  if (!h.quorumKnown) failing.push('quorum_known');
  if (!h.leaderKnown) failing.push('leader_known');
  return failing;
}

/** Splits 'host:port' or '[v6]:port'; a TesseraError names what is wrong. */
export function parseListenAddress(address: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s[\]]+)):(\d{1,5})$/.exec(address);
  const port = m === null ? NaN : Number(m[3]);
  if (m === null || port > 65535) {
    throw new TesseraError(`metrics address ${JSON.stringify(address)} is not host:port (port 0-65535; IPv6 as [addr]:port)`, 'OPS_BAD_LISTEN_ADDRESS');
  }
  return { host: m[1] ?? m[2]!, port };
}

export interface OpsServerOptions {
  readonly metrics: MetricsSource;
  readonly health: HealthSource;
  /** host:port to listen on (port 0 = any free port). */
  readonly listen: string;
  /** Called with an error raised while answering (the answer is then a 500/503). */
  readonly onError?: (error: unknown, path: string) => void;
}

export class OpsServer {
  private readonly options: OpsServerOptions;
  private readonly server: Server;
  private readonly address: { host: string; port: number };

  constructor(options: OpsServerOptions) {
    this.options = options;
    this.address = parseListenAddress(options.listen);
    this.server = createServer((req, res) => void this.handle(req, res));
    // Probes must never keep a stopping seat alive.
    this.server.keepAliveTimeout = 5_000;
  }

  /** Starts listening; resolves with the bound address (the real port when 0 was asked). */
  start(): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException): void =>
        reject(new TesseraError(`cannot listen for metrics on ${this.options.listen}: ${e.message}`, 'OPS_LISTEN_FAILED', { errno: e.code }));
      this.server.once('error', onError);
      this.server.listen(this.address.port, this.address.host, () => {
        this.server.off('error', onError);
        const a = this.server.address() as AddressInfo;
        resolve({ host: a.address, port: a.port });
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return json(res, 405, { error: `method ${req.method ?? ''} not allowed` });
    }
    try {
      switch (path) {
        case '/metrics': {
          const text = await this.options.metrics.scrape();
          res.writeHead(200, { 'content-type': this.options.metrics.contentType });
          res.end(req.method === 'HEAD' ? undefined : text);
          return;
        }
        case '/healthz':
        case '/readyz': {
          const probe = path === '/healthz' ? 'live' : 'ready';
          const failing = failingChecks(this.options.health.health(), probe);
          if (failing.length === 0) return json(res, 200, { status: probe === 'live' ? 'ok' : 'ready' });
          return json(res, 503, { status: probe === 'live' ? 'unhealthy' : 'not ready', failing });
        }
        default:
          return json(res, 404, { error: `no such path ${path}; try /metrics, /healthz, /readyz` });
      }
    } catch (e) {
      try {
        this.options.onError?.(e, path);
      } catch {
        // A failing error hook must not take the endpoint down.
      }
      const message = e instanceof Error ? e.message : String(e);
      // A health source that cannot answer means the seat is not healthy.
      return json(res, path === '/metrics' ? 500 : 503, { status: 'error', error: message });
    }
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body) + '\n');
}
