/**
 * The clusters bench:replication drives, as real processes on 127.0.0.1
 * with their data under one temporary directory:
 *
 * - a tessera committee: `tessera run` processes (kv machine, simulated
 *   TDX, fsync on, peer TLS on as in production, default Raft timing); the
 *   first bootstraps, the others join by attestation and are promoted;
 * - an etcd cluster: `etcd` members from Debian's etcd-server package
 *   (3.4), a static initial cluster, fsync on (etcd's default).
 *
 * Every process started is tracked so that stopAll() (also called on
 * SIGINT/SIGTERM and at exit) leaves none behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tesseraBin = join(repoRoot, 'bin', 'tessera.js');
/** The simulated provider's MR_TD (what its quotes report). */
const simulatedMrtd = '00'.repeat(48);

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

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something other than undefined, or throws naming `what`. */
export async function waitUntil<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number, what: string, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Peak resident set of a live process (VmHWM in /proc/<pid>/status), in bytes; undefined if unreadable. */
export function peakRssBytes(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? undefined : Number(m[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** One started process: its output kept as a short tail for error messages. */
export class Proc {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  private tailLines: string[] = [];
  private listeners: ((line: string) => void)[] = [];

  constructor(
    readonly name: string,
    command: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
    /** When set, every output line is also appended to this file (--keep). */
    private readonly logFile?: string,
  ) {
    this.child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(this);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', () => {
        live.delete(this);
        resolve();
      }),
    );
    this.child.once('error', (e) => this.keep(`spawn failed: ${e.message}`));
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      let buf = '';
      stream.on('data', (d: Buffer) => {
        buf += d.toString('utf8');
        let i: number;
        while ((i = buf.indexOf('\n')) >= 0) {
          this.keep(buf.slice(0, i));
          buf = buf.slice(i + 1);
        }
      });
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private keep(line: string): void {
    if (this.logFile !== undefined) appendFileSync(this.logFile, `${line}\n`);
    this.tailLines.push(line);
    if (this.tailLines.length > 40) this.tailLines.shift();
    for (const l of this.listeners) l(line);
  }

  /** Resolves on the first output line (from now on, or in the kept tail) that `match` accepts. */
  waitForLine(match: (line: string) => boolean, timeoutMs: number, what: string): Promise<void> {
    if (this.tailLines.some(match)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        if (err === undefined) resolve();
        else reject(err);
      };
      const listener = (line: string) => {
        if (match(line)) done();
      };
      const timer = setTimeout(() => done(new Error(`${this.name}: no ${what} within ${timeoutMs} ms\n${this.tail()}`)), timeoutMs);
      this.listeners.push(listener);
      void this.exited.then(() => done(new Error(`${this.name} exited (${String(this.child.exitCode ?? this.child.signalCode)}) before ${what}\n${this.tail()}`)));
    });
  }

  tail(): string {
    return this.tailLines.slice(-15).join('\n');
  }

  /** SIGTERM, then SIGKILL if it has not exited after graceMs. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => {
      if (this.running) this.child.kill('SIGKILL');
    }, graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

const live = new Set<Proc>();

/** Stops every process this module started (best effort, each by its own pid). */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((p) => p.stop().catch(() => undefined)));
}

/** At interruption or an unexpected exit, no cluster process may be left behind. */
export function killAllNow(): void {
  for (const p of live) if (p.running) p.child.kill('SIGKILL');
}

// ------------------------------------------------------------------ tessera

interface SeatFiles {
  readonly name: string;
  readonly config: string;
  readonly dataDir: string;
  readonly peerPort: number;
  readonly clientPort: number;
}

function seatToml(o: { name: string; dataDir: string; peer: number; client: number; simulatedDir: string; bootstrap: boolean; join: string | undefined }): string {
  return `# bench:replication seat ${o.name}
[organism]
name = "bench"
machine = "kv"

[admission]
mrtd = ["${simulatedMrtd}"]
allow_debug = false

[seat]
data_dir = "${o.dataDir}"
peer_listen = "127.0.0.1:${o.peer}"
surface_listen = "127.0.0.1:${o.client}"
log_level = "info"

[committee]
${o.bootstrap ? 'bootstrap = true' : ''}
${o.join !== undefined ? `join = ["${o.join}"]` : ''}

[attestation]
provider = "simulated"
simulated_dir = "${o.simulatedDir}"
`;
}

export interface ClusterMember {
  readonly name: string;
  readonly proc: Proc;
  /** host:port of its client API (kv service, or etcd's client URL without scheme). */
  readonly clientAddress: string;
}

export class TesseraCommittee {
  readonly members: ClusterMember[] = [];

  private constructor(readonly root: string) {}

  /** Founds a committee of `size` seats and waits until all are voters. */
  static async start(root: string, size: number, extraNodeArgs: readonly string[] = [], keepLogs = false): Promise<TesseraCommittee> {
    if (!existsSync(join(repoRoot, 'dist', 'src', 'cli', 'entry.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` first');
    const committee = new TesseraCommittee(root);
    const simulatedDir = join(root, 'simulated-tdx');
    const seats: SeatFiles[] = [];
    let founderPeer = '';
    for (let i = 1; i <= size; i++) {
      const name = `seat${i}`;
      const [peer, client] = [await freePort(), await freePort()];
      const dataDir = join(root, name);
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      const config = join(root, `${name}.toml`);
      if (i === 1) founderPeer = `127.0.0.1:${peer}`;
      writeFileSync(config, seatToml({ name, dataDir, peer, client, simulatedDir, bootstrap: i === 1, join: i === 1 ? undefined : founderPeer }));
      seats.push({ name, config, dataDir, peerPort: peer, clientPort: client });
    }
    const env = { ...process.env, TESSERA_LOG_LEVEL: 'info' };
    const startSeat = (s: SeatFiles): ClusterMember => {
      const proc = new Proc(s.name, process.execPath, [...extraNodeArgs, tesseraBin, 'run', '--config', s.config, '--no-env-files'], env, keepLogs ? join(root, `${s.name}.log`) : undefined);
      const m = { name: s.name, proc, clientAddress: `127.0.0.1:${s.clientPort}` };
      committee.members.push(m);
      return m;
    };
    const founder = startSeat(seats[0]!);
    await founder.proc.waitForLine((l) => l.includes('"msg":"serving"'), 60_000, 'serving');
    const joiners = seats.slice(1).map(startSeat);
    for (const j of joiners) await j.proc.waitForLine((l) => l.includes('"msg":"admitted to the committee"'), 120_000, 'admission');
    const socket = join(seats[0]!.dataDir, 'admin.sock');
    await waitUntil(() => {
      const r = spawnSync(process.execPath, [tesseraBin, 'status', '--socket', socket, '--json'], { encoding: 'utf8', timeout: 30_000 });
      if (r.status !== 0) return undefined;
      const st = JSON.parse(r.stdout) as { members: { role: string }[] };
      return st.members.length === size && st.members.every((m) => m.role === 'voter') ? true : undefined;
    }, 120_000, `${size} voters`, 500);
    return committee;
  }

  async stop(): Promise<void> {
    await Promise.all(this.members.map((m) => m.proc.stop()));
  }
}

// --------------------------------------------------------------------- etcd

export const etcdBinary = '/usr/bin/etcd';

/** `etcd --version`'s first line, or undefined when etcd is not installed. */
export function etcdVersion(): string | undefined {
  if (!existsSync(etcdBinary)) return undefined;
  const r = spawnSync(etcdBinary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.split('\n')[0]?.trim() : undefined;
}

/**
 * Installs Debian's etcd-server when etcd is missing and we are root;
 * otherwise says how. Returns the version line, or a reason it is missing.
 */
export function ensureEtcd(log: (s: string) => void): { version: string } | { missing: string } {
  const have = etcdVersion();
  if (have !== undefined) return { version: have };
  const how = 'install it with `apt-get install -y etcd-server` (Debian bookworm ships etcd 3.4)';
  if (process.getuid?.() !== 0) return { missing: `etcd is not installed and this is not root: ${how}` };
  log('etcd not installed: apt-get install -y etcd-server');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', 'etcd-server'], { encoding: 'utf8', env, timeout: 600_000 });
  if (r.status !== 0) {
    // A fresh machine has no package lists yet.
    spawnSync('apt-get', ['update'], { encoding: 'utf8', env, timeout: 600_000 });
    r = spawnSync('apt-get', ['install', '-y', 'etcd-server'], { encoding: 'utf8', env, timeout: 600_000 });
  }
  const after = etcdVersion();
  if (after === undefined) return { missing: `apt-get install -y etcd-server failed (${r.stderr.trim().split('\n').pop() ?? ''}): ${how}` };
  return { version: after };
}

interface EtcdStatus {
  header?: { member_id?: string };
  leader?: string;
}

async function etcdStatus(clientUrl: string): Promise<EtcdStatus | undefined> {
  try {
    // etcd's gRPC gateway (JSON over HTTP on the client port): Maintenance.Status.
    const res = await fetch(`${clientUrl}/v3/maintenance/status`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(2_000) });
    return res.ok ? ((await res.json()) as EtcdStatus) : undefined;
  } catch {
    return undefined;
  }
}

export class EtcdCluster {
  readonly members: ClusterMember[] = [];

  private constructor(readonly root: string) {}

  /** Starts `size` members with a static initial cluster and waits for a leader that every member knows. */
  static async start(root: string, size: number): Promise<EtcdCluster> {
    const cluster = new EtcdCluster(root);
    const specs: { name: string; client: number; peer: number; dataDir: string }[] = [];
    for (let i = 1; i <= size; i++) specs.push({ name: `etcd${i}`, client: await freePort(), peer: await freePort(), dataDir: join(root, `etcd${i}`) });
    const initialCluster = specs.map((s) => `${s.name}=http://127.0.0.1:${s.peer}`).join(',');
    for (const s of specs) {
      const args = [
        `--name=${s.name}`,
        `--data-dir=${s.dataDir}`,
        `--listen-client-urls=http://127.0.0.1:${s.client}`,
        `--advertise-client-urls=http://127.0.0.1:${s.client}`,
        `--listen-peer-urls=http://127.0.0.1:${s.peer}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${s.peer}`,
        `--initial-cluster=${initialCluster}`,
        '--initial-cluster-state=new',
        '--initial-cluster-token=tessera-bench',
        '--logger=zap',
        '--log-outputs=stderr',
        '--log-level=warn',
      ];
      const proc = new Proc(s.name, etcdBinary, args, { ...process.env });
      cluster.members.push({ name: s.name, proc, clientAddress: `127.0.0.1:${s.client}` });
    }
    await waitUntil(async () => {
      for (const m of cluster.members) if (!m.proc.running) throw new Error(`${m.name} exited while starting:\n${m.proc.tail()}`);
      const st = await Promise.all(cluster.members.map((m) => etcdStatus(`http://${m.clientAddress}`)));
      const leaders = new Set(st.map((s) => s?.leader));
      return st.every((s) => s?.leader !== undefined && s.leader !== '0') && leaders.size === 1 ? true : undefined;
    }, 60_000, 'an etcd leader', 200);
    return cluster;
  }

  /** The member that leads now. */
  async leader(): Promise<ClusterMember> {
    return waitUntil(async () => {
      for (const m of this.members) {
        const st = await etcdStatus(`http://${m.clientAddress}`);
        if (st?.leader !== undefined && st.leader === st.header?.member_id) return m;
      }
      return undefined;
    }, 30_000, 'the etcd leader');
  }

  async stop(): Promise<void> {
    await Promise.all(this.members.map((m) => m.proc.stop()));
  }
}
