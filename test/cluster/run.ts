/**
 * One run of the multi-process fault suite: start the seats, drive the
 * workload, inject faults from the seed, heal, wait for quiet, check. A
 * failing run keeps its directory (history, seat logs, report, seed) and
 * says how to replay it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { removeStaleDiskGroups, SeatDisk } from './disk.js';
import { networkAvailability, removeStaleNetworks, SeatNetwork } from './network.js';
import { faultKinds, faultSchedule, Nemesis, type FaultEvent, type FaultKind, type FaultTally } from './nemesis.js';
import { Rng } from './rng.js';
import { Seat, writeSeatConfigs } from './seats.js';
import { KvWorkload } from './kv-workload.js';
import type { OperationCounts, Workload, WorkloadContext } from './workload.js';

export interface RunOptions {
  readonly seed: number;
  readonly seconds: number;
  /** 3 or 5. */
  readonly seats: number;
  readonly clients?: number;
  /** Fault kinds to draw from (default: all). */
  readonly faults?: readonly FaultKind[];
  /** Keep the run directory even when the run passes. */
  readonly keep?: boolean;
  readonly log?: (line: string) => void;
  /** The workload (default: the kv workload). */
  readonly workload?: () => Workload;
  /** Its name, for the replay command (default "kv"). */
  readonly workloadName?: string;
}

export interface RunReport {
  seed: number;
  seats: number;
  seconds: number;
  workload: string;
  passed: boolean;
  faults: Record<FaultKind, FaultTally>;
  faultEvents: FaultEvent[];
  operations: OperationCounts;
  anomalies: string[];
  notes: string[];
  details: Record<string, unknown>;
  /** Seat exits the harness did not cause (those on a full disk are in notes). */
  unexpectedExits: { seat: string; code: number | null; signal: string | null }[];
  elapsedMs: number;
  /** Where the history and logs were kept (failed runs, or --keep). */
  dir?: string;
  replay: string;
}

export const diskSizeMb = 96;

export function replayCommand(o: { seed: number; seconds: number; seats: number; workloadName?: string }): string {
  const w = o.workloadName !== undefined && o.workloadName !== 'kv' ? ` --workload ${o.workloadName}` : '';
  return `npm run test:cluster -- --runs 1 --seconds ${o.seconds} --seats ${o.seats} --seed ${o.seed}${w}`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Synchronous teardowns of the runs in progress, for a harness interrupted by a signal. */
const inProgress = new Set<() => void>();

/** Kills the seats and removes the namespaces, mounts and loop devices of every run in progress (SIGINT). */
export function abortRuns(): void {
  for (const teardown of inProgress) teardown();
  inProgress.clear();
}

/** Why the suite cannot run here, or undefined when it can. */
export function clusterUnavailable(): string | undefined {
  const net = networkAvailability();
  return net.ok ? undefined : net.reason;
}

export async function runOnce(o: RunOptions): Promise<RunReport> {
  const log = o.log ?? (() => undefined);
  const started = Date.now();
  if (o.seats !== 3 && o.seats !== 5) throw new Error(`--seats must be 3 or 5, got ${o.seats}`);
  removeStaleNetworks();
  removeStaleDiskGroups();
  const rng = new Rng(o.seed);
  const dir = mkdtempSync(join(tmpdir(), `tessera-cluster-${o.seed}-`));
  const network = new SeatNetwork(o.seats);
  const disks = Array.from({ length: o.seats }, (_, i) => new SeatDisk(join(dir, `disk-s${i + 1}`), diskSizeMb));
  const seats: Seat[] = [];
  const workload: Workload = (o.workload ?? (() => new KvWorkload()))();
  const ctx: WorkloadContext = { seats, rng: rng.fork(7), clients: o.clients ?? 6 };
  let nemesis: Nemesis | undefined;
  const report: RunReport = {
    seed: o.seed,
    seats: o.seats,
    seconds: o.seconds,
    workload: workload.name,
    passed: false,
    faults: Object.fromEntries(faultKinds.map((k) => [k, { applied: 0, skipped: 0 }])) as Record<FaultKind, FaultTally>,
    faultEvents: [],
    operations: { ok: 0, failed: 0, unknown: 0 },
    anomalies: [],
    notes: [],
    details: {},
    unexpectedExits: [],
    elapsedMs: 0,
    replay: replayCommand(o),
  };
  const emergency = () => {
    const pids = seats.flatMap((s) => (s.running && s.child?.pid !== undefined ? [s.child.pid] : []));
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    // Wait (synchronously: we are exiting) until they are gone, so their filesystems can be unmounted.
    for (let k = 0; k < 50 && pids.some((p) => existsSync(`/proc/${p}/exe`)); k++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    for (const d of disks) d.teardown();
    network.teardown();
  };
  inProgress.add(emergency);
  try {
    network.setup();
    for (const d of disks) d.setup();
    mkdirSync(join(dir, 'simulated-tdx'), { recursive: true });
    await workload.prepare?.({ hostIp: network.hostIp, dir, log });
    for (let i = 0; i < o.seats; i++) seats.push(new Seat(i, network, disks[i]!, join(dir, `s${i + 1}.toml`), join(dir, `s${i + 1}.log`)));
    writeSeatConfigs(seats, {
      simulatedDir: join(dir, 'simulated-tdx'),
      ...(workload.machine !== undefined ? { machine: workload.machine } : {}),
      ...(workload.seatConfigExtra !== undefined ? { extra: (s: Seat) => workload.seatConfigExtra!(s) } : {}),
    });
    log(`run seed ${o.seed}: ${o.seats} seats on ${network.subnet}.0/24, disks ${disks[0]!.kind}, dir ${dir}`);

    // Found the committee: the first seat bootstraps, the others join by attestation and are promoted.
    seats[0]!.start();
    await seats[0]!.waitFor('serving', 30_000);
    for (const s of seats.slice(1)) s.start();
    for (const s of seats.slice(1)) await s.waitFor('admitted to the committee', 60_000);
    await waitFor(async () => (await seats[0]!.metric('committee_members')) === o.seats, 60_000, `${o.seats} voters`);
    log(`  committee of ${o.seats} formed in ${Date.now() - started} ms`);

    // Clients and faults for o.seconds.
    nemesis = new Nemesis(seats, network, disks, rng.fork(3), log);
    const schedule = faultSchedule(rng.fork(5), o.seconds, o.faults ?? faultKinds);
    workload.start(ctx);
    await nemesis.run(schedule, Date.now() + o.seconds * 1000);
    await workload.stop();
    await nemesis.healAll();

    const quiet = await waitQuiet(seats, 60_000, workload.quietSpread ?? 0);
    if (!quiet.ok) report.anomalies.push(`no quiet within 60 s after healing: ${quiet.detail}`);
    const check = await workload.check(ctx);
    report.operations = check.operations;
    report.anomalies.push(...check.anomalies);
    report.notes.push(...check.notes);
    report.details = { ...check.details, quiet: quiet.detail };
  } catch (e) {
    report.anomalies.push(`harness: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    nemesis?.stop();
    await workload.stop().catch(() => undefined); // a harness error may leave the clients running
    if (nemesis !== undefined) {
      report.faults = nemesis.tally();
      report.faultEvents = nemesis.events;
    }
    await Promise.all(seats.map((s) => s.stop().catch(() => undefined)));
    await workload.teardown?.().catch(() => undefined);
    for (const s of seats) {
      for (const x of s.unexpectedExits) {
        if (nemesis?.stoppedByFullDisk(s.name, x) === true) {
          report.notes.push(`${s.name} stopped on a full disk (exit ${String(x.code)}) and was restarted`);
          continue;
        }
        report.unexpectedExits.push({ seat: s.name, code: x.code, signal: x.signal });
        report.anomalies.push(`${s.name} exited on its own (code ${String(x.code)}, signal ${String(x.signal)}); log tail:\n${x.tail}`);
      }
      s.close();
    }
    for (const d of disks) d.teardown();
    network.teardown();
    inProgress.delete(emergency);
  }
  report.passed = report.anomalies.length === 0;
  report.elapsedMs = Date.now() - started;
  if (!report.passed || o.keep === true) {
    writeFileSync(join(dir, 'history.json'), JSON.stringify(workload.history()));
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report, null, 2));
    writeFileSync(join(dir, 'REPLAY'), `seed ${o.seed}\n${report.replay}\n`);
    report.dir = dir;
  } else {
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

async function waitFor(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(250);
  }
}

/**
 * A leader, every seat up, and every seat's applied index equal and unchanged across two looks a second apart;
 * with `spread` > 0 (a machine that never stops writing), within `spread` of each other on two looks in a row.
 */
async function waitQuiet(seats: readonly Seat[], timeoutMs: number, spread: number): Promise<{ ok: boolean; detail: string }> {
  const until = Date.now() + timeoutMs;
  let previous = '';
  let detail = '';
  while (Date.now() < until) {
    const applied = await Promise.all(seats.map((s) => s.metric('raft_applied_index')));
    const leaders = await Promise.all(seats.map((s) => s.metric('raft_leader_is_local')));
    const view = applied.map((a) => String(a)).join(',');
    detail = `applied ${view}; leader ${seats.filter((_, i) => leaders[i] === 1).map((s) => s.name).join(',') || 'none'}`;
    const known = applied.filter((a): a is number => a !== undefined);
    const close = known.length === applied.length && Math.max(...known) - Math.min(...known) <= spread;
    const settled = close && leaders.filter((l) => l === 1).length === 1;
    if (settled && (spread > 0 ? previous !== '' : view === previous)) return { ok: true, detail };
    previous = settled ? view : '';
    await sleep(1_100);
  }
  return { ok: false, detail };
}
