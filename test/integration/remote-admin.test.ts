/**
 * Remote admin from config, on a real `tessera run` process: seat.admin_listen
 * serves the Admin service to requests signed by an [[operator]] key of the
 * config; the CLI reaches it with `--remote HOST:PORT --operator NAME
 * --operator-key PEM`. Unsigned, unlisted, wrongly signed and replayed
 * requests are refused (UNAUTHENTICATED, code and reason in the message) and
 * logged by the seat; a config that serves remote admin without any operator
 * is refused at start (exit 5).
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signAdminRequest } from '../../src/node/admin-auth.js';
import { adminMethods } from '../../src/node/admin-service.js';
import { errorCodeMetadataKey } from '../../src/node/grpc-status.js';
import { Cluster, freePort, tesseraBin, waitUntil, type SeatHandle } from './harness.js';

interface OperatorFiles {
  readonly key: KeyObject;
  readonly pem: string;
  readonly publicHex: string;
}

function operatorKey(dir: string, name: string): OperatorFiles {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = join(dir, `${name}.pem`);
  writeFileSync(pem, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
  return { key: privateKey, pem, publicHex: Buffer.from(raw).toString('hex') };
}

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [tesseraBin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A raw Status call with the given metadata: the gRPC status and the tessera error code. */
function rawStatus(address: string, bytes: Buffer, metadata: grpc.Metadata): Promise<{ ok: boolean; code?: number; tessera?: string; details?: string }> {
  const def = adminMethods.Status as unknown as grpc.MethodDefinition<Buffer, unknown>;
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  return new Promise((resolve) => {
    client.makeUnaryRequest(def.path, (b: Buffer) => b, def.responseDeserialize, bytes, metadata, { deadline: Date.now() + 10_000 }, (e) => {
      client.close();
      if (e === null) return resolve({ ok: true });
      resolve({ ok: false, code: e.code, tessera: String(e.metadata?.get(errorCodeMetadataKey)[0] ?? ''), details: e.details });
    });
  });
}

describe('remote admin served by tessera run (seat.admin_listen, [[operator]] keys)', () => {
  let cluster: Cluster;
  let seat: SeatHandle;
  let alice: OperatorFiles;
  let mallory: OperatorFiles;
  let robot: OperatorFiles;
  let remote: string;

  beforeAll(async () => {
    cluster = new Cluster();
    alice = operatorKey(cluster.root, 'alice');
    mallory = operatorKey(cluster.root, 'mallory');
    robot = operatorKey(cluster.root, 'robot');
    const port = await freePort();
    remote = `127.0.0.1:${port}`;
    seat = await cluster.add({
      name: 'r1',
      bootstrap: true,
      seatLines: `admin_listen = "${remote}"`,
      tail: `[[operator]]\nname = "alice"\npublic_key = "${alice.publicHex}"\n\n[[operator]]\nname = "robot"\npublic_key = "${robot.publicHex}"\nscope = "automation"\n`,
    });
    seat.start();
    await seat.waitServing();
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('answers tessera status --remote signed by a listed operator, the same as the local socket', async () => {
    await seat.waitForLog((l) => l.msg === 'remote admin up', 10_000, 'remote admin up');
    const r = cli(['status', '--remote', remote, '--operator', 'alice', '--operator-key', alice.pem, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const viaRemote = JSON.parse(r.stdout) as { id: number; members: { id: number }[] };
    const local = seat.status().json!;
    expect(viaRemote.id).toBe(local.id);
    expect(viaRemote.members.map((m) => m.id)).toEqual(local.members.map((m) => m.id));
    // The human form too, and a membership command through the same path (refused by the seat, not by auth).
    expect(cli(['status', '--remote', remote, '--operator', 'alice', '--operator-key', alice.pem]).stdout).toMatch(/^seat +\d+ \(leader\)/);
    const promote = cli(['member', 'promote', '12345', '--remote', remote, '--operator', 'alice', '--operator-key', alice.pem]);
    expect(promote.code).toBe(3);
    expect(promote.stderr).toMatch(/not a learner.*\[SEAT_MEMBERSHIP_INVALID\]/);
  });

  it('refuses an unlisted operator, a key that is not the operator\'s, and an unsigned request, each with its reason', async () => {
    const unlisted = cli(['status', '--remote', remote, '--operator', 'mallory', '--operator-key', mallory.pem]);
    expect(unlisted.code).toBe(3);
    expect(unlisted.stderr).toMatch(/operator "mallory" is not listed in the config \[ADMIN_AUTH_INVALID\]/);

    const wrongKey = cli(['status', '--remote', remote, '--operator', 'alice', '--operator-key', mallory.pem]);
    expect(wrongKey.code).toBe(3);
    expect(wrongKey.stderr).toMatch(/signature of operator alice does not verify .*\[ADMIN_AUTH_INVALID\]/);

    const unsigned = await rawStatus(remote, Buffer.alloc(0), new grpc.Metadata());
    expect(unsigned).toMatchObject({ ok: false, code: grpc.status.UNAUTHENTICATED, tessera: 'ADMIN_AUTH_MISSING' });

    // The CLI insists on a complete, well-formed set of options before it calls anything.
    expect(cli(['status', '--remote', remote, '--operator', 'alice']).code).toBe(2);
    expect(cli(['status', '--remote', remote, '--socket', seat.adminSocket, '--operator', 'alice', '--operator-key', alice.pem]).code).toBe(2);
    // Each refusal is logged by the seat (pino writes asynchronously: wait for the lines).
    await waitUntil(() => seat.logs('remote admin request refused').length >= 3 || undefined, 10_000, 'three refusals logged');
  });

  it('an automation key may read status but not remove a member (ADMIN_AUTH_FORBIDDEN); a human key may try', async () => {
    expect(cli(['status', '--remote', remote, '--operator', 'robot', '--operator-key', robot.pem, '--json']).code).toBe(0);
    const forbidden = cli(['member', 'remove', '12345', '--remote', remote, '--operator', 'robot', '--operator-key', robot.pem]);
    expect(forbidden.code).toBe(3);
    expect(forbidden.stderr).toMatch(/removing member 12345 needs a human operator key; robot is an automation key \[ADMIN_AUTH_FORBIDDEN\]/);
    await waitUntil(() => seat.logs('remote admin request refused').find((l) => (l.err as { code?: string } | undefined)?.code === 'ADMIN_AUTH_FORBIDDEN'), 10_000, 'the forbidden attempt logged');
    const human = cli(['member', 'remove', '12345', '--remote', remote, '--operator', 'alice', '--operator-key', alice.pem]);
    expect(human.code).toBe(3);
    expect(human.stderr).toMatch(/not in the committee \[SEAT_MEMBERSHIP_INVALID\]/);
  });

  it('member drain --remote sends a Drain that names this seat (a signed Drain without the id is refused)', async () => {
    // The only voter cannot leave: the seat refuses the drain itself, not the request's form.
    const r = cli(['member', 'drain', '--remote', remote, '--operator', 'alice', '--operator-key', alice.pem]);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(/must name this seat's member id/);
    expect(r.stderr).toMatch(/\[SEAT_[A-Z_]+\]/);
    const bare = Buffer.alloc(0);
    const def = adminMethods.Drain as unknown as grpc.MethodDefinition<Buffer, unknown>;
    const client = new grpc.Client(remote, grpc.credentials.createInsecure());
    const e = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest(def.path, (b: Buffer) => b, def.responseDeserialize, bare, signAdminRequest(def.path, bare, 'alice', alice.key, Date.now()), { deadline: Date.now() + 10_000 }, (err) => {
        client.close();
        resolve(err);
      }),
    );
    expect(e?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(e?.details).toMatch(/must name this seat's member id/);
  });

  it('refuses a replayed request and one stamped outside the clock window', async () => {
    const bytes = Buffer.alloc(0);
    const md = signAdminRequest(adminMethods.Status.path, bytes, 'alice', alice.key, Date.now());
    expect(await rawStatus(remote, bytes, md)).toEqual({ ok: true });
    const again = await rawStatus(remote, bytes, md);
    expect(again).toMatchObject({ ok: false, code: grpc.status.UNAUTHENTICATED, tessera: 'ADMIN_AUTH_INVALID' });
    expect(again.details).toMatch(/replayed request from operator alice/);
    const stale = await rawStatus(remote, bytes, signAdminRequest(adminMethods.Status.path, bytes, 'alice', alice.key, Date.now() - 10 * 60_000));
    expect(stale).toMatchObject({ ok: false, code: grpc.status.UNAUTHENTICATED, tessera: 'ADMIN_AUTH_INVALID' });
    expect(stale.details).toMatch(/from this seat's clock/);
  });

  it('logs at start that remote admin is plaintext (no admin_tls_cert)', async () => {
    const warn = await seat.waitForLog((l) => l.msg.startsWith('remote admin is plaintext'), 10_000, 'plaintext warning');
    expect(warn.msg).toMatch(/set seat\.admin_tls_cert and seat\.admin_tls_key/);
    expect(seat.logs('remote admin up')[0]).toMatchObject({ tls: false });
  });

  it('a request captured before the seat is killed and restarted is still refused as a replay; a fresh one is accepted', async () => {
    const bytes = Buffer.alloc(0);
    const md = signAdminRequest(adminMethods.Status.path, bytes, 'alice', alice.key, Date.now());
    expect(await rawStatus(remote, bytes, md)).toEqual({ ok: true });
    // A crash, not a clean stop: the replay log line was fsynced before the request ran.
    seat.kill('SIGKILL');
    await seat.exit;
    seat.start();
    await seat.waitServing();
    await seat.waitForLog((l) => l.msg === 'remote admin up', 10_000, 'remote admin up again');
    const replayed = await rawStatus(remote, bytes, md);
    expect(replayed).toMatchObject({ ok: false, code: grpc.status.UNAUTHENTICATED, tessera: 'ADMIN_AUTH_INVALID' });
    expect(replayed.details).toMatch(/replayed request from operator alice/);
    const r = cli(['status', '--remote', remote, '--operator', 'alice', '--operator-key', alice.pem, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a signed request without a nonce (an old client) is refused naming tessera-nonce-bin', async () => {
    const bytes = Buffer.alloc(0);
    const md = signAdminRequest(adminMethods.Status.path, bytes, 'alice', alice.key, Date.now());
    md.remove('tessera-nonce-bin');
    const r = await rawStatus(remote, bytes, md);
    expect(r).toMatchObject({ ok: false, code: grpc.status.UNAUTHENTICATED, tessera: 'ADMIN_AUTH_MISSING' });
    expect(r.details).toMatch(/without a nonce: metadata tessera-nonce-bin/);
  });

  it('a config with admin_listen and no [[operator]] is refused at start (exit 5)', async () => {
    const bad = await cluster.add({ name: 'r2', bootstrap: true, seatLines: `admin_listen = "127.0.0.1:${await freePort()}"` });
    bad.start();
    const exit = await bad.exit;
    expect(exit?.code).toBe(5);
    expect(bad.stderr).toMatch(/seat\.admin_listen.*no(ne is listed| \[\[operator\]\])/);
  });
});

/** A self-signed certificate (P-256) for `san`, made with the openssl CLI. */
function selfSigned(dir: string, name: string, san: string): { cert: string; key: string } {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  const r = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}`, '-addext', `subjectAltName=${san}`],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl req failed: ${r.stderr}`);
  return { cert, key };
}

describe('remote admin over TLS (seat.admin_tls_cert, admin_tls_key; CLI --admin-ca)', () => {
  let cluster: Cluster;
  let seat: SeatHandle;
  let alice: OperatorFiles;
  let identity: { cert: string; key: string };
  let stranger: { cert: string; key: string };
  let remote: string;

  beforeAll(async () => {
    cluster = new Cluster();
    alice = operatorKey(cluster.root, 'alice');
    identity = selfSigned(cluster.root, 'seat-admin', 'DNS:seat-admin.test,IP:127.0.0.1');
    stranger = selfSigned(cluster.root, 'stranger', 'IP:127.0.0.1');
    remote = `127.0.0.1:${await freePort()}`;
    seat = await cluster.add({
      name: 't1',
      bootstrap: true,
      seatLines: `admin_listen = "${remote}"\nadmin_tls_cert = "${identity.cert}"\nadmin_tls_key = "${identity.key}"`,
      tail: `[[operator]]\nname = "alice"\npublic_key = "${alice.publicHex}"\n`,
    });
    seat.start();
    await seat.waitServing();
    await seat.waitForLog((l) => l.msg === 'remote admin up', 10_000, 'remote admin up');
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('answers the CLI that trusts the seat certificate, by address or by --admin-tls-name, and logs no plaintext warning', () => {
    const signed = ['--operator', 'alice', '--operator-key', alice.pem];
    const r = cli(['status', '--remote', remote, ...signed, '--admin-ca', identity.cert, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: number }).id).toBe(seat.status().json!.id);
    const byName = cli(['status', '--remote', remote, ...signed, '--admin-ca', identity.cert, '--admin-tls-name', 'seat-admin.test']);
    expect(byName.code).toBe(0);
    expect(seat.logs('remote admin up')[0]).toMatchObject({ tls: true });
    expect(seat.lines.filter((l) => l.msg.startsWith('remote admin is plaintext'))).toEqual([]);
  });

  it('refuses a plaintext client, a client trusting another certificate, and a name the certificate does not carry (exit 4)', () => {
    const signed = ['--operator', 'alice', '--operator-key', alice.pem];
    const plain = cli(['status', '--remote', remote, ...signed]);
    expect(plain.code).toBe(4);
    expect(plain.stderr).toMatch(/not reachable/);
    const wrongCa = cli(['status', '--remote', remote, ...signed, '--admin-ca', stranger.cert]);
    expect(wrongCa.code).toBe(4);
    const wrongName = cli(['status', '--remote', remote, ...signed, '--admin-ca', identity.cert, '--admin-tls-name', 'other.test']);
    expect(wrongName.code).toBe(4);
    // Usage: --admin-tls-name without --admin-ca, a CA file that is not a certificate.
    expect(cli(['status', '--remote', remote, ...signed, '--admin-tls-name', 'seat-admin.test']).code).toBe(2);
    const notPem = cli(['status', '--remote', remote, ...signed, '--admin-ca', alice.pem]);
    expect(notPem.code).toBe(2);
    expect(notPem.stderr).toMatch(/holds no PEM certificate/);
  });

  it('a config with only one of admin_tls_cert and admin_tls_key is refused at start (exit 5)', async () => {
    const bad = await cluster.add({
      name: 't2',
      bootstrap: true,
      seatLines: `admin_listen = "127.0.0.1:${await freePort()}"\nadmin_tls_cert = "${identity.cert}"`,
      tail: `[[operator]]\nname = "alice"\npublic_key = "${alice.publicHex}"\n`,
    });
    bad.start();
    expect((await bad.exit)?.code).toBe(5);
    expect(bad.stderr).toMatch(/admin_tls_cert and admin_tls_key go together/);
  });
});
