/**
 * An in-process PeerTransport for seat tests: every seat of a test gets one
 * from the same InMemoryNetwork. Delivery is asynchronous (setImmediate),
 * like a network; isolate() cuts a member off in both directions.
 */
import type { Message, NodeId } from '../../src/raft/index.js';
import type { PeerAddress, PeerTransport, PeerTransportEvents } from '../../src/node/index.js';

export class InMemoryNetwork {
  private readonly endpoints = new Map<NodeId, PeerTransportEvents>();
  private readonly isolated = new Set<NodeId>();
  /** Messages delivered, by type (for assertions on snapshot transfer). */
  readonly delivered = new Map<number, number>();

  transport(id: NodeId): PeerTransport {
    let peers: readonly PeerAddress[] = [];
    let started = false;
    return {
      start: async (events) => {
        this.endpoints.set(id, events);
        started = true;
      },
      send: (messages) => {
        if (!started) return;
        for (const m of messages) this.deliver(id, m);
      },
      setPeers: (next) => {
        peers = next;
        void peers;
      },
      close: async () => {
        started = false;
        this.endpoints.delete(id);
      },
    };
  }

  isolate(id: NodeId): void {
    this.isolated.add(id);
  }

  heal(): void {
    this.isolated.clear();
  }

  private deliver(from: NodeId, m: Message): void {
    setImmediate(() => {
      const sender = this.endpoints.get(from);
      const receiver = this.endpoints.get(m.to);
      if (receiver === undefined || this.isolated.has(from) || this.isolated.has(m.to)) {
        sender?.onUnreachable(m.to);
        return;
      }
      this.delivered.set(m.type, (this.delivered.get(m.type) ?? 0) + 1);
      receiver.onMessage(m);
    });
  }
}
