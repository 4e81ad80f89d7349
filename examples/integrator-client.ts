/**
 * A complete integrator client of an organism's public surface
 * (tessera.surface.v1; docs/integrators/client-example.md walks through it).
 *
 *   npm run demo -- --surface 127.0.0.1:7401          # in one terminal
 *   node dist/examples/integrator-client.js --endpoint 127.0.0.1:7401 \
 *        --fingerprint <64 hex digits> --checkpoint /tmp/demo.seq [--count N] [--json]
 *
 * What it shows, in order:
 *  1. binding: the organism's fingerprint is compiled in (here: a flag) and
 *     sent with every call; the seat refuses any other organism's
 *     (FAILED_PRECONDITION, SURFACE_FINGERPRINT_MISMATCH) and we stop: a
 *     mismatch means rebind deliberately, never retry;
 *  2. the handshake: Status tells who serves (organism, committee, leader,
 *     last sequence, staleness, a retirement marker);
 *  3. resume semantics: the checkpoint file holds the last sequence we
 *     processed; we subscribe from it + 1 (inclusive), drop repeats
 *     (at-least-once), and after a cut-off or a lost seat subscribe again
 *     from the first sequence not yet processed, on the next endpoint;
 *  4. retirement: the stream's last item is a RetirementMarker naming the
 *     last sequence and the successor to rebind to.
 *
 * Exit codes: 0 done (count reached or the organism retired), 1 an error
 * the message names, 2 usage, 3 wrong organism (fingerprint mismatch),
 * 4 no endpoint reachable.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { TesseraError } from '../src/common/errors.js';
import type { Fact } from '../src/common/fact.js';
import { SurfaceClient, type RetirementMarker } from '../src/surface/index.js';

export interface ClientArgs {
  readonly endpoints: readonly string[];
  readonly fingerprint: string;
  readonly checkpoint: string | undefined;
  /** Stop after this many new facts (undefined: until retirement or a signal). */
  readonly count: number | undefined;
  readonly json: boolean;
}

export interface Output {
  write(line: string): void;
}

const usage = 'usage: integrator-client --endpoint HOST:PORT[,HOST:PORT...] --fingerprint HEX [--checkpoint FILE] [--count N] [--json]';

class UsageFailure extends Error {}

export function parseClientArgs(argv: readonly string[]): ClientArgs {
  let endpoints: string[] = [];
  let fingerprint = '';
  let checkpoint: string | undefined;
  let count: number | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') {
      json = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new UsageFailure(`${flag}: missing value`);
    if (flag === '--endpoint') endpoints = value.split(',');
    else if (flag === '--fingerprint') fingerprint = value;
    else if (flag === '--checkpoint') checkpoint = value;
    else if (flag === '--count') {
      if (!/^[1-9]\d{0,8}$/.test(value)) throw new UsageFailure(`--count must be a positive integer, got '${value}'`);
      count = Number(value);
    } else throw new UsageFailure(`unknown flag ${flag}`);
  }
  if (endpoints.length === 0 || endpoints.some((e) => !/^[A-Za-z0-9.[\]:-]+:\d{1,5}$/.test(e))) throw new UsageFailure('--endpoint HOST:PORT is required');
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) throw new UsageFailure('--fingerprint must be the organism fingerprint, 64 lowercase hex digits (tessera fingerprint CONFIG)');
  return { endpoints, fingerprint, checkpoint, count, json };
}

/** The last sequence processed (0: none yet). */
function loadCheckpoint(file: string | undefined): number {
  if (file === undefined) return 0;
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
  if (!/^\d+$/.test(text)) throw new TesseraError(`checkpoint ${file}: expected a sequence number, got ${JSON.stringify(text.slice(0, 40))}`, 'CLIENT_CHECKPOINT_INVALID');
  return Number(text);
}

/** Written after the fact is processed, atomically: a crash repeats at most the fact in hand, never skips one. */
function saveCheckpoint(file: string | undefined, sequence: number): void {
  if (file === undefined) return;
  writeFileSync(`${file}.tmp`, `${sequence}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Errors after which subscribing again (from the first unprocessed sequence) is right. */
const resumable = new Set(['SURFACE_CONSUMER_TOO_SLOW', 'SURFACE_RPC_UNAVAILABLE', 'SURFACE_RPC_CANCELLED', 'SURFACE_RPC_INTERNAL', 'SURFACE_RPC_DEADLINE_EXCEEDED', 'SURFACE_STREAM_GAP']);

export async function runIntegratorClient(argv: readonly string[], out: Output, signal?: AbortSignal): Promise<number> {
  let args: ClientArgs;
  try {
    args = parseClientArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageFailure)) throw e;
    out.write(`${e.message}\n${usage}`);
    return 2;
  }
  const say = (event: string, fields: Record<string, unknown>, text: string) => out.write(args.json ? JSON.stringify({ event, ...fields }) : text);

  let processed = loadCheckpoint(args.checkpoint);
  let delivered = 0;
  let endpointIndex = 0;
  let failuresInARow = 0;
  let bound = false;

  while (!signal?.aborted) {
    const endpoint = args.endpoints[endpointIndex % args.endpoints.length]!;
    const client = new SurfaceClient(endpoint, args.fingerprint, { callTimeoutMs: 5000 });
    try {
      // 1-2. Binding and handshake: Status with our fingerprint; a mismatch throws.
      const st = await client.status();
      if (!bound) {
        bound = true;
        say(
          'bound',
          { endpoint, organism: st.organism, committee: st.committee.length, leader: st.leader, lastSequence: st.lastSequence, stale: st.freshness.stale, resumeFrom: processed + 1 },
          `bound to organism ${st.organism} at ${endpoint}: ${st.committee.length} seats, last sequence ${st.lastSequence}${st.freshness.stale ? ' (stale: no quorum behind this seat)' : ''}; resuming from ${processed + 1}`,
        );
      }
      // 3. Resume: from the first sequence not yet processed (inclusive).
      const sub = client.subscribe(processed + 1);
      const abort = () => sub.cancel();
      signal?.addEventListener('abort', abort, { once: true });
      let marker: RetirementMarker | undefined;
      try {
        for await (const ev of sub) {
          failuresInARow = 0;
          if (ev.kind === 'retired') {
            marker = ev.marker;
            break;
          }
          const fact: Fact = ev.fact;
          if (fact.sequence <= processed) continue; // at-least-once: a repeat
          handleFact(fact, ev.stale);
          processed = fact.sequence;
          saveCheckpoint(args.checkpoint, processed);
          delivered++;
          if (args.count !== undefined && delivered >= args.count) {
            sub.cancel();
            say('stopped', { nextSequence: processed + 1 }, `stopped after ${delivered} facts; next run resumes from ${processed + 1}`);
            return 0;
          }
        }
      } finally {
        signal?.removeEventListener('abort', abort);
      }
      if (marker !== undefined) {
        // 4. Retirement: the organism committed its last fact; rebind to the successor deliberately.
        const r = marker.replacement;
        say(
          'retired',
          { effectiveAt: marker.effectiveAt, lastSequence: marker.lastSequence, replacement: r ?? null },
          `organism retired at ${new Date(marker.effectiveAt).toISOString()}; last sequence ${marker.lastSequence}` +
            (r ? `; rebind to ${r.fingerprint} at ${r.endpoints.join(', ') || '(endpoints not given)'}` : '; no successor named'),
        );
        return 0;
      }
    } catch (e) {
      if (signal?.aborted) break;
      const err = e instanceof TesseraError ? e : new TesseraError(e instanceof Error ? e.message : String(e), 'CLIENT_FAILED');
      if (err.code === 'SURFACE_FINGERPRINT_MISMATCH') {
        say('wrong-organism', { message: err.message }, `refusing to read: ${err.message}`);
        return 3;
      }
      if (err.code === 'SURFACE_SEQUENCE_COMPACTED') {
        say('compacted', { message: err.message }, `cannot resume from ${processed + 1}: ${err.message}; re-seed from a snapshot of your own, then resume from the first sequence served`);
        return 1;
      }
      if (!resumable.has(err.code)) {
        say('error', { code: err.code, message: err.message }, `${err.message} [${err.code}]`);
        return 1;
      }
      // A cut-off or a lost seat: the next endpoint, from the first unprocessed sequence.
      failuresInARow++;
      say('resume', { endpoint, code: err.code, nextSequence: processed + 1 }, `${endpoint}: ${err.code}; resuming from ${processed + 1} on the next endpoint`);
      if (failuresInARow >= 3 * args.endpoints.length) {
        say('unreachable', { endpoints: args.endpoints }, `no endpoint answered after ${failuresInARow} attempts`);
        return 4;
      }
      endpointIndex++;
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** Math.min(failuresInARow, 4))));
    } finally {
      client.close();
    }
  }
  return 0;

  function handleFact(fact: Fact, stale: boolean): void {
    say(
      'fact',
      { sequence: fact.sequence, key: fact.key, status: fact.status, missing: fact.missing.length, digest: Buffer.from(fact.digest).toString('hex'), stale },
      `#${fact.sequence} key ${fact.key} ${fact.status}${fact.missing.length > 0 ? ` (missing ${fact.missing.length})` : ''} ${Buffer.from(fact.digest).toString('hex').slice(0, 16)}…`,
    );
  }
}

// Run when executed directly (not when a test imports it).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort());
  process.on('SIGTERM', () => controller.abort());
  runIntegratorClient(process.argv.slice(2), { write: (line) => process.stdout.write(`${line}\n`) }, controller.signal).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`integrator-client: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
