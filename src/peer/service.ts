/**
 * The tessera.peer.v1.Peer service for grpc-js, on raw bytes: both sides
 * encode and decode with the checked codecs (raft-codec.ts, wire.ts) so that
 * a malformed message becomes a precise status, never a grpc-js INTERNAL,
 * and so that the server decodes nothing before it has checked the caller.
 * Also the TLS credentials both sides use and the caller's identity.
 */
import { X509Certificate } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';

import { TesseraError } from '../common/errors.js';
import { keyIdOf, keyIdOfCertificate, type NodeKey } from './node-key.js';
import { tlsAnchor } from './tls-anchor.js';

export const peerServicePath = '/tessera.peer.v1.Peer';

type Raw = Buffer;
const same = (b: Raw): Raw => b;

function raw(method: string, requestStream: boolean, responseStream: boolean): grpc.MethodDefinition<Raw, Raw> {
  return {
    path: `${peerServicePath}/${method}`,
    requestStream,
    responseStream,
    requestSerialize: same,
    requestDeserialize: same,
    responseSerialize: same,
    responseDeserialize: same,
  };
}

export const peerMethods = {
  Raft: raw('Raft', true, true),
  Snapshot: raw('Snapshot', true, false),
  Nonce: raw('Nonce', false, false),
  Join: raw('Join', false, false),
  Attest: raw('Attest', false, false),
} as const;

export const peerServiceDefinition: grpc.ServiceDefinition = peerMethods;

/** Channel options for every peer connection: our own backoff, fast failure detection. */
export const peerChannelOptions: grpc.ChannelOptions = {
  // Each connection attempt gets a fresh channel; keep subchannels private so
  // that grpc-js's own reconnect backoff never delays ours.
  'grpc.use_local_subchannel_pool': 1,
  'grpc.keepalive_time_ms': 10_000,
  'grpc.keepalive_timeout_ms': 5_000,
  'grpc.keepalive_permit_without_calls': 1,
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.max_send_message_length': 64 * 1024 * 1024,
  // Certificates carry no host name (peers are named by key); this only sets SNI.
  'grpc.ssl_target_name_override': 'tessera-peer',
  'grpc.default_authority': 'tessera-peer',
  // Channelz bookkeeping (per-call timestamps and counters) costs CPU on every message and nothing here reads it.
  'grpc.enable_channelz': 0,
};

export const peerServerOptions: grpc.ServerOptions = {
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.max_send_message_length': 64 * 1024 * 1024,
  'grpc.keepalive_time_ms': 10_000,
  'grpc.keepalive_timeout_ms': 5_000,
  'grpc.keepalive_permit_without_calls': 1,
  'grpc.http2.min_ping_interval_without_data_ms': 5_000,
  'grpc.enable_channelz': 0,
};

/**
 * Server TLS: every client must present a certificate under the public
 * anchor (tls-anchor.ts), which TLS checks it holds the key of; the check
 * that matters, its key id against the committed membership (or, on Join,
 * against the claimed key), happens per call before any message is read.
 */
export function peerServerCredentials(key: NodeKey): grpc.ServerCredentials {
  return grpc.ServerCredentials.createSsl(tlsAnchor().certPem, [{ private_key: key.privateKeyPem(), cert_chain: key.certificatePem() }], true);
}

/**
 * Client TLS presenting the node key. `expectedKeyId`, when given, is
 * checked in the handshake (checkServerIdentity): a server with any other
 * key fails the connection before a call is made.
 */
export function peerChannelCredentials(key: NodeKey, expectedKeyId: string | undefined): grpc.ChannelCredentials {
  return grpc.credentials.createSsl(tlsAnchor().certPem, key.privateKeyPem(), key.certificatePem(), {
    checkServerIdentity: (_host, cert) => {
      if (expectedKeyId === undefined) return undefined;
      let keyId: string;
      try {
        keyId = keyIdOfCertificate(cert.raw);
      } catch (e) {
        return new Error(`peer certificate unreadable: ${(e as Error).message}`);
      }
      return keyId === expectedKeyId ? undefined : new Error(`peer presented key ${keyId}, expected ${expectedKeyId}`);
    },
  });
}

/** What TLS says about the other side of a call. */
export interface PeerIdentity {
  readonly keyId: string;
  /** SubjectPublicKeyInfo DER of its key. */
  readonly publicKeyDer: Buffer;
}

/** The identity in a call's auth context, or undefined when there is no TLS certificate. */
export function identityOf(context: ReturnType<grpc.ServerUnaryCall<unknown, unknown>["getAuthContext"]> | null | undefined): PeerIdentity | undefined {
  const raw = context?.sslPeerCertificate?.raw;
  if (raw === undefined || raw.length === 0) return undefined;
  try {
    const publicKeyDer = new X509Certificate(raw).publicKey.export({ type: 'spki', format: 'der' });
    return { keyId: keyIdOf(publicKeyDer), publicKeyDer };
  } catch {
    return undefined;
  }
}

/** A grpc-js status error carrying a TesseraError's code in its details. */
export function statusError(code: grpc.status, details: string): grpc.ServiceError {
  return Object.assign(new Error(details), { code, details, metadata: new grpc.Metadata() });
}

/** The TesseraError a client sees for a failed call. */
export function fromStatus(e: unknown, what: string): TesseraError {
  if (e instanceof TesseraError) return e;
  const se = e as Partial<grpc.ServiceError>;
  const name = se.code === undefined ? 'error' : (grpc.status[se.code] ?? String(se.code));
  const code = se.code === grpc.status.PERMISSION_DENIED ? 'PEER_REFUSED' : se.code === grpc.status.INVALID_ARGUMENT ? 'PEER_BAD_REQUEST' : 'PEER_UNAVAILABLE';
  return new TesseraError(`${what}: ${name}: ${se.details ?? se.message ?? String(e)}`, code, { grpcStatus: se.code });
}
