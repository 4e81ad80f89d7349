import { Counter, Gauge, Histogram, Registry } from 'prom-client';

import { TesseraError } from '../common/errors.js';
import { namePattern } from '../config/seat-schema.js';

/**
 * The seat's Prometheus metrics, named as the operators' runbooks name them
 * (OPERATIONS.md): every name is `<org>_<suffix>`, `<org>` being the
 * organism's name with '-' mapped to '_'. Every series carries an `organism`
 * label; `member` names the committee member a series is about (this seat
 * for seat-level series); `source` names a spanned member
 * (`<member>::<surface>` for subscriptions, `<member>` for tickets and
 * identity). Spanned-member series are one per member, never aggregated.
 *
 * The catalog below is the single list of metrics: SeatMetrics registers
 * exactly these, docs/operators/monitoring.md lists them, and the tests
 * check that every metric an alert or the dashboard names is in a scrape.
 */

export type MetricType = 'gauge' | 'counter' | 'histogram';

export interface MetricCatalogEntry {
  /** The name after `<org>_`. */
  readonly suffix: string;
  readonly type: MetricType;
  readonly help: string;
  /** Labels besides `organism` (which every series carries). */
  readonly labels: readonly string[];
  /** 'committee' (the seat and its Raft group) or 'organism' (facts and spanned members). */
  readonly group: 'committee' | 'organism';
}

const entry = (
  group: MetricCatalogEntry['group'],
  suffix: string,
  type: MetricType,
  labels: readonly string[],
  help: string,
): MetricCatalogEntry => ({ group, suffix, type, labels, help });

/** Every metric a seat exports, in documentation order. */
export const metricCatalog: readonly MetricCatalogEntry[] = [
  entry('committee', 'up', 'gauge', ['member'], '1 while this seat runs with its config loaded; 0 once it stops'),
  entry('committee', 'config_info', 'gauge', ['member', 'fingerprint', 'stable_id', 'content_hash'], 'always 1; labels name the organism identity this seat runs (compare across hosts)'),
  entry('committee', 'attestation_simulated', 'gauge', ['member'], '1 when this seat uses the simulated TDX provider (development only)'),
  entry('committee', 'member_up', 'gauge', ['member'], '1 when the committee member is reachable from this seat'),
  entry('committee', 'committee_size', 'gauge', ['member'], 'committee members currently reachable from this seat, itself included'),
  entry('committee', 'committee_members', 'gauge', ['member'], 'voting members in the committed configuration (n in the quorum alert)'),
  entry('committee', 'member_tdx_attested', 'gauge', ['member'], "1 when the member's latest attestation verified under the admission policy"),
  entry('committee', 'raft_term', 'gauge', ['member'], 'current Raft term'),
  entry('committee', 'raft_leader_is_local', 'gauge', ['member'], '1 when this seat is the Raft leader'),
  entry('committee', 'raft_leader_known', 'gauge', ['member'], '1 when this seat knows a leader for the current term'),
  entry('committee', 'raft_committed_index', 'gauge', ['member'], 'highest Raft log index known committed'),
  entry('committee', 'raft_applied_index', 'gauge', ['member'], 'highest Raft log index applied to the state machine'),
  entry('committee', 'raft_elections_total', 'counter', ['member'], 'elections this seat started (campaigns)'),
  entry('committee', 'wal_fsync_duration_seconds', 'histogram', ['member'], 'duration of each WAL fsync'),
  entry('committee', 'admission_refusals_total', 'counter', ['member', 'reason'], 'join or re-attestation attempts refused, by reason'),
  entry('committee', 'collateral_seconds_to_expiry', 'gauge', ['member'], "seconds until this seat's Intel collateral (TCB info, QE identity, CRLs) expires; negative once expired"),
  entry('organism', 'upstream_peers', 'gauge', ['source'], 'connected upstream peers per spanned member surface (source = <member>::<surface>)'),
  entry('organism', 'subscription_lag_seconds', 'gauge', ['source'], "seconds between the spanned member's newest record and the newest one observed here"),
  entry('organism', 'subscription_lag_events', 'gauge', ['source'], "records the spanned member published that are not yet observed here"),
  entry('organism', 'ticket_seconds_to_expiry', 'gauge', ['source'], 'seconds until the ticket this seat presents to the spanned member expires; negative once expired'),
  entry('organism', 'identity_drift', 'gauge', ['source'], "1 when the spanned member's stable id or pinned content hash no longer matches what it publishes"),
  entry('organism', 'facts_total', 'counter', ['status'], 'facts committed, by status (complete, degraded)'),
  entry('organism', 'commits_per_slot', 'gauge', [], 'facts committed for the most recent slot whose apply deadline passed (0 = missed)'),
  entry('organism', 'last_committed_slot', 'gauge', [], 'the highest slot (key) with a committed fact'),
  entry('organism', 'overdue_keys', 'gauge', [], 'keys observed but without a fact after the apply deadline'),
  entry('organism', 'evidence_failures_total', 'counter', ['source'], 'evidence pointers this seat could not resolve against its own view of the upstream'),
  entry('organism', 'apply_halted', 'gauge', [], '1 while apply is stopped at an evidence pointer that does not resolve (never skipped)'),
];

/** Statuses of `<org>_facts_total`. */
export const factStatuses = ['complete', 'degraded'] as const;
export type FactStatus = (typeof factStatuses)[number];

/** Upper bounds of the fsync histogram, in seconds (a healthy SSD fsyncs in well under 10 ms). */
export const walFsyncBucketsSeconds: readonly number[] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Bound on label values (member names, reasons, surfaces): names are at most 63 bytes, a source two of them. */
export const labelValueBytesMax = 200;

/** The metric prefix of an organism: its name with '-' mapped to '_'. */
export function metricPrefix(organism: string): string {
  if (typeof organism !== 'string' || !namePattern.test(organism)) {
    throw new TesseraError(`organism name ${JSON.stringify(organism)} is not a valid name ([a-z] then [a-z0-9-], at most 63 characters)`, 'OPS_BAD_ORGANISM_NAME');
  }
  return organism.replace(/-/g, '_');
}

/** The full name of a catalog metric for an organism prefix. */
export function metricName(prefix: string, suffix: string): string {
  return `${prefix}_${suffix}`;
}

/** The `source` label of a spanned member's subscription. */
export function sourceLabel(member: string, surface: string): string {
  return `${member}::${surface}`;
}

export interface SpannedSource {
  /** The spanned member's name (from the config). */
  readonly member: string;
  /** The surface (public primitive) of it this seat subscribes to. */
  readonly surface: string;
}

export interface CommitteeMemberView {
  readonly name: string;
  readonly up: boolean;
  /** undefined while the member has no attestation record yet (the series is then absent). */
  readonly attested: boolean | undefined;
}

export interface RaftView {
  readonly term: number;
  readonly leaderIsLocal: boolean;
  readonly leaderKnown: boolean;
  readonly committedIndex: number;
  readonly appliedIndex: number;
}

export interface ConfigIdentityLabels {
  readonly fingerprint: string;
  readonly stableId: string;
  readonly contentHash: string;
}

export interface SeatMetricsOptions {
  /** The organism's name (e.g. 'tally'); the prefix is derived from it. */
  readonly organism: string;
  /** This seat's member name (the `member` label of seat-level series). */
  readonly member: string;
  /** Every admission refusal reason (src/attest ADMISSION_REFUSAL_REASONS): each series exists from the start, at 0. */
  readonly admissionRefusalReasons: readonly string[];
  /** Spanned members and their surfaces: their upstream_peers, identity_drift and evidence_failures series start at 0. */
  readonly spanned?: readonly SpannedSource[];
  readonly identity?: ConfigIdentityLabels;
  readonly simulatedAttestation?: boolean;
}

type AnyMetric = Gauge<string> | Counter<string> | Histogram<string>;

export class SeatMetrics {
  readonly registry: Registry;
  readonly prefix: string;
  readonly organism: string;
  readonly member: string;
  private readonly reasons: ReadonlySet<string>;
  private readonly metrics = new Map<string, AnyMetric>();
  private readonly committeeNames = new Set<string>();

  constructor(options: SeatMetricsOptions) {
    this.prefix = metricPrefix(options.organism);
    this.organism = options.organism;
    this.member = checkLabelValue('member', options.member);
    if (!Array.isArray(options.admissionRefusalReasons) || options.admissionRefusalReasons.length === 0) {
      throw new TesseraError('admissionRefusalReasons must be a non-empty list of reason names', 'OPS_BAD_METRIC_LABEL');
    }
    const reasons = options.admissionRefusalReasons.map((r) => checkLabelValue('reason', r));
    if (new Set(reasons).size !== reasons.length) {
      throw new TesseraError(`admissionRefusalReasons lists a reason twice: ${reasons.join(', ')}`, 'OPS_BAD_METRIC_LABEL');
    }
    this.reasons = new Set(reasons);

    this.registry = new Registry();
    this.registry.setDefaultLabels({ organism: options.organism });
    for (const e of metricCatalog) {
      const config = { name: metricName(this.prefix, e.suffix), help: e.help, labelNames: [...e.labels], registers: [this.registry] };
      const metric =
        e.type === 'gauge' ? new Gauge(config) : e.type === 'counter' ? new Counter(config) : new Histogram({ ...config, buckets: [...walFsyncBucketsSeconds] });
      this.metrics.set(e.suffix, metric);
    }

    const self = { member: this.member };
    this.gauge('up').set(self, 1);
    this.gauge('attestation_simulated').set(self, options.simulatedAttestation === true ? 1 : 0);
    this.counter('raft_elections_total').inc(self, 0);
    for (const reason of reasons) this.counter('admission_refusals_total').inc({ ...self, reason }, 0);
    for (const status of factStatuses) this.counter('facts_total').inc({ status }, 0);
    this.gauge('apply_halted').set(0);
    this.gauge('overdue_keys').set(0);
    for (const s of options.spanned ?? []) {
      const member = checkLabelValue('spanned member', s.member);
      this.gauge('upstream_peers').set({ source: sourceLabel(member, checkLabelValue('surface', s.surface)) }, 0);
      this.gauge('identity_drift').set({ source: member }, 0);
      this.counter('evidence_failures_total').inc({ source: member }, 0);
    }
    if (options.identity !== undefined) this.setConfigIdentity(options.identity);
  }

  /** `<org>_up`: 0 as the seat shuts down. */
  setUp(up: boolean): void {
    this.gauge('up').set({ member: this.member }, up ? 1 : 0);
  }

  setConfigIdentity(identity: ConfigIdentityLabels): void {
    const g = this.gauge('config_info');
    g.reset();
    g.set(
      {
        member: this.member,
        fingerprint: checkLabelValue('fingerprint', identity.fingerprint),
        stable_id: checkLabelValue('stable_id', identity.stableId),
        content_hash: checkLabelValue('content_hash', identity.contentHash),
      },
      1,
    );
  }

  /**
   * The committee as seen from here: one member_up / member_tdx_attested
   * series per member; members no longer in the committee lose their series.
   * committee_size counts reachable members, committee_members all voters.
   */
  setCommittee(members: readonly CommitteeMemberView[]): void {
    const names = members.map((m) => checkLabelValue('member', m.name));
    if (new Set(names).size !== names.length) throw new TesseraError(`committee lists a member twice: ${names.join(', ')}`, 'OPS_BAD_METRIC_LABEL');
    const up = this.gauge('member_up');
    const attested = this.gauge('member_tdx_attested');
    for (const gone of [...this.committeeNames].filter((n) => !names.includes(n))) {
      up.remove({ member: gone });
      attested.remove({ member: gone });
      this.committeeNames.delete(gone);
    }
    for (const m of members) {
      this.committeeNames.add(m.name);
      up.set({ member: m.name }, m.up ? 1 : 0);
      if (m.attested === undefined) attested.remove({ member: m.name });
      else attested.set({ member: m.name }, m.attested ? 1 : 0);
    }
    const self = { member: this.member };
    this.gauge('committee_size').set(self, members.filter((m) => m.up).length);
    this.gauge('committee_members').set(self, members.length);
  }

  setRaft(view: RaftView): void {
    const self = { member: this.member };
    this.gauge('raft_term').set(self, checkCount('raft term', view.term));
    this.gauge('raft_leader_is_local').set(self, view.leaderIsLocal ? 1 : 0);
    this.gauge('raft_leader_known').set(self, view.leaderKnown ? 1 : 0);
    const committed = checkCount('committed index', view.committedIndex);
    const applied = checkCount('applied index', view.appliedIndex);
    if (applied > committed) {
      throw new TesseraError(`applied index ${applied} is above committed index ${committed}`, 'OPS_BAD_METRIC_VALUE');
    }
    this.gauge('raft_committed_index').set(self, committed);
    this.gauge('raft_applied_index').set(self, applied);
  }

  electionStarted(): void {
    this.counter('raft_elections_total').inc({ member: this.member });
  }

  observeWalFsync(seconds: number): void {
    this.histogram('wal_fsync_duration_seconds').observe({ member: this.member }, checkNonNegative('fsync duration', seconds));
  }

  admissionRefused(reason: string): void {
    if (!this.reasons.has(reason)) {
      throw new TesseraError(`admission refusal reason ${JSON.stringify(reason)} is not one of ${[...this.reasons].join(', ')}`, 'OPS_UNKNOWN_REFUSAL_REASON');
    }
    this.counter('admission_refusals_total').inc({ member: this.member, reason });
  }

  setCollateralSecondsToExpiry(seconds: number): void {
    this.gauge('collateral_seconds_to_expiry').set({ member: this.member }, checkFinite('collateral seconds to expiry', seconds));
  }

  setUpstreamPeers(source: SpannedSource, peers: number): void {
    this.gauge('upstream_peers').set({ source: this.source(source) }, checkCount('upstream peers', peers));
  }

  setSubscriptionLag(source: SpannedSource, lag: { readonly seconds: number; readonly events: number }): void {
    const label = { source: this.source(source) };
    this.gauge('subscription_lag_seconds').set(label, checkNonNegative('lag seconds', lag.seconds));
    this.gauge('subscription_lag_events').set(label, checkCount('lag events', lag.events));
  }

  /** This seat runs no subscription to `source` (a follower: only the leader subscribes): its peer and lag series are removed, not 0. */
  clearSubscription(source: SpannedSource): void {
    const label = { source: this.source(source) };
    this.gauge('upstream_peers').remove(label);
    this.gauge('subscription_lag_seconds').remove(label);
    this.gauge('subscription_lag_events').remove(label);
  }

  setTicketSecondsToExpiry(member: string, seconds: number): void {
    this.gauge('ticket_seconds_to_expiry').set({ source: checkLabelValue('spanned member', member) }, checkFinite('ticket seconds to expiry', seconds));
  }

  setIdentityDrift(member: string, drifted: boolean): void {
    this.gauge('identity_drift').set({ source: checkLabelValue('spanned member', member) }, drifted ? 1 : 0);
  }

  factsCommitted(status: FactStatus, count = 1): void {
    if (!(factStatuses as readonly string[]).includes(status)) {
      throw new TesseraError(`fact status ${JSON.stringify(status)} is not one of ${factStatuses.join(', ')}`, 'OPS_BAD_METRIC_LABEL');
    }
    this.counter('facts_total').inc({ status }, checkCount('facts', count));
  }

  /** A slot's apply deadline passed: how many facts it got (0 = missed), and the newest committed slot. */
  slotClosed(factsForSlot: number, lastCommittedSlot: number): void {
    this.gauge('commits_per_slot').set(checkCount('facts for slot', factsForSlot));
    this.gauge('last_committed_slot').set(checkCount('last committed slot', lastCommittedSlot));
  }

  setOverdueKeys(count: number): void {
    this.gauge('overdue_keys').set(checkCount('overdue keys', count));
  }

  evidenceFailure(member: string): void {
    this.counter('evidence_failures_total').inc({ source: checkLabelValue('spanned member', member) });
  }

  setApplyHalted(halted: boolean): void {
    this.gauge('apply_halted').set(halted ? 1 : 0);
  }

  /** The Prometheus text exposition of every series. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private source(s: SpannedSource): string {
    return sourceLabel(checkLabelValue('spanned member', s.member), checkLabelValue('surface', s.surface));
  }

  private gauge(suffix: string): Gauge<string> {
    return this.metrics.get(suffix) as Gauge<string>;
  }

  private counter(suffix: string): Counter<string> {
    return this.metrics.get(suffix) as Counter<string>;
  }

  private histogram(suffix: string): Histogram<string> {
    return this.metrics.get(suffix) as Histogram<string>;
  }
}

function checkLabelValue(what: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || Buffer.byteLength(value) > labelValueBytesMax || /[\u0000-\u001f]/.test(value)) {
    throw new TesseraError(
      `${what} label ${JSON.stringify(value)} must be a non-empty string of at most ${labelValueBytesMax} bytes without control characters`,
      'OPS_BAD_METRIC_LABEL',
    );
  }
  return value;
}

function checkFinite(what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TesseraError(`${what} must be a finite number, got ${String(value)}`, 'OPS_BAD_METRIC_VALUE');
  }
  return value;
}

function checkNonNegative(what: string, value: unknown): number {
  const n = checkFinite(what, value);
  if (n < 0) throw new TesseraError(`${what} must not be negative, got ${n}`, 'OPS_BAD_METRIC_VALUE');
  return n;
}

function checkCount(what: string, value: unknown): number {
  const n = checkNonNegative(what, value);
  if (!Number.isSafeInteger(n)) throw new TesseraError(`${what} must be a whole number, got ${n}`, 'OPS_BAD_METRIC_VALUE');
  return n;
}
