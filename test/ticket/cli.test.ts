import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadSeatConfig } from '../../src/config/index.js';
import { runTessera } from '../helpers/cli.js';

const now = 1_800_000_000;
const nodeId = 'cd'.repeat(32);

describe('tessera ticket', () => {
  let dir = '';
  let publicKey = '';
  let stableId = '';
  const at = ['--at', String(now)];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-ticket-cli-'));
    const r = await runTessera(['ticket', 'keygen', '--out', 'issuer.pem', '--name', 'partners', '--json'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    publicKey = (JSON.parse(r.stdout) as { public_key: string }).public_key;
    writeFileSync(
      join(dir, 'tally.toml'),
      `[organism]\nname = "tally"\n\n[admission]\nmrtd = ["${'91'.repeat(48)}"]\n\n[acl]\npublic = false\n\n` +
        `[[ticket_issuer]]\nname = "partners"\npublic_key = "${publicKey}"\nscope = ["seat", "integrator"]\n\n[seat]\npeer_advertise = "10.0.0.1:7400"\n\n[committee]\nbootstrap = true\n`,
    );
    stableId = loadSeatConfig(join(dir, 'tally.toml'), { env: {} }).identity.stableIdHex;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keygen writes a 0600 key, prints the [[ticket_issuer]] snippet, and never overwrites', async () => {
    expect(statSync(join(dir, 'issuer.pem')).mode & 0o777).toBe(0o600);
    expect(publicKey).toMatch(/^[0-9a-f]{64}$/);
    const r = await runTessera(['ticket', 'keygen', '--out', 'second.pem'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[\[ticket_issuer\]\]\nname = "ops"\npublic_key = "[0-9a-f]{64}"/);
    const again = await runTessera(['ticket', 'keygen', '--out', 'second.pem'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/second.pem exists; refusing to overwrite .*\[TICKET_KEY_EXISTS\]/);
  });

  it('issue → inspect → verify against the config; exit 3 with the reason when expired or for another node', async () => {
    const issued = await runTessera(
      ['ticket', 'issue', '--key', 'issuer.pem', '--scope', 'seat', '--audience', stableId, '--subject', `node:${nodeId}`, '--valid-for', '1h', '--out', 'seat.ticket', ...at, '--json'],
      { cwd: dir },
    );
    expect(issued.code, issued.stderr).toBe(0);
    expect(JSON.parse(issued.stdout)).toMatchObject({ scope: 'seat', issuer: publicKey, audience: stableId, not_before: now, expires_at: now + 3600, seconds_to_expiry: 3600 });
    expect(statSync(join(dir, 'seat.ticket')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'seat.ticket')).length).toBe(199);

    const inspect = await runTessera(['ticket', 'inspect', 'seat.ticket', '--at', String(now + 600)], { cwd: dir });
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toContain(`subject       node ${nodeId}`);
    expect(inspect.stdout).toMatch(/expires at {4}2027-01-15T09:00:00Z \(1800003600; in 3000 s\)/);

    const ok = await runTessera(['ticket', 'verify', 'seat.ticket', '--config', 'tally.toml', '--subject', `node:${nodeId}`, ...at], { cwd: dir });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('valid (seat ticket from partners, expires in 3600 s)');

    const expired = await runTessera(['ticket', 'verify', 'seat.ticket', '--config', 'tally.toml', '--at', String(now + 3600), '--json'], { cwd: dir });
    expect(expired.code).toBe(3);
    expect(JSON.parse(expired.stdout)).toMatchObject({ valid: false, reason: 'TICKET_EXPIRED' });

    const other = await runTessera(['ticket', 'verify', 'seat.ticket', '--config', 'tally.toml', '--subject', `node:${'ef'.repeat(32)}`, ...at], { cwd: dir });
    expect(other.code).toBe(3);
    expect(other.stdout).toContain('REFUSED [TICKET_SUBJECT_MISMATCH]');

    const scope = await runTessera(['ticket', 'verify', 'seat.ticket', '--config', 'tally.toml', '--scope', 'integrator', ...at], { cwd: dir });
    expect(scope.stdout).toContain('[TICKET_SCOPE_MISMATCH]');
  });

  it('verify with --issuer/--audience, hex tickets, forged and unknown issuers', async () => {
    const r = await runTessera(
      ['ticket', 'issue', '-k', 'issuer.pem', '--scope', 'integrator', '--audience', stableId, '--subject', `organism:${'12'.repeat(32)}`, '--expires-at', String(now + 60), '--not-before', String(now - 60), '--out', 'int.hex', '--hex', ...at],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'int.hex'), 'utf8')).toMatch(/^5453544b01[0-9a-f]{388}\n$/);
    expect((await runTessera(['ticket', 'verify', 'int.hex', '--issuer', publicKey, '--audience', stableId, ...at], { cwd: dir })).code).toBe(0);
    const unknown = await runTessera(['ticket', 'verify', 'int.hex', '--issuer', 'ab'.repeat(32), '--audience', stableId, ...at], { cwd: dir });
    expect(unknown).toMatchObject({ code: 3, stdout: expect.stringContaining('[TICKET_ISSUER_UNKNOWN]') });

    const bytes = Buffer.from(readFileSync(join(dir, 'int.hex'), 'utf8').trim(), 'hex');
    bytes[100]! ^= 0xff; // inside not_before's neighbour: the audience
    writeFileSync(join(dir, 'forged.ticket'), bytes);
    const forged = await runTessera(['ticket', 'verify', 'forged.ticket', '--config', 'tally.toml', ...at], { cwd: dir });
    expect(forged).toMatchObject({ code: 3, stdout: expect.stringContaining('REFUSED [TICKET_SIGNATURE_INVALID]') });
  });

  it('inspect names a truncated or garbage file (exit 1); usage errors exit 2; a bad config exits 5', async () => {
    writeFileSync(join(dir, 'short.ticket'), readFileSync(join(dir, 'seat.ticket')).subarray(0, 100));
    const short = await runTessera(['ticket', 'inspect', 'short.ticket'], { cwd: dir });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/ends in its audience at offset 100.*\[TICKET_TRUNCATED\]/);
    writeFileSync(join(dir, 'garbage'), 'hello');
    expect((await runTessera(['ticket', 'inspect', 'garbage'], { cwd: dir })).stderr).toMatch(/not a ticket.*\[TICKET_MALFORMED\]/);
    expect((await runTessera(['ticket', 'inspect', 'missing'], { cwd: dir })).stderr).toMatch(/cannot read ticket file .*missing: ENOENT \[TICKET_FILE_UNREADABLE\]/);

    const noWindow = await runTessera(['ticket', 'issue', '-k', 'issuer.pem', '--scope', 'seat', '--audience', stableId, '--subject', `node:${nodeId}`, '--out', 'x'], { cwd: dir });
    expect(noWindow.code).toBe(2);
    expect(noWindow.stderr).toContain('give exactly one of --valid-for DURATION and --expires-at UNIX');
    const badScope = await runTessera(['ticket', 'issue', '-k', 'issuer.pem', '--scope', 'admin', '--audience', stableId, '--subject', `node:${nodeId}`, '--valid-for', '1d', '--out', 'x'], { cwd: dir });
    expect(badScope).toMatchObject({ code: 2, stderr: expect.stringContaining("--scope must be one of seat, integrator, got 'admin'") });
    const badSubject = await runTessera(['ticket', 'issue', '-k', 'issuer.pem', '--scope', 'seat', '--audience', stableId, '--subject', 'node:xyz', '--valid-for', '1d', '--out', 'x'], { cwd: dir });
    expect(badSubject.code).toBe(2);
    expect((await runTessera(['ticket', 'verify', 'seat.ticket'], { cwd: dir })).code).toBe(2);
    const unwritable = await runTessera(['ticket', 'issue', '-k', 'issuer.pem', '--scope', 'seat', '--audience', stableId, '--subject', `node:${nodeId}`, '--valid-for', '1d', '--out', 'no/such/dir/x'], { cwd: dir });
    expect(unwritable).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot write ticket file .*no\/such\/dir\/x: ENOENT \[TICKET_FILE_UNWRITABLE\]/) });

    writeFileSync(join(dir, 'bad.toml'), '[organism]\nname = "Bad Name"\n');
    const bad = await runTessera(['ticket', 'verify', 'seat.ticket', '--config', 'bad.toml'], { cwd: dir });
    expect(bad.code).toBe(5);
    expect(bad.stderr).toContain('bad.toml');
  });

  it('node-id creates the seat node key (0600) as tessera run would and prints the join ticket subject, the same each time', async () => {
    const dataDir = join(dir, 'joiner-data');
    writeFileSync(
      join(dir, 'joiner.toml'),
      readFileSync(join(dir, 'tally.toml'), 'utf8')
        .replace('bootstrap = true', `join = ["10.0.0.2:7400"]\nticket = "${join(dir, 'joiner.ticket')}"`)
        .replace('peer_advertise = "10.0.0.1:7400"', `peer_advertise = "10.0.0.1:7400"\ndata_dir = "${dataDir}"`),
    );
    const first = await runTessera(['ticket', 'node-id', '--config', 'joiner.toml', '--json'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout) as { key_id: string; subject: string; node_key: string; audience: string };
    expect(out.subject).toBe(`node:${out.key_id}`);
    expect(out.audience).toBe(stableId);
    expect(statSync(join(dataDir, 'node-key.pem')).mode & 0o777).toBe(0o600);
    const again = await runTessera(['ticket', 'node-id', '--config', 'joiner.toml'], { cwd: dir });
    expect(again.stdout).toBe(`subject   ${out.subject}\naudience  ${stableId}\n`);
    expect((await runTessera(['ticket', 'node-id'], { cwd: dir })).code).toBe(2);

    const issued = await runTessera(['ticket', 'issue', '-k', 'issuer.pem', '--scope', 'seat', '--audience', stableId, '--subject', out.subject, '--valid-for', '1d', '--out', 'joiner.ticket'], { cwd: dir });
    expect(issued.code, issued.stderr).toBe(0);
    expect((await runTessera(['ticket', 'verify', 'joiner.ticket', '--config', 'joiner.toml', '--subject', out.subject], { cwd: dir })).code).toBe(0);
  });

  it('--help documents each subcommand', async () => {
    for (const sub of ['keygen', 'issue', 'verify', 'inspect', 'node-id']) {
      const r = await runTessera(['ticket', sub, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`usage: tessera ticket ${sub}`);
    }
  });
});
