/**
 * The seats of one run: real `tessera run` processes (kv machine, simulated
 * TDX, fsync on), each in its own network namespace with its data directory
 * on its own small filesystem. Logs go to <run dir>/<seat>.log (appended
 * across restarts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';

import { KvClient } from '../../src/kv/index.js';
import { SeatDisk } from './disk.js';
import type { SeatNetwork } from './network.js';

/** The repository root, from source (test/cluster) or compiled (dist/test/cluster). */
export const repoRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'tsconfig.json'))) dir = dirname(dir);
  return dir;
})();
export const tesseraBin = join(repoRoot, 'bin', 'tessera.js');
export const peerPort = 7000;
export const clientPort = 7001;
export const metricsPort = 7002;
/** The organism name in the configs (and so the metric prefix). */
export const organismName = 'cluster';
const simulatedMrtd = '00'.repeat(48);

export type KvClientT = InstanceType<typeof KvClient>;

interface LogLine {
  msg?: string;
  [k: string]: unknown;
}

export class Seat {
  child: ChildProcess | undefined;
  exited: Promise<void> = Promise.resolve();
  exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  paused = false;
  starts = 0;
  /** Exits the harness did not cause (crash, fatal storage error), with the log tail at the time. */
  readonly unexpectedExits: { at: number; code: number | null; signal: NodeJS.Signals | null; tail: string }[] = [];
  private expectingExit = false;
  private recent: LogLine[] = [];
  private log: WriteStream;
  private waiters: (() => void)[] = [];
  private client: KvClientT | undefined;

  constructor(
    readonly index: number,
    readonly network: SeatNetwork,
    readonly disk: SeatDisk,
    readonly configFile: string,
    logFile: string,
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
  }

  get name(): string {
    return `s${this.index + 1}`;
  }

  get ip(): string {
    return this.network.ipOf(this.index);
  }

  get peerAddress(): string {
    return `${this.ip}:${peerPort}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.exitInfo === undefined;
  }

  start(): void {
    if (this.running) throw new Error(`${this.name} is already running`);
    this.recent = [];
    this.exitInfo = undefined;
    this.expectingExit = false;
    this.paused = false;
    this.starts++;
    const [cmd, ...pre] = this.network.execPrefix(this.index);
    const child = spawn(cmd!, [...pre, process.execPath, tesseraBin, 'run', '--config', this.configFile, '--no-env-files'], {
      env: { ...process.env, TESSERA_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    if (child.pid !== undefined) this.disk.adopt(child.pid);
    this.log.write(`# ---- start ${this.starts} at ${new Date().toISOString()} pid ${child.pid ?? '?'}\n`);
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      this.log.write(d);
      buf += d.toString('utf8');
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        let parsed: LogLine;
        try {
          parsed = JSON.parse(line) as LogLine;
        } catch {
          parsed = { msg: line };
        }
        this.recent.push(parsed);
        if (this.recent.length > 400) this.recent.splice(0, 200);
        for (const w of this.waiters.splice(0)) w();
      }
    });
    child.stderr!.on('data', (d: Buffer) => this.log.write(d));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        this.log.write(`# ---- exit code ${String(code)} signal ${String(signal)} at ${new Date().toISOString()}\n`);
        if (!this.expectingExit) this.unexpectedExits.push({ at: Date.now(), code, signal, tail: this.tail(25) });
        for (const w of this.waiters.splice(0)) w();
        resolve();
      }),
    );
  }

  async waitFor(msg: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.recent.some((l) => l.msg === msg)) return;
      if (!this.running) throw new Error(`${this.name} exited (${JSON.stringify(this.exitInfo)}) before '${msg}':\n${this.tail()}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.name}: no '${msg}' within ${timeoutMs} ms:\n${this.tail()}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  tail(n = 12): string {
    return this.recent
      .slice(-n)
      .map((l) => JSON.stringify(l))
      .join('\n');
  }

  signal(sig: NodeJS.Signals): void {
    if (!this.running) return;
    if (sig === 'SIGKILL' || sig === 'SIGTERM') this.expectingExit = true;
    if (sig === 'SIGSTOP') this.paused = true;
    if (sig === 'SIGCONT') this.paused = false;
    this.child!.kill(sig);
  }

  async kill9(): Promise<void> {
    if (!this.running) return;
    if (this.paused) this.signal('SIGCONT');
    this.signal('SIGKILL');
    await this.exited;
  }

  /** SIGTERM (a drain), SIGKILL after 15 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    if (this.paused) this.signal('SIGCONT');
    this.signal('SIGTERM');
    const t = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(t);
  }

  /** A kv client for this seat's client service (one channel, reused). */
  kv(): KvClientT {
    this.client ??= new KvClient(`${this.ip}:${clientPort}`, grpc.credentials.createInsecure(), {
      // Reconnect quickly after a restart: the default backoff reaches tens of seconds.
      'grpc.initial_reconnect_backoff_ms': 100,
      'grpc.max_reconnect_backoff_ms': 1000,
    });
    return this.client;
  }

  /** `<prefix>_<name>` gauge from the metrics endpoint, or undefined when it cannot be read. */
  async metric(name: string, timeoutMs = 1000): Promise<number | undefined> {
    try {
      const res = await fetch(`http://${this.ip}:${metricsPort}/metrics`, { signal: AbortSignal.timeout(timeoutMs) });
      const text = await res.text();
      const m = new RegExp(`^${organismName}_${name}\\{[^}]*\\} (\\S+)$`, 'm').exec(text);
      return m === null ? undefined : Number(m[1]);
    } catch {
      return undefined;
    }
  }

  close(): void {
    this.client?.close();
    this.client = undefined;
    this.log.end();
  }
}

export interface SeatConfigOptions {
  readonly simulatedDir: string;
  /** organism.machine (default "kv"). */
  readonly machine?: string;
  /** Appended to the config (more tables for the machine). */
  readonly extra?: (seat: Seat) => string;
}

export function seatToml(o: SeatConfigOptions & { seat: Seat; founder: Seat }): string {
  const { seat, founder } = o;
  const bootstrap = seat === founder;
  return `# test/cluster seat ${seat.name}
[organism]
name = "${organismName}"
machine = "${o.machine ?? 'kv'}"

[admission]
mrtd = ["${simulatedMrtd}"]
allow_debug = false

[seat]
data_dir = "${seat.disk.dataDir}"
peer_listen = "${seat.ip}:${peerPort}"
surface_listen = "${seat.ip}:${clientPort}"
metrics_listen = "${seat.ip}:${metricsPort}"

[raft]
tick_ms = 50
election_ticks = 10
# Small, so a run rolls WAL segments and writes snapshots often: a full disk then bites.
snapshot_entries = 300

[storage]
wal_segment_bytes = 1048576

[committee]
${bootstrap ? 'bootstrap = true' : `join = ["${founder.peerAddress}"]`}

[attestation]
provider = "simulated"
simulated_dir = "${o.simulatedDir}"
${o.extra?.(seat) ?? ''}`;
}

export function writeSeatConfigs(seats: readonly Seat[], options: SeatConfigOptions): void {
  for (const s of seats) writeFileSync(s.configFile, seatToml({ ...options, seat: s, founder: seats[0]! }));
}
