/**
 * `npm run bench:replication [-- --json] [--seconds S] [--warmup S]
 * [--clients 1,16,200] [--conns N] [--no-etcd] [--cpu-prof DIR]
 * [--seat-node-args 'ARGS'] [--keep] [--smoke]`
 *
 * One load generator (this process, @grpc/grpc-js) with N concurrent
 * clients, each keeping one Put outstanding (a new one as soon as the last
 * is answered): 8-byte keys (client number, sequence), 256-byte values.
 * Driven, in the same run and one after the other, against
 *
 * - a 3-seat tessera committee of real `tessera run` processes on 127.0.0.1
 *   (kv machine, fsync on, simulated TDX, peer TLS on) through tessera.kv.v1.Kv/Put;
 * - a 3-member etcd 3.4 cluster (Debian's etcd-server, fsync on) through
 *   etcdserverpb.KV/Put (bench/etcd-kv.ts).
 *
 * Both are driven at their leader (found before each level). Per level:
 * writes/s over `--seconds` after `--warmup`, p50/p99 of the calls that
 * completed in the window, errors, and the CPU the cluster's processes used
 * per 1000 writes. Then each process's peak RSS (VmHWM). Ratios are ours
 * over etcd's for throughput and etcd's over ours for latency (>1: we are
 * better). Targets at 200 clients: >= 1.5x etcd's throughput, p99 no worse
 * than etcd's, no seat above 200 MB peak RSS. With --json the last line is
 * one JSON object {results, ratios, targets}.
 *
 * --smoke: one client for one second, no warm-up, etcd only if installed
 * (nothing is installed): checks the harness end to end, measures nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';

import { kvV1 } from '../src/proto/index.js';
import { decodeEtcdPutRevision, encodeEtcdPut, etcdPutPath } from './etcd-kv.js';
import {
  EtcdCluster,
  TesseraCommittee,
  ensureEtcd,
  etcdVersion,
  killAllNow,
  peakRssBytes,
  stopAll,
  waitUntil,
  type ClusterMember,
} from './replication-procs.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const smoke = args.includes('--smoke');
const optString = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
  return v;
};
const optNumber = (name: string, dflt: number, min: number): number => {
  const s = optString(name);
  if (s === undefined) return dflt;
  const v = Number(s);
  if (!Number.isFinite(v) || v < min) throw new Error(`${name} must be a number >= ${min}, got ${s}`);
  return v;
};
const seconds = optNumber('--seconds', smoke ? 1 : 5, 0.1);
const warmupSeconds = optNumber('--warmup', smoke ? 0 : 1, 0);
const clientCounts = (optString('--clients') ?? (smoke ? '1' : '1,16,200')).split(',').map((s) => {
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--clients takes positive integers separated by commas, got ${s}`);
  return n;
});
const connsMax = optNumber('--conns', 8, 1);
const withEtcd = !args.includes('--no-etcd');
// --keep: the seats' whole output goes to <dir>/tessera/seatN.log and the temp dir is left in place.
const keep = args.includes('--keep');
const cpuProfDir = optString('--cpu-prof');
// Extra node flags for the seats only (A/B of V8 flags, e.g. '--heap-growing-percent=0'), split on spaces.
// Its value starts with '--', so it is read without optString's check.
const seatNodeArgsAt = args.indexOf('--seat-node-args');
if (seatNodeArgsAt >= 0 && args[seatNodeArgsAt + 1] === undefined) throw new Error('--seat-node-args needs a value');
const seatNodeArgs = seatNodeArgsAt < 0 ? [] : args[seatNodeArgsAt + 1]!.split(' ').filter((a) => a.length > 0);
const committeeSize = 3;
const keyBytes = 8;
const valueBytes = 256;
const callDeadlineMs = 10_000;
const targets = { throughputRatio200: 1.5, p99Ratio200: 1.0, seatPeakRssMb: 200 };

const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};

interface Level {
  clients: number;
  writesPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** CPU (user + system) of every cluster process per 1000 writes in the window. */
  clusterCpuMsPer1k: number;
  /** The first error seen, if any. */
  firstError?: string;
}

interface SystemRun {
  levels: Level[];
  /** Peak RSS per process, bytes. */
  peakRss: Record<string, number>;
  version?: string;
}

/** How a system takes a Put. */
interface PutTarget {
  readonly path: string;
  encode(key: Uint8Array, value: Uint8Array): Buffer;
  /** Throws if the response is not a successful Put's. */
  check(response: Buffer): void;
}

const tesseraPut: PutTarget = {
  path: '/tessera.kv.v1.Kv/Put',
  encode: (key, value) => Buffer.from(kvV1.kv.v1.PutRequest.encode({ key, value }).finish()),
  check: (res) => {
    kvV1.kv.v1.PutResponse.decode(res);
  },
};

const etcdPut: PutTarget = {
  path: etcdPutPath,
  encode: encodeEtcdPut,
  check: (res) => {
    if (decodeEtcdPutRevision(res) <= 0) throw new Error('etcd Put answered without a revision');
  },
};

const same = (b: Buffer): Buffer => b;

/** Clock ticks of CPU (user + system) a process has used, from /proc/<pid>/stat. */
function cpuTicks(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 (utime) and 15 (stime) of proc(5), counted from after the command name (field 3 is index 0).
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}
const clockTicksPerSec = 100;

function sumCpuTicks(pids: readonly (number | undefined)[]): number {
  let sum = 0;
  for (const p of pids) sum += cpuTicks(p);
  return sum;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** Opens `conns` channels to `address`, each its own HTTP/2 connection, ready. */
async function openChannels(address: string, conns: number): Promise<grpc.Client[]> {
  const out: grpc.Client[] = [];
  for (let i = 0; i < conns; i++) {
    const c = new grpc.Client(address, grpc.credentials.createInsecure(), { 'grpc.use_local_subchannel_pool': 1 });
    await new Promise<void>((resolve, reject) => c.waitForReady(Date.now() + 10_000, (e) => (e ? reject(e) : resolve())));
    out.push(c);
  }
  return out;
}

/** N clients for warmup + measure seconds against one address; the measure window's figures. */
async function runLevel(target: PutTarget, address: string, clients: number, pids: readonly (number | undefined)[]): Promise<Level> {
  const channels = await openChannels(address, Math.min(clients, connsMax));
  const latencies: number[] = [];
  let completed = 0;
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const measureFrom = started + warmupSeconds * 1000;
  const measureTo = measureFrom + seconds * 1000;
  let cpuAtStart = 0;
  const cpuTimer = setTimeout(() => (cpuAtStart = sumCpuTicks(pids)), warmupSeconds * 1000);
  let cpuAtEnd = 0;
  const cpuEndTimer = setTimeout(() => (cpuAtEnd = sumCpuTicks(pids)), (warmupSeconds + seconds) * 1000);

  const client = (n: number): Promise<void> =>
    new Promise((resolve) => {
      const channel = channels[n % channels.length]!;
      const key = Buffer.alloc(keyBytes);
      key.writeUInt32BE(n, 0);
      const value = Buffer.alloc(valueBytes, n & 0xff);
      let seq = 0;
      const issue = (): void => {
        if (performance.now() >= measureTo) return resolve();
        key.writeUInt32BE(seq++ >>> 0, 4);
        const t0 = performance.now();
        channel.makeUnaryRequest(target.path, same, same, target.encode(key, value), new grpc.Metadata(), { deadline: Date.now() + callDeadlineMs }, (e, res) => {
          const t1 = performance.now();
          let failed: string | undefined;
          if (e !== null) failed = `${grpc.status[e.code] ?? e.code}: ${e.details}`;
          else {
            try {
              target.check(res as Buffer);
            } catch (err) {
              failed = (err as Error).message;
            }
          }
          if (failed !== undefined) {
            errors++;
            firstError ??= failed;
            // Back off a little so a refusing server is not hammered.
            setTimeout(issue, 20);
            return;
          }
          if (t1 >= measureFrom && t1 <= measureTo) {
            completed++;
            latencies.push(t1 - t0);
          }
          issue();
        });
      };
      issue();
    });

  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  clearTimeout(cpuTimer);
  clearTimeout(cpuEndTimer);
  if (cpuAtEnd === 0) cpuAtEnd = sumCpuTicks(pids);
  for (const c of channels) c.close();
  const sorted = Float64Array.from(latencies).sort();
  const cpuMs = ((cpuAtEnd - cpuAtStart) / clockTicksPerSec) * 1000;
  return {
    clients,
    writesPerSec: completed / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    errors,
    clusterCpuMsPer1k: completed > 0 ? (cpuMs / completed) * 1000 : NaN,
    ...(firstError !== undefined ? { firstError } : {}),
  };
}

/** The tessera seat that accepts a Put now (the leader). */
async function tesseraLeader(members: readonly ClusterMember[]): Promise<ClusterMember> {
  const key = Buffer.from('benchldr');
  const value = Buffer.alloc(valueBytes);
  return waitUntil(async () => {
    for (const m of members) {
      const c = new grpc.Client(m.clientAddress, grpc.credentials.createInsecure());
      const ok = await new Promise<boolean>((resolve) =>
        c.makeUnaryRequest(tesseraPut.path, same, same, tesseraPut.encode(key, value), new grpc.Metadata(), { deadline: Date.now() + 3_000 }, (e) => resolve(e === null)),
      );
      c.close();
      if (ok) return m;
    }
    return undefined;
  }, 30_000, 'the tessera leader', 200);
}

function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-';
}

function printLevel(name: string, l: Level): void {
  log(
    `${name.padEnd(8)} ${String(l.clients).padStart(4)} clients: ${fmt(l.writesPerSec, 0).padStart(8)} writes/s  p50 ${fmt(l.p50Ms, 2).padStart(8)} ms  p99 ${fmt(l.p99Ms, 2).padStart(8)} ms  cpu ${fmt(l.clusterCpuMsPer1k, 0).padStart(6)} ms/1k  errors ${l.errors}${l.firstError !== undefined ? ` (first: ${l.firstError})` : ''}`,
  );
}

async function runTessera(root: string): Promise<SystemRun> {
  const dir = join(root, 'tessera');
  mkdirSync(dir);
  const nodeArgs = [...(cpuProfDir !== undefined ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), ...seatNodeArgs];
  log(`tessera: starting ${committeeSize} seats under ${dir}${cpuProfDir !== undefined ? ` (CPU profiles to ${cpuProfDir})` : ''}`);
  const committee = await TesseraCommittee.start(dir, committeeSize, nodeArgs, keep);
  try {
    const pids = committee.members.map((m) => m.proc.pid);
    const levels: Level[] = [];
    for (const clients of clientCounts) {
      const leader = await tesseraLeader(committee.members);
      const level = await runLevel(tesseraPut, leader.clientAddress, clients, pids);
      printLevel('tessera', level);
      levels.push(level);
    }
    const peakRss: Record<string, number> = {};
    for (const m of committee.members) peakRss[m.name] = peakRssBytes(m.proc.pid) ?? NaN;
    return { levels, peakRss };
  } finally {
    await committee.stop();
  }
}

async function runEtcd(root: string, version: string): Promise<SystemRun> {
  const dir = join(root, 'etcd');
  mkdirSync(dir);
  log(`etcd: starting ${committeeSize} members (${version}) under ${dir}`);
  const cluster = await EtcdCluster.start(dir, committeeSize);
  try {
    const pids = cluster.members.map((m) => m.proc.pid);
    const levels: Level[] = [];
    for (const clients of clientCounts) {
      const leader = await cluster.leader();
      const level = await runLevel(etcdPut, leader.clientAddress, clients, pids);
      printLevel('etcd', level);
      levels.push(level);
    }
    const peakRss: Record<string, number> = {};
    for (const m of cluster.members) peakRss[m.name] = peakRssBytes(m.proc.pid) ?? NaN;
    return { levels, peakRss, version };
  } finally {
    await cluster.stop();
  }
}

const mb = (bytes: number): number => bytes / (1024 * 1024);
const round = (n: number, digits = 3): number | null => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

async function main(): Promise<void> {
  const base = optString('--dir') ?? tmpdir();
  const root = mkdtempSync(join(base, 'tessera-bench-replication-'));
  const onSignal = (sig: NodeJS.Signals): void => {
    killAllNow();
    rmSync(root, { recursive: true, force: true });
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', killAllNow);

  const load = loadavg();
  log(
    `bench:replication: ${committeeSize} members each, clients ${clientCounts.join('/')}, ${keyBytes}-byte keys, ${valueBytes}-byte values, ` +
      `${warmupSeconds} s warm-up + ${seconds} s per level, up to ${connsMax} connections; node ${process.version}, ${cpus().length} CPUs, ` +
      `load average ${load.map((l) => l.toFixed(2)).join(' ')}`,
  );

  let etcdNote: string | undefined;
  let version: string | undefined;
  if (withEtcd) {
    if (smoke) {
      version = etcdVersion();
      if (version === undefined) etcdNote = 'etcd not installed (--smoke installs nothing)';
    } else {
      const got = ensureEtcd(log);
      if ('version' in got) version = got.version;
      else etcdNote = got.missing;
    }
    if (version !== undefined && !/\b3\.4\./.test(version)) log(`note: ${version} is not etcd 3.4, the version the targets were set against`);
  } else {
    etcdNote = 'etcd skipped (--no-etcd)';
  }
  if (etcdNote !== undefined) log(etcdNote);

  let tessera: SystemRun;
  let etcd: SystemRun | undefined;
  try {
    tessera = await runTessera(root);
    if (version !== undefined) etcd = await runEtcd(root, version);
  } finally {
    await stopAll();
    if (keep) log(`kept ${root} (seat logs: ${join(root, 'tessera', 'seat*.log')})`);
    else rmSync(root, { recursive: true, force: true });
  }

  log('');
  log('peak RSS (VmHWM):');
  for (const [name, bytes] of Object.entries(tessera.peakRss)) log(`  tessera ${name}: ${fmt(mb(bytes))} MB`);
  for (const [name, bytes] of Object.entries(etcd?.peakRss ?? {})) log(`  ${name}: ${fmt(mb(bytes))} MB`);

  const ratios: Record<string, number | null> = {};
  if (etcd !== undefined) {
    log('');
    log('ratios (>1: tessera better): throughput ours/etcd, latency etcd/ours');
    for (let i = 0; i < clientCounts.length; i++) {
      const ours = tessera.levels[i]!;
      const theirs = etcd.levels[i]!;
      const c = clientCounts[i]!;
      ratios[`throughput_${c}`] = round(ours.writesPerSec / theirs.writesPerSec);
      ratios[`p50_${c}`] = round(theirs.p50Ms / ours.p50Ms);
      ratios[`p99_${c}`] = round(theirs.p99Ms / ours.p99Ms);
      log(`  ${String(c).padStart(4)} clients: throughput ${fmt(ours.writesPerSec / theirs.writesPerSec, 2)}x  p50 ${fmt(theirs.p50Ms / ours.p50Ms, 2)}x  p99 ${fmt(theirs.p99Ms / ours.p99Ms, 2)}x`);
    }
  }
  const seatPeakMb = Math.max(...Object.values(tessera.peakRss).map(mb));
  const at200 = ratios['throughput_200'] !== undefined;
  const targetReport: Record<string, { target: number; measured: number | null; met: boolean }> = {
    seat_peak_rss_mb: { target: targets.seatPeakRssMb, measured: round(seatPeakMb, 1), met: seatPeakMb <= targets.seatPeakRssMb },
  };
  if (at200) {
    const t = ratios['throughput_200'] ?? null;
    const p = ratios['p99_200'] ?? null;
    targetReport['throughput_200_vs_etcd'] = { target: targets.throughputRatio200, measured: t, met: t !== null && t >= targets.throughputRatio200 };
    targetReport['p99_200_etcd_over_ours'] = { target: targets.p99Ratio200, measured: p, met: p !== null && p >= targets.p99Ratio200 };
  }
  log('');
  log('targets:');
  for (const [name, t] of Object.entries(targetReport)) log(`  ${name}: target ${t.target}, measured ${t.measured ?? '-'}: ${t.met ? 'met' : 'NOT met'}`);
  if (!at200) log('  (the throughput and p99 targets need 200 clients and etcd in the run)');

  if (json) {
    const levels = (run: SystemRun | undefined) =>
      run === undefined
        ? null
        : Object.fromEntries(
            run.levels.map((l) => [
              String(l.clients),
              {
                writesPerSec: round(l.writesPerSec, 1),
                p50Ms: round(l.p50Ms),
                p99Ms: round(l.p99Ms),
                errors: l.errors,
                clusterCpuMsPer1k: round(l.clusterCpuMsPer1k, 1),
              },
            ]),
          );
    const rss = (run: SystemRun | undefined) => (run === undefined ? null : Object.fromEntries(Object.entries(run.peakRss).map(([k, v]) => [k, round(mb(v), 1)])));
    log(
      JSON.stringify({
        results: {
          tessera: levels(tessera),
          etcd: levels(etcd),
          peakRssMb: { tessera: rss(tessera), etcd: rss(etcd) },
          etcdVersion: version ?? null,
          ...(etcdNote !== undefined ? { etcdNote } : {}),
          seconds,
          warmupSeconds,
          loadAverage: load.map((l) => round(l, 2)),
        },
        ratios,
        targets: targetReport,
      }),
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:replication failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  killAllNow();
  process.exitCode = 1;
});
