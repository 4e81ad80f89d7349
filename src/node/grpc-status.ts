/**
 * The one table from tessera error codes to gRPC status codes (STYLE.md):
 * every service on a seat (kv, admin) answers errors through here.
 */
import * as grpc from '@grpc/grpc-js';
import { isTesseraError } from '../common/errors.js';
import { SeatErrorCode } from './errors.js';

const statusByCode: Readonly<Record<string, grpc.status>> = {
  [SeatErrorCode.NotLeader]: grpc.status.UNAVAILABLE,
  [SeatErrorCode.Timeout]: grpc.status.DEADLINE_EXCEEDED,
  [SeatErrorCode.ProposalDropped]: grpc.status.ABORTED,
  [SeatErrorCode.Stopped]: grpc.status.UNAVAILABLE,
  [SeatErrorCode.MembershipInvalid]: grpc.status.FAILED_PRECONDITION,
  [SeatErrorCode.AdmissionRefused]: grpc.status.PERMISSION_DENIED,
  [SeatErrorCode.AdmissionUnavailable]: grpc.status.FAILED_PRECONDITION,
  [SeatErrorCode.RecordCorrupt]: grpc.status.INTERNAL,
  [SeatErrorCode.ArgumentInvalid]: grpc.status.INVALID_ARGUMENT,
  [SeatErrorCode.StorageFailed]: grpc.status.UNAVAILABLE,
  PROTO_MALFORMED: grpc.status.INVALID_ARGUMENT,
  KV_ARGUMENT_INVALID: grpc.status.INVALID_ARGUMENT,
  KV_FULL: grpc.status.RESOURCE_EXHAUSTED,
  KV_COMMAND_MALFORMED: grpc.status.INTERNAL,
  ADMIN_AUTH_MISSING: grpc.status.UNAUTHENTICATED,
  ADMIN_AUTH_INVALID: grpc.status.UNAUTHENTICATED,
  ADMIN_AUTH_FORBIDDEN: grpc.status.PERMISSION_DENIED,
  ADMIN_NOT_ORGANISM: grpc.status.FAILED_PRECONDITION,
  ADMIN_REPLAY_LOG_FAILED: grpc.status.UNAVAILABLE,
  ORGANISM_ALREADY_RETIRED: grpc.status.FAILED_PRECONDITION,
  ORGANISM_RETIRE_BEFORE_LAST_FACT: grpc.status.FAILED_PRECONDITION,
  ORGANISM_COMMAND_INVALID: grpc.status.INVALID_ARGUMENT,
};

/** Metadata keys a refusal carries so a client can redirect to the leader. */
export const leaderIdMetadataKey = 'tessera-leader-id';
export const leaderAddressMetadataKey = 'tessera-leader-address';
/** The tessera error code of a failed call. */
export const errorCodeMetadataKey = 'tessera-error-code';

export function grpcStatusOf(code: string): grpc.status {
  return statusByCode[code] ?? grpc.status.INTERNAL;
}

/**
 * A grpc-js error for `e`: status from the table, the tessera code in
 * metadata and, for SEAT_NOT_LEADER, the leader's id and address
 * (`addressOf` maps the leader's peer address to the one this service's
 * clients dial, when they differ).
 */
export function toServiceError(e: unknown, addressOf?: (leader: number, peerAddress: string | undefined) => string | undefined): Partial<grpc.ServiceError> {
  const metadata = new grpc.Metadata();
  if (!isTesseraError(e)) {
    return { code: grpc.status.INTERNAL, details: e instanceof Error ? e.message : String(e), metadata };
  }
  metadata.set(errorCodeMetadataKey, e.code);
  if (e.code === SeatErrorCode.NotLeader) {
    const leader = Number(e.details?.leader ?? 0);
    const peerAddress = e.details?.leaderAddress as string | undefined;
    const address = addressOf !== undefined ? addressOf(leader, peerAddress) : peerAddress;
    if (leader !== 0) metadata.set(leaderIdMetadataKey, String(leader));
    if (address !== undefined && address !== '') metadata.set(leaderAddressMetadataKey, address);
  }
  return { code: grpcStatusOf(e.code), details: `${e.code}: ${e.message}`, metadata };
}
