/**
 * `npm run lincheck -- --model cas-register|kv [--timeout SECONDS] [--json] [--quiet] FILE...`
 *
 * Prints one line per file, `FILE linearizable|not-linearizable|unknown`
 * (with --json, one JSON object per file instead), and on stderr why a
 * history is not linearizable or why its verdict is unknown. Exit codes
 * follow src/cli/exit-codes.ts: 0 every file linearizable; 3 some file not
 * linearizable; 1 otherwise when a file could not be read or parsed or a
 * verdict is unknown; 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { isTesseraError, TesseraError } from '../../src/common/errors.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { casRegisterModel } from './cas-register.js';
import { checkOperations } from './checker.js';
import { explainResult } from './explain.js';
import { kvModel } from './kv.js';
import { parseJepsenEtcdLog } from './parse-jepsen.js';
import { parseKvLog } from './parse-kv.js';
import type { CheckResult, Model, Operation } from './types.js';

export const timeoutSecondsDefault = 60;

/** Bound on an input file's size; histories this tool can check in minutes are far smaller. */
const fileBytesMax = 256 * 1024 * 1024;

const usage = `usage: npm run lincheck -- --model cas-register|kv [--timeout SECONDS] [--json] [--quiet] FILE...

Checks each history FILE for linearizability and prints "FILE VERDICT",
VERDICT being linearizable, not-linearizable or unknown (time limit reached).

  --model MODEL      cas-register: Jepsen etcd logs (read, write, cas)
                     kv: kv logs, one EDN map per line (get, put, append)
  --timeout SECONDS  time limit per file (default ${timeoutSecondsDefault})
  --json             print one JSON object per file instead
  --quiet            do not explain failures and unknown verdicts on stderr
  -h, --help         print this help

exit: 0 all linearizable, 3 some not linearizable, 1 a file unreadable or
unparseable or a verdict unknown, 2 usage error
`;

export interface LincheckIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** A history checker for one --model value: parse the file's text, check it, explain a failure. */
interface ModelRunner {
  run(text: string, timeoutMs: number): { result: CheckResult; explanation: string };
}

function runnerFor<S, I, O>(
  parse: (text: string) => Operation<I, O>[],
  model: Model<S, I, O>,
): ModelRunner {
  return {
    run(text, timeoutMs) {
      const ops = parse(text);
      const result = checkOperations(model, ops, { timeoutMs });
      return { result, explanation: explainResult(model, ops, result) };
    },
  };
}

const runners: Record<string, ModelRunner> = {
  'cas-register': runnerFor(parseJepsenEtcdLog, casRegisterModel),
  kv: runnerFor(parseKvLog, kvModel),
};

/** Runs the command; returns the exit code. */
export function runLincheck(argv: string[], io: LincheckIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        model: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usageError(io, (e as Error).message);
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.stdout.write(usage);
    return ExitCode.Ok;
  }
  if (values.model === undefined) return usageError(io, 'missing --model (cas-register or kv)');
  const runner = runners[values.model];
  if (!runner) return usageError(io, `unknown --model '${values.model}' (expected cas-register or kv)`);
  let timeoutSeconds = timeoutSecondsDefault;
  if (values.timeout !== undefined) {
    timeoutSeconds = Number(values.timeout);
    if (!/^\d+(\.\d+)?$/.test(values.timeout) || !(timeoutSeconds > 0)) {
      return usageError(io, `--timeout must be a positive number of seconds, got '${values.timeout}'`);
    }
  }
  if (files.length === 0) return usageError(io, 'missing FILE');

  let anyNotLinearizable = false;
  let anyOtherFailure = false;
  for (const file of files) {
    let outcome;
    try {
      outcome = runner.run(readHistory(file), timeoutSeconds * 1000);
    } catch (e) {
      if (!isTesseraError(e) && !isNodeFsError(e)) throw e;
      anyOtherFailure = true;
      const code = isTesseraError(e) ? e.code : 'LINCHECK_READ_ERROR';
      const message = `${file}: ${(e as Error).message}`;
      io.stderr.write(`lincheck: ${message} [${code}]\n`);
      if (values.json) io.stdout.write(JSON.stringify({ file, error: message, code }) + '\n');
      continue;
    }
    const { result, explanation } = outcome;
    if (result.verdict === 'not-linearizable') anyNotLinearizable = true;
    if (result.verdict === 'unknown') anyOtherFailure = true;
    if (values.json) {
      io.stdout.write(
        JSON.stringify({
          file,
          verdict: result.verdict,
          elapsedMs: Math.round(result.elapsedMs * 10) / 10,
          operations: result.operations,
          partitions: result.partitionCount,
          ...(result.failure ? { failure: result.failure, explanation } : {}),
        }) + '\n',
      );
    } else {
      io.stdout.write(`${file} ${result.verdict}\n`);
    }
    if (!values.quiet) {
      if (explanation) io.stderr.write(`${file}: ${explanation.replace(/\n(?=.)/g, '\n  ')}`);
      if (result.verdict === 'unknown') {
        const last = result.partitions[result.partitions.length - 1];
        const why = last?.unknownReason === 'cache-limit' ? 'the memo cache limit' : `the time limit of ${timeoutSeconds} s`;
        io.stderr.write(`${file}: unknown: reached ${why} on ${last?.key ? `key ${JSON.stringify(last.key)}` : 'the history'} after ${result.partitions.length} of ${result.partitionCount} partitions\n`);
      }
    }
  }
  if (anyNotLinearizable) return ExitCode.CheckFailed;
  return anyOtherFailure ? ExitCode.Failure : ExitCode.Ok;
}

function readHistory(file: string): string {
  const buf = readFileSync(file);
  if (buf.length > fileBytesMax) {
    throw new TesseraError(`larger than ${fileBytesMax} bytes`, 'LINCHECK_FILE_TOO_LARGE');
  }
  return buf.toString('utf8');
}

function isNodeFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

function usageError(io: LincheckIO, message: string): number {
  io.stderr.write(`lincheck: ${message}\n${usage}`);
  return ExitCode.Usage;
}

// Run when executed (node dist/test/lincheck/cli.js), not when imported by a test.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runLincheck(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
}
