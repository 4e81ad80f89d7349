/**
 * One valid change per config key, applied to the resolved table of
 * testdata/full.toml: identity and diff tests run every one and check that
 * the fingerprint moves exactly when the key is fingerprinted. A key added
 * to the schema without a mutation here fails the coverage test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseSeatConfig, renderToml, seatConfigToTable, type SeatConfig, type TomlTable } from '../../src/config/index.js';
import { repoRoot } from '../helpers/fixtures.js';

export const testdata = join(repoRoot, 'test', 'config', 'testdata');
export const readTestdata = (name: string): string => readFileSync(join(testdata, name), 'utf8');

export const loadOpts = { instance: 'tally-eu-member', env: {} } as const;

export function loadText(text: string, file = '/etc/builder/tally-eu-member.toml'): SeatConfig {
  return parseSeatConfig(file, text, loadOpts);
}

export const fullConfig = (): SeatConfig => loadText(readTestdata('full.toml'));

/** A mutable deep copy of a resolved table, with typed access to its sections. */
export class Draft {
  readonly t: Record<string, unknown>;
  constructor(table: TomlTable) {
    this.t = structuredClone(table) as Record<string, unknown>;
  }
  sec(name: string): Record<string, unknown> {
    return this.t[name] as Record<string, unknown>;
  }
  el(name: string, i: number): Record<string, unknown> {
    return (this.t[name] as Record<string, unknown>[])[i]!;
  }
  list(name: string): Record<string, unknown>[] {
    return ((this.t[name] as Record<string, unknown>[] | undefined) ??= []);
  }
  toml(): string {
    return renderToml(this.t as TomlTable);
  }
}

const h = (byte: string, n: number) => byte.repeat(n);

const toSimulated = (d: Draft) => {
  d.sec('attestation').provider = 'simulated';
  delete d.sec('attestation').pccs_url;
};

/**
 * key → a change to that key (and, where a relation demands, to others in
 * the same class). In full.toml, after sorting by stable id, member[0] is
 * "bids" (no pin) and member[1] is "blocks" (pinned).
 */
export const mutations: Record<string, (d: Draft) => void> = {
  'organism.name': (d) => (d.sec('organism').name = 'tally-us'),
  'organism.machine': (d) => (d.sec('organism').machine = 'kv'),
  'admission.mrtd': (d) => (d.sec('admission').mrtd as string[]).push(h('33', 48)),
  'admission.rtmr0': (d) => delete d.sec('admission').rtmr0,
  'admission.rtmr1': (d) => (d.sec('admission').rtmr1 = [h('44', 48)]),
  'admission.rtmr2': (d) => ((d.sec('admission').rtmr2 as string[])[0] = h('55', 48)),
  'admission.rtmr3': (d) => (d.sec('admission').rtmr3 = [h('66', 48)]),
  'admission.tcb_status': (d) => (d.sec('admission').tcb_status as string[]).push('OutOfDate'),
  'admission.allow_debug': (d) => (d.sec('admission').allow_debug = true),
  'admission.allow_service_td': (d) => (d.sec('admission').allow_service_td = false),
  'admission.collateral_age_max_s': (d) => (d.sec('admission').collateral_age_max_s = 86_400),
  'admission.remove_unattested': (d) => (d.sec('admission').remove_unattested = false),
  'member.name': (d) => (d.el('member', 0).name = 'renamed'),
  'member.stable_id': (d) => (d.el('member', 0).stable_id = h('77', 32)),
  'member.content_hash': (d) => (d.el('member', 0).content_hash = h('88', 32)),
  'member.endpoints': (d) => (d.el('member', 0).endpoints = ['bids-9.example.net:7401']),
  'member.ticket': (d) => (d.el('member', 0).ticket = '/etc/builder/secrets/bids.ticket'),
  'apply.policy': (d) => (d.sec('apply').policy = 'stall'),
  'apply.deadline_ms': (d) => (d.sec('apply').deadline_ms = 1000),
  'apply.fold': (d) => {
    d.sec('apply').fold = 'merkle';
    delete d.sec('apply').fold_module;
    delete d.sec('apply').fold_module_blake3;
  },
  'apply.fold_module': (d) => (d.sec('apply').fold_module = '/opt/other.mjs'),
  'apply.fold_module_blake3': (d) => (d.sec('apply').fold_module_blake3 = h('99', 32)),
  'apply.key_kind': (d) => (d.sec('apply').key_kind = 'slot'),
  'acl.public': (d) => {
    d.sec('acl').public = true;
    d.sec('acl').integrators = [];
  },
  'acl.integrators': (d) => (d.sec('acl').integrators as string[]).push(h('c3', 32)),
  'ticket_issuer.name': (d) => (d.el('ticket_issuer', 0).name = 'renamed'),
  'ticket_issuer.public_key': (d) => (d.el('ticket_issuer', 0).public_key = h('d4', 32)),
  'ticket_issuer.scope': (d) => (d.el('ticket_issuer', 1).scope = ['integrator']),
  'seat.data_dir': (d) => (d.sec('seat').data_dir = '/srv/tessera'),
  'seat.node_key': (d) => (d.sec('seat').node_key = '/etc/builder/secrets/node-key.pem'),
  'seat.admin_socket': (d) => (d.sec('seat').admin_socket = '/run/builder/tally.sock'),
  'seat.log_level': (d) => (d.sec('seat').log_level = 'warn'),
  'seat.peer_listen': (d) => (d.sec('seat').peer_listen = '10.0.0.1:7500'),
  'seat.peer_advertise': (d) => (d.sec('seat').peer_advertise = 'tally-eu-1.example.net:7400'),
  'seat.surface_listen': (d) => (d.sec('seat').surface_listen = '10.0.0.1:7501'),
  'seat.surface_advertise': (d) => (d.sec('seat').surface_advertise = 'tally-eu-1.example.net:7401'),
  'seat.metrics_listen': (d) => (d.sec('seat').metrics_listen = '127.0.0.1:9464'),
  'seat.admin_listen': (d) => {
    d.sec('seat').admin_listen = '10.0.0.1:7402';
    // Remote admin needs an operator to sign for it.
    if (d.list('operator').length === 0) d.list('operator').push({ name: 'ops', public_key: h('e5', 32) });
  },
  'seat.admin_tls_cert': (d) => {
    d.sec('seat').admin_listen = '10.0.0.1:7402';
    if (d.list('operator').length === 0) d.list('operator').push({ name: 'ops', public_key: h('e5', 32) });
    d.sec('seat').admin_tls_cert = '/etc/builder/secrets/admin.crt';
    d.sec('seat').admin_tls_key = '/etc/builder/secrets/admin.key';
  },
  'seat.admin_tls_key': (d) => {
    d.sec('seat').admin_listen = '10.0.0.1:7402';
    if (d.list('operator').length === 0) d.list('operator').push({ name: 'ops', public_key: h('e5', 32) });
    d.sec('seat').admin_tls_cert = '/etc/builder/secrets/admin.crt';
    d.sec('seat').admin_tls_key = '/etc/builder/secrets/admin-2.key';
  },
  'seat.insecure_plaintext': (d) => {
    toSimulated(d);
    d.sec('seat').insecure_plaintext = true;
  },
  'raft.tick_ms': (d) => (d.sec('raft').tick_ms = 50),
  'raft.election_ticks': (d) => (d.sec('raft').election_ticks = 30),
  'raft.heartbeat_ticks': (d) => (d.sec('raft').heartbeat_ticks = 3),
  'raft.snapshot_entries': (d) => (d.sec('raft').snapshot_entries = 500),
  'raft.inflight_msgs_max': (d) => (d.sec('raft').inflight_msgs_max = 16),
  'raft.msg_bytes_max': (d) => (d.sec('raft').msg_bytes_max = 65_536),
  'raft.learner_promote_lag_entries': (d) => (d.sec('raft').learner_promote_lag_entries = 0),
  'storage.wal_segment_bytes': (d) => (d.sec('storage').wal_segment_bytes = 2 * 1024 * 1024),
  'storage.snapshots_retained': (d) => (d.sec('storage').snapshots_retained = 3),
  'committee.bootstrap': (d) => (d.sec('committee').bootstrap = false),
  'committee.join': (d) => {
    d.sec('committee').bootstrap = false;
    d.sec('committee').join = ['10.0.0.2:7400'];
    d.sec('committee').ticket = '/etc/builder/secrets/seat.ticket';
  },
  'committee.ticket': (d) => (d.sec('committee').ticket = '/etc/builder/secrets/seat.ticket'),
  'attestation.provider': toSimulated,
  'attestation.tsm_root': (d) => (d.sec('attestation').tsm_root = '/tmp/fake-tsm'),
  'attestation.simulated_dir': (d) => {
    toSimulated(d);
    d.sec('attestation').simulated_dir = '/srv/simulated';
  },
  'attestation.simulated_roots': (d) => {
    toSimulated(d);
    d.sec('attestation').simulated_roots = ['/etc/builder/root.der'];
  },
  'attestation.pccs_url': (d) => (d.sec('attestation').pccs_url = 'https://pccs.internal:8081'),
  'attestation.collateral_dir': (d) => {
    delete d.sec('attestation').pccs_url;
    d.sec('attestation').collateral_dir = '/etc/builder/collateral';
  },
  'attestation.collateral_cache_dir': (d) => (d.sec('attestation').collateral_cache_dir = '/srv/collateral'),
  'attestation.collateral_refresh_ahead_s': (d) => (d.sec('attestation').collateral_refresh_ahead_s = 3600),
  'attestation.pccs_timeout_ms': (d) => (d.sec('attestation').pccs_timeout_ms = 2000),
  'attestation.pccs_attempts_max': (d) => (d.sec('attestation').pccs_attempts_max = 5),
  'attestation.quote_timeout_ms': (d) => (d.sec('attestation').quote_timeout_ms = 5000),
  'attestation.reattest_interval_s': (d) => (d.sec('attestation').reattest_interval_s = 600),
  'operator.name': (d) => d.list('operator').push({ name: 'bob', public_key: h('0b', 32) }),
  'operator.public_key': (d) => d.list('operator').push({ name: 'carol', public_key: h('0c', 32) }),
  'operator.scope': (d) => d.list('operator').push({ name: 'robot', public_key: h('0d', 32), scope: 'automation' }),
  'driver.backoff_base_ms': (d) => (d.sec('driver').backoff_base_ms = 250),
  'driver.backoff_cap_ms': (d) => (d.sec('driver').backoff_cap_ms = 120_000),
  'driver.dark_after_attempts': (d) => (d.sec('driver').dark_after_attempts = 10),
  'driver.connect_timeout_ms': (d) => (d.sec('driver').connect_timeout_ms = 1000),
  'driver.idle_probe_ms': (d) => (d.sec('driver').idle_probe_ms = 2000),
  'driver.observations_inflight_max': (d) => (d.sec('driver').observations_inflight_max = 64),
};

/** Keys that have a single allowed value, so nothing to change. */
export const keysWithoutAlternative = new Set(['organism.kind']);

/** Extra content changes beyond one per key (pins added, changed, removed; members added and removed). */
export const extraContentMutations: Record<string, (d: Draft) => void> = {
  'member content_hash changed': (d) => (d.el('member', 1).content_hash = h('ab', 32)),
  'member content_hash removed': (d) => delete d.el('member', 1).content_hash,
  'member added': (d) => d.list('member').push({ name: 'relay', stable_id: h('ee', 32), endpoints: ['relay.example.net:7401'] }),
  'member removed': (d) => d.list('member').splice(0, 1),
  'ticket issuer added': (d) => d.list('ticket_issuer').push({ name: 'third', public_key: h('f3', 32), scope: ['integrator'] }),
  'mrtd replaced': (d) => ((d.sec('admission').mrtd as string[])[1] = h('34', 48)),
};

export function mutate(base: SeatConfig, change: (d: Draft) => void): SeatConfig {
  const d = new Draft(seatConfigToTable(base));
  change(d);
  return loadText(d.toml());
}
