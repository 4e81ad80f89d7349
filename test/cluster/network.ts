/**
 * The seats' network: one network namespace per seat, each with a veth into
 * a bridge that lives in its own namespace, and one veth from the bridge to
 * the harness (root namespace), so clients and the harness reach every seat
 * whatever the partition.
 *
 * A partition is a set of blackhole routes inside the seats' namespaces: a
 * route `blackhole <ip of B>/32` in A's namespace drops every packet A sends
 * to B (so A→B is cut; B→A data still arrives, but A's TCP acknowledgements
 * do not return). Both directions give a symmetric partition, one gives the
 * one-way fault. The harness' own link is never cut.
 *
 * Needs root and `ip netns` (iproute2); networkAvailability() says why not.
 */
import { existsSync } from 'node:fs';

import { isRoot, sh } from './exec.js';

const namePattern = /^tcl([0-9a-z]+)x([0-9a-z]+)-/;

export function networkAvailability(): { ok: true } | { ok: false; reason: string } {
  if (!isRoot()) return { ok: false, reason: 'network namespaces need root' };
  const probe = `tclprobe${process.pid.toString(36)}`;
  const add = sh('ip', ['netns', 'add', probe], { allowFail: true });
  if (add.code !== 0) return { ok: false, reason: `ip netns add failed: ${add.stderr.trim() || 'ip (iproute2) missing'}` };
  sh('ip', ['netns', 'del', probe], { allowFail: true });
  return { ok: true };
}

/** Removes namespaces and host links left by a harness process that no longer runs (killed before its cleanup). */
export function removeStaleNetworks(): void {
  const list = sh('ip', ['netns', 'list'], { allowFail: true }).stdout;
  const stalePrefixes = new Set<string>();
  for (const line of list.split('\n')) {
    const name = line.split(' ')[0] ?? '';
    const m = namePattern.exec(name);
    if (m === null) continue;
    const pid = parseInt(m[1]!, 36);
    if (!existsSync(`/proc/${pid}`)) {
      sh('ip', ['netns', 'del', name], { allowFail: true });
      stalePrefixes.add(name.slice(0, name.indexOf('-')));
    }
  }
  for (const p of stalePrefixes) sh('ip', ['link', 'del', `${p}h`], { allowFail: true });
}

let networksMade = 0;

export class SeatNetwork {
  readonly prefix: string;
  readonly subnet: string;
  private readonly blocked = new Set<string>();
  private up = false;

  constructor(readonly seats: number) {
    this.prefix = `tcl${process.pid.toString(36)}x${(networksMade++).toString(36)}`;
    this.subnet = freeSubnet();
  }

  get hostIp(): string {
    return `${this.subnet}.1`;
  }

  ipOf(seat: number): string {
    return `${this.subnet}.${11 + seat}`;
  }

  namespaceOf(seat: number): string {
    return `${this.prefix}-s${seat}`;
  }

  private get bridgeNs(): string {
    return `${this.prefix}-br`;
  }

  setup(): void {
    this.up = true;
    const br = this.bridgeNs;
    sh('ip', ['netns', 'add', br]);
    sh('ip', ['-n', br, 'link', 'add', 'br0', 'type', 'bridge']);
    sh('ip', ['-n', br, 'link', 'set', 'br0', 'up']);
    for (let i = 0; i < this.seats; i++) {
      const ns = this.namespaceOf(i);
      const outer = `${this.prefix}v${i}`;
      sh('ip', ['netns', 'add', ns]);
      sh('ip', ['link', 'add', outer, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns]);
      sh('ip', ['link', 'set', outer, 'netns', br]);
      sh('ip', ['-n', br, 'link', 'set', outer, 'master', 'br0', 'up']);
      sh('ip', ['-n', ns, 'addr', 'add', `${this.ipOf(i)}/24`, 'dev', 'eth0']);
      sh('ip', ['-n', ns, 'link', 'set', 'eth0', 'up']);
      sh('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
    }
    const host = `${this.prefix}h`;
    sh('ip', ['link', 'add', host, 'type', 'veth', 'peer', 'name', 'harness', 'netns', br]);
    sh('ip', ['-n', br, 'link', 'set', 'harness', 'master', 'br0', 'up']);
    sh('ip', ['addr', 'add', `${this.hostIp}/24`, 'dev', host]);
    sh('ip', ['link', 'set', host, 'up']);
  }

  /** Drops every packet `from` sends to `to` (until heal). */
  block(from: number, to: number): void {
    const k = `${from}>${to}`;
    if (from === to || this.blocked.has(k)) return;
    sh('ip', ['-n', this.namespaceOf(from), 'route', 'add', 'blackhole', `${this.ipOf(to)}/32`]);
    this.blocked.add(k);
  }

  /** Cuts both directions between the two groups. */
  partition(a: readonly number[], b: readonly number[]): void {
    for (const x of a) for (const y of b) {
      this.block(x, y);
      this.block(y, x);
    }
  }

  get partitioned(): boolean {
    return this.blocked.size > 0;
  }

  heal(): void {
    for (const k of this.blocked) {
      const [from, to] = k.split('>').map(Number) as [number, number];
      sh('ip', ['-n', this.namespaceOf(from), 'route', 'del', 'blackhole', `${this.ipOf(to)}/32`], { allowFail: true });
    }
    this.blocked.clear();
  }

  /** The command prefix that runs a program in seat `i`'s namespace. */
  execPrefix(seat: number): string[] {
    return ['ip', 'netns', 'exec', this.namespaceOf(seat)];
  }

  teardown(): void {
    if (!this.up) return;
    this.up = false;
    sh('ip', ['link', 'del', `${this.prefix}h`], { allowFail: true });
    for (let i = 0; i < this.seats; i++) sh('ip', ['netns', 'del', this.namespaceOf(i)], { allowFail: true });
    sh('ip', ['netns', 'del', this.bridgeNs], { allowFail: true });
  }
}

/** A 10.213.X /24 that no interface of the root namespace uses yet. */
function freeSubnet(): string {
  const used = sh('ip', ['-o', '-4', 'addr', 'show'], { allowFail: true }).stdout;
  const start = (process.pid * 7 + networksMade * 13) % 250;
  for (let k = 0; k < 250; k++) {
    const x = 2 + ((start + k) % 250);
    const s = `10.213.${x}`;
    if (!used.includes(` ${s}.`)) return s;
  }
  throw new Error('no free 10.213.X.0/24 subnet for the seat network');
}
