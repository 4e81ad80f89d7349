import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { SeatMetrics, metricCatalog, metricPrefix } from '../../src/ops/index.js';

const reasons = ['mrtd_not_pinned', 'debug_td', 'nonce_replayed', 'collateral_expired'] as const;

function seat(organism = 'tally'): SeatMetrics {
  return new SeatMetrics({
    organism,
    member: 'seat-a',
    admissionRefusalReasons: reasons,
    spanned: [
      { member: 'builder-1', surface: 'blocks' },
      { member: 'builder-2', surface: 'blocks' },
    ],
    identity: { fingerprint: 'f'.repeat(64), stableId: 'a'.repeat(64), contentHash: 'c'.repeat(64) },
  });
}

/** Samples of a scrape as "name{labels} value" lines (no HELP/TYPE). */
function samples(text: string): string[] {
  return text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
}

function valueOf(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of samples(text)) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (m === null || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-zA-Z_]+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('SeatMetrics', () => {
  it('registers every catalog metric under <org>_ with HELP and TYPE', async () => {
    const text = await seat('my-org').scrape();
    for (const e of metricCatalog) {
      expect(text).toContain(`# HELP my_org_${e.suffix} `);
      expect(text).toContain(`# TYPE my_org_${e.suffix} ${e.type}`);
    }
  });

  it('starts every refusal reason, fact status and spanned source at 0, and up at 1', async () => {
    const text = await seat().scrape();
    for (const reason of reasons) expect(valueOf(text, 'tally_admission_refusals_total', { organism: 'tally', member: 'seat-a', reason })).toBe(0);
    expect(valueOf(text, 'tally_facts_total', { status: 'complete' })).toBe(0);
    expect(valueOf(text, 'tally_facts_total', { status: 'degraded' })).toBe(0);
    expect(valueOf(text, 'tally_upstream_peers', { source: 'builder-1::blocks' })).toBe(0);
    expect(valueOf(text, 'tally_upstream_peers', { source: 'builder-2::blocks' })).toBe(0);
    expect(valueOf(text, 'tally_identity_drift', { source: 'builder-2' })).toBe(0);
    expect(valueOf(text, 'tally_up', { organism: 'tally', member: 'seat-a' })).toBe(1);
    expect(valueOf(text, 'tally_config_info', { fingerprint: 'f'.repeat(64), stable_id: 'a'.repeat(64), content_hash: 'c'.repeat(64) })).toBe(1);
  });

  it('reflects the committee, Raft, fsync, refusals and spanned members; one series per member', async () => {
    const m = seat();
    m.setCommittee([
      { name: 'seat-a', up: true, attested: true },
      { name: 'seat-b', up: true, attested: false },
      { name: 'seat-c', up: false, attested: undefined },
    ]);
    m.setRaft({ term: 7, leaderIsLocal: true, leaderKnown: true, committedIndex: 120, appliedIndex: 118 });
    m.electionStarted();
    m.observeWalFsync(0.003);
    m.observeWalFsync(0.2);
    m.admissionRefused('debug_td');
    m.setCollateralSecondsToExpiry(-5);
    m.setUpstreamPeers({ member: 'builder-1', surface: 'blocks' }, 2);
    m.setSubscriptionLag({ member: 'builder-1', surface: 'blocks' }, { seconds: 1.5, events: 3 });
    m.setSubscriptionLag({ member: 'builder-2', surface: 'blocks' }, { seconds: 40, events: 90 });
    m.setTicketSecondsToExpiry('builder-2', 3600);
    m.setIdentityDrift('builder-2', true);
    m.factsCommitted('degraded', 2);
    m.slotClosed(1, 42);
    m.evidenceFailure('builder-1');
    m.setApplyHalted(true);
    let text = await m.scrape();
    expect(valueOf(text, 'tally_member_up', { member: 'seat-c' })).toBe(0);
    expect(valueOf(text, 'tally_member_tdx_attested', { member: 'seat-b' })).toBe(0);
    expect(valueOf(text, 'tally_member_tdx_attested', { member: 'seat-c' })).toBeUndefined();
    expect(valueOf(text, 'tally_committee_size', { member: 'seat-a' })).toBe(2);
    expect(valueOf(text, 'tally_committee_members', { member: 'seat-a' })).toBe(3);
    expect(valueOf(text, 'tally_raft_term', {})).toBe(7);
    expect(valueOf(text, 'tally_raft_applied_index', {})).toBe(118);
    expect(valueOf(text, 'tally_raft_elections_total', {})).toBe(1);
    expect(valueOf(text, 'tally_wal_fsync_duration_seconds_count', {})).toBe(2);
    expect(valueOf(text, 'tally_wal_fsync_duration_seconds_bucket', { le: '0.005' })).toBe(1);
    expect(valueOf(text, 'tally_admission_refusals_total', { reason: 'debug_td' })).toBe(1);
    expect(valueOf(text, 'tally_collateral_seconds_to_expiry', {})).toBe(-5);
    expect(valueOf(text, 'tally_subscription_lag_seconds', { source: 'builder-1::blocks' })).toBe(1.5);
    expect(valueOf(text, 'tally_subscription_lag_events', { source: 'builder-2::blocks' })).toBe(90);
    expect(samples(text).filter((l) => l.startsWith('tally_subscription_lag_seconds{'))).toHaveLength(2);
    expect(valueOf(text, 'tally_ticket_seconds_to_expiry', { source: 'builder-2' })).toBe(3600);
    expect(valueOf(text, 'tally_identity_drift', { source: 'builder-2' })).toBe(1);
    expect(valueOf(text, 'tally_facts_total', { status: 'degraded' })).toBe(2);
    expect(valueOf(text, 'tally_commits_per_slot', {})).toBe(1);
    expect(valueOf(text, 'tally_evidence_failures_total', { source: 'builder-1' })).toBe(1);
    expect(valueOf(text, 'tally_apply_halted', {})).toBe(1);

    // A member that leaves the committee loses its series.
    m.setCommittee([{ name: 'seat-a', up: true, attested: true }]);
    text = await m.scrape();
    expect(valueOf(text, 'tally_member_up', { member: 'seat-b' })).toBeUndefined();
    expect(valueOf(text, 'tally_committee_members', {})).toBe(1);
    m.setUp(false);
    expect(valueOf(await m.scrape(), 'tally_up', {})).toBe(0);
  });

  it('refuses bad input with a TesseraError naming it', () => {
    const code = (f: () => void): string | undefined => {
      try {
        f();
      } catch (e) {
        return isTesseraError(e) ? e.code : `not a TesseraError: ${String(e)}`;
      }
      return undefined;
    };
    expect(code(() => metricPrefix('Tally'))).toBe('OPS_BAD_ORGANISM_NAME');
    expect(code(() => new SeatMetrics({ organism: 'tally', member: '', admissionRefusalReasons: reasons }))).toBe('OPS_BAD_METRIC_LABEL');
    expect(code(() => new SeatMetrics({ organism: 'tally', member: 'a', admissionRefusalReasons: [] }))).toBe('OPS_BAD_METRIC_LABEL');
    expect(code(() => new SeatMetrics({ organism: 'tally', member: 'a', admissionRefusalReasons: ['x', 'x'] }))).toBe('OPS_BAD_METRIC_LABEL');
    const m = seat();
    expect(code(() => m.admissionRefused('bribed'))).toBe('OPS_UNKNOWN_REFUSAL_REASON');
    expect(code(() => m.setRaft({ term: 1, leaderIsLocal: false, leaderKnown: false, committedIndex: 3, appliedIndex: 4 }))).toBe('OPS_BAD_METRIC_VALUE');
    expect(code(() => m.setRaft({ term: -1, leaderIsLocal: false, leaderKnown: false, committedIndex: 3, appliedIndex: 2 }))).toBe('OPS_BAD_METRIC_VALUE');
    expect(code(() => m.observeWalFsync(Number.NaN))).toBe('OPS_BAD_METRIC_VALUE');
    expect(code(() => m.setUpstreamPeers({ member: 'b', surface: 's' }, 1.5))).toBe('OPS_BAD_METRIC_VALUE');
    expect(code(() => m.setTicketSecondsToExpiry('a\nb', 1))).toBe('OPS_BAD_METRIC_LABEL');
    expect(code(() => m.factsCommitted('stalled' as 'complete'))).toBe('OPS_BAD_METRIC_LABEL');
    expect(code(() => m.setCommittee([{ name: 'x', up: true, attested: true }, { name: 'x', up: false, attested: true }]))).toBe('OPS_BAD_METRIC_LABEL');
  });

  it('keeps two seats in one process apart (own registries)', async () => {
    const a = seat('alpha');
    const b = seat('beta');
    a.electionStarted();
    expect(await b.scrape()).not.toContain('alpha_');
    expect(valueOf(await a.scrape(), 'alpha_raft_elections_total', {})).toBe(1);
  });
});
