import { encodeCommand, merkleFold, OrganismMachine, type OrganismParams, type OrganismResult } from '../../src/organism/index.js';

/** Three spanned members, listed out of order on purpose (the machine sorts). */
export const memberC = 'cc'.repeat(32);
export const memberA = 'aa'.repeat(32);
export const memberB = 'bb'.repeat(32);
export const members = [memberC, memberA, memberB];
export const stranger = 'dd'.repeat(32);

export function digestOf(tag: number): Uint8Array {
  return new Uint8Array(32).fill(tag & 0xff).map((v, i) => (v + i) & 0xff);
}

export function observe(member: string, key: string, sequence: number, observedAt = 1000, stream = 'facts', digest = digestOf(sequence)): Uint8Array {
  return encodeCommand({ kind: 'observe', evidence: { member, stream, sequence, digest }, key, observedAt });
}

export function applyKey(key: string, at: number): Uint8Array {
  return encodeCommand({ kind: 'apply', key, at });
}

export function retire(effectiveAt: number, replacement?: { fingerprint: string; endpoints: string[] }): Uint8Array {
  return encodeCommand({ kind: 'retire', retirement: replacement === undefined ? { effectiveAt } : { effectiveAt, replacement } });
}

export function machine(overrides: Partial<OrganismParams> = {}): OrganismMachine {
  return new OrganismMachine({ members, policy: 'stall', deadlineMs: 5000, keyKind: 'slot', fold: merkleFold, ...overrides });
}

/** Applies commands at consecutive indexes after the machine's applied index; returns the results. */
export function run(m: OrganismMachine, commands: readonly Uint8Array[]): OrganismResult[] {
  return commands.map((c) => m.apply(c, { index: m.appliedIndex() + 1, term: 1 }));
}

export function one(m: OrganismMachine, command: Uint8Array): OrganismResult {
  return run(m, [command])[0]!;
}

export function refusalCode(r: OrganismResult): string | undefined {
  return r.kind === 'refused' ? r.error.code : undefined;
}
