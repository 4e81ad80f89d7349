/**
 * `npm run demo`: the embedded default (issue [E]). On 127.0.0.1 it starts
 * two demo upstreams (slot-clocked records on the public surface) and a
 * 3-seat committee running the organism machine with simulated TDX, in this
 * one process (seats over src/peer's LoopbackNetwork), serves the
 * organism's surface from seat 1, and shows a live view. Keys: 1/2/3 stop or
 * restart a seat (stop the leader to watch failover), d make upstream beta
 * go dark or come back, q quit.
 *
 * Without a TTY, or with --json, it runs headless for --duration seconds
 * (default 10) and prints one JSON summary object as its last line.
 *
 *   node dist/src/demo/main.js [--duration S] [--json] [--slot-ms N] [--policy degrade|stall] [--stop-leader-after S] [--surface HOST:PORT]
 *
 * --surface fixes the organism surface's address (default 127.0.0.1 on an
 * ephemeral port), e.g. for examples/integrator-client.ts.
 */
import { TesseraError } from '../common/errors.js';
import { expectedUpstreamFingerprint } from '../config/identity.js';
import type { SpannedMember } from '../config/seat-config.js';
import type { MemberReport } from '../driver/index.js';
import type { ApplyPolicy } from '../organism/index.js';
import { LoopbackNetwork } from '../peer/index.js';
import { Role } from '../raft/index.js';
import { DemoUpstream, demoUpstreamIdentity, startSurfaceServer, type DemoIdentity, type RunningSurface } from '../surface/index.js';
import { SimulatedAttestation, type SeatAttestation } from './attest.js';
import { OrganismCommittee } from './committee.js';

export interface DemoArgs {
  durationS: number | undefined;
  json: boolean;
  slotMs: number;
  policy: ApplyPolicy;
  stopLeaderAfterS: number | undefined;
  /** Where seat 1 serves the organism's surface. */
  surface: string;
}

const usage = 'usage: npm run demo [-- --duration S] [--json] [--slot-ms N] [--policy degrade|stall] [--stop-leader-after S] [--surface HOST:PORT]';

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  const args: DemoArgs = { durationS: undefined, json: false, slotMs: 500, policy: 'degrade', stopLeaderAfterS: undefined, surface: '127.0.0.1:0' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') {
      args.json = true;
      continue;
    }
    if (flag === '--help' || flag === '-h') throw new TesseraError(usage, 'DEMO_HELP');
    const value = argv[++i];
    if (value === undefined) throw new TesseraError(`${flag}: missing value\n${usage}`, 'DEMO_USAGE');
    const num = (min: number) => {
      const n = Number(value);
      if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || n < min) throw new TesseraError(`${flag}: expected a number >= ${min}, got ${JSON.stringify(value)}`, 'DEMO_USAGE');
      return n;
    };
    if (flag === '--duration') args.durationS = num(1);
    else if (flag === '--slot-ms') args.slotMs = Math.floor(num(20));
    else if (flag === '--stop-leader-after') args.stopLeaderAfterS = num(0);
    else if (flag === '--surface') {
      if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(value)) throw new TesseraError(`--surface: expected HOST:PORT, got ${JSON.stringify(value)}`, 'DEMO_USAGE');
      args.surface = value;
    }
    else if (flag === '--policy') {
      if (value !== 'degrade' && value !== 'stall') throw new TesseraError(`--policy: expected degrade or stall, got ${JSON.stringify(value)}`, 'DEMO_USAGE');
      args.policy = value;
    } else throw new TesseraError(`unknown flag ${flag}\n${usage}`, 'DEMO_USAGE');
  }
  return args;
}

function spannedOf(name: string, id: DemoIdentity, endpoint: string): SpannedMember {
  return { name, stableId: id.stableId, contentHash: id.contentHash, fingerprint: expectedUpstreamFingerprint({ stableId: id.stableId, contentHash: id.contentHash }), endpoints: [endpoint], ticket: undefined };
}

export interface DemoSummary {
  readonly durationS: number;
  readonly slotMs: number;
  readonly policy: ApplyPolicy;
  readonly organism: { readonly name: string; readonly fingerprint: string; readonly surface: string };
  /** Records each upstream published (its last sequence). */
  readonly slots: Record<string, number>;
  readonly facts: { readonly total: number; readonly complete: number; readonly degraded: number };
  readonly leader: number;
  readonly leaderChanges: number;
  readonly members: readonly { readonly name: string; readonly state: string; readonly dark: boolean; readonly lagSeconds: number | null; readonly lagEvents: number }[];
  readonly seats: readonly { readonly id: number; readonly running: boolean; readonly role: string; readonly appliedIndex: number; readonly lastSequence: number }[];
  readonly attestation: readonly SeatAttestation[];
}

const roleName = (r: Role) => (r === Role.Leader ? 'leader' : r === Role.Candidate ? 'candidate' : r === Role.PreCandidate ? 'pre-candidate' : 'follower');

class Demo {
  readonly #args: DemoArgs;
  readonly #started = Date.now();
  readonly #identity = demoUpstreamIdentity('demo-pipeline', 'v1');
  #alpha!: DemoUpstream;
  #beta!: DemoUpstream;
  #committee!: OrganismCommittee;
  #surface: RunningSurface | undefined;
  #attestation: SimulatedAttestation | undefined;
  #attested: SeatAttestation[] = [];
  #leader = 0;
  #leaderChanges = 0;
  #lastReports: readonly MemberReport[] = [];
  #sampler: NodeJS.Timeout | undefined;
  readonly #log: string[] = [];

  constructor(args: DemoArgs) {
    this.#args = args;
  }

  async start(): Promise<void> {
    this.#alpha = await DemoUpstream.start({ name: 'alpha', slotMs: this.#args.slotMs });
    this.#beta = await DemoUpstream.start({ name: 'beta', slotMs: this.#args.slotMs });
    // Started in the same turn, the two clocks publish the same slots.
    this.#alpha.startClock();
    this.#beta.startClock();
    const network = new LoopbackNetwork();
    this.#committee = await OrganismCommittee.start({
      identity: this.#identity,
      members: [spannedOf('alpha', this.#alpha.identity, this.#alpha.endpoint), spannedOf('beta', this.#beta.identity, this.#beta.endpoint)],
      policy: this.#args.policy,
      deadlineMs: this.#args.slotMs * 2,
      seats: 3,
      transport: (id) => network.endpoint(id, { address: `loopback:${id}` }),
      host: { driver: { backoff: { baseMs: 100, capMs: 1000, darkAfterAttempts: 5 }, connectTimeoutMs: 2000 } },
      onEvent: (seat, e) => {
        if (e.type === 'leading') this.#note(`seat ${seat} leads (term ${e.term}); its driver resumes from the committed cursor`);
        else if (e.type === 'driver' && (e.event.type === 'dark' || e.event.type === 'recovered')) this.#note(`upstream ${e.event.member} ${e.event.type}`);
      },
    });
    this.#surface = await startSurfaceServer(this.#committee.seat(1).host, { address: this.#args.surface });
    this.#sampler = setInterval(() => this.#sample(), 50);
    // Simulated TDX: quote, verify and commit each seat's attestation once a leader is up.
    const leaderDeadline = Date.now() + 5000;
    while (this.#committee.leader() === undefined && Date.now() < leaderDeadline) await new Promise((r) => setTimeout(r, 20));
    try {
      this.#attestation = new SimulatedAttestation();
      this.#attested = await this.#attestation.attest(this.#committee, this.#identity.fingerprint);
    } catch (e) {
      this.#note(`simulated attestation failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  #note(line: string): void {
    const t = ((Date.now() - this.#started) / 1000).toFixed(1).padStart(6);
    this.#log.push(`${t}s  ${line}`);
    if (this.#log.length > 6) this.#log.shift();
  }

  #sample(): void {
    const l = this.#committee.leader();
    if (l !== undefined && l.id !== this.#leader) {
      if (this.#leader !== 0) this.#leaderChanges++;
      this.#leader = l.id;
    }
    if (l !== undefined && l.host.leading) this.#lastReports = l.host.memberReports();
  }

  /** The most advanced running seat's machine: the facts as committed so far. */
  #machineStatus() {
    let best: ReturnType<OrganismCommittee['seat']>['machine'] | undefined;
    for (const id of this.#committee.runningIds()) {
      const m = this.#committee.seat(id).machine;
      if (best === undefined || m.appliedIndex() > best.appliedIndex()) best = m;
    }
    return best?.status();
  }

  #latestFact(): string {
    let best: ReturnType<OrganismCommittee['seat']>['machine'] | undefined;
    for (const id of this.#committee.runningIds()) {
      const m = this.#committee.seat(id).machine;
      if (best === undefined || m.lastSequence() > best.lastSequence()) best = m;
    }
    const f = best === undefined || best.lastSequence() === 0 ? undefined : best.factsFrom(best.lastSequence(), 1)[0];
    if (f === undefined) return 'none yet';
    const missing = f.missing.length === 0 ? '' : `, missing ${f.missing.map((m) => this.#memberName(m)).join(', ')}`;
    return `#${f.sequence} slot ${f.key} ${f.status} (evidence from ${f.evidence.map((e) => this.#memberName(e.member)).join(' + ')}${missing}), root ${Buffer.from(f.digest).toString('hex').slice(0, 16)}…`;
  }

  #memberName(stableId: string): string {
    return stableId === this.#alpha.identity.stableId ? 'alpha' : stableId === this.#beta.identity.stableId ? 'beta' : stableId.slice(0, 8);
  }

  summary(): DemoSummary {
    const st = this.#machineStatus();
    const complete = st?.factsComplete ?? 0;
    const degraded = st?.factsDegraded ?? 0;
    return {
      durationS: Math.round((Date.now() - this.#started) / 100) / 10,
      slotMs: this.#args.slotMs,
      policy: this.#args.policy,
      organism: { name: this.#identity.organism, fingerprint: this.#identity.fingerprint, surface: this.#surface?.endpoint ?? '' },
      slots: { alpha: this.#alpha.source.lastSequence(), beta: this.#beta.source.lastSequence() },
      facts: { total: complete + degraded, complete, degraded },
      leader: this.#committee.leader()?.id ?? 0,
      leaderChanges: this.#leaderChanges,
      members: this.#lastReports.map((r) => ({
        name: r.name,
        state: r.state,
        dark: r.dark,
        lagSeconds: r.lagSeconds === undefined ? null : Math.round(r.lagSeconds * 1000) / 1000,
        lagEvents: r.lagEvents,
      })),
      seats: this.#committee.founders.map((f) => {
        const r = this.#committee.running(f.id);
        const s = r?.seat.status();
        return { id: f.id, running: r !== undefined, role: s === undefined ? 'stopped' : roleName(s.role), appliedIndex: s?.appliedIndex ?? 0, lastSequence: r?.machine.lastSequence() ?? 0 };
      }),
      attestation: this.#attested,
    };
  }

  async toggleSeat(id: number): Promise<void> {
    if (this.#committee.running(id) !== undefined) {
      if (id === 1) this.#surface?.close();
      await this.#committee.stopSeat(id);
      this.#note(`seat ${id} stopped`);
    } else {
      await this.#committee.startSeat(id);
      if (id === 1) this.#surface = await startSurfaceServer(this.#committee.seat(1).host, { address: this.#surface?.endpoint ?? '127.0.0.1:0' });
      this.#note(`seat ${id} restarted; it replays its log and catches up`);
    }
  }

  async stopLeader(): Promise<number> {
    const l = this.#committee.leader();
    if (l === undefined) return 0;
    await this.toggleSeat(l.id);
    return l.id;
  }

  async toggleDark(): Promise<void> {
    if (this.#beta.serving) {
      await this.#beta.goDark();
      this.#note(`upstream beta went dark (policy ${this.#args.policy})`);
    } else {
      await this.#beta.resume();
      this.#note('upstream beta serves again');
    }
  }

  render(): string {
    const s = this.summary();
    const slot = Math.floor(Date.now() / this.#args.slotMs);
    const lines = [
      `tessera demo — organism ${s.organism.name}  surface ${s.organism.surface}  fingerprint ${s.organism.fingerprint}`,
      `policy ${s.policy}, slot ${this.#args.slotMs} ms, current slot ${slot}, up ${s.durationS.toFixed(1)} s`,
      '',
      `upstreams   alpha ${this.#alpha.endpoint} ${this.#alpha.serving ? 'serving' : 'DARK'}, ${s.slots.alpha} records   beta ${this.#beta.endpoint} ${this.#beta.serving ? 'serving' : 'DARK'}, ${s.slots.beta} records`,
      `facts       ${s.facts.total} total: ${s.facts.complete} complete, ${s.facts.degraded} degraded`,
      `latest      ${this.#latestFact()}`,
      `leader      ${s.leader === 0 ? 'none (election)' : `seat ${s.leader}`}   leader changes ${s.leaderChanges}`,
      '',
      'seat  state      applied  facts  tdx (simulated)',
      ...s.seats.map((x) => {
        const a = this.#attested.find((t) => t.seat === x.id);
        const tdx = a === undefined ? '-' : a.verified ? `verified, MR_TD ${a.mrtd.slice(0, 12)}…, ${a.tcbStatus}` : `REFUSED ${a.reason}`;
        return `${String(x.id).padEnd(6)}${x.role.padEnd(11)}${String(x.appliedIndex).padStart(7)}${String(x.lastSequence).padStart(7)}  ${tdx}`;
      }),
      '',
      'member  state        dark  lag s   lag events   (leader driver)',
      ...s.members.map((m) => `${m.name.padEnd(8)}${m.state.padEnd(13)}${String(m.dark).padEnd(6)}${(m.lagSeconds === null ? '-' : m.lagSeconds.toFixed(2)).padStart(6)}${String(m.lagEvents).padStart(13)}`),
      '',
      ...this.#log,
      '',
      `integrator example: node dist/examples/integrator-client.js --endpoint ${s.organism.surface} --fingerprint ${s.organism.fingerprint}`,
      `keys: 1/2/3 stop or restart that seat (stop seat ${s.leader || '<leader>'}, the leader, to watch failover) · d beta dark/back · q quit`,
    ];
    return lines.join('\n');
  }

  async close(): Promise<void> {
    clearInterval(this.#sampler);
    await this.#surface?.close();
    await this.#committee?.stop();
    await this.#alpha?.close();
    await this.#beta?.close();
    this.#attestation?.close();
  }
}

async function runHeadless(demo: Demo, args: DemoArgs): Promise<void> {
  const durationMs = (args.durationS ?? 10) * 1000;
  if (args.stopLeaderAfterS !== undefined) {
    setTimeout(() => void demo.stopLeader(), args.stopLeaderAfterS * 1000);
  }
  await new Promise((r) => setTimeout(r, durationMs));
  const summary = demo.summary();
  await demo.close();
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

async function runInteractive(demo: Demo, args: DemoArgs): Promise<void> {
  const stdin = process.stdin;
  const out = process.stdout;
  // Home, each line overwritten and cleared to its end, then the rest of the screen cleared: no flicker.
  const paint = () => out.write(`\x1b[H${demo.render().split('\n').join('\x1b[K\n')}\x1b[K\n\x1b[J`);
  out.write('\x1b[?25l\x1b[2J');
  const timer = setInterval(paint, 250);
  paint();
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  if (args.durationS !== undefined) setTimeout(() => done(), args.durationS * 1000);
  stdin.setRawMode(true);
  stdin.resume();
  let busy = false;
  stdin.on('data', (buf: Buffer) => {
    const key = buf.toString('utf8');
    if (key === 'q' || key === '\u0003') return done();
    if (busy) return;
    busy = true;
    const action = key === '1' || key === '2' || key === '3' ? demo.toggleSeat(Number(key)) : key === 'd' ? demo.toggleDark() : Promise.resolve();
    void action.finally(() => {
      busy = false;
      paint();
    });
  });
  await finished;
  clearInterval(timer);
  stdin.setRawMode(false);
  stdin.pause();
  out.write('\x1b[?25h');
  const summary = demo.summary();
  await demo.close();
  out.write(`${JSON.stringify(summary)}\n`);
}

async function main(): Promise<void> {
  let args: DemoArgs;
  try {
    args = parseDemoArgs(process.argv.slice(2));
  } catch (e) {
    const help = e instanceof TesseraError && e.code === 'DEMO_HELP';
    (help ? process.stdout : process.stderr).write(`${(e as Error).message}\n`);
    process.exit(help ? 0 : 2);
  }
  const demo = new Demo(args);
  const stop = () => {
    void demo.close().finally(() => process.exit(130));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await demo.start();
  const interactive = process.stdout.isTTY === true && process.stdin.isTTY === true && !args.json;
  if (interactive) await runInteractive(demo, args);
  else await runHeadless(demo, args);
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
