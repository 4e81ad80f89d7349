/**
 * The ticket wire format, version 1 (docs/contributors/tickets.md): a fixed
 * 199-byte record, big-endian, no optional parts, so one length check and
 * one offset table decode it and nothing is left to interpretation.
 *
 *   off  len  field
 *     0    4  magic "TSTK"
 *     4    1  version (1)
 *     5    1  scope: 1 seat (joins the committee), 2 integrator (calls the surface)
 *     6    1  subject kind: 1 node key id, 2 organism stable id, 3 integrator key
 *     7   32  issuer: the issuer's Ed25519 public key (its key id, as in [[ticket_issuer]])
 *    39   32  subject: who holds it
 *    71   32  audience: the stable id of the organism it is presented to
 *   103    8  not_before (unix seconds, u64)
 *   111    8  expires_at (unix seconds, u64; after not_before)
 *   119   16  serial (random; tells two tickets with equal fields apart)
 *   135   64  Ed25519 signature over ticketSigningContext ‖ bytes [0, 135)
 *
 * Decoding is pure (no clock, no key lookups) and total: any byte string
 * gives either a ticket or a TicketError naming the field at fault.
 */
import { ticketError } from './errors.js';

export const ticketMagic = Buffer.from('TSTK', 'latin1');
export const ticketVersion = 1;
/** Prepended to the signed bytes, so a ticket signature can never be replayed as another tessera signature. */
export const ticketSigningContext = Buffer.from('tessera 2026-12 ticket v1\0', 'latin1');

export const ticketScopes = ['seat', 'integrator'] as const;
export type TicketScopeName = (typeof ticketScopes)[number];
export const subjectKinds = ['node', 'organism', 'integrator'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

const idBytes = 32;
const serialBytes = 16;
const signatureBytes = 64;

/** Field offsets (the table above). */
export const ticketLayout = {
  magic: 0,
  version: 4,
  scope: 5,
  subjectKind: 6,
  issuer: 7,
  subject: 39,
  audience: 71,
  notBefore: 103,
  expiresAt: 111,
  serial: 119,
  signature: 135,
  /** Bytes covered by the signature. */
  signedBytes: 135,
  totalBytes: 135 + signatureBytes,
} as const;

export interface TicketFields {
  readonly scope: TicketScopeName;
  /** Issuer's Ed25519 public key, 64 lowercase hex. */
  readonly issuer: string;
  readonly subject: { readonly kind: SubjectKind; readonly id: string };
  /** Stable id of the organism it is presented to, 64 lowercase hex. */
  readonly audience: string;
  /** Unix seconds. */
  readonly notBefore: number;
  /** Unix seconds, > notBefore. */
  readonly expiresAt: number;
  /** 32 lowercase hex. */
  readonly serial: string;
}

export interface DecodedTicket extends TicketFields {
  readonly version: number;
  /** 128 lowercase hex. */
  readonly signature: string;
  /** The bytes the signature covers (without the context prefix). */
  readonly signed: Buffer;
}

const fieldNames: Readonly<Record<keyof typeof ticketLayout, string>> = {
  magic: 'magic',
  version: 'version',
  scope: 'scope',
  subjectKind: 'subject kind',
  issuer: 'issuer key',
  subject: 'subject',
  audience: 'audience',
  notBefore: 'not_before',
  expiresAt: 'expires_at',
  serial: 'serial',
  signature: 'signature',
  signedBytes: 'signature',
  totalBytes: 'signature',
};

/** The field a ticket of `length` bytes is cut off in (for the truncation message). */
function fieldAt(length: number): string {
  let name = 'magic';
  for (const [k, off] of Object.entries(ticketLayout) as [keyof typeof ticketLayout, number][]) {
    if (k === 'signedBytes' || k === 'totalBytes') continue;
    if (off <= length) name = fieldNames[k];
  }
  return name;
}

function checkHex(value: string, bytes: number, what: string): Buffer {
  if (typeof value !== 'string' || value.length !== bytes * 2 || !/^[0-9a-f]*$/.test(value)) {
    throw ticketError('TICKET_FIELD_INVALID', `${what} must be ${bytes * 2} lowercase hex digits, got ${JSON.stringify(String(value).slice(0, 80))}`, { field: what });
  }
  return Buffer.from(value, 'hex');
}

function checkTime(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw ticketError('TICKET_FIELD_INVALID', `${what} must be a non-negative integer number of unix seconds, got ${String(value)}`, { field: what });
  }
}

/** The 135 signed bytes of a ticket; throws TICKET_FIELD_INVALID naming a bad field. */
export function encodeTicketBody(f: TicketFields): Buffer {
  const scope = ticketScopes.indexOf(f.scope);
  if (scope < 0) throw ticketError('TICKET_FIELD_INVALID', `scope must be one of ${ticketScopes.join(', ')}, got ${JSON.stringify(f.scope)}`, { field: 'scope' });
  const kind = subjectKinds.indexOf(f.subject.kind);
  if (kind < 0) throw ticketError('TICKET_FIELD_INVALID', `subject kind must be one of ${subjectKinds.join(', ')}, got ${JSON.stringify(f.subject.kind)}`, { field: 'subject kind' });
  checkTime(f.notBefore, 'not_before');
  checkTime(f.expiresAt, 'expires_at');
  if (f.expiresAt <= f.notBefore) {
    throw ticketError('TICKET_FIELD_INVALID', `expires_at ${f.expiresAt} must be after not_before ${f.notBefore}`, { field: 'expires_at' });
  }
  const out = Buffer.alloc(ticketLayout.signedBytes);
  ticketMagic.copy(out, ticketLayout.magic);
  out.writeUInt8(ticketVersion, ticketLayout.version);
  out.writeUInt8(scope + 1, ticketLayout.scope);
  out.writeUInt8(kind + 1, ticketLayout.subjectKind);
  checkHex(f.issuer, idBytes, 'issuer key').copy(out, ticketLayout.issuer);
  checkHex(f.subject.id, idBytes, 'subject').copy(out, ticketLayout.subject);
  checkHex(f.audience, idBytes, 'audience').copy(out, ticketLayout.audience);
  out.writeBigUInt64BE(BigInt(f.notBefore), ticketLayout.notBefore);
  out.writeBigUInt64BE(BigInt(f.expiresAt), ticketLayout.expiresAt);
  checkHex(f.serial, serialBytes, 'serial').copy(out, ticketLayout.serial);
  return out;
}

/** signed ‖ signature: the ticket as it travels. */
export function assembleTicket(signed: Uint8Array, signature: Uint8Array): Buffer {
  if (signed.length !== ticketLayout.signedBytes || signature.length !== signatureBytes) {
    throw ticketError('TICKET_FIELD_INVALID', `a ticket is ${ticketLayout.signedBytes} signed bytes and a ${signatureBytes}-byte signature, got ${signed.length} and ${signature.length}`, { field: 'signature' });
  }
  return Buffer.concat([signed, signature]);
}

/** What the issuer's key signs for a ticket body. */
export function ticketSigningInput(signed: Uint8Array): Buffer {
  return Buffer.concat([ticketSigningContext, signed]);
}

function readTime(b: Buffer, offset: number, what: string): number {
  const v = b.readBigUInt64BE(offset);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw ticketError('TICKET_MALFORMED', `${what} ${v} at offset ${offset} is beyond any date (garbage?)`, { field: what, offset });
  return Number(v);
}

/** Decodes a ticket's structure; the signature is not checked here (verifyTicket does). */
export function decodeTicket(input: Uint8Array): DecodedTicket {
  const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const magicLen = ticketMagic.length;
  const head = b.subarray(0, Math.min(magicLen, b.length));
  if (!head.equals(ticketMagic.subarray(0, head.length))) {
    throw ticketError('TICKET_MALFORMED', `not a ticket: it starts with ${head.toString('hex')}, a ticket starts with "TSTK" (${ticketMagic.toString('hex')})`, { field: 'magic', offset: 0 });
  }
  if (b.length <= ticketLayout.version) {
    throw ticketError('TICKET_TRUNCATED', `the ticket is ${b.length} bytes and ends in its ${fieldAt(b.length)} (a version ${ticketVersion} ticket is ${ticketLayout.totalBytes} bytes)`, { length: b.length });
  }
  const version = b.readUInt8(ticketLayout.version);
  if (version !== ticketVersion) {
    throw ticketError('TICKET_VERSION_UNSUPPORTED', `ticket version ${version} is not supported (this tessera reads version ${ticketVersion}); reissue it with this release's \`tessera ticket issue\``, { version });
  }
  if (b.length < ticketLayout.totalBytes) {
    throw ticketError('TICKET_TRUNCATED', `the ticket is ${b.length} bytes and ends in its ${fieldAt(b.length)} at offset ${b.length}; a version ${ticketVersion} ticket is ${ticketLayout.totalBytes} bytes (an incomplete copy?)`, { length: b.length, field: fieldAt(b.length) });
  }
  if (b.length > ticketLayout.totalBytes) {
    throw ticketError('TICKET_MALFORMED', `the ticket has ${b.length - ticketLayout.totalBytes} trailing bytes after its signature (a version ${ticketVersion} ticket is ${ticketLayout.totalBytes} bytes)`, { length: b.length, field: 'signature' });
  }
  const scopeByte = b.readUInt8(ticketLayout.scope);
  const scope = ticketScopes[scopeByte - 1];
  if (scope === undefined) throw ticketError('TICKET_MALFORMED', `scope byte ${scopeByte} at offset ${ticketLayout.scope} is not 1 (seat) or 2 (integrator)`, { field: 'scope', offset: ticketLayout.scope });
  const kindByte = b.readUInt8(ticketLayout.subjectKind);
  const kind = subjectKinds[kindByte - 1];
  if (kind === undefined) {
    throw ticketError('TICKET_MALFORMED', `subject kind byte ${kindByte} at offset ${ticketLayout.subjectKind} is not 1 (node), 2 (organism) or 3 (integrator)`, { field: 'subject kind', offset: ticketLayout.subjectKind });
  }
  const notBefore = readTime(b, ticketLayout.notBefore, 'not_before');
  const expiresAt = readTime(b, ticketLayout.expiresAt, 'expires_at');
  if (expiresAt <= notBefore) {
    throw ticketError('TICKET_MALFORMED', `expires_at ${expiresAt} is not after not_before ${notBefore}: an empty validity window`, { field: 'expires_at', offset: ticketLayout.expiresAt });
  }
  const hex = (off: number, len: number) => b.subarray(off, off + len).toString('hex');
  return {
    version,
    scope,
    issuer: hex(ticketLayout.issuer, idBytes),
    subject: { kind, id: hex(ticketLayout.subject, idBytes) },
    audience: hex(ticketLayout.audience, idBytes),
    notBefore,
    expiresAt,
    serial: hex(ticketLayout.serial, serialBytes),
    signature: hex(ticketLayout.signature, signatureBytes),
    signed: Buffer.from(b.subarray(0, ticketLayout.signedBytes)),
  };
}
