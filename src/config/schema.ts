/**
 * A small schema language for the TOML configuration: each field knows its
 * type, default and checks, and reports problems with the key's path so that
 * the loader can add the file and line. Unknown keys are refused (a
 * misspelled option must not be silently ignored).
 */

export interface Problem {
  path: string;
  message: string;
}

export interface Schema<T> {
  /** Human description of the expected value, used in messages. */
  readonly expected: string;
  check(value: unknown, path: string, problems: Problem[]): T | undefined;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Date) return 'a date';
  if (typeof v === 'object') return 'a table';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

function simple<T>(expected: string, test: (v: unknown) => string | undefined, map: (v: unknown) => T): Schema<T> {
  return {
    expected,
    check(value, path, problems) {
      const why = test(value);
      if (why !== undefined) {
        problems.push({ path, message: why });
        return undefined;
      }
      return map(value);
    },
  };
}

export function str(opts: { pattern?: RegExp; patternDescription?: string; minLength?: number; maxLength?: number } = {}): Schema<string> {
  const expected = opts.patternDescription ?? 'a string';
  return simple(
    expected,
    (v) => {
      if (typeof v !== 'string') return `expected ${expected}, got ${typeName(v)}`;
      if (opts.minLength !== undefined && v.length < opts.minLength) return `must be at least ${opts.minLength} characters`;
      if (opts.maxLength !== undefined && v.length > opts.maxLength) return `must be at most ${opts.maxLength} characters`;
      if (opts.pattern && !opts.pattern.test(v)) return `expected ${expected}, got ${typeName(v)}`;
      return undefined;
    },
    (v) => v as string,
  );
}

/** Exactly `bytes` bytes written as hex, either case; the value is returned in lowercase (its canonical form). */
export function hex(bytes: number): Schema<string> {
  const inner = str({ pattern: new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`), patternDescription: `${bytes * 2} hex characters` });
  return {
    expected: inner.expected,
    check(value, path, problems) {
      return inner.check(value, path, problems)?.toLowerCase();
    },
  };
}

/** Longest path accepted (Linux PATH_MAX, terminating NUL included). */
export const pathBytesMax = 4095;

/** An absolute filesystem path: relative paths depend on the working directory of whoever starts the seat. */
export function absolutePath(): Schema<string> {
  const expected = 'an absolute path';
  return simple(
    expected,
    (v) => {
      if (typeof v !== 'string') return `expected ${expected}, got ${typeName(v)}`;
      if (!v.startsWith('/')) return `expected ${expected} (starting with '/'), got ${typeName(v)}`;
      if (v.includes('\0')) return 'a path cannot contain a NUL character';
      if (Buffer.byteLength(v) > pathBytesMax) return `a path is at most ${pathBytesMax} bytes`;
      return undefined;
    },
    (v) => v as string,
  );
}

export function int(opts: { min?: number; max?: number } = {}): Schema<number> {
  const range = `${opts.min !== undefined ? ` >= ${opts.min}` : ''}${opts.max !== undefined ? ` <= ${opts.max}` : ''}`;
  const expected = `an integer${range}`;
  return simple(
    expected,
    (v) => {
      const n = typeof v === 'bigint' ? Number(v) : v;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) return `expected ${expected}, got ${typeName(v)}`;
      if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) return `expected ${expected}, got ${n}`;
      return undefined;
    },
    (v) => Number(v),
  );
}

export function bool(): Schema<boolean> {
  return simple('true or false', (v) => (typeof v === 'boolean' ? undefined : `expected true or false, got ${typeName(v)}`), (v) => v as boolean);
}

export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  const expected = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return simple(expected, (v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? undefined : `expected ${expected}, got ${typeName(v)}`), (v) => v as T);
}

/** host:port, with a bracketed IPv6 host allowed; port 0 only when allowZeroPort. */
export function hostPort(opts: { allowZeroPort?: boolean } = {}): Schema<string> {
  const expected = 'host:port';
  return simple(
    expected,
    (v) => {
      if (typeof v !== 'string') return `expected ${expected}, got ${typeName(v)}`;
      const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(v);
      if (!m) return `expected ${expected}, got ${typeName(v)}`;
      const port = Number(m[2]);
      if (port > 65535 || (port === 0 && !opts.allowZeroPort)) return `port ${port} is out of range`;
      return undefined;
    },
    (v) => v as string,
  );
}

export function arrayOf<T>(item: Schema<T>, opts: { min?: number; max?: number; unique?: boolean } = {}): Schema<T[]> {
  const expected = `an array of ${item.expected}`;
  return {
    expected,
    check(value, path, problems) {
      if (!Array.isArray(value)) {
        problems.push({ path, message: `expected ${expected}, got ${typeName(value)}` });
        return undefined;
      }
      if (opts.min !== undefined && value.length < opts.min) problems.push({ path, message: `needs at least ${opts.min} element(s), has ${value.length}` });
      if (opts.max !== undefined && value.length > opts.max) problems.push({ path, message: `allows at most ${opts.max} element(s), has ${value.length}` });
      const out: T[] = [];
      value.forEach((v, i) => {
        const r = item.check(v, `${path}[${i}]`, problems);
        if (r !== undefined) out.push(r);
      });
      if (opts.unique && out.length === value.length) {
        // Compared in canonical form (hex in lowercase), so 'AB' and 'ab' are one value.
        const seen = new Set<string>();
        out.forEach((v, i) => {
          const k = JSON.stringify(v);
          if (seen.has(k)) problems.push({ path: `${path}[${i}]`, message: `duplicate value ${typeName(value[i])}` });
          seen.add(k);
        });
      }
      return out.length === value.length ? out : undefined;
    },
  };
}

export interface Field<T> {
  schema: Schema<T>;
  required: boolean;
  default?: T;
  /** Shown in generated docs. */
  doc: string;
}

export function required<T>(schema: Schema<T>, doc: string): Field<T> {
  return { schema, required: true, doc };
}

export function optional<T>(schema: Schema<T>, doc: string): Field<T | undefined> {
  return { schema: schema as Schema<T | undefined>, required: false, doc };
}

export function withDefault<T>(schema: Schema<T>, value: T, doc: string): Field<T> {
  return { schema, required: false, default: value, doc };
}

export type Fields = Record<string, Field<unknown>>;
export type InferTable<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export interface TableSchema<F extends Fields> extends Schema<InferTable<F>> {
  readonly fields: F;
}

export function table<F extends Fields>(fields: F, opts: { expected?: string } = {}): TableSchema<F> {
  const expected = opts.expected ?? 'a table';
  return {
    expected,
    fields,
    check(value, path, problems) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
        problems.push({ path, message: `expected ${expected}, got ${typeName(value)}` });
        return undefined;
      }
      const obj = value as Record<string, unknown>;
      const at = (k: string) => (path === '' ? k : `${path}.${k}`);
      const before = problems.length;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(obj)) {
        if (!(k in fields)) {
          const known = Object.keys(fields);
          const near = known.find((f) => editDistance(f, k) <= 2);
          problems.push({ path: at(k), message: `unknown key${near ? ` (did you mean '${near}'?)` : ''}; known keys: ${known.join(', ')}` });
        }
      }
      for (const [k, f] of Object.entries(fields)) {
        if (!(k in obj) || obj[k] === undefined) {
          if (f.required) problems.push({ path: at(k), message: `missing required key (${f.schema.expected})` });
          else out[k] = f.default;
          continue;
        }
        out[k] = f.schema.check(obj[k], at(k), problems);
      }
      return problems.length === before ? (out as InferTable<F>) : undefined;
    },
  };
}

/**
 * A table whose every key has a default may be left out of the file: its
 * default is the table checked from `{}`.
 */
export function defaultedTable<F extends Fields>(fields: F, doc: string): Field<InferTable<F>> {
  const schema = table(fields);
  const problems: Problem[] = [];
  const value = schema.check({}, '', problems);
  if (value === undefined) throw new Error(`defaultedTable: a key has no default (${problems.map((p) => p.path).join(', ')})`);
  return withDefault(schema, value, doc);
}

/**
 * Checks relations between keys once the value itself is valid. `check`
 * returns problems whose paths are relative to this value ('' for the value
 * itself), so each one still names the key at fault.
 */
export function relations<T>(schema: Schema<T>, check: (v: T) => Problem[]): Schema<T> {
  return {
    expected: schema.expected,
    check(value, path, problems) {
      const v = schema.check(value, path, problems);
      if (v === undefined) return undefined;
      const found = check(v);
      for (const p of found) problems.push({ path: p.path === '' ? path : path === '' ? p.path : `${path}.${p.path}`, message: p.message });
      return found.length === 0 ? v : undefined;
    },
  };
}

/** A refinement: runs after the inner schema accepted the value. */
export function refine<T>(schema: Schema<T>, check: (v: T) => string | undefined): Schema<T> {
  return {
    expected: schema.expected,
    check(value, path, problems) {
      const v = schema.check(value, path, problems);
      if (v === undefined) return undefined;
      const why = check(v);
      if (why !== undefined) {
        problems.push({ path, message: why });
        return undefined;
      }
      return v;
    },
  };
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}
