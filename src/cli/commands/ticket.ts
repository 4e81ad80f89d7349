import { renameSync, rmSync, writeFileSync } from 'node:fs';

import { seatConfigFromDocument } from '../../config/index.js';
import {
  decodeTicket,
  generateIssuerKey,
  isoTime,
  issueTicket,
  readIssuerKeyFile,
  readTicketFile,
  subjectKinds,
  TicketError,
  ticketScopes,
  trustedIssuers,
  verifyTicket,
  writeIssuerKeyFile,
  type DecodedTicket,
  type SubjectKind,
  type TicketExpectation,
  type TicketScopeName,
} from '../../ticket/index.js';
import { optBool, optString, optStrings, UsageError, type Command, type CommandContext } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { loadNodeKey } from '../../node/seat-process.js';
import { argPath, configFailure, readConfigDocument } from './fingerprint.js';
import { loadRunConfig } from './run.js';

const hex64 = /^[0-9a-f]{64}$/;

/** --at, or the clock: the only place these commands read the time. */
function nowUnix(ctx: CommandContext): number {
  const at = optString(ctx, 'at');
  if (at === undefined) return Math.floor(Date.now() / 1000);
  if (!/^\d{1,15}$/.test(at)) throw new UsageError(`--at must be unix seconds (a non-negative integer), got '${at}'`);
  return Number(at);
}

function unixOption(ctx: CommandContext, name: string): number | undefined {
  const v = optString(ctx, name);
  if (v === undefined) return undefined;
  if (!/^\d{1,15}$/.test(v)) throw new UsageError(`--${name} must be unix seconds (a non-negative integer), got '${v}'`);
  return Number(v);
}

const durationUnits: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `90`, `90s`, `15m`, `12h`, `30d` → seconds. */
export function parseDuration(text: string, option: string): number {
  const m = /^(\d{1,9})([smhd]?)$/.exec(text);
  if (m === null) throw new UsageError(`--${option} must be a duration such as 3600, 90s, 15m, 12h or 30d, got '${text}'`);
  const seconds = Number(m[1]) * durationUnits[m[2] || 's']!;
  if (seconds <= 0) throw new UsageError(`--${option} must be longer than 0 s`);
  return seconds;
}

function parseScope(text: string | undefined, option: string): TicketScopeName | undefined {
  if (text === undefined) return undefined;
  const scope = ticketScopes.find((s) => s === text);
  if (scope === undefined) throw new UsageError(`--${option} must be one of ${ticketScopes.join(', ')}, got '${text}'`);
  return scope;
}

function parseSubject(text: string | undefined): { kind: SubjectKind; id: string } | undefined {
  if (text === undefined) return undefined;
  const [kind, id] = text.split(':');
  const k = subjectKinds.find((s) => s === kind);
  if (k === undefined || id === undefined || !hex64.test(id)) {
    throw new UsageError(`--subject must be KIND:HEX with KIND one of ${subjectKinds.join(', ')} and 64 lowercase hex digits, got '${text}'`);
  }
  return { kind: k, id };
}

function hexOption(ctx: CommandContext, name: string): string | undefined {
  const v = optString(ctx, name);
  if (v !== undefined && !hex64.test(v)) throw new UsageError(`--${name} must be 64 lowercase hex digits, got '${v}'`);
  return v;
}

function ticketJson(t: DecodedTicket, now: number): Record<string, unknown> {
  return {
    version: t.version,
    scope: t.scope,
    issuer: t.issuer,
    subject: t.subject,
    audience: t.audience,
    not_before: t.notBefore,
    expires_at: t.expiresAt,
    serial: t.serial,
    seconds_to_expiry: t.expiresAt - now,
  };
}

function ticketLines(t: DecodedTicket, now: number): string {
  const left = t.expiresAt - now;
  return (
    `version       ${t.version}\n` +
    `scope         ${t.scope}\n` +
    `issuer        ${t.issuer}\n` +
    `subject       ${t.subject.kind} ${t.subject.id}\n` +
    `audience      ${t.audience}\n` +
    `not before    ${isoTime(t.notBefore)} (${t.notBefore})\n` +
    `expires at    ${isoTime(t.expiresAt)} (${t.expiresAt}; ${left > 0 ? `in ${left} s` : `${-left} s ago`})\n` +
    `serial        ${t.serial}\n`
  );
}

/** Writes a ticket with mode 0600 through a temporary file, so a seat never reads half of a renewed ticket. */
function writeTicketFile(path: string, bytes: Buffer, hex: boolean): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, hex ? bytes.toString('hex') + '\n' : bytes, { mode: 0o600, flag: 'w' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    throw new TicketError(`cannot write ticket file ${path}: ${err.code ?? err.message}`, 'TICKET_FILE_UNWRITABLE', { path });
  }
}

export const ticketKeygenCommand: Command = {
  name: 'ticket keygen',
  summary: 'make a ticket issuer key (Ed25519) and print its public key for [[ticket_issuer]]',
  usage: ['ticket keygen --out FILE [--name NAME] [--json]'],
  description: `
Writes a new Ed25519 private key to FILE (PKCS#8 PEM, mode 0600; an existing
file is never overwritten) and prints its public key, 64 hex digits: list it
as public_key of a [[ticket_issuer]] in the organism's config (a fingerprint
change: docs/operators/tickets.md says how to rotate). Keep FILE on the
issuing operator's machine, never on a seat.`,
  options: {
    out: { type: 'string', short: 'o', valueName: 'FILE', description: 'where to write the private key (required)' },
    name: { type: 'string', valueName: 'NAME', description: 'the issuer name printed in the [[ticket_issuer]] snippet (default: ops)' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const out = optString(ctx, 'out');
    if (out === undefined) throw new UsageError('--out FILE is required');
    const path = argPath(ctx.io, out);
    const key = generateIssuerKey();
    writeIssuerKeyFile(path, key);
    const name = optString(ctx, 'name') ?? 'ops';
    if (optBool(ctx, 'json')) {
      ctx.io.stdout.write(JSON.stringify({ key_file: path, public_key: key.keyId }) + '\n');
    } else {
      ctx.io.stdout.write(
        `wrote ${path} (mode 0600)\npublic key  ${key.keyId}\n\n[[ticket_issuer]]\nname = "${name}"\npublic_key = "${key.keyId}"\nscope = ["seat", "integrator"]\n`,
      );
    }
    return ExitCode.Ok;
  },
};

export const ticketIssueCommand: Command = {
  name: 'ticket issue',
  summary: 'sign a ticket for a joining seat, an integrator or a downstream organism',
  usage: [
    'ticket issue --key FILE --scope seat|integrator --audience HEX --subject KIND:HEX (--valid-for DURATION | --expires-at UNIX) [--not-before UNIX] [--at UNIX] --out FILE [--hex] [--json]',
  ],
  description: `
Signs a ticket with the issuer key in FILE (from \`tessera ticket keygen\`)
and writes it to --out (mode 0600, replaced atomically so a seat reading it
never sees half a ticket). --hex writes it as hex text instead of bytes.

--scope seat admits a seat joining the committee (subject node:<its node key
id>, from \`tessera status\` or its log); --scope integrator admits a caller
of the surface (subject integrator:<its key> or organism:<the downstream
organism's stable id>). --audience is the stable id of the organism the
ticket is presented to (\`tessera fingerprint\` prints it). The window runs
from --not-before (default: now) for --valid-for (e.g. 30d, 12h) or to
--expires-at (unix seconds). Exit 1 for an unreadable key, 2 for bad options.`,
  options: {
    key: { type: 'string', short: 'k', valueName: 'FILE', description: 'the issuer private key (required)' },
    scope: { type: 'string', valueName: 'SCOPE', description: 'seat or integrator (required)' },
    audience: { type: 'string', valueName: 'HEX', description: 'stable id of the organism it is presented to (required)' },
    subject: { type: 'string', valueName: 'KIND:HEX', description: `who holds it: ${subjectKinds.join(', ')} and 64 hex digits (required)` },
    'valid-for': { type: 'string', valueName: 'DURATION', description: 'lifetime from not-before: seconds, or with s, m, h, d' },
    'expires-at': { type: 'string', valueName: 'UNIX', description: 'expiry, unix seconds' },
    'not-before': { type: 'string', valueName: 'UNIX', description: 'start of validity, unix seconds (default: now)' },
    at: { type: 'string', valueName: 'UNIX', description: 'the time taken as now (default: the clock)' },
    out: { type: 'string', short: 'o', valueName: 'FILE', description: 'where to write the ticket (required)' },
    hex: { type: 'boolean', description: 'write hex text instead of bytes' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const keyFile = optString(ctx, 'key');
    if (keyFile === undefined) throw new UsageError('--key FILE is required');
    const scope = parseScope(optString(ctx, 'scope'), 'scope');
    if (scope === undefined) throw new UsageError('--scope seat|integrator is required');
    const audience = hexOption(ctx, 'audience');
    if (audience === undefined) throw new UsageError('--audience HEX is required');
    const subject = parseSubject(optString(ctx, 'subject'));
    if (subject === undefined) throw new UsageError('--subject KIND:HEX is required');
    const out = optString(ctx, 'out');
    if (out === undefined) throw new UsageError('--out FILE is required');
    const now = nowUnix(ctx);
    const notBefore = unixOption(ctx, 'not-before') ?? now;
    const validFor = optString(ctx, 'valid-for');
    const expiresAtOption = unixOption(ctx, 'expires-at');
    if ((validFor === undefined) === (expiresAtOption === undefined)) throw new UsageError('give exactly one of --valid-for DURATION and --expires-at UNIX');
    const expiresAt = expiresAtOption ?? notBefore + parseDuration(validFor!, 'valid-for');
    if (expiresAt <= notBefore) throw new UsageError(`--expires-at ${expiresAt} must be after not-before ${notBefore}`);
    const key = readIssuerKeyFile(argPath(ctx.io, keyFile));
    const bytes = issueTicket(key, { scope, audience, subject, notBefore, expiresAt });
    const path = argPath(ctx.io, out);
    writeTicketFile(path, bytes, optBool(ctx, 'hex'));
    const t = decodeTicket(bytes);
    if (optBool(ctx, 'json')) ctx.io.stdout.write(JSON.stringify({ file: path, ...ticketJson(t, now) }) + '\n');
    else ctx.io.stdout.write(`wrote ${path} (mode 0600)\n${ticketLines(t, now)}`);
    return ExitCode.Ok;
  },
};

export const ticketVerifyCommand: Command = {
  name: 'ticket verify',
  summary: "verify a ticket against an organism's config (issuers, audience) at a time",
  usage: ['ticket verify FILE (--config CONFIG [--instance NAME] | --issuer HEX... --audience HEX) [--scope seat|integrator] [--subject KIND:HEX] [--at UNIX] [--json]'],
  description: `
Checks FILE as the organism would when it is presented: its structure, that
its issuer is one of the config's [[ticket_issuer]] keys (or, for a
self-signed integrator ticket, one of acl.integrators), its signature, its
scope (--scope, default the ticket's own) against the issuer's, that its
audience is the config's stable id, its subject (--subject, when given: a
join checks node:<key id>), and its window at --at (default now).
Without a config, --issuer (repeatable) and --audience say whom to trust.

Exit 0 when valid; 3 when refused, with the reason (e.g. TICKET_EXPIRED,
TICKET_SIGNATURE_INVALID) and a message naming the item; 1 when FILE cannot
be read; 5 when the config is invalid.`,
  options: {
    config: { type: 'string', short: 'c', valueName: 'CONFIG', description: "the organism's seat config" },
    instance: { type: 'string', valueName: 'NAME', description: 'unit instance (default: the config file name)' },
    issuer: { type: 'string', multiple: true, valueName: 'HEX', description: 'a trusted issuer public key, without --config (repeatable)' },
    audience: { type: 'string', valueName: 'HEX', description: 'the stable id it must be for, without --config' },
    scope: { type: 'string', valueName: 'SCOPE', description: "what it is presented for (default: the ticket's scope)" },
    subject: { type: 'string', valueName: 'KIND:HEX', description: 'the presenter it must name' },
    at: { type: 'string', valueName: 'UNIX', description: 'verification time, unix seconds (default: now)' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx) {
    const file = argPath(ctx.io, ctx.positionals[0]!);
    const now = nowUnix(ctx);
    const scopeOption = parseScope(optString(ctx, 'scope'), 'scope');
    const subject = parseSubject(optString(ctx, 'subject'));
    const configPath = optString(ctx, 'config');
    const issuerKeys = optStrings(ctx, 'issuer');
    let base: Omit<TicketExpectation, 'scope' | 'nowUnixS'>;
    if (configPath !== undefined) {
      if (issuerKeys.length > 0 || optString(ctx, 'audience') !== undefined) throw new UsageError('--issuer and --audience are taken from --config; give one or the other');
      try {
        const instance = optString(ctx, 'instance');
        const cfg = seatConfigFromDocument(readConfigDocument(argPath(ctx.io, configPath)), { ...(instance !== undefined ? { instance } : {}), env: {} });
        base = { issuers: trustedIssuers(cfg), audience: cfg.identity.stableIdHex, selfIssuers: [...cfg.acl.integrators] };
      } catch (e) {
        return configFailure('ticket verify', e, ctx.io);
      }
    } else {
      const audience = hexOption(ctx, 'audience');
      if (issuerKeys.length === 0 || audience === undefined) throw new UsageError('give --config CONFIG, or --issuer HEX and --audience HEX');
      for (const k of issuerKeys) if (!hex64.test(k)) throw new UsageError(`--issuer must be 64 lowercase hex digits, got '${k}'`);
      base = { issuers: issuerKeys.map((k, i) => ({ name: `issuer-${i + 1}`, publicKey: k, scope: [...ticketScopes] })), audience };
    }
    const bytes = readTicketFile(file);
    // The scope it is presented for defaults to its own; an undecodable ticket is refused by verifyTicket anyway.
    let scope: TicketScopeName = scopeOption ?? 'integrator';
    if (scopeOption === undefined) {
      try {
        scope = decodeTicket(bytes).scope;
      } catch {
        // verifyTicket names the problem below.
      }
    }
    const v = verifyTicket(bytes, { ...base, scope, nowUnixS: now, ...(subject !== undefined ? { subject } : {}) });
    const json = optBool(ctx, 'json');
    if (v.ok) {
      if (json) ctx.io.stdout.write(JSON.stringify({ file, valid: true, issuer_name: v.issuerName, ...ticketJson(v.ticket, now) }) + '\n');
      else ctx.io.stdout.write(`${file}: valid (${v.ticket.scope} ticket from ${v.issuerName}, expires in ${v.ticket.expiresAt - now} s)\n${ticketLines(v.ticket, now)}`);
      return ExitCode.Ok;
    }
    if (json) ctx.io.stdout.write(JSON.stringify({ file, valid: false, reason: v.error.code, message: v.error.message }) + '\n');
    else ctx.io.stdout.write(`${file}: REFUSED [${v.error.code}]\n${v.error.message}\n`);
    return ExitCode.CheckFailed;
  },
};

export const ticketInspectCommand: Command = {
  name: 'ticket inspect',
  summary: "print a ticket's fields (no signature check)",
  usage: ['ticket inspect FILE [--at UNIX] [--json]'],
  description: `
Decodes FILE (bytes, or hex text) and prints its version, scope, issuer,
subject, audience, validity window with the seconds left at --at (default
now) and serial. Structure only: \`tessera ticket verify\` checks the
signature and the organism's issuers. A malformed file exits 1 naming the
field, e.g. \`the ticket is 100 bytes and ends in its audience at offset 100
[TICKET_TRUNCATED]\`.`,
  options: {
    at: { type: 'string', valueName: 'UNIX', description: 'the time the seconds to expiry are counted from (default: now)' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx) {
    const file = argPath(ctx.io, ctx.positionals[0]!);
    const now = nowUnix(ctx);
    const t = decodeTicket(readTicketFile(file));
    if (optBool(ctx, 'json')) ctx.io.stdout.write(JSON.stringify({ file, ...ticketJson(t, now) }) + '\n');
    else ctx.io.stdout.write(ticketLines(t, now));
    return ExitCode.Ok;
  },
};

export const ticketNodeIdCommand: Command = {
  name: 'ticket node-id',
  summary: "print this seat's node key id, the subject of its join ticket (creates the key if absent)",
  usage: ['ticket node-id (--instance NAME | --config PATH) [--data-dir DIR] [--json]'],
  description: `
Prints the node key id of the seat the config describes, as \`node:<64 hex>\`:
the --subject of the seat ticket it needs to join a committee whose
[[ticket_issuer]] has scope "seat". A new host has no node key yet: it is
created here exactly as \`tessera run\` would (seat.node_key, mode 0600), so
run this as the seat's user (builder) before its first start, send the id to
the issuing operator, and put the ticket at committee.ticket.`,
  options: {
    instance: { type: 'string', valueName: 'NAME', description: 'the unit instance (config /etc/builder/NAME.toml)' },
    config: { type: 'string', valueName: 'PATH', description: 'config file' },
    'data-dir': { type: 'string', valueName: 'DIR', description: 'override seat.data_dir, as tessera run --data-dir' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    let cfg;
    try {
      cfg = loadRunConfig(ctx, {});
    } catch (e) {
      if (e instanceof UsageError) throw e;
      return configFailure('ticket node-id', e, ctx.io);
    }
    const key = loadNodeKey(cfg);
    if (optBool(ctx, 'json')) ctx.io.stdout.write(JSON.stringify({ key_id: key.keyId, subject: `node:${key.keyId}`, node_key: cfg.seat.nodeKey, audience: cfg.identity.stableIdHex }) + '\n');
    else ctx.io.stdout.write(`subject   node:${key.keyId}\naudience  ${cfg.identity.stableIdHex}\n`);
    return ExitCode.Ok;
  },
};

export const ticketCommands: readonly Command[] = [ticketKeygenCommand, ticketIssueCommand, ticketVerifyCommand, ticketInspectCommand, ticketNodeIdCommand];
