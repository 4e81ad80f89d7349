/**
 * A joining seat starts with empty storage, so its member registry is empty
 * and the seat would tell the transport to admit nobody: the leader's first
 * append (or snapshot) would be refused. JoiningTransport keeps the member
 * that admitted us (its address and node key) admitted until the seat's own
 * registry names anyone, which happens when that snapshot is installed.
 */
import { connect, type ConnectionOptions } from 'node:tls';

import { TesseraError } from '../common/errors.js';
import { keyIdOfCertificate, nodeIdOfKeyId, type NodeKey } from '../peer/node-key.js';
import type { PeerAddress, PeerTransport, PeerTransportEvents } from './ports.js';

export class JoiningTransport implements PeerTransport {
  private seeds: PeerAddress[] = [];
  private fromSeat: PeerAddress[] = [];

  constructor(private readonly inner: PeerTransport) {}

  start(events: PeerTransportEvents): Promise<void> {
    return this.inner.start(events);
  }

  send(messages: Parameters<PeerTransport['send']>[0]): void {
    this.inner.send(messages);
  }

  /** Admits `peers` until the seat's registry is non-empty. */
  setSeeds(peers: readonly PeerAddress[]): void {
    this.seeds = [...peers];
    this.apply();
  }

  setPeers(peers: readonly PeerAddress[]): void {
    this.fromSeat = [...peers];
    if (peers.length > 0) this.seeds = [];
    this.apply();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private apply(): void {
    this.inner.setPeers(this.fromSeat.length > 0 ? this.fromSeat : this.seeds);
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
