/**
 * `tessera slot-walk --key K ORGANISM=[FPR@]HOST:PORT[,HOST:PORT]...`: asks
 * each organism of a pipeline (upstream first) for one key over its public
 * surface and names the last one that committed it: where a slot stopped on
 * its way down the pipeline (docs/operators/cli.md#tessera-slot-walk).
 */
import { TesseraError } from '../../common/errors.js';
import type { Fact } from '../../common/fact.js';
import { SurfaceClient, type SurfaceStatus } from '../../surface/index.js';
import { optBool, optString, UsageError, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { timeoutMs } from '../admin-client.js';

const namePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const endpointPattern = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
const keyBytesMax = 256;

export interface WalkTarget {
  readonly name: string;
  /** The fingerprint to present, or undefined to discover it with Status (not pinned). */
  readonly fingerprint: string | undefined;
  readonly endpoints: readonly string[];
}

/** Parses `NAME=[FPR@]HOST:PORT[,HOST:PORT...]`. */
export function parseWalkTarget(arg: string): WalkTarget {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new UsageError(`'${arg}': expected ORGANISM=[FINGERPRINT@]HOST:PORT[,HOST:PORT...]`);
  const name = arg.slice(0, eq);
  if (!namePattern.test(name)) throw new UsageError(`'${name}': an organism label is 1 to 64 letters, digits, '_', '.', '-'`);
  let rest = arg.slice(eq + 1);
  let fingerprint: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    fingerprint = rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (!/^[0-9a-f]{64}$/.test(fingerprint)) throw new UsageError(`${name}: the fingerprint before '@' must be 64 lowercase hex digits (tessera fingerprint CONFIG), got '${fingerprint}'`);
  }
  const endpoints = rest.split(',');
  for (const ep of endpoints) {
    if (!endpointPattern.test(ep) || Number(ep.slice(ep.lastIndexOf(':') + 1)) > 65535) throw new UsageError(`${name}: endpoint must be host:port, got '${ep}'`);
  }
  return { name, fingerprint, endpoints };
}

export type WalkState = 'committed' | 'not-committed' | 'unreachable' | 'refused';

export interface WalkStep {
  readonly organism: string;
  readonly state: WalkState;
  /** The endpoint that answered (or the last one tried). */
  readonly endpoint: string;
  readonly fingerprint: string;
  /** False when the fingerprint was discovered with Status rather than given. */
  readonly pinned: boolean;
  readonly servedName?: string;
  readonly lastSequence?: number;
  readonly stale?: boolean;
  readonly retired?: boolean;
  readonly fact?: {
    readonly sequence: number;
    readonly status: string;
    readonly appliedAtMs: number;
    readonly digest: string;
    readonly missing: readonly string[];
    /** The pointer this fact holds to the previous organism's record of the key, when it spans it. */
    readonly cites?: { readonly organism: string; readonly sequence: number; readonly matches: boolean };
  };
  /** Why it is unreachable or refused: the error code and message. */
  readonly error?: { readonly code: string; readonly message: string };
}

export interface WalkResult {
  readonly key: string;
  readonly steps: readonly WalkStep[];
  /** The last organism, in pipeline order, that committed the key (undefined: none did). */
  readonly lastCommitted: string | undefined;
  readonly exitCode: ExitCode;
}

const unreachableCodes = new Set(['SURFACE_RPC_UNAVAILABLE', 'SURFACE_RPC_DEADLINE_EXCEEDED', 'SURFACE_UNAVAILABLE', 'SURFACE_RPC_CANCELLED']);

interface Probe {
  readonly status: SurfaceStatus;
  readonly fingerprint: string;
  readonly fact: Fact | undefined;
  readonly retired: boolean;
  readonly stale: boolean;
}

async function probe(endpoint: string, target: WalkTarget, key: string, callTimeoutMs: number): Promise<Probe> {
  let fingerprint = target.fingerprint;
  if (fingerprint === undefined) {
    const discovery = new SurfaceClient(endpoint, '', { callTimeoutMs });
    try {
      fingerprint = Buffer.from((await discovery.status()).fingerprint).toString('hex');
    } finally {
      discovery.close();
    }
  }
  const client = new SurfaceClient(endpoint, fingerprint, { callTimeoutMs });
  try {
    const status = await client.status();
    let fact: Fact | undefined;
    let retired = status.retirement !== undefined;
    let stale = status.freshness.stale;
    try {
      const got = await client.get(key);
      fact = got.fact;
      retired ||= got.retirement !== undefined;
      stale = got.freshness.stale;
    } catch (e) {
      if (!(e instanceof TesseraError && e.code === 'SURFACE_NOT_FOUND')) throw e;
    }
    return { status, fingerprint, fact, retired, stale };
  } finally {
    client.close();
  }
}

/** Walks the pipeline for `key`: each organism in order, each endpoint in order until one answers. */
export async function slotWalk(key: string, targets: readonly WalkTarget[], callTimeoutMs: number): Promise<WalkResult> {
  const steps: WalkStep[] = [];
  // Evidence in organism i points at organism i-1's record by its stable id.
  let previous: { name: string; stableId: string; fact: Fact | undefined } | undefined;
  for (const target of targets) {
    let step: WalkStep | undefined;
    let lastError: { code: string; message: string } | undefined;
    let lastEndpoint = target.endpoints[0]!;
    for (const endpoint of target.endpoints) {
      lastEndpoint = endpoint;
      try {
        const p = await probe(endpoint, target, key, callTimeoutMs);
        const stableId = Buffer.from(p.status.stableId).toString('hex');
        let cites: { organism: string; sequence: number; matches: boolean } | undefined;
        if (p.fact !== undefined && previous !== undefined) {
          const pointer = p.fact.evidence.find((e) => e.member === previous!.stableId);
          if (pointer !== undefined) cites = { organism: previous.name, sequence: pointer.sequence, matches: previous.fact?.sequence === pointer.sequence };
        }
        step = {
          organism: target.name,
          state: p.fact !== undefined ? 'committed' : 'not-committed',
          endpoint,
          fingerprint: p.fingerprint,
          pinned: target.fingerprint !== undefined,
          servedName: p.status.organism,
          lastSequence: p.status.lastSequence,
          stale: p.stale,
          retired: p.retired,
          ...(p.fact !== undefined
            ? {
                fact: {
                  sequence: p.fact.sequence,
                  status: p.fact.status,
                  appliedAtMs: p.fact.appliedAt,
                  digest: Buffer.from(p.fact.digest).toString('hex'),
                  missing: [...p.fact.missing],
                  ...(cites !== undefined ? { cites } : {}),
                },
              }
            : {}),
        };
        previous = { name: target.name, stableId, fact: p.fact };
        break;
      } catch (e) {
        const err = e instanceof TesseraError ? e : new TesseraError(e instanceof Error ? e.message : String(e), 'SLOT_WALK_FAILED');
        lastError = { code: err.code, message: err.message };
        if (!unreachableCodes.has(err.code)) {
          // The organism answered and said no (wrong fingerprint, bad key, no ticket): another endpoint would say the same.
          step = { organism: target.name, state: 'refused', endpoint, fingerprint: target.fingerprint ?? '', pinned: target.fingerprint !== undefined, error: lastError };
          break;
        }
      }
    }
    if (step === undefined) {
      step = { organism: target.name, state: 'unreachable', endpoint: lastEndpoint, fingerprint: target.fingerprint ?? '', pinned: target.fingerprint !== undefined, ...(lastError ? { error: lastError } : {}) };
    }
    if (step.state !== 'committed' && step.state !== 'not-committed') previous = undefined;
    steps.push(step);
  }
  const committed = steps.filter((s) => s.state === 'committed');
  const lastCommitted = committed[committed.length - 1]?.organism;
  let exitCode: ExitCode = ExitCode.Ok;
  if (steps.some((s) => s.state === 'refused')) exitCode = ExitCode.Failure;
  else if (steps.some((s) => s.state === 'unreachable')) exitCode = ExitCode.Unavailable;
  else if (steps[steps.length - 1]!.state !== 'committed') exitCode = ExitCode.CheckFailed;
  return { key, steps, lastCommitted, exitCode };
}

function formatWalk(r: WalkResult): string {
  const rows = r.steps.map((s) => {
    let what: string;
    switch (s.state) {
      case 'committed': {
        const f = s.fact!;
        const cites = f.cites ? `, cites ${f.cites.organism} #${f.cites.sequence}${f.cites.matches ? '' : ' (NOT its fact for this key)'}` : '';
        what = `committed #${f.sequence} ${f.status}${f.missing.length > 0 ? ` (missing ${f.missing.length})` : ''} at ${new Date(f.appliedAtMs).toISOString()}${cites}`;
        break;
      }
      case 'not-committed':
        what = `not committed (last sequence ${s.lastSequence ?? 0})`;
        break;
      case 'unreachable':
        what = `UNREACHABLE: ${s.error?.message ?? 'no endpoint answered'}`;
        break;
      case 'refused':
        what = `REFUSED: ${s.error?.message ?? ''} [${s.error?.code ?? ''}]`;
        break;
    }
    const notes = [s.stale ? 'stale' : '', s.retired ? 'retired' : '', s.state !== 'unreachable' && s.state !== 'refused' && !s.pinned ? 'fingerprint discovered, not pinned' : '']
      .filter((n) => n !== '')
      .join(', ');
    return [s.organism, s.endpoint, what + (notes ? `  [${notes}]` : '')];
  });
  const w0 = Math.max(...rows.map((x) => x[0]!.length));
  const w1 = Math.max(...rows.map((x) => x[1]!.length));
  const lines = [`key ${r.key}`, ...rows.map(([a, b, c]) => `  ${a!.padEnd(w0)}  ${b!.padEnd(w1)}  ${c}`)];
  const last = r.steps[r.steps.length - 1]!;
  if (r.lastCommitted === undefined) lines.push('last committed by: none');
  else lines.push(`last committed by: ${r.lastCommitted}${r.lastCommitted === last.organism ? ' (the end of the pipeline)' : ''}`);
  return lines.join('\n') + '\n';
}

export const slotWalkCommand: Command = {
  name: 'slot-walk',
  summary: 'ask each organism of a pipeline for one key and name the last that committed it',
  usage: ['slot-walk --key K ORGANISM=[FINGERPRINT@]HOST:PORT[,HOST:PORT...]... [--json] [--timeout-ms MS]'],
  description: `
List the organisms upstream first (B spans A: A=... B=...). Each is asked
over its public surface (Status, then Get K) at its first endpoint that
answers. Give each organism's fingerprint (FINGERPRINT@HOST:PORT, from
tessera fingerprint CONFIG) to check you reach the organism you mean;
without it the fingerprint is discovered with Status and marked "not
pinned". For each organism that committed K it prints the fact's sequence,
status and time, and whether it cites the previous organism's fact.

Exit codes: 0 the last organism committed K; 3 the walk stops short (some
organism has not committed K: the output names the last that did, or none);
4 an organism could not be reached on any endpoint; 1 an organism refused
the query (wrong fingerprint, invalid key, no ticket); 2 usage.`,
  options: {
    key: { type: 'string', valueName: 'K', description: 'the key (slot) to look for' },
    json: { type: 'boolean', description: 'print one JSON object' },
    'timeout-ms': { type: 'string', valueName: 'MS', description: 'per call (default 5000)' },
  },
  positionals: { min: 1, max: 64, names: 'ORGANISM=[FINGERPRINT@]HOST:PORT[,HOST:PORT...]...' },
  async run(ctx) {
    const key = optString(ctx, 'key');
    if (key === undefined || key === '') throw new UsageError('--key K is required');
    if (Buffer.byteLength(key, 'utf8') > keyBytesMax) throw new UsageError(`--key is ${Buffer.byteLength(key, 'utf8')} bytes, at most ${keyBytesMax}`);
    const targets = ctx.positionals.map(parseWalkTarget);
    const seen = new Set<string>();
    for (const t of targets) {
      if (seen.has(t.name)) throw new UsageError(`organism ${t.name} is listed twice`);
      seen.add(t.name);
    }
    const result = await slotWalk(key, targets, timeoutMs(ctx, 5000));
    ctx.io.stdout.write(optBool(ctx, 'json') ? `${JSON.stringify(result)}\n` : formatWalk(result));
    return result.exitCode;
  },
};
