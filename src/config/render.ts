/**
 * Writes configuration back as TOML: `tessera config check` prints the
 * resolved config with every default, and tools that generate seat configs
 * (the demo) build a plain table and render it here. Loading the output
 * gives back the same SeatConfig (tested).
 */
import type { SeatConfig } from './seat-config.js';

export type TomlScalar = string | number | bigint | boolean;
export type TomlValue = TomlScalar | readonly TomlScalar[] | TomlTable | readonly TomlTable[] | undefined;
export interface TomlTable {
  readonly [key: string]: TomlValue;
}

const bareKey = /^[A-Za-z0-9_-]+$/;

function key(k: string): string {
  return bareKey.test(k) ? k : JSON.stringify(k);
}

function scalar(v: TomlScalar): string {
  // A JSON string is a TOML basic string, except that TOML also wants DEL escaped.
  if (typeof v === 'string') return JSON.stringify(v).replace(/\x7f/g, '\\u007f');
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new TypeError(`renderToml: only integers are written, got ${v}`);
    return String(v);
  }
  return String(v);
}

function isTable(v: unknown): v is TomlTable {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isTableArray(v: unknown): v is readonly TomlTable[] {
  return Array.isArray(v) && v.length > 0 && v.every(isTable);
}

function array(items: readonly TomlScalar[]): string {
  const inline = `[${items.map(scalar).join(', ')}]`;
  if (inline.length <= 100) return inline;
  return `[\n${items.map((i) => `  ${scalar(i)},`).join('\n')}\n]`;
}

function body(t: TomlTable, lines: string[]): void {
  for (const [k, v] of Object.entries(t)) {
    if (v === undefined || isTable(v) || isTableArray(v)) continue;
    lines.push(`${key(k)} = ${Array.isArray(v) ? array(v as readonly TomlScalar[]) : scalar(v as TomlScalar)}`);
  }
}

function sections(t: TomlTable, prefix: string, lines: string[]): void {
  for (const [k, v] of Object.entries(t)) {
    const name = prefix === '' ? key(k) : `${prefix}.${key(k)}`;
    if (isTable(v)) {
      lines.push('', `[${name}]`);
      body(v, lines);
      sections(v, name, lines);
    } else if (isTableArray(v)) {
      for (const item of v) {
        lines.push('', `[[${name}]]`);
        body(item, lines);
        sections(item, name, lines);
      }
    }
  }
}

/** Renders a table: top-level keys, then each table, then arrays of tables, in insertion order; undefined values are left out. */
export function renderToml(t: TomlTable, headerComments: readonly string[] = []): string {
  const lines = headerComments.map((c) => (c === '' ? '#' : `# ${c}`));
  body(t, lines);
  sections(t, '', lines);
  while (lines[0] === '') lines.shift();
  return lines.join('\n') + '\n';
}

/** An empty array of tables is left out (its default), since `[[x]]` cannot express none. */
function tableArray(items: readonly TomlTable[]): readonly TomlTable[] | undefined {
  return items.length === 0 ? undefined : items;
}

/** The resolved config as a TOML table with every key (the reverse of loading; identity and metricPrefix are derived, not keys). */
export function seatConfigToTable(c: SeatConfig): TomlTable {
  return {
    organism: { name: c.organism.name, kind: c.organism.kind, machine: c.organism.machine },
    admission: {
      mrtd: c.admission.mrtd,
      rtmr0: c.admission.rtmr0,
      rtmr1: c.admission.rtmr1,
      rtmr2: c.admission.rtmr2,
      rtmr3: c.admission.rtmr3,
      tcb_status: c.admission.tcbStatus,
      allow_debug: c.admission.allowDebug,
      allow_service_td: c.admission.allowServiceTd,
      collateral_age_max_s: c.admission.collateralAgeMaxS,
      remove_unattested: c.admission.removeUnattested,
    },
    member: tableArray(c.members.map((m) => ({ name: m.name, stable_id: m.stableId, content_hash: m.contentHash, endpoints: m.endpoints, ticket: m.ticket }))),
    apply: {
      policy: c.apply.policy,
      deadline_ms: c.apply.deadlineMs,
      fold: c.apply.fold,
      fold_module: c.apply.foldModule,
      fold_module_blake3: c.apply.foldModuleBlake3,
      key_kind: c.apply.keyKind,
    },
    acl: { public: c.acl.public, integrators: c.acl.integrators },
    ticket_issuer: tableArray(c.ticketIssuers.map((t) => ({ name: t.name, public_key: t.publicKey, scope: t.scope }))),
    seat: {
      data_dir: c.seat.dataDir,
      node_key: c.seat.nodeKey,
      admin_socket: c.seat.adminSocket,
      log_level: c.seat.logLevel,
      peer_listen: c.seat.peerListen,
      peer_advertise: c.seat.peerAdvertise,
      surface_listen: c.seat.surfaceListen,
      surface_advertise: c.seat.surfaceAdvertise,
      metrics_listen: c.seat.metricsListen,
      admin_listen: c.seat.adminListen,
      admin_tls_cert: c.seat.adminTls?.cert,
      admin_tls_key: c.seat.adminTls?.key,
      insecure_plaintext: c.seat.insecurePlaintext,
    },
    raft: {
      tick_ms: c.raft.tickMs,
      election_ticks: c.raft.electionTicks,
      heartbeat_ticks: c.raft.heartbeatTicks,
      snapshot_entries: c.raft.snapshotEntries,
      inflight_msgs_max: c.raft.inflightMsgsMax,
      msg_bytes_max: c.raft.msgBytesMax,
      learner_promote_lag_entries: c.raft.learnerPromoteLagEntries,
    },
    storage: { wal_segment_bytes: c.storage.walSegmentBytes, snapshots_retained: c.storage.snapshotsRetained },
    committee: { bootstrap: c.committee.bootstrap, join: c.committee.join, ticket: c.committee.ticket },
    attestation: {
      provider: c.attestation.provider,
      tsm_root: c.attestation.tsmRoot,
      simulated_dir: c.attestation.simulatedDir,
      simulated_roots: c.attestation.simulatedRoots,
      pccs_url: c.attestation.pccsUrl,
      collateral_dir: c.attestation.collateralDir,
      collateral_cache_dir: c.attestation.collateralCacheDir,
      collateral_refresh_ahead_s: c.attestation.collateralRefreshAheadS,
      pccs_timeout_ms: c.attestation.pccsTimeoutMs,
      pccs_attempts_max: c.attestation.pccsAttemptsMax,
      quote_timeout_ms: c.attestation.quoteTimeoutMs,
      reattest_interval_s: c.attestation.reattestIntervalS,
    },
    operator: tableArray(c.operators.map((o) => ({ name: o.name, public_key: o.publicKey, scope: o.scope }))),
    driver: {
      backoff_base_ms: c.driver.backoffBaseMs,
      backoff_cap_ms: c.driver.backoffCapMs,
      dark_after_attempts: c.driver.darkAfterAttempts,
      connect_timeout_ms: c.driver.connectTimeoutMs,
      idle_probe_ms: c.driver.idleProbeMs,
      observations_inflight_max: c.driver.observationsInflightMax,
    },
  };
}
