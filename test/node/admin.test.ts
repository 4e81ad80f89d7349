/**
 * The admin service over a real unix socket in a temp dir (owner-only), on
 * a 3-seat in-process committee; and remote admin with signed requests over
 * 127.0.0.1 (signature, replay, clock skew, unknown operator, human scope).
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminAuthVerifier,
  AdminClient,
  addAdminService,
  serveAdminSocket,
  signAdminRequest,
  type AdmissionVerdict,
  type AdminSocketServer,
  type JoinRequest,
  type SeatAdmission,
} from '../../src/node/index.js';
import { adminV1, encodeProto } from '../../src/proto/index.js';
import { Cluster, member, put, waitUntil } from './cluster.js';

const pb = adminV1.admin.v1;

/** Admits a quote whose bytes are "good"; anything else is refused as a wrong MR_TD. */
class TestAdmission implements SeatAdmission {
  refusals: string[] = [];
  issueNonce(): Uint8Array {
    return new Uint8Array(32).fill(7);
  }
  async verifyJoin(request: JoinRequest): Promise<AdmissionVerdict> {
    if (Buffer.from(request.quote).toString() === 'good') {
      return { admitted: true, record: { mrTd: 'aa'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: 'bb'.repeat(32), verifiedAtMs: 1_765_100_000_000, simulated: true } };
    }
    this.refusals.push('MRTD_MISMATCH');
    return { admitted: false, reason: 'MRTD_MISMATCH', message: 'MR_TD is not the pinned one' };
  }
}

function call<T>(client: grpc.Client, method: string, request: unknown, metadata = new grpc.Metadata()): Promise<T> {
  return new Promise((resolve, reject) => {
    (client as unknown as Record<string, (r: unknown, md: grpc.Metadata, cb: (e: grpc.ServiceError | null, v: T) => void) => void>)[method]!(
      request,
      metadata,
      (e, v) => (e ? reject(e) : resolve(v)),
    );
  });
}

interface StatusLike {
  id: number;
  role: string;
  leader: number;
  members: { id: number; role: string; address: string; attestation?: { mrTd: string; simulated: boolean } | null }[];
}

describe('admin service on a unix socket', () => {
  let cluster: Cluster;
  let dir: string;
  const admission = new TestAdmission();
  let socket: AdminSocketServer;
  let client: grpc.Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-admin-'));
    cluster = await Cluster.start('memory', 3, { admission, learnerPromoteLagEntries: undefined });
    const leader = await cluster.waitForLeader();
    await put(leader, 'k', 'v');
    socket = await serveAdminSocket(leader, join(dir, 'admin.sock'));
    client = new AdminClient(`unix:${socket.path}`, grpc.credentials.createInsecure());
  });

  afterAll(async () => {
    client.close();
    await socket.close();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the socket is owner-only and Status reports role, leader and members', async () => {
    expect(statSync(socket.path).mode & 0o777).toBe(0o600);
    const st = await call<StatusLike>(client, 'Status', {});
    expect(st.role).toBe('Leader');
    expect(st.leader).toBe(st.id);
    expect(st.members.map((m) => [m.id, m.role, m.address])).toEqual([1, 2, 3].map((id) => [id, 'voter', member(id).address]));
  });

  it('AddMember verifies the join: a refused quote is PERMISSION_DENIED with the reason; an admitted one becomes a learner with its record', async () => {
    const request = { id: 4, address: member(4).address, keyId: member(4).keyId, nonce: new Uint8Array(32), quote: Buffer.from('bad') };
    const refused = await call(client, 'AddMember', request).catch((e: grpc.ServiceError) => e);
    expect((refused as grpc.ServiceError).code).toBe(grpc.status.PERMISSION_DENIED);
    expect((refused as grpc.ServiceError).details).toMatch(/MRTD_MISMATCH/);
    expect(admission.refusals).toEqual(['MRTD_MISMATCH']);

    await cluster.startSeat(4);
    const added = await call<{ status: StatusLike }>(client, 'AddMember', { ...request, quote: Buffer.from('good') });
    const m4 = added.status.members.find((m) => m.id === 4);
    expect(m4?.role).toBe('learner');
    expect(m4?.attestation).toMatchObject({ mrTd: 'aa'.repeat(48), simulated: true });
  });

  it('Promote makes the learner a voter; bad ids are INVALID_ARGUMENT or FAILED_PRECONDITION', async () => {
    const zero = await call(client, 'Promote', { id: 0 }).catch((e: grpc.ServiceError) => e);
    expect((zero as grpc.ServiceError).code).toBe(grpc.status.INVALID_ARGUMENT);
    const notLearner = await call(client, 'Promote', { id: 2 }).catch((e: grpc.ServiceError) => e);
    expect((notLearner as grpc.ServiceError).code).toBe(grpc.status.FAILED_PRECONDITION);
    await waitUntil(() => (cluster.seats.get(4)?.status().appliedIndex ?? 0) > 2, 5000, 'member 4 to catch up');
    const promoted = await call<{ status: StatusLike }>(client, 'Promote', { id: 4 });
    expect(promoted.status.members.find((m) => m.id === 4)?.role).toBe('voter');
  });

  it('Remove takes a member out', async () => {
    const removed = await call<{ status: StatusLike }>(client, 'Remove', { id: 4 });
    expect(removed.status.members.map((m) => m.id)).toEqual([1, 2, 3]);
    await cluster.stopSeat(4);
  });

  it('Drain hands leadership over and removes the seat', async () => {
    const drained = await call<{ status: StatusLike & { removed: boolean } }>(client, 'Drain', {});
    expect(drained.status.removed).toBe(true);
    expect(drained.status.role).not.toBe('Leader');
    expect(drained.status.members).toHaveLength(2);
  });

  it('garbage bytes are INVALID_ARGUMENT naming the message type', async () => {
    const err = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest('/tessera.admin.v1.Admin/Promote', (b: Buffer) => b, (b: Buffer) => b, Buffer.from([0x08]), (e) => resolve(e)),
    );
    expect(err?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(err?.details).toMatch(/PromoteRequest/);
  });
});

describe('admin socket path handling', () => {
  let dir: string;
  let cluster: Cluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces a stale socket, refuses a regular file in the way and an overlong path', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-admin-'));
    cluster = await Cluster.start('memory', 1);
    const seat = await cluster.waitForLeader();
    const path = join(dir, 'admin.sock');
    // A socket file already at the path (as a crashed run leaves behind) is replaced.
    const leftover = createServer();
    await new Promise<void>((r) => leftover.listen(path, r));
    const served = await serveAdminSocket(seat, path);
    const client = new AdminClient(`unix:${path}`, grpc.credentials.createInsecure());
    expect((await call<StatusLike>(client, 'Status', {})).id).toBe(seat.id);
    client.close();
    await served.close();
    leftover.close();
    writeFileSync(path, 'not a socket');
    await expect(serveAdminSocket(seat, path)).rejects.toMatchObject({ code: 'ADMIN_SOCKET_INVALID', message: expect.stringMatching(/not a socket/) });
    await expect(serveAdminSocket(seat, `/${'x'.repeat(120)}`)).rejects.toMatchObject({ code: 'ADMIN_SOCKET_INVALID' });
  });
});

describe('remote admin with signed requests', () => {
  let cluster: Cluster;
  let server: grpc.Server;
  let client: grpc.Client;
  let now = 1_765_000_000_000;
  const refused: string[] = [];
  const human = generateKeyPairSync('ed25519');
  const robot = generateKeyPairSync('ed25519');
  const raw = (k: KeyObject) => new Uint8Array(k.export({ format: 'der', type: 'spki' }).subarray(12));

  beforeAll(async () => {
    cluster = await Cluster.start('memory', 3);
    const leader = await cluster.waitForLeader();
    const auth = new AdminAuthVerifier({
      operators: [
        { name: 'alice', publicKey: raw(human.publicKey), human: true },
        { name: 'ci', publicKey: raw(robot.publicKey), human: false },
      ],
      now: () => now,
      onRefused: (e, method) => refused.push(`${e.code} ${method}`),
    });
    server = new grpc.Server();
    addAdminService(server, leader, { auth });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
    );
    client = new AdminClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  });

  afterAll(async () => {
    client.close();
    await new Promise<void>((r) => server.tryShutdown(() => r()));
    await cluster.stop();
  });

  const statusPath = '/tessera.admin.v1.Admin/Status';
  const removePath = '/tessera.admin.v1.Admin/Remove';
  const statusBytes = encodeProto(pb.StatusRequest, {});

  it('accepts a signed request and refuses an unsigned one', async () => {
    const st = await call<StatusLike>(client, 'Status', {}, signAdminRequest(statusPath, statusBytes, 'alice', human.privateKey, now));
    expect(st.role).toBe('Leader');
    const unsigned = await call(client, 'Status', {}).catch((e: grpc.ServiceError) => e);
    expect((unsigned as grpc.ServiceError).code).toBe(grpc.status.UNAUTHENTICATED);
    expect((unsigned as grpc.ServiceError).details).toMatch(/ADMIN_AUTH_MISSING/);
  });

  it('refuses a replay, a skewed clock, an unknown operator, a wrong key and a signature over other bytes', async () => {
    const md = signAdminRequest(statusPath, statusBytes, 'alice', human.privateKey, now + 1);
    await call(client, 'Status', {}, md);
    const cases: [grpc.Metadata, RegExp][] = [
      [md, /replayed/],
      [signAdminRequest(statusPath, statusBytes, 'alice', human.privateKey, now - 10 * 60_000), /from this seat's clock/],
      [signAdminRequest(statusPath, statusBytes, 'mallory', human.privateKey, now + 2), /not listed/],
      [signAdminRequest(statusPath, statusBytes, 'alice', robot.privateKey, now + 3), /does not verify/],
      [signAdminRequest(removePath, statusBytes, 'alice', human.privateKey, now + 4), /does not verify/],
    ];
    for (const [metadata, why] of cases) {
      const e = (await call(client, 'Status', {}, metadata).catch((err: grpc.ServiceError) => err)) as grpc.ServiceError;
      expect(e.code).toBe(grpc.status.UNAUTHENTICATED);
      expect(e.details).toMatch(why);
    }
  });

  it('an automation key cannot remove a member; a human key can', async () => {
    const victim = cluster.followers()[0]!.id;
    const req = { id: victim };
    const bytes = encodeProto(pb.RemoveRequest, req);
    const e = (await call(client, 'Remove', req, signAdminRequest(removePath, bytes, 'ci', robot.privateKey, now + 10)).catch((err: grpc.ServiceError) => err)) as grpc.ServiceError;
    expect(e.code).toBe(grpc.status.PERMISSION_DENIED);
    expect(e.details).toMatch(/human operator key/);
    // Logged like every other refusal (docs/operators/admin.md): an automation key trying to remove is worth an audit line.
    expect(refused).toContain('ADMIN_AUTH_FORBIDDEN /tessera.admin.v1.Admin/Remove');
    now += 1000;
    const bare = (await call(client, 'Remove', req, signAdminRequest(removePath, bytes, 'alice', human.privateKey, now)).catch((err: grpc.ServiceError) => err)) as grpc.ServiceError;
    expect(bare.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(bare.details).toMatch(/must name the member's admission: expect_quote_digest/);
    const named = { id: victim, expectQuoteDigest: 'none' }; // a founder: no attestation record
    const ok = await call<{ status: StatusLike }>(client, 'Remove', named, signAdminRequest(removePath, encodeProto(pb.RemoveRequest, named), 'alice', human.privateKey, now));
    expect(ok.status.members.map((m) => m.id)).not.toContain(victim);
  });
});

/**
 * Every seat of a 3-seat in-memory cluster serving remote admin with one human operator key
 * ('alice'), as a fleet configured alike does; started before and stopped after the describe.
 */
function remoteAdminFleet(now: number) {
  const servers: grpc.Server[] = [];
  const fleet = { cluster: undefined as unknown as Cluster, clients: new Map<number, grpc.Client>(), human: generateKeyPairSync('ed25519') };
  const raw = (k: KeyObject) => new Uint8Array(k.export({ format: 'der', type: 'spki' }).subarray(12));
  beforeAll(async () => {
    fleet.cluster = await Cluster.start('memory', 3);
    await fleet.cluster.waitForLeader();
    for (const seat of fleet.cluster.seats.values()) {
      const auth = new AdminAuthVerifier({ operators: [{ name: 'alice', publicKey: raw(fleet.human.publicKey), human: true }], now: () => now });
      const server = new grpc.Server();
      addAdminService(server, seat, { auth });
      const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
      );
      servers.push(server);
      fleet.clients.set(seat.id, new AdminClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure()));
    }
  });
  afterAll(async () => {
    for (const c of fleet.clients.values()) c.close();
    for (const s of servers) await new Promise<void>((r) => s.tryShutdown(() => r()));
    await fleet.cluster.stop();
  });
  return fleet;
}

describe('remote Drain names the seat it drains', () => {
  const now = 1_765_000_000_000;
  const fleet = remoteAdminFleet(now);
  const drainPath = '/tessera.admin.v1.Admin/Drain';

  it('a Drain signed for one seat is refused by another (no cross-seat replay), as is one without the id', async () => {
    const [a, b] = fleet.cluster.followers();
    const req = { id: a!.id };
    const md = signAdminRequest(drainPath, encodeProto(pb.DrainRequest, req), 'alice', fleet.human.privateKey, now);
    // Captured on its way to seat a (plaintext) and sent to seat b within the skew window.
    const replayed = (await call(fleet.clients.get(b!.id)!, 'Drain', req, md).catch((err: grpc.ServiceError) => err)) as grpc.ServiceError;
    expect(replayed.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(replayed.details).toMatch(new RegExp(`names member ${a!.id}.*this seat is member ${b!.id}`));
    const noId = (await call(fleet.clients.get(b!.id)!, 'Drain', {}, signAdminRequest(drainPath, encodeProto(pb.DrainRequest, {}), 'alice', fleet.human.privateKey, now + 1)).catch(
      (err: grpc.ServiceError) => err,
    )) as grpc.ServiceError;
    expect(noId.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(noId.details).toMatch(/must name this seat's member id/);
    expect(b!.status().members.map((m) => m.id)).toContain(b!.id);
    // The request for a, at a: drained.
    const ok = await call<{ status: StatusLike }>(fleet.clients.get(a!.id)!, 'Drain', req, md);
    expect(ok.status.members.map((m) => m.id)).not.toContain(a!.id);
  });
});

describe('a captured remote Remove cannot remove the member again after it rejoined', () => {
  const now = 1_765_000_000_000;
  const fleet = remoteAdminFleet(now);
  const removePath = '/tessera.admin.v1.Admin/Remove';

  it('the replay, sent to another seat within the skew window, names the old admission and is refused', async () => {
    const leader = fleet.cluster.leader()!;
    const [victim, other] = fleet.cluster.followers();
    const req = { id: victim!.id, expectQuoteDigest: 'none' };
    const md = signAdminRequest(removePath, encodeProto(pb.RemoveRequest, req), 'alice', fleet.human.privateKey, now);
    const ok = await call<{ status: StatusLike }>(fleet.clients.get(leader.id)!, 'Remove', req, md);
    expect(ok.status.members.map((m) => m.id)).not.toContain(victim!.id);
    // It rejoins with the same key (and so the same member id): a new admission, a new quote.
    await leader.addLearner({ ...member(victim!.id), attestation: { mrTd: 'aa'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: 'cc'.repeat(32), verifiedAtMs: now, simulated: true } });
    await waitUntil(() => other!.status().members.some((m) => m.id === victim!.id), 5000, 'the rejoin to reach the other seat');
    // The captured Remove, replayed at a seat that never saw it (its own replay cache is empty).
    const e = (await call(fleet.clients.get(other!.id)!, 'Remove', req, md).catch((err: grpc.ServiceError) => err)) as grpc.ServiceError;
    expect(e.code).toBe(grpc.status.FAILED_PRECONDITION);
    expect(e.details).toMatch(/rejoined since/);
    expect(leader.status().members.map((m) => m.id)).toContain(victim!.id);
  });
});
