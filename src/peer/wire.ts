/**
 * The peer service's other messages (flow control, snapshot acks, nonce,
 * join, attest) as plain checked values. Each decoder turns any byte
 * string into either a value within the limits below or PROTO_MALFORMED
 * naming the type and field; the transport decodes with these (never with
 * grpc-js deserializers) so that it chooses the status a bad peer gets.
 */
import { TesseraError } from '../common/errors.js';
import { decodeProto, encodeProto, peerV1, type MessageCodec } from '../proto/index.js';

const wire = peerV1.peer.v1;

export const peerLimits = {
  /** SubjectPublicKeyInfo DER of a node key (P-256 is 91 bytes). */
  publicKeyBytesMax: 1024,
  nonceBytesMax: 64,
  /** A TDX quote with its certification data is ~5 KiB; room to spare. */
  quoteBytesMax: 64 * 1024,
  ticketsMax: 16,
  ticketBytesMax: 16 * 1024,
  /** host:port */
  addressCharsMax: 255,
  reasonCharsMax: 64,
  messageCharsMax: 4096,
  /** Credits one ack may grant. */
  creditsMax: 1024,
} as const;

export interface RaftAck {
  credits: number;
}
export interface SnapshotAck {
  parts: number;
  bytes: number;
}
export interface NonceRequest {
  nodePublicKey: Uint8Array;
}
export interface NonceResponse {
  nonce: Uint8Array;
  expiresAtUnixMs: number;
  leaderHint: string;
}
export interface JoinRequest {
  nodePublicKey: Uint8Array;
  quote: Uint8Array;
  tickets: Uint8Array[];
  address: string;
  nonce: Uint8Array;
  /** host:port where the joiner serves clients; '' when it serves none. */
  clientAddress?: string;
}
export interface JoinResponse {
  admitted: boolean;
  refusalReason: string;
  message: string;
  memberId: number;
  leaderHint: string;
}
export interface AttestRequest {
  nonce: Uint8Array;
}
export interface AttestResponse {
  quote: Uint8Array;
  /** SPKI DER of the member's node key (what the quote's report_data binds). */
  nodePublicKey: Uint8Array;
}

class Check {
  constructor(readonly typeName: string) {}

  fail(field: string, reason: string): never {
    throw new TesseraError(`malformed ${this.typeName}: ${field}: ${reason}`, 'PROTO_MALFORMED', { typeName: this.typeName, field });
  }

  count(v: number | null | undefined, field: string, max = Number.MAX_SAFE_INTEGER): number {
    const n = v ?? 0;
    if (!Number.isSafeInteger(n) || n < 0 || n > max) this.fail(field, `${String(n)} is not an integer in [0, ${max}]`);
    return n;
  }

  bytes(v: Uint8Array | null | undefined, field: string, max: number): Uint8Array {
    const b = v ?? new Uint8Array(0);
    if (b.length > max) this.fail(field, `${b.length} bytes, more than ${max}`);
    return b;
  }

  text(v: string | null | undefined, field: string, max: number): string {
    const s = v ?? '';
    if (s.length > max) this.fail(field, `${s.length} characters, more than ${max}`);
    return s;
  }
}

function decoder<W, T>(codec: MessageCodec<W>, name: string, check: (w: W, c: Check) => T): (bytes: Uint8Array) => T {
  const typeName = `tessera.peer.v1.${name}`;
  return (bytes) => check(decodeProto(codec, bytes, typeName), new Check(typeName));
}

export const decodeRaftAck = decoder(wire.RaftAck, 'RaftAck', (w, c): RaftAck => ({
  credits: c.count(w.credits, 'credits', peerLimits.creditsMax),
}));

export const decodeSnapshotAck = decoder(wire.SnapshotAck, 'SnapshotAck', (w, c): SnapshotAck => ({
  parts: c.count(w.parts, 'parts'),
  bytes: c.count(w.bytes, 'bytes'),
}));

export const decodeNonceRequest = decoder(wire.NonceRequest, 'NonceRequest', (w, c): NonceRequest => ({
  nodePublicKey: c.bytes(w.nodePublicKey, 'nodePublicKey', peerLimits.publicKeyBytesMax),
}));

export const decodeNonceResponse = decoder(wire.NonceResponse, 'NonceResponse', (w, c): NonceResponse => ({
  nonce: c.bytes(w.nonce, 'nonce', peerLimits.nonceBytesMax),
  expiresAtUnixMs: c.count(w.expiresAtUnixMs, 'expiresAtUnixMs'),
  leaderHint: c.text(w.leaderHint, 'leaderHint', peerLimits.addressCharsMax),
}));

export const decodeJoinRequest = decoder(wire.JoinRequest, 'JoinRequest', (w, c): JoinRequest => {
  const tickets = w.tickets ?? [];
  if (tickets.length > peerLimits.ticketsMax) c.fail('tickets', `${tickets.length} tickets, more than ${peerLimits.ticketsMax}`);
  return {
    nodePublicKey: c.bytes(w.nodePublicKey, 'nodePublicKey', peerLimits.publicKeyBytesMax),
    quote: c.bytes(w.quote, 'quote', peerLimits.quoteBytesMax),
    tickets: tickets.map((t, i) => c.bytes(t, `tickets[${i}]`, peerLimits.ticketBytesMax)),
    address: c.text(w.address, 'address', peerLimits.addressCharsMax),
    nonce: c.bytes(w.nonce, 'nonce', peerLimits.nonceBytesMax),
    clientAddress: c.text(w.clientAddress, 'clientAddress', peerLimits.addressCharsMax),
  };
});

export const decodeJoinResponse = decoder(wire.JoinResponse, 'JoinResponse', (w, c): JoinResponse => {
  const r: JoinResponse = {
    admitted: w.admitted ?? false,
    refusalReason: c.text(w.refusalReason, 'refusalReason', peerLimits.reasonCharsMax),
    message: c.text(w.message, 'message', peerLimits.messageCharsMax),
    memberId: c.count(w.memberId, 'memberId'),
    leaderHint: c.text(w.leaderHint, 'leaderHint', peerLimits.addressCharsMax),
  };
  if (r.admitted && r.memberId === 0) c.fail('memberId', 'admitted without a member id');
  if (!r.admitted && r.refusalReason === '') c.fail('refusalReason', 'refused without a reason');
  return r;
});

export const decodeAttestRequest = decoder(wire.AttestRequest, 'AttestRequest', (w, c): AttestRequest => ({
  nonce: c.bytes(w.nonce, 'nonce', peerLimits.nonceBytesMax),
}));

export const decodeAttestResponse = decoder(wire.AttestResponse, 'AttestResponse', (w, c): AttestResponse => ({
  quote: c.bytes(w.quote, 'quote', peerLimits.quoteBytesMax),
  nodePublicKey: c.bytes(w.nodePublicKey, 'nodePublicKey', peerLimits.publicKeyBytesMax),
}));

export const encodeRaftAck = (m: RaftAck): Buffer => encodeProto(wire.RaftAck, wire.RaftAck.create(m));
export const encodeSnapshotAck = (m: SnapshotAck): Buffer => encodeProto(wire.SnapshotAck, wire.SnapshotAck.create(m));
export const encodeNonceRequest = (m: NonceRequest): Buffer => encodeProto(wire.NonceRequest, wire.NonceRequest.create(m));
export const encodeNonceResponse = (m: NonceResponse): Buffer => encodeProto(wire.NonceResponse, wire.NonceResponse.create(m));
export const encodeJoinRequest = (m: JoinRequest): Buffer => encodeProto(wire.JoinRequest, wire.JoinRequest.create(m));
export const encodeJoinResponse = (m: JoinResponse): Buffer => encodeProto(wire.JoinResponse, wire.JoinResponse.create(m));
export const encodeAttestRequest = (m: AttestRequest): Buffer => encodeProto(wire.AttestRequest, wire.AttestRequest.create(m));
export const encodeAttestResponse = (m: AttestResponse): Buffer => encodeProto(wire.AttestResponse, wire.AttestResponse.create(m));
