import { parse, TomlError } from 'smol-toml';

import { TesseraError } from '../common/errors.js';

/**
 * A parsed TOML file that remembers on which line each key was written, so
 * that a schema error can name the file, the line and the key. Paths look
 * like `attestation.mrtd`, `member[1].endpoints`.
 */
export class TomlDocument {
  private constructor(
    readonly file: string,
    readonly data: Record<string, unknown>,
    private readonly lines: Map<string, number>,
  ) {}

  static parse(file: string, source: string): TomlDocument {
    let data: Record<string, unknown>;
    try {
      data = parse(source) as Record<string, unknown>;
    } catch (e) {
      if (e instanceof TomlError) {
        const first = e.message.split('\n')[0] ?? e.message;
        throw new TesseraError(`${file}:${e.line}:${e.column}: ${first}`, 'CONFIG_SYNTAX', { file, line: e.line });
      }
      throw e;
    }
    return new TomlDocument(file, data, locateKeys(source));
  }

  /** The line of `path`, or of its nearest ancestor that has one (tables written inline). */
  lineOf(path: string): number | undefined {
    let p = path;
    for (;;) {
      const line = this.lines.get(p);
      if (line !== undefined) return line;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return undefined;
      p = p.slice(0, cut);
    }
  }
}

const bareKey = /^[A-Za-z0-9_-]+$/;

function splitDotted(key: string): string[] {
  // Dotted keys (a.b = 1) and quoted parts ("a.b" = 1), enough to locate lines.
  const parts: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (const ch of key) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '.') {
      parts.push(cur.trim());
      cur = '';
    } else {
      cur += ch;
    }
  }
  parts.push(cur.trim());
  return parts.filter((p) => p.length > 0);
}

function joinPath(parts: string[]): string {
  return parts.join('.');
}

/**
 * Scans TOML source for table headers and `key =` lines. It does not parse
 * values (smol-toml does that); it only needs to follow which table a line
 * belongs to, counting [[array]] tables to give each its index.
 */
function locateKeys(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  const arrayCounts = new Map<string, number>();
  let table: string[] = [];
  let inMultiline: string | undefined;
  let depth = 0; // open brackets of a multi-line array value
  source.split(/\r?\n/).forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (inMultiline) {
      if (line.includes(inMultiline)) inMultiline = undefined;
      return;
    }
    if (depth > 0) {
      depth += count(line, '[') - count(line, ']');
      return;
    }
    if (line === '' || line.startsWith('#')) return;
    const arrayHeader = /^\[\[\s*(.+?)\s*\]\]/.exec(line);
    const header = arrayHeader ? undefined : /^\[\s*(.+?)\s*\]/.exec(line);
    if (arrayHeader) {
      const parts = splitDotted(arrayHeader[1] ?? '');
      const base = resolveArrayPrefix(parts.slice(0, -1), arrayCounts);
      const key = [...base, parts[parts.length - 1] ?? ''];
      const keyPath = joinPath(key);
      const n = arrayCounts.get(keyPath) ?? 0;
      arrayCounts.set(keyPath, n + 1);
      table = [...key.slice(0, -1), `${key[key.length - 1]}[${n}]`];
      lines.set(joinPath(table), lineNo);
      return;
    }
    if (header) {
      table = resolveArrayPrefix(splitDotted(header[1] ?? ''), arrayCounts);
      lines.set(joinPath(table), lineNo);
      return;
    }
    const eq = findEquals(line);
    if (eq < 0) return;
    const keyParts = splitDotted(line.slice(0, eq));
    if (keyParts.length === 0 || !keyParts.every((k) => bareKey.test(k) || k.length > 0)) return;
    const full = [...table, ...keyParts];
    lines.set(joinPath(full), lineNo);
    const value = line.slice(eq + 1).trim();
    for (const q of ['"""', "'''"]) {
      if (value.startsWith(q) && count(value, q) === 1) inMultiline = q;
    }
    if (value.startsWith('[')) {
      const open = count(stripStrings(value), '[') - count(stripStrings(value), ']');
      if (open > 0) depth = open;
    }
  });
  return lines;
}

/** `[member.sub]` after `[[member]]` refers to the latest member element. */
function resolveArrayPrefix(parts: string[], arrayCounts: Map<string, number>): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const path = joinPath([...out, p]);
    const n = arrayCounts.get(path);
    out.push(n === undefined ? p : `${p}[${n - 1}]`);
  }
  return out;
}

function findEquals(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '=') {
      return i;
    }
  }
  return -1;
}

function stripStrings(s: string): string {
  return s.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""');
}

function count(s: string, sub: string): number {
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}
