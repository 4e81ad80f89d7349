/**
 * The deterministic simulator (issue C): a cluster of RawNodes driven
 * through their Ready loop over a simulated network and simulated disks,
 * every choice drawn from one seeded Rng. After every step it checks
 * election safety, log matching, leader completeness, state machine safety
 * and the core's own invariants; at the end, every acknowledged write is in
 * the final state and the client history is linearizable (test/lincheck,
 * kv model). See docs/contributors/testing.md.
 */
import { isTesseraError } from '../../src/common/errors.js';
import {
  ConfChangeType,
  EntryType,
  MemoryStorage,
  RawNode,
  Role,
  decodeConfChange,
  type ConfState,
  type Entry,
  type Index,
  type Message,
  type NodeId,
  type PersistUpdate,
  type Ready,
  type Term,
} from '../../src/raft/index.js';
import { ReadyPlanner, type ReadyPlan } from '../../src/node/ready-plan.js';
import { checkOperations, kvModel, type KvInput, type KvOutput, type Operation } from '../lincheck/index.js';
import { SimDisk } from './disk.js';
import { Rng } from './rng.js';
import { KvStateMachine, decodeCommand, encodeCommand } from './state-machine.js';

/** Deliberate bugs that prove the checks catch them (sim.test.ts). */
export type PlantedBug =
  /** A member applies a different entry than the one committed at some index. */
  | 'apply-wrong-entry'
  /** Members answer reads from their local state, without ReadIndex. */
  | 'stale-read'
  /** A write is acknowledged when proposed, before it is committed. */
  | 'early-ack';

export const plantedBugs: readonly PlantedBug[] = ['apply-wrong-entry', 'stale-read', 'early-ack'];

export interface SimOptions {
  /** Steps of the faulty phase (default 300); then faults stop and the cluster must converge. */
  readonly steps?: number;
  readonly plant?: PlantedBug;
  /** Log every event to this function (the CLI's --verbose). */
  readonly trace?: (line: string) => void;
  /**
   * Handle Readys as the seat does (src/node/ready-plan.ts): a leader sends
   * its appends and heartbeats and applies what is already durable when it
   * writes, before the fsync; a crash in between loses or tears the write.
   */
  readonly leaderPipelining?: boolean;
}

export interface SimFailure {
  /** Which check failed: election-safety, log-matching, leader-completeness, state-machine-safety, acknowledged-write-lost, linearizability, convergence, core-invariant, exception. */
  readonly invariant: string;
  readonly message: string;
  readonly step: number;
}

export interface SimStats {
  steps: number;
  messagesDelivered: number;
  messagesDropped: number;
  messagesDuplicated: number;
  crashes: number;
  tornWrites: number;
  partitions: number;
  leaderChanges: number;
  confChanges: number;
  transfers: number;
  snapshotsInstalled: number;
  compactions: number;
  writesAcked: number;
  writesUnknown: number;
  readsOk: number;
  operations: number;
  maxTerm: number;
  lastIndex: number;
  /** With leaderPipelining: leader Readys that sent or applied before their write was synced. */
  pipelinedReadys: number;
  /**
   * With leaderPipelining: crashes of a leader whose commit index had
   * already passed the first entry of its unsynced write (it counted its own
   * copy, followers acknowledged from the MsgApp sent before the write).
   */
  pipelinedCrashesPastDurable: number;
}

export interface SimResult {
  readonly seed: number;
  readonly ok: boolean;
  readonly failure: SimFailure | undefined;
  readonly stats: SimStats;
  /** The lincheck verdict (undefined when the run failed before it). */
  readonly linearizability: string | undefined;
}

class InvariantViolation extends Error {
  constructor(
    readonly invariant: string,
    message: string,
  ) {
    super(message);
  }
}

interface Member {
  readonly id: NodeId;
  node: RawNode;
  readonly disk: SimDisk;
  readonly rand: Rng;
  sm: KvStateMachine;
  confState: ConfState;
  applied: number;
  /** A Ready handed out and written, not yet synced. */
  pending: Ready | undefined;
  /** With leaderPipelining: the pending Ready's split, and the planner (new at each boot). */
  pendingPlan: ReadyPlan | undefined;
  planner: ReadyPlanner | undefined;
  /** With leaderPipelining: a slow fsync, the pending write syncs no earlier than this step. */
  syncAt: number;
  /** Read requests answered by ReadIndex, waiting for the state machine to reach their index. */
  reads: { index: number; ctx: string }[];
  alive: boolean;
  removed: boolean;
  /** Step at which a crashed member restarts. */
  restartAt: number;
  /** Log matching: entries up to `checkedTo` (whose term was `checkedTerm`) are verified. */
  checkedTo: number;
  checkedTerm: number;
  /** For the planted apply-wrong-entry bug. */
  normalApplied: number;
}

interface ClientOp {
  readonly kind: 'append' | 'get';
  readonly key: string;
  readonly value: string;
  readonly seq: number;
  readonly member: NodeId;
  readonly call: number;
  readonly ctx: string;
}

interface Client {
  readonly id: number;
  seq: number;
  op: ClientOp | undefined;
}

interface InFlight {
  readonly m: Message;
  readonly at: number;
}

const keys = ['a', 'b', 'c'];
const clientCount = 4;
const memberIdsMax = 8;
const opTimeoutSteps = 60;
const enc = new TextEncoder();
const dec = new TextDecoder();

export const stepsDefault = 300;

export function runSeed(seed: number, options: SimOptions = {}): SimResult {
  const sim = new Simulation(seed, options);
  return sim.run();
}

class Simulation {
  private readonly rng: Rng;
  private readonly members = new Map<NodeId, Member>();
  private net: InFlight[] = [];
  /** Blocked directed links "from->to". */
  private readonly cut = new Set<string>();
  private now = 0;
  private readonly stepsFaulty: number;
  private readonly preVote: boolean;
  private readonly checkQuorum: boolean;
  private readonly leaders = new Map<number, NodeId>();
  /** index -> "term:data" first applied there by anyone. */
  private readonly applied = new Map<number, string>();
  /** "index:term" -> [term of index - 1, data] as first seen in any log. */
  private readonly seen = new Map<string, string>();
  private readonly clients: Client[] = [];
  private readonly history: Operation<KvInput, KvOutput>[] = [];
  private readonly acked: { key: string; value: string }[] = [];
  private nextMemberId = 4;
  private readonly stats: SimStats = {
    steps: 0, messagesDelivered: 0, messagesDropped: 0, messagesDuplicated: 0, crashes: 0, tornWrites: 0, partitions: 0,
    leaderChanges: 0, confChanges: 0, transfers: 0, snapshotsInstalled: 0, compactions: 0, writesAcked: 0, writesUnknown: 0,
    readsOk: 0, operations: 0, maxTerm: 0, lastIndex: 0, pipelinedReadys: 0, pipelinedCrashesPastDurable: 0,
  };
  private faulty = true;
  // Fault rates vary by seed so that some runs are calm and some stormy.
  private readonly dropRate: number;
  private readonly dupRate: number;
  private readonly crashRate: number;

  constructor(
    readonly seed: number,
    private readonly options: SimOptions,
  ) {
    this.rng = new Rng(seed);
    this.stepsFaulty = options.steps ?? stepsDefault;
    this.preVote = this.rng.chance(0.7);
    this.checkQuorum = this.rng.chance(0.7);
    this.dropRate = [0, 0.02, 0.1][this.rng.int(3)]!;
    this.dupRate = [0, 0.02, 0.05][this.rng.int(3)]!;
    this.crashRate = [0.002, 0.006, 0.015][this.rng.int(3)]!;
    const founders: ConfState = { voters: [1, 2, 3] as NodeId[], learners: [] };
    for (const n of founders.voters) this.addMember(n, new MemoryStorage({ confState: founders }));
    for (let c = 1; c <= clientCount; c++) this.clients.push({ id: c, seq: 0, op: undefined });
  }

  private trace(line: string): void {
    this.options.trace?.(`[${this.now}] ${line}`);
  }

  private addMember(n: NodeId, storage: MemoryStorage): Member {
    const disk = new SimDisk(storage);
    const m: Member = {
      id: n, node: undefined as unknown as RawNode, disk, rand: this.rng.fork(), sm: new KvStateMachine(),
      confState: { voters: [], learners: [] }, applied: 0, pending: undefined, pendingPlan: undefined, planner: undefined, syncAt: 0, reads: [], alive: true, removed: false,
      restartAt: 0, checkedTo: 0, checkedTerm: 0, normalApplied: 0,
    };
    this.boot(m);
    this.members.set(n, m);
    return m;
  }

  /** Starts (or restarts) a member from its live storage (= what was durable). */
  private boot(m: Member): void {
    const snap = m.disk.live.snapshot();
    m.sm = KvStateMachine.decode(snap.data);
    m.confState = snap.metadata.confState;
    m.applied = snap.metadata.index;
    m.pending = undefined;
    m.reads = [];
    m.checkedTo = 0;
    m.checkedTerm = 0;
    m.node = new RawNode(
      {
        id: m.id,
        rand: (n: number) => m.rand.int(n),
        electionTimeoutTicks: 10,
        heartbeatIntervalTicks: 1,
        preVote: this.preVote,
        checkQuorum: this.checkQuorum,
        snapshotChunkBytes: 64,
        snapshotChunksInflightMax: 2,
        inflightMsgsMax: 8,
        msgAppBytesMax: 1024,
      },
      m.disk.live,
    );
    m.pendingPlan = undefined;
    m.syncAt = 0;
    m.planner = this.options.leaderPipelining === true ? new ReadyPlanner(m.disk.live.initialState().hardState, m.node.raftForTesting.role) : undefined;
  }

  run(): SimResult {
    let failure: SimFailure | undefined;
    let verdict: string | undefined;
    try {
      for (; this.now < this.stepsFaulty; this.now++) {
        this.step();
        this.check();
      }
      this.converge();
      verdict = this.finalChecks();
    } catch (e) {
      if (e instanceof InvariantViolation) failure = { invariant: e.invariant, message: e.message, step: this.now };
      else failure = { invariant: 'exception', message: e instanceof Error ? (e.stack ?? e.message) : String(e), step: this.now };
    }
    this.stats.steps = this.now;
    this.stats.operations = this.history.length;
    return { seed: this.seed, ok: failure === undefined, failure, stats: this.stats, linearizability: verdict };
  }

  private alive(): Member[] {
    return [...this.members.values()].filter((m) => m.alive);
  }

  private leader(): Member | undefined {
    let best: Member | undefined;
    for (const m of this.alive()) {
      const r = m.node.raftForTesting;
      if (r.role === Role.Leader && (best === undefined || r.term > best.node.raftForTesting.term)) best = m;
    }
    return best;
  }

  // --- one step ---------------------------------------------------------------

  private step(): void {
    const r = this.rng;
    if (this.faulty) {
      if (r.chance(this.crashRate)) {
        // Half the crashes hit a member in the middle of a write (torn
        // writes), preferably one that raises the term.
        const writing = this.alive().filter((m) => m.disk.hasUnsynced);
        const electing = writing.filter((m) => m.disk.unsyncedRaisesTerm);
        const victims = writing.length > 0 && r.chance(0.5) ? (electing.length > 0 && r.chance(0.5) ? electing : writing) : this.alive();
        if (victims.length > 0) this.crash(r.pick(victims));
      }
      if (r.chance(0.01)) this.partition();
      if (r.chance(0.03) && this.cut.size > 0) {
        this.cut.clear();
        this.trace('heal');
      }
      if (r.chance(0.015)) this.changeMembership();
      if (r.chance(0.006)) this.transfer();
    }
    for (const m of this.members.values()) {
      if (!m.alive && !m.removed && m.restartAt <= this.now) this.restart(m);
    }
    this.clientsAct();
    for (const m of this.alive()) {
      if (r.chance(0.6)) this.guard(() => m.node.tick());
      if (r.chance(0.02)) this.compact(m);
    }
    this.deliver();
    for (const m of this.alive()) if (r.chance(0.85)) this.readyPhase(m);
    this.timeouts();
  }

  /** Runs `f`, turning the core's refusals (RAFT_* errors other than assertions) into nothing. */
  private guard(f: () => void): boolean {
    try {
      f();
      return true;
    } catch (e) {
      if (isTesseraError(e) && e.code.startsWith('RAFT_') && e.code !== 'ASSERTION_FAILED') return false;
      throw e;
    }
  }

  private crash(m: Member | undefined): void {
    if (m === undefined) return;
    const unsynced = m.pendingPlan !== undefined && m.pendingPlan.sendBeforePersist.length > 0 ? m.pending?.entries[0] : undefined;
    if (unsynced !== undefined && m.node.raftForTesting.log.committed >= unsynced.index) this.stats.pipelinedCrashesPastDurable++;
    m.alive = false;
    m.restartAt = this.now + 5 + this.rng.int(40);
    const torn = m.disk.crash(this.rng);
    this.stats.crashes++;
    if (torn !== undefined && torn.kept < torn.of) this.stats.tornWrites++;
    this.trace(`crash ${m.id}${torn ? ` torn write kept ${torn.kept}/${torn.of} records` : ''}`);
  }

  private restart(m: Member): void {
    m.alive = true;
    this.boot(m);
    this.trace(`restart ${m.id} term ${m.node.status().term} last ${m.node.status().lastIndex}`);
  }

  private partition(): void {
    const ids = [...this.members.keys()];
    this.cut.clear();
    this.stats.partitions++;
    if (this.rng.chance(0.5)) {
      // Symmetric: two sides.
      const side = ids.filter(() => this.rng.chance(0.5));
      for (const a of ids) for (const b of ids) if (a !== b && side.includes(a) !== side.includes(b)) this.cut.add(`${a}->${b}`);
      this.trace(`partition [${side}] | [${ids.filter((x) => !side.includes(x))}]`);
    } else {
      // One-way: a few directed links.
      const n = 1 + this.rng.int(3);
      for (let k = 0; k < n; k++) {
        const a = this.rng.pick(ids);
        const b = this.rng.pick(ids);
        if (a !== b) this.cut.add(`${a}->${b}`);
      }
      this.trace(`one-way cuts ${[...this.cut].join(' ')}`);
    }
  }

  private changeMembership(): void {
    const l = this.leader();
    if (l === undefined) return;
    const cs = l.node.status().confState;
    const choice = this.rng.int(4);
    const none = new Uint8Array(0);
    if (choice === 0 && this.nextMemberId <= memberIdsMax && cs.voters.length + cs.learners.length < 6) {
      // Add a learner: a new member with empty storage (ids are never reused).
      const n = this.nextMemberId as NodeId;
      if (this.guard(() => l.node.proposeConfChange({ type: ConfChangeType.AddLearner, node: n, context: none }))) {
        this.nextMemberId++;
        this.addMember(n, new MemoryStorage());
        this.stats.confChanges++;
        this.trace(`propose add-learner ${n} on ${l.id}`);
      }
    } else if (choice === 1 && cs.learners.length > 0) {
      const n = this.rng.pick(cs.learners);
      if (this.guard(() => l.node.proposeConfChange({ type: ConfChangeType.AddVoter, node: n, context: none }))) {
        this.stats.confChanges++;
        this.trace(`propose promote ${n} on ${l.id}`);
      }
    } else if (choice === 2 && cs.voters.length > 3) {
      const n = this.rng.pick(cs.voters);
      if (this.guard(() => l.node.proposeConfChange({ type: ConfChangeType.Remove, node: n, context: none }))) {
        this.stats.confChanges++;
        this.trace(`propose remove voter ${n} on ${l.id}`);
      }
    } else if (choice === 3 && cs.learners.length > 0) {
      const n = this.rng.pick(cs.learners);
      if (this.guard(() => l.node.proposeConfChange({ type: ConfChangeType.Remove, node: n, context: none }))) {
        this.stats.confChanges++;
        this.trace(`propose remove learner ${n} on ${l.id}`);
      }
    }
  }

  private transfer(): void {
    const l = this.leader();
    if (l === undefined) return;
    const voters = l.node.status().confState.voters.filter((v) => v !== l.id);
    if (voters.length === 0) return;
    const to = this.rng.pick(voters);
    if (this.guard(() => l.node.transferLeader(to))) {
      this.stats.transfers++;
      this.trace(`transfer ${l.id} -> ${to}`);
    }
  }

  private compact(m: Member): void {
    if (m.pending !== undefined || m.disk.hasUnsynced) return;
    const snapIndex = m.disk.live.snapshot().metadata.index;
    if (m.applied <= snapIndex + 2) return;
    const keep = this.rng.int(4);
    m.disk.snapshotAndCompact(m.applied as Index, m.confState, m.sm.encode(), Math.max(0, m.applied - keep) as Index);
    this.stats.compactions++;
    this.trace(`compact ${m.id} at ${m.applied}`);
  }

  // --- clients --------------------------------------------------------------------

  private clientsAct(): void {
    for (const c of this.clients) {
      if (c.op !== undefined || !this.faulty || !this.rng.chance(0.3)) continue;
      const targets = this.alive().filter((m) => !m.removed);
      if (targets.length === 0) continue;
      // Clients mostly talk to the leader, sometimes to anyone (forwarding, follower reads).
      const l = this.leader();
      const m = l !== undefined && this.rng.chance(0.7) ? l : this.rng.pick(targets);
      const seq = ++c.seq;
      const key = this.rng.pick(keys);
      const kind = this.rng.chance(0.55) ? 'append' : 'get';
      const op: ClientOp = { kind, key, value: kind === 'append' ? `${c.id}.${seq};` : '', seq, member: m.id, call: this.now, ctx: `${c.id}.${seq}` };
      if (kind === 'append') {
        const ok = this.guard(() => m.node.propose(encodeCommand({ c: c.id, s: seq, key, value: op.value })));
        if (!ok) continue; // refused: it never took effect, and is left out of the history
        c.op = op;
        if (this.options.plant === 'early-ack') this.complete(c, { type: 'ok' });
      } else if (this.options.plant === 'stale-read') {
        c.op = op;
        this.complete(c, { type: 'ok', value: m.sm.get(key) });
      } else {
        if (!this.guard(() => m.node.readIndex(enc.encode(op.ctx)))) continue;
        c.op = op;
      }
    }
  }

  private complete(c: Client, output: KvOutput): void {
    const op = c.op!;
    c.op = undefined;
    const input: KvInput = op.kind === 'append' ? { f: 'append', key: op.key, value: op.value } : { f: 'get', key: op.key };
    const ret = output.type === 'unknown' ? Infinity : this.now + 0.5;
    this.history.push({ clientId: c.id, input, output, call: op.call, return: ret });
    if (op.kind === 'append' && output.type === 'ok') {
      this.acked.push({ key: op.key, value: op.value });
      this.stats.writesAcked++;
    } else if (output.type === 'unknown') this.stats.writesUnknown++;
    else if (op.kind === 'get') this.stats.readsOk++;
  }

  private timeouts(): void {
    for (const c of this.clients) {
      const op = c.op;
      if (op === undefined || this.now - op.call < opTimeoutSteps) continue;
      if (op.kind === 'append') this.complete(c, { type: 'unknown' });
      else c.op = undefined; // a read that never answered observed nothing
    }
  }

  // --- network ------------------------------------------------------------------

  private send(msgs: readonly Message[]): void {
    for (const m of msgs) {
      const delay = this.rng.chance(0.1) ? this.rng.int(12) : this.rng.int(3);
      this.net.push({ m, at: this.now + delay });
    }
  }

  private deliver(): void {
    const due: InFlight[] = [];
    const later: InFlight[] = [];
    for (const f of this.net) (f.at <= this.now ? due : later).push(f);
    this.net = later;
    for (const { m } of due) {
      const to = this.members.get(m.to);
      if (to === undefined || !to.alive || this.cut.has(`${m.from}->${m.to}`) || (this.faulty && this.rng.chance(this.dropRate))) {
        this.stats.messagesDropped++;
        continue;
      }
      if (this.faulty && this.rng.chance(this.dupRate)) {
        this.net.push({ m, at: this.now + 1 + this.rng.int(5) });
        this.stats.messagesDuplicated++;
      }
      to.node.step(m);
      this.stats.messagesDelivered++;
    }
  }

  // --- the Ready loop -----------------------------------------------------------

  /** One phase of a member's Ready handling: write (1) or fsync, send, apply, advance (2-5). */
  private readyPhase(m: Member): void {
    if (m.pending === undefined) {
      if (!m.node.hasReady()) return;
      const rd = m.node.ready();
      const update: PersistUpdate = { snapshot: rd.snapshot, entries: rd.entries, hardState: rd.hardState };
      m.disk.write(update);
      m.pending = rd;
      const plan = m.planner?.plan(rd);
      m.pendingPlan = plan;
      if (plan !== undefined && (plan.sendBeforePersist.length > 0 || plan.applyBeforePersist > 0)) {
        this.stats.pipelinedReadys++;
        this.send(plan.sendBeforePersist);
        for (let i = 0; i < plan.applyBeforePersist; i++) this.apply(m, rd.committedEntries[i]!);
        // Now and then a slow fsync: followers acknowledge the entries and
        // the leader commits them (counting its own unsynced copy) before
        // its write is durable, the window a crash must be tried in.
        if (this.faulty && rd.entries.length > 0 && this.rng.chance(0.1)) m.syncAt = this.now + 3 + this.rng.int(6);
      }
      // A follower's write that takes a new term and the new leader's
      // entries together is rare and the most delicate to tear: crash
      // there on purpose now and then.
      if (this.faulty && rd.entries.length > 0 && m.disk.unsyncedRaisesTerm && this.rng.chance(0.2)) this.crash(m);
      return;
    }
    if (m.syncAt > this.now) {
      // Its commit index passed entries only its page cache holds: crash there on purpose now and then.
      const first = m.pending.entries[0];
      if (first !== undefined && m.node.raftForTesting.log.committed >= first.index && this.rng.chance(0.3)) this.crash(m);
      return;
    }
    const rd = m.pending;
    const plan = m.pendingPlan;
    m.pending = undefined;
    m.pendingPlan = undefined;
    m.disk.fsync();
    this.send(plan?.sendAfterPersist ?? rd.messages);
    if (rd.snapshot !== undefined) {
      m.sm = KvStateMachine.decode(rd.snapshot.data);
      m.confState = rd.snapshot.metadata.confState;
      m.applied = rd.snapshot.metadata.index;
      this.stats.snapshotsInstalled++;
      this.trace(`${m.id} installs snapshot at ${m.applied}`);
    }
    for (let i = plan?.applyBeforePersist ?? 0; i < rd.committedEntries.length; i++) this.apply(m, rd.committedEntries[i]!);
    for (const rs of rd.readStates) m.reads.push({ index: rs.index, ctx: dec.decode(rs.context) });
    this.serveReads(m);
    m.node.advance();
  }

  private apply(m: Member, e: Entry): void {
    if (e.index !== m.applied + 1) throw new InvariantViolation('state-machine-safety', `member ${m.id} applies ${e.index} after ${m.applied}`);
    let data = e.data;
    if (e.type === EntryType.Normal && e.data.length > 0) {
      m.normalApplied++;
      if (this.options.plant === 'apply-wrong-entry' && m.id === 1 && m.normalApplied === 3) data = enc.encode(dec.decode(data).replace('}', ',"x":1}'));
    }
    const key = `${e.term}:${e.type}:${dec.decode(data)}`;
    const first = this.applied.get(e.index);
    if (first === undefined) this.applied.set(e.index, key);
    else if (first !== key) {
      throw new InvariantViolation('state-machine-safety', `member ${m.id} applies ${key} at ${e.index}, another member applied ${first}`);
    }
    m.applied = e.index;
    if (e.type === EntryType.ConfChange) {
      const cc = decodeConfChange(e.data);
      m.confState = m.node.applyConfChange(cc);
      if (cc.type === ConfChangeType.Remove) this.retire(cc.node);
      return;
    }
    if (e.data.length === 0) return;
    const cmd = decodeCommand(data);
    m.sm.apply(cmd);
    const c = this.clients[cmd.c - 1]!;
    if (this.options.plant !== 'early-ack' && c.op !== undefined && c.op.kind === 'append' && c.op.seq === cmd.s && c.op.member === m.id) {
      this.complete(c, { type: 'ok' });
    }
  }

  /** A member whose removal is committed stops (its id is never reused). */
  private retire(n: NodeId): void {
    const m = this.members.get(n);
    if (m === undefined || m.removed) return;
    m.removed = true;
    m.alive = false;
    this.trace(`member ${n} removed and stopped`);
  }

  private serveReads(m: Member): void {
    const waiting: { index: number; ctx: string }[] = [];
    for (const r of m.reads) {
      if (r.index > m.applied) {
        waiting.push(r);
        continue;
      }
      const c = this.clients.find((x) => x.op !== undefined && x.op.kind === 'get' && x.op.ctx === r.ctx && x.op.member === m.id);
      if (c !== undefined) this.complete(c, { type: 'ok', value: m.sm.get(c.op!.key) });
    }
    m.reads = waiting;
  }

  // --- checks -----------------------------------------------------------------

  private check(): void {
    for (const m of this.alive()) {
      try {
        m.node.checkInvariants();
      } catch (e) {
        throw new InvariantViolation('core-invariant', `member ${m.id}: ${e instanceof Error ? e.message : String(e)}`);
      }
      // The raft fields directly: status() allocates, and this runs every step.
      const s = m.node.raftForTesting;
      const log = s.log;
      if (s.term > this.stats.maxTerm) this.stats.maxTerm = s.term;
      if (log.lastIndex() > this.stats.lastIndex) this.stats.lastIndex = log.lastIndex();
      this.checkLogMatching(m, log);
      if (s.role !== Role.Leader) continue;
      const prev = this.leaders.get(s.term);
      if (prev !== undefined && prev !== m.id) throw new InvariantViolation('election-safety', `two leaders in term ${s.term}: ${prev} and ${m.id}`);
      if (prev === undefined) {
        this.leaders.set(s.term, m.id);
        this.stats.leaderChanges++;
        this.trace(`leader ${m.id} of term ${s.term}`);
        // Leader completeness: the new leader holds every entry committed so far.
        const first = log.firstIndex();
        for (const [i, key] of this.applied) {
          if (i < first - 1) continue;
          const t = log.term(i as Index);
          const want = Number(key.slice(0, key.indexOf(':')));
          if (t !== want) throw new InvariantViolation('leader-completeness', `leader ${m.id} of term ${s.term} has term ${t} at ${i}, committed entry has term ${want}`);
        }
      }
    }
  }

  /**
   * Log matching (§5.3): every (index, term) pair names one entry with one
   * predecessor term across all logs. Checked incrementally: a log changes
   * only by truncating a suffix and appending, so if the last verified
   * entry is unchanged so is everything before it.
   */
  private checkLogMatching(m: Member, log: Member['node']['raftForTesting']['log']): void {
    const first = log.firstIndex();
    const last = log.lastIndex();
    if (m.checkedTo < first - 1 || m.checkedTo > last || log.term(m.checkedTo as Index) !== m.checkedTerm) m.checkedTo = first - 1;
    if (m.checkedTo >= last) {
      m.checkedTerm = log.term(m.checkedTo as Index) ?? 0;
      return;
    }
    const ents = log.slice((m.checkedTo + 1) as Index, (last + 1) as Index, Number.MAX_SAFE_INTEGER);
    let prevTerm: Term | undefined = log.term(m.checkedTo as Index);
    for (const e of ents) {
      const k = `${e.index}:${e.term}`;
      const v = `${prevTerm ?? '?'}:${e.type}:${dec.decode(e.data)}`;
      const seen = this.seen.get(k);
      if (seen === undefined) this.seen.set(k, v);
      else if (seen !== v && !(seen.startsWith('?:') || v.startsWith('?:'))) {
        throw new InvariantViolation('log-matching', `member ${m.id}: entry ${k} is ${v}, another log has ${seen}`);
      }
      prevTerm = e.term;
    }
    m.checkedTo = last;
    m.checkedTerm = log.term(last as Index) ?? 0;
  }

  // --- the end ----------------------------------------------------------------

  /** Faults stop: heal, restart everyone, until a leader commits a final entry that every member of its configuration applies. */
  private converge(): void {
    this.faulty = false;
    this.cut.clear();
    for (const m of this.members.values()) if (!m.alive && !m.removed) m.restartAt = this.now;
    const limit = this.now + 1500;
    let marker: number | undefined;
    for (; this.now < limit; this.now++) {
      this.step();
      this.check();
      const l = this.leader();
      if (l === undefined) continue;
      const s = l.node.status();
      if (marker === undefined || (this.now % 50 === 0 && marker > s.commit)) {
        // A final no-op entry proves the leader commits in its term; re-proposed if lost.
        if (this.guard(() => l.node.propose(new Uint8Array(0)))) marker = s.lastIndex + 1;
        continue;
      }
      if (s.commit < marker) continue;
      const members = [...s.confState.voters, ...s.confState.learners].map((n) => this.members.get(n)!);
      if (members.every((m) => m.alive && m.applied === s.commit)) return;
    }
    throw new InvariantViolation('convergence', `no convergence ${limit} steps after the faults stopped`);
  }

  private finalChecks(): string {
    const l = this.leader()!;
    const cs = l.node.status().confState;
    const digest = l.sm.digest();
    for (const n of [...cs.voters, ...cs.learners]) {
      const m = this.members.get(n)!;
      if (m.sm.digest() !== digest) throw new InvariantViolation('state-machine-safety', `member ${n}'s final state differs from leader ${l.id}'s`);
    }
    for (const w of this.acked) {
      if (!l.sm.get(w.key).split(';').includes(w.value.slice(0, -1))) {
        throw new InvariantViolation('acknowledged-write-lost', `acknowledged append ${JSON.stringify(w.value)} to ${w.key} is not in the final state ${JSON.stringify(l.sm.get(w.key))}`);
      }
    }
    for (const c of this.clients) if (c.op?.kind === 'append') this.complete(c, { type: 'unknown' });
    const result = checkOperations(kvModel, this.history);
    if (result.verdict !== 'linearizable') {
      const f = result.failure;
      throw new InvariantViolation('linearizability', `client history is ${result.verdict}${f ? ` (key ${f.key}, ${f.longestPrefix.length} operations linearized)` : ''}`);
    }
    return result.verdict;
  }
}
