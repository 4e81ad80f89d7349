import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import blake3wasm from 'blake3-wasm';
import { afterAll, describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import type { SeatConfig } from '../../src/config/index.js';
import { loadFold } from '../../src/fold/index.js';
import { merkleFold, OrganismMachine, type EvidencePointer, type FoldInput } from '../../src/organism/index.js';
import { applyKey, digestOf, memberA, memberB, memberC, members, observe, run } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'tessera-fold-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The Merkle fold written again from organism.md, hashed with blake3-wasm (an independent BLAKE3). */
const independent = {
  u32(n: number): Buffer {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  },
  u64(n: number): Buffer {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(BigInt(n));
    return b;
  },
  leaf(e: EvidencePointer): Buffer {
    const stream = Buffer.from(e.stream, 'utf8');
    return blake3wasm.hash(Buffer.concat([Buffer.of(0), Buffer.from(e.member, 'hex'), this.u32(stream.length), stream, this.u64(e.sequence), Buffer.from(e.digest)])) as Buffer;
  },
  root(leaves: Buffer[]): Buffer {
    if (leaves.length === 1) return leaves[0]!;
    // k = the largest power of two strictly below n (RFC 6962 §2.1).
    const k = 2 ** Math.floor(Math.log2(leaves.length - 1));
    return blake3wasm.hash(Buffer.concat([Buffer.of(1), this.root(leaves.slice(0, k)), this.root(leaves.slice(k))])) as Buffer;
  },
};

function evidence(n: number): EvidencePointer[] {
  return Array.from({ length: n }, (_, i) => ({ member: (i + 16).toString(16).padStart(2, '0').repeat(32), stream: i % 2 ? 'facts' : 'blöcks', sequence: 1000 * i + 1, digest: digestOf(i) }));
}

function input(ev: EvidencePointer[]): FoldInput {
  return { key: '1', members: ev.map((e) => e.member), evidence: ev, missing: [], status: 'complete' };
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

describe('the built-in Merkle fold', () => {
  it('matches an independent implementation (blake3-wasm) for 1 to 20 leaves', () => {
    for (let n = 1; n <= 20; n++) {
      const ev = evidence(n);
      expect(hex(merkleFold.fn(input(ev))), `${n} leaves`).toBe(hex(independent.root(ev.map((e) => independent.leaf(e)))));
    }
  });

  it('keeps its known answers (a change here breaks every published fact digest)', () => {
    expect(hex(merkleFold.fn(input(evidence(1))))).toBe('dc92d5dffff36abdb78d2bf702020b83ccb51129363d7442f2967d89026a3d3d');
    expect(hex(merkleFold.fn(input(evidence(3))))).toBe('f06286ead9bef777a348adf0e76d2c8535a1f7782ce5156a88124f24fccabb43');
  });

  it('binds member, stream, sequence and digest of every entry, and their order', () => {
    const base = evidence(3);
    const root = hex(merkleFold.fn(input(base)));
    const variants: EvidencePointer[][] = [
      [{ ...base[0]!, member: 'ff'.repeat(32) }, base[1]!, base[2]!],
      [base[0]!, { ...base[1]!, stream: 'other' }, base[2]!],
      [base[0]!, base[1]!, { ...base[2]!, sequence: 2 }],
      [base[0]!, { ...base[1]!, digest: digestOf(99) }, base[2]!],
      [base[1]!, base[0]!, base[2]!],
      [base[0]!, base[1]!],
    ];
    for (const v of variants) expect(hex(merkleFold.fn(input(v)))).not.toBe(root);
  });

  it("is the fact digest the machine commits, over the evidence in member order", () => {
    const m = new OrganismMachine({ members, policy: 'stall', deadlineMs: 1, keyKind: 'slot', fold: merkleFold });
    const [, , , r] = run(m, [observe(memberB, '5', 1, 1000, 'facts', digestOf(2)), observe(memberC, '5', 1, 1000, 'facts', digestOf(3)), observe(memberA, '5', 1), applyKey('5', 9)]);
    if (r?.kind !== 'fact') throw new Error('no fact');
    const expected = independent.root(
      [memberA, memberB, memberC].map((member, i) => independent.leaf({ member, stream: 'facts', sequence: 1, digest: digestOf(i + 1) })),
    );
    expect(hex(r.fact.digest)).toBe(expected.toString('hex'));
  });
});

function moduleConfig(file: string, pin?: string): Pick<SeatConfig, 'apply'> {
  const path = join(work, file);
  copyFileSync(join(here, 'fixtures', file), path);
  return {
    apply: {
      policy: 'stall',
      deadlineMs: 1000,
      fold: 'module',
      foldModule: path,
      foldModuleBlake3: pin ?? blake3wasm.hash(readFileSync(path)).toString('hex'),
      keyKind: 'slot',
    },
  };
}

async function loadError(config: Pick<SeatConfig, 'apply'>): Promise<unknown> {
  try {
    await loadFold(config);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('fold modules', () => {
  it('loads a pinned module and the machine folds with it', async () => {
    const config = moduleConfig('xor-fold.mjs');
    const fold = await loadFold(config);
    expect(fold.id).toBe(`module:${config.apply.foldModuleBlake3}`);
    const m = new OrganismMachine({ members, policy: 'degrade', deadlineMs: 10, keyKind: 'slot', fold });
    const [, , r] = run(m, [observe(memberA, '1', 1, 0), observe(memberC, '1', 1, 0, 'facts', digestOf(2)), applyKey('1', 10)]);
    if (r?.kind !== 'fact') throw new Error(`no fact: ${JSON.stringify(r)}`);
    const xor = digestOf(1).map((v, i) => v ^ digestOf(2)[i]!);
    expect(hex(r.fact.digest)).toBe(hex(Uint8Array.from([1, ...xor])));
    expect(r.fact).toMatchObject({ status: 'degraded', missing: [memberB] });
  });

  it('the built-in fold needs no module', async () => {
    expect(await loadFold({ apply: { ...moduleConfig('xor-fold.mjs').apply, fold: 'merkle' } })).toBe(merkleFold);
  });

  it('refuses a module whose bytes do not match the pin', async () => {
    const e = await loadError(moduleConfig('xor-fold.mjs', '00'.repeat(32)));
    expect(isTesseraError(e, 'FOLD_MODULE_PIN_MISMATCH')).toBe(true);
  });

  it('refuses a missing file, a module without a fold, one that fails to load, and a nondeterministic one', async () => {
    const missing = moduleConfig('xor-fold.mjs');
    const gone = { apply: { ...missing.apply, foldModule: join(work, 'absent.mjs') } };
    expect(isTesseraError(await loadError(gone), 'FOLD_MODULE_UNREADABLE')).toBe(true);

    const noFold = join(work, 'no-fold.mjs');
    writeFileSync(noFold, 'export const answer = 42;\n');
    const base = moduleConfig('xor-fold.mjs').apply;
    const cfg = (path: string) => ({ apply: { ...base, foldModule: path, foldModuleBlake3: blake3wasm.hash(readFileSync(path)).toString('hex') } });
    expect(isTesseraError(await loadError(cfg(noFold)), 'FOLD_MODULE_INVALID')).toBe(true);

    const broken = join(work, 'broken.mjs');
    writeFileSync(broken, 'export function fold( {\n');
    const e = await loadError(cfg(broken));
    expect(isTesseraError(e, 'FOLD_MODULE_LOAD_FAILED')).toBe(true);
    expect((e as Error).message).toContain(broken);

    expect(isTesseraError(await loadError(moduleConfig('random-fold.mjs')), 'FOLD_MODULE_NONDETERMINISTIC')).toBe(true);
    expect(isTesseraError(await loadError({ apply: { ...base, foldModule: undefined } }), 'FOLD_MODULE_MISSING')).toBe(true);
  });

  it('a module that throws for one key: that Apply is refused on every seat alike, others commit', async () => {
    const fold = await loadFold(moduleConfig('throwing-fold.mjs'));
    const seats = [0, 1].map(() => new OrganismMachine({ members: [memberA], policy: 'stall', deadlineMs: 10, keyKind: 'slot', fold }));
    const cmds = [observe(memberA, '13', 1), observe(memberA, '14', 2), applyKey('13', 5), applyKey('14', 5)];
    const results = seats.map((s) => run(s, cmds));
    expect(results[0]![2]).toMatchObject({ kind: 'refused' });
    expect(results[0]![3]).toMatchObject({ kind: 'fact' });
    expect(hex(seats[0]!.snapshot())).toBe(hex(seats[1]!.snapshot()));
  });
});
