/**
 * The nemesis: faults on a schedule drawn from the run's seed. Each fault
 * is applied, held for its duration, then healed, with a gap before the
 * next. Which seat is "the leader" is looked up when the fault starts, so a
 * replay with the same seed gives the same schedule and the same random
 * choices, but not necessarily the same targets.
 */
import type { SeatDisk } from './disk.js';
import type { SeatNetwork } from './network.js';
import type { Rng } from './rng.js';
import type { Seat } from './seats.js';

export const faultKinds = [
  'kill',
  'kill-leader',
  'pause',
  'pause-leader',
  'partition-halves',
  'partition-leader',
  'partition-one-way',
  'disk-full',
  'disk-slow',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface ScheduledFault {
  readonly kind: FaultKind;
  readonly durationMs: number;
  /** Quiet time before the fault. */
  readonly gapMs: number;
}

/**
 * Faults filling `seconds` (the last may be cut short by the end of the
 * run). Kinds are dealt from a shuffled deck, reshuffled when empty, so a
 * short run still sees many different kinds.
 */
export function faultSchedule(rng: Rng, seconds: number, kinds: readonly FaultKind[]): ScheduledFault[] {
  if (kinds.length === 0) throw new Error('faultSchedule: no fault kinds');
  const out: ScheduledFault[] = [];
  let deck: FaultKind[] = [];
  let t = 0;
  while (t < seconds * 1000) {
    if (deck.length === 0) deck = rng.shuffle(kinds);
    const f = { kind: deck.pop()!, durationMs: rng.int(1_500, 5_000), gapMs: rng.int(500, 2_500) };
    out.push(f);
    t += f.durationMs + f.gapMs;
  }
  return out;
}

export interface FaultEvent {
  /** ms since the nemesis started. */
  at: number;
  kind: FaultKind;
  /** The seats it hit, or why it was skipped. */
  detail: string;
  skipped?: boolean;
  healedAt?: number;
}

export interface FaultTally {
  applied: number;
  skipped: number;
}

/** How long after the ballast is deleted a seat's stop on ENOSPC still counts as the full disk's doing. */
export const diskFullGraceMs = 5_000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class Nemesis {
  readonly events: FaultEvent[] = [];
  private readonly started = Date.now();
  /**
   * When each seat's disk was full (Date.now() ms, until a few seconds after
   * the ballast went: the seat may notice late). A seat that stops with
   * ENOSPC then is its storage refusing to go on, not a crash.
   */
  readonly diskFullWindows: { seat: string; from: number; to: number }[] = [];
  private stopped = false;

  constructor(
    private readonly seats: readonly Seat[],
    private readonly network: SeatNetwork,
    private readonly disks: readonly SeatDisk[],
    private readonly rng: Rng,
    private readonly log: (line: string) => void,
  ) {}

  tally(): Record<FaultKind, FaultTally> {
    const t = Object.fromEntries(faultKinds.map((k) => [k, { applied: 0, skipped: 0 }])) as Record<FaultKind, FaultTally>;
    for (const e of this.events) t[e.kind][e.skipped === true ? 'skipped' : 'applied']++;
    return t;
  }

  /** Runs the schedule until `deadline` (Date.now() ms), healing each fault before the next. */
  async run(schedule: readonly ScheduledFault[], deadline: number): Promise<void> {
    for (const f of schedule) {
      if (this.stopped) return;
      const gap = Math.min(f.gapMs, deadline - Date.now());
      if (gap > 0) await sleep(gap);
      if (Date.now() >= deadline - 500) return;
      const hold = Math.max(300, Math.min(f.durationMs, deadline - Date.now()));
      await this.apply(f.kind, hold);
    }
  }

  stop(): void {
    this.stopped = true;
  }

  private async apply(kind: FaultKind, holdMs: number): Promise<void> {
    const event: FaultEvent = { at: Date.now() - this.started, kind, detail: '' };
    this.events.push(event);
    const n = this.seats.length;
    const all = [...Array(n).keys()];
    const skip = (why: string) => {
      event.skipped = true;
      event.detail = why;
      this.log(`  fault ${kind}: skipped (${why})`);
    };
    switch (kind) {
      case 'kill':
      case 'kill-leader': {
        const target = kind === 'kill' ? this.rng.pick(this.up()) : await this.leader();
        if (target === undefined) return skip('no leader or no running seat');
        event.detail = this.seats[target]!.name;
        this.log(`  fault ${kind}: kill -9 ${event.detail} for ${holdMs} ms`);
        await this.seats[target]!.kill9();
        await sleep(holdMs);
        break;
      }
      case 'pause':
      case 'pause-leader': {
        const target = kind === 'pause' ? this.rng.pick(this.up()) : await this.leader();
        if (target === undefined) return skip('no leader or no running seat');
        event.detail = this.seats[target]!.name;
        this.log(`  fault ${kind}: SIGSTOP ${event.detail} for ${holdMs} ms`);
        this.seats[target]!.signal('SIGSTOP');
        await sleep(holdMs);
        this.seats[target]!.signal('SIGCONT');
        break;
      }
      case 'partition-halves': {
        const order = this.rng.shuffle(all);
        const minority = order.slice(0, Math.floor(n / 2));
        const majority = order.slice(Math.floor(n / 2));
        event.detail = `${this.names(minority)} | ${this.names(majority)}`;
        this.log(`  fault ${kind}: ${event.detail} for ${holdMs} ms`);
        this.network.partition(minority, majority);
        await sleep(holdMs);
        break;
      }
      case 'partition-leader': {
        const target = await this.leader();
        if (target === undefined) return skip('no leader');
        const rest = all.filter((i) => i !== target);
        event.detail = `${this.seats[target]!.name} | ${this.names(rest)}`;
        this.log(`  fault ${kind}: ${event.detail} for ${holdMs} ms`);
        this.network.partition([target], rest);
        await sleep(holdMs);
        break;
      }
      case 'partition-one-way': {
        // The leader (or a random seat) hears nothing from the others but still reaches them, or the reverse.
        const target = this.rng.next() < 0.6 ? ((await this.leader()) ?? this.rng.pick(all)) : this.rng.pick(all);
        const rest = all.filter((i) => i !== target);
        const inbound = this.rng.next() < 0.5;
        event.detail = inbound ? `${this.names(rest)} -/-> ${this.seats[target]!.name}` : `${this.seats[target]!.name} -/-> ${this.names(rest)}`;
        this.log(`  fault ${kind}: ${event.detail} for ${holdMs} ms`);
        for (const r of rest) {
          if (inbound) this.network.block(r, target);
          else this.network.block(target, r);
        }
        await sleep(holdMs);
        break;
      }
      case 'disk-full': {
        const target = this.rng.pick(all);
        const disk = this.disks[target]!;
        if (disk.fullUnavailable !== '') return skip(disk.fullUnavailable);
        event.detail = this.seats[target]!.name;
        this.log(`  fault ${kind}: fill the disk of ${event.detail} for ${holdMs} ms`);
        const window = { seat: this.seats[target]!.name, from: Date.now(), to: Infinity };
        this.diskFullWindows.push(window);
        disk.fill();
        await sleep(holdMs);
        disk.unfill();
        window.to = Date.now() + diskFullGraceMs;
        break;
      }
      case 'disk-slow': {
        const target = this.rng.pick(all);
        const disk = this.disks[target]!;
        if (disk.slowUnavailable !== '') return skip(disk.slowUnavailable);
        const iops = this.rng.pick([2, 5, 10]);
        event.detail = `${this.seats[target]!.name} at ${iops} write IOPS`;
        this.log(`  fault ${kind}: ${event.detail} for ${holdMs} ms`);
        disk.slow(iops);
        await sleep(holdMs);
        disk.unslow();
        break;
      }
    }
    await this.healAll();
    event.healedAt = Date.now() - this.started;
  }

  /** Undoes every fault: network healed, disks freed and fast, paused seats continued, stopped seats restarted. */
  async healAll(): Promise<void> {
    this.network.heal();
    for (const d of this.disks) {
      d.unfill();
      d.unslow();
    }
    for (const s of this.seats) if (s.paused) s.signal('SIGCONT');
    await Promise.all(
      this.seats
        .filter((s) => !s.running)
        .map(async (s) => {
          s.start();
          await s.waitFor('serving', 30_000).catch((e: Error) => this.log(`  restart of ${s.name} failed: ${e.message.split('\n')[0]}`));
        }),
    );
  }

  private up(): number[] {
    const r = this.seats.flatMap((s, i) => (s.running && !s.paused ? [i] : []));
    return r.length > 0 ? r : [...this.seats.keys()];
  }

  /** The seat that says it leads (metrics), within 3 s. */
  async leader(): Promise<number | undefined> {
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      const flags = await Promise.all(this.seats.map((s) => (s.running && !s.paused ? s.metric('raft_leader_is_local', 500) : Promise.resolve(undefined))));
      const i = flags.findIndex((f) => f === 1);
      if (i >= 0) return i;
      await sleep(200);
    }
    return undefined;
  }

  /** Whether a seat's exit is its storage stopping it on the full disk the nemesis made. */
  stoppedByFullDisk(seat: string, exit: { at: number; code: number | null; tail: string }): boolean {
    return exit.code === 1 && exit.tail.includes('ENOSPC') && this.diskFullWindows.some((w) => w.seat === seat && w.from <= exit.at && exit.at <= w.to);
  }

  private names(ix: readonly number[]): string {
    return ix.map((i) => this.seats[i]!.name).join(',');
  }
}
