import type { Index, NodeId } from './types.js';
import { contextKey } from './util.js';

export interface ReadIndexStatus {
  /** Who asked (this member for a local read). */
  readonly from: NodeId;
  readonly context: Uint8Array;
  /** The leader's commit index when the read arrived: the read is served once applied past it. */
  readonly index: Index;
  /** Voters that acknowledged a heartbeat carrying this context (or a later one). */
  readonly acks: Set<NodeId>;
}

/**
 * ReadIndex (§6.4): a read arriving at the leader takes the commit index as
 * its read index, and is confirmed when a quorum answers a heartbeat sent
 * after it (so no newer leader existed at that moment). Requests are
 * confirmed in arrival order: a quorum for a later one confirms all earlier.
 */
export class ReadOnly {
  private readonly pending = new Map<string, ReadIndexStatus>();
  /** Keys in arrival order; queue[head..] are live. */
  private queue: string[] = [];
  private head = 0;

  get size(): number {
    return this.pending.size;
  }

  /** Returns false if a request with the same context is already pending. */
  addRequest(index: Index, from: NodeId, context: Uint8Array): boolean {
    const key = contextKey(context);
    if (this.pending.has(key)) return false;
    this.pending.set(key, { from, context, index, acks: new Set() });
    this.queue.push(key);
    return true;
  }

  /** A heartbeat response carrying `context` from `id`; returns the acks of that request, if pending. */
  recvAck(id: NodeId, context: Uint8Array): Set<NodeId> | undefined {
    const rs = this.pending.get(contextKey(context));
    if (rs === undefined) return undefined;
    rs.acks.add(id);
    return rs.acks;
  }

  /** Removes and returns the requests up to and including `context`, in order. */
  advance(context: Uint8Array): ReadIndexStatus[] {
    const key = contextKey(context);
    if (!this.pending.has(key)) return [];
    const out: ReadIndexStatus[] = [];
    while (this.head < this.queue.length) {
      const k = this.queue[this.head++]!;
      const rs = this.pending.get(k)!;
      this.pending.delete(k);
      out.push(rs);
      if (k === key) break;
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    return out;
  }

  /** The newest pending request's context (heartbeats carry it), or undefined. */
  lastPendingContext(): Uint8Array | undefined {
    if (this.head === this.queue.length) return undefined;
    return this.pending.get(this.queue[this.queue.length - 1]!)!.context;
  }

  reset(): void {
    this.pending.clear();
    this.queue = [];
    this.head = 0;
  }
}
