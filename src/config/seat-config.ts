/**
 * A seat's configuration as the rest of tessera reads it: validated against
 * seat-schema.ts, relations between keys checked, every default filled (the
 * ones that depend on the instance name too), frozen, with the organism's
 * identity attached. Field names are the TOML keys in camelCase; arrays of
 * tables are plural (`[[member]]` → `members`).
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { basename } from 'node:path';

import { expectedUpstreamFingerprint, OrganismIdentity, organismStableId } from './identity.js';
import { ConfigError, formatProblem, validateDocument, type ConfigProblem } from './load.js';
import { relations, type Problem } from './schema.js';
import {
  configLimits,
  dataDirRoot,
  intelPcsUrl,
  seatFileSchema,
  type ApplyPolicy,
  type AttestationProvider,
  type FoldKind,
  type KeyKind,
  type LogLevel,
  type MachineKind,
  type OrganismKind,
  type SeatFile,
  type TcbStatus,
  type TicketScope,
} from './seat-schema.js';
import { TomlDocument } from './toml-document.js';

export interface SpannedMember {
  /** A label (logs, metrics, CLI); not fingerprinted. */
  readonly name: string;
  /** 64 lowercase hex digits. */
  readonly stableId: string;
  /** Pinned content hash, or undefined when learned from the member's Status. */
  readonly contentHash: string | undefined;
  /** The fingerprint the member must present: derived when contentHash is pinned, else undefined. */
  readonly fingerprint: string | undefined;
  /** Seat-local: its surface endpoints, tried in rotation. */
  readonly endpoints: readonly string[];
  /** Seat-local: the ticket file this seat presents to it. */
  readonly ticket: string | undefined;
}

export interface TicketIssuer {
  readonly name: string;
  readonly publicKey: string;
  readonly scope: readonly TicketScope[];
}

export interface Operator {
  readonly name: string;
  readonly publicKey: string;
  /** "human" may also Remove and Retire; "automation" may not. */
  readonly scope: 'human' | 'automation';
}

/** docs/operators/configuration.md documents every field (TOML key = snake_case of the field). */
export interface SeatConfig {
  /** The file it was loaded from. */
  readonly file: string;
  /** The unit instance (builder@<instance>), from the option or the file name. */
  readonly instance: string;

  // Content: identical on every committee host; folded into the fingerprint.
  readonly organism: {
    readonly name: string;
    readonly kind: OrganismKind;
    readonly machine: MachineKind;
    /** The name with '-' mapped to '_': every metric is `<metricPrefix>_...`. */
    readonly metricPrefix: string;
  };
  readonly admission: {
    /** Lowercase hex, in file order (the encoding sorts). */
    readonly mrtd: readonly string[];
    /** undefined = any value accepted. */
    readonly rtmr0: readonly string[] | undefined;
    readonly rtmr1: readonly string[] | undefined;
    readonly rtmr2: readonly string[] | undefined;
    readonly rtmr3: readonly string[] | undefined;
    readonly tcbStatus: readonly TcbStatus[];
    readonly allowDebug: boolean;
    readonly allowServiceTd: boolean;
    readonly collateralAgeMaxS: number;
    readonly removeUnattested: boolean;
  };
  /** Sorted by stable id: the one order the organism uses for spanned members (fold, missing lists). */
  readonly members: readonly SpannedMember[];
  readonly apply: {
    readonly policy: ApplyPolicy;
    readonly deadlineMs: number;
    readonly fold: FoldKind;
    /** Seat-local path; set exactly when fold = "module". */
    readonly foldModule: string | undefined;
    /** Fingerprinted pin of the module's bytes; set exactly when fold = "module". */
    readonly foldModuleBlake3: string | undefined;
    readonly keyKind: KeyKind;
  };
  readonly acl: {
    readonly public: boolean;
    readonly integrators: readonly string[];
  };
  readonly ticketIssuers: readonly TicketIssuer[];

  // Seat-local: may differ per host; not fingerprinted.
  readonly seat: {
    readonly dataDir: string;
    readonly nodeKey: string;
    readonly adminSocket: string;
    readonly logLevel: LogLevel;
    readonly peerListen: string;
    readonly peerAdvertise: string;
    readonly surfaceListen: string;
    readonly surfaceAdvertise: string | undefined;
    /** From PROMETHEUS_ADDR when set, else the file; undefined = metrics not served. */
    readonly metricsListen: string | undefined;
    /** Remote admin endpoint (signed requests, [[operator]] keys); undefined = the local socket only. */
    readonly adminListen: string | undefined;
    /** TLS identity of adminListen (PEM files); undefined = plaintext remote admin. */
    readonly adminTls: { readonly cert: string; readonly key: string } | undefined;
    readonly insecurePlaintext: boolean;
  };
  readonly raft: {
    readonly tickMs: number;
    readonly electionTicks: number;
    readonly heartbeatTicks: number;
    readonly snapshotEntries: number;
    readonly inflightMsgsMax: number;
    readonly msgBytesMax: number;
    readonly learnerPromoteLagEntries: number;
  };
  readonly storage: {
    readonly walSegmentBytes: number;
    readonly snapshotsRetained: number;
  };
  readonly committee: {
    readonly bootstrap: boolean;
    readonly join: readonly string[];
    readonly ticket: string | undefined;
  };
  readonly attestation: {
    readonly provider: AttestationProvider;
    readonly tsmRoot: string;
    /** Set exactly when provider = "simulated". */
    readonly simulatedDir: string | undefined;
    readonly simulatedRoots: readonly string[];
    /** With provider "tdx", exactly one of pccsUrl and collateralDir is set; with "simulated", pccsUrl is not. */
    readonly pccsUrl: string | undefined;
    readonly collateralDir: string | undefined;
    readonly collateralCacheDir: string;
    readonly collateralRefreshAheadS: number;
    readonly pccsTimeoutMs: number;
    readonly pccsAttemptsMax: number;
    readonly quoteTimeoutMs: number;
    readonly reattestIntervalS: number;
  };
  readonly operators: readonly Operator[];
  readonly driver: {
    readonly backoffBaseMs: number;
    readonly backoffCapMs: number;
    readonly darkAfterAttempts: number;
    readonly connectTimeoutMs: number;
    readonly idleProbeMs: number;
    readonly observationsInflightMax: number;
  };

  /** Derived from the content above (identity.ts). */
  readonly identity: OrganismIdentity;
}

export interface LoadSeatConfigOptions {
  /** The unit instance; default the file name without `.toml`. */
  instance?: string;
  /** Read for PROMETHEUS_ADDR; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** systemd instance names as tessera accepts them: also a directory name under /var/lib/builder. */
export const instancePattern = /^[A-Za-z0-9][A-Za-z0-9_.@:-]{0,99}$/;

export function instanceFromFile(file: string): string {
  return basename(file).replace(/\.toml$/, '');
}

/** Reads, validates and resolves /etc/builder/<instance>.toml. Throws ConfigError (CONFIG_UNREADABLE, CONFIG_SYNTAX, CONFIG_INVALID). */
export function loadSeatConfig(file: string, opts: LoadSeatConfigOptions = {}): SeatConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ConfigError(`cannot read configuration ${file}: ${err.code ?? err.message}`, 'CONFIG_UNREADABLE', []);
  }
  return parseSeatConfig(file, text, opts);
}

export function parseSeatConfig(file: string, text: string, opts: LoadSeatConfigOptions = {}): SeatConfig {
  return seatConfigFromDocument(TomlDocument.parse(file, text), opts);
}

export function seatConfigFromDocument(doc: TomlDocument, opts: LoadSeatConfigOptions = {}): SeatConfig {
  const instance = opts.instance ?? instanceFromFile(doc.file);
  if (!instancePattern.test(instance)) {
    throw configError([{ file: doc.file, line: undefined, path: '(instance)', message: `instance name ${JSON.stringify(instance)} is not ${instancePattern.source}` }]);
  }
  const env = opts.env ?? process.env;
  const prometheusAddr = env.PROMETHEUS_ADDR === undefined || env.PROMETHEUS_ADDR === '' ? undefined : env.PROMETHEUS_ADDR;
  if (prometheusAddr !== undefined && !hostPortPattern.test(prometheusAddr)) {
    throw configError([{ file: '(environment)', line: undefined, path: 'PROMETHEUS_ADDR', message: `expected host:port, got ${JSON.stringify(prometheusAddr)}` }]);
  }
  const raw = validateDocument(doc, relations(seatFileSchema, (f) => seatRelations(f, instance, prometheusAddr)));
  return deepFreeze(resolve(raw, doc.file, instance, prometheusAddr));
}

function configError(problems: ConfigProblem[]): ConfigError {
  const lines = problems.map((p) => `  ${formatProblem(p)}`);
  return new ConfigError(`invalid configuration:\n${lines.join('\n')}`, 'CONFIG_INVALID', problems);
}

const hostPortPattern = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

function hostOf(hostPort: string): string {
  return hostPort.slice(0, hostPort.lastIndexOf(':')).replace(/^\[(.*)\]$/, '$1');
}

function portOf(hostPort: string): number {
  return Number(hostPort.slice(hostPort.lastIndexOf(':') + 1));
}

/** 0.0.0.0 or the IPv6 unspecified address: a listen address that others cannot dial. */
export function isWildcardHost(hostPort: string): boolean {
  const h = hostOf(hostPort);
  return h === '0.0.0.0' || (isIP(h) === 6 && /^[0:]+$/.test(h));
}

/** Two listeners on one port collide unless both name distinct specific hosts. */
function sameSocket(a: string, b: string): boolean {
  if (portOf(a) !== portOf(b)) return false;
  return hostOf(a) === hostOf(b) || isWildcardHost(a) || isWildcardHost(b);
}

interface DerivedPaths {
  dataDir: string;
  adminSocket: string;
}

function derivedPaths(f: SeatFile, instance: string): DerivedPaths {
  const dataDir = f.seat.data_dir ?? `${dataDirRoot}/${instance}`;
  return { dataDir, adminSocket: f.seat.admin_socket ?? `${dataDir}/admin.sock` };
}

/** Relations between keys; each problem names the key to change. */
function seatRelations(f: SeatFile, instance: string, prometheusAddr: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  // Content.
  const ownStableId = organismStableId(f.organism.name, f.organism.kind).toString('hex');
  duplicates(f.member, (m) => m.name, (i) => add(`member[${i}].name`, `a member named '${f.member[i]!.name}' is listed twice`));
  duplicates(f.member, (m) => m.stable_id, (i) => add(`member[${i}].stable_id`, `member '${f.member[i]!.name}' has the same stable_id as an earlier member`));
  f.member.forEach((m, i) => {
    if (m.stable_id === ownStableId) add(`member[${i}].stable_id`, `is this organism's own stable id: an organism cannot span itself`);
  });
  if (f.apply.fold === 'module') {
    if (f.apply.fold_module === undefined) add('apply.fold_module', 'fold = "module" needs fold_module (the module\'s path)');
    if (f.apply.fold_module_blake3 === undefined) add('apply.fold_module_blake3', 'fold = "module" needs fold_module_blake3 (the BLAKE3 of the module, which the fingerprint pins)');
  } else {
    if (f.apply.fold_module !== undefined) add('apply.fold_module', `is only used with fold = "module" (fold is "${f.apply.fold}")`);
    if (f.apply.fold_module_blake3 !== undefined) add('apply.fold_module_blake3', `is only used with fold = "module" (fold is "${f.apply.fold}")`);
  }
  const integratorIssuer = f.ticket_issuer.some((t) => t.scope.includes('integrator'));
  if (f.acl.public && f.acl.integrators.length > 0) add('acl.integrators', 'is only used with public = false: a public surface admits everyone');
  if (!f.acl.public && f.acl.integrators.length === 0 && !integratorIssuer) {
    add('acl.public', 'public = false admits nobody: list acl.integrators or a ticket_issuer with scope "integrator"');
  }
  duplicates(f.ticket_issuer, (t) => t.name, (i) => add(`ticket_issuer[${i}].name`, `a ticket issuer named '${f.ticket_issuer[i]!.name}' is listed twice`));
  duplicates(f.ticket_issuer, (t) => t.public_key, (i) => add(`ticket_issuer[${i}].public_key`, 'the same key is listed twice'));

  // Seat-local.
  const tdx = f.attestation.provider === 'tdx';
  if (f.seat.insecure_plaintext && tdx) add('seat.insecure_plaintext', 'is refused with attestation.provider = "tdx" (development only, with "simulated")');
  const advertise = f.seat.peer_advertise ?? f.seat.peer_listen;
  if (f.seat.peer_advertise === undefined && isWildcardHost(f.seat.peer_listen)) {
    add('seat.peer_advertise', `is required when peer_listen (${f.seat.peer_listen}) is a wildcard: the host:port other members dial`);
  } else if (isWildcardHost(advertise)) {
    add('seat.peer_advertise', `${advertise} is a wildcard; advertise an address others can dial`);
  }
  if (f.seat.surface_advertise !== undefined && isWildcardHost(f.seat.surface_advertise)) {
    add('seat.surface_advertise', `${f.seat.surface_advertise} is a wildcard; advertise an address integrators can dial`);
  }
  if (sameSocket(f.seat.peer_listen, f.seat.surface_listen)) add('seat.surface_listen', `uses the same address as peer_listen (${f.seat.peer_listen})`);
  const metrics = prometheusAddr ?? f.seat.metrics_listen;
  const metricsKey = prometheusAddr !== undefined ? 'seat.metrics_listen (from PROMETHEUS_ADDR)' : 'seat.metrics_listen';
  if (metrics !== undefined) {
    if (sameSocket(metrics, f.seat.peer_listen)) problems.push({ path: 'seat.metrics_listen', message: `${metricsKey} ${metrics} uses the same address as peer_listen` });
    else if (sameSocket(metrics, f.seat.surface_listen)) problems.push({ path: 'seat.metrics_listen', message: `${metricsKey} ${metrics} uses the same address as surface_listen` });
  }
  const adminListen = f.seat.admin_listen;
  if (adminListen !== undefined) {
    if (f.operator.length === 0) add('seat.admin_listen', 'serves remote admin, which takes only requests signed by an [[operator]] key, and none is listed');
    for (const [other, key] of [[f.seat.peer_listen, 'peer_listen'], [f.seat.surface_listen, 'surface_listen'], [metrics, 'metrics_listen']] as const) {
      if (other !== undefined && sameSocket(adminListen, other)) add('seat.admin_listen', `uses the same address as ${key} (${other})`);
    }
  }
  if ((f.seat.admin_tls_cert === undefined) !== (f.seat.admin_tls_key === undefined)) {
    add(f.seat.admin_tls_cert === undefined ? 'seat.admin_tls_cert' : 'seat.admin_tls_key', 'admin_tls_cert and admin_tls_key go together: give both or neither');
  } else if (f.seat.admin_tls_cert !== undefined && adminListen === undefined) {
    add('seat.admin_tls_cert', 'is set but seat.admin_listen is not: remote admin is not served');
  }
  const paths = derivedPaths(f, instance);
  const socketBytes = Buffer.byteLength(paths.adminSocket);
  if (socketBytes > configLimits.adminSocketPathBytesMax) {
    add(
      'seat.admin_socket',
      `${paths.adminSocket}${f.seat.admin_socket === undefined ? ' (the default, <data_dir>/admin.sock)' : ''} is ${socketBytes} bytes; a unix socket path is at most ${configLimits.adminSocketPathBytesMax}`,
    );
  }
  if (f.raft.election_ticks <= f.raft.heartbeat_ticks) {
    add('raft.election_ticks', `must be greater than heartbeat_ticks (${f.raft.heartbeat_ticks}), or followers start elections under a live leader`);
  }
  if (f.raft.msg_bytes_max > f.storage.wal_segment_bytes) {
    add('raft.msg_bytes_max', `${f.raft.msg_bytes_max} exceeds storage.wal_segment_bytes (${f.storage.wal_segment_bytes}): an entry must fit in one WAL segment`);
  }
  if (f.committee.bootstrap && f.committee.join.length > 0) add('committee.join', 'bootstrap = true founds a new committee; join is for entering an existing one: set one of them');
  if (f.committee.join.length > 0 && f.committee.ticket === undefined && f.ticket_issuer.some((t) => t.scope.includes('seat'))) {
    add('committee.ticket', 'is required to join: a ticket_issuer has scope "seat", so joining seats must present a ticket');
  }
  if (tdx) {
    if (f.attestation.simulated_dir !== undefined) add('attestation.simulated_dir', 'is only used with provider = "simulated"');
    if (f.attestation.simulated_roots.length > 0) add('attestation.simulated_roots', 'is refused with provider = "tdx": a simulated root is never trusted beside Intel\'s');
    if (f.attestation.pccs_url !== undefined && f.attestation.collateral_dir !== undefined) add('attestation.collateral_dir', 'set pccs_url or collateral_dir, not both');
  } else if (f.attestation.pccs_url !== undefined) {
    add('attestation.pccs_url', 'is only used with provider = "tdx" (simulated quotes verify against simulated collateral)');
  }
  duplicates(f.operator, (o) => o.name, (i) => add(`operator[${i}].name`, `an operator named '${f.operator[i]!.name}' is listed twice`));
  duplicates(f.operator, (o) => o.public_key, (i) => add(`operator[${i}].public_key`, 'the same key is listed twice'));
  if (f.driver.backoff_cap_ms < f.driver.backoff_base_ms) add('driver.backoff_cap_ms', `must be at least backoff_base_ms (${f.driver.backoff_base_ms})`);
  return problems;
}

function duplicates<T>(items: readonly T[], key: (t: T) => string, report: (index: number) => void): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) report(i);
    seen.add(k);
  });
}

function resolve(f: SeatFile, file: string, instance: string, prometheusAddr: string | undefined): SeatConfig {
  const { dataDir, adminSocket } = derivedPaths(f, instance);
  const simulated = f.attestation.provider === 'simulated';
  const surfaceAdvertise = f.seat.surface_advertise ?? (isWildcardHost(f.seat.surface_listen) ? undefined : f.seat.surface_listen);
  const members = f.member
    .map(
      (m): SpannedMember => ({
        name: m.name,
        stableId: m.stable_id,
        contentHash: m.content_hash,
        fingerprint: expectedUpstreamFingerprint({ stableId: m.stable_id, contentHash: m.content_hash }),
        endpoints: m.endpoints,
        ticket: m.ticket,
      }),
    )
    .sort((a, b) => (a.stableId < b.stableId ? -1 : a.stableId > b.stableId ? 1 : 0));
  const content = {
    organism: { name: f.organism.name, kind: f.organism.kind, machine: f.organism.machine, metricPrefix: f.organism.name.replace(/-/g, '_') },
    admission: {
      mrtd: f.admission.mrtd,
      rtmr0: f.admission.rtmr0,
      rtmr1: f.admission.rtmr1,
      rtmr2: f.admission.rtmr2,
      rtmr3: f.admission.rtmr3,
      tcbStatus: f.admission.tcb_status,
      allowDebug: f.admission.allow_debug,
      allowServiceTd: f.admission.allow_service_td,
      collateralAgeMaxS: f.admission.collateral_age_max_s,
      removeUnattested: f.admission.remove_unattested,
    },
    members,
    apply: {
      policy: f.apply.policy,
      deadlineMs: f.apply.deadline_ms,
      fold: f.apply.fold,
      foldModule: f.apply.fold_module,
      foldModuleBlake3: f.apply.fold_module_blake3,
      keyKind: f.apply.key_kind,
    },
    acl: { public: f.acl.public, integrators: f.acl.integrators },
    ticketIssuers: f.ticket_issuer.map((t) => ({ name: t.name, publicKey: t.public_key, scope: t.scope })),
  };
  return {
    file,
    instance,
    ...content,
    seat: {
      dataDir,
      nodeKey: f.seat.node_key ?? `${dataDir}/node-key.pem`,
      adminSocket,
      logLevel: f.seat.log_level,
      peerListen: f.seat.peer_listen,
      peerAdvertise: f.seat.peer_advertise ?? f.seat.peer_listen,
      surfaceListen: f.seat.surface_listen,
      surfaceAdvertise,
      metricsListen: prometheusAddr ?? f.seat.metrics_listen,
      adminListen: f.seat.admin_listen,
      adminTls: f.seat.admin_tls_cert !== undefined && f.seat.admin_tls_key !== undefined ? { cert: f.seat.admin_tls_cert, key: f.seat.admin_tls_key } : undefined,
      insecurePlaintext: f.seat.insecure_plaintext,
    },
    raft: {
      tickMs: f.raft.tick_ms,
      electionTicks: f.raft.election_ticks,
      heartbeatTicks: f.raft.heartbeat_ticks,
      snapshotEntries: f.raft.snapshot_entries,
      inflightMsgsMax: f.raft.inflight_msgs_max,
      msgBytesMax: f.raft.msg_bytes_max,
      learnerPromoteLagEntries: f.raft.learner_promote_lag_entries,
    },
    storage: { walSegmentBytes: f.storage.wal_segment_bytes, snapshotsRetained: f.storage.snapshots_retained },
    committee: { bootstrap: f.committee.bootstrap, join: f.committee.join, ticket: f.committee.ticket },
    attestation: {
      provider: f.attestation.provider,
      tsmRoot: f.attestation.tsm_root,
      simulatedDir: simulated ? (f.attestation.simulated_dir ?? `${dataDir}/simulated-tdx`) : undefined,
      simulatedRoots: f.attestation.simulated_roots,
      pccsUrl: simulated ? undefined : f.attestation.collateral_dir !== undefined ? undefined : (f.attestation.pccs_url ?? intelPcsUrl),
      collateralDir: f.attestation.collateral_dir,
      collateralCacheDir: f.attestation.collateral_cache_dir ?? `${dataDir}/collateral`,
      collateralRefreshAheadS: f.attestation.collateral_refresh_ahead_s,
      pccsTimeoutMs: f.attestation.pccs_timeout_ms,
      pccsAttemptsMax: f.attestation.pccs_attempts_max,
      quoteTimeoutMs: f.attestation.quote_timeout_ms,
      reattestIntervalS: f.attestation.reattest_interval_s,
    },
    operators: f.operator.map((o) => ({ name: o.name, publicKey: o.public_key, scope: o.scope })),
    driver: {
      backoffBaseMs: f.driver.backoff_base_ms,
      backoffCapMs: f.driver.backoff_cap_ms,
      darkAfterAttempts: f.driver.dark_after_attempts,
      connectTimeoutMs: f.driver.connect_timeout_ms,
      idleProbeMs: f.driver.idle_probe_ms,
      observationsInflightMax: f.driver.observations_inflight_max,
    },
    identity: OrganismIdentity.of(f.organism, content),
  };
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v) && !ArrayBuffer.isView(v)) {
    for (const child of Object.values(v)) deepFreeze(child);
    Object.freeze(v);
  }
  return v;
}

/** How this seat enters its committee at start, given whether its data directory holds state. */
export type CommitteeStart = { kind: 'restart' } | { kind: 'bootstrap' } | { kind: 'join'; peers: readonly string[] };

/**
 * bootstrap / join apply only to an empty data directory; once state exists
 * they are ignored (the membership is in the replicated state). An empty
 * directory with neither set is an error naming both keys.
 */
export function committeeStart(config: SeatConfig, hasState: boolean): CommitteeStart {
  if (hasState) return { kind: 'restart' };
  if (config.committee.bootstrap) return { kind: 'bootstrap' };
  if (config.committee.join.length > 0) return { kind: 'join', peers: config.committee.join };
  throw new ConfigError(
    `${config.file}: the data directory ${config.seat.dataDir} is empty and neither committee.bootstrap nor committee.join is set: set bootstrap = true on the founding seat, join = ["host:port", ...] on the others`,
    'CONFIG_INVALID',
    [{ file: config.file, line: undefined, path: 'committee', message: 'an empty data directory needs committee.bootstrap or committee.join' }],
  );
}
