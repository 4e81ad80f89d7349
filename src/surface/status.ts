/**
 * The one status table of the surface: every tessera error code the surface
 * raises maps to exactly one gRPC status, and travels in trailing metadata
 * (`tessera-error-code`, plus the details a caller needs to act, such as the
 * sequence to resume from) so the client rebuilds the same TesseraError.
 */
import * as grpc from '@grpc/grpc-js';
import { TesseraError } from '../common/errors.js';

export const surfaceErrorStatus: Readonly<Record<string, grpc.status>> = {
  SURFACE_FINGERPRINT_MISMATCH: grpc.status.FAILED_PRECONDITION,
  SURFACE_FINGERPRINT_MISSING: grpc.status.INVALID_ARGUMENT,
  SURFACE_REQUEST_INVALID: grpc.status.INVALID_ARGUMENT,
  PROTO_MALFORMED: grpc.status.INVALID_ARGUMENT,
  SURFACE_NOT_FOUND: grpc.status.NOT_FOUND,
  SURFACE_SEQUENCE_COMPACTED: grpc.status.OUT_OF_RANGE,
  SURFACE_CONSUMER_TOO_SLOW: grpc.status.RESOURCE_EXHAUSTED,
  SURFACE_UNAVAILABLE: grpc.status.UNAVAILABLE,
  SURFACE_UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
  SURFACE_PERMISSION_DENIED: grpc.status.PERMISSION_DENIED,
};

/** Trailing metadata keys (lowercase, ASCII values). */
export const surfaceMetadataKeys = {
  errorCode: 'tessera-error-code',
  resumeSequence: 'tessera-resume-sequence',
  firstSequence: 'tessera-first-sequence',
  fingerprintServed: 'tessera-fingerprint-served',
  fingerprintPresented: 'tessera-fingerprint-presented',
  /** Request metadata: the ticket a downstream seat presents (binary). */
  ticket: 'tessera-ticket-bin',
  /** Trailing metadata of a ticket refusal: the ticket's own reason (TICKET_EXPIRED, ...). */
  ticketReason: 'tessera-ticket-reason',
} as const;

/** Which TesseraError detail goes in which metadata key. */
const detailKeys: readonly [string, string][] = [
  ['resumeSequence', surfaceMetadataKeys.resumeSequence],
  ['firstSequence', surfaceMetadataKeys.firstSequence],
  ['fingerprintServed', surfaceMetadataKeys.fingerprintServed],
  ['fingerprintPresented', surfaceMetadataKeys.fingerprintPresented],
  ['ticketReason', surfaceMetadataKeys.ticketReason],
];

export function toServiceError(e: unknown): Partial<grpc.StatusObject> & { code: grpc.status; details: string } {
  const metadata = new grpc.Metadata();
  if (e instanceof TesseraError) {
    metadata.set(surfaceMetadataKeys.errorCode, e.code);
    for (const [detail, key] of detailKeys) {
      const v = e.details?.[detail];
      if (v !== undefined) metadata.set(key, String(v));
    }
    return { code: surfaceErrorStatus[e.code] ?? grpc.status.INTERNAL, details: e.message, metadata };
  }
  // An unexpected exception: say what it was, never leak a stack.
  const message = e instanceof Error ? e.message : String(e);
  metadata.set(surfaceMetadataKeys.errorCode, 'SURFACE_INTERNAL');
  return { code: grpc.status.INTERNAL, details: `internal error: ${message}`, metadata };
}

function metaString(md: grpc.Metadata | undefined, key: string): string | undefined {
  const v = md?.get(key)[0];
  return v === undefined ? undefined : String(v);
}

/**
 * A client-side TesseraError from a gRPC error: the server's code when it
 * sent one, else SURFACE_RPC_<STATUS>; details carry the gRPC status and
 * the metadata-borne values (numbers for sequences).
 */
export function fromServiceError(e: unknown, what: string): TesseraError {
  const se = e as Partial<grpc.ServiceError>;
  if (e instanceof TesseraError) return e;
  if (typeof se?.code !== 'number') return new TesseraError(`${what}: ${e instanceof Error ? e.message : String(e)}`, 'SURFACE_RPC_FAILED');
  const statusName = grpc.status[se.code] ?? String(se.code);
  const code = metaString(se.metadata, surfaceMetadataKeys.errorCode) ?? `SURFACE_RPC_${statusName}`;
  const details: Record<string, unknown> = { grpcStatus: se.code, grpcStatusName: statusName };
  for (const [detail, key] of detailKeys) {
    const v = metaString(se.metadata, key);
    if (v !== undefined) details[detail] = /Sequence$/.test(detail) ? Number(v) : v;
  }
  return new TesseraError(`${what}: ${statusName}: ${se.details ?? se.message ?? ''}`, code, details);
}
