import type { ExitCode } from './exit-codes.js';

/** Where a command reads and writes: the process's streams, or a test's buffers. */
export interface CommandIO {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string | Uint8Array): unknown };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Shown in --help as `--name VALUE`. */
  valueName?: string;
  description: string;
}

export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  io: CommandIO;
}

export interface Command {
  /** Words after `tessera`, e.g. `hash` or `quote inspect`. */
  name: string;
  summary: string;
  /** One line per form, without the leading `tessera `. */
  usage: string[];
  /** Paragraphs shown by --help after the usage. */
  description?: string;
  options: Record<string, OptionSpec>;
  positionals: { min: number; max: number; names: string };
  run(ctx: CommandContext): Promise<ExitCode>;
}

/** A usage error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Typed accessors for parsed option values. */
export function optString(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function optBool(ctx: CommandContext, name: string): boolean {
  return ctx.values[name] === true;
}

export function optStrings(ctx: CommandContext, name: string): string[] {
  const v = ctx.values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/** Parses a non-negative integer option, or throws a UsageError naming it. */
export function optUint(ctx: CommandContext, name: string): number | undefined {
  const v = optString(ctx, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`--${name} must be a non-negative integer, got '${v}'`);
  }
  return Number(v);
}
