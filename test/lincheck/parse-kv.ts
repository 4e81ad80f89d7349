/**
 * The kv history format (porcupine's kv test data): one EDN map per line,
 *
 *     {:process 3, :type :ok, :f :get, :key "4", :value "x 0 1 y"}
 *
 * with :type invoke, ok, fail or info and :f get, put or append. An invoke
 * of get has :value nil; put and append carry the string they write, which
 * their :ok repeats; an :ok get carries the value read. Other fields (:time,
 * :index, :error) are allowed and ignored. :fail means the operation did not
 * take effect (dropped); :info, or no completion at all, leaves it pending
 * forever (return Infinity, output unknown).
 *
 * Time is the line number, so no two events tie.
 */
import { TesseraError } from '../../src/common/errors.js';
import type { KvInput, KvOutput } from './kv.js';
import type { Operation } from './types.js';

/** Bound on one line's length (values grow with appends, so it is generous). */
const lineCharsMax = 16 * 1024 * 1024;

type EdnValue = { kind: 'keyword'; name: string } | { kind: 'string'; value: string } | { kind: 'integer'; value: number } | { kind: 'nil' };

function parseError(line: number, message: string): TesseraError {
  return new TesseraError(`line ${line}: ${message}`, 'LINCHECK_PARSE_ERROR', { line });
}

const specialRe = /["\\]/g;
const stringEscapes: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' };

/** Parses one flat EDN map of keyword keys to scalar values. */
function parseEdnMap(text: string, line: number): Map<string, EdnValue> {
  const out = new Map<string, EdnValue>();
  let i = 0;
  const skip = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === ',' || text[i] === '\t')) i++;
  };
  const fail = (what: string): never => {
    throw parseError(line, `${what} at column ${i + 1}`);
  };
  const keyword = (): string => {
    if (text[i] !== ':') fail('expected a keyword');
    const m = /^:([A-Za-z_*+!?<>=-][\w*+!?<>=.\-/]*)/.exec(text.slice(i, i + 256));
    if (!m) return fail('malformed keyword');
    i += m[0].length;
    return m[1]!;
  };
  const value = (): EdnValue => {
    const c = text[i];
    if (c === ':') return { kind: 'keyword', name: keyword() };
    if (c === '"') {
      let s = '';
      i++;
      for (;;) {
        // Copy the run up to the next quote or backslash in one slice.
        specialRe.lastIndex = i;
        const m = specialRe.exec(text);
        if (!m) return fail('unterminated string');
        s += text.slice(i, m.index);
        i = m.index;
        if (m[0] === '"') break;
        const e = stringEscapes[text[i + 1] ?? ''];
        if (e === undefined) fail(`unsupported escape \\${text[i + 1] ?? ''}`);
        s += e;
        i += 2;
      }
      i++;
      return { kind: 'string', value: s };
    }
    const m = /^(nil|-?\d+)(?=[\s,}]|$)/.exec(text.slice(i, i + 32));
    if (!m) return fail('expected a keyword, string, integer or nil');
    i += m[0].length;
    if (m[1] === 'nil') return { kind: 'nil' };
    const v = Number(m[1]);
    if (!Number.isSafeInteger(v)) fail(`integer ${m[1]} out of range`);
    return { kind: 'integer', value: v };
  };

  skip();
  if (text[i] !== '{') fail("expected '{'");
  i++;
  for (;;) {
    skip();
    if (i >= text.length) fail("expected '}'");
    if (text[i] === '}') {
      i++;
      break;
    }
    const start = i;
    const k = keyword();
    if (out.has(k)) {
      i = start;
      fail(`duplicate field :${k}`);
    }
    skip();
    out.set(k, value());
  }
  skip();
  if (i < text.length) fail('unexpected text after the map');
  return out;
}

interface PendingCall {
  line: number;
  index: number;
}

/** Parses a kv history; throws TesseraError LINCHECK_PARSE_ERROR naming the line at fault. */
export function parseKvLog(text: string): Operation<KvInput, KvOutput>[] {
  const ops: (Operation<KvInput, KvOutput> | undefined)[] = [];
  const pending = new Map<number, PendingCall>();
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const lineNo = k + 1;
    const raw = lines[k]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    if (raw.length > lineCharsMax) throw parseError(lineNo, `line is longer than ${lineCharsMax} characters`);
    const fields = parseEdnMap(raw, lineNo);
    const field = (name: string): EdnValue => {
      const v = fields.get(name);
      if (v === undefined) throw parseError(lineNo, `missing field :${name}`);
      return v;
    };
    const keywordField = (name: string, allowed: readonly string[]): string => {
      const v = field(name);
      if (v.kind !== 'keyword' || !allowed.includes(v.name)) {
        throw parseError(lineNo, `:${name} must be one of ${allowed.map((a) => ':' + a).join(', ')}`);
      }
      return v.name;
    };
    const processField = field('process');
    if (processField.kind !== 'integer') throw parseError(lineNo, ':process must be an integer');
    const process = processField.value;
    const type = keywordField('type', ['invoke', 'ok', 'fail', 'info']);
    const f = keywordField('f', ['get', 'put', 'append']) as KvInput['f'];
    const keyField = field('key');
    if (keyField.kind !== 'string') throw parseError(lineNo, ':key must be a string');
    const key = keyField.value;
    const value = field('value');

    if (type === 'invoke') {
      const open = pending.get(process);
      if (open) throw parseError(lineNo, `process ${process} invokes while its operation from line ${open.line} has not completed`);
      let input: KvInput;
      if (f === 'get') {
        if (value.kind !== 'nil') throw parseError(lineNo, 'an :invoke :get needs :value nil');
        input = { f, key };
      } else {
        if (value.kind !== 'string') throw parseError(lineNo, `an :invoke :${f} needs a string :value`);
        input = { f, key, value: value.value };
      }
      pending.set(process, { line: lineNo, index: ops.length });
      ops.push({ clientId: process, input, output: { type: 'unknown' }, call: lineNo, return: Infinity });
      continue;
    }

    const open = pending.get(process);
    if (!open) throw parseError(lineNo, `process ${process} completes (:${type}) with no open invoke`);
    const op = ops[open.index]!;
    if (op.input.f !== f || op.input.key !== key) {
      throw parseError(lineNo, `process ${process} completes :${f} of key ${JSON.stringify(key)} but invoked :${op.input.f} of key ${JSON.stringify(op.input.key)} at line ${open.line}`);
    }
    pending.delete(process);
    if (type === 'info') continue; // pending forever
    if (type === 'fail') {
      ops[open.index] = undefined; // did not take effect
      continue;
    }
    if (value.kind !== 'string') throw parseError(lineNo, `an :ok :${f} needs a string :value`);
    if (op.input.f === 'get') {
      op.output = { type: 'ok', value: value.value };
    } else {
      if (value.value !== op.input.value) throw parseError(lineNo, `:ok :${f} value differs from the invoke's (line ${open.line})`);
      op.output = { type: 'ok' };
    }
    op.return = lineNo;
  }
  return ops.filter((op): op is Operation<KvInput, KvOutput> => op !== undefined);
}
