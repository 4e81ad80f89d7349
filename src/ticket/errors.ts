/**
 * Why a ticket is refused: one code per reason (docs/operators/tickets.md
 * lists them). A TicketError is a TesseraError whose code is the reason, so
 * the CLI prints it in brackets and the surface sends it to the caller.
 */
import { TesseraError } from '../common/errors.js';

export const ticketRefusalReasons = [
  /** No ticket was presented where one is required. */
  'TICKET_MISSING',
  /** Shorter than its version's layout. */
  'TICKET_TRUNCATED',
  /** Not a ticket (bad magic), trailing bytes, an unknown enum value, an empty validity window. */
  'TICKET_MALFORMED',
  /** A ticket of a version this release does not read. */
  'TICKET_VERSION_UNSUPPORTED',
  /** Signed by a key that is not a [[ticket_issuer]] of the organism. */
  'TICKET_ISSUER_UNKNOWN',
  /** The signature does not verify under the issuer key it names: forged or altered. */
  'TICKET_SIGNATURE_INVALID',
  /** Its scope is not what it is presented for (a seat ticket at the surface, or the reverse). */
  'TICKET_SCOPE_MISMATCH',
  /** The issuer is known but its `scope` does not include the ticket's scope. */
  'TICKET_ISSUER_NOT_AUTHORIZED',
  /** Issued for another organism. */
  'TICKET_AUDIENCE_MISMATCH',
  /** Issued to someone else than the presenter (a join ticket for another node key). */
  'TICKET_SUBJECT_MISMATCH',
  /** Before not_before. */
  'TICKET_NOT_YET_VALID',
  /** At or after expires_at. */
  'TICKET_EXPIRED',
] as const;
export type TicketRefusalReason = (typeof ticketRefusalReasons)[number];

/** Codes of problems with what a caller asks to issue (not refusals of a presented ticket). */
export type TicketUsageCode = 'TICKET_FIELD_INVALID' | 'TICKET_KEY_INVALID' | 'TICKET_KEY_UNREADABLE' | 'TICKET_KEY_EXISTS' | 'TICKET_FILE_UNREADABLE' | 'TICKET_FILE_UNWRITABLE';

export class TicketError extends TesseraError {
  constructor(message: string, code: TicketRefusalReason | TicketUsageCode, details?: Record<string, unknown>) {
    super(message, code, details);
    this.name = 'TicketError';
  }

  get reason(): TicketRefusalReason | TicketUsageCode {
    return this.code as TicketRefusalReason | TicketUsageCode;
  }
}

export function ticketError(code: TicketRefusalReason | TicketUsageCode, message: string, details?: Record<string, unknown>): TicketError {
  return new TicketError(message, code, details);
}

export function isTicketRefusal(e: unknown): e is TicketError {
  return e instanceof TicketError && (ticketRefusalReasons as readonly string[]).includes(e.code);
}
