// Scenario tests: text files under test/raft/testdata, each a sequence of
// cases in a small format of our own:
//
//   # a comment (kept as is)
//   command positional key=value key=(1,2,3)
//   ----
//   expected output, one or more lines (none: the case prints nothing)
//   <blank line>
//
// The runner executes every command against a deterministic Network (see
// harness.ts) and compares the output. With REWRITE=1 it rewrites the files
// with the actual output instead; review that diff line by line before
// committing it, never accept it blindly.
//
// Commands (one handler each, below): add-nodes, campaign, tick, propose,
// propose-conf-change, transfer-leadership, read-index, read-states,
// process-ready, deliver, drop, messages, stabilize, partition, isolate,
// heal, report-unreachable, compact, restart, raft-state, raft-log, status,
// state.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import {
  ConfChangeType,
  EntryType,
  MessageType,
  decodeConfChange,
  messageTypeName,
  type Entry,
  type Message,
  type Ready,
} from '../../src/raft/index.js';
import { Network, bytes, id, text, type ConfigOverrides } from './harness.js';

const dataDir = join(import.meta.dirname, 'testdata');
const rewrite = process.env['REWRITE'] === '1';

// --- the format --------------------------------------------------------------

interface Case {
  /** Line number of the command (1-based), for error messages. */
  readonly line: number;
  readonly command: string;
  readonly expected: string[];
}

type Chunk = { kind: 'text'; lines: string[] } | { kind: 'case'; c: Case };

function parse(file: string, src: string): Chunk[] {
  const lines = src.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: Chunk[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k]!;
    if (line.startsWith('#') || line.trim() === '') {
      out.push({ kind: 'text', lines: [line] });
      k++;
      continue;
    }
    const start = k + 1;
    if (lines[k + 1] !== '----') throw new Error(`${file}:${start}: command without a '----' line after it`);
    k += 2;
    const expected: string[] = [];
    while (k < lines.length && lines[k] !== '') expected.push(lines[k++]!);
    out.push({ kind: 'case', c: { line: start, command: line, expected } });
  }
  return out;
}

function render(chunks: Chunk[], outputs: Map<Case, string[]>): string {
  const lines: string[] = [];
  for (const ch of chunks) {
    if (ch.kind === 'text') lines.push(...ch.lines);
    else lines.push(ch.c.command, '----', ...(outputs.get(ch.c) ?? ch.c.expected));
  }
  return lines.join('\n') + '\n';
}

interface Args {
  readonly name: string;
  readonly pos: string[];
  readonly kv: Map<string, string>;
}

function parseCommand(line: string): Args {
  const tokens = line.trim().split(/\s+/);
  const pos: string[] = [];
  const kv = new Map<string, string>();
  for (const t of tokens.slice(1)) {
    const eq = t.indexOf('=');
    if (eq > 0) kv.set(t.slice(0, eq), t.slice(eq + 1));
    else pos.push(t);
  }
  return { name: tokens[0]!, pos, kv };
}

const list = (v: string | undefined): number[] =>
  v === undefined || v === '()' ? [] : v.replace(/^\(|\)$/g, '').split(',').map((x) => num(x));

function num(v: string | undefined, what = 'number'): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n)) throw new Error(`expected a ${what}, got ${String(v)}`);
  return n;
}

const bool = (v: string | undefined, dflt: boolean): boolean => (v === undefined ? dflt : v === 'true');

// --- printing ----------------------------------------------------------------

const ccNames: Record<ConfChangeType, string> = {
  [ConfChangeType.AddLearner]: 'add-learner',
  [ConfChangeType.AddVoter]: 'add-voter',
  [ConfChangeType.Remove]: 'remove',
};

function fmtEntry(e: Entry): string {
  const head = `${e.index}/${e.term}`;
  if (e.type === EntryType.ConfChange) {
    const cc = decodeConfChange(e.data);
    return `${head} ${ccNames[cc.type]}(${cc.node})`;
  }
  return e.data.length === 0 ? head : `${head} '${text(e.data)}'`;
}

const fmtEntries = (es: readonly Entry[]): string => `[${es.map(fmtEntry).join(', ')}]`;

export function fmtMessage(m: Message): string {
  const t = messageTypeName[m.type];
  const head = `${m.from}->${m.to} ${t}`;
  const ctx = m.context.length > 0 ? ` ctx=${text(m.context)}` : '';
  switch (m.type) {
    case MessageType.App:
      return `${head} term=${m.term} prev=${m.index}/${m.logTerm} commit=${m.commit} entries=${fmtEntries(m.entries)}`;
    case MessageType.AppResp:
      return m.reject
        ? `${head} term=${m.term} reject index=${m.index} hint=${m.rejectHint}/${m.logTerm}`
        : `${head} term=${m.term} index=${m.index}`;
    case MessageType.Vote:
    case MessageType.PreVote:
      return `${head} term=${m.term} last=${m.index}/${m.logTerm}${m.transfer ? ' transfer' : ''}`;
    case MessageType.VoteResp:
    case MessageType.PreVoteResp:
      return `${head} term=${m.term}${m.reject ? ' reject' : ''}`;
    case MessageType.Snap: {
      const c = m.snapshot!;
      return `${head} term=${m.term} snap=${c.metadata.index}/${c.metadata.term} chunk=${c.offset}+${c.data.length}/${c.totalBytes}`;
    }
    case MessageType.SnapResp:
      return `${head} term=${m.term} snap=${m.index}/${m.logTerm} received=${m.snapshotBytesReceived}${m.reject ? ' reject' : ''}`;
    case MessageType.Heartbeat:
      return `${head} term=${m.term} commit=${m.commit}${ctx}`;
    case MessageType.HeartbeatResp:
      return `${head} term=${m.term}${ctx}`;
    case MessageType.Prop:
      return `${head} entries=${fmtEntries(m.entries)}`;
    case MessageType.TimeoutNow:
      return `${head} term=${m.term}`;
    case MessageType.ReadIndex:
      return `${head}${ctx}`;
    case MessageType.ReadIndexResp:
      return `${head} term=${m.term} index=${m.index}${ctx}`;
  }
}

function fmtReady(n: number, rd: Ready): string[] {
  const out = [`Ready ${n}:`];
  if (rd.softState !== undefined) out.push(`  soft: ${rd.softState.role} lead=${rd.softState.lead}`);
  if (rd.hardState !== undefined) out.push(`  hard: term=${rd.hardState.term} vote=${rd.hardState.vote} commit=${rd.hardState.commit}`);
  if (rd.snapshot !== undefined) {
    const md = rd.snapshot.metadata;
    out.push(`  snapshot: ${md.index}/${md.term} voters=(${md.confState.voters.join(',')}) learners=(${md.confState.learners.join(',')})`);
  }
  if (rd.entries.length > 0) out.push(`  entries: ${fmtEntries(rd.entries)}`);
  if (rd.committedEntries.length > 0) out.push(`  committed: ${fmtEntries(rd.committedEntries)}`);
  for (const r of rd.readStates) out.push(`  read: ${text(r.context)}@${r.index}`);
  for (const m of rd.messages) out.push(`  send: ${fmtMessage(m)}`);
  return out;
}

// --- the handlers -------------------------------------------------------------

class Scenario {
  private net: Network | undefined;

  private get n(): Network {
    if (this.net === undefined) throw new Error('add-nodes first');
    return this.net;
  }

  run(line: string): string[] {
    const a = parseCommand(line);
    const h = this.handlers[a.name];
    if (h === undefined) throw new Error(`unknown command '${a.name}'`);
    try {
      return h(a);
    } catch (e) {
      // A refusal by the core is output, so that scenarios can expect it.
      if (isTesseraError(e) && e.code !== 'ASSERTION_FAILED') {
        const leader = e.details?.['leader'];
        return [`error ${e.code}${leader === undefined ? '' : ` leader=${String(leader)}`}`];
      }
      throw e;
    }
  }

  private nodeState(k: number): string {
    const s = this.n.node(k).status();
    return `${k}: ${s.role} term=${s.term} vote=${s.vote} lead=${s.lead} commit=${s.commit} applied=${s.applied} last=${s.lastIndex}`;
  }

  private ids(v: string | undefined): number[] {
    return v === undefined || v === 'all' ? [...this.n.members.keys()].map(Number) : [num(v, 'node id')];
  }

  private readonly handlers: Record<string, (a: Args) => string[]> = {
    /**
     * add-nodes <count> [voters=(..)] [learners=(..)] [timeouts=(..)] [config...]
     * The first call founds the cluster (members 1..count; voters default to all);
     * later calls add newcomers with empty storage.
     */
    'add-nodes': (a) => {
      const count = num(a.pos[0], 'count');
      const config: ConfigOverrides = {
        preVote: bool(a.kv.get('prevote'), true),
        checkQuorum: bool(a.kv.get('checkquorum'), true),
        disableProposalForwarding: !bool(a.kv.get('forwarding'), true),
        ...(a.kv.has('election') ? { electionTimeoutTicks: num(a.kv.get('election')) } : {}),
        ...(a.kv.has('heartbeat') ? { heartbeatIntervalTicks: num(a.kv.get('heartbeat')) } : {}),
        ...(a.kv.has('inflight') ? { inflightMsgsMax: num(a.kv.get('inflight')) } : {}),
        ...(a.kv.has('msg-bytes') ? { msgAppBytesMax: num(a.kv.get('msg-bytes')), inflightBytesMax: Math.max(num(a.kv.get('msg-bytes')), 1 << 20) } : {}),
        ...(a.kv.has('chunk-bytes') ? { snapshotChunkBytes: num(a.kv.get('chunk-bytes')) } : {}),
        ...(a.kv.has('chunks-inflight') ? { snapshotChunksInflightMax: num(a.kv.get('chunks-inflight')) } : {}),
      };
      const election = config.electionTimeoutTicks ?? 10;
      // timeouts=(t1,t2,..): member k's randomized election timeout is t_k (in [election, 2*election)).
      const timeouts = list(a.kv.get('timeouts'));
      const perMember = (k: number, idx: number): ConfigOverrides => {
        const t = timeouts[idx];
        return t === undefined ? {} : { rand: () => t - election };
      };
      if (this.net === undefined) {
        const members = Array.from({ length: count }, (_, k) => k + 1);
        const learners = list(a.kv.get('learners'));
        const voters = a.kv.has('voters') ? list(a.kv.get('voters')) : members.filter((k) => !learners.includes(k));
        const memberConfig: Record<number, ConfigOverrides> = {};
        members.forEach((k, idx) => (memberConfig[k] = perMember(k, idx)));
        this.net = new Network({ voters, learners, config, memberConfig });
        for (const k of members) if (!voters.includes(k) && !learners.includes(k)) this.net.addMember(k, undefined, memberConfig[k]);
        return members.map((k) => this.nodeState(k));
      }
      const first = Math.max(...this.n.members.keys()) + 1;
      const out: string[] = [];
      for (let k = 0; k < count; k++) {
        this.n.addMember(first + k, undefined, { ...config, ...perMember(first + k, k) });
        out.push(this.nodeState(first + k));
      }
      return out;
    },

    /** campaign <id>: start an election now. */
    campaign: (a) => {
      const k = num(a.pos[0], 'node id');
      this.n.campaign(k);
      return [this.nodeState(k)];
    },

    /** tick <id|all> [times]: prints the members whose role, term or leader changed. */
    tick: (a) => {
      const ks = this.ids(a.pos[0]);
      const times = a.pos[1] === undefined ? 1 : num(a.pos[1]);
      const key = (k: number): string => {
        const s = this.n.node(k).status();
        return `${s.role} ${s.term} ${s.lead}`;
      };
      const before = ks.map(key);
      for (let t = 0; t < times; t++) for (const k of ks) this.n.tick(k);
      return ks.filter((k, i) => key(k) !== before[i]).map((k) => this.nodeState(k));
    },

    /** propose <id> <data> */
    propose: (a) => {
      this.n.propose(num(a.pos[0], 'node id'), a.pos[1] ?? '');
      return ['ok'];
    },

    /** propose-conf-change <id> add-learner|add-voter|remove <node> */
    'propose-conf-change': (a) => {
      const types: Record<string, ConfChangeType> = {
        'add-learner': ConfChangeType.AddLearner,
        'add-voter': ConfChangeType.AddVoter,
        remove: ConfChangeType.Remove,
      };
      const type = types[a.pos[1] ?? ''];
      if (type === undefined) throw new Error(`conf change type must be add-learner, add-voter or remove`);
      this.n.node(num(a.pos[0], 'node id')).proposeConfChange({ type, node: id(num(a.pos[2], 'node id')), context: new Uint8Array() });
      return ['ok'];
    },

    /** transfer-leadership from=<leader> to=<id> */
    'transfer-leadership': (a) => {
      this.n.node(num(a.kv.get('from'), 'from')).transferLeader(id(num(a.kv.get('to'), 'to')));
      return ['ok'];
    },

    /** read-index <id> <ctx> */
    'read-index': (a) => {
      this.n.node(num(a.pos[0], 'node id')).readIndex(bytes(a.pos[1] ?? ''));
      return ['ok'];
    },

    /** read-states <id>: the confirmed reads collected from its Readys (then forgotten). */
    'read-states': (a) => {
      const m = this.n.member(num(a.pos[0], 'node id'));
      const out = m.readStates.map((r) => `${text(r.context)}@${r.index}`);
      m.readStates = [];
      return out;
    },

    /** process-ready <id...|all>: handle Readys (persist, queue messages, apply, advance) and print them. */
    'process-ready': (a) => {
      const out: string[] = [];
      const ks = a.pos.length > 1 ? a.pos.map((x) => num(x, 'node id')) : this.ids(a.pos[0]);
      for (const k of ks) {
        const rd = this.n.processReady(k);
        if (rd !== undefined) out.push(...fmtReady(k, rd));
      }
      return out;
    },

    /** deliver [from=..] [to=..] [type=..]: deliver the matching messages in flight once, printing them. */
    deliver: (a) => {
      const f = this.filter(a);
      const picked = this.n.inflight.filter(f);
      this.n.deliver(f);
      return picked.map(fmtMessage);
    },

    /** drop [from=..] [to=..] [type=..] [count=n]: lose the (first n) matching messages in flight. */
    drop: (a) => {
      const matching = this.filter(a);
      const limit = a.kv.has('count') ? num(a.kv.get('count')) : Infinity;
      const picked = this.n.inflight.filter(matching).slice(0, limit);
      this.n.drop((m) => picked.includes(m));
      return picked.map((m) => `dropped ${fmtMessage(m)}`);
    },

    /** messages: what is in flight. */
    messages: () => this.n.inflight.map(fmtMessage),

    /** stabilize [verbose=true]: Readys and deliveries until nothing moves; prints every message delivered. */
    stabilize: (a) => {
      const verbose = bool(a.kv.get('verbose'), true);
      const out: string[] = [];
      for (let round = 0; round < 1000; round++) {
        const readied = this.n.processAllReady();
        const batch = this.n.inflight.slice();
        const delivered = this.n.deliver();
        if (verbose) for (const m of batch) out.push(fmtMessage(m));
        if (!readied && delivered === 0 && this.n.inflight.length === 0) return out;
      }
      throw new Error('did not stabilize');
    },

    /** partition (1,2) (3): groups that cannot reach each other. */
    partition: (a) => {
      this.n.partition(...a.pos.map((g) => list(g)));
      return [];
    },

    isolate: (a) => {
      this.n.isolate(num(a.pos[0], 'node id'));
      return [];
    },

    heal: () => {
      this.n.heal();
      return [];
    },

    /** report-unreachable <leader> <id> */
    'report-unreachable': (a) => {
      this.n.node(num(a.pos[0], 'node id')).reportUnreachable(id(num(a.pos[1], 'node id')));
      return [];
    },

    /** compact <id> [keep=<n>]: snapshot the state machine at its applied index and drop the log before it. */
    compact: (a) => {
      const k = num(a.pos[0], 'node id');
      this.n.compact(k, a.kv.has('keep') ? num(a.kv.get('keep')) : 0);
      const s = this.n.member(k).storage;
      return [`${k}: snapshot=${s.snapshot().metadata.index}/${s.snapshot().metadata.term} first=${s.firstIndex()} last=${s.lastIndex()}`];
    },

    /** restart <id>: crash (losing what was not persisted) and start again from storage. */
    restart: (a) => {
      const k = num(a.pos[0], 'node id');
      this.n.restart(k);
      return [this.nodeState(k)];
    },

    /** raft-state: one line per member. */
    'raft-state': () => [...this.n.members.keys()].map((k) => this.nodeState(k)),

    /** raft-log <id>: the entries it holds (persisted or not), from its first index. */
    'raft-log': (a) => {
      const r = this.n.node(num(a.pos[0], 'node id')).raftForTesting;
      const out: string[] = [];
      const lo = r.log.firstIndex();
      const hi = r.log.lastIndex();
      if (lo <= hi) for (const e of r.log.slice(lo, (hi + 1) as typeof hi, Number.MAX_SAFE_INTEGER)) out.push(fmtEntry(e));
      return out.length > 0 ? out : ['(empty)'];
    },

    /** status <id>: configuration, and on a leader every member's progress. */
    status: (a) => {
      const s = this.n.node(num(a.pos[0], 'node id')).status();
      const out = [`voters=(${s.confState.voters.join(',')}) learners=(${s.confState.learners.join(',')})`];
      if (s.progress !== undefined) {
        for (const [k, p] of [...s.progress].sort((x, y) => x[0] - y[0])) {
          out.push(`${k}: ${p.state} match=${p.match} next=${p.next}${p.isLearner ? ' learner' : ''}${p.inflightMsgs > 0 ? ` inflight=${p.inflightMsgs}` : ''}`);
        }
      }
      return out;
    },

    /** state <id>: the test state machine (data of the normal entries applied). */
    state: (a) => {
      const m = this.n.member(num(a.pos[0], 'node id'));
      return [`${m.id}: [${m.state.join(' ')}] snapshots=${m.snapshotsInstalled}`];
    },
  };

  private filter(a: Args): (m: Message) => boolean {
    const from = a.kv.has('from') ? num(a.kv.get('from')) : undefined;
    const to = a.kv.has('to') ? num(a.kv.get('to')) : undefined;
    const type = a.kv.get('type');
    if (type !== undefined && !Object.values(messageTypeName).includes(type)) throw new Error(`unknown message type ${type}`);
    return (m) => (from === undefined || m.from === from) && (to === undefined || m.to === to) && (type === undefined || messageTypeName[m.type] === type);
  }
}

// --- the runner ---------------------------------------------------------------

describe('scenarios (test/raft/testdata)', () => {
  const files = readdirSync(dataDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  it('there are scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  for (const file of files) {
    it(file, () => {
      const path = join(dataDir, file);
      const src = readFileSync(path, 'utf8');
      const chunks = parse(file, src);
      const sc = new Scenario();
      const outputs = new Map<Case, string[]>();
      for (const ch of chunks) {
        if (ch.kind !== 'case') continue;
        try {
          outputs.set(ch.c, sc.run(ch.c.command));
        } catch (e) {
          throw new Error(`${file}:${ch.c.line}: ${ch.c.command}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
      }
      const actual = render(chunks, outputs);
      if (rewrite) {
        if (actual !== src) writeFileSync(path, actual);
        return;
      }
      expect(actual, `${file} (REWRITE=1 rewrites it; review the diff)`).toBe(src);
    });
  }
});
