/**
 * The re-attestation service in process, against a fake seat (this seat is
 * the only member, so its own quote is taken locally), a fake verifier and a
 * fake collateral store: schedule, collateral refresh, gauge, refusal
 * counter, removal under remove_unattested, and nothing when not leading.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import type { CollateralStore, RefreshReport } from '../../src/attest/collateral/index.js';
import type { StateMachine } from '../../src/common/state-machine.js';
import { parseSeatConfig } from '../../src/config/index.js';
import type { AdmissionVerdict, ReattestationRecord } from '../../src/node/ports.js';
import { reattestationFor, type SeatReattestation } from '../../src/node/reattestation-service.js';
import type { Seat } from '../../src/node/seat.js';
import { loadOrCreateNodeKey } from '../../src/peer/node-key.js';
import { Role } from '../../src/raft/index.js';

const root = mkdtempSync(join(tmpdir(), 'tessera-reattest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let running: SeatReattestation | undefined;
afterEach(() => running?.stop());

async function until(probe: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function setup(o: { removeUnattested: boolean; verdict: () => AdmissionVerdict; leading?: () => boolean }) {
  const config = parseSeatConfig(
    join(root, 'seat.toml'),
    `[organism]\nname = "unit"\nmachine = "kv"\n\n[admission]\nmrtd = ["${'00'.repeat(48)}"]\nremove_unattested = ${o.removeUnattested}\n\n[seat]\ndata_dir = "${join(root, 'data')}"\npeer_listen = "127.0.0.1:7400"\n\n[attestation]\nprovider = "simulated"\n`,
    { env: {} },
  );
  mkdirSync(join(root, 'key'), { recursive: true, mode: 0o700 });
  const nodeKey = loadOrCreateNodeKey(join(root, 'key')).key;
  const self = { id: nodeKey.nodeId, address: '127.0.0.1:1', keyId: nodeKey.keyId, role: 'voter' as const };
  const calls = { quotes: 0, verifies: 0, drains: 0, refused: [] as string[], expiry: [] as number[], committed: [] as ReattestationRecord[] };
  let onReport: ((r: RefreshReport) => void) | undefined;
  const store = {
    start: (_poll: number, cb: (r: RefreshReport) => void) => (onReport = cb),
    preload: () => ({ loaded: ['B0C06F000000'], failed: [] }),
    stop: () => undefined,
    earliestExpirySeconds: () => 1234,
  } as unknown as CollateralStore;
  const seat = {
    id: self.id,
    status: () => ({
      id: self.id,
      role: (o.leading?.() ?? true) ? Role.Leader : Role.Follower,
      term: 1,
      leader: self.id,
      leaderAddress: self.address,
      committedIndex: 1,
      appliedIndex: 1,
      snapshotIndex: 1,
      lastIndex: 1,
      removed: false,
      members: [self],
    }),
    drain: async () => {
      calls.drains++;
    },
    remove: async () => undefined,
    // What the seat committed (Seat.recordReattestation): the latest is the member record's.
    memberRecord: () => ({ ...self, ...(calls.committed.length > 0 ? { reattestation: calls.committed.at(-1) } : {}) }),
    recordReattestation: async (id: number, keyId: string, record: ReattestationRecord) => {
      expect([id, keyId]).toEqual([self.id, self.keyId]);
      calls.committed.push(record);
    },
  } as unknown as Seat<StateMachine>;
  const service = reattestationFor({
    config,
    nodeKey,
    verifier: {
      issueNonce: () => Buffer.alloc(32, 1),
      verify: async () => {
        calls.verifies++;
        return o.verdict();
      },
    },
    quoteOwn: async () => {
      calls.quotes++;
      return Buffer.from('quote');
    },
    intervalMs: 60_000,
    logger: pino({ level: 'silent' }),
    metrics: { admissionRefused: (r: string) => calls.refused.push(r), setCollateralSecondsToExpiry: (s: number) => calls.expiry.push(s) },
    collateralStore: store,
  });
  running = service;
  return { service, seat, self, calls, refresh: (r: RefreshReport) => onReport?.(r) };
}

const verified: AdmissionVerdict = { admitted: true, record: { mrTd: '00'.repeat(48), tcbStatus: 'UpToDate', quoteDigest: 'ab'.repeat(32), verifiedAtMs: 0, simulated: true } };

describe('re-attestation service (in process)', () => {
  it('the leader re-attests itself at once, then waits an interval, and again at once after a collateral refresh', async () => {
    const { service, seat, self, calls, refresh } = setup({ removeUnattested: false, verdict: () => verified });
    service.start(seat);
    await until(() => calls.verifies === 1, 'the first re-attestation');
    expect(service.attested(self.id)).toBe(true);
    expect(calls.committed).toEqual([expect.objectContaining({ verdict: 'verified', attested: true, tcbStatus: 'UpToDate', mrTd: '00'.repeat(48) })]);
    expect(calls.expiry).toContain(1234);
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.quotes).toBe(1);
    refresh({ refreshed: ['00906ED50000-platform'], failed: [] });
    await until(() => calls.verifies === 2, 'a re-attestation after the refresh');
    await until(() => calls.committed.length === 2, 'the second verified quote committed (its time)');
    expect(calls.refused).toEqual([]);
  });

  it('a refusal sets the gauge to 0, counts the reason, and with remove_unattested the leader removes itself by draining', async () => {
    const { service, seat, self, calls } = setup({ removeUnattested: true, verdict: () => ({ admitted: false, reason: 'MRTD_NOT_PINNED', message: 'MR_TD x is not pinned' }) });
    service.start(seat);
    await until(() => calls.drains === 1, 'the drain');
    expect(service.attested(self.id)).toBe(false);
    expect(calls.refused).toEqual(['MRTD_NOT_PINNED']);
    // The verdict is committed before the removal, so every seat shows why.
    expect(calls.committed).toEqual([expect.objectContaining({ verdict: 'refused', attested: false, reason: 'MRTD_NOT_PINNED' })]);
  });

  it('a refusal on the verifier\'s side (expired collateral) is reported but never removes', async () => {
    const { service, seat, self, calls } = setup({ removeUnattested: true, verdict: () => ({ admitted: false, reason: 'COLLATERAL_EXPIRED', message: 'CRL expired' }) });
    service.start(seat);
    await until(() => calls.refused.length === 1, 'the refusal');
    expect(service.attested(self.id)).toBe(false);
    expect(calls.drains).toBe(0);
  });

  it('a seat that does not lead asks nobody and has no view of its own', async () => {
    const { service, seat, self, calls } = setup({ removeUnattested: false, verdict: () => verified, leading: () => false });
    service.start(seat);
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.quotes).toBe(0);
    expect(service.attested(self.id)).toBeUndefined();
    // It still answers the leader's Attest with its own quote and key.
    const answer = await service.handler.attest({ nonce: Buffer.alloc(32, 2) }, { keyId: undefined, publicKeyDer: undefined });
    expect(Buffer.from(answer.quote).toString()).toBe('quote');
    expect(answer.nodePublicKey.length).toBeGreaterThan(0);
  });
});
