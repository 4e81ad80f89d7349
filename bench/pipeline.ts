/**
 * `npm run bench:pipeline [-- --json] [--records N] [--rate R] [--seconds S] [--inflight N]`:
 * the whole pipeline as processes on 127.0.0.1. Two demo upstreams
 * (src/surface/upstream-main.ts) and a committee of three `tessera run`
 * seats (organism machine, simulated TDX, TLS between seats, fsync on,
 * strict evidence mode: every seat checks every Observe against its own view
 * of the upstreams). An integrator subscribes to a follower's surface.
 *
 * - throughput: each upstream publishes N records at once (same keys on
 *   both); observations committed per second = 2N / (time from publishing
 *   to the last fact on the surface);
 * - latency: each upstream publishes R records per second for S seconds;
 *   publish → fact = when the fact reached the integrator minus the later
 *   of the two upstream records' publish times (one clock: same machine);
 * - memory: each seat's RSS when idle (committee formed, nothing flowing)
 *   and its peak RSS (VmHWM) at the end.
 *
 * There is no reference implementation to run here: ratios are measured over
 * the targets (> 1 = better than the target). With --json the last line is
 * one JSON object {results, ratios, targets}.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import type { Fact } from '../src/common/fact.js';
import { SurfaceClient } from '../src/surface/index.js';
import { Cluster, freePort, UpstreamHandle, waitUntil, type OrganismSpec, type SeatHandle } from '../test/integration/harness.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : dflt;
  if (!Number.isSafeInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer`);
  return v;
};
const records = opt('--records', 20_000);
const rate = opt('--rate', 2_000);
const seconds = opt('--seconds', 5);
// --inflight N: [driver] observations_inflight_max for the seats (default: the config default).
const inflight = args.includes('--inflight') ? opt('--inflight', 1024) : undefined;

const targets = { observationsPerSec: 20_000, p99Ms: 100, peakRssMb: 200, idleRssMb: 100 };

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

function procKb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  if (pid === undefined) return 0;
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/** User + system CPU time of a process so far, in ms (/proc/PID/stat fields 14 and 15, in clock ticks of 10 ms). */
function procCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Follows a surface from `from` (resubscribing after a slow-consumer cut-off),
 * calling `onFact` with each fact and its arrival time until it returns true.
 */
function follow(endpoint: string, fingerprint: string, from: number, onFact: (f: Fact, atMs: number) => boolean): { done: Promise<void>; cancel: () => void } {
  const c = new SurfaceClient(endpoint, fingerprint);
  const abort = new AbortController();
  const done = c
    .follow(
      from,
      (f) => {
        if (onFact(f, Date.now())) abort.abort();
      },
      { signal: abort.signal, retryDelayMs: 10, retriesMax: 100 },
    )
    .then(
      () => undefined,
      (e: unknown) => {
        if (!abort.signal.aborted) throw e;
      },
    )
    .finally(() => c.close());
  return { done, cancel: () => abort.abort() };
}

async function main(): Promise<void> {
  const cluster = new Cluster();
  const ups = [new UpstreamHandle('alpha', await freePort(), 1_000_000_000), new UpstreamHandle('beta', await freePort(), 1_000_000_000)];
  try {
    await Promise.all(ups.map((u) => u.start()));
    const organism: OrganismSpec = {
      members: ups.map((u) => ({ name: u.name, stableId: u.ready!.stableId, endpoints: [u.endpoint] })),
      policy: 'stall',
      deadlineMs: 30_000,
      ...(inflight !== undefined ? { driver: `observations_inflight_max = ${inflight}` } : {}),
    };
    const founder = await cluster.add({ name: 'm1', bootstrap: true, organism });
    // PIPELINE_CPU_PROF_DIR=DIR: each seat writes a V8 CPU profile there when it stops.
    const nodeArgs = process.env.PIPELINE_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PIPELINE_CPU_PROF_DIR}`] : [];
    // PIPELINE_NODE_ARGS="...": extra node flags for every seat (V8 heap experiments).
    if (process.env.PIPELINE_NODE_ARGS) nodeArgs.push(...process.env.PIPELINE_NODE_ARGS.split(' ').filter((a) => a.length > 0));
    founder.start({}, nodeArgs);
    await founder.waitServing();
    const seats: SeatHandle[] = [founder];
    for (const name of ['m2', 'm3']) seats.push(await cluster.add({ name, join: [founder.peerAddress], organism }));
    for (const s of seats.slice(1)) s.start({}, nodeArgs);
    for (const s of seats.slice(1)) await s.waitForLog((l) => l.msg === 'admitted to the committee', 60_000, 'admission');
    const discovery = new SurfaceClient(`127.0.0.1:${seats[2]!.clientPort}`, '');
    const fingerprint = Buffer.from((await discovery.status()).fingerprint).toString('hex');
    discovery.close();
    const reader = seats[2]!;
    const endpoint = `127.0.0.1:${reader.clientPort}`;
    const lastSeq = async () => {
      const c = new SurfaceClient(endpoint, fingerprint);
      try {
        return (await c.status()).lastSequence;
      } finally {
        c.close();
      }
    };
    // The upstreams' clock slot (published once at start) completes first.
    await waitUntil(async () => ((await lastSeq()) >= 1 ? true : undefined), 60_000, 'the first fact');
    await new Promise((r) => setTimeout(r, 3000));
    const idleRssMb = seats.map((s) => procKb(s.child?.pid, 'VmRSS') / 1024);

    // Throughput: N records on each upstream at once.
    let base = await lastSeq();
    let lastAt = 0;
    const throughputFollow = follow(endpoint, fingerprint, base + 1, (f, at) => {
      lastAt = at;
      return f.sequence >= base + records;
    });
    const loadBefore = loadAverage();
    const cpu0 = seats.map((s) => procCpuMs(s.child?.pid));
    const t0 = Date.now();
    await Promise.all(ups.map((u) => u.command(`flood 10000000 ${records} 1000000000`)));
    await Promise.race([throughputFollow.done, new Promise((r) => setTimeout(r, 600_000))]);
    throughputFollow.cancel();
    const throughputSecs = (lastAt - t0) / 1000;
    // CPU per observation on each seat over the throughput phase: less sensitive to other load than wall time.
    const cpuUsPerObservation = seats.map((s, i) => ((procCpuMs(s.child?.pid) - cpu0[i]!) * 1000) / (2 * records));
    const observationsPerSec = (2 * records) / throughputSecs;

    // Latency: R per second on each upstream for S seconds; publish times from the upstreams themselves.
    base = await lastSeq();
    const latencyRecords = rate * seconds;
    const from = 20_000_000;
    const published = new Map<string, number>();
    const upstreamFollows = ups.map((u) => {
      let n = 0;
      return follow(u.endpoint, u.ready!.fingerprint, 0, (f) => {
        if (Number(f.key) >= from) {
          published.set(f.key, Math.max(published.get(f.key) ?? 0, f.appliedAt));
          n++;
        }
        return n >= latencyRecords;
      });
    });
    const latencies: number[] = [];
    const arrivals: { key: string; at: number }[] = [];
    const latencyFollow = follow(endpoint, fingerprint, base + 1, (f, at) => {
      arrivals.push({ key: f.key, at });
      return f.sequence >= base + latencyRecords;
    });
    const l0 = performance.now();
    await Promise.all(ups.map((u) => u.command(`flood ${from} ${latencyRecords} ${rate}`)));
    await Promise.race([latencyFollow.done, new Promise((r) => setTimeout(r, 120_000 + seconds * 1000))]);
    latencyFollow.cancel();
    await Promise.race([Promise.all(upstreamFollows.map((f) => f.done)), new Promise((r) => setTimeout(r, 10_000))]);
    for (const f of upstreamFollows) f.cancel();
    const latencyWallSecs = (performance.now() - l0) / 1000;
    for (const a of arrivals) {
      const p = published.get(a.key);
      if (p !== undefined) latencies.push(a.at - p);
    }
    latencies.sort((a, b) => a - b);
    const peakRssMb = seats.map((s) => procKb(s.child?.pid, 'VmHWM') / 1024);

    const results = {
      records,
      observationsCommitted: 2 * records,
      throughputSecs,
      observationsPerSec,
      latency: { ratePerUpstream: rate, seconds, facts: latencies.length, wallSecs: latencyWallSecs, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), maxMs: latencies[latencies.length - 1] ?? NaN },
      idleRssMb,
      peakRssMb,
      cpuUsPerObservation,
      loadAverage: { before: loadBefore, after: loadAverage() },
    };
    const measured = {
      observationsPerSec,
      p99Ms: results.latency.p99Ms,
      peakRssMb: Math.max(...peakRssMb),
      idleRssMb: Math.max(...idleRssMb),
    };
    const ratios = {
      observationsPerSec_over_target: observationsPerSec / targets.observationsPerSec,
      p99_target_over_measured: targets.p99Ms / measured.p99Ms,
      peakRss_target_over_measured: targets.peakRssMb / measured.peakRssMb,
      idleRss_target_over_measured: targets.idleRssMb / measured.idleRssMb,
    };
    const targetReport = {
      observationsPerSec: { target: `>= ${targets.observationsPerSec}`, measured: Math.round(observationsPerSec), met: observationsPerSec >= targets.observationsPerSec },
      p99Ms: { target: `< ${targets.p99Ms}`, measured: measured.p99Ms, met: measured.p99Ms < targets.p99Ms },
      peakRssMb: { target: `<= ${targets.peakRssMb}`, measured: Math.round(measured.peakRssMb), met: measured.peakRssMb <= targets.peakRssMb },
      idleRssMb: { target: `< ${targets.idleRssMb}`, measured: Math.round(measured.idleRssMb), met: measured.idleRssMb < targets.idleRssMb },
    };
    out(`pipeline: 2 upstreams, 3 seats (processes), strict evidence mode`);
    out(`throughput: ${2 * records} observations in ${throughputSecs.toFixed(2)} s = ${Math.round(observationsPerSec)} obs/s (target >= ${targets.observationsPerSec}; ratio ${ratios.observationsPerSec_over_target.toFixed(2)})`);
    out(`CPU per observation during the throughput phase: ${cpuUsPerObservation.map((u) => u.toFixed(0)).join(' / ')} µs per seat (leader first)`);
    out(`latency at ${rate}/s per upstream for ${seconds} s: ${latencies.length} facts, p50 ${results.latency.p50Ms} ms, p99 ${results.latency.p99Ms} ms, max ${results.latency.maxMs} ms (target p99 < ${targets.p99Ms})`);
    out(`RSS idle: ${idleRssMb.map((m) => m.toFixed(0)).join(' / ')} MB (target < ${targets.idleRssMb}); peak: ${peakRssMb.map((m) => m.toFixed(0)).join(' / ')} MB (target <= ${targets.peakRssMb})`);
    out(`load average (1 min): ${results.loadAverage.before} before the throughput phase, ${results.loadAverage.after} at the end`);
    out('(no reference implementation runs here: ratios are over the targets, > 1 = better)');
    // Warnings and errors the seats logged, counted by message (stderr: diagnostics, not results).
    for (const s of seats) {
      const counts = new Map<string, number>();
      for (const l of s.lines) if (l.level === 'warn' || l.level === 'error' || l.level === 'fatal' || l.level === '40' || l.level === '50') counts.set(l.msg, (counts.get(l.msg) ?? 0) + 1);
      if (counts.size > 0) process.stderr.write(`${s.name}: ${[...counts].map(([m, n]) => `${n} × ${m}`).join('; ')}\n`);
    }
    if (json) out(JSON.stringify({ results, ratios, targets: targetReport }));
  } finally {
    await cluster.close();
    await Promise.all(ups.map((u) => u.stop()));
  }
}

main().then(() => process.exit(0), (e: unknown) => {
  process.stderr.write(`bench:pipeline: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
