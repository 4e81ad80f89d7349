import { open } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

import { createHasher, streamHashAlgs, type Hasher, type StreamHashAlg } from '../../hash/index.js';
import { optString, UsageError, type Command, type CommandIO } from '../command.js';
import { ExitCode } from '../exit-codes.js';

/** Bytes read from a file per read(): large enough for the SIMD paths, small enough to stream a multi-GB file. */
const readChunkBytes = 1024 * 1024;

/**
 * The line for one input, as b3sum and sha256sum print it: a name holding a
 * backslash or a newline is escaped and the line starts with a backslash.
 */
export function formatHashLine(hex: string, name: string): string {
  if (!/[\\\n\r]/.test(name)) return `${hex}  ${name}\n`;
  const escaped = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return `\\${hex}  ${escaped}\n`;
}

async function hashFile(path: string, hasher: Hasher): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(readChunkBytes);
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      hasher.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hasher.digest();
}

async function hashStream(stream: NodeJS.ReadableStream, hasher: Hasher): Promise<Buffer> {
  for await (const chunk of stream) {
    hasher.update(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return hasher.digest();
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  // Node's messages read "ENOENT: no such file or directory, open 'x'"; keep
  // the middle (the name is printed already).
  const reason = err.syscall !== undefined ? err.message.replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '') : err.message;
  return `${reason} [${err.code ?? 'HASH_INPUT_UNREADABLE'}]`;
}

function parseAlg(value: string | undefined): StreamHashAlg {
  if (value === undefined) return 'blake3';
  const alg = streamHashAlgs.find((a) => a === value);
  if (alg === undefined) throw new UsageError(`unknown --alg '${value}' (expected ${streamHashAlgs.join(', ')})`);
  return alg;
}

async function hashInput(name: string, alg: StreamHashAlg, io: CommandIO): Promise<Buffer> {
  if (name === '-') return hashStream(io.stdin, createHasher(alg));
  return hashFile(isAbsolute(name) ? name : join(io.cwd, name), createHasher(alg));
}

export const hashCommand: Command = {
  name: 'hash',
  summary: 'print the BLAKE3 (or SHA-256, SHA-384, CRC32C) digest of files or stdin',
  usage: ['hash [--alg blake3|sha256|sha384|crc32c] [FILE|-]...'],
  description: `
Prints one line per input, \`<hex>  <name>\`, as b3sum does; \`-\` (or no
FILE at all) reads standard input, printed as \`-\`. Files are streamed, so
any size works. An unreadable input is reported on stderr with its name and
the others are still hashed; the exit code is then 1.`,
  options: {
    alg: { type: 'string', short: 'a', valueName: 'ALG', description: `algorithm: ${streamHashAlgs.join(', ')} (default blake3)` },
  },
  // Bounded by the operating system's argument list.
  positionals: { min: 0, max: Number.POSITIVE_INFINITY, names: '[FILE|-]...' },
  async run(ctx) {
    const alg = parseAlg(optString(ctx, 'alg'));
    const inputs = ctx.positionals.length === 0 ? ['-'] : ctx.positionals;
    let code: ExitCode = ExitCode.Ok;
    for (const name of inputs) {
      try {
        const digest = await hashInput(name, alg, ctx.io);
        ctx.io.stdout.write(formatHashLine(digest.toString('hex'), name));
      } catch (e) {
        ctx.io.stderr.write(`tessera hash: ${name}: ${describeError(e)}\n`);
        code = ExitCode.Failure;
      }
    }
    return code;
  },
};
