/**
 * An organism committee in one process: N seats replicating OrganismMachine
 * through OrganismHost, over an injected peer transport (src/peer's
 * LoopbackNetwork in the demo, an in-memory network in tests), on
 * MemoryStorage kept across a seat's stop and restart (a restarted seat
 * replays its log, as a process restarted on its disk would). Used by
 * `npm run demo` and by test/node/organism-host.test.ts.
 */
import { TesseraError } from '../common/errors.js';
import type { SpannedMember } from '../config/seat-config.js';
import { Seat, intervalTicker, type MemberRecord, type PeerTransport, type SeatRaftOptions } from '../node/index.js';
import { OrganismHost, type HostEvent, type OrganismHostOptions, type OrganismIdentity } from '../node/organism-host.js';
import { OrganismMachine, merkleFold, type ApplyPolicy, type OrganismParams } from '../organism/index.js';
import { MemoryStorage, Role, type NodeId } from '../raft/index.js';

export interface CommitteeOptions {
  readonly identity: OrganismIdentity;
  readonly members: readonly SpannedMember[];
  readonly policy: ApplyPolicy;
  /** Apply deadline from a key's first observation (policy degrade). */
  readonly deadlineMs: number;
  /** Seats, numbered 1..seats. */
  readonly seats: number;
  /** A fresh transport for seat `id` (called at every start). */
  readonly transport: (id: NodeId) => PeerTransport;
  /** Raft tick; default 10 ms. */
  readonly tickMs?: number;
  readonly raft?: SeatRaftOptions;
  /** Passed to every host (driver backoff, interval, ...). */
  readonly host?: Partial<Omit<OrganismHostOptions, 'machine' | 'identity' | 'members'>>;
  /** Every host event, with the seat it came from. */
  readonly onEvent?: (seat: number, event: HostEvent) => void;
}

export interface CommitteeSeat {
  readonly seat: Seat<OrganismHost['machine']>;
  readonly host: OrganismHost;
  readonly machine: OrganismMachine;
}

export function committeeMember(id: number): MemberRecord {
  return { id: id as NodeId, address: `loopback:${id}`, keyId: id.toString(16).padStart(64, '0') };
}

export class OrganismCommittee {
  readonly options: CommitteeOptions;
  readonly founders: readonly MemberRecord[];
  readonly #stores = new Map<number, MemoryStorage>();
  readonly #running = new Map<number, CommitteeSeat>();

  constructor(options: CommitteeOptions) {
    if (!Number.isSafeInteger(options.seats) || options.seats < 1) throw new TesseraError(`committee: seats must be a positive integer, got ${options.seats}`, 'DEMO_COMMITTEE_INVALID');
    this.options = options;
    this.founders = Array.from({ length: options.seats }, (_, k) => committeeMember(k + 1));
  }

  static async start(options: CommitteeOptions): Promise<OrganismCommittee> {
    const c = new OrganismCommittee(options);
    for (const f of c.founders) await c.startSeat(f.id);
    return c;
  }

  params(): OrganismParams {
    return { members: this.options.members.map((m) => m.stableId), policy: this.options.policy, deadlineMs: this.options.deadlineMs, keyKind: 'slot', fold: merkleFold };
  }

  /** Starts seat `id` (1-based) on its storage; a restart replays what it persisted before. */
  async startSeat(id: number): Promise<CommitteeSeat> {
    if (this.#running.has(id)) throw new TesseraError(`committee: seat ${id} is already running`, 'DEMO_COMMITTEE_STATE');
    const self = this.founders[id - 1];
    if (self === undefined) throw new TesseraError(`committee: no seat ${id} (seats are 1..${this.founders.length})`, 'DEMO_COMMITTEE_INVALID');
    let store = this.#stores.get(id);
    if (store === undefined) {
      store = new MemoryStorage({ confState: { voters: this.founders.map((f) => f.id), learners: [] } });
      this.#stores.set(id, store);
    }
    const machine = new OrganismMachine(this.params());
    const host = new OrganismHost({
      ...this.options.host,
      machine,
      identity: this.options.identity,
      members: this.options.members,
      onEvent: (e) => {
        this.options.host?.onEvent?.(e);
        this.options.onEvent?.(id, e);
      },
    });
    const seat = new Seat({
      self,
      storage: store,
      transport: this.options.transport(self.id),
      machine: host.machine,
      ticker: intervalTicker(this.options.tickMs ?? 10),
      founders: this.founders,
      raft: this.options.raft ?? { electionTimeoutTicks: 10, heartbeatIntervalTicks: 1 },
      requestTimeoutTicks: 300,
      // Strict evidence mode when the host is given a resolver (as `tessera run` does).
      ...(this.options.host?.evidence !== undefined ? { preApply: host.preApply } : {}),
    });
    await seat.start();
    host.start(seat);
    const running = { seat, host, machine };
    this.#running.set(id, running);
    return running;
  }

  /** Stops seat `id` as a crash looks to the others; its storage is kept for a restart. */
  async stopSeat(id: number): Promise<void> {
    const r = this.#running.get(id);
    if (r === undefined) return;
    this.#running.delete(id);
    await r.host.stop();
    await r.seat.stop();
  }

  running(id: number): CommitteeSeat | undefined {
    return this.#running.get(id);
  }

  seat(id: number): CommitteeSeat {
    const r = this.#running.get(id);
    if (r === undefined) throw new TesseraError(`committee: seat ${id} is not running`, 'DEMO_COMMITTEE_STATE');
    return r;
  }

  runningIds(): number[] {
    return [...this.#running.keys()].sort((a, b) => a - b);
  }

  /** The running seat that leads in the newest term (two can overlap briefly), or undefined. */
  leader(): (CommitteeSeat & { readonly id: number }) | undefined {
    let best: (CommitteeSeat & { readonly id: number }) | undefined;
    let bestTerm = -1;
    for (const [id, r] of this.#running) {
      const st = r.seat.status();
      if (st.role === Role.Leader && st.term > bestTerm) {
        best = { ...r, id };
        bestTerm = st.term;
      }
    }
    return best;
  }

  async stop(): Promise<void> {
    for (const id of this.runningIds()) await this.stopSeat(id);
  }
}
