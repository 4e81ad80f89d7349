/**
 * Wire types. The generated modules under ./gen come from proto/ through
 * `npm run gen:proto` (checked in; `npm run gen:proto -- --check` in the
 * tests proves they match the .proto files). This index adds the two things
 * every service needs: a decoder that turns garbage into a TesseraError
 * naming the message type, and grpc-js method definitions built from the
 * generated codecs (we use no reflection at run time).
 */
import './int64.js'; // must stay the first import: see int64.ts
import type * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';

/** What a generated message class offers that we rely on. */
export interface MessageCodec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  /** The generated verify(): null when the plain object is a valid message. */
  verify?(message: Record<string, unknown>): string | null;
}

/**
 * Decodes `bytes` as `typeName`; malformed input (truncated varint, wrong
 * wire type, length past the end) becomes PROTO_MALFORMED naming the type
 * and the decoder's reason, never a bare RangeError.
 */
export function decodeProto<T>(codec: MessageCodec<T>, bytes: Uint8Array, typeName: string): T {
  try {
    return codec.decode(bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new TesseraError(`malformed ${typeName} (${bytes.length} bytes): ${reason}`, 'PROTO_MALFORMED', { typeName });
  }
}

export function encodeProto<T>(codec: MessageCodec<T>, message: T): Buffer {
  const bytes = codec.encode(message).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export type MethodKind = 'unary' | 'server-stream' | 'client-stream' | 'bidi';

/**
 * A grpc-js method definition from generated codecs. `path` is the full
 * `/package.Service/Method`. Deserialization errors surface to grpc-js as
 * exceptions, which it turns into INTERNAL for the caller; servers that
 * want a precise status decode themselves with decodeProto.
 */
export function methodDefinition<Req, Res>(
  path: string,
  kind: MethodKind,
  request: MessageCodec<Req>,
  response: MessageCodec<Res>,
  typeNames: { request: string; response: string },
): grpc.MethodDefinition<Req, Res> {
  return {
    path,
    requestStream: kind === 'client-stream' || kind === 'bidi',
    responseStream: kind === 'server-stream' || kind === 'bidi',
    requestSerialize: (m: Req) => encodeProto(request, m),
    requestDeserialize: (b: Buffer) => decodeProto(request, b, typeNames.request),
    responseSerialize: (m: Res) => encodeProto(response, m),
    responseDeserialize: (b: Buffer) => decodeProto(response, b, typeNames.response),
  };
}

// Generated packages, re-exported here so that int64.ts runs before any of
// them evaluates. Import wire types from this index, never from ./gen.
// (one line per package, e.g. `export { tessera as peerV1 } from './gen/peer_v1.js';`)
export { tessera as peerV1 } from './gen/peer_v1.js';
export { tessera as kvV1 } from './gen/kv_v1.js';
export { tessera as adminV1 } from './gen/admin_v1.js';
export { tessera as surfaceV1 } from './gen/surface_v1.js';
