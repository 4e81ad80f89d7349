import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { classOfKey, isFingerprinted, parseSeatConfig, seatSectionFields, type schema } from '../../src/config/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const allKeys = Object.entries(seatSectionFields).flatMap(([section, fields]) =>
  Object.entries(fields as Record<string, schema.Field<unknown>>).map(([key, field]) => ({ section, key, field, path: `${section}.${key}` })),
);

/** A default as the docs and the example write it. */
function tomlValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(tomlValue).join(', ')}]`;
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

describe('docs/operators/configuration.md', () => {
  const text = readFileSync(join(repoRoot, 'docs', 'operators', 'configuration.md'), 'utf8');
  const rows = new Map<string, string[]>();
  let section: string | undefined;
  for (const line of text.split('\n')) {
    const heading = /^## `\[\[?([a-z_]+)\]\]?`/.exec(line);
    if (heading) section = heading[1];
    else if (line.startsWith('## ')) section = undefined;
    const row = /^\| `([a-z0-9_]+)` \|/.exec(line);
    if (section !== undefined && row) rows.set(`${section}.${row[1]}`, line.split(/(?<!\\)\|/).map((c) => c.trim()));
  }

  it('documents every key, and no key that does not exist', () => {
    expect(allKeys.map((k) => k.path).filter((p) => !rows.has(p))).toEqual([]);
    expect([...rows.keys()].filter((p) => !allKeys.some((k) => k.path === p))).toEqual([]);
  });

  it('says for every key whether it is fingerprinted, as the diff classifies it', () => {
    for (const { path } of allKeys) {
      const cells = rows.get(path)!;
      expect(cells[4], `${path} (class ${classOfKey(path)})`).toBe(isFingerprinted(path) ? 'yes' : 'no');
    }
  });

  it('gives every default as the schema has it', () => {
    for (const { path, field } of allKeys) {
      const cell = rows.get(path)![3]!;
      if (field.required) expect(cell, path).toMatch(/^required/);
      else if (field.default !== undefined) expect(cell, path).toContain(`\`${tomlValue(field.default)}\``);
      else expect(cell, path).not.toMatch(/^required/);
    }
  });
});

describe('docs/operators/example-config.toml', () => {
  const file = join(repoRoot, 'docs', 'operators', 'example-config.toml');
  const text = readFileSync(file, 'utf8');

  it('loads as it is', () => {
    const c = parseSeatConfig(file, text, { instance: 'tally-member', env: {} });
    expect(c.organism.name).toBe('tally');
    expect(c.members).toHaveLength(2);
  });

  it('shows every key in its section, the commented ones with their default', () => {
    let section: string | undefined;
    const seen = new Map<string, { commented: boolean; value: string }>();
    for (const line of text.split('\n')) {
      const header = /^#?\s*\[\[?([a-z_]+)\]\]?\s*(#.*)?$/.exec(line);
      if (header) {
        section = header[1];
        continue;
      }
      const kv = /^(#?)\s*([a-z0-9_]+) = (.*?)(\s+#.*)?$/.exec(line);
      if (section !== undefined && kv) seen.set(`${section}.${kv[2]}`, { commented: kv[1] === '#', value: kv[3]! });
    }
    expect(allKeys.map((k) => k.path).filter((p) => !seen.has(p))).toEqual([]);
    for (const { path, field } of allKeys) {
      const shown = seen.get(path)!;
      // A commented-out key shows its default, where the schema has one.
      if (shown.commented && field.default !== undefined) expect(shown.value, path).toBe(tomlValue(field.default));
    }
  });
});
