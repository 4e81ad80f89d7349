import { describe, expect, it } from 'vitest';

import { ConfigError, parseConfigText, TomlDocument } from '../../src/config/index.js';
import {
  absolutePath,
  arrayOf,
  bool,
  defaultedTable,
  hex,
  hostPort,
  int,
  oneOf,
  optional,
  refine,
  relations,
  required,
  str,
  table,
  withDefault,
  type Problem,
} from '../../src/config/schema.js';
import { isTesseraError } from '../../src/common/errors.js';

const schema = table({
  organism: required(table({ name: required(str({ pattern: /^[a-z][a-z0-9-]*$/, patternDescription: 'a lowercase name' }), 'name') }), 'organism'),
  seat: withDefault(
    table({
      listen: withDefault(hostPort(), '0.0.0.0:7400', 'peer address'),
      verbose: withDefault(bool(), false, 'verbose'),
    }),
    { listen: '0.0.0.0:7400', verbose: false },
    'seat',
  ),
  admission: required(
    table({
      mrtd: required(arrayOf(hex(48), { min: 1, unique: true }), 'pinned MR_TDs'),
      tcb_status: withDefault(arrayOf(oneOf(['UpToDate', 'SWHardeningNeeded'] as const)), ['UpToDate' as const], 'accepted'),
      max_age_s: optional(int({ min: 1, max: 90 * 86400 }), 'max age'),
    }),
    'admission',
  ),
  member: withDefault(
    arrayOf(table({ name: required(str(), 'name'), endpoints: required(refine(arrayOf(hostPort(), { min: 1 }), () => undefined), 'eps') })),
    [],
    'members',
  ),
});

const mrtd = 'ab'.repeat(48);

function problemsOf(text: string): { line: number | undefined; path: string; message: string }[] {
  try {
    parseConfigText('/etc/builder/t.toml', text, schema);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.map((p) => ({ line: p.line, path: p.path, message: p.message }));
  }
  throw new Error('expected a ConfigError');
}

describe('config schema and loader', () => {
  it('accepts a valid file and fills defaults', () => {
    const cfg = parseConfigText('t.toml', `[organism]\nname = "tally"\n[admission]\nmrtd = ["${mrtd}"]\n`, schema);
    expect(cfg.seat).toEqual({ listen: '0.0.0.0:7400', verbose: false });
    expect(cfg.admission.tcb_status).toEqual(['UpToDate']);
    expect(cfg.admission.max_age_s).toBeUndefined();
    expect(cfg.member).toEqual([]);
  });

  it('names file, line and key for each problem', () => {
    const text = [
      '[organism]', // 1
      'name = "Tally"', // 2: bad pattern
      '', // 3
      '[admission]', // 4
      `mrtd = ["${mrtd}", "zz"]`, // 5: bad hex
      'max_age_s = 0', // 6: below min
      'tcb_statuz = []', // 7: unknown, near miss
      '', // 8
      '[[member]]', // 9
      'name = "a"', // 10
      'endpoints = ["h:1"]', // 11
      '[[member]]', // 12
      'name = "b"', // 13
      'endpoints = [', // 14
      '  "nohost",', // 15
      ']', // 16
    ].join('\n');
    const problems = problemsOf(text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, path: 'organism.name', message: expect.stringContaining('a lowercase name') }),
        expect.objectContaining({ line: 5, path: 'admission.mrtd[1]', message: expect.stringContaining('96 hex characters') }),
        expect.objectContaining({ line: 6, path: 'admission.max_age_s' }),
        expect.objectContaining({ line: 7, path: 'admission.tcb_statuz', message: expect.stringContaining("did you mean 'tcb_status'") }),
        expect.objectContaining({ line: 14, path: 'member[1].endpoints[0]', message: expect.stringContaining('host:port') }),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('reports a missing required table at the top level', () => {
    const problems = problemsOf(`[organism]\nname = "tally"\n`);
    expect(problems).toEqual([{ line: undefined, path: 'admission', message: expect.stringContaining('missing required key') }]);
  });

  it('refuses duplicates and wrong types with the value named', () => {
    const problems = problemsOf(`[organism]\nname = 7\n[admission]\nmrtd = ["${mrtd}", "${mrtd}"]\n`);
    expect(problems.map((p) => p.path).sort()).toEqual(['admission.mrtd[1]', 'organism.name']);
    expect(problems.find((p) => p.path === 'organism.name')?.message).toContain('got number 7');
  });

  it('reports TOML syntax errors with file, line and column', () => {
    try {
      TomlDocument.parse('/etc/builder/x.toml', 'a = 1\nb = [1,\n\n[x]\n');
      expect.unreachable();
    } catch (e) {
      expect(isTesseraError(e, 'CONFIG_SYNTAX')).toBe(true);
      expect((e as Error).message).toMatch(/^\/etc\/builder\/x\.toml:\d+:\d+: /);
    }
  });

  it('locates keys in dotted keys, nested array tables and multi-line strings', () => {
    const doc = TomlDocument.parse('f', ['a.b = 1', 's = """', 'x = 2', '"""', '[[m]]', 'k = 1', '[m.sub]', 'q = 2', '[[m]]', 'k = 3'].join('\n'));
    expect(doc.lineOf('a.b')).toBe(1);
    expect(doc.lineOf('x')).toBeUndefined();
    expect(doc.lineOf('m[0].k')).toBe(6);
    expect(doc.lineOf('m[0].sub.q')).toBe(8);
    expect(doc.lineOf('m[1].k')).toBe(10);
    expect(doc.lineOf('m[1].nothing')).toBe(9);
  });

  it('returns hex in lowercase and compares uniqueness in that form', () => {
    const problems: Problem[] = [];
    expect(hex(2).check('AbCd', 'k', problems)).toBe('abcd');
    expect(arrayOf(hex(1), { unique: true }).check(['ab', 'AB'], 'k', problems)).toEqual(['ab', 'ab']);
    expect(problems).toEqual([{ path: 'k[1]', message: 'duplicate value the string "AB"' }]);
  });

  it('accepts absolute paths only, without NUL, within PATH_MAX', () => {
    const check = (v: unknown) => {
      const problems: Problem[] = [];
      absolutePath().check(v, 'p', problems);
      return problems.map((p) => p.message).join();
    };
    expect(check('/etc/builder/x')).toBe('');
    expect(check('etc/x')).toMatch(/absolute path/);
    expect(check('/a\0b')).toMatch(/NUL/);
    expect(check('/' + 'a'.repeat(4095))).toMatch(/at most 4095 bytes/);
    expect(check(3)).toMatch(/got number 3/);
  });

  it('defaults a whole table from its fields, and refuses one with a required field', () => {
    const f = defaultedTable({ a: withDefault(int(), 3, 'a') }, 'doc');
    expect(f.default).toEqual({ a: 3 });
    expect(() => defaultedTable({ a: required(int(), 'a') }, 'doc')).toThrow(/a key has no default \(a\)/);
  });

  it('runs relations only on a valid value and prefixes their paths', () => {
    const s = table({ t: required(relations(table({ lo: required(int(), 'lo'), hi: required(int(), 'hi') }), (v) => (v.lo > v.hi ? [{ path: 'hi', message: 'below lo' }] : [])), 't') });
    const run = (v: unknown) => {
      const problems: Problem[] = [];
      const out = s.check(v, '', problems);
      return { out, problems };
    };
    expect(run({ t: { lo: 1, hi: 2 } }).out).toEqual({ t: { lo: 1, hi: 2 } });
    expect(run({ t: { lo: 3, hi: 2 } })).toEqual({ out: undefined, problems: [{ path: 't.hi', message: 'below lo' }] });
    expect(run({ t: { lo: 'x', hi: 2 } }).problems.map((p) => p.path)).toEqual(['t.lo']);
  });
});
