import { TesseraError } from '../../common/errors.js';
import { replayRtmr, type RtmrEvent } from '../../attest/mrtd.js';
import { UsageError, optBool, optString, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { expectHex, readInput } from './mrtd-compute.js';

/** Event files above this are refused. */
export const eventsFileBytesMax = 16 * 1024 * 1024;

/** Parses an events file: a JSON array of {"digest": hex96} | {"data": hex} | {"text": string}. */
export function parseEvents(text: string, path: string): RtmrEvent[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new TesseraError(`events file ${path} is not JSON: ${(e as Error).message}`, 'RTMR_EVENTS_INVALID', { path });
  }
  if (!Array.isArray(v)) throw new TesseraError(`events file ${path} must hold a JSON array`, 'RTMR_EVENTS_INVALID', { path });
  return v.map((e: unknown, i: number): RtmrEvent => {
    const bad = (why: string) => new TesseraError(`events file ${path}: event ${i} ${why}`, 'RTMR_EVENTS_INVALID', { path, index: i });
    if (typeof e !== 'object' || e === null) throw bad('is not an object');
    const o = e as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length !== 1) throw bad(`must have exactly one of digest, data, text (has ${keys.join(', ') || 'none'})`);
    if (typeof o.digest === 'string') {
      if (!/^[0-9a-fA-F]{96}$/.test(o.digest)) throw bad('digest must be 96 hex digits');
      return { digest: Buffer.from(o.digest, 'hex') };
    }
    if (typeof o.data === 'string') {
      if (!/^(?:[0-9a-fA-F]{2})*$/.test(o.data)) throw bad('data must be hex');
      return { data: Buffer.from(o.data, 'hex') };
    }
    if (typeof o.text === 'string') return { data: Buffer.from(o.text, 'utf8') };
    throw bad('must have a string digest, data or text');
  });
}

export const mrtdRtmrCommand: Command = {
  name: 'mrtd rtmr',
  summary: 'replay RTMR extensions from a list of events',
  usage: ['mrtd rtmr --events FILE [--initial HEX] [--expect HEX] [--json]'],
  description: `
Replays rtmr = SHA-384(rtmr || SHA-384(event)) over the events in FILE, a
JSON array whose elements are {"digest": "<96 hex>"} (an event already
hashed), {"data": "<hex>"} or {"text": "<utf-8>"}. Starts from zero (or
--initial) and prints the final value as 96 hex digits. With --expect,
exits 3 when it differs from HEX.`,
  options: {
    events: { type: 'string', valueName: 'FILE', description: 'JSON array of events' },
    initial: { type: 'string', valueName: 'HEX', description: 'starting value (default 48 zero bytes)' },
    expect: { type: 'string', valueName: 'HEX', description: 'exit 3 unless the result equals HEX' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const eventsPath = optString(ctx, 'events');
    if (eventsPath === undefined) throw new UsageError('--events FILE is required');
    const initialHex = optString(ctx, 'initial');
    if (initialHex !== undefined && !/^[0-9a-fA-F]{96}$/.test(initialHex)) throw new UsageError(`--initial must be 96 hex digits, got '${initialHex}'`);
    const want = expectHex(ctx);
    const events = parseEvents(readInput(ctx, eventsPath, eventsFileBytesMax, 'events file').toString('utf8'), eventsPath);
    const rtmr = replayRtmr(events, initialHex === undefined ? undefined : Buffer.from(initialHex, 'hex')).toString('hex');
    const matches = want === undefined ? undefined : want === rtmr;
    if (optBool(ctx, 'json')) {
      ctx.io.stdout.write(JSON.stringify({ rtmr, events: events.length, ...(matches === undefined ? {} : { matches }) }) + '\n');
    } else {
      ctx.io.stdout.write(`${rtmr}\n`);
      if (matches === false) ctx.io.stderr.write(`tessera mrtd rtmr: ${rtmr} differs from the expected ${want}\n`);
    }
    return matches === false ? ExitCode.CheckFailed : ExitCode.Ok;
  },
};
