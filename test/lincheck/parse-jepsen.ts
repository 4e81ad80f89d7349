/**
 * Jepsen's etcd test log (the knossos / porcupine `etcd_NNN.log` format),
 * one event per line:
 *
 *     INFO  jepsen.util - PROCESS<TAB>:TYPE<TAB>:F<TAB>VALUE
 *
 * TYPE is invoke, ok, fail or info; F is read (VALUE nil on invoke, nil or
 * an integer on ok), write (an integer) or cas (`[FROM TO]`). An :info
 * completion (VALUE :timed-out) means the outcome is unknown: the operation
 * stays pending forever (return Infinity, output unknown), as does an invoke
 * the log never completes. A failed read or write did not take effect and is
 * dropped. A failed cas did not take effect either, but etcd fails a cas
 * only when its comparison fails, which is a linearizable observation that
 * the register did not hold FROM: by default it is kept as such (output
 * fail, porcupine's reading), or dropped like the rest with
 * `failedCas: 'drop'` (knossos's reading). Both readings give every verdict
 * in the fixtures' expected.txt; 'observe' finds more violations.
 *
 * Time is the line number, so no two events tie.
 */
import { TesseraError } from '../../src/common/errors.js';
import type { CasRegisterInput, CasRegisterOutput } from './cas-register.js';
import type { Operation } from './types.js';

const lineRe = /^INFO\s+jepsen\.util\s+-\s+(\d+)\s+:(invoke|ok|fail|info)\s+:(read|write|cas)\s+(.*?)\s*$/;
const intRe = /^-?\d+$/;
const casRe = /^\[\s*(-?\d+)\s+(-?\d+)\s*\]$/;

/** Bound on one line's length; a longer line is not a Jepsen etcd event. */
const lineCharsMax = 4096;

function parseError(line: number, message: string): TesseraError {
  return new TesseraError(`line ${line}: ${message}`, 'LINCHECK_PARSE_ERROR', { line });
}

function parseInt53(text: string, line: number, what: string): number {
  const v = Number(text);
  if (!Number.isSafeInteger(v)) throw parseError(line, `${what} ${text} is not a safe integer`);
  return v;
}

interface PendingCall {
  line: number;
  input: CasRegisterInput;
}

export interface JepsenParseOptions {
  /** What a `:fail :cas` means (see the file comment). Default 'observe'. */
  failedCas?: 'observe' | 'drop';
}

/** Parses a Jepsen etcd log; throws TesseraError LINCHECK_PARSE_ERROR naming the line at fault. */
export function parseJepsenEtcdLog(text: string, options: JepsenParseOptions = {}): Operation<CasRegisterInput, CasRegisterOutput>[] {
  const dropFailedCas = options.failedCas === 'drop';
  const ops: (Operation<CasRegisterInput, CasRegisterOutput> | undefined)[] = [];
  const pending = new Map<number, number>(); // process -> index in ops of its open invoke
  const calls: PendingCall[] = [];
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const lineNo = k + 1;
    const raw = lines[k]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    if (raw.length > lineCharsMax) throw parseError(lineNo, `line is longer than ${lineCharsMax} characters`);
    const m = lineRe.exec(raw);
    if (!m) throw parseError(lineNo, `not a Jepsen etcd event ('INFO  jepsen.util - PROCESS\\t:TYPE\\t:F\\tVALUE'): ${JSON.stringify(raw.slice(0, 80))}`);
    const process = parseInt53(m[1]!, lineNo, 'process');
    const type = m[2]!;
    const f = m[3] as CasRegisterInput['f'];
    const value = m[4]!;

    if (type === 'invoke') {
      if (pending.has(process)) {
        const open = calls[pending.get(process)!]!;
        throw parseError(lineNo, `process ${process} invokes while its ${open.input.f} from line ${open.line} has not completed`);
      }
      const input = parseInvokeInput(f, value, lineNo);
      pending.set(process, ops.length);
      calls.push({ line: lineNo, input });
      ops.push({ clientId: process, input, output: { type: 'unknown' }, call: lineNo, return: Infinity });
      continue;
    }

    const index = pending.get(process);
    if (index === undefined) throw parseError(lineNo, `process ${process} completes (:${type}) with no open invoke`);
    const call = calls[index]!;
    if (call.input.f !== f) throw parseError(lineNo, `process ${process} completes :${f} but invoked :${call.input.f} at line ${call.line}`);
    pending.delete(process);
    const op = ops[index]!;

    if (type === 'info') {
      // Unknown outcome: pending forever, as already recorded at the invoke.
      continue;
    }
    if (type === 'fail') {
      if (f === 'cas') checkEcho(call, value, lineNo);
      if (f !== 'cas' || dropFailedCas) {
        ops[index] = undefined; // did not take effect
        continue;
      }
      op.output = { type: 'fail' };
      op.return = lineNo;
      continue;
    }
    // ok
    if (f === 'read') {
      op.output = { type: 'ok', value: value === 'nil' ? null : intRe.test(value) ? parseInt53(value, lineNo, 'read value') : badValue(lineNo, 'an :ok :read', value, 'nil or an integer') };
    } else {
      checkEcho(call, value, lineNo);
      op.output = { type: 'ok' };
    }
    op.return = lineNo;
  }
  return ops.filter((op): op is Operation<CasRegisterInput, CasRegisterOutput> => op !== undefined);
}

function badValue(line: number, what: string, value: string, expected: string): never {
  throw parseError(line, `${what} needs ${expected}, got ${JSON.stringify(value)}`);
}

function parseInvokeInput(f: CasRegisterInput['f'], value: string, line: number): CasRegisterInput {
  switch (f) {
    case 'read':
      if (value !== 'nil') badValue(line, 'an :invoke :read', value, 'nil');
      return { f: 'read' };
    case 'write':
      if (!intRe.test(value)) badValue(line, 'an :invoke :write', value, 'an integer');
      return { f: 'write', value: parseInt53(value, line, 'write value') };
    case 'cas': {
      const m = casRe.exec(value);
      if (!m) badValue(line, 'an :invoke :cas', value, '[FROM TO]');
      return { f: 'cas', from: parseInt53(m[1]!, line, 'cas from'), to: parseInt53(m[2]!, line, 'cas to') };
    }
  }
}

/** A write's or cas's completion repeats its invoke's value; anything else means the log is corrupt. */
function checkEcho(call: PendingCall, value: string, line: number): void {
  const input = call.input;
  let same = false;
  let expected = '';
  if (input.f === 'write') {
    expected = String(input.value);
    same = intRe.test(value) && Number(value) === input.value;
  } else if (input.f === 'cas') {
    expected = `[${input.from} ${input.to}]`;
    const m = casRe.exec(value);
    same = m !== null && Number(m[1]) === input.from && Number(m[2]) === input.to;
  }
  if (!same) throw parseError(line, `completion value ${value} differs from the invoke's ${expected} (line ${call.line})`);
}
