/**
 * The environment files of OPERATIONS.md (/etc/builder/common.env, then
 * /etc/builder/<instance>.env, both optional), read by `tessera run` when
 * systemd did not already read them (EnvironmentFile= in builder@.service).
 *
 * Precedence, lowest first: common.env, <instance>.env, then the process's
 * own environment (a variable set in the shell or by systemd always wins).
 * This is systemd's order for the two files; the shell winning lets an
 * operator override one variable for one manual run.
 *
 * The syntax is the subset of systemd's EnvironmentFile= that operators
 * write: `KEY=value` per line, `#` or `;` comment lines, blank lines, an
 * optional `export ` prefix, values optionally in single or double quotes
 * (double quotes understand \" \\ \n \t \$). Anything else is an error
 * naming the file and line: a silently ignored line would be a surprise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { TesseraError } from '../common/errors.js';

export const envFilesDirDefault = '/etc/builder';
export const commonEnvFileName = 'common.env';
/** No operator writes a bigger environment file; a bigger one is a mistake (a binary, a log). */
export const envFileBytesMax = 64 * 1024;

const keyPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses one environment file. Throws ENV_FILE_INVALID naming file and line. */
export function parseEnvFile(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const body = line.startsWith('export ') ? line.slice('export '.length).trimStart() : line;
    const eq = body.indexOf('=');
    const fail = (why: string): never => {
      throw new TesseraError(`${file}:${lineNo}: ${why}`, 'ENV_FILE_INVALID', { file, line: lineNo });
    };
    if (eq <= 0) fail('expected KEY=value');
    const key = body.slice(0, eq).trim();
    if (!keyPattern.test(key)) fail(`${JSON.stringify(key)} is not a variable name ([A-Za-z_][A-Za-z0-9_]*)`);
    out.set(key, unquote(body.slice(eq + 1).trim(), fail));
  });
  return out;
}

function unquote(v: string, fail: (why: string) => never): string {
  if (v.startsWith("'")) {
    if (v.length < 2 || !v.endsWith("'")) fail('unterminated single quote');
    return v.slice(1, -1);
  }
  if (v.startsWith('"')) {
    if (v.length < 2 || !v.endsWith('"')) fail('unterminated double quote');
    const inner = v.slice(1, -1);
    let s = '';
    for (let k = 0; k < inner.length; k++) {
      const c = inner[k]!;
      if (c !== '\\') {
        if (c === '"') fail('a double quote inside a double-quoted value must be written \\"');
        s += c;
        continue;
      }
      const n = inner[++k];
      if (n === undefined) fail('a value ends with a lone backslash');
      const escapes: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', $: '$' };
      const e = escapes[n!];
      if (e === undefined) fail(`unknown escape \\${n}`);
      s += e;
    }
    return s;
  }
  return v;
}

/** True when systemd started us as a service (it has then read EnvironmentFile= itself). */
export function underSystemd(env: NodeJS.ProcessEnv): boolean {
  return env.INVOCATION_ID !== undefined && env.INVOCATION_ID !== '';
}

export interface EnvFilesResult {
  /** Files read, in order (absent ones are skipped, not listed). */
  readonly filesRead: readonly string[];
  /** Variables set from the files (not already in the environment). */
  readonly applied: readonly string[];
  /** Why nothing was read, when nothing was: 'systemd' or 'disabled'. */
  readonly skipped?: 'systemd' | 'disabled';
}

function readOptional(file: string): string | undefined {
  try {
    const text = readFileSync(file);
    if (text.length > envFileBytesMax) {
      throw new TesseraError(`${file}: ${text.length} bytes; an environment file is at most ${envFileBytesMax}`, 'ENV_FILE_INVALID', { file });
    }
    return text.toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (e instanceof TesseraError) throw e;
    throw new TesseraError(`cannot read environment file ${file}: ${code ?? (e as Error).message}`, 'ENV_FILE_UNREADABLE', { file });
  }
}

/**
 * Reads `<dir>/common.env` then `<dir>/<instance>.env` into `env` (mutated),
 * never replacing a variable `env` already has. Skipped under systemd.
 */
export function applyEnvFiles(env: NodeJS.ProcessEnv, instance: string, dir = envFilesDirDefault): EnvFilesResult {
  if (underSystemd(env)) return { filesRead: [], applied: [], skipped: 'systemd' };
  const merged = new Map<string, string>();
  const filesRead: string[] = [];
  for (const file of [join(dir, commonEnvFileName), join(dir, `${instance}.env`)]) {
    const text = readOptional(file);
    if (text === undefined) continue;
    filesRead.push(file);
    for (const [k, v] of parseEnvFile(text, file)) merged.set(k, v);
  }
  const applied: string[] = [];
  for (const [k, v] of merged) {
    if (env[k] !== undefined) continue;
    env[k] = v;
    applied.push(k);
  }
  return { filesRead, applied };
}
