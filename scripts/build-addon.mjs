#!/usr/bin/env node
// Builds the native addon (build/Release/tessera.node) with node-gyp, offline:
// node's own headers (which include its OpenSSL headers) are used, so nothing
// is downloaded. Run by `npm ci` / `npm install` (the "install" script).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const prefix = dirname(dirname(process.execPath));

function findNodeDir() {
  const fromEnv = process.env.npm_config_nodedir;
  if (fromEnv && existsSync(join(fromEnv, 'include', 'node', 'node_api.h'))) return fromEnv;
  if (existsSync(join(prefix, 'include', 'node', 'node_api.h'))) return prefix;
  return undefined;
}

function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((p) => p && existsSync(p));
}

const nodedir = findNodeDir();
if (!nodedir) {
  console.error(
    `build-addon: node headers not found under ${prefix}/include/node; ` +
      'set npm_config_nodedir to a directory holding include/node (the build never downloads headers)',
  );
  process.exit(1);
}
const gyp = findNodeGyp();
if (!gyp) {
  console.error('build-addon: node-gyp not found (it ships with npm); set npm_config_node_gyp');
  process.exit(1);
}
const args = [gyp, 'rebuild', `--nodedir=${nodedir}`, '--jobs=max', ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
