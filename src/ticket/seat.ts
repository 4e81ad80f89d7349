/**
 * Tickets where a seat uses them (the clock and files live here, not in
 * verify.ts):
 *   - the surface: with acl.public = false every call must carry an
 *     integrator ticket in `tessera-ticket-bin` (surfaceTicketAuthorizer);
 *   - joins: with a [[ticket_issuer]] of scope "seat", the leader admits a
 *     joining seat only with a seat ticket naming its node key
 *     (withJoinTickets), which the joining seat reads from committee.ticket
 *     (joinTicketsOf);
 *   - the driver: the ticket file of each [[member]] is presented to it and
 *     its seconds to expiry reported (MemberTicketFiles, publishTicketExpiry).
 */
import { readFileSync, statSync } from 'node:fs';
import type * as grpc from '@grpc/grpc-js';

import { TesseraError } from '../common/errors.js';
import type { SeatConfig, SpannedMember } from '../config/index.js';
import type { AdmissionVerdict, JoinRequest, PeerAddress, SeatAdmission } from '../node/ports.js';
import { surfaceMetadataKeys, type SurfaceAuthorizer, type SurfaceGrant } from '../surface/index.js';
import { ticketError, type TicketRefusalReason } from './errors.js';
import { decodeTicket } from './format.js';
import { verifyTicket, type TrustedIssuer } from './verify.js';

/** Largest ticket file read (a ticket is 199 bytes, or 398 hex digits). */
const ticketFileBytesMax = 4096;
/** Verified surface tickets remembered (the oldest is forgotten first). */
const admittedTicketsMax = 4096;

/** The config's issuers in the verifier's shape. */
export function trustedIssuers(config: Pick<SeatConfig, 'ticketIssuers'>): TrustedIssuer[] {
  return config.ticketIssuers.map((t) => ({ name: t.name, publicKey: t.publicKey, scope: [...t.scope] }));
}

/**
 * Reads a ticket file: the raw bytes, or their hex (whitespace ignored) as
 * `tessera ticket issue --hex` writes. Not decoded here: callers verify.
 */
export function readTicketFile(path: string): Buffer {
  let raw: Buffer;
  try {
    const st = statSync(path);
    if (st.size > ticketFileBytesMax) throw ticketError('TICKET_FILE_UNREADABLE', `ticket file ${path} is ${st.size} bytes; a ticket is at most ${ticketFileBytesMax}`, { path });
    raw = readFileSync(path);
  } catch (e) {
    if (e instanceof TesseraError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw ticketError('TICKET_FILE_UNREADABLE', `cannot read ticket file ${path}: ${err.code ?? err.message}`, { path });
  }
  const text = raw.toString('latin1').replace(/\s+/g, '');
  if (text.length > 0 && text.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(text)) return Buffer.from(text, 'hex');
  return raw;
}

/** gRPC statuses: a credential that is absent or not genuine is UNAUTHENTICATED; a genuine one that does not admit here is PERMISSION_DENIED. */
const unauthenticated: ReadonlySet<TicketRefusalReason> = new Set([
  'TICKET_MISSING',
  'TICKET_TRUNCATED',
  'TICKET_MALFORMED',
  'TICKET_VERSION_UNSUPPORTED',
  'TICKET_SIGNATURE_INVALID',
  'TICKET_EXPIRED',
  'TICKET_NOT_YET_VALID',
]);

export interface SurfaceTicketOptions {
  /** ms since the epoch; default Date.now. */
  readonly now?: () => number;
  /** Each refusal (for logs and metrics); the reason is a TicketRefusalReason. */
  readonly onRefused?: (refusal: { readonly method: string; readonly reason: TicketRefusalReason; readonly message: string }) => void;
  readonly clockSkewS?: number;
}

/**
 * The surface's ACL check: undefined when acl.public (anyone reads);
 * otherwise every call must carry an integrator ticket for this organism,
 * signed by a [[ticket_issuer]] with scope "integrator", or self-signed by
 * a key in acl.integrators. Refusals are SURFACE_UNAUTHENTICATED or
 * SURFACE_PERMISSION_DENIED with the ticket reason in `tessera-ticket-reason`.
 * An admitted call gets the ticket's expiry as its grant: a Subscribe stream
 * is ended (UNAUTHENTICATED, TICKET_EXPIRED, with the sequence to resume
 * from) when the ticket it was opened with expires.
 */
export function surfaceTicketAuthorizer(
  config: Pick<SeatConfig, 'acl' | 'ticketIssuers'> & { readonly organism: { readonly name: string }; readonly identity: { readonly stableIdHex: string } },
  options: SurfaceTicketOptions = {},
): SurfaceAuthorizer | undefined {
  if (config.acl.public) return undefined;
  const issuers = trustedIssuers(config);
  const selfIssuers = [...config.acl.integrators];
  const audience = config.identity.stableIdHex;
  const now = options.now ?? Date.now;
  const skew = options.clockSkewS ?? 0;
  const organism = config.organism.name;
  // Tickets that passed every check but the clock, by their bytes: a caller presents the same
  // ticket on every call, and this spares an Ed25519 verification per call. Only the window is
  // re-checked; anything outside it goes through the full verification (for its reason).
  const admitted = new Map<string, { notBefore: number; expiresAt: number }>();
  return (method: string, metadata: grpc.Metadata): SurfaceGrant => {
    const values = metadata.get(surfaceMetadataKeys.ticket);
    const presented = values[0];
    let reason: TicketRefusalReason;
    let message: string;
    if (presented === undefined || (typeof presented !== 'string' && presented.length === 0)) {
      reason = 'TICKET_MISSING';
      message = `organism ${organism} is not public (acl.public = false): present an integrator ticket in metadata ${surfaceMetadataKeys.ticket}`;
    } else {
      const bytes = typeof presented === 'string' ? Buffer.from(presented, 'latin1') : presented;
      const nowUnixS = Math.floor(now() / 1000);
      const key = bytes.length <= ticketFileBytesMax ? bytes.toString('base64') : '';
      const known = admitted.get(key);
      if (known !== undefined && nowUnixS + skew >= known.notBefore && nowUnixS - skew < known.expiresAt) return { validUntilMs: (known.expiresAt + skew) * 1000 };
      const v = verifyTicket(bytes, { issuers, scope: 'integrator', audience, selfIssuers, nowUnixS, clockSkewS: skew });
      if (v.ok && key !== '') {
        if (admitted.size >= admittedTicketsMax) admitted.delete(admitted.keys().next().value as string);
        admitted.set(key, { notBefore: v.ticket.notBefore, expiresAt: v.ticket.expiresAt });
      }
      if (v.ok) return { validUntilMs: (v.ticket.expiresAt + skew) * 1000 };
      admitted.delete(key);
      reason = v.error.code as TicketRefusalReason;
      message = v.error.message;
    }
    options.onRefused?.({ method, reason, message });
    throw new TesseraError(`${method}: ticket refused [${reason}]: ${message}`, unauthenticated.has(reason) ? 'SURFACE_UNAUTHENTICATED' : 'SURFACE_PERMISSION_DENIED', { ticketReason: reason });
  };
}

/** True when joining seats must present a ticket: some [[ticket_issuer]] has scope "seat". */
export function joinRequiresTicket(config: Pick<SeatConfig, 'ticketIssuers'>): boolean {
  return config.ticketIssuers.some((t) => t.scope.includes('seat'));
}

/** The tickets a joining seat sends: committee.ticket, or none. Throws TICKET_FILE_UNREADABLE naming the file. */
export function joinTicketsOf(config: Pick<SeatConfig, 'committee'>): Uint8Array[] {
  const file = config.committee.ticket;
  return file === undefined ? [] : [readTicketFile(file)];
}

/**
 * Checks a joining seat's tickets before the quote: when the config requires
 * one, at least one presented ticket must be a seat ticket for this
 * organism naming the joining node key, from an issuer with scope "seat".
 * A refusal has reason TICKET_INVALID (the admission metric's label) and a
 * message naming each ticket's own reason.
 */
export function checkJoinTickets(
  config: Pick<SeatConfig, 'ticketIssuers'> & { readonly identity: { readonly stableIdHex: string } },
  request: Pick<JoinRequest, 'member' | 'tickets'>,
  nowUnixS: number,
): AdmissionVerdict | undefined {
  if (!joinRequiresTicket(config)) return undefined;
  const issuers = trustedIssuers(config);
  if (request.tickets.length === 0) {
    return { admitted: false, reason: 'TICKET_INVALID', message: `[TICKET_MISSING] member ${request.member.keyId.slice(0, 16)}... presented no ticket; this organism admits seats only with a ticket from ${issuers.filter((i) => i.scope.includes('seat')).map((i) => i.name).join(', ')} (committee.ticket)` };
  }
  const problems: string[] = [];
  for (const [i, bytes] of request.tickets.entries()) {
    const v = verifyTicket(bytes, { issuers, scope: 'seat', audience: config.identity.stableIdHex, subject: { kind: 'node', id: request.member.keyId }, nowUnixS });
    if (v.ok) return undefined;
    problems.push(`ticket ${i}: [${v.error.code}] ${v.error.message}`);
  }
  return { admitted: false, reason: 'TICKET_INVALID', message: problems.join('; ') };
}

/** A SeatAdmission that checks join tickets (checkJoinTickets) before handing the join to `inner`. */
export function withJoinTickets(
  inner: SeatAdmission,
  config: Pick<SeatConfig, 'ticketIssuers'> & { readonly identity: { readonly stableIdHex: string } },
  now: () => number = Date.now,
): SeatAdmission {
  return {
    issueNonce: (member: PeerAddress) => inner.issueNonce(member),
    verifyJoin: async (request: JoinRequest) => checkJoinTickets(config, request, Math.floor(now() / 1000)) ?? inner.verifyJoin(request),
  };
}

/** The ticket the driver presents to a member (src/driver's Ticket). */
export interface PresentedTicket {
  readonly bytes: Uint8Array;
  readonly expiresAtMs: number;
}

/**
 * The [[member]] ticket files, for the driver's ticketOf: each file is
 * re-read when its size or mtime changes (a replaced file is picked up
 * without a restart). A file that cannot be read or decoded gives no
 * ticket, and onProblem is told once per change of the file.
 */
export class MemberTicketFiles {
  readonly #cache = new Map<string, { stamp: string; ticket: PresentedTicket | undefined }>();
  readonly #onProblem: ((member: string, error: TesseraError) => void) | undefined;

  constructor(onProblem?: (member: string, error: TesseraError) => void) {
    this.#onProblem = onProblem;
  }

  /** Pass as UpstreamDriverOptions.ticketOf. */
  readonly ticketOf = (member: SpannedMember): PresentedTicket | undefined => {
    const file = member.ticket;
    if (file === undefined) return undefined;
    let stamp: string;
    try {
      const st = statSync(file);
      stamp = `${st.size}:${st.mtimeMs}:${st.ino}`;
    } catch {
      stamp = 'missing';
    }
    const cached = this.#cache.get(member.name);
    if (cached !== undefined && cached.stamp === stamp) return cached.ticket;
    let ticket: PresentedTicket | undefined;
    try {
      const bytes = readTicketFile(file);
      const decoded = decodeTicket(bytes);
      ticket = { bytes, expiresAtMs: decoded.expiresAt * 1000 };
    } catch (e) {
      ticket = undefined;
      const error = e instanceof TesseraError ? e : new TesseraError(String(e), 'TICKET_FILE_UNREADABLE');
      this.#onProblem?.(member.name, new TesseraError(`ticket for member ${member.name} (${file}): ${error.message}`, error.code, { member: member.name, path: file }));
    }
    this.#cache.set(member.name, { stamp, ticket });
    return ticket;
  };
}

/** Sets `<org>_ticket_seconds_to_expiry{source=<member>}` for each member that has a ticket. */
export function publishTicketExpiry(
  reports: readonly { readonly name: string; readonly ticketSecondsToExpiry: number | undefined }[],
  metrics: { setTicketSecondsToExpiry(member: string, seconds: number): void },
): void {
  for (const r of reports) if (r.ticketSecondsToExpiry !== undefined) metrics.setTicketSecondsToExpiry(r.name, r.ticketSecondsToExpiry);
}
