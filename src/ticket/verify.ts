/**
 * Ticket verification: pure (the time is a parameter; no clock, no files),
 * in a fixed order so each ticket gets the one reason that matters most:
 *
 *   structure (truncated / malformed / version) → issuer known → signature
 *   → scope → issuer allowed that scope → audience → subject → time window.
 *
 * The signature is checked before any claim is read, so a forged ticket is
 * reported as forged, never as "wrong audience".
 */
import { TicketError, ticketError } from './errors.js';
import { decodeTicket, type DecodedTicket, type SubjectKind, type TicketScopeName } from './format.js';
import { signatureValid } from './keys.js';

export interface TrustedIssuer {
  /** A label for messages ([[ticket_issuer]] name). */
  readonly name: string;
  /** 64 hex Ed25519 public key. */
  readonly publicKey: string;
  readonly scope: readonly TicketScopeName[];
}

export interface TicketExpectation {
  /** The organism's [[ticket_issuer]] list. */
  readonly issuers: readonly TrustedIssuer[];
  /** What the ticket is presented for. */
  readonly scope: TicketScopeName;
  /** Stable id (64 hex) of the organism verifying it. */
  readonly audience: string;
  /** Unix seconds: the verification time. */
  readonly nowUnixS: number;
  /** When set, the ticket must name exactly this subject (a join: the node key id of the joining seat). */
  readonly subject?: { readonly kind: SubjectKind; readonly id: string };
  /**
   * Keys that may sign a ticket for themselves (acl.integrators): a ticket
   * whose issuer is one of them and whose subject is that same integrator
   * key is accepted for scope "integrator". Proves the caller holds the key.
   */
  readonly selfIssuers?: readonly string[];
  /** Tolerated clock difference with the issuer, seconds (default 0). */
  readonly clockSkewS?: number;
}

export type TicketVerdict = { readonly ok: true; readonly ticket: DecodedTicket; readonly issuerName: string } | { readonly ok: false; readonly error: TicketError };

function issuerLabel(name: string, key: string): string {
  return `${name} (${key.slice(0, 16)}...)`;
}

/** Verifies `bytes` against `expect`; never throws for bad input (the verdict says why). */
export function verifyTicket(bytes: Uint8Array, expect: TicketExpectation): TicketVerdict {
  try {
    return { ok: true, ...checkTicket(bytes, expect) };
  } catch (e) {
    if (e instanceof TicketError) return { ok: false, error: e };
    throw e;
  }
}

function checkTicket(bytes: Uint8Array, expect: TicketExpectation): { ticket: DecodedTicket; issuerName: string } {
  const t = decodeTicket(bytes);
  const listed = expect.issuers.find((i) => i.publicKey.toLowerCase() === t.issuer);
  const selfIssued = listed === undefined && (expect.selfIssuers ?? []).some((k) => k.toLowerCase() === t.issuer);
  if (listed === undefined && !selfIssued) {
    throw ticketError('TICKET_ISSUER_UNKNOWN', `ticket ${t.serial} is signed by ${t.issuer}, which is not a ticket_issuer of this organism (listed: ${expect.issuers.map((i) => i.name).join(', ') || 'none'})`, {
      issuer: t.issuer,
      serial: t.serial,
    });
  }
  const issuerName = listed?.name ?? `integrator ${t.issuer.slice(0, 16)}`;
  if (!signatureValid(t.signed, t.signature, t.issuer)) {
    throw ticketError('TICKET_SIGNATURE_INVALID', `ticket ${t.serial}: the signature does not verify under issuer ${issuerLabel(issuerName, t.issuer)}: forged or altered`, {
      issuer: t.issuer,
      serial: t.serial,
    });
  }
  if (t.scope !== expect.scope) {
    throw ticketError('TICKET_SCOPE_MISMATCH', `ticket ${t.serial} has scope ${t.scope}, presented for ${expect.scope}`, { serial: t.serial, scope: t.scope });
  }
  if (listed !== undefined && !listed.scope.includes(t.scope)) {
    throw ticketError('TICKET_ISSUER_NOT_AUTHORIZED', `ticket ${t.serial}: issuer ${issuerLabel(listed.name, t.issuer)} may issue ${listed.scope.join(', ')} tickets, not ${t.scope}`, {
      issuer: t.issuer,
      serial: t.serial,
    });
  }
  if (selfIssued && (t.scope !== 'integrator' || t.subject.kind !== 'integrator' || t.subject.id !== t.issuer)) {
    throw ticketError('TICKET_ISSUER_NOT_AUTHORIZED', `ticket ${t.serial}: acl integrator ${t.issuer.slice(0, 16)}... may only sign integrator tickets naming itself as subject`, {
      issuer: t.issuer,
      serial: t.serial,
    });
  }
  if (t.audience !== expect.audience.toLowerCase()) {
    throw ticketError('TICKET_AUDIENCE_MISMATCH', `ticket ${t.serial} is for organism ${t.audience}, presented to ${expect.audience.toLowerCase()}`, { serial: t.serial, audience: t.audience });
  }
  if (expect.subject !== undefined && (t.subject.kind !== expect.subject.kind || t.subject.id !== expect.subject.id.toLowerCase())) {
    throw ticketError('TICKET_SUBJECT_MISMATCH', `ticket ${t.serial} is issued to ${t.subject.kind} ${t.subject.id}, presented by ${expect.subject.kind} ${expect.subject.id.toLowerCase()}`, {
      serial: t.serial,
    });
  }
  const skew = expect.clockSkewS ?? 0;
  if (expect.nowUnixS + skew < t.notBefore) {
    throw ticketError('TICKET_NOT_YET_VALID', `ticket ${t.serial} is not valid before ${isoTime(t.notBefore)} (${t.notBefore - expect.nowUnixS} s from now)`, { serial: t.serial, notBefore: t.notBefore });
  }
  if (expect.nowUnixS - skew >= t.expiresAt) {
    throw ticketError('TICKET_EXPIRED', `ticket ${t.serial} expired at ${isoTime(t.expiresAt)} (${expect.nowUnixS - t.expiresAt} s ago)`, { serial: t.serial, expiresAt: t.expiresAt });
  }
  return { ticket: t, issuerName };
}

/** ISO 8601 of unix seconds (pure: formats a given time, never reads the clock). */
export function isoTime(unixS: number): string {
  const d = new Date(unixS * 1000);
  return Number.isNaN(d.getTime()) ? `${unixS}` : d.toISOString().replace('.000Z', 'Z');
}
