/**
 * The replicated state machine the simulator runs on every member: a
 * key-value store of strings with append, plus a session table (client ->
 * last applied sequence number) so that a proposal delivered twice (a
 * duplicated forward) takes effect once.
 */
export interface Command {
  /** Client id. */
  readonly c: number;
  /** The client's sequence number. */
  readonly s: number;
  readonly key: string;
  readonly value: string;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function encodeCommand(cmd: Command): Uint8Array {
  return enc.encode(JSON.stringify(cmd));
}

export function decodeCommand(data: Uint8Array): Command {
  return JSON.parse(dec.decode(data)) as Command;
}

export class KvStateMachine {
  readonly kv = new Map<string, string>();
  readonly sessions = new Map<number, number>();

  /** Applies a command; false when it is a duplicate of one already applied. */
  apply(cmd: Command): boolean {
    if ((this.sessions.get(cmd.c) ?? 0) >= cmd.s) return false;
    this.sessions.set(cmd.c, cmd.s);
    this.kv.set(cmd.key, (this.kv.get(cmd.key) ?? '') + cmd.value);
    return true;
  }

  get(key: string): string {
    return this.kv.get(key) ?? '';
  }

  encode(): Uint8Array {
    const keys = [...this.kv.keys()].sort();
    const clients = [...this.sessions.keys()].sort((x, y) => x - y);
    return enc.encode(JSON.stringify({ kv: keys.map((k) => [k, this.kv.get(k)]), sessions: clients.map((c) => [c, this.sessions.get(c)]) }));
  }

  static decode(data: Uint8Array): KvStateMachine {
    const sm = new KvStateMachine();
    if (data.length === 0) return sm;
    const o = JSON.parse(dec.decode(data)) as { kv: [string, string][]; sessions: [number, number][] };
    for (const [k, v] of o.kv) sm.kv.set(k, v);
    for (const [c, s] of o.sessions) sm.sessions.set(c, s);
    return sm;
  }

  /** A canonical text of the whole state, for comparing members. */
  digest(): string {
    return new TextDecoder().decode(this.encode());
  }
}
