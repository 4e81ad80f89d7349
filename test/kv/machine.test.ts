/**
 * KvMachine: put / compare-and-set semantics, refusals in the result,
 * determinism (same commands, same results and snapshot bytes), snapshot
 * round trips and corrupt snapshots; and that the machine stays pure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KvMachine, decodeKvCommand, encodeKvCommand, kvLimits, type KvCommand } from '../../src/kv/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const enc = new TextEncoder();
const b = (s: string) => enc.encode(s);

function run(commands: readonly Uint8Array[]): { machine: KvMachine; results: unknown[] } {
  const machine = new KvMachine();
  const results = commands.map((c, k) => machine.apply(c, { index: k + 2, term: 2 }));
  return { machine, results };
}

describe('KvMachine', () => {
  it('put then get; cas swaps only on a match; cas on absence', () => {
    const m = new KvMachine();
    expect(m.apply(encodeKvCommand({ op: 'put', key: b('k'), value: b('1') }), { index: 5, term: 2 })).toEqual({ kind: 'put', index: 5 });
    expect(m.get(b('k'))).toEqual({ value: b('1'), modIndex: 5 });
    const miss = m.apply(encodeKvCommand({ op: 'cas', key: b('k'), expected: b('0'), value: b('2') }), { index: 6, term: 2 });
    expect(miss).toMatchObject({ kind: 'cas', swapped: false, current: { value: b('1'), modIndex: 5 } });
    const hit = m.apply(encodeKvCommand({ op: 'cas', key: b('k'), expected: b('1'), value: b('2') }), { index: 7, term: 2 });
    expect(hit).toMatchObject({ kind: 'cas', swapped: true });
    expect(m.get(b('k'))?.value).toEqual(b('2'));
    expect(m.apply(encodeKvCommand({ op: 'cas', key: b('new'), expected: undefined, value: b('x') }), { index: 8, term: 2 })).toMatchObject({ swapped: true, current: undefined });
    expect(m.apply(encodeKvCommand({ op: 'cas', key: b('new'), expected: undefined, value: b('y') }), { index: 9, term: 2 })).toMatchObject({ swapped: false });
    expect(m.get(b('new'))?.value).toEqual(b('x'));
    expect(m.appliedIndex()).toBe(9);
  });

  it('refuses malformed commands in its result, never by throwing, and changes nothing', () => {
    const m = new KvMachine();
    const bad = [new Uint8Array(0), new Uint8Array([9, 0, 0, 0, 1, 65]), new Uint8Array([1, 0, 0, 0, 0]), new Uint8Array([1, 0, 0, 0, 9, 65]), new Uint8Array([2, 0, 0, 0, 1, 65, 7])];
    for (const [k, cmd] of bad.entries()) {
      const r = m.apply(cmd, { index: k + 1, term: 1 });
      expect(r.kind).toBe('refused');
      if (r.kind === 'refused') expect(r.code).toBe('KV_COMMAND_MALFORMED');
    }
    expect(m.size).toBe(0);
  });

  it('encodeKvCommand refuses empty and oversized keys and values with KV_ARGUMENT_INVALID', () => {
    expect(() => encodeKvCommand({ op: 'put', key: new Uint8Array(0), value: b('v') })).toThrow(expect.objectContaining({ code: 'KV_ARGUMENT_INVALID' }));
    expect(() => encodeKvCommand({ op: 'put', key: new Uint8Array(kvLimits.keyBytesMax + 1), value: b('v') })).toThrow(/more than 4096/);
    expect(() => encodeKvCommand({ op: 'put', key: b('k'), value: new Uint8Array(kvLimits.valueBytesMax + 1) })).toThrow(expect.objectContaining({ code: 'KV_ARGUMENT_INVALID' }));
  });

  const commandArb: fc.Arbitrary<KvCommand> = fc.oneof(
    fc.record({ op: fc.constant('put' as const), key: fc.uint8Array({ minLength: 1, maxLength: 3, max: 3 }), value: fc.uint8Array({ maxLength: 4, max: 2 }) }),
    fc.record({
      op: fc.constant('cas' as const),
      key: fc.uint8Array({ minLength: 1, maxLength: 3, max: 3 }),
      expected: fc.option(fc.uint8Array({ maxLength: 4, max: 2 }), { nil: undefined }),
      value: fc.uint8Array({ maxLength: 4, max: 2 }),
    }),
  );

  it('is deterministic: the same commands give the same results and the same snapshot bytes', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 60 }), (cmds) => {
        const bytes = cmds.map(encodeKvCommand);
        const a = run(bytes);
        const c = run(bytes);
        expect(c.results).toEqual(a.results);
        expect(c.machine.snapshot()).toEqual(a.machine.snapshot());
      }),
      { numRuns: 200 },
    );
  });

  it('codec round trip: decode(encode(c)) is c', () => {
    fc.assert(
      fc.property(commandArb, (cmd) => {
        const d = decodeKvCommand(encodeKvCommand(cmd));
        expect(d.ok).toBe(true);
        if (d.ok) expect(d.command).toEqual(cmd);
      }),
    );
  });

  it('a restored snapshot continues exactly like the original', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 40 }), fc.array(commandArb, { maxLength: 20 }), (before, after) => {
        const original = run(before.map(encodeKvCommand)).machine;
        const copy = new KvMachine();
        copy.restore(original.snapshot());
        expect(copy.appliedIndex()).toBe(original.appliedIndex());
        expect(copy.snapshot()).toEqual(original.snapshot());
        for (const [k, cmd] of after.entries()) {
          const ctx = { index: 1000 + k, term: 3 };
          expect(copy.apply(encodeKvCommand(cmd), ctx)).toEqual(original.apply(encodeKvCommand(cmd), ctx));
        }
        expect(copy.snapshot()).toEqual(original.snapshot());
      }),
      { numRuns: 100 },
    );
  });

  it('snapshotInChunks gives the bytes snapshot() gave when it was called, while writes go on between its chunks', async () => {
    const m = new KvMachine();
    // More keys than one chunk (4096), so that the encoding pauses, and keys out of byte order.
    for (let k = 0; k < 10_000; k++) m.apply(encodeKvCommand({ op: 'put', key: b(`k${(k * 7919) % 10_000}`), value: b(`v${k}`) }), { index: k + 1, term: 1 });
    const expected = m.snapshot();
    let pauses = 0;
    let next = 10_001;
    const chunked = await m.snapshotInChunks(async () => {
      pauses++;
      // Overwrites, new keys and a cas between chunks must not show in the snapshot being encoded.
      m.apply(encodeKvCommand({ op: 'put', key: b('k5'), value: b(`changed${pauses}`) }), { index: next++, term: 2 });
      m.apply(encodeKvCommand({ op: 'put', key: b(`new${pauses}`), value: b('x') }), { index: next++, term: 2 });
      m.apply(encodeKvCommand({ op: 'cas', key: b('k9'), expected: undefined, value: b('y') }), { index: next++, term: 2 });
      await Promise.resolve();
    });
    expect(pauses).toBeGreaterThan(0);
    expect(Buffer.from(chunked).equals(Buffer.from(expected))).toBe(true);
    expect(m.get(b('k5'))?.value).toEqual(b(`changed${pauses}`));
    const copy = new KvMachine();
    copy.restore(chunked);
    expect(copy.appliedIndex()).toBe(10_000);
    expect(copy.snapshot()).toEqual(expected);
  });

  it('snapshotInChunks ignores overwrites and cas of keys already encoded and not yet, and keys new before, between and after', async () => {
    const m = new KvMachine({ snapshotChunkKeys: 3 });
    const replay = new KvMachine();
    let index = 0;
    const both = (cmd: KvCommand) => {
      index++;
      const r = m.apply(encodeKvCommand(cmd), { index, term: 1 });
      expect(replay.apply(encodeKvCommand(cmd), { index, term: 1 })).toEqual(r);
      return r;
    };
    const name = (k: number) => `k${String(k).padStart(2, '0')}`;
    for (let k = 0; k < 40; k++) both({ op: 'put', key: b(name((k * 17) % 40)), value: b(`v${k}`) });
    const expected = m.snapshot();
    let pauses = 0;
    const chunked = await m.snapshotInChunks(async () => {
      pauses++;
      // k00 is encoded first and k39 last; the walk meets keys in insertion order, the merge in byte order.
      both({ op: 'put', key: b('k00'), value: b(`first${pauses}`) });
      both({ op: 'put', key: b('k39'), value: b(`last${pauses}`) });
      both({ op: 'cas', key: b('k20'), expected: m.get(b('k20'))!.value, value: b(`swapped${pauses}`) });
      expect(both({ op: 'cas', key: b('k21'), expected: b('no'), value: b('never') })).toMatchObject({ swapped: false });
      both({ op: 'cas', key: b(`a${pauses}`), expected: undefined, value: b('before') });
      both({ op: 'put', key: b(`k20-${pauses}`), value: b('between') });
      both({ op: 'put', key: b(`k20-${pauses}`), value: b('between, again') });
      both({ op: 'put', key: b(`z${pauses}`), value: b('after') });
      // More new keys per pause than a chunk walks: the walk must end all the same.
      both({ op: 'put', key: b(`k39-${pauses}`), value: b('after the last') });
    });
    // 40 keys in chunks of 3: 14 walk chunks, then the merge's 14.
    expect(pauses).toBeGreaterThanOrEqual(28);
    expect(Buffer.from(chunked).equals(Buffer.from(expected))).toBe(true);
    // The live state is what the same commands give without a snapshot in between.
    expect(Buffer.from(m.snapshot()).equals(Buffer.from(replay.snapshot()))).toBe(true);
    expect(m.get(b('k00'))?.value).toEqual(b(`first${pauses}`));
  });

  it('snapshotInChunks == snapshot() at its start under random interleavings of writes, a restore and a second snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(commandArb, { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.array(commandArb, { maxLength: 4 }), { maxLength: 40 }),
        fc.option(fc.nat(40), { nil: undefined }),
        fc.option(fc.nat(40), { nil: undefined }),
        fc.array(commandArb, { maxLength: 20 }),
        async (initial, chunkKeys, batches, restoreAt, secondAt, other) => {
          const m = new KvMachine({ snapshotChunkKeys: chunkKeys });
          const replay = new KvMachine();
          let index = 0;
          const both = (cmd: KvCommand) => {
            index++;
            expect(m.apply(encodeKvCommand(cmd), { index, term: 1 })).toEqual(replay.apply(encodeKvCommand(cmd), { index, term: 1 }));
          };
          initial.forEach(both);
          const expected = m.snapshot();
          const foreign = run(other.map(encodeKvCommand)).machine.snapshot();
          let second: { promise: Promise<Uint8Array>; expected: Uint8Array } | undefined;
          let pauses = 0;
          const pause = async () => {
            const p = pauses++;
            for (const cmd of batches[p] ?? []) both(cmd);
            if (p === restoreAt) {
              m.restore(foreign);
              replay.restore(foreign);
              index = Math.max(index, replay.appliedIndex());
            }
            if (p === secondAt) second = { expected: m.snapshot(), promise: m.snapshotInChunks(pause) };
            await Promise.resolve();
          };
          const chunked = await m.snapshotInChunks(pause);
          expect(Buffer.from(chunked).equals(Buffer.from(expected))).toBe(true);
          if (second !== undefined) expect(Buffer.from(await second.promise).equals(Buffer.from(second.expected))).toBe(true);
          expect(Buffer.from(m.snapshot()).equals(Buffer.from(replay.snapshot()))).toBe(true);
          // Writes after the snapshots are plain writes again.
          for (const cmd of batches.flat().slice(0, 10)) both(cmd);
          expect(Buffer.from(m.snapshot()).equals(Buffer.from(replay.snapshot()))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("snapshotInChunks' synchronous part touches no key, and no chunk more than snapshotChunkKeys, whatever the store's size", async () => {
    for (const keys of [1_000, 100_000]) {
      let touched = 0;
      const m = new KvMachine({ onSnapshotChunk: (n) => (touched += n) });
      for (let k = 0; k < keys; k++) m.apply(encodeKvCommand({ op: 'put', key: b(`key${(k * 7919) % keys}`), value: b('v') }), { index: k + 1, term: 1 });
      const expected = m.snapshot();
      const chunks: number[] = [];
      let last = 0;
      const promise = m.snapshotInChunks(async () => {
        chunks.push(touched - last);
        last = touched;
        await Promise.resolve();
      });
      // Back from the call (its synchronous part): no key walked, sorted or encoded yet.
      expect(touched).toBe(0);
      const bytes = await promise;
      chunks.push(touched - last);
      expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
      expect(chunks[0]).toBe(0);
      expect(Math.max(...chunks)).toBeLessThanOrEqual(4096);
      // Every key is walked once and encoded once.
      expect(touched).toBe(2 * keys);
      expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil((2 * keys) / 4096));
    }
  });

  it('a snapshot whose pause fails rejects with its error, and the next one is right', async () => {
    const m = new KvMachine({ snapshotChunkKeys: 2 });
    for (let k = 0; k < 10; k++) m.apply(encodeKvCommand({ op: 'put', key: b(`k${k}`), value: b('v') }), { index: k + 1, term: 1 });
    await expect(m.snapshotInChunks(() => Promise.reject(new Error('stopped')))).rejects.toThrow('stopped');
    m.apply(encodeKvCommand({ op: 'put', key: b('k1'), value: b('w') }), { index: 11, term: 1 });
    const expected = m.snapshot();
    const chunked = await m.snapshotInChunks(async () => {
      m.apply(encodeKvCommand({ op: 'put', key: b('k2'), value: b('x') }), { index: 12, term: 1 });
    });
    expect(Buffer.from(chunked).equals(Buffer.from(expected))).toBe(true);
    expect(() => new KvMachine({ snapshotChunkKeys: 0 })).toThrow(expect.objectContaining({ code: 'KV_ARGUMENT_INVALID' }));
  });

  it('refuses a corrupt snapshot with KV_SNAPSHOT_CORRUPT and keeps its state', () => {
    const m = run([encodeKvCommand({ op: 'put', key: b('a'), value: b('1') }), encodeKvCommand({ op: 'put', key: b('b'), value: b('2') })]).machine;
    const good = m.snapshot();
    const target = new KvMachine();
    target.apply(encodeKvCommand({ op: 'put', key: b('keep'), value: b('me') }), { index: 1, term: 1 });
    const damaged = [good.slice(0, good.length - 1), Uint8Array.from([...good, 0]), Uint8Array.from(good, (x, k) => (k === 0 ? x ^ 1 : x)), good.slice(0, 10)];
    for (const d of damaged) expect(() => target.restore(d)).toThrow(expect.objectContaining({ code: 'KV_SNAPSHOT_CORRUPT' }));
    expect(target.get(b('keep'))?.value).toEqual(b('me'));
    target.restore(good);
    expect(target.get(b('keep'))).toBeUndefined();
    expect(target.get(b('b'))?.value).toEqual(b('2'));
  });

  it('machine and codec stay pure (no clock, randomness, I/O, foreign imports)', () => {
    for (const file of ['machine.ts', 'codec.ts']) {
      const code = readFileSync(join(repoRoot, 'src', 'kv', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
      for (const m of code.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) expect(m[1]!.startsWith('./') || m[1]!.startsWith('../common/')).toBe(true);
      expect(code).not.toMatch(/\b(Date|Math\.random|performance|setTimeout|setInterval|process\.)\b/);
    }
  });
});
