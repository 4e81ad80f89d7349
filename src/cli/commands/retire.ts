/**
 * `tessera retire`: proposes the organism's Retire command through the
 * admin service (docs/operators/retirement.md): on the local admin socket,
 * or on a remote admin endpoint with a request signed by a human operator's
 * key. Automation keys are refused by the seat (PERMISSION_DENIED, exit 3).
 */
import type { adminV1 } from '../../proto/index.js';
import { optBool, optString, optStrings, UsageError, type Command, type CommandContext } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { adminSocketPath, adminTargetOptions, callAdmin, callAdminRemote, remoteAdminOptions, remoteAdminTarget, timeoutMs, withAdmin } from '../admin-client.js';

type RetireRequest = adminV1.admin.v1.RetireRequest.$Properties;
type RetireResponse = adminV1.admin.v1.RetireResponse.$Properties;

const endpointPattern = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
/** ISO 8601 with a zone: a local time would mean a different instant on every host. */
const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * --effective-at: `now` (0 on the wire: the leader's clock decides, so it is
 * never behind a fact the leader already stamped), ms since the epoch, or
 * ISO 8601 with a zone (Z or ±hh:mm).
 */
export function parseEffectiveAt(v: string | undefined): number {
  if (v === undefined) throw new UsageError('--effective-at is required: now, an ISO 8601 time with a zone (2026-12-08T00:00:00Z) or ms since the epoch');
  if (v === 'now') return 0;
  if (/^\d+$/.test(v)) {
    const ms = Number(v);
    // Seconds instead of ms is the likely mistake: 10 digits is 1970 in ms.
    if (!Number.isSafeInteger(ms) || v.length < 12) throw new UsageError(`--effective-at ${v}: expected ms since the epoch (13 digits today); seconds are not accepted`);
    return ms;
  }
  if (!isoPattern.test(v)) throw new UsageError(`--effective-at '${v}': expected now, ms since the epoch, or ISO 8601 with a zone (e.g. 2026-12-08T00:00:00Z)`);
  const ms = Date.parse(v);
  if (!Number.isSafeInteger(ms)) throw new UsageError(`--effective-at '${v}' is not a valid time`);
  return ms;
}

/** The request the options describe (UsageError naming the option when they are wrong). */
export function retireRequestOf(ctx: CommandContext): RetireRequest {
  const effectiveAtMs = parseEffectiveAt(optString(ctx, 'effective-at'));
  const fingerprint = optString(ctx, 'replacement');
  const endpoints = optStrings(ctx, 'replacement-endpoint');
  if (fingerprint === undefined) {
    if (endpoints.length > 0) throw new UsageError('--replacement-endpoint needs --replacement FINGERPRINT (the successor\'s fingerprint)');
    return { effectiveAtMs };
  }
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) throw new UsageError(`--replacement must be the successor's fingerprint, 64 lowercase hex digits (tessera fingerprint CONFIG), got '${fingerprint}'`);
  if (endpoints.length > 16) throw new UsageError(`--replacement-endpoint: ${endpoints.length} given, at most 16`);
  for (const ep of endpoints) {
    if (!endpointPattern.test(ep) || Number(ep.slice(ep.lastIndexOf(':') + 1)) > 65535) throw new UsageError(`--replacement-endpoint must be host:port, got '${ep}'`);
  }
  return { effectiveAtMs, replacement: { fingerprint, endpoints } };
}

export function retireJson(res: RetireResponse): Record<string, unknown> {
  return {
    effectiveAtMs: Number(res.effectiveAtMs ?? 0),
    effectiveAt: new Date(Number(res.effectiveAtMs ?? 0)).toISOString(),
    replacement: res.replacement ? { fingerprint: res.replacement.fingerprint ?? '', endpoints: [...(res.replacement.endpoints ?? [])] } : null,
    inEffect: res.inEffect === true,
    lastSequence: Number(res.lastSequence ?? 0),
  };
}

function describeRetirement(res: RetireResponse): string {
  const j = retireJson(res);
  const r = j.replacement as { fingerprint: string; endpoints: string[] } | null;
  const lines = [
    `organism retirement committed: effective at ${String(j.effectiveAt)} (${String(j.effectiveAtMs)})`,
    j.inEffect
      ? `in effect: the last fact is sequence ${String(j.lastSequence)}; every Subscribe ends with the retirement marker`
      : `not yet in effect: facts up to ${String(j.effectiveAt)} still commit (last so far: ${String(j.lastSequence)}), then the leader seals it`,
    r === null ? 'no replacement: integrators are told the organism ended, with no successor' : `replacement ${r.fingerprint}${r.endpoints.length > 0 ? ` at ${r.endpoints.join(', ')}` : ''}`,
  ];
  return lines.join('\n') + '\n';
}

export const retireCommand: Command = {
  name: 'retire',
  summary: "retire this seat's organism: no fact after --effective-at; integrators get a retirement marker (human operator only)",
  usage: [
    'retire --effective-at T [--replacement FINGERPRINT [--replacement-endpoint HOST:PORT]...] (--instance NAME | --config PATH | --socket PATH) [--json]',
    'retire --effective-at T [--replacement ...] --remote HOST:PORT --operator NAME --operator-key PEM [--admin-ca PEM] [--json]',
  ],
  description: `
Proposes the organism's Retire command on the leader (a follower answers
with the leader's address, exit 3). Retirement is final: it cannot be
undone, and the organism commits no fact stamped after T. T may lie ahead:
facts up to T still commit, then the leader seals the retirement and every
Subscribe stream, Get and Scan ends with a RetirementMarker naming the
replacement (docs/operators/retirement.md). Retrying the same retirement
is answered, not refused; a different one after the first is refused
(exit 3, ORGANISM_ALREADY_RETIRED).

T is 'now' (the leader's clock when it proposes), ms since the epoch, or
ISO 8601 with a zone (2026-12-08T00:00:00Z).
Remote admin needs a human operator key ([[operator]] in the seat's config);
automation keys are refused (exit 3, ADMIN_AUTH_FORBIDDEN).

Exit codes: 0 committed, 2 usage, 3 refused (not the leader, already
retired differently, before the last fact, not an organism seat, key not
allowed), 4 the seat could not be reached.`,
  options: {
    'effective-at': { type: 'string', valueName: 'T', description: "when the retirement takes effect: now, ms since the epoch, or ISO 8601 with a zone" },
    replacement: { type: 'string', valueName: 'FINGERPRINT', description: "the successor organism's fingerprint (64 hex digits)" },
    'replacement-endpoint': { type: 'string', multiple: true, valueName: 'HOST:PORT', description: "a surface endpoint of the successor (repeatable, at most 16)" },
    ...adminTargetOptions,
    ...remoteAdminOptions,
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const request = retireRequestOf(ctx);
    const remote = remoteAdminTarget(ctx);
    const path = remote === undefined ? adminSocketPath(ctx) : undefined;
    const deadline = timeoutMs(ctx, 30_000);
    return withAdmin(ctx, 'retire', async () => {
      const res =
        remote !== undefined
          ? await callAdminRemote<RetireResponse>(remote, 'Retire', request, deadline)
          : await callAdmin<RetireResponse>(path!, 'Retire', request, deadline);
      ctx.io.stdout.write(optBool(ctx, 'json') ? `${JSON.stringify(retireJson(res))}\n` : describeRetirement(res));
      return ExitCode.Ok;
    });
  },
};
