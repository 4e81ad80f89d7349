import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { formatHashLine } from '../../src/cli/commands/hash.js';
import { blake3, crc32c } from '../../src/hash/index.js';
import { runTessera, spawnTessera } from '../helpers/cli.js';

describe('tessera hash', () => {
  let dir = '';
  const small = Buffer.from('abc');
  // Larger than the 1 MiB read size, and not a multiple of it.
  const big = randomBytes(5 * 1024 * 1024 + 333);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-hash-'));
    writeFileSync(join(dir, 'small'), small);
    writeFileSync(join(dir, 'big'), big);
    writeFileSync(join(dir, 'empty'), Buffer.alloc(0));
    writeFileSync(join(dir, 'odd\nname'), small);
    mkdirSync(join(dir, 'sub'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints `<hex>  <name>` per file with BLAKE3 by default, streaming large files', async () => {
    const r = await runTessera(['hash', 'small', 'big', 'empty'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85  small\n` +
        `${blake3(big).toString('hex')}  big\n` +
        `af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262  empty\n`,
    );
  });

  it('reads stdin for `-` and for no file at all, naming it `-`', async () => {
    const want = `${blake3(big).toString('hex')}  -\n`;
    expect(await runTessera(['hash'], { stdin: big })).toMatchObject({ code: 0, stdout: want });
    expect(await runTessera(['hash', '-'], { stdin: big })).toMatchObject({ code: 0, stdout: want });
  });

  it('uses --alg sha256, sha384 and crc32c', async () => {
    for (const alg of ['sha256', 'sha384'] as const) {
      const r = await runTessera(['hash', '--alg', alg, 'big'], { cwd: dir });
      expect(r).toMatchObject({ code: 0, stdout: `${createHash(alg).update(big).digest('hex')}  big\n` });
    }
    const r = await runTessera(['hash', '-a', 'crc32c', 'small'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: `364b3fb7  small\n` });
    expect(crc32c(small)).toBe(0x364b3fb7);
  });

  it('exits 1 naming each unreadable input, and still hashes the others', async () => {
    const r = await runTessera(['hash', 'missing', 'small', 'sub'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85  small\n');
    expect(r.stderr).toContain('tessera hash: missing: no such file or directory [ENOENT]');
    expect(r.stderr).toContain('tessera hash: sub: ');
    expect(r.stderr).toContain('[EISDIR]');
  });

  it('exits 2 with the usage for an unknown --alg', async () => {
    const r = await runTessera(['hash', '--alg', 'md5', 'small'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown --alg 'md5'");
    expect(r.stderr).toContain('usage: tessera hash');
  });

  it('escapes a name holding a newline or backslash as b3sum does', async () => {
    const r = await runTessera(['hash', 'odd\nname'], { cwd: dir });
    expect(r.stdout).toBe('\\6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85  odd\\nname\n');
    expect(formatHashLine('ab', 'a\\b')).toBe('\\ab  a\\\\b\n');
    expect(formatHashLine('ab', 'plain name')).toBe('ab  plain name\n');
  });

  it('runs as a real process, reading a pipe on stdin', () => {
    const r = spawnTessera(['hash', '--alg', 'sha256', '-', join(dir, 'small')], { input: small });
    expect(r.code).toBe(0);
    const hex = createHash('sha256').update(small).digest('hex');
    expect(r.stdout).toBe(`${hex}  -\n${hex}  ${join(dir, 'small')}\n`);
  });
});
