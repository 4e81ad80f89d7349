/**
 * KvService: the key-value machine's gRPC service over a Seat (proto
 * tessera.kv.v1.Kv). Put and Cas are proposed through Raft and answered
 * once applied; Get runs after a ReadIndex round (linearizable). A seat
 * that is not the leader refuses writes with UNAVAILABLE, the leader's id
 * (tessera-leader-id) and the address where the leader serves this service
 * (tessera-leader-address: its member record's client address, never its
 * peer address, which a kv client cannot talk to).
 */
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';
import type { Seat } from '../node/seat.js';
import type { NodeId } from '../raft/index.js';
import { rawRequests, unaryHandler, type LeaderAddressOf } from '../node/grpc-service.js';
import { kvV1, methodDefinition } from '../proto/index.js';
import { checkKey, encodeKvCommand } from './codec.js';
import { decodePutRequest, encodePutResponse } from './put-wire.js';
import { toServiceError } from '../node/grpc-status.js';
import type { KvMachine, KvResult } from './machine.js';

const pb = kvV1.kv.v1;
type GetRequest = kvV1.kv.v1.GetRequest.$Properties;
type GetResponse = kvV1.kv.v1.GetResponse.$Properties;
type PutRequest = kvV1.kv.v1.PutRequest.$Properties;
type PutResponse = kvV1.kv.v1.PutResponse.$Properties;
type CasRequest = kvV1.kv.v1.CasRequest.$Properties;
type CasResponse = kvV1.kv.v1.CasResponse.$Properties;

const servicePath = '/tessera.kv.v1.Kv';

/** Client-side method definitions (grpc.makeGenericClientConstructor(kvMethods)). */
export const kvMethods = {
  Get: methodDefinition<GetRequest, GetResponse>(`${servicePath}/Get`, 'unary', pb.GetRequest, pb.GetResponse, { request: 'GetRequest', response: 'GetResponse' }),
  Put: methodDefinition<PutRequest, PutResponse>(`${servicePath}/Put`, 'unary', pb.PutRequest, pb.PutResponse, { request: 'PutRequest', response: 'PutResponse' }),
  Cas: methodDefinition<CasRequest, CasResponse>(`${servicePath}/Cas`, 'unary', pb.CasRequest, pb.CasResponse, { request: 'CasRequest', response: 'CasResponse' }),
} as const;

export interface KvServiceOptions {
  /**
   * The address clients should dial for member `leader` (default: the
   * client address in its member record; none when the record has none).
   */
  readonly clientAddressOf?: LeaderAddressOf;
}

function bytes(b: Uint8Array | null | undefined): Uint8Array {
  return b ?? new Uint8Array(0);
}

function appliedOrThrow(result: KvResult): Exclude<KvResult, { kind: 'refused' }> {
  if (result.kind === 'refused') throw new TesseraError(`kv: ${result.message}`, result.code, { index: result.index });
  return result;
}

/** The handlers; Put answers bytes, so they go with addKvService's definition only. */
function kvServiceHandlers(seat: Seat<KvMachine>, options: KvServiceOptions = {}): grpc.UntypedServiceImplementation {
  const clientAddressOf: LeaderAddressOf = options.clientAddressOf ?? ((leader) => seat.memberRecord(leader as NodeId)?.clientAddress);
  return {
    Get: unaryHandler(pb.GetRequest, 'tessera.kv.v1.GetRequest', async (req: GetRequest): Promise<GetResponse> => {
      const key = bytes(req.key);
      checkKey(key);
      const entry = await seat.linearizableRead((m) => m.get(key));
      return entry === undefined ? { found: false } : { found: true, value: entry.value, modIndex: entry.modIndex };
    }, clientAddressOf),
    // The write path: hand-written wire codec (put-wire.ts), one promise, the response already bytes.
    Put: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>): void => {
      let command: Uint8Array;
      try {
        const req = decodePutRequest(call.request);
        command = encodeKvCommand({ op: 'put', key: req.key, value: req.value });
      } catch (e) {
        callback(toServiceError(e));
        return;
      }
      seat.propose(command).then(
        (result) => {
          try {
            callback(null, encodePutResponse(appliedOrThrow(result).index));
          } catch (e) {
            callback(toServiceError(e, clientAddressOf));
          }
        },
        (e: unknown) => callback(toServiceError(e, clientAddressOf)),
      );
    },
    Cas: unaryHandler(pb.CasRequest, 'tessera.kv.v1.CasRequest', async (req: CasRequest): Promise<CasResponse> => {
      const command = encodeKvCommand({ op: 'cas', key: bytes(req.key), expected: req.expectAbsent ? undefined : bytes(req.expected), value: bytes(req.value) });
      const result = appliedOrThrow(await seat.propose(command));
      if (result.kind !== 'cas') throw new TesseraError(`kv: a cas was answered as ${result.kind}`, 'ASSERTION_FAILED');
      return { swapped: result.swapped, found: result.current !== undefined, current: result.current?.value ?? new Uint8Array(0), index: result.index };
    }, clientAddressOf),
  };
}

/** Adds the Kv service for `seat` to `server`. */
export function addKvService(server: grpc.Server, seat: Seat<KvMachine>, options: KvServiceOptions = {}): void {
  const definition = rawRequests(kvMethods) as Record<string, grpc.MethodDefinition<Buffer, unknown>>;
  // Put's handler answers encoded bytes (encodePutResponse).
  definition['Put'] = { ...definition['Put']!, responseSerialize: (b: unknown) => b as Buffer };
  server.addService(definition as grpc.ServiceDefinition, kvServiceHandlers(seat, options));
}

/** A typed client constructor for tests, tools and the benchmark. */
export const KvClient = grpc.makeGenericClientConstructor(kvMethods as unknown as grpc.ServiceDefinition, 'Kv');

