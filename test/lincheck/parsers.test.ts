import { describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { parseJepsenEtcdLog, parseKvLog } from './index.js';

const j = (process: number, type: string, f: string, value: string) => `INFO  jepsen.util - ${process}\t:${type}\t:${f}\t${value}`;

/** The TesseraError a parse throws, checked for its code and line. */
function parseFailure(parse: () => unknown, line: number): Error {
  try {
    parse();
  } catch (e) {
    expect(isTesseraError(e, 'LINCHECK_PARSE_ERROR'), String(e)).toBe(true);
    expect((e as Error).message).toMatch(new RegExp(`^line ${line}: `));
    expect((e as { details?: { line?: number } }).details?.line).toBe(line);
    return e as Error;
  }
  throw new Error('parse did not fail');
}

describe('lincheck: Jepsen etcd log parser', () => {
  it('parses reads, writes and cas with times from line numbers', () => {
    const text = [
      j(0, 'invoke', 'read', 'nil'),
      j(1, 'invoke', 'write', '4'),
      j(0, 'ok', 'read', 'nil'),
      j(1, 'ok', 'write', '4'),
      '',
      j(2, 'invoke', 'cas', '[4 0]'),
      j(0, 'invoke', 'read', 'nil'),
      j(2, 'ok', 'cas', '[4 0]'),
      j(0, 'ok', 'read', '0'),
    ].join('\n');
    expect(parseJepsenEtcdLog(text)).toEqual([
      { clientId: 0, input: { f: 'read' }, output: { type: 'ok', value: null }, call: 1, return: 3 },
      { clientId: 1, input: { f: 'write', value: 4 }, output: { type: 'ok' }, call: 2, return: 4 },
      { clientId: 2, input: { f: 'cas', from: 4, to: 0 }, output: { type: 'ok' }, call: 6, return: 8 },
      { clientId: 0, input: { f: 'read' }, output: { type: 'ok', value: 0 }, call: 7, return: 9 },
    ]);
  });

  it('keeps :info and never-completed operations pending forever', () => {
    const text = [j(3, 'invoke', 'write', '1'), j(4, 'invoke', 'cas', '[1 2]'), j(3, 'info', 'write', ':timed-out'), j(5, 'invoke', 'write', '7'), j(4, 'info', 'cas', ':timed-out')].join('\n');
    const ops = parseJepsenEtcdLog(text);
    expect(ops.map((o) => [o.clientId, o.call, o.return, o.output.type])).toEqual([
      [3, 1, Infinity, 'unknown'],
      [4, 2, Infinity, 'unknown'],
      [5, 4, Infinity, 'unknown'],
    ]);
  });

  it('lets a process invoke again after :info (its old operation stays pending)', () => {
    const text = [j(1, 'invoke', 'write', '1'), j(1, 'info', 'write', ':timed-out'), j(1, 'invoke', 'read', 'nil'), j(1, 'ok', 'read', '1')].join('\n');
    expect(parseJepsenEtcdLog(text).map((o) => o.return)).toEqual([Infinity, 4]);
  });

  it('keeps a failed cas as an observation, or drops it on request; drops a failed read', () => {
    const text = [j(1, 'invoke', 'cas', '[1 2]'), j(1, 'fail', 'cas', '[1 2]'), j(2, 'invoke', 'read', 'nil'), j(2, 'fail', 'read', ':timed-out')].join('\n');
    expect(parseJepsenEtcdLog(text)).toEqual([{ clientId: 1, input: { f: 'cas', from: 1, to: 2 }, output: { type: 'fail' }, call: 1, return: 2 }]);
    expect(parseJepsenEtcdLog(text, { failedCas: 'drop' })).toEqual([]);
  });

  it('accepts CRLF line ends', () => {
    expect(parseJepsenEtcdLog(j(0, 'invoke', 'write', '1') + '\r\n' + j(0, 'ok', 'write', '1') + '\r\n')).toHaveLength(1);
  });

  it('names the line of each kind of bad input', () => {
    const invokeW1 = j(1, 'invoke', 'write', '1');
    const cases: [string[], number, RegExp][] = [
      [[invokeW1, 'garbage'], 2, /not a Jepsen etcd event/],
      [[j(1, 'invoke', 'frob', '1')], 1, /not a Jepsen etcd event/],
      [[j(1, 'invoke', 'read', '3')], 1, /:invoke :read needs nil/],
      [[j(1, 'invoke', 'write', 'nil')], 1, /:invoke :write needs an integer/],
      [[j(1, 'invoke', 'cas', '[1]')], 1, /:invoke :cas needs \[FROM TO\]/],
      [[j(1, 'invoke', 'write', '99999999999999999999')], 1, /not a safe integer/],
      [[invokeW1, invokeW1], 2, /process 1 invokes while its write from line 1 has not completed/],
      [[j(1, 'ok', 'write', '1')], 1, /process 1 completes \(:ok\) with no open invoke/],
      [[invokeW1, j(1, 'ok', 'read', '1')], 2, /completes :read but invoked :write at line 1/],
      [[invokeW1, j(1, 'ok', 'write', '2')], 2, /completion value 2 differs from the invoke's 1 \(line 1\)/],
      [[j(1, 'invoke', 'cas', '[1 2]'), j(1, 'fail', 'cas', '[2 1]')], 2, /differs from the invoke's \[1 2\]/],
      [[j(1, 'invoke', 'read', 'nil'), j(1, 'ok', 'read', 'x')], 2, /:ok :read needs nil or an integer/],
      [[invokeW1, 'x'.repeat(5000)], 2, /longer than 4096/],
    ];
    for (const [lines, line, message] of cases) {
      expect(parseFailure(() => parseJepsenEtcdLog(lines.join('\n')), line).message).toMatch(message);
    }
  });
});

describe('lincheck: kv log parser', () => {
  const kv = (process: number, type: string, f: string, key: string, value: string) => `{:process ${process}, :type :${type}, :f :${f}, :key "${key}", :value ${value}}`;

  it('parses get, put and append with times from line numbers', () => {
    const text = [
      kv(0, 'invoke', 'append', '4', '"x 0 1 y"'),
      kv(1, 'invoke', 'get', '4', 'nil'),
      kv(0, 'ok', 'append', '4', '"x 0 1 y"'),
      kv(1, 'ok', 'get', '4', '""'),
      kv(2, 'invoke', 'put', '5', '"v"'),
      kv(2, 'ok', 'put', '5', '"v"'),
    ].join('\n');
    expect(parseKvLog(text)).toEqual([
      { clientId: 0, input: { f: 'append', key: '4', value: 'x 0 1 y' }, output: { type: 'ok' }, call: 1, return: 3 },
      { clientId: 1, input: { f: 'get', key: '4' }, output: { type: 'ok', value: '' }, call: 2, return: 4 },
      { clientId: 2, input: { f: 'put', key: '5', value: 'v' }, output: { type: 'ok' }, call: 5, return: 6 },
    ]);
  });

  it('reads string escapes, any field order and extra fields', () => {
    const text = ['{:f :put :key "k" :value "a\\"b\\\\c\\nd" :type :invoke :process 7 :time 12}', '{:process 7, :type :ok, :f :put, :key "k", :value "a\\"b\\\\c\\nd", :index 3}'].join('\n');
    expect(parseKvLog(text)).toEqual([{ clientId: 7, input: { f: 'put', key: 'k', value: 'a"b\\c\nd' }, output: { type: 'ok' }, call: 1, return: 2 }]);
  });

  it('drops :fail and keeps :info and unfinished operations pending', () => {
    const text = [
      kv(0, 'invoke', 'append', 'k', '"a"'),
      kv(0, 'fail', 'append', 'k', '"a"'),
      kv(1, 'invoke', 'append', 'k', '"b"'),
      kv(1, 'info', 'append', 'k', '"b"'),
      kv(2, 'invoke', 'get', 'k', 'nil'),
    ].join('\n');
    expect(parseKvLog(text).map((o) => [o.clientId, o.return, o.output.type])).toEqual([
      [1, Infinity, 'unknown'],
      [2, Infinity, 'unknown'],
    ]);
  });

  it('names the line of each kind of bad input', () => {
    const inv = kv(1, 'invoke', 'put', 'k', '"v"');
    const cases: [string[], number, RegExp][] = [
      [[inv, 'nonsense'], 2, /expected '\{' at column 1/],
      [['{:process 1, :type :invoke'], 1, /expected '\}'/],
      [['{:process 1, :type :invoke, :f :get, :key "k", :value nil} tail'], 1, /unexpected text after the map/],
      [['{:process 1, :process 2}'], 1, /duplicate field :process/],
      [['{:process 1, :type :invoke, :f :get, :key "k, :value nil}'], 1, /unterminated string/],
      [['{:process 1, :type :invoke, :f :put, :key "k", :value "\\q"}'], 1, /unsupported escape \\q/],
      [['{:process 1, :type :invoke, :f :get, :key "k", :value @}'], 1, /expected a keyword, string, integer or nil/],
      [['{:type :invoke, :f :get, :key "k", :value nil}'], 1, /missing field :process/],
      [['{:process "1", :type :invoke, :f :get, :key "k", :value nil}'], 1, /:process must be an integer/],
      [[kv(1, 'begin', 'get', 'k', 'nil')], 1, /:type must be one of :invoke, :ok, :fail, :info/],
      [[kv(1, 'invoke', 'cas', 'k', 'nil')], 1, /:f must be one of :get, :put, :append/],
      [['{:process 1, :type :invoke, :f :get, :key 5, :value nil}'], 1, /:key must be a string/],
      [[kv(1, 'invoke', 'get', 'k', '"x"')], 1, /:invoke :get needs :value nil/],
      [[kv(1, 'invoke', 'append', 'k', 'nil')], 1, /:invoke :append needs a string :value/],
      [[inv, inv], 2, /process 1 invokes while its operation from line 1 has not completed/],
      [[kv(1, 'ok', 'get', 'k', '""')], 1, /no open invoke/],
      [[inv, kv(1, 'ok', 'put', 'j', '"v"')], 2, /completes :put of key "j" but invoked :put of key "k" at line 1/],
      [[inv, kv(1, 'ok', 'put', 'k', '"w"')], 2, /:ok :put value differs from the invoke's \(line 1\)/],
      [[kv(1, 'invoke', 'get', 'k', 'nil'), kv(1, 'ok', 'get', 'k', 'nil')], 2, /an :ok :get needs a string :value/],
    ];
    for (const [lines, line, message] of cases) {
      expect(parseFailure(() => parseKvLog(lines.join('\n')), line).message).toMatch(message);
    }
  });
});
