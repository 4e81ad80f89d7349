/**
 * The demo upstream as a process, for multi-process tests and `npm run demo`:
 *
 *   node dist/src/surface/upstream-main.js --port P --fingerprint LABEL --slot-ms N [--name NAME] [--host H]
 *
 * `--fingerprint LABEL` picks the content variant the upstream presents (its
 * content hash is derived from LABEL, its fingerprint from that and the
 * stable id of NAME); two processes with the same NAME and LABEL present
 * the same fingerprint. On start it prints one JSON line
 * {"ready":true,endpoint,organism,stableId,contentHash,fingerprint}. It then
 * reads commands on stdin, one per line, and answers each with one JSON line:
 *   dark | resume | compact SEQ | present LABEL | publish SLOT | retire [EFFECTIVE_AT_MS] | status
 *   | flood FROM COUNT RATE   (publish slots FROM.. at RATE per second, in 10 ms batches; for bench:pipeline)
 * SIGTERM or SIGINT, or the end of stdin, stops it (exit 0).
 */
import { createInterface } from 'node:readline';
import { TesseraError } from '../common/errors.js';
import { DemoUpstream } from './upstream-source.js';

interface Args {
  port: number;
  host: string;
  name: string;
  label: string;
  slotMs: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { port: 0, host: '127.0.0.1', name: 'upstream', label: 'v1', slotMs: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: upstream-main --port P --fingerprint LABEL --slot-ms N [--name NAME] [--host H]\n');
      process.exit(0);
    }
    if (value === undefined) throw new TesseraError(`${flag}: missing value`, 'DEMO_UPSTREAM_USAGE');
    i++;
    const int = () => {
      if (!/^[0-9]+$/.test(value)) throw new TesseraError(`${flag}: expected a non-negative integer, got ${JSON.stringify(value)}`, 'DEMO_UPSTREAM_USAGE');
      return Number(value);
    };
    if (flag === '--port') args.port = int();
    else if (flag === '--slot-ms') args.slotMs = int();
    else if (flag === '--host') args.host = value;
    else if (flag === '--name') args.name = value;
    else if (flag === '--fingerprint' || flag === '--content') args.label = value;
    else throw new TesseraError(`unknown flag ${flag}`, 'DEMO_UPSTREAM_USAGE');
  }
  return args;
}

/** Publishes COUNT slots from FROM at RATE per second (batches every 10 ms), answering when done. */
function flood(up: DemoUpstream, [from, count, rate]: number[]): void {
  if (![from, count, rate].every((n) => Number.isSafeInteger(n) && n! >= 0) || rate === 0) {
    throw new TesseraError('flood FROM COUNT RATE: three non-negative integers, RATE > 0', 'DEMO_UPSTREAM_USAGE');
  }
  const t0 = Date.now();
  let next = 0;
  const step = () => {
    const due = Math.min(count!, Math.floor(((Date.now() - t0) * rate!) / 1000) + 1);
    for (; next < due; next++) up.publishSlot(from! + next);
    if (next < count!) setTimeout(step, 10);
    else say({ ok: true, command: 'flood-done', lastSequence: up.source.lastSequence(), ms: Date.now() - t0 });
  };
  step();
}

function say(obj: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`upstream-main: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const up = await DemoUpstream.start({ name: args.name, contentLabel: args.label, host: args.host, port: args.port, slotMs: args.slotMs });
  up.startClock();
  say({ ready: true, endpoint: up.endpoint, ...up.identity });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await up.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  const lines = createInterface({ input: process.stdin });
  lines.on('close', () => void stop());
  for await (const line of lines) {
    const [cmd, arg] = line.trim().split(/\s+/);
    try {
      if (cmd === 'dark') await up.goDark();
      else if (cmd === 'resume') await up.resume();
      else if (cmd === 'compact') up.compact(Number(arg));
      else if (cmd === 'present') say({ ok: true, command: cmd, ...up.present(arg ?? 'v1') });
      else if (cmd === 'publish') up.publishSlot(Number(arg));
      else if (cmd === 'flood') flood(up, line.trim().split(/\s+/).slice(1).map(Number));
      else if (cmd === 'retire') up.retire({ effectiveAt: arg === undefined ? Date.now() : Number(arg) });
      else if (cmd !== 'status' && cmd !== '') throw new TesseraError(`unknown command ${JSON.stringify(cmd)}`, 'DEMO_UPSTREAM_USAGE');
      if (cmd !== 'present' && cmd !== '') {
        say({ ok: true, command: cmd, serving: up.serving, firstSequence: up.source.firstSequence(), lastSequence: up.source.lastSequence() });
      }
    } catch (e) {
      say({ ok: false, command: cmd, error: (e as Error).message, code: (e as TesseraError).code });
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`upstream-main: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
