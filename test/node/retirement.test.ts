/**
 * Retirement end to end in one process: a 3-seat organism committee
 * (OrganismHost over InMemoryNetwork) spanning two demo upstreams, the admin
 * service on a unix socket and on a signed remote endpoint, and
 * `tessera retire` run through the CLI. A retirement scheduled ahead of
 * effective_at lets facts up to it commit; then the leader seals it and
 * every surface primitive ends with the marker, on every seat.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/common/fact.js';
import { OrganismCommittee } from '../../src/demo/committee.js';
import { AdminAuthVerifier, addAdminService, serveAdminSocket, type AdminSocketServer } from '../../src/node/index.js';
import type { NodeId } from '../../src/raft/index.js';
import { DemoUpstream, SurfaceClient, demoUpstreamIdentity, startSurfaceServer, type RunningSurface, type SubscribeEvent } from '../../src/surface/index.js';
import { spanned, until } from '../driver/helpers.js';
import { runTessera } from '../helpers/cli.js';
import { InMemoryNetwork } from './memory-transport.js';

const identity = demoUpstreamIdentity('retiring', 'test');
const successor = demoUpstreamIdentity('successor', 'test').fingerprint;
const cleanup: (() => Promise<void> | void)[] = [];

let a: DemoUpstream;
let b: DemoUpstream;
let committee: OrganismCommittee;
let dir: string;
let slot = 5000;

function writeKey(name: string): { pem: string; raw: Uint8Array } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pem = join(dir, `${name}.pem`);
  writeFileSync(pem, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { pem, raw: Uint8Array.from(der.subarray(der.length - 32)) };
}

async function leaderId(): Promise<number> {
  let id = 0;
  await until(() => {
    const l = committee.leader();
    id = l?.id ?? 0;
    return l !== undefined && l.host.leading;
  }, 'a leader running its driver');
  return id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tessera-retire-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  a = await DemoUpstream.start({ name: 'alpha', slotMs: 50 });
  cleanup.push(() => a.close());
  b = await DemoUpstream.start({ name: 'beta', slotMs: 50 });
  cleanup.push(() => b.close());
  const network = new InMemoryNetwork();
  committee = await OrganismCommittee.start({
    identity,
    members: [spanned('alpha', a.identity, [a.endpoint]), spanned('beta', b.identity, [b.endpoint])],
    policy: 'stall',
    deadlineMs: 300,
    seats: 3,
    transport: (id: NodeId) => network.transport(id),
    host: { intervalMs: 20, driver: { backoff: { baseMs: 20, capMs: 100, darkAfterAttempts: 3 }, connectTimeoutMs: 1000 } },
    // Elections after 1 s of silence, not 100 ms: the test talks to the leader it found.
    raft: { electionTimeoutTicks: 100, heartbeatIntervalTicks: 1 },
  });
  cleanup.push(() => committee.stop());
  const clock = setInterval(() => {
    a.publishSlot(slot);
    b.publishSlot(slot);
    slot++;
  }, 25);
  cleanup.push(() => clearInterval(clock));
});

afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('tessera retire', () => {
  it('refuses bad options with exit 2 before touching any seat', async () => {
    const cases: [string[], RegExp][] = [
      [['retire', '--socket', '/nonexistent/admin.sock'], /--effective-at is required/],
      [['retire', '--effective-at', 'tomorrow', '--socket', '/x.sock'], /expected now, ms since the epoch, or ISO 8601/],
      [['retire', '--effective-at', '2026-12-08T00:00:00', '--socket', '/x.sock'], /ISO 8601 with a zone/],
      [['retire', '--effective-at', '1765152000', '--socket', '/x.sock'], /seconds are not accepted/],
      [['retire', '--effective-at', 'now', '--replacement-endpoint', 'h:1', '--socket', '/x.sock'], /needs --replacement FINGERPRINT/],
      [['retire', '--effective-at', 'now', '--replacement', 'ab', '--socket', '/x.sock'], /64 lowercase hex digits/],
      [['retire', '--effective-at', 'now', '--replacement', successor, '--replacement-endpoint', 'nope', '--socket', '/x.sock'], /must be host:port/],
      [['retire', '--effective-at', 'now', '--remote', '127.0.0.1:1'], /needs --operator NAME and --operator-key/],
      [['retire', '--effective-at', 'now', '--operator', 'x', '--socket', '/x.sock'], /go with --remote/],
      [['retire', '--effective-at', 'now'], /name the seat/],
    ];
    for (const [args, message] of cases) {
      const r = await runTessera(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    const missing = await runTessera(['retire', '--effective-at', 'now', '--socket', join(dir, 'none.sock')]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/no admin socket/);
  });

  it('scheduled ahead: refused for automation keys, followers and non-organism seats; then facts up to effective_at commit, and every primitive on every seat ends with the marker', async () => {
    const leader = await leaderId();
    const follower = leader === 1 ? 2 : 1;
    await until(() => committee.seat(leader).machine.lastSequence() >= 5, '5 facts');

    // Remote admin with signed requests: one human operator, one automation key.
    const human = writeKey('alice');
    const bot = writeKey('deploy-bot');
    const remote = new grpc.Server();
    const auth = new AdminAuthVerifier({
      operators: [
        { name: 'alice', publicKey: human.raw, human: true },
        { name: 'deploy-bot', publicKey: bot.raw, human: false },
      ],
    });
    addAdminService(remote, committee.seat(leader).seat, { auth, organism: committee.seat(leader).host });
    const port = await new Promise<number>((resolve, reject) => remote.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    cleanup.push(() => remote.forceShutdown());
    const sockets: AdminSocketServer[] = [];
    for (const [name, id, organism] of [['leader', leader, true], ['follower', follower, true], ['plain', leader, false]] as const) {
      const s = await serveAdminSocket(committee.seat(id).seat, join(dir, `${name}.sock`), organism ? { organism: committee.seat(id).host } : {});
      sockets.push(s);
      cleanup.push(() => s.close());
    }
    const [leaderSocket, followerSocket, plainSocket] = sockets as [AdminSocketServer, AdminSocketServer, AdminSocketServer];

    const retireArgs = (at: number) => ['retire', '--effective-at', String(at), '--replacement', successor, '--replacement-endpoint', '127.0.0.1:7999', '--replacement-endpoint', 'next.example:7401', '--json'];
    let args = retireArgs(Date.now() + 60_000);
    const remoteArgs = ['--remote', `127.0.0.1:${port}`];

    const byBot = await runTessera([...args, ...remoteArgs, '--operator', 'deploy-bot', '--operator-key', bot.pem]);
    expect(byBot.code).toBe(3);
    expect(byBot.stderr).toMatch(/needs a human operator key; deploy-bot is an automation key \[ADMIN_AUTH_FORBIDDEN\]/);
    const wrongKey = await runTessera([...args, ...remoteArgs, '--operator', 'alice', '--operator-key', bot.pem]);
    expect(wrongKey.code).toBe(3);
    expect(wrongKey.stderr).toMatch(/ADMIN_AUTH_INVALID/);
    const byFollower = await runTessera([...args, '--socket', followerSocket.path]);
    expect(byFollower.code).toBe(3);
    expect(byFollower.stderr).toMatch(/SEAT_NOT_LEADER/);
    const plain = await runTessera([...args, '--socket', plainSocket.path]);
    expect(plain.code).toBe(3);
    expect(plain.stderr).toMatch(/ADMIN_NOT_ORGANISM/);
    expect(committee.seat(leader).machine.retirement()).toBeUndefined();

    // A live subscriber on a follower's surface, from the start.
    const surface: RunningSurface = await startSurfaceServer(committee.seat(follower).host);
    cleanup.push(() => surface.close());
    const client = new SurfaceClient(surface.endpoint, identity.fingerprint);
    cleanup.push(() => client.close());
    const events: SubscribeEvent[] = [];
    const streamed = (async () => {
      for await (const ev of client.subscribe(1)) events.push(ev);
    })();

    // Far enough ahead that facts still commit after the Retire, on a loaded machine too.
    const effectiveAt = Date.now() + 1500;
    args = retireArgs(effectiveAt);
    const ok = await runTessera([...args, ...remoteArgs, '--operator', 'alice', '--operator-key', human.pem]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const answer = JSON.parse(ok.stdout) as { effectiveAtMs: number; inEffect: boolean; lastSequence: number; replacement: { fingerprint: string; endpoints: string[] } };
    expect(answer).toMatchObject({ effectiveAtMs: effectiveAt, inEffect: false, replacement: { fingerprint: successor, endpoints: ['127.0.0.1:7999', 'next.example:7401'] } });
    const atRetire = answer.lastSequence;
    // Not in effect yet: the surface serves no marker, and facts go on up to effective_at.
    expect((await client.status()).retirement).toBeUndefined();
    await until(() => committee.runningIds().every((id) => committee.seat(id).machine.retirementInEffect()), 'the retirement sealed on every seat', 15_000);
    await streamed;

    const machine = committee.seat(follower).machine;
    const last = machine.lastSequence();
    expect(last).toBeGreaterThan(atRetire); // facts committed after the Retire, before effective_at
    const facts = events.filter((e): e is Extract<SubscribeEvent, { kind: 'fact' }> => e.kind === 'fact').map((e) => e.fact);
    expect(facts.map((f) => f.sequence)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    for (const f of facts) expect(f.appliedAt).toBeLessThanOrEqual(effectiveAt);
    const marker = events[events.length - 1]!;
    expect(marker.kind).toBe('retired');
    if (marker.kind === 'retired') {
      expect(marker.marker).toMatchObject({ effectiveAt, lastSequence: last, replacement: { fingerprint: successor, endpoints: ['127.0.0.1:7999', 'next.example:7401'] } });
    }
    // Every seat agrees on the last fact; nothing commits afterwards although the upstreams go on.
    for (const id of committee.runningIds()) expect(committee.seat(id).machine.lastSequence()).toBe(last);
    await new Promise((r) => setTimeout(r, 300));
    expect(machine.lastSequence()).toBe(last);
    // Get (with and without a fact), Scan and Status all carry the marker.
    const got = await client.get(facts[0]!.key);
    expect(got.fact?.sequence).toBe(1);
    expect(got.retirement?.lastSequence).toBe(last);
    expect((await client.get('999999999')).retirement?.effectiveAt).toBe(effectiveAt);
    expect((await client.scan()).retirement?.lastSequence).toBe(last);
    expect((await client.status()).retirement?.replacement?.fingerprint).toBe(successor);
    const replay: Fact[] = [];
    const end = await client.follow(last - 1, (f) => void replay.push(f));
    expect(replay.map((f) => f.sequence)).toEqual([last - 1, last]);
    expect(end?.lastSequence).toBe(last);

    // A retry of the same retirement is answered; another one is refused.
    const again = await runTessera([...args, '--socket', leaderSocket.path]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ inEffect: true, lastSequence: last });
    const other = await runTessera(['retire', '--effective-at', 'now', '--socket', leaderSocket.path]);
    expect(other.code).toBe(3);
    expect(other.stderr).toMatch(/ORGANISM_ALREADY_RETIRED/);
  });

  it("--effective-at now takes the leader's clock: it never falls behind a fact committed while the command travels", async () => {
    const up = await DemoUpstream.start({ name: 'gamma', slotMs: 50 });
    cleanup.push(() => up.close());
    const network = new InMemoryNetwork();
    const fast = await OrganismCommittee.start({
      identity: demoUpstreamIdentity('retiring-now', 'test'),
      members: [spanned('gamma', up.identity, [up.endpoint])],
      policy: 'stall',
      deadlineMs: 300,
      seats: 3,
      transport: (id: NodeId) => network.transport(id),
      host: { intervalMs: 5 },
    });
    cleanup.push(() => fast.stop());
    let s = 1;
    const clock = setInterval(() => up.publishSlot(s++), 2);
    cleanup.push(() => clearInterval(clock));
    await until(() => (fast.leader()?.machine.lastSequence() ?? 0) >= 20, '20 facts');
    const before = Date.now();
    let leader = fast.leader()!;
    let r = { code: -1, stdout: '', stderr: '' };
    // A leadership change under a loaded machine is answered SEAT_NOT_LEADER: ask the new leader.
    for (let attempt = 0; attempt < 3; attempt++) {
      leader = fast.leader()!;
      const socket = await serveAdminSocket(leader.seat, join(dir, `now-${attempt}.sock`), { organism: leader.host });
      cleanup.push(() => socket.close());
      r = await runTessera(['retire', '--effective-at', 'now', '--socket', socket.path, '--json']);
      if (!/SEAT_NOT_LEADER/.test(r.stderr)) break;
    }
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout) as { effectiveAtMs: number; lastSequence: number };
    expect(answer.effectiveAtMs).toBeGreaterThanOrEqual(before);
    await until(() => fast.runningIds().every((id) => fast.seat(id).machine.retirementInEffect()), 'sealed everywhere');
    const m = leader.machine;
    const facts = m.factsFrom(1, m.lastSequence());
    expect(facts.every((f) => f.appliedAt <= answer.effectiveAtMs)).toBe(true);
    expect(leader.host.retirement()?.effectiveAt).toBe(answer.effectiveAtMs);
  });
});
