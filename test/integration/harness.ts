/**
 * Real `tessera run` processes on 127.0.0.1 for the integration tests: a
 * temp directory per cluster, a config per seat (kv machine, simulated TDX,
 * fsync on), ports picked free up front, JSON log lines parsed as they come.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';

import type { Fact } from '../../src/common/fact.js';
import { KvClient } from '../../src/kv/index.js';
import { SurfaceClient } from '../../src/surface/index.js';
import { leaderAddressMetadataKey } from '../../src/node/grpc-status.js';

// From test/integration (vitest) or dist/test/integration (bench/pipeline.ts, compiled).
const twoUp = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const repoRoot = basename(twoUp) === 'dist' ? dirname(twoUp) : twoUp;
export const tesseraBin = join(repoRoot, 'bin', 'tessera.js');
/** The simulated provider's default MR_TD (what its quotes report). */
export const simulatedMrtd = '00'.repeat(48);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface SeatSpec {
  readonly name: string;
  readonly bootstrap?: boolean;
  /** Peer addresses to join through. */
  readonly join?: readonly string[];
  /** Lines appended to [attestation]. */
  readonly extra?: string;
  /** Lines appended to [admission] (fingerprinted: give every seat of a committee the same). */
  readonly admission?: string;
  /** The body of [attestation] (default: provider = "simulated" with the cluster's simulated_dir, then `extra`). */
  readonly attestation?: string;
  /** [raft] election_ticks (default 10, at tick_ms = 50). */
  readonly electionTicks?: number;
  /** Run the organism machine spanning these upstreams (default: the kv machine). */
  readonly organism?: OrganismSpec;
  /** Lines appended to [seat]. */
  readonly seatLines?: string;
  /** Text appended at the end of the file (e.g. [[operator]] tables). */
  readonly tail?: string;
}

export interface OrganismSpec {
  /** [organism] name (default "ittest"; the metric prefix derives from it): composed organisms need distinct names. */
  readonly name?: string;
  readonly members: readonly { readonly name: string; readonly stableId: string; readonly endpoints: readonly string[]; readonly contentHash?: string; /** A ticket file to present. */ readonly ticket?: string }[];
  readonly policy?: 'stall' | 'degrade';
  readonly deadlineMs?: number;
  /** Lines added to [driver]. */
  readonly driver?: string;
}

export interface LogLine {
  level: string;
  msg: string;
  [k: string]: unknown;
}

export class SeatHandle {
  child: ChildProcess | undefined;
  lines: LogLine[] = [];
  stderr = '';
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  private waiters: (() => void)[] = [];

  constructor(
    readonly name: string,
    readonly configFile: string,
    readonly dataDir: string,
    readonly peerPort: number,
    readonly clientPort: number,
    readonly metricsPort: number,
  ) {}

  get peerAddress(): string {
    return `127.0.0.1:${this.peerPort}`;
  }

  get adminSocket(): string {
    return join(this.dataDir, 'admin.sock');
  }

  /** `nodeArgs`: flags for node itself (bench:pipeline's --cpu-prof). */
  start(env: NodeJS.ProcessEnv = {}, nodeArgs: readonly string[] = []): void {
    this.lines = [];
    this.stderr = '';
    const child = spawn(process.execPath, [...nodeArgs, tesseraBin, 'run', '--config', this.configFile, '--no-env-files'], {
      env: { ...process.env, TESSERA_LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        try {
          this.lines.push(JSON.parse(line) as LogLine);
        } catch {
          this.lines.push({ level: 'raw', msg: line });
        }
        for (const w of this.waiters.splice(0)) w();
      }
    });
    child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => {
      for (const w of this.waiters.splice(0)) w();
      resolve({ code, signal });
    }));
  }

  /** Resolves with the first log line matching, or rejects after timeoutMs (or if the process exits first). */
  async waitForLog(pred: (l: LogLine) => boolean, timeoutMs: number, what: string): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.lines.find(pred);
      if (hit !== undefined) return hit;
      if (this.child?.exitCode !== null || this.child?.signalCode !== null) {
        throw new Error(`${this.name} exited (${String(this.child?.exitCode ?? this.child?.signalCode)}) before ${what}:\n${this.tail()}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.name}: no ${what} within ${timeoutMs} ms:\n${this.tail()}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  waitServing(timeoutMs = 20_000): Promise<LogLine> {
    return this.waitForLog((l) => l.msg === 'serving', timeoutMs, 'serving');
  }

  tail(n = 15): string {
    return [...this.lines.slice(-n).map((l) => JSON.stringify(l)), this.stderr].join('\n');
  }

  /** The log lines with this msg. */
  logs(msg: string): LogLine[] {
    return this.lines.filter((l) => l.msg === msg);
  }

  /** The text of this seat's /metrics (seat.metrics_listen). */
  async metrics(): Promise<string> {
    // A pooled keep-alive socket the server has just closed fails the request ("other side closed"): try again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await (await fetch(`http://127.0.0.1:${this.metricsPort}/metrics`, { signal: AbortSignal.timeout(3000) })).text();
      } catch (e) {
        if (attempt >= 3) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  kill(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null } | undefined> {
    if (this.child === undefined || this.child.exitCode !== null || this.child.signalCode !== null) return this.exit;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    const r = await this.exit;
    clearTimeout(timer);
    return r;
  }

  /** `tessera CMD... --socket <admin socket>` synchronously. */
  cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [tesseraBin, ...args], { encoding: 'utf8', env: { ...process.env, ...extraEnv }, timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  status(): { code: number | null; json: StatusJson | undefined; stderr: string } {
    const r = this.cli(['status', '--socket', this.adminSocket, '--json']);
    let json: StatusJson | undefined;
    try {
      json = r.code === 0 ? (JSON.parse(r.stdout) as StatusJson) : undefined;
    } catch {
      json = undefined;
    }
    return { code: r.code, json, stderr: r.stderr };
  }
}

export interface StatusJson {
  id: number;
  role: string;
  term: number;
  leader: number;
  leaderAddress: string;
  leaderClientAddress: string;
  committedIndex: number;
  appliedIndex: number;
  snapshotIndex: number;
  removed: boolean;
  members: {
    id: number;
    address: string;
    clientAddress: string;
    keyId: string;
    role: string;
    matchIndex: number;
    attestation: null | { mrTd: string; tcbStatus: string; simulated: boolean };
    reattestation: null | { atMs: number; verdict: string; attested: boolean; reason: string; mrTd: string; tcbStatus: string };
  }[];
}

export class Cluster {
  readonly root: string;
  readonly seats: SeatHandle[] = [];
  /** One simulated PKI for every seat, so each trusts the others' quotes (the config names its root). */
  readonly simulatedDir: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'tessera-it-'));
    this.simulatedDir = join(this.root, 'simulated-tdx');
  }

  async add(spec: SeatSpec): Promise<SeatHandle> {
    const [peer, client, metrics] = [await freePort(), await freePort(), await freePort()];
    const dataDir = join(this.root, spec.name);
    const file = join(this.root, `${spec.name}.toml`);
    writeFileSync(file, seatToml({ ...spec, dataDir, peer, client, metrics, simulatedDir: this.simulatedDir }));
    const seat = new SeatHandle(spec.name, file, dataDir, peer, client, metrics);
    this.seats.push(seat);
    return seat;
  }

  async close(): Promise<void> {
    await Promise.all(this.seats.map((s) => s.stop().catch(() => undefined)));
    rmSync(this.root, { recursive: true, force: true });
  }
}

export function seatToml(o: SeatSpec & { dataDir: string; peer: number; client: number; metrics: number; simulatedDir: string }): string {
  const org = o.organism;
  const organismSections =
    org === undefined
      ? ''
      : `
${org.members
  .map(
    (m) => `[[member]]
name = "${m.name}"
stable_id = "${m.stableId}"
${m.contentHash !== undefined ? `content_hash = "${m.contentHash}"` : ''}
endpoints = [${m.endpoints.map((e) => `"${e}"`).join(', ')}]
${m.ticket !== undefined ? `ticket = "${m.ticket}"` : ''}
`,
  )
  .join('\n')}
[apply]
policy = "${org.policy ?? 'stall'}"
deadline_ms = ${org.deadlineMs ?? 2000}

[driver]
backoff_base_ms = 100
backoff_cap_ms = 500
dark_after_attempts = 5
${org.driver ?? ''}
`;
  return `# integration test seat ${o.name}
[organism]
name = "${org?.name ?? 'ittest'}"
machine = "${org === undefined ? 'kv' : 'organism'}"
${organismSections}
[admission]
mrtd = ["${simulatedMrtd}"]
allow_debug = false
${o.admission ?? ''}

[seat]
data_dir = "${o.dataDir}"
peer_listen = "127.0.0.1:${o.peer}"
surface_listen = "127.0.0.1:${o.client}"
metrics_listen = "127.0.0.1:${o.metrics}"
${o.seatLines ?? ''}

[raft]
tick_ms = 50
election_ticks = ${o.electionTicks ?? 10}

[storage]
wal_segment_bytes = 4194304

[committee]
${o.bootstrap === true ? 'bootstrap = true' : ''}
${o.join !== undefined ? `join = [${o.join.map((j) => `"${j}"`).join(', ')}]` : ''}

[attestation]
${o.attestation ?? `provider = "simulated"\nsimulated_dir = "${o.simulatedDir}"`}
${o.extra ?? ''}
${o.tail ?? ''}
`;
}

/**
 * The value of the first sample of `name` whose labels include every pair of
 * `labels` (Prometheus text format), or undefined.
 */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const m = /^[^{ ]+(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (m === null) continue;
    const have = new Map([...(m[1] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1]!, x[2]!]));
    if (Object.entries(labels).every(([k, v]) => have.get(k) === v)) return Number(m[2]);
  }
  return undefined;
}

// ---------------------------------------------------------------- kv client

export interface KvResult {
  ok: boolean;
  code?: number;
  details?: string;
  leaderAddress?: string;
  value?: Record<string, unknown>;
}

type KvClientT = InstanceType<typeof KvClient>;

export function kvClient(port: number): KvClientT {
  return new KvClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
}

export function kvCall(client: KvClientT, method: 'Get' | 'Put' | 'Cas', request: object, deadlineMs = 5_000): Promise<KvResult> {
  return new Promise((resolve) => {
    const fn = (client as unknown as Record<string, (req: object, md: grpc.Metadata, opts: grpc.CallOptions, cb: grpc.requestCallback<Record<string, unknown>>) => void>)[method]!;
    fn.call(client, request, new grpc.Metadata(), { deadline: Date.now() + deadlineMs }, (e, res) => {
      if (e === null) return resolve({ ok: true, value: res ?? {} });
      const hint = e.metadata?.get(leaderAddressMetadataKey)[0];
      resolve({ ok: false, code: e.code, details: e.details, ...(hint !== undefined ? { leaderAddress: String(hint) } : {}) });
    });
  });
}

/** Puts through whichever seat leads; resolves once acknowledged. */
export async function kvPut(seats: readonly SeatHandle[], key: string, value: string): Promise<void> {
  await waitUntil(async () => {
    for (const s of seats) {
      const c = kvClient(s.clientPort);
      const r = await kvCall(c, 'Put', { key: Buffer.from(key), value: Buffer.from(value) }, 3000);
      c.close();
      if (r.ok) return true;
    }
    return undefined;
  }, 15_000, `put ${key}`);
}

/** Reads `key` from one seat (retrying while it has no leader); '(absent)' when not found. */
export async function kvGet(seat: SeatHandle, key: string): Promise<string | undefined> {
  const c = kvClient(seat.clientPort);
  try {
    return await waitUntil(async () => {
      const r = await kvCall(c, 'Get', { key: Buffer.from(key) }, 3000);
      if (!r.ok) return undefined;
      return r.value?.found === true ? Buffer.from(r.value.value as Uint8Array).toString() : '(absent)';
    }, 15_000, `get ${key} from ${seat.name}`);
  } finally {
    c.close();
  }
}

export async function waitUntil<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

// ---------------------------------------------------------------- demo upstreams

export const upstreamEntry = join(repoRoot, 'dist', 'src', 'surface', 'upstream-main.js');

export interface UpstreamReady {
  ready: true;
  endpoint: string;
  organism: string;
  stableId: string;
  contentHash: string;
  fingerprint: string;
}

/** A demo upstream as a process (src/surface/upstream-main.ts): one record per slot; stdin commands. */
export class UpstreamHandle {
  child: ChildProcess | undefined;
  ready: UpstreamReady | undefined;
  private answers: Record<string, unknown>[] = [];
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(
    readonly name: string,
    readonly port: number,
    readonly slotMs: number,
    readonly label = 'v1',
    /** The address to bind (test/cluster binds the harness' host link, with port 0). */
    readonly host = '127.0.0.1',
  ) {}

  get endpoint(): string {
    return this.ready?.endpoint ?? `${this.host}:${this.port}`;
  }

  async start(): Promise<UpstreamReady> {
    const child = spawn(process.execPath, [upstreamEntry, '--host', this.host, '--port', String(this.port), '--fingerprint', this.label, '--slot-ms', String(this.slotMs), '--name', this.name], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        try {
          const j = JSON.parse(line) as Record<string, unknown>;
          if (j.ready === true) this.ready = j as unknown as UpstreamReady;
          else this.answers.push(j);
        } catch {
          // not ours
        }
        for (const w of this.waiters.splice(0)) w();
      }
    });
    child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    child.once('exit', () => {
      for (const w of this.waiters.splice(0)) w();
    });
    return waitUntil(() => {
      if (child.exitCode !== null) throw new Error(`upstream ${this.name} exited: ${this.stderr}`);
      return this.ready;
    }, 20_000, `upstream ${this.name} ready`, 50);
  }

  /** Sends one stdin command and resolves with its JSON answer. */
  async command(line: string): Promise<Record<string, unknown>> {
    const before = this.answers.length;
    this.child!.stdin!.write(`${line}\n`);
    return waitUntil(() => this.answers[before], 10_000, `answer to ${line} from ${this.name}`, 20);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Facts `from`..`through` (inclusive) read with Subscribe from one seat's surface; stops at a non-fact event or the timeout. */
export async function readFacts(seat: SeatHandle, fingerprint: string, from: number, through: number, timeoutMs = 20_000): Promise<Fact[]> {
  const c = new SurfaceClient(`127.0.0.1:${seat.clientPort}`, fingerprint);
  const sub = c.subscribe(from);
  const timer = setTimeout(() => sub.cancel(), timeoutMs);
  const out: Fact[] = [];
  try {
    for await (const ev of sub) {
      if (ev.kind !== 'fact') break;
      out.push(ev.fact);
      if (ev.fact.sequence >= through) break;
    }
  } finally {
    clearTimeout(timer);
    sub.cancel();
    c.close();
  }
  return out;
}

/** The last fact sequence a seat's surface reports, or 0 while it cannot answer. */
export async function lastSequence(seat: SeatHandle, fingerprint: string): Promise<number> {
  const c = new SurfaceClient(`127.0.0.1:${seat.clientPort}`, fingerprint);
  try {
    return (await c.status()).lastSequence;
  } catch {
    return 0;
  } finally {
    c.close();
  }
}
