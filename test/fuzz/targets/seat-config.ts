/**
 * js_config: bytes as a configuration file through the loader (TOML parse,
 * schema, cross-field relations, identity derivation), as `tessera run` and
 * `tessera fingerprint` load it. Every input ends in a config or a
 * ConfigError (CONFIG_SYNTAX, CONFIG_INVALID) naming the file, each problem
 * on a line of the file. A config that loads renders back to TOML that loads
 * to the same config and the same fingerprint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { isTesseraError, TesseraError } from '../../../src/common/errors.js';
import { coalitionFromDocument, ConfigError, configKindOf, seatConfigFromDocument, TomlDocument } from '../../../src/config/index.js';
import { renderToml, seatConfigToTable } from '../../../src/config/render.js';
import type { SeatConfig } from '../../../src/config/index.js';
import { check, type FuzzTarget } from '../target.js';

const file = '/etc/builder/fuzz.toml';
// The repository: up from test/fuzz/targets (or dist/test/fuzz/targets) to package.json.
const repo = (() => {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
const seedFiles = [
  'test/config/testdata/full.toml',
  'test/config/testdata/minimal.toml',
  'test/config/testdata/coalition.toml',
  'docs/operators/example-config.toml',
];

function readSeeds(): string[] {
  return seedFiles.flatMap((f) => {
    try {
      return [readFileSync(join(repo, f), 'utf8')];
    } catch {
      return [];
    }
  });
}

type LoadError = TesseraError & { readonly problems?: ConfigError['problems'] };

function load(text: string): SeatConfig | 'coalition' | LoadError {
  try {
    const doc = TomlDocument.parse(file, text);
    if (configKindOf(doc) === 'coalition') {
      coalitionFromDocument(doc);
      return 'coalition';
    }
    return seatConfigFromDocument(doc, { instance: 'fuzz', env: {} });
  } catch (e) {
    check(isTesseraError(e) && (e.code === 'CONFIG_SYNTAX' || e.code === 'CONFIG_INVALID'), () => `the loader threw ${isTesseraError(e) ? e.code : 'a non-config error'}: ${String(e)}`);
    return e as LoadError;
  }
}

function comparable(c: SeatConfig): string {
  return JSON.stringify({ ...c, file: undefined, identity: c.identity.fingerprintHex });
}

export const configTarget: FuzzTarget = {
  name: 'js_config',
  checks: 'config loader: a config or CONFIG_SYNTAX/CONFIG_INVALID naming the file and lines inside it; a loaded config renders to TOML that loads to the same config and fingerprint',
  maxLen: 8192,
  seeds() {
    return readSeeds().map((t) => Buffer.from(t));
  },
  get dictionary() {
    const words = new Set<string>(['[', ']', '[[', ']]', '=', '"', "'", '"""', '\n', ',', '#', '.', 'true', 'false', '-1', '0x', '1e9', '9007199254740993', '\\u0000', '{', '}']);
    for (const t of readSeeds()) {
      for (const m of t.matchAll(/^\s*(\[\[?[\w.-]+\]\]?|[\w-]+)\s*=?/gm)) words.add(m[1]!);
    }
    return [...words].map((w) => Buffer.from(w));
  },
  covers: (url) => url.includes('/src/config/'),
  run(input) {
    const text = Buffer.from(input.buffer, input.byteOffset, input.length).toString('utf8');
    const r = load(text);
    if (r === 'coalition') return;
    if (r instanceof TesseraError) {
      check(r.message.includes(file), () => `the error does not name the file: ${r.message}`);
      const lines = text.split(/\r?\n/).length;
      // A syntax error says file:line:column.
      const at = new RegExp(`${file.replace(/[.]/g, '\\.')}:(\\d+)`).exec(r.message);
      if (r.code === 'CONFIG_SYNTAX') check(at !== null && Number(at[1]) >= 1 && Number(at[1]) <= lines, () => `syntax error without a line of the ${lines}-line file: ${r.message}`);
      for (const p of r.problems ?? []) {
        check(p.line === undefined || (p.line >= 1 && p.line <= lines), () => `problem on line ${String(p.line)} of a ${lines}-line file: ${p.message}`);
      }
      return;
    }
    // Render and load again: the same config, the same identity.
    const rendered = renderToml(seatConfigToTable(r));
    const again = load(rendered);
    check(!(again instanceof TesseraError) && again !== 'coalition', () => `the rendered config does not load: ${again instanceof TesseraError ? again.message : 'it is a coalition'}\n--- rendered ---\n${rendered}`);
    check(comparable(again) === comparable(r), () => `the rendered config loads differently:\n${comparable(r)}\n${comparable(again)}`);
  },
};
