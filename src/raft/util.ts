import type { Entry, Index, NodeId, Term } from './types.js';

/** Small helpers that keep index arithmetic readable with branded types. */
export const nextIndex = (i: Index): Index => (i + 1) as Index;
export const prevIndex = (i: Index): Index => (i - 1) as Index;
export const minIndex = (a: number, b: number): Index => (a < b ? a : b) as Index;
export const maxIndex = (a: number, b: number): Index => (a > b ? a : b) as Index;
export const nextTerm = (t: Term): Term => (t + 1) as Term;

/** Payload bytes of ents[start..end). */
export function payloadBytes(ents: readonly Entry[], start = 0, end = ents.length): number {
  let bytes = 0;
  for (let k = start; k < end; k++) bytes += ents[k]!.data.length;
  return bytes;
}

/** How many of ents[start..end) fit in maxBytes of payload, at least one if any. */
export function countWithinBytes(ents: readonly Entry[], start: number, end: number, maxBytes: number): number {
  if (start >= end) return 0;
  let bytes = ents[start]!.data.length;
  let k = start + 1;
  while (k < end) {
    bytes += ents[k]!.data.length;
    if (bytes > maxBytes) break;
    k++;
  }
  return k - start;
}

/** A map key for a read request's context bytes. */
export function contextKey(ctx: Uint8Array): string {
  let s = '';
  for (let k = 0; k < ctx.length; k++) s += String.fromCharCode(ctx[k]!);
  return s;
}

export function sortedIds(ids: Iterable<NodeId>): NodeId[] {
  return [...ids].sort((a, b) => a - b);
}
