import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import {
  committeeStart,
  ConfigError,
  TomlDocument,
  configLimits,
  intelPcsUrl,
  loadSeatConfig,
  parseSeatConfig,
  renderToml,
  seatConfigToTable,
  type SeatConfig,
} from '../../src/config/index.js';
import { Draft, fullConfig, loadText, readTestdata } from './mutations.js';

const mrtd = '91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7';
const minimal = readTestdata('minimal.toml');

/** minimal.toml plus `extra` lines appended into the named section (created if absent). */
function withLines(section: string, ...lines: string[]): string {
  const header = `[${section}]`;
  const at = minimal.indexOf(`\n${header}\n`);
  if (at < 0) return `${minimal}\n${header}\n${lines.join('\n')}\n`;
  const end = at + header.length + 2;
  return minimal.slice(0, end) + lines.join('\n') + '\n' + minimal.slice(end);
}

function problems(text: string, opts: { instance?: string; env?: Record<string, string> } = {}): { line: number | undefined; path: string; message: string }[] {
  try {
    parseSeatConfig('/etc/builder/t.toml', text, { instance: opts.instance ?? 't', env: opts.env ?? {} });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.map((p) => ({ line: p.line, path: p.path, message: p.message }));
  }
  throw new Error('expected a ConfigError');
}

function only(text: string, path: string, message: RegExp | string, opts: { instance?: string; env?: Record<string, string> } = {}): void {
  const found = problems(text, opts);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  expect(found[0]!.path).toBe(path);
  expect(found[0]!.message).toMatch(message);
}

describe('loadSeatConfig: defaults', () => {
  it('fills every default, the instance-derived ones included', () => {
    const c = parseSeatConfig('/etc/builder/source-member.toml', minimal, { env: {} });
    expect(c.instance).toBe('source-member');
    expect(c.organism).toEqual({ name: 'source', kind: 'organism', machine: 'organism', metricPrefix: 'source' });
    expect(c.admission).toEqual({
      mrtd: [mrtd],
      rtmr0: undefined,
      rtmr1: undefined,
      rtmr2: undefined,
      rtmr3: undefined,
      tcbStatus: ['UpToDate'],
      allowDebug: false,
      allowServiceTd: false,
      collateralAgeMaxS: 30 * 86_400,
      removeUnattested: false,
    });
    expect(c.members).toEqual([]);
    expect(c.apply).toEqual({ policy: 'stall', deadlineMs: 30_000, fold: 'merkle', foldModule: undefined, foldModuleBlake3: undefined, keyKind: 'slot' });
    expect(c.acl).toEqual({ public: true, integrators: [] });
    expect(c.ticketIssuers).toEqual([]);
    expect(c.seat).toEqual({
      dataDir: '/var/lib/builder/source-member',
      nodeKey: '/var/lib/builder/source-member/node-key.pem',
      adminSocket: '/var/lib/builder/source-member/admin.sock',
      logLevel: 'info',
      peerListen: '0.0.0.0:7400',
      peerAdvertise: '10.0.0.1:7400',
      surfaceListen: '0.0.0.0:7401',
      surfaceAdvertise: undefined,
      metricsListen: undefined,
      insecurePlaintext: false,
    });
    expect(c.raft).toEqual({ tickMs: 100, electionTicks: 10, heartbeatTicks: 1, snapshotEntries: 10_000, inflightMsgsMax: 256, msgBytesMax: 1 << 20, learnerPromoteLagEntries: 1000 });
    expect(c.storage).toEqual({ walSegmentBytes: 64 << 20, snapshotsRetained: 2 });
    expect(c.committee).toEqual({ bootstrap: true, join: [], ticket: undefined });
    expect(c.attestation).toEqual({
      provider: 'tdx',
      tsmRoot: '/sys/kernel/config/tsm/report',
      simulatedDir: undefined,
      simulatedRoots: [],
      pccsUrl: intelPcsUrl,
      collateralDir: undefined,
      collateralCacheDir: '/var/lib/builder/source-member/collateral',
      collateralRefreshAheadS: 7 * 86_400,
      pccsTimeoutMs: 10_000,
      pccsAttemptsMax: 3,
      quoteTimeoutMs: 10_000,
      reattestIntervalS: 3600,
    });
    expect(c.operators).toEqual([]);
    expect(c.driver).toEqual({ backoffBaseMs: 1000, backoffCapMs: 60_000, darkAfterAttempts: 100, connectTimeoutMs: 10_000, idleProbeMs: 10_000, observationsInflightMax: 1024 });
  });

  it('derives paths from data_dir, and data_dir from --instance over the file name; the instance need not end in -member', () => {
    const c = parseSeatConfig('/etc/builder/x.toml', withLines('seat', 'data_dir = "/srv/seat"'), { env: {} });
    expect([c.seat.nodeKey, c.seat.adminSocket, c.attestation.collateralCacheDir]).toEqual(['/srv/seat/node-key.pem', '/srv/seat/admin.sock', '/srv/seat/collateral']);
    expect(parseSeatConfig('/etc/builder/x.toml', minimal, { env: {}, instance: 'zipnet-server' }).seat.dataDir).toBe('/var/lib/builder/zipnet-server');
    const sim = parseSeatConfig('/etc/builder/x.toml', withLines('attestation', 'provider = "simulated"'), { env: {} });
    expect(sim.attestation.simulatedDir).toBe('/var/lib/builder/x/simulated-tdx');
    expect(sim.attestation.pccsUrl).toBeUndefined();
  });

  it('advertises a specific listen address by default', () => {
    const c = loadText(minimal.replace('peer_advertise = "10.0.0.1:7400"', 'peer_listen = "10.0.0.5:7400"\nsurface_listen = "10.0.0.5:7401"'));
    expect(c.seat.peerAdvertise).toBe('10.0.0.5:7400');
    expect(c.seat.surfaceAdvertise).toBe('10.0.0.5:7401');
  });

  it('maps "-" to "_" in the metric prefix', () => {
    expect(loadText(minimal.replace('"source"', '"tally-eu-2"')).organism.metricPrefix).toBe('tally_eu_2');
  });

  it('takes PROMETHEUS_ADDR over metrics_listen, ignores it when empty, and names it when malformed', () => {
    const text = withLines('seat', 'metrics_listen = "127.0.0.1:9100"');
    expect(parseSeatConfig('/x/t.toml', text, { env: { PROMETHEUS_ADDR: '127.0.0.1:9200' } }).seat.metricsListen).toBe('127.0.0.1:9200');
    expect(parseSeatConfig('/x/t.toml', text, { env: { PROMETHEUS_ADDR: '' } }).seat.metricsListen).toBe('127.0.0.1:9100');
    try {
      parseSeatConfig('/x/t.toml', text, { env: { PROMETHEUS_ADDR: 'nine-one-hundred' } });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).code).toBe('CONFIG_INVALID');
      expect((e as Error).message).toContain("(environment): 'PROMETHEUS_ADDR': expected host:port");
    }
    only(text, 'seat.metrics_listen', /\(from PROMETHEUS_ADDR\) 0\.0\.0\.0:7400 uses the same address as peer_listen/, { env: { PROMETHEUS_ADDR: '0.0.0.0:7400' } });
  });

  it('sorts spanned members by stable id and lowercases hex', () => {
    const c = fullConfig();
    expect(c.members.map((m) => m.name)).toEqual(['bids', 'blocks']);
    const upper = loadText(readTestdata('full-reordered.toml'));
    expect(upper.admission.mrtd).toContain(mrtd);
    expect(upper.members.every((m) => m.stableId === m.stableId.toLowerCase())).toBe(true);
  });

  it('is frozen all the way down', () => {
    const c = fullConfig();
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.seat)).toBe(true);
    expect(Object.isFrozen(c.members)).toBe(true);
    expect(Object.isFrozen(c.members[0]!.endpoints)).toBe(true);
    expect(() => {
      (c.admission.mrtd as string[]).push('x');
    }).toThrow(TypeError);
  });

  it('round-trips through its rendered TOML', () => {
    for (const c of [fullConfig(), loadText(readTestdata('full-reordered.toml')), loadText(minimal)]) {
      const again = loadText(renderToml(seatConfigToTable(c)));
      expect({ ...again, file: c.file }).toEqual(c);
    }
  });
});

describe('loadSeatConfig: refusals name the key and line', () => {
  it('reads files, and says when one cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-config-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'source-member.toml');
    writeFileSync(file, minimal);
    expect(loadSeatConfig(file, { env: {} }).instance).toBe('source-member');
    expect(() => loadSeatConfig(join(dir, 'absent.toml'))).toThrow(expect.objectContaining({ code: 'CONFIG_UNREADABLE', message: expect.stringContaining('ENOENT') }));
  });

  it('refuses a bad instance name', () => {
    expect(problems(minimal, { instance: '../etc' })).toEqual([{ line: undefined, path: '(instance)', message: expect.stringContaining('"../etc"') }]);
  });

  it('refuses names that are not lowercase DNS-like labels', () => {
    for (const bad of ['Tally', 'tally-', '1tally', 'tal_ly', 'täly', 'a'.repeat(64)]) {
      only(minimal.replace('"source"', JSON.stringify(bad)), 'organism.name', /lowercase name/);
    }
    expect(loadText(minimal.replace('"source"', `"${'a'.repeat(63)}"`)).organism.name).toHaveLength(63);
  });

  it('refuses Revoked, unknown statuses and an empty status list', () => {
    only(withLines('admission', 'tcb_status = ["Revoked"]'), 'admission.tcb_status[0]', /Revoked TCB is never accepted/);
    only(withLines('admission', 'tcb_status = ["Fine"]'), 'admission.tcb_status[0]', /expected one of "UpToDate"/);
    only(withLines('admission', 'tcb_status = []'), 'admission.tcb_status', /at least 1/);
  });

  it('refuses duplicates in canonical form (hex case does not make two values)', () => {
    only(minimal.replace(`mrtd = ["${mrtd}"]`, `mrtd = ["${mrtd}", "${mrtd.toUpperCase()}"]`), 'admission.mrtd[1]', /duplicate value/);
    only(withLines('admission', 'rtmr1 = []'), 'admission.rtmr1', /at least 1/);
  });

  it('refuses duplicate member names and stable ids, and an organism spanning itself', () => {
    const m = (name: string, id: string) => `\n[[member]]\nname = "${name}"\nstable_id = "${id}"\nendpoints = ["h:1"]\n`;
    const a = 'aa'.repeat(32);
    expect(problems(minimal + m('x', a) + m('x', 'bb'.repeat(32)))).toEqual([{ line: 20, path: 'member[1].name', message: expect.stringContaining("named 'x' is listed twice") }]);
    expect(problems(minimal + m('x', a) + m('y', a.toUpperCase()))).toEqual([{ line: 21, path: 'member[1].stable_id', message: expect.stringContaining('same stable_id') }]);
    const own = loadText(minimal).identity.stableIdHex;
    only(minimal + m('me', own), 'member[0].stable_id', /cannot span itself/);
  });

  it('checks the fold module keys against fold', () => {
    expect(problems(withLines('apply', 'fold = "module"')).map((p) => p.path)).toEqual(['apply.fold_module', 'apply.fold_module_blake3']);
    only(withLines('apply', `fold_module_blake3 = "${'ab'.repeat(32)}"`), 'apply.fold_module_blake3', /only used with fold = "module"/);
    only(withLines('apply', 'fold_module = "folds/x.mjs"', 'fold = "module"', `fold_module_blake3 = "${'ab'.repeat(32)}"`), 'apply.fold_module', /absolute path/);
    only(withLines('apply', 'deadline_ms = 99'), 'apply.deadline_ms', />= 100/);
    only(withLines('apply', 'deadline_ms = 1.5'), 'apply.deadline_ms', /an integer/);
  });

  it('checks the ACL: a public surface lists no keys; a closed one admits someone', () => {
    only(withLines('acl', `integrators = ["${'ab'.repeat(32)}"]`), 'acl.integrators', /only used with public = false/);
    only(withLines('acl', 'public = false'), 'acl.public', /admits nobody/);
    const issuer = `\n[[ticket_issuer]]\nname = "ops"\npublic_key = "${'cd'.repeat(32)}"\nscope = ["integrator"]\n`;
    expect(loadText(withLines('acl', 'public = false') + issuer).acl.public).toBe(false);
    only(withLines('acl', 'public = false') + issuer.replace('["integrator"]', '["seat"]'), 'acl.public', /admits nobody/);
    only(withLines('acl', 'public = false') + issuer + issuer.replace('"ops"', '"ops2"'), 'ticket_issuer[1].public_key', /same key is listed twice/);
  });

  it('refuses plaintext with TDX, a wildcard or missing advertise address, and colliding listeners', () => {
    only(withLines('seat', 'insecure_plaintext = true'), 'seat.insecure_plaintext', /refused with attestation.provider = "tdx"/);
    expect(loadText(withLines('seat', 'insecure_plaintext = true') + '\n[attestation]\nprovider = "simulated"\n').seat.insecurePlaintext).toBe(true);
    only(minimal.replace('peer_advertise = "10.0.0.1:7400"', ''), 'seat.peer_advertise', /required when peer_listen \(0\.0\.0\.0:7400\) is a wildcard/);
    only(minimal.replace('peer_advertise = "10.0.0.1:7400"', 'peer_listen = "[::]:7400"'), 'seat.peer_advertise', /wildcard/);
    only(minimal.replace('"10.0.0.1:7400"', '"[::]:7400"'), 'seat.peer_advertise', /is a wildcard; advertise an address/);
    only(withLines('seat', 'surface_advertise = "0.0.0.0:1"'), 'seat.surface_advertise', /wildcard/);
    only(withLines('seat', 'surface_listen = "127.0.0.1:7400"'), 'seat.surface_listen', /same address as peer_listen/);
    expect(loadText(withLines('seat', 'peer_listen = "10.0.0.1:7400"', 'surface_listen = "10.0.0.2:7400"')).seat.surfaceListen).toBe('10.0.0.2:7400');
    only(withLines('seat', 'metrics_listen = "127.0.0.1:7401"'), 'seat.metrics_listen', /same address as surface_listen/);
    only(withLines('seat', 'peer_listen = "h:0"'), 'seat.peer_listen', /port 0 is out of range/);
  });

  it('refuses an admin socket path longer than a unix socket allows, default or not', () => {
    const long = '/srv/' + 'd'.repeat(100);
    only(withLines('seat', `data_dir = "${long}"`), 'seat.admin_socket', /\(the default, <data_dir>\/admin\.sock\) is 116 bytes; a unix socket path is at most 107/);
    only(withLines('seat', `admin_socket = "${long}/so"`), 'seat.admin_socket', /admin\.sock|\/so is 108 bytes/);
    expect(configLimits.adminSocketPathBytesMax).toBe(107);
    expect(loadText(withLines('seat', `admin_socket = "/${'s'.repeat(106)}"`)).seat.adminSocket).toHaveLength(107);
  });

  it('checks Raft and storage relations', () => {
    only(withLines('raft', 'heartbeat_ticks = 10'), 'raft.election_ticks', /greater than heartbeat_ticks \(10\)/);
    only(withLines('raft', 'msg_bytes_max = 67108864') + '\n[storage]\nwal_segment_bytes = 1048576\n', 'raft.msg_bytes_max', /must fit in one WAL segment/);
    only(withLines('raft', 'tick_ms = 0'), 'raft.tick_ms', />= 10/);
  });

  it('checks committee and attestation relations', () => {
    only(withLines('committee', 'join = ["10.0.0.2:7400"]'), 'committee.join', /set one of them/);
    const issuer = `\n[[ticket_issuer]]\nname = "ops"\npublic_key = "${'cd'.repeat(32)}"\n`;
    const joining = minimal.replace('bootstrap = true', 'join = ["10.0.0.2:7400"]');
    only(joining + issuer, 'committee.ticket', /required to join: a ticket_issuer has scope "seat"/);
    expect(loadText(joining + issuer + 'scope = ["integrator"]\n').committee.join).toEqual(['10.0.0.2:7400']);
    only(withLines('attestation', 'simulated_roots = ["/r.der"]'), 'attestation.simulated_roots', /never trusted beside Intel's/);
    only(withLines('attestation', 'simulated_dir = "/s"'), 'attestation.simulated_dir', /only used with provider = "simulated"/);
    only(withLines('attestation', 'pccs_url = "https://p:8081"', 'collateral_dir = "/c"'), 'attestation.collateral_dir', /not both/);
    only(withLines('attestation', 'provider = "simulated"', 'pccs_url = "https://p:8081"'), 'attestation.pccs_url', /only used with provider = "tdx"/);
    only(withLines('attestation', 'pccs_url = "ftp://p"'), 'attestation.pccs_url', /http\(s\) URL/);
    const dirOnly = loadText(withLines('attestation', 'collateral_dir = "/etc/builder/collateral"'));
    expect([dirOnly.attestation.pccsUrl, dirOnly.attestation.collateralDir]).toEqual([undefined, '/etc/builder/collateral']);
    only(withLines('driver', 'backoff_base_ms = 5000', 'backoff_cap_ms = 4000'), 'driver.backoff_cap_ms', /at least backoff_base_ms \(5000\)/);
    const op = (n: string, k: string) => `\n[[operator]]\nname = "${n}"\npublic_key = "${k}"\n`;
    only(minimal + op('a', 'ab'.repeat(32)) + op('a', 'cd'.repeat(32)), 'operator[1].name', /listed twice/);
  });

  it('bounds every list', () => {
    const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(', ');
    const hex48 = (i: number) => `"${i.toString(16).padStart(96, '0')}"`;
    only(minimal.replace(`mrtd = ["${mrtd}"]`, `mrtd = [${many(configLimits.mrtdMax + 1, hex48)}]`), 'admission.mrtd', /at most 64/);
    only(withLines('committee', `join = [${many(configLimits.joinPeersMax + 1, (i) => `"h${i}:1"`)}]`).replace('bootstrap = true', ''), 'committee.join', /at most 16/);
    const members = Array.from({ length: configLimits.membersMax + 1 }, (_, i) => `[[member]]\nname = "m${i}"\nstable_id = "${i.toString(16).padStart(64, '0')}"\nendpoints = ["h:1"]`).join('\n');
    only(`${minimal}\n${members}\n`, 'member', /at most 64/);
  });

  it('refuses unknown keys and sections, suggesting the near miss', () => {
    only(withLines('seat', 'log_levle = "debug"'), 'seat.log_levle', /did you mean 'log_level'/);
    only(`${minimal}\n[memebr]\nname = "x"\n`, 'memebr', /unknown key/);
  });

  it('lists every problem of a file at once, in file order', () => {
    const text = ['[organism]', 'name = "X"', '[admission]', 'mrtd = []', '[seat]', 'peer_listen = "nope"', '[raft]', 'tick_ms = "fast"'].join('\n');
    expect(problems(text).map((p) => `${p.line}:${p.path}`)).toEqual(['2:organism.name', '4:admission.mrtd', '6:seat.peer_listen', '8:raft.tick_ms']);
  });
});

describe('committeeStart', () => {
  const at = (text: string) => loadText(text);
  it('restarts from state whatever bootstrap and join say', () => {
    expect(committeeStart(at(minimal), true)).toEqual({ kind: 'restart' });
  });
  it('bootstraps or joins an empty data directory', () => {
    expect(committeeStart(at(minimal), false)).toEqual({ kind: 'bootstrap' });
    expect(committeeStart(at(minimal.replace('bootstrap = true', 'join = ["10.0.0.2:7400"]')), false)).toEqual({ kind: 'join', peers: ['10.0.0.2:7400'] });
  });
  it('refuses an empty data directory with neither, naming both keys', () => {
    const c: SeatConfig = at(minimal.replace('bootstrap = true', ''));
    expect(() => committeeStart(c, false)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringMatching(/committee\.bootstrap nor committee\.join/) }));
  });
});

describe('renderToml', () => {
  it('writes tables, arrays of tables and escaped strings that parse back', () => {
    const table = { a: 1, s: 'q"\\\n\x7f\tü', list: ['x', 'y'], t: { k: true, sub: { z: 2 } }, arr: [{ n: 1 }, { n: 2 }], gone: undefined };
    const text = new Draft(table).toml();
    const { gone: _gone, ...rest } = table;
    expect(TomlDocument.parse('r.toml', text).data).toEqual(rest);
    expect(text).toContain('[t.sub]');
    expect(text).toContain('[[arr]]');
    expect(text).not.toContain('gone');
    expect(() => renderToml({ f: 1.5 })).toThrow(/only integers/);
  });
});
