/**
 * Unary calls to a member's peer service (Nonce, Join, Attest) over
 * grpc-js: what a joining host and a re-attesting leader use. With a node
 * key the call runs on TLS presenting that key (and, given expectedKeyId,
 * refuses a server with another key in the handshake); without one, only
 * plaintext (development, simulated attestation).
 */
import * as grpc from '@grpc/grpc-js';

import { TesseraError } from '../common/errors.js';
import type { NodeKey } from './node-key.js';
import { fromStatus, peerChannelCredentials, peerChannelOptions, peerMethods } from './service.js';
import {
  decodeAttestResponse,
  decodeJoinResponse,
  decodeNonceResponse,
  encodeAttestRequest,
  encodeJoinRequest,
  encodeNonceRequest,
  type AttestRequest,
  type AttestResponse,
  type JoinRequest,
  type JoinResponse,
  type NonceRequest,
  type NonceResponse,
} from './wire.js';

/** The calls a joiner makes (JoinClient talks to any member through this). */
export interface JoinChannel {
  nonce(request: NonceRequest): Promise<NonceResponse>;
  join(request: JoinRequest): Promise<JoinResponse>;
  close(): void;
}

export interface GrpcPeerClientOptions {
  /** TLS key of this host; undefined means plaintext (requires attestationSimulated). */
  readonly nodeKey: NodeKey | undefined;
  readonly attestationSimulated?: boolean;
  /** When set, the server must present this key (checked in the TLS handshake). */
  readonly expectedKeyId?: string;
  readonly deadlineMs?: number;
}

export class GrpcPeerClient implements JoinChannel {
  private readonly client: grpc.Client;
  private readonly deadlineMs: number;

  constructor(
    readonly address: string,
    opts: GrpcPeerClientOptions,
  ) {
    if (opts.nodeKey === undefined && opts.attestationSimulated !== true) {
      throw new TesseraError('a plaintext peer client is allowed only with simulated attestation', 'PEER_PLAINTEXT_REFUSED');
    }
    const creds = opts.nodeKey === undefined ? grpc.credentials.createInsecure() : peerChannelCredentials(opts.nodeKey, opts.expectedKeyId);
    this.client = new grpc.Client(address, creds, peerChannelOptions);
    this.deadlineMs = opts.deadlineMs ?? 10_000;
  }

  private unary<T>(method: keyof typeof peerMethods, request: Buffer, decode: (b: Buffer) => T): Promise<T> {
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest<Buffer, Buffer>(
        peerMethods[method].path,
        (b) => b,
        (b) => b,
        request,
        { deadline: Date.now() + this.deadlineMs },
        (e, res) => {
          if (e !== null || res === undefined) return reject(fromStatus(e, `${method} at ${this.address}`));
          try {
            resolve(decode(res));
          } catch (d) {
            reject(d);
          }
        },
      );
    });
  }

  nonce(request: NonceRequest): Promise<NonceResponse> {
    return this.unary('Nonce', encodeNonceRequest(request), decodeNonceResponse);
  }

  join(request: JoinRequest): Promise<JoinResponse> {
    return this.unary('Join', encodeJoinRequest(request), decodeJoinResponse);
  }

  attest(request: AttestRequest): Promise<AttestResponse> {
    return this.unary('Attest', encodeAttestRequest(request), decodeAttestResponse);
  }

  close(): void {
    this.client.close();
  }
}
