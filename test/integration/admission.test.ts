/**
 * Attested admission through real `tessera run` processes (simulated TDX,
 * with the test-only hooks of src/node/attestation-test-hooks.ts): joiners
 * whose quote has the wrong MR_TD, a DEBUG TD, a replayed nonce, or that
 * meet a leader whose collateral expired, are refused with that reason in
 * the leader's log, the joiner's stderr (exit 1) and the leader's refusal
 * counter; members re-attest on a schedule, the leader's
 * member_tdx_attested follows each member's latest quote, and with
 * admission.remove_unattested the leader removes a member whose
 * re-attestation is refused.
 */
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Cluster, metricValue, waitUntil, type SeatHandle } from './harness.js';

const reattestEveryMs = '1000';
const wrongMrtd = 'ab'.repeat(48);

/** Waits for `seat` to exit; fails (and kills it) if it is still running after timeoutMs. */
async function exited(seat: SeatHandle, timeoutMs: number): Promise<{ code: number | null }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      seat.kill('SIGKILL');
      reject(new Error(`${seat.name} still running after ${timeoutMs} ms:\n${seat.tail(20)}`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([seat.exit!, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function memberIdOf(leader: SeatHandle, seat: SeatHandle): number {
  const st = leader.status().json;
  const m = st?.members.find((x) => x.address === seat.peerAddress);
  if (m === undefined) throw new Error(`${seat.name} is not in ${leader.name}'s membership: ${JSON.stringify(st)}`);
  return m.id;
}

async function attestedGauge(leader: SeatHandle, memberId: number): Promise<number | undefined> {
  return metricValue(await leader.metrics(), 'ittest_member_tdx_attested', { member: String(memberId) });
}

describe('attested admission through tessera run', () => {
  let cluster: Cluster;
  let leader: SeatHandle;
  let m2: SeatHandle;
  let m3: SeatHandle;
  let leaderHooks: string;
  let m3Hooks: string;
  let m3NonceFile: string;

  beforeAll(async () => {
    cluster = new Cluster();
    leaderHooks = join(cluster.root, 'm1-hooks.json');
    m3Hooks = join(cluster.root, 'm3-hooks.json');
    m3NonceFile = join(cluster.root, 'm3-nonce');
    const env = (file: string) => ({ TESSERA_TEST_REATTEST_INTERVAL_MS: reattestEveryMs, TESSERA_TEST_ATTESTATION_FILE: file });
    leader = await cluster.add({ name: 'm1', bootstrap: true });
    leader.start(env(leaderHooks));
    await leader.waitServing();
    m2 = await cluster.add({ name: 'm2', join: [leader.peerAddress] });
    m3 = await cluster.add({ name: 'm3', join: [leader.peerAddress] });
    m2.start(env(join(cluster.root, 'm2-hooks.json')));
    m3.start({ ...env(m3Hooks), TESSERA_TEST_JOIN_NONCE_FILE: m3NonceFile });
    for (const j of [m2, m3]) await j.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission');
    await waitUntil(() => {
      const s = leader.status().json;
      return s !== undefined && s.members.length === 3 && s.members.every((m) => m.role === 'voter') ? s : undefined;
    }, 30_000, 'three voters');
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  /** Starts a joiner with `env`, expects the refusal `reason` everywhere an operator would look. */
  async function expectRefusedJoin(name: string, env: NodeJS.ProcessEnv, reason: string): Promise<void> {
    const before = metricValue(await leader.metrics(), 'ittest_admission_refusals_total', { reason }) ?? 0;
    const joiner = await cluster.add({ name, join: [leader.peerAddress] });
    joiner.start(env);
    const { code } = await exited(joiner, 60_000);
    expect(code, joiner.tail()).toBe(1);
    expect(joiner.stderr).toMatch(new RegExp(`could not join the committee: join refused by .*: ${reason}: `));
    expect(joiner.lines.some((l) => l.msg === 'could not join the committee; exiting' && JSON.stringify(l).includes(reason))).toBe(true);
    const logged = await leader.waitForLog((l) => l.msg === 'join refused' && l.reason === reason, 10_000, `'join refused' ${reason}`);
    expect(String(logged.message).length).toBeGreaterThan(15);
    const after = await waitUntil(async () => {
      const v = metricValue(await leader.metrics(), 'ittest_admission_refusals_total', { reason }) ?? 0;
      return v > before ? v : undefined;
    }, 10_000, `admission_refusals_total{reason="${reason}"} to rise`);
    expect(after).toBeGreaterThanOrEqual(before + 1);
    // The committee did not change.
    expect(leader.status().json?.members.map((m) => m.address)).not.toContain(joiner.peerAddress);
  }

  it('every refusal reason has its counter series from the start', async () => {
    const text = await leader.metrics();
    for (const reason of ['MRTD_NOT_PINNED', 'DEBUG_TD', 'NONCE_REPLAYED', 'COLLATERAL_EXPIRED', 'REPORT_DATA_MISMATCH']) {
      expect(metricValue(text, 'ittest_admission_refusals_total', { reason }), reason).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a joiner whose quote has the wrong MR_TD (MRTD_NOT_PINNED)', async () => {
    await expectRefusedJoin('bad-mrtd', { TESSERA_TEST_SIMULATED_MRTD: wrongMrtd }, 'MRTD_NOT_PINNED');
  });

  it('refuses a DEBUG TD (DEBUG_TD)', async () => {
    await expectRefusedJoin('debug-td', { TESSERA_TEST_SIMULATED_DEBUG: '1' }, 'DEBUG_TD');
  });

  it('refuses a joiner presenting a nonce that was already used (NONCE_REPLAYED)', async () => {
    // m3 recorded the nonce it was admitted with; this joiner quotes over it and presents it again.
    await expectRefusedJoin('replayer', { TESSERA_TEST_JOIN_NONCE_FILE: m3NonceFile }, 'NONCE_REPLAYED');
  });

  it('refuses joins while the leader\'s collateral is expired (COLLATERAL_EXPIRED), and admits nobody until it is fresh', async () => {
    writeFileSync(leaderHooks, JSON.stringify({ collateralExpired: true }));
    try {
      await expectRefusedJoin('stale-collateral', {}, 'COLLATERAL_EXPIRED');
    } finally {
      rmSync(leaderHooks, { force: true });
    }
  });

  it('re-attests members on schedule: member_tdx_attested goes to 0 on every seat when a member\'s quote turns bad, back to 1 once it is good; a follower\'s status shows the committed verdict', async () => {
    const id3 = memberIdOf(leader, m3);
    const seats = [leader, m2, m3];
    /** The gauge for m3 on every seat, once they all agree on `want`. */
    const everywhere = (want: number, what: string) =>
      waitUntil(async () => {
        for (const s of seats) if ((await attestedGauge(s, id3)) !== want) return undefined;
        return true;
      }, 20_000, what);
    await everywhere(1, 'm3 attested on every seat');
    const refusedBefore = metricValue(await leader.metrics(), 'ittest_admission_refusals_total', { reason: 'MRTD_NOT_PINNED' }) ?? 0;
    const mark = leader.lines.length;
    const writtenAt = Date.now();
    writeFileSync(m3Hooks, JSON.stringify({ mrTd: wrongMrtd }));
    try {
      // Followers read the committed verdict: the same 0 as the leader (they used to report 1 for any admitted member).
      await everywhere(0, 'm3 not attested on every seat');
      const line = await leader.waitForLog(
        (l) => l.msg === 're-attestation refused' && l.memberId === id3 && leader.lines.indexOf(l) >= mark,
        10_000,
        're-attestation refused',
      );
      expect(line.reason).toBe('MRTD_NOT_PINNED');
      expect(metricValue(await leader.metrics(), 'ittest_admission_refusals_total', { reason: 'MRTD_NOT_PINNED' })).toBeGreaterThan(refusedBefore);
      // tessera status --json on a follower shows the latest re-attestation, not only the admission record.
      const follower = seats.find((s) => s.status().json?.role === 'Follower')!;
      const st = follower.status().json!;
      const m = st.members.find((x) => x.id === id3)!;
      expect(m.reattestation).toMatchObject({ verdict: 'refused', attested: false, reason: 'MRTD_NOT_PINNED' });
      expect(m.reattestation!.atMs).toBeGreaterThanOrEqual(writtenAt - 1_000);
      expect(m.attestation?.mrTd).toBe('00'.repeat(48)); // the admission record is kept
      const table = follower.cli(['status', '--socket', follower.adminSocket]).stdout;
      expect(table).toMatch(new RegExp(`${id3} .*refused MRTD_NOT_PINNED at .*\\(NOT ATTESTED\\)`));
      // remove_unattested is false here: the member stays.
      expect(leader.status().json?.members.map((x) => x.id)).toContain(id3);
    } finally {
      rmSync(m3Hooks, { force: true });
    }
    await everywhere(1, 'm3 attested again on every seat');
    const again = m2.status().json!.members.find((x) => x.id === id3)!.reattestation;
    expect(again).toMatchObject({ verdict: 'verified', attested: true, tcbStatus: 'UpToDate', mrTd: '00'.repeat(48) });
  });
});

describe('admission.remove_unattested', () => {
  let cluster: Cluster;

  afterAll(async () => {
    await cluster?.close();
  });

  it('the leader removes a member whose re-attestation is refused', async () => {
    cluster = new Cluster();
    const hooks = join(cluster.root, 'g-hooks.json');
    const admission = 'remove_unattested = true';
    const env = { TESSERA_TEST_REATTEST_INTERVAL_MS: reattestEveryMs };
    const founder = await cluster.add({ name: 'f', bootstrap: true, admission });
    founder.start(env);
    await founder.waitServing();
    const g = await cluster.add({ name: 'g', join: [founder.peerAddress], admission });
    g.start({ ...env, TESSERA_TEST_ATTESTATION_FILE: hooks });
    await g.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission');
    await waitUntil(() => {
      const s = founder.status().json;
      return s !== undefined && s.members.length === 2 && s.members.every((m) => m.role === 'voter') ? s : undefined;
    }, 30_000, 'two voters');
    const idG = memberIdOf(founder, g);
    await waitUntil(async () => ((await attestedGauge(founder, idG)) === 1 ? true : undefined), 15_000, 'g attested');

    writeFileSync(hooks, JSON.stringify({ debug: true }));
    const line = await founder.waitForLog((l) => l.msg === 're-attestation refused' && l.memberId === idG, 15_000, 're-attestation refused');
    expect(line.reason).toBe('DEBUG_TD');
    await founder.waitForLog((l) => l.msg === 'member removed for failed re-attestation' && l.memberId === idG, 15_000, 'member removed');
    const st = await waitUntil(() => {
      const s = founder.status().json;
      return s !== undefined && s.members.length === 1 ? s : undefined;
    }, 15_000, 'one member left');
    expect(st.members[0]!.address).toBe(founder.peerAddress);
  }, 120_000);
});
