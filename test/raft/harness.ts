// A deterministic in-process network of RawNodes on MemoryStorage, shared by
// the paper tests and the scenario runner. Messages move only when a test
// says so (deliver / stabilize), so every interleaving is explicit.

import { expect } from 'vitest';

import {
  EntryType,
  MemoryStorage,
  MessageType,
  RawNode,
  Role,
  decodeConfChange,
  messageTypeName,
  type ConfState,
  type Entry,
  type Index,
  type Message,
  type NodeId,
  type RaftConfigInput,
  type ReadState,
  type Ready,
  type Term,
} from '../../src/raft/index.js';

export const id = (n: number): NodeId => n as NodeId;
export const ids = (...ns: number[]): NodeId[] => ns.map(id);

const enc = new TextEncoder();
const dec = new TextDecoder();
export const bytes = (s: string): Uint8Array => enc.encode(s);
export const text = (b: Uint8Array): string => dec.decode(b);

/** A seeded PRNG (mulberry32) returning integers in [0, n): deterministic elections. */
export function seededRand(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(r * n);
  };
}

export type ConfigOverrides = Partial<Omit<RaftConfigInput, 'id'>>;

export interface Member {
  readonly id: NodeId;
  node: RawNode;
  readonly storage: MemoryStorage;
  readonly config: ConfigOverrides;
  /** The test state machine: data of the normal entries applied, in order (snapshots restore it). */
  state: string[];
  /** Every entry applied (including empty and conf change entries), for log comparisons. */
  appliedEntries: Entry[];
  confState: ConfState;
  appliedIndex: Index;
  readStates: ReadState[];
  /** Snapshots installed from the leader. */
  snapshotsInstalled: number;
  /** Stop processing Ready (a member that is "paused" keeps its unpersisted state). */
  paused: boolean;
}

/** Snapshot data of the test state machine: its entries joined by newlines. */
function encodeState(state: readonly string[]): Uint8Array {
  return bytes(JSON.stringify(state));
}
function decodeState(data: Uint8Array): string[] {
  return data.length === 0 ? [] : (JSON.parse(text(data)) as string[]);
}

export interface NetworkOptions {
  /** Voters of the initial configuration (each gets a member). */
  readonly voters: readonly number[];
  readonly learners?: readonly number[];
  /** Config for every member (each member's id is filled in). Default: rand always 0, so timeouts are exactly electionTimeoutTicks. */
  readonly config?: ConfigOverrides;
  /**
   * Pre-existing logs: member -> the term of each entry after the genesis
   * snapshot (index 2, 3, ...); the member's stored term is the last one,
   * or `terms[member]`.
   */
  readonly logs?: Readonly<Record<number, readonly number[]>>;
  readonly terms?: Readonly<Record<number, number>>;
  /** Per-member overrides (e.g. a slower election timeout via rand). */
  readonly memberConfig?: Readonly<Record<number, ConfigOverrides>>;
  /** Check every member's invariants after every step (default true). */
  readonly checkInvariants?: boolean;
}

export class Network {
  readonly members = new Map<NodeId, Member>();
  /** Messages sent and not yet delivered, in send order. */
  inflight: Message[] = [];
  /** Links that drop messages ("from->to"). */
  private readonly cut = new Set<string>();
  /** Every message ever sent (for tests that inspect traffic). */
  readonly sent: Message[] = [];
  private readonly check: boolean;
  private readonly defaults: ConfigOverrides;

  constructor(opts: NetworkOptions) {
    this.check = opts.checkInvariants ?? true;
    this.defaults = opts.config ?? {};
    const cs: ConfState = { voters: ids(...opts.voters), learners: ids(...(opts.learners ?? [])) };
    for (const n of [...opts.voters, ...(opts.learners ?? [])]) {
      const log = opts.logs?.[n] ?? [];
      const term = opts.terms?.[n] ?? log[log.length - 1] ?? 0;
      this.addMember(n, cs, opts.memberConfig?.[n] ?? {}, log, term);
    }
  }

  /** Adds a member with its own storage: a founder of `confState`, or (without it) a newcomer that waits for the leader. */
  addMember(n: number, confState?: ConfState, config: ConfigOverrides = {}, logTerms: readonly number[] = [], term = 0): Member {
    // Founders start from the genesis snapshot (index 1, term 1); a newcomer (no confState) starts empty.
    const hardState = term > 0 ? { term: term as Term, vote: id(0), commit: 1 as Index } : undefined;
    const storage = new MemoryStorage({ confState, hardState });
    storage.append(logTerms.map((t, k) => ({ term: t as Term, index: (k + 2) as Index, type: EntryType.Normal, data: bytes(`${t}.${k + 2}`) })));
    const merged: ConfigOverrides = { rand: () => 0, ...this.defaults, ...config };
    const m: Member = {
      id: id(n),
      node: new RawNode({ ...merged, id: id(n) } as RaftConfigInput, storage),
      storage,
      config: merged,
      state: [],
      appliedEntries: [],
      confState: confState ?? { voters: [], learners: [] },
      appliedIndex: storage.snapshot().metadata.index,
      readStates: [],
      snapshotsInstalled: 0,
      paused: false,
    };
    this.members.set(id(n), m);
    return m;
  }

  member(n: number): Member {
    const m = this.members.get(id(n));
    if (m === undefined) throw new Error(`no member ${n}`);
    return m;
  }

  node(n: number): RawNode {
    return this.member(n).node;
  }

  /** Restarts member n from what its storage holds (anything not persisted is lost, as in a crash). */
  restart(n: number): void {
    const m = this.member(n);
    // The state machine is rebuilt from the snapshot; entries after it are re-applied from the log.
    const snap = m.storage.snapshot();
    m.state = decodeState(snap.data);
    m.appliedEntries = [];
    m.confState = snap.metadata.confState;
    m.appliedIndex = snap.metadata.index;
    m.readStates = [];
    m.node = new RawNode({ ...m.config, id: m.id } as RaftConfigInput, m.storage);
    this.inflight = this.inflight.filter((msg) => msg.from !== m.id);
  }

  remove(n: number): void {
    this.members.delete(id(n));
    this.inflight = this.inflight.filter((msg) => msg.to !== id(n));
  }

  // --- faults ---------------------------------------------------------------

  /** Splits members into groups that cannot reach each other. */
  partition(...groups: number[][]): void {
    this.cut.clear();
    for (const a of groups) for (const b of groups) if (a !== b) for (const x of a) for (const y of b) this.cut.add(`${x}->${y}`);
  }

  isolate(n: number): void {
    for (const other of this.members.keys()) {
      if (other === id(n)) continue;
      this.cut.add(`${n}->${other}`);
      this.cut.add(`${other}->${n}`);
    }
  }

  cutLink(from: number, to: number): void {
    this.cut.add(`${from}->${to}`);
  }

  heal(): void {
    this.cut.clear();
  }

  // --- driving --------------------------------------------------------------

  tick(n: number, times = 1): void {
    for (let k = 0; k < times; k++) {
      this.node(n).tick();
      this.checkMember(n);
    }
  }

  tickAll(times = 1): void {
    for (let k = 0; k < times; k++) for (const n of this.members.keys()) this.tick(n);
  }

  campaign(n: number): void {
    this.node(n).campaign();
    this.checkMember(n);
  }

  propose(n: number, data: string): void {
    this.node(n).propose(bytes(data));
    this.checkMember(n);
  }

  /** Handles member n's Ready: persist, queue messages, apply, advance. Returns the Ready (or undefined). */
  processReady(n: number): Ready | undefined {
    const m = this.member(n);
    if (m.paused || !m.node.hasReady()) return undefined;
    const rd = m.node.ready();
    m.storage.save({ snapshot: rd.snapshot, entries: rd.entries, hardState: rd.hardState });
    if (this.check) checkSendsAfterPersist(m.storage, rd);
    for (const msg of rd.messages) {
      this.sent.push(msg);
      if (!this.cut.has(`${msg.from}->${msg.to}`)) this.inflight.push(msg);
    }
    if (rd.snapshot !== undefined) {
      m.state = decodeState(rd.snapshot.data);
      m.confState = rd.snapshot.metadata.confState;
      m.appliedIndex = rd.snapshot.metadata.index;
      m.snapshotsInstalled++;
    }
    for (const e of rd.committedEntries) this.apply(m, e);
    m.readStates.push(...rd.readStates);
    m.node.advance();
    this.checkMember(n);
    return rd;
  }

  private apply(m: Member, e: Entry): void {
    expect(e.index, `member ${m.id} applies entries in order`).toBe(m.appliedIndex + 1);
    m.appliedIndex = e.index;
    m.appliedEntries.push(e);
    if (e.type === EntryType.ConfChange) {
      m.confState = m.node.applyConfChange(decodeConfChange(e.data));
    } else if (e.data.length > 0) {
      m.state.push(text(e.data));
    }
  }

  processAllReady(): boolean {
    let any = false;
    for (const n of [...this.members.keys()]) if (this.processReady(n) !== undefined) any = true;
    return any;
  }

  /** Delivers the messages in flight (those matching `filter`, default all) once; returns how many. */
  deliver(filter: (m: Message) => boolean = () => true): number {
    const now = this.inflight;
    this.inflight = [];
    let delivered = 0;
    for (const msg of now) {
      if (!filter(msg)) {
        this.inflight.push(msg);
        continue;
      }
      const to = this.members.get(msg.to);
      if (to === undefined || this.cut.has(`${msg.from}->${msg.to}`)) continue;
      to.node.step(msg);
      this.checkMember(msg.to);
      delivered++;
    }
    return delivered;
  }

  /** Drops in-flight messages matching `filter`; returns how many. */
  drop(filter: (m: Message) => boolean): number {
    const before = this.inflight.length;
    this.inflight = this.inflight.filter((m) => !filter(m));
    return before - this.inflight.length;
  }

  /** Processes Readys and delivers messages until nothing moves. */
  stabilize(maxRounds = 10_000): void {
    for (let round = 0; round < maxRounds; round++) {
      const readied = this.processAllReady();
      const delivered = this.deliver();
      if (!readied && delivered === 0 && this.inflight.length === 0) return;
    }
    throw new Error(`network did not stabilize in ${maxRounds} rounds`);
  }

  /** Campaigns n and stabilizes; asserts it became leader. */
  elect(n: number): void {
    this.campaign(n);
    this.stabilize();
    expect(this.node(n).status().role, `member ${n} won the election`).toBe(Role.Leader);
  }

  /** (index, term) of every entry member n holds, as "index:term" strings, from its first index. */
  logOf(n: number): string[] {
    const r = this.node(n).raftForTesting;
    const out: string[] = [];
    for (let i = r.log.firstIndex(); i <= r.log.lastIndex(); i++) out.push(`${i}:${r.log.term(i as Index)}`);
    return out;
  }

  leader(): NodeId | undefined {
    for (const [nid, m] of this.members) if (m.node.status().role === Role.Leader) return nid;
    return undefined;
  }

  checkMember(n: number): void {
    if (this.check) this.members.get(id(n))?.node.checkInvariants();
  }

  /** Takes a snapshot of member n's state machine at its applied index and compacts its log before that index. */
  compact(n: number, keepAfter = 0): void {
    const m = this.member(n);
    const at = m.appliedIndex;
    m.storage.createSnapshot(at, m.confState, encodeState(m.state));
    // compact(i) discards entries through i (etcd); keep `keepAfter` entries
    // before `at` + 1, and always the last entry.
    const to = Math.min(m.storage.lastIndex() - 1, at - keepAfter) as Index;
    if (to >= m.storage.firstIndex()) m.storage.compact(to);
  }
}

/** A rand that always draws the largest value: that member's election timeout is 2 * electionTimeoutTicks - 1. */
export const slowestTimeout = (n: number): number => n - 1;

/**
 * The Ready contract, checked on every Ready the harness handles: once this
 * Ready is persisted, every message in it is backed by durable state (its
 * term, a granted vote, the entries it acknowledges or carries).
 */
function checkSendsAfterPersist(storage: MemoryStorage, rd: Ready): void {
  const hs = storage.initialState().hardState;
  const last = storage.lastIndex();
  for (const msg of rd.messages) {
    const what = `${messageTypeName[msg.type]} ${msg.from}->${msg.to}`;
    const futureTerm = msg.type === MessageType.PreVote || (msg.type === MessageType.PreVoteResp && !msg.reject);
    if (!futureTerm) expect(msg.term, `${what}: term is durable`).toBeLessThanOrEqual(hs.term);
    if (msg.type === MessageType.VoteResp && !msg.reject) {
      // Either the vote itself is durable, or a later term is (which rules out voting again in msg.term).
      const durable = hs.term > msg.term || (hs.term === msg.term && hs.vote === msg.to);
      expect(durable, `${what}: the granted vote is durable (stored term ${hs.term} vote ${hs.vote})`).toBe(true);
    }
    // A message made in an earlier term of this same batch may reflect entries a
    // newer leader has since replaced: like a message delayed past that change,
    // which Raft tolerates. Within the sender's current term, its log only grows.
    if (msg.term !== hs.term) continue;
    if (msg.type === MessageType.AppResp && !msg.reject) expect(msg.index, `${what}: acknowledged entries are durable`).toBeLessThanOrEqual(last);
    if (msg.type === MessageType.App && msg.entries.length > 0) {
      expect(msg.entries[msg.entries.length - 1]!.index, `${what}: the leader holds what it sends`).toBeLessThanOrEqual(last);
    }
  }
}

export function describeMessage(m: Message): string {
  return `${m.from}->${m.to} ${messageTypeName[m.type]}`;
}

export const isType =
  (...types: MessageType[]) =>
  (m: Message): boolean =>
    types.includes(m.type);
