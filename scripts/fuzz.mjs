#!/usr/bin/env node
// `npm run fuzz -- [--seconds N] [--target NAME]... [--fresh] [--json]`
//
// Builds every libFuzzer target (native/fuzz/fuzz_*.cc) with clang under
// ASan+UBSan in native/out/fuzz, builds each target's seed corpus, runs each
// target for N seconds, and prints a table of executions and crashes (with
// --json, one JSON object as the last line of stdout).
//
// A target NAME (fuzz_NAME.cc) is picked up automatically. Its optional seed
// generator native/fuzz/fuzz_NAME.seeds.mjs default-exports
//   ({ fixturesDir, root }) => { seeds: [{ name, data }], maxLen?, dictionary? }
// where fixturesDir is ../shared/fixtures, or undefined when it is absent.
// Seeds are written at run time into native/out/fuzz/corpus/NAME (never into
// the repository), which also keeps what libFuzzer finds between runs
// (--fresh starts from the seeds alone).
//
// A crash (sanitizer report, trap, timeout, out of memory) makes the script
// exit 1; the crashing input is kept in native/out/fuzz/artifacts/NAME/ and
// the command that replays it is printed. Exit 2 on a usage error or when
// clang is missing.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hasCommand, root, run } from './lib.mjs';

const SECONDS_DEFAULT = 10;
const SECONDS_MAX = 24 * 3600;
// Seconds a target may overrun --seconds (startup, corpus load, final stats)
// before we stop it and report it as hung.
const OVERRUN_GRACE_SECONDS = 120;
const UNIT_TIMEOUT_SECONDS = 10;
const RSS_LIMIT_MB = 2048;
const MAX_LEN_DEFAULT = 4096;

const usage = 'usage: npm run fuzz -- [--seconds N] [--target NAME]... [--fresh] [--json]';
let args;
try {
  args = parseArgs({
    options: {
      seconds: { type: 'string' },
      target: { type: 'string', multiple: true },
      fresh: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  console.error(`fuzz: ${e.message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const seconds = args.seconds === undefined ? SECONDS_DEFAULT : Number(args.seconds);
if (!Number.isInteger(seconds) || seconds < 1 || seconds > SECONDS_MAX) {
  console.error(`fuzz: --seconds must be an integer in [1, ${SECONDS_MAX}], got '${args.seconds}'\n${usage}`);
  process.exit(2);
}
const json = args.json === true;
// In --json mode stdout carries only the final JSON line; everything else goes to stderr.
const say = (s) => (json ? process.stderr : process.stdout).write(s + '\n');

const fuzzDir = join(root, 'native', 'fuzz');
const outDir = join(root, 'native', 'out', 'fuzz');
const fixturesDir = join(root, '..', 'shared', 'fixtures');

const native = readdirSync(fuzzDir)
  .map((f) => /^fuzz_(.+)\.cc$/.exec(f)?.[1])
  .filter((n) => n !== undefined)
  .sort();
// The TypeScript targets (js_*: WAL decoder and recovery, config loader) run
// in-process under test/fuzz's coverage-guided engine, built by tsc.
const jsCli = join(root, 'dist', 'test', 'fuzz', 'cli.js');
const js = existsSync(jsCli) ? await listJsTargets() : [];
const all = [...native, ...js];
const wanted = (args.target ?? []).map((t) => t.replace(/^fuzz_/, '').replace(/\.cc$/, ''));
for (const t of wanted) {
  if (!all.includes(t)) {
    const hint = t.startsWith('js_') && js.length === 0 ? ' (the TypeScript targets need a build: npm run build:ts)' : '';
    console.error(`fuzz: unknown target '${t}' (targets: ${all.join(', ')})${hint}`);
    process.exit(2);
  }
}
const targets = wanted.length > 0 ? all.filter((t) => wanted.includes(t)) : all;
if (targets.length === 0) {
  console.error('fuzz: no targets in native/fuzz (fuzz_*.cc)');
  process.exit(2);
}
if (js.length === 0) say('fuzz: dist/test/fuzz/cli.js is missing (npm run build:ts): the TypeScript targets are skipped');
const nativeTargets = targets.filter((t) => native.includes(t));
const jsTargets = targets.filter((t) => js.includes(t));
if (nativeTargets.length > 0 && !(await hasCommand('clang++'))) {
  console.error('fuzz: clang++ is required (apt-get install clang libclang-rt-14-dev)');
  process.exit(2);
}

// Build.
const jobs = String(Math.max(1, availableParallelism()));
const quiet = { stdout: json ? 'stderr' : 'inherit' };
if (nativeTargets.length > 0) {
  let r = await runTo(quiet, 'cmake', ['-S', 'native', '-B', outDir, '-DCMAKE_BUILD_TYPE=RelWithDebInfo', '-DCMAKE_CXX_COMPILER=clang++', '-DTESSERA_FUZZ=ON']);
  if (r === 0) r = await runTo(quiet, 'cmake', ['--build', outDir, '-j', jobs, '--target', ...nativeTargets.map((t) => `fuzz_${t}`)]);
  if (r !== 0) {
    say('fuzz: the build failed');
    if (json) console.log(JSON.stringify({ ok: false, error: 'build failed', seconds, targets: [] }));
    process.exit(1);
  }
}

const results = [];
for (const name of nativeTargets) results.push(await fuzzOne(name));
if (jsTargets.length > 0) results.push(...(await fuzzJs(jsTargets)));

// Report.
const rows = [['target', 'seconds', 'executions', 'exec/s', 'corpus', 'new', 'crashes']];
for (const t of results) rows.push([t.name, String(t.seconds), String(t.executions), String(t.execsPerSec), String(t.corpusFiles), String(t.newUnits), String(t.crashes)]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
say('');
for (const row of rows) say(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
for (const t of results) {
  for (const a of t.artifacts) say(`\n${t.name}: crashing input kept at ${relative(root, a)}\n  replay: ${t.replay ?? `${relative(root, t.binary)} ${relative(root, a)}`}`);
  if (t.crashes > 0) say(t.log ? `${t.name}: from ${relative(root, t.log)}:\n${t.tail}` : `${t.name}:\n${t.tail}`);
}
const totals = {
  executions: results.reduce((a, t) => a + t.executions, 0),
  crashes: results.reduce((a, t) => a + t.crashes, 0),
};
say(`\n${results.length} targets, ${totals.executions} executions, ${totals.crashes} crashes`);
if (json) {
  const out = results.map(({ tail: _tail, binary: _binary, ...t }) => ({ ...t, log: t.log ? relative(root, t.log) : undefined, artifacts: t.artifacts.map((a) => relative(root, a)) }));
  console.log(JSON.stringify({ ok: totals.crashes === 0, seconds, targets: out, totals }));
}
process.exit(totals.crashes === 0 ? 0 : 1);

/** The TypeScript targets' names, from test/fuzz's CLI. */
async function listJsTargets() {
  const { code, text } = await capture(process.execPath, [jsCli, '--list']);
  if (code !== 0) throw new Error(`${relative(root, jsCli)} --list failed:\n${text}`);
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t')[0]).sort();
}

/** Runs the TypeScript targets for `seconds` each (test/fuzz/cli.js) and maps its JSON report to ours. */
async function fuzzJs(names) {
  const argv = [jsCli, '--seconds', String(seconds), '--json', ...(args.fresh ? ['--fresh'] : []), ...names.flatMap((n) => ['--target', n])];
  say(`fuzz: ${names.join(', ')}: ${seconds} s each (TypeScript, coverage from V8)`);
  const { text, stdout } = await capture(process.execPath, argv);
  const last = stdout.trim().split('\n').pop() ?? '';
  let report;
  try {
    report = JSON.parse(last);
  } catch {
    return names.map((name) => ({ name, seconds: 0, executions: 0, execsPerSec: 0, newUnits: 0, corpusFiles: 0, crashes: 1, artifacts: [], tail: text.split('\n').slice(-30).join('\n') }));
  }
  return report.targets.map((t) => ({
    name: t.name,
    seconds: t.seconds,
    executions: t.executions,
    execsPerSec: t.execsPerSec,
    newUnits: t.newUnits,
    corpusFiles: t.corpusFiles,
    crashes: t.crashes,
    artifacts: t.artifacts.map((a) => join(root, a)),
    replay: t.replay,
    tail: t.message ?? '',
  }));
}

function capture(cmd, argv) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!json) process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, text: stdout + stderr }));
  });
}

/** Runs one target for `seconds` and parses libFuzzer's report. */
async function fuzzOne(name) {
  const binary = join(outDir, `fuzz_${name}`);
  const corpus = join(outDir, 'corpus', name);
  const artifacts = join(outDir, 'artifacts', name);
  const log = join(outDir, 'logs', `${name}.log`);
  if (args.fresh) rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  mkdirSync(join(outDir, 'logs'), { recursive: true });

  const flags = [
    `-max_total_time=${seconds}`,
    '-print_final_stats=1',
    `-timeout=${UNIT_TIMEOUT_SECONDS}`,
    `-rss_limit_mb=${RSS_LIMIT_MB}`,
    `-artifact_prefix=${artifacts}/`,
  ];
  let maxLen = MAX_LEN_DEFAULT;
  const generator = join(fuzzDir, `fuzz_${name}.seeds.mjs`);
  let seedCount = 0;
  if (existsSync(generator)) {
    const mod = await import(pathToFileURL(generator).href);
    const spec = await mod.default({ fixturesDir: existsSync(fixturesDir) ? fixturesDir : undefined, root });
    for (const s of spec.seeds) {
      if (!/^[\w.-]+$/.test(s.name)) throw new Error(`${relative(root, generator)}: seed name '${s.name}' is not a plain file name`);
      writeFileSync(join(corpus, `seed-${s.name}`), s.data);
      seedCount += 1;
    }
    if (spec.maxLen !== undefined) maxLen = spec.maxLen;
    if (spec.dictionary?.length > 0) {
      const dict = join(outDir, `fuzz_${name}.dict`);
      writeFileSync(dict, spec.dictionary.map((w) => `"${dictEscape(w)}"`).join('\n') + '\n');
      flags.push(`-dict=${dict}`);
    }
  }
  flags.push(`-max_len=${maxLen}`);
  const before = new Set(readdirSync(artifacts));
  say(`fuzz: ${name}: ${seconds} s from ${readdirSync(corpus).length} corpus files (${seedCount} seeds); log in ${relative(root, log)}`);

  const started = process.hrtime.bigint();
  const { code, text, hung } = await runFuzzer(binary, [...flags, corpus], seconds + OVERRUN_GRACE_SECONDS);
  const elapsedSeconds = Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10;
  writeFileSync(log, text);
  const stat = (key) => {
    const m = new RegExp(`stat::${key}:\\s+(\\d+)`).exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const lastProgress = [...text.matchAll(/^#(\d+)\s/gm)].pop();
  const done = /Done (\d+) runs in/.exec(text);
  const executions = stat('number_of_executed_units') ?? (done ? Number(done[1]) : lastProgress ? Number(lastProgress[1]) : 0);
  const found = readdirSync(artifacts).filter((f) => !before.has(f)).map((f) => join(artifacts, f));
  const crashed = code !== 0 || hung || found.length > 0 || /==\d+==ERROR|deadly signal|runtime error:/.test(text);
  return {
    name,
    binary,
    seconds: elapsedSeconds,
    executions,
    execsPerSec: stat('average_exec_per_sec') ?? 0,
    newUnits: stat('new_units_added') ?? 0,
    peakRssMb: stat('peak_rss_mb') ?? 0,
    corpusFiles: readdirSync(corpus).length,
    crashes: crashed ? Math.max(1, found.length) : 0,
    exitCode: code,
    hung,
    artifacts: found,
    log,
    tail: reportExcerpt(text),
  };
}

/** The sanitizer's or libFuzzer's report (from its first line), else the last lines. */
function reportExcerpt(text) {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => /==\d+==ERROR|runtime error:|deadly signal|ERROR: libFuzzer/.test(l));
  return (first >= 0 ? lines.slice(first, first + 30) : lines.slice(-30)).join('\n');
}

/** Runs a fuzzer with output captured; stops it (by its pid) if it overruns. */
function runFuzzer(binary, argv, limitSeconds) {
  return new Promise((resolve) => {
    const child = spawn(binary, argv, { cwd: outDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let hung = false;
    const onData = (d) => {
      text += d;
      // Bound what we hold: libFuzzer's progress lines grow with run time.
      if (text.length > 4_000_000) text = text.slice(-2_000_000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, limitSeconds * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: 127, text: `${binary}: ${e.message}`, hung: false });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), text, hung });
    });
  });
}

/** Runs a command; stdout to our stdout or stderr. */
async function runTo({ stdout }, cmd, argv) {
  if (stdout === 'inherit') return (await run(cmd, argv)).code;
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => process.stderr.write(d));
    child.on('error', (e) => {
      console.error(`${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** libFuzzer dictionary escaping: printable ASCII as is, the rest as \xNN. */
function dictEscape(word) {
  let s = '';
  for (const b of Buffer.from(word, 'latin1')) {
    s += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return s;
}
