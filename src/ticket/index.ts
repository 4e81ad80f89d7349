/**
 * Tickets: short-lived, Ed25519-signed admissions issued by an organism's
 * [[ticket_issuer]] keys, presented by seats joining the committee (scope
 * "seat") and by integrators or downstream seats calling the surface (scope
 * "integrator"). format.ts is the wire layout, verify.ts the pure check,
 * keys.ts issuer keys and signing, seat.ts where a seat uses them.
 */
export { ticketRefusalReasons, TicketError, isTicketRefusal } from './errors.js';
export type { TicketRefusalReason, TicketUsageCode } from './errors.js';
export { decodeTicket, encodeTicketBody, ticketLayout, ticketMagic, ticketScopes, ticketSigningContext, ticketVersion, subjectKinds } from './format.js';
export type { DecodedTicket, SubjectKind, TicketFields, TicketScopeName } from './format.js';
export { ed25519KeyId, ed25519PublicKey, generateIssuerKey, issueTicket, readIssuerKeyFile, writeIssuerKeyFile } from './keys.js';
export type { IssuerKey, TicketRequest } from './keys.js';
export { isoTime, verifyTicket } from './verify.js';
export type { TicketExpectation, TicketVerdict, TrustedIssuer } from './verify.js';
export {
  checkJoinTickets,
  joinRequiresTicket,
  joinTicketsOf,
  MemberTicketFiles,
  publishTicketExpiry,
  readTicketFile,
  surfaceTicketAuthorizer,
  trustedIssuers,
  withJoinTickets,
} from './seat.js';
export type { PresentedTicket, SurfaceTicketOptions } from './seat.js';
