import type { Fact } from '../../src/common/fact.js';
import { blake3 } from '../../src/hash/index.js';
import { MemoryFactSource, type NewFact } from '../../src/surface/index.js';
import { demoStatusInfo, demoUpstreamIdentity, type DemoIdentity } from '../../src/surface/upstream-source.js';

export const memberA = demoUpstreamIdentity('alpha', 'v1').stableId;
export const memberB = demoUpstreamIdentity('beta', 'v1').stableId;

export function testSource(name = 'tally', label = 'v1'): { source: MemoryFactSource; identity: DemoIdentity } {
  const identity = demoUpstreamIdentity(name, label);
  return { source: new MemoryFactSource(demoStatusInfo(identity)), identity };
}

/** A fact for `key` with evidence from two members; `degraded` names memberB missing. */
export function newFact(key: string, index: number, degraded = false): NewFact {
  return {
    key,
    status: degraded ? 'degraded' : 'complete',
    digest: blake3(Buffer.from(`fact/${key}`)),
    evidence: [
      { member: memberA, stream: 'facts', sequence: index, digest: blake3(Buffer.from(`a/${key}`)) },
      ...(degraded ? [] : [{ member: memberB, stream: 'facts', sequence: index, digest: blake3(Buffer.from(`b/${key}`)) }]),
    ],
    missing: degraded ? [memberB] : [],
    appliedAt: 1_800_000_000_000 + index,
    index: 10 + index,
  };
}

export function appendSlots(source: MemoryFactSource, from: number, count: number): Fact[] {
  const out: Fact[] = [];
  for (let s = from; s < from + count; s++) out.push(source.append(newFact(String(s), s)));
  return out;
}

export function plain(f: Fact): Record<string, unknown> {
  return { ...f, digest: Buffer.from(f.digest).toString('hex'), evidence: f.evidence.map((e) => ({ ...e, digest: Buffer.from(e.digest).toString('hex') })) };
}
