/**
 * A joining seat starts with empty storage, so its member registry is empty
 * and the seat would tell the transport to admit nobody: the leader's first
 * append (or snapshot) would be refused. JoiningTransport keeps the member
 * that admitted us (its address and node key) admitted, next to whatever the
 * seat's registry names, until that registry names this seat itself.
 *
 * Not merely "until the registry is non-empty": the snapshot the leader
 * sends may be older than the leader's own admission (a committee's genesis
 * snapshot names only its founders), so the first registry a joiner
 * installs can lack the very leader that is feeding it its log. Dropping the
 * seed then refused every later append and the joiner never caught up. Once
 * the registry names this seat, this seat has applied its own admission,
 * and every voter of that moment, the admitting leader included, is in it.
 */
import { connect, type ConnectionOptions } from 'node:tls';

import { TesseraError } from '../common/errors.js';
import { keyIdOfCertificate, nodeIdOfKeyId, type NodeKey } from '../peer/node-key.js';
import type { PeerAddress, PeerTransport, PeerTransportEvents } from './ports.js';

export class JoiningTransport implements PeerTransport {
  private seeds: PeerAddress[] = [];
  private fromSeat: PeerAddress[] = [];
  private settled = false;

  /**
   * @param registryNamesSelf true once the seat's member registry holds
   *   this seat (checked on every setPeers; the seat updates its registry
   *   before it calls setPeers).
   */
  constructor(
    private readonly inner: PeerTransport,
    private readonly registryNamesSelf: () => boolean,
  ) {}

  start(events: PeerTransportEvents): Promise<void> {
    return this.inner.start(events);
  }

  send(messages: Parameters<PeerTransport['send']>[0]): void {
    this.inner.send(messages);
  }

  /** Admits `peers` (besides the seat's registry) until the registry names this seat. */
  setSeeds(peers: readonly PeerAddress[]): void {
    if (this.settled) return;
    this.seeds = [...peers];
    this.apply();
  }

  setPeers(peers: readonly PeerAddress[]): void {
    this.fromSeat = [...peers];
    if (!this.settled && this.registryNamesSelf()) {
      this.settled = true;
      this.seeds = [];
    }
    this.apply();
  }

  /** True once only the seat's registry is admitted. */
  get joined(): boolean {
    return this.settled;
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private apply(): void {
    const known = new Set(this.fromSeat.map((p) => p.id));
    this.inner.setPeers([...this.fromSeat, ...this.seeds.filter((s) => !known.has(s.id))]);
  }
}

/** Bound on the TLS probe below. */
export const peerProbeTimeoutMs = 10_000;

/**
 * The member listening at `address`, as its TLS certificate names it (key id
 * and the node id derived from it). The joiner uses it for the member that
 * admitted it: that member's key is not in any record the joiner has yet.
 */
export function probePeer(address: string, nodeKey: NodeKey, timeoutMs = peerProbeTimeoutMs): Promise<PeerAddress> {
  const i = address.lastIndexOf(':');
  const host = address.slice(0, i).replace(/^\[(.*)\]$/, '$1');
  const port = Number(address.slice(i + 1));
  return new Promise((resolve, reject) => {
    const options: ConnectionOptions = {
      host,
      port,
      key: nodeKey.privateKeyPem(),
      cert: nodeKey.certificatePem(),
      // Only the key inside the certificate matters (pinned by key id below); the anchor is public.
      rejectUnauthorized: false,
      ALPNProtocols: ['h2'],
    };
    if (host !== '' && !/^[\d.:]+$/.test(host)) options.servername = host;
    const socket = connect(options);
    const fail = (why: string): void => {
      socket.destroy();
      reject(new TesseraError(`cannot learn the node key of the member at ${address}: ${why}`, 'RUN_JOIN_FAILED', { address }));
    };
    socket.setTimeout(timeoutMs, () => fail(`no TLS handshake within ${timeoutMs} ms`));
    socket.once('error', (e) => fail(e.message));
    socket.once('secureConnect', () => {
      const raw = socket.getPeerCertificate().raw;
      socket.end();
      if (raw === undefined || raw.length === 0) return fail('it presented no certificate');
      try {
        const keyId = keyIdOfCertificate(raw);
        resolve({ id: nodeIdOfKeyId(keyId), address, keyId });
      } catch (e) {
        fail((e as Error).message);
      }
    });
  });
}
