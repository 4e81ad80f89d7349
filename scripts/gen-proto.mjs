#!/usr/bin/env node
// `npm run gen:proto [-- --check]`: static protobufjs code for every package
// under proto/tessera/<name>/v1, one module per package in src/proto/gen
// (<name>_v1.js + .d.ts), each with its own protobuf.roots name so packages
// never overwrite each other. --check regenerates into a temporary directory
// and fails when anything differs from what is checked in: the generated
// code never drifts from the .proto files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync, mkdirSync, copyFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from './lib.mjs';

const check = process.argv.includes('--check');
const protoRoot = join(root, 'proto');
const genDir = join(root, 'src', 'proto', 'gen');
const pbjs = join(root, 'node_modules', 'protobufjs-cli', 'bin', 'pbjs');

function packages() {
  const base = join(protoRoot, 'tessera');
  if (!existsSync(base)) return [];
  const out = [];
  for (const name of readdirSync(base).sort()) {
    for (const version of readdirSync(join(base, name)).sort()) {
      const dir = join(base, name, version);
      if (!statSync(dir).isDirectory()) continue;
      const files = readdirSync(dir).filter((f) => f.endsWith('.proto')).sort().map((f) => join(dir, f));
      if (files.length > 0) out.push({ id: `${name}_${version}`, files });
    }
  }
  return out;
}

function generate(into) {
  mkdirSync(into, { recursive: true });
  const made = [];
  for (const pkg of packages()) {
    const out = join(into, `${pkg.id}.js`);
    execFileSync(process.execPath, [
      pbjs, '-t', 'static-module', '-w', 'esm', '--dts', '--force-number', '--no-service',
      '-r', pkg.id, '-p', protoRoot, '-o', out, ...pkg.files.map((f) => relative(protoRoot, f)),
    ], { cwd: protoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    made.push(`${pkg.id}.js`, `${pkg.id}.d.ts`);
  }
  return made;
}

if (check) {
  const tmp = mkdtempSync(join(tmpdir(), 'tessera-proto-'));
  try {
    const made = generate(tmp);
    const present = existsSync(genDir) ? readdirSync(genDir).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts')) : [];
    const problems = [];
    for (const f of made) {
      const want = readFileSync(join(tmp, f), 'utf8');
      const have = existsSync(join(genDir, f)) ? readFileSync(join(genDir, f), 'utf8') : null;
      if (have === null) problems.push(`${f}: missing (run npm run gen:proto)`);
      else if (have !== want) problems.push(`${f}: differs from its .proto (run npm run gen:proto)`);
    }
    for (const f of present) if (!made.includes(f)) problems.push(`${f}: no .proto package produces it (delete it)`);
    if (problems.length > 0) {
      for (const p of problems) console.error(`gen:proto --check: src/proto/gen/${p}`);
      process.exit(1);
    }
    console.log(`gen:proto --check: ${made.length / 2} package(s) up to date`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  const tmp = mkdtempSync(join(tmpdir(), 'tessera-proto-'));
  const made = generate(tmp);
  rmSync(genDir, { recursive: true, force: true });
  mkdirSync(genDir, { recursive: true });
  for (const f of made) copyFileSync(join(tmp, f), join(genDir, f));
  rmSync(tmp, { recursive: true, force: true });
  console.log(`gen:proto: wrote ${made.length} file(s) to src/proto/gen`);
}
