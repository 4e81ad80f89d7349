/**
 * The organism workload: two demo upstream processes (src/surface/upstream-main.ts)
 * on the harness' host link (every seat reaches it whatever the partition),
 * seats running organism.machine = "organism" spanning them, and integrator
 * clients that Subscribe to random seats, leave after a random while or on an
 * error, and resume on another seat from the next sequence.
 *
 * Checks after heal and quiet:
 * - every upstream record (from the first one the organism cites up to what
 *   the upstream had published at check time) appears in exactly one fact, by
 *   evidence pointer; none appears in two;
 * - no subscriber ever saw a gap (the client raises SURFACE_STREAM_GAP) and
 *   each subscriber's sequences are contiguous across its resumes;
 * - facts never go backwards: every observation of sequence n, by any client
 *   on any seat, during or after the faults, is the same fact (digest, key);
 * - all seats serve identical facts (digest per sequence) at the end.
 */
import type { Fact } from '../../src/common/fact.js';
import { UpstreamHandle } from '../integration/harness.js';
import { SurfaceClient } from '../../src/surface/index.js';
import type { Rng } from './rng.js';
import { clientPort, type Seat } from './seats.js';
import type { OperationCounts, Workload, WorkloadCheck, WorkloadContext, WorkloadEnvironment } from './workload.js';

const slotMs = 250;
/** Degrade deadline: generous, so a leader change (election ~0.5-1 s, driver resubscribe) does not degrade facts. */
const deadlineMs = 8_000;

/** One Subscribe stream of one integrator client, as recorded. */
export interface StreamRecord {
  client: number;
  seat: string;
  /** The fromSequence asked for. */
  from: number;
  /** Sequences delivered, in order. */
  sequences: number[];
  /** How it ended: "left" (the client moved on), or the error code. */
  end: string;
}

/** The identity of a fact for the "never backwards / identical" checks. */
export interface FactView {
  key: string;
  digest: string;
  evidence: { member: string; sequence: number }[];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const viewOf = (f: Fact): FactView => ({ key: f.key, digest: hex(f.digest), evidence: f.evidence.map((e) => ({ member: e.member, sequence: e.sequence })) });

export class OrganismWorkload implements Workload {
  readonly name = 'organism';
  readonly machine = 'organism';
  /** A fact every 250 ms slot: quiet means the seats are within a few entries of each other. */
  readonly quietSpread = 12;
  private upstreams: UpstreamHandle[] = [];
  private fingerprint = '';
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly streams: StreamRecord[] = [];
  /** Every fact observed, first view per sequence; conflicting later views are anomalies. */
  private readonly observed = new Map<number, FactView>();
  private readonly conflicts: string[] = [];
  private readonly finalFacts: Record<string, Record<number, string>> = {};
  private upstreamLast: Record<string, number> = {};

  async prepare(env: WorkloadEnvironment): Promise<void> {
    // On the harness' host link, which the nemesis never cuts: every seat reaches them.
    this.upstreams = ['alpha', 'beta'].map((name) => new UpstreamHandle(name, 0, slotMs, 'v1', env.hostIp));
    await Promise.all(this.upstreams.map((u) => u.start()));
    env.log(`  upstreams ${this.upstreams.map((u) => `${u.name} ${u.ready!.endpoint}`).join(', ')}`);
  }

  seatConfigExtra(): string {
    const members = this.upstreams
      .map((u) => `[[member]]\nname = "${u.name}"\nstable_id = "${u.ready!.stableId}"\nendpoints = ["${u.ready!.endpoint}"]\n`)
      .join('\n');
    return `
${members}
[apply]
policy = "degrade"
deadline_ms = ${deadlineMs}

[driver]
backoff_base_ms = 100
backoff_cap_ms = 500
dark_after_attempts = 20
`;
  }

  async teardown(): Promise<void> {
    await Promise.all(this.upstreams.map((u) => u.stop()));
  }

  start(ctx: WorkloadContext): void {
    this.running = true;
    for (let c = 0; c < ctx.clients; c++) this.loops.push(this.client(c, ctx.seats, ctx.rng.fork(2000 + c)));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  history(): unknown {
    return { streams: this.streams, facts: Object.fromEntries(this.observed), finalFacts: this.finalFacts, upstreamLast: this.upstreamLast };
  }

  private observe(f: Fact, where: string): void {
    const v = viewOf(f);
    const first = this.observed.get(f.sequence);
    if (first === undefined) this.observed.set(f.sequence, v);
    else if (first.digest !== v.digest || first.key !== v.key) {
      this.conflicts.push(`fact ${f.sequence} changed: first seen as key ${first.key} digest ${first.digest.slice(0, 16)}, then ${where} served key ${v.key} digest ${v.digest.slice(0, 16)}`);
    }
  }

  private async fingerprintOf(seats: readonly Seat[]): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const seat = seats[attempt % seats.length]!;
      const c = new SurfaceClient(`${seat.ip}:${clientPort}`, '', { callTimeoutMs: 2_000 });
      try {
        return hex((await c.status()).fingerprint);
      } catch (e) {
        if (attempt > 100) throw e;
        await sleep(200);
      } finally {
        c.close();
      }
    }
  }

  private async client(id: number, seats: readonly Seat[], rng: Rng): Promise<void> {
    if (this.fingerprint === '') this.fingerprint = await this.fingerprintOf(seats);
    let next = 1;
    while (this.running) {
      const seat = seats[rng.int(0, seats.length - 1)]!;
      const rec: StreamRecord = { client: id, seat: seat.name, from: next, sequences: [], end: 'left' };
      this.streams.push(rec);
      const c = new SurfaceClient(`${seat.ip}:${clientPort}`, this.fingerprint, {
        channelOptions: { 'grpc.initial_reconnect_backoff_ms': 100, 'grpc.max_reconnect_backoff_ms': 1000 },
      });
      const sub = c.subscribe(next);
      // Leave after a random while (a resume elsewhere), and stop with the run.
      const stayUntil = Date.now() + rng.int(500, 4_000);
      const timer = setInterval(() => {
        if (!this.running || Date.now() > stayUntil) sub.cancel();
      }, 100);
      try {
        for await (const ev of sub) {
          if (ev.kind !== 'fact') {
            rec.end = 'retired';
            break;
          }
          rec.sequences.push(ev.fact.sequence);
          this.observe(ev.fact, `${seat.name} to client ${id}`);
        }
      } catch (e) {
        rec.end = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
      } finally {
        clearInterval(timer);
        sub.cancel();
        c.close();
      }
      next = sub.nextSequence;
      if (rec.end !== 'left' && this.running) await sleep(200);
    }
  }

  counts(): OperationCounts {
    // One "operation" per Subscribe stream: ok when it ended because the client left, failed on an error.
    const c = { ok: 0, failed: 0, unknown: 0 };
    for (const s of this.streams) {
      if (s.end === 'left') c.ok++;
      else c.failed++;
    }
    return c;
  }

  /** Facts 1..through from one seat (resuming after errors, up to ~30 s). */
  private async readAll(seat: Seat, through: number): Promise<Fact[]> {
    const out: Fact[] = [];
    const deadline = Date.now() + 30_000;
    while (out.length < through && Date.now() < deadline) {
      const c = new SurfaceClient(`${seat.ip}:${clientPort}`, this.fingerprint);
      const sub = c.subscribe(out.length + 1);
      const timer = setTimeout(() => sub.cancel(), Math.max(1, deadline - Date.now()));
      try {
        for await (const ev of sub) {
          if (ev.kind !== 'fact') break;
          out.push(ev.fact);
          if (ev.fact.sequence >= through) break;
        }
      } catch {
        await sleep(300);
      } finally {
        clearTimeout(timer);
        sub.cancel();
        c.close();
      }
    }
    return out;
  }

  private async lastSequenceOf(seat: Seat): Promise<number> {
    const c = new SurfaceClient(`${seat.ip}:${clientPort}`, this.fingerprint, { callTimeoutMs: 3_000 });
    try {
      return (await c.status()).lastSequence;
    } catch {
      return 0;
    } finally {
      c.close();
    }
  }

  async check(ctx: WorkloadContext): Promise<WorkloadCheck> {
    if (this.fingerprint === '') this.fingerprint = await this.fingerprintOf(ctx.seats);
    const anomalies: string[] = [];
    const notes: string[] = [];
    // What each upstream has published now; then wait until the organism has cited all of it (slots keep coming).
    for (const u of this.upstreams) this.upstreamLast[u.ready!.stableId] = Number((await u.command('status')).lastSequence);
    const cited = (facts: readonly Fact[]) => {
      const m = new Map<string, number>();
      for (const f of facts) for (const e of f.evidence) m.set(e.member, Math.max(m.get(e.member) ?? 0, e.sequence));
      return m;
    };
    let facts: Fact[] = [];
    const until = Date.now() + 45_000;
    for (;;) {
      const last = await this.lastSequenceOf(ctx.seats[0]!);
      facts = await this.readAll(ctx.seats[0]!, last);
      const m = cited(facts);
      if (Object.entries(this.upstreamLast).every(([id, l]) => (m.get(id) ?? 0) >= l)) break;
      if (Date.now() > until) {
        notes.push(`the organism had not cited every record published at check time within 45 s: ${JSON.stringify(Object.fromEntries(m))} of ${JSON.stringify(this.upstreamLast)}`);
        break;
      }
      await sleep(1_000);
    }
    for (const f of facts) this.observe(f, `${ctx.seats[0]!.name} (final read)`);

    // 1. Sequences gapless from 1 on the reference seat.
    facts.forEach((f, i) => {
      if (f.sequence !== i + 1) anomalies.push(`final read of ${ctx.seats[0]!.name}: fact ${i + 1} is sequence ${f.sequence}`);
    });

    // 2. Every upstream record in exactly one fact.
    const citations = checkCitations(facts, this.upstreams.map((u) => ({ name: u.name, stableId: u.ready!.stableId, published: this.upstreamLast[u.ready!.stableId]! })));
    anomalies.push(...citations.anomalies);
    notes.push(...citations.notes);
    const recordsChecked = citations.recordsChecked;

    // 3. Subscribers: no gap error, and each client's streams contiguous across its resumes.
    const streamCheck = checkStreams(this.streams);
    anomalies.push(...streamCheck.anomalies);
    const resumes = streamCheck.resumes;

    // 5. Every seat serves the same facts.
    const through = facts.length;
    const reference = facts.map((f) => hex(f.digest));
    this.finalFacts[ctx.seats[0]!.name] = Object.fromEntries(reference.map((d, i) => [i + 1, d]));
    for (const seat of ctx.seats.slice(1)) {
      const theirs = await this.readAll(seat, through);
      this.finalFacts[seat.name] = Object.fromEntries(theirs.map((f) => [f.sequence, hex(f.digest)]));
      for (const f of theirs) this.observe(f, `${seat.name} (final read)`);
      if (theirs.length < through) anomalies.push(`${seat.name} served ${theirs.length} of ${through} facts`);
      const differ = theirs.filter((f, i) => hex(f.digest) !== reference[i]);
      if (differ.length > 0) anomalies.push(`${seat.name} differs from ${ctx.seats[0]!.name} at ${differ.length} sequences, first ${differ[0]!.sequence}`);
    }
    // 4. Facts never went backwards: one fact per sequence across every observation.
    anomalies.push(...this.conflicts.slice(0, 5));
    if (this.conflicts.length > 5) anomalies.push(`... ${this.conflicts.length} changed facts in all`);

    const delivered = this.streams.reduce((a, s) => a + s.sequences.length, 0);
    return {
      operations: this.counts(),
      anomalies,
      notes,
      details: {
        facts: facts.length,
        degraded: facts.filter((f) => f.status === 'degraded').length,
        recordsChecked,
        upstreamPublished: Object.fromEntries(this.upstreams.map((u) => [u.name, this.upstreamLast[u.ready!.stableId]])),
        subscribeStreams: this.streams.length,
        resumes,
        factsDelivered: delivered,
        streamErrors: Object.fromEntries([...new Set(this.streams.map((s) => s.end))].map((e) => [e, this.streams.filter((s) => s.end === e).length])),
      },
    };
  }
}

/**
 * Every upstream record from the first one cited up to the lower of the last
 * cited and what the upstream had published appears in exactly one fact
 * (records before the first cited were published before the committee
 * subscribed to them).
 */
export function checkCitations(
  facts: readonly Pick<Fact, 'sequence' | 'evidence'>[],
  upstreams: readonly { name: string; stableId: string; published: number }[],
): { anomalies: string[]; notes: string[]; recordsChecked: number } {
  const anomalies: string[] = [];
  const notes: string[] = [];
  const citedBy = new Map<string, Map<number, number[]>>();
  for (const f of facts) {
    for (const e of f.evidence) {
      const m = citedBy.get(e.member) ?? new Map<number, number[]>();
      citedBy.set(e.member, m);
      m.set(e.sequence, [...(m.get(e.sequence) ?? []), f.sequence]);
    }
  }
  let recordsChecked = 0;
  let twice = 0;
  let missing = 0;
  for (const u of upstreams) {
    const m = citedBy.get(u.stableId) ?? new Map<number, number[]>();
    for (const [seq, fs] of m) {
      if (fs.length > 1 && ++twice <= 5) anomalies.push(`record ${u.name}/${seq} appears in ${fs.length} facts: ${fs.join(', ')}`);
    }
    if (m.size === 0) {
      anomalies.push(`no fact cites upstream ${u.name}`);
      continue;
    }
    const first = Math.min(...m.keys());
    if (first > 1) notes.push(`${u.name}: records 1..${first - 1} were published before the committee subscribed (not checked)`);
    const through = Math.min(u.published, Math.max(...m.keys()));
    for (let q = first; q <= through; q++) {
      recordsChecked++;
      if (!m.has(q) && ++missing <= 5) anomalies.push(`record ${u.name}/${q} appears in no fact`);
    }
  }
  if (twice > 5) anomalies.push(`... ${twice} records in two facts in all`);
  if (missing > 5) anomalies.push(`... ${missing} records in no fact in all`);
  return { anomalies, notes, recordsChecked };
}

/** Each client's streams, in order: no gap error, every resume from the next undelivered sequence, sequences contiguous from 1. */
export function checkStreams(streams: readonly StreamRecord[]): { anomalies: string[]; resumes: number } {
  const anomalies: string[] = [];
  const byClient = new Map<number, StreamRecord[]>();
  for (const s of streams) byClient.set(s.client, [...(byClient.get(s.client) ?? []), s]);
  let resumes = 0;
  for (const [client, list] of byClient) {
    let expected = 1;
    for (const s of list) {
      if (s.end === 'SURFACE_STREAM_GAP') anomalies.push(`client ${client} on ${s.seat}: Subscribe(${s.from}) skipped a sequence (SURFACE_STREAM_GAP)`);
      if (s.from !== expected) anomalies.push(`client ${client}: resumed on ${s.seat} from ${s.from}, expected ${expected}`);
      expected = s.from;
      for (const q of s.sequences) {
        if (q !== expected) {
          anomalies.push(`client ${client} on ${s.seat}: got sequence ${q} after ${expected - 1} (${q < expected ? 'backwards' : 'over a gap'})`);
          expected = q;
        }
        expected++;
      }
    }
    resumes += list.length - 1;
  }
  return { anomalies, resumes };
}
