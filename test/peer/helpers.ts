import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { PeerAddress, PeerTransportEvents } from '../../src/node/ports.js';
import { GrpcTransport, type GrpcTransportOptions } from '../../src/peer/grpc-transport.js';
import { NodeKey } from '../../src/peer/node-key.js';
import { MessageType, message, term, type Message, type NodeId } from '../../src/raft/index.js';

export function tempDir(prefix = 'tessera-peer-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Records what a transport delivers. */
export class Inbox implements PeerTransportEvents {
  readonly messages: Message[] = [];
  readonly unreachable: NodeId[] = [];
  private waiters: { n: number; resolve: () => void }[] = [];

  onMessage(m: Message): void {
    this.messages.push(m);
    this.waiters = this.waiters.filter((w) => {
      if (this.messages.length >= w.n) w.resolve();
      return this.messages.length < w.n;
    });
  }

  onUnreachable(id: NodeId): void {
    this.unreachable.push(id);
  }

  /** Resolves once `n` messages have arrived in total; rejects after `ms`. */
  waitFor(n: number, ms = 20_000): Promise<void> {
    if (this.messages.length >= n) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`only ${this.messages.length} of ${n} messages after ${ms} ms`)), ms);
      this.waiters.push({ n, resolve: () => (clearTimeout(t), resolve()) });
    });
  }
}

export interface Member {
  key: NodeKey;
  transport: GrpcTransport;
  inbox: Inbox;
  address: PeerAddress;
}

export async function startMember(opts: Partial<GrpcTransportOptions> = {}, key = NodeKey.generate(), listen = '127.0.0.1:0'): Promise<Member> {
  const transport = new GrpcTransport({ listen, nodeKey: key, backoff: { baseMs: 20, capMs: 200 }, onLinkEvent: process.env.PEER_DEBUG ? (e) => console.log(key.nodeId, e) : undefined, ...opts });
  const inbox = new Inbox();
  await transport.start(inbox);
  return { key, transport, inbox, address: { id: transport.selfId, keyId: key.keyId, address: `127.0.0.1:${transport.port}` } };
}

export function heartbeat(from: NodeId, to: NodeId, t = 1): Message {
  return message({ type: MessageType.Heartbeat, from, to, term: term(t) });
}

export async function eventually(check: () => boolean, ms = 20_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
