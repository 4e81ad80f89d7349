/**
 * The TOML schema of a seat's configuration (/etc/builder/<instance>.toml):
 * every key, its type, bounds and default. Relations between keys, and the
 * defaults that depend on the instance name, are in seat-config.ts.
 *
 * Sections fall in two classes (docs/operators/configuration.md):
 * - content, identical on every committee host and folded into the
 *   organism's fingerprint: [organism], [admission], [[member]] (except its
 *   seat-local keys), [apply], [acl], [[ticket_issuer]];
 * - seat-local, which may differ per host: [seat], [raft], [storage],
 *   [committee], [attestation], [[operator]], [driver].
 */
import {
  absolutePath,
  arrayOf,
  bool,
  defaultedTable,
  hex,
  hostPort,
  int,
  oneOf,
  optional,
  required,
  str,
  table,
  withDefault,
  type Problem,
  type Schema,
} from './schema.js';

/**
 * Organism, member and coalition names: lowercase ASCII (so no Unicode
 * normalization question arises), at most 63 characters, no trailing '-'.
 * The organism's name is also its metric prefix with '-' mapped to '_';
 * names cannot hold '_', so that mapping never merges two names.
 */
export const namePattern = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export const nameBytesMax = 63;

export function nameSchema(): Schema<string> {
  return str({ pattern: namePattern, patternDescription: 'a lowercase name ([a-z] then [a-z0-9-], at most 63 characters, not ending in "-")' });
}

/** Intel's TCB statuses that an admission policy may accept, best first. Revoked is never accepted. */
export const tcbStatuses = [
  'UpToDate',
  'SWHardeningNeeded',
  'ConfigurationNeeded',
  'ConfigurationAndSWHardeningNeeded',
  'OutOfDate',
  'OutOfDateConfigurationNeeded',
] as const;
export type TcbStatus = (typeof tcbStatuses)[number];

function tcbStatusSchema(): Schema<TcbStatus> {
  const inner = oneOf(tcbStatuses);
  return {
    expected: inner.expected,
    check(value, path, problems: Problem[]) {
      if (value === 'Revoked') {
        problems.push({ path, message: 'a Revoked TCB is never accepted' });
        return undefined;
      }
      return inner.check(value, path, problems);
    },
  };
}

export const organismKinds = ['organism'] as const;
export type OrganismKind = (typeof organismKinds)[number];
export const machineKinds = ['organism', 'kv'] as const;
export type MachineKind = (typeof machineKinds)[number];
export const applyPolicies = ['stall', 'degrade'] as const;
export type ApplyPolicy = (typeof applyPolicies)[number];
export const foldKinds = ['merkle', 'module'] as const;
export type FoldKind = (typeof foldKinds)[number];
export const keyKinds = ['slot', 'string'] as const;
export type KeyKind = (typeof keyKinds)[number];
export const ticketScopes = ['seat', 'integrator'] as const;
export type TicketScope = (typeof ticketScopes)[number];
export const attestationProviders = ['tdx', 'simulated'] as const;
export type AttestationProvider = (typeof attestationProviders)[number];
export const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Bounds on the lists of a config (each is an error path, tested). */
export const configLimits = {
  mrtdMax: 64,
  rtmrValuesMax: 64,
  membersMax: 64,
  endpointsPerMemberMax: 16,
  integratorsMax: 1024,
  ticketIssuersMax: 16,
  operatorsMax: 64,
  joinPeersMax: 16,
  simulatedRootsMax: 16,
  /** sun_path is 108 bytes on Linux, NUL included. */
  adminSocketPathBytesMax: 107,
  urlBytesMax: 2048,
} as const;

const day = 86_400;
const mib = 1024 * 1024;

/** Intel's Provisioning Certification Service (v4 API), the collateral source of a TDX seat that names none. */
export const intelPcsUrl = 'https://api.trustedservices.intel.com';
export const tsmRootDefault = '/sys/kernel/config/tsm/report';
export const dataDirRoot = '/var/lib/builder';

function url(): Schema<string> {
  return str({ pattern: /^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, patternDescription: 'an http(s) URL without query', maxLength: configLimits.urlBytesMax });
}

const mrtdList = (min: number) => arrayOf(hex(48), { min, max: configLimits.mrtdMax, unique: true });
const rtmrList = () => arrayOf(hex(48), { min: 1, max: configLimits.rtmrValuesMax, unique: true });

export const organismSection = table({
  name: required(nameSchema(), "the organism's name; folded into its stable id; '-' becomes '_' in metric names"),
  kind: withDefault(oneOf(organismKinds), 'organism', 'the kind folded into the stable id (kept for mosaik parity)'),
  machine: withDefault(oneOf(machineKinds), 'organism', 'the replicated state machine: "organism" (observe/apply/facts) or "kv" (the small key-value machine of conformance tests and benchmarks)'),
});

export const admissionSection = table({
  mrtd: required(mrtdList(1), 'accepted MR_TD values (96 hex digits each)'),
  rtmr0: optional(rtmrList(), 'accepted RTMR0 values; absent = any'),
  rtmr1: optional(rtmrList(), 'accepted RTMR1 values; absent = any'),
  rtmr2: optional(rtmrList(), 'accepted RTMR2 values; absent = any'),
  rtmr3: optional(rtmrList(), 'accepted RTMR3 values; absent = any'),
  tcb_status: withDefault(arrayOf(tcbStatusSchema(), { min: 1, unique: true }), ['UpToDate'] as TcbStatus[], 'accepted TCB statuses'),
  allow_debug: withDefault(bool(), false, 'admit a TD with the DEBUG attribute (never in production)'),
  allow_service_td: withDefault(bool(), false, 'admit a TD bound to a service TD (migration TD)'),
  collateral_age_max_s: withDefault(int({ min: 3600, max: 365 * day }), 30 * day, 'oldest accepted collateral (seconds since its issue date)'),
  remove_unattested: withDefault(bool(), false, 'the leader removes a member whose re-attestation fails'),
});

export const memberSection = table({
  name: required(nameSchema(), 'a label for logs, metrics and the CLI (not fingerprinted)'),
  stable_id: required(hex(32), "the spanned member's stable id"),
  content_hash: optional(hex(32), "pinned content hash of the spanned member; absent = learned from its surface"),
  endpoints: required(arrayOf(hostPort(), { min: 1, max: configLimits.endpointsPerMemberMax, unique: true }), 'its surface endpoints (seat-local)'),
  ticket: optional(absolutePath(), 'ticket file this seat presents to it (seat-local)'),
});

export const applySection = {
  policy: withDefault(oneOf(applyPolicies), 'stall', 'what a key gets when a spanned member has not observed it by the deadline'),
  deadline_ms: withDefault(int({ min: 100, max: day * 1000 }), 30_000, 'time from the first observation of a key to its Apply'),
  fold: withDefault(oneOf(foldKinds), 'merkle', 'how observations fold into a fact: "merkle" (built in) or "module"'),
  fold_module: optional(absolutePath(), 'the fold module (ES module) when fold = "module" (seat-local path)'),
  fold_module_blake3: optional(hex(32), "BLAKE3 of the fold module's bytes (fingerprinted)"),
  key_kind: withDefault(oneOf(keyKinds), 'slot', 'keys are "slot" (unsigned 64-bit integers) or "string" (UTF-8, at most 256 bytes)'),
};

export const aclSection = {
  public: withDefault(bool(), true, 'anyone may read the surface'),
  integrators: withDefault(arrayOf(hex(32), { max: configLimits.integratorsMax, unique: true }), [], 'Ed25519 public keys admitted when public = false'),
};

export const ticketIssuerSection = table({
  name: required(nameSchema(), 'a label (not fingerprinted)'),
  public_key: required(hex(32), 'Ed25519 public key (32 bytes)'),
  scope: withDefault(arrayOf(oneOf(ticketScopes), { min: 1, unique: true }), ['seat', 'integrator'] as TicketScope[], 'what its tickets admit: seats joining the committee, integrators calling the surface'),
});

export const seatSection = {
  data_dir: optional(absolutePath(), 'state directory; default /var/lib/builder/<instance>'),
  node_key: optional(absolutePath(), "this seat's node key; default <data_dir>/node-key.pem"),
  admin_socket: optional(absolutePath(), 'admin socket; default <data_dir>/admin.sock'),
  log_level: withDefault(oneOf(logLevels), 'info', 'log level'),
  peer_listen: withDefault(hostPort(), '0.0.0.0:7400', 'Raft and join traffic'),
  peer_advertise: optional(hostPort(), 'the address peers dial; default peer_listen unless that is a wildcard'),
  surface_listen: withDefault(hostPort(), '0.0.0.0:7401', 'the public surface'),
  surface_advertise: optional(hostPort(), 'the surface address published (e.g. in a replacement marker); default surface_listen unless a wildcard'),
  metrics_listen: optional(hostPort(), 'Prometheus metrics; PROMETHEUS_ADDR overrides; absent = not served'),
  admin_listen: optional(hostPort(), 'remote admin: requests signed by an [[operator]] key; absent = not served (the local admin socket only)'),
  admin_tls_cert: optional(absolutePath(), 'remote admin over TLS: the certificate chain (PEM) admin_listen presents; with admin_tls_key; absent = plaintext (logged as a warning)'),
  admin_tls_key: optional(absolutePath(), 'the private key (PEM) of admin_tls_cert'),
  insecure_plaintext: withDefault(bool(), false, 'plaintext peer and surface traffic (development only; provider "simulated")'),
};

export const raftSection = {
  tick_ms: withDefault(int({ min: 10, max: 10_000 }), 100, 'one Raft tick'),
  election_ticks: withDefault(int({ min: 2, max: 1000 }), 10, 'election timeout (randomized in [n, 2n) ticks)'),
  heartbeat_ticks: withDefault(int({ min: 1, max: 100 }), 1, 'leader heartbeat interval'),
  snapshot_entries: withDefault(int({ min: 1, max: 100_000_000 }), 10_000, 'applied entries between snapshots'),
  inflight_msgs_max: withDefault(int({ min: 1, max: 4096 }), 256, 'append messages in flight per follower'),
  msg_bytes_max: withDefault(int({ min: 4096, max: 64 * mib }), mib, 'largest append message'),
  learner_promote_lag_entries: withDefault(int({ min: 0, max: 100_000_000 }), 1000, 'a learner is promoted once this close to the leader'),
};

export const storageSection = {
  wal_segment_bytes: withDefault(int({ min: mib, max: 1024 * mib }), 64 * mib, 'WAL segment size'),
  snapshots_retained: withDefault(int({ min: 1, max: 16 }), 2, 'snapshots kept on disk'),
};

export const committeeSection = {
  bootstrap: withDefault(bool(), false, 'found a new committee when the data directory is empty'),
  join: withDefault(arrayOf(hostPort(), { max: configLimits.joinPeersMax, unique: true }), [], 'peer addresses of existing members to join through when the data directory is empty'),
  ticket: optional(absolutePath(), 'ticket this seat presents when joining (needed when a ticket issuer has scope "seat")'),
};

export const attestationSection = {
  provider: withDefault(oneOf(attestationProviders), 'tdx', 'quote source: "tdx" (configfs-tsm) or "simulated" (development)'),
  tsm_root: withDefault(absolutePath(), tsmRootDefault, 'configfs-tsm report directory'),
  simulated_dir: optional(absolutePath(), 'simulated PKI state; default <data_dir>/simulated-tdx (provider "simulated" only)'),
  simulated_roots: withDefault(arrayOf(absolutePath(), { max: configLimits.simulatedRootsMax, unique: true }), [], 'DER root certificates trusted for simulated peer quotes (provider "simulated" only)'),
  pccs_url: optional(url(), `PCCS/PCS base URL; default ${intelPcsUrl} (provider "tdx", unless collateral_dir)`),
  collateral_dir: optional(absolutePath(), 'collateral files instead of a PCCS'),
  collateral_cache_dir: optional(absolutePath(), 'fetched collateral cache; default <data_dir>/collateral'),
  collateral_refresh_ahead_s: withDefault(int({ min: 60, max: 30 * day }), 7 * day, 'refresh collateral this long before it expires'),
  pccs_timeout_ms: withDefault(int({ min: 100, max: 600_000 }), 10_000, 'per PCCS request'),
  pccs_attempts_max: withDefault(int({ min: 1, max: 10 }), 3, 'attempts per PCCS request'),
  quote_timeout_ms: withDefault(int({ min: 100, max: 600_000 }), 10_000, 'one quote from the provider'),
  reattest_interval_s: withDefault(int({ min: 60, max: day }), 3600, 'each member re-attests this often'),
};

export const operatorScopes = ['human', 'automation'] as const;
export type OperatorScope = (typeof operatorScopes)[number];

export const operatorSection = table({
  name: required(nameSchema(), 'a label'),
  public_key: required(hex(32), 'Ed25519 public key allowed to sign remote admin requests'),
  scope: withDefault(oneOf(operatorScopes), 'human' as OperatorScope, '"human" may also remove members and retire the organism; "automation" may not'),
});

export const driverSection = {
  backoff_base_ms: withDefault(int({ min: 1, max: 600_000 }), 1000, 'first retry delay to an unreachable upstream'),
  backoff_cap_ms: withDefault(int({ min: 1, max: 3_600_000 }), 60_000, 'largest retry delay'),
  dark_after_attempts: withDefault(int({ min: 1, max: 1_000_000 }), 100, 'failed attempts before a member is reported dark (retries never stop)'),
  connect_timeout_ms: withDefault(int({ min: 100, max: 600_000 }), 10_000, 'one connection attempt to an upstream'),
  idle_probe_ms: withDefault(int({ min: 0, max: 3_600_000 }), 10_000, 'a subscription silent this long is probed; an endpoint that hangs, is stale or lags is left for the next (0: never)'),
  observations_inflight_max: withDefault(int({ min: 1, max: 1_000_000 }), 1024, 'observations per member read ahead of commit'),
};

/** The whole file, before relations and instance-dependent defaults. */
export const seatFileSchema = table({
  organism: required(organismSection, 'the organism this seat belongs to'),
  admission: required(admissionSection, 'who may hold a seat'),
  member: withDefault(arrayOf(memberSection, { max: configLimits.membersMax }), [], 'spanned members (upstreams)'),
  apply: defaultedTable(applySection, 'how observations become facts'),
  acl: defaultedTable(aclSection, 'who may call the surface'),
  ticket_issuer: withDefault(arrayOf(ticketIssuerSection, { max: configLimits.ticketIssuersMax }), [], 'keys that sign tickets'),
  seat: defaultedTable(seatSection, 'this host'),
  raft: defaultedTable(raftSection, 'Raft tuning'),
  storage: defaultedTable(storageSection, 'WAL and snapshots'),
  committee: defaultedTable(committeeSection, 'how this seat enters its committee'),
  attestation: defaultedTable(attestationSection, 'quotes and collateral'),
  operator: withDefault(arrayOf(operatorSection, { max: configLimits.operatorsMax }), [], 'operators whose keys sign remote admin requests'),
  driver: defaultedTable(driverSection, 'upstream subscriptions'),
});

export type SeatFile = NonNullable<ReturnType<typeof seatFileSchema.check>>;

/** Each section's fields by TOML name, for documentation checks and the diff. */
export const seatSectionFields = {
  organism: organismSection.fields,
  admission: admissionSection.fields,
  member: memberSection.fields,
  apply: applySection,
  acl: aclSection,
  ticket_issuer: ticketIssuerSection.fields,
  seat: seatSection,
  raft: raftSection,
  storage: storageSection,
  committee: committeeSection,
  attestation: attestationSection,
  operator: operatorSection.fields,
  driver: driverSection,
} as const;

export type SeatSectionName = keyof typeof seatSectionFields;

/** Sections written as arrays of tables ([[member]]). */
export const arraySections: readonly SeatSectionName[] = ['member', 'ticket_issuer', 'operator'];
