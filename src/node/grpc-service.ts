/**
 * What every gRPC service on a seat shares: requests are decoded by the
 * handler (decodeProto), so garbage is INVALID_ARGUMENT naming the message
 * type rather than grpc-js's INTERNAL, and errors go through the one status
 * table (grpc-status.ts).
 */
import type * as grpc from '@grpc/grpc-js';
import { decodeProto, type MessageCodec } from '../proto/index.js';
import { toServiceError } from './grpc-status.js';

/** A server-side service definition whose handlers receive the raw request bytes. */
export function rawRequests(methods: object): grpc.ServiceDefinition {
  const out: Record<string, grpc.MethodDefinition<Buffer, unknown>> = {};
  for (const [name, m] of Object.entries(methods as Record<string, grpc.MethodDefinition<Buffer, unknown>>)) {
    out[name] = { ...m, requestDeserialize: (b: Buffer) => b };
  }
  return out as grpc.ServiceDefinition;
}

export type LeaderAddressOf = (leader: number, peerAddress: string | undefined) => string | undefined;

/** A unary handler: decode, run `handle`, answer its value or its error. */
export function unaryHandler<Req, Res>(
  codec: MessageCodec<Req>,
  typeName: string,
  handle: (request: Req, call: grpc.ServerUnaryCall<Buffer, Res>) => Promise<Res>,
  addressOf?: LeaderAddressOf,
): grpc.handleUnaryCall<Buffer, Res> {
  return (call, callback) => {
    let request: Req;
    try {
      request = decodeProto(codec, call.request, typeName);
    } catch (e) {
      callback(toServiceError(e));
      return;
    }
    handle(request, call).then(
      (response) => callback(null, response),
      (e: unknown) => callback(toServiceError(e, addressOf)),
    );
  };
}
