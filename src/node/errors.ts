/**
 * The seat's error codes (TesseraError.code). Callers (KvService, the admin
 * service, the CLI) test the code; `details` carries what they need to
 * redirect (the leader's id and address).
 */
import { TesseraError } from '../common/errors.js';

export const SeatErrorCode = {
  /** Not the leader (a follower refusing a proposal, a read with no leader known). details: leader (0 if unknown), leaderAddress. */
  NotLeader: 'SEAT_NOT_LEADER',
  /** No answer within the timeout: the outcome is unknown (the command may still be applied). */
  Timeout: 'SEAT_TIMEOUT',
  /** The proposal was definitely not applied (its log slot went to another entry, or Raft refused it). */
  ProposalDropped: 'SEAT_PROPOSAL_DROPPED',
  /** The seat is stopped or stopping. */
  Stopped: 'SEAT_STOPPED',
  /** A membership request that does not fit (unknown member, already a voter, a change in progress). */
  MembershipInvalid: 'SEAT_MEMBERSHIP_INVALID',
  /** A join the admission policy refused. details: reason. */
  AdmissionRefused: 'SEAT_ADMISSION_REFUSED',
  /** The seat has no admission port (it cannot verify joins). */
  AdmissionUnavailable: 'SEAT_ADMISSION_UNAVAILABLE',
  /** A replicated record (conf change context, seat snapshot, command envelope) that does not decode. */
  RecordCorrupt: 'SEAT_RECORD_CORRUPT',
  /** Bad options or arguments. details: field. */
  ArgumentInvalid: 'SEAT_ARGUMENT_INVALID',
  /** Storage failed; the seat stopped (only recovery from disk is safe). */
  StorageFailed: 'SEAT_STORAGE_FAILED',
} as const;

export type SeatErrorCode = (typeof SeatErrorCode)[keyof typeof SeatErrorCode];

export function seatError(code: SeatErrorCode, message: string, details?: Record<string, unknown>): TesseraError {
  return new TesseraError(message, code, details);
}
