import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { TesseraError } from '../../common/errors.js';
import { computeMrtd, mrtdOrders, parseTdvf, type MrtdOrder } from '../../attest/mrtd.js';
import { UsageError, optBool, optString, type Command, type CommandContext } from '../command.js';
import { ExitCode } from '../exit-codes.js';

/** Firmware images above this are refused before reading (a TDVF is a few MiB). */
export const firmwareBytesMax = 64 * 1024 * 1024;

export function readInput(ctx: CommandContext, path: string, max: number, what: string): Buffer {
  const p = resolve(ctx.io.cwd, path);
  let buf: Buffer;
  try {
    buf = readFileSync(p);
  } catch (e) {
    throw new TesseraError(`cannot read ${what} ${p}: ${(e as Error).message}`, 'CLI_INPUT_UNREADABLE', { path: p });
  }
  if (buf.length > max) throw new TesseraError(`${what} ${p} is ${buf.length} bytes, more than ${max}`, 'CLI_INPUT_TOO_LARGE', { path: p });
  return buf;
}

export function expectHex(ctx: CommandContext): string | undefined {
  const v = optString(ctx, 'expect');
  if (v === undefined) return undefined;
  if (!/^[0-9a-fA-F]{96}$/.test(v)) throw new UsageError(`--expect must be 96 hex digits (48 bytes), got '${v}'`);
  return v.toLowerCase();
}

export const mrtdComputeCommand: Command = {
  name: 'mrtd compute',
  summary: 'compute MR_TD from a TDVF (OVMF for TDX) firmware image',
  usage: ['mrtd compute FIRMWARE [--order two-pass|per-page] [--expect HEX] [--json]'],
  description: `
Parses the TDVF metadata of FIRMWARE (TDX.md section 4) and prints MR_TD as
96 hex digits, then the sections. --order picks the measurement order:
two-pass (all of a section's MEM.PAGE.ADD, then its MR.EXTEND; the default,
as mosaik does) or per-page (interleaved, as some QEMU/KVM versions do).
With --expect, exits 3 when MR_TD differs from HEX.`,
  options: {
    order: { type: 'string', valueName: 'ORDER', description: 'two-pass (default) or per-page' },
    expect: { type: 'string', valueName: 'HEX', description: 'exit 3 unless MR_TD equals HEX' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 1, max: 1, names: 'FIRMWARE' },
  async run(ctx) {
    const orderArg = optString(ctx, 'order') ?? 'two-pass';
    if (!(mrtdOrders as readonly string[]).includes(orderArg)) throw new UsageError(`--order must be two-pass or per-page, got '${orderArg}'`);
    const order = orderArg as MrtdOrder;
    const want = expectHex(ctx);
    const path = ctx.positionals[0]!;
    const image = readInput(ctx, path, firmwareBytesMax, 'firmware');
    const metadata = parseTdvf(image);
    const mrtd = computeMrtd(image, order).toString('hex');
    const matches = want === undefined ? undefined : want === mrtd;
    if (optBool(ctx, 'json')) {
      ctx.io.stdout.write(JSON.stringify({ mrtd, order, file: path, ...(matches === undefined ? {} : { matches }), ...metadata }) + '\n');
    } else {
      ctx.io.stdout.write(`${mrtd}\n`);
      ctx.io.stdout.write(`order: ${order}; TDVF descriptor v${metadata.version} at 0x${metadata.descriptorOffset.toString(16)}, ${metadata.sections.length} sections:\n`);
      metadata.sections.forEach((s, i) => {
        const attrs = [s.mrExtend ? 'MR.EXTEND' : '', s.pageAug ? 'PAGE.AUG' : ''].filter(Boolean).join('|') || '-';
        ctx.io.stdout.write(
          `  ${i}  ${s.typeName.padEnd(12)} mem 0x${s.memoryAddress.toString(16)} +0x${s.memorySize.toString(16)}  data 0x${s.dataOffset.toString(16)} +0x${s.rawSize.toString(16)}  ${attrs}\n`,
        );
      });
      if (matches === false) ctx.io.stderr.write(`tessera mrtd compute: MR_TD ${mrtd} differs from the expected ${want}\n`);
    }
    return matches === false ? ExitCode.CheckFailed : ExitCode.Ok;
  },
};
