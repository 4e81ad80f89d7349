#!/usr/bin/env node
// `npm run package:deb`: a Debian package built with dpkg-deb from this
// checkout (run `npm ci` first: it builds dist/ and the addon).
//
//   /usr/lib/tessera        the app: dist/src, bin/, the built addon, production node_modules
//   /usr/bin/tessera        a wrapper that runs it with the node on PATH (Node >= 20.19)
//   /lib/systemd/system     builder@.service
//   /etc/builder            example.toml (a conffile; commented), secrets/ (0700, builder)
//   postinst                the `builder` system user; daemon-reload when systemd runs
//
// Maintainer scripts honour DPKG_ROOT, so the package also installs into a
// throwaway root with `dpkg --root R --force-script-chrootless` (the test does).
// Prints the .deb's path as its last line.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { root } from './lib.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const arch = execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim();
const version = pkg.version;
const outDir = join(root, 'build', 'deb');
const stage = join(outDir, `tessera_${version}_${arch}`);
const app = join(stage, 'usr', 'lib', 'tessera');

function need(path, hint) {
  if (!existsSync(join(root, path))) {
    console.error(`package:deb: ${path} is missing (${hint})`);
    process.exit(1);
  }
}
need('dist/src/cli/entry.js', 'run `npm ci` or `npm run build` first');
need('build/Release/tessera.node', 'run `npm ci` or `npm run build:addon` first');
need('systemd/builder@.service', 'the systemd unit');
need('docs/operators/example-config.toml', 'the example configuration');

rmSync(stage, { recursive: true, force: true });
mkdirSync(app, { recursive: true });

// The app. Only what runs in production: no tests, benches or sources.
cpSync(join(root, 'dist', 'src'), join(app, 'dist', 'src'), { recursive: true, filter: (p) => !p.endsWith('.map') });
cpSync(join(root, 'bin'), join(app, 'bin'), { recursive: true });
mkdirSync(join(app, 'build', 'Release'), { recursive: true });
cpSync(join(root, 'build', 'Release', 'tessera.node'), join(app, 'build', 'Release', 'tessera.node'));
for (const f of ['package.json', 'package-lock.json', 'LICENSE', 'README.md']) if (existsSync(join(root, f))) cpSync(join(root, f), join(app, f));
// Production dependencies only, from the lock file; scripts off (the addon is already built).
execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: app, stdio: ['ignore', 'inherit', 'inherit'] });
rmSync(join(app, 'package-lock.json'), { force: true });
pruneNodeModules(join(app, 'node_modules'));
// node-addon-api holds headers for building the addon, which is already built.
rmSync(join(app, 'node_modules', 'node-addon-api'), { recursive: true, force: true });
// A shared object: stripped, not executable (Debian policy 10.1, 8.1).
execFileSync('strip', ['--strip-unneeded', '--remove-section=.comment', '--remove-section=.note', join(app, 'build', 'Release', 'tessera.node')]);
chmodSync(join(app, 'build', 'Release', 'tessera.node'), 0o644);

// /usr/bin/tessera: relative to its own location, so it works under any root.
const usrBin = join(stage, 'usr', 'bin');
mkdirSync(usrBin, { recursive: true });
writeFileSync(join(usrBin, 'tessera'), `#!/bin/sh
# tessera: the committee member agent (Debian package wrapper).
here=$(dirname "$(readlink -f "$0")")
exec node "$here/../lib/tessera/bin/tessera.js" "$@"
`);
chmodSync(join(usrBin, 'tessera'), 0o755);

// A man page made from `tessera --help`, so it lists exactly the commands this build has.
const man = join(stage, 'usr', 'share', 'man', 'man1');
mkdirSync(man, { recursive: true });
writeFileSync(join(man, 'tessera.1.gz'), gzipSync(Buffer.from(manPage(execFileSync(process.execPath, [join(root, 'bin', 'tessera.js'), '--help'], { encoding: 'utf8' }))), { level: 9 }));

const unitDir = join(stage, 'lib', 'systemd', 'system');
mkdirSync(unitDir, { recursive: true });
cpSync(join(root, 'systemd', 'builder@.service'), join(unitDir, 'builder@.service'));

const etc = join(stage, 'etc', 'builder');
mkdirSync(etc, { recursive: true });
cpSync(join(root, 'docs', 'operators', 'example-config.toml'), join(etc, 'example.toml'));

const doc = join(stage, 'usr', 'share', 'doc', 'tessera');
mkdirSync(doc, { recursive: true });
writeFileSync(join(doc, 'copyright'), `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: tessera
Source: the tessera repository

Files: *
Copyright: 2026 the tessera authors
License: ${pkg.license}
`);
const date = new Date().toUTCString().replace('GMT', '+0000');
writeFileSync(join(doc, 'changelog.gz'), gzipSync(Buffer.from(`tessera (${version}) unstable; urgency=medium\n\n  * Package built from the repository.\n\n -- tessera maintainers <tessera@example.org>  ${date}\n`), { level: 9 }));
const lintianDir = join(stage, 'usr', 'share', 'lintian', 'overrides');
mkdirSync(lintianDir, { recursive: true });
cpSync(join(root, 'packaging', 'deb', 'lintian-overrides'), join(lintianDir, 'tessera'));

// Control files.
const debian = join(stage, 'DEBIAN');
mkdirSync(debian, { recursive: true });
const installedKb = Number(execFileSync('du', ['-sk', '--exclude=DEBIAN', stage], { encoding: 'utf8' }).split('\t')[0]);
writeFileSync(join(debian, 'control'), `Package: tessera
Version: ${version}
Architecture: ${arch}
Maintainer: tessera maintainers <tessera@example.org>
Installed-Size: ${installedKb}
Depends: nodejs (>= 20.19), passwd, libc6, libstdc++6
Section: net
Priority: optional
Description: committee member agent for mosaik-style organisms
 tessera holds one seat in an organism's committee: it replicates a
 deterministic state machine with Raft over attested gRPC, admits only peers
 that prove with an Intel TDX quote that they run the pinned image, commits
 facts about the members it watches and serves them to integrators.
 Runs as the systemd unit builder@<instance>.
`);
writeFileSync(join(debian, 'conffiles'), '/etc/builder/example.toml\n');
for (const script of ['postinst', 'postrm']) {
  cpSync(join(root, 'packaging', 'deb', script), join(debian, script));
  chmodSync(join(debian, script), 0o755);
}

const deb = join(outDir, `tessera_${version}_${arch}.deb`);
execFileSync('dpkg-deb', ['--root-owner-group', '-Zxz', '--build', stage, deb], { stdio: ['ignore', 'ignore', 'inherit'] });
console.log(`package:deb: ${(statSync(deb).size / 1e6).toFixed(1)} MB`);
console.log(deb);

// Dependencies ship documentation, tests and VCS files that nothing loads at
// run time (and HTML pages that fetch scripts from CDNs): drop them.
function pruneNodeModules(dir) {
  const dropDirs = new Set(['test', 'tests', '__tests__', 'docs', 'doc', 'example', 'examples', 'benchmarks', 'bench', '.github', 'coverage']);
  const dropFile = /(^\.(gitattributes|npmignore|eslintrc.*|prettierrc.*|editorconfig|travis\.yml|taprc)$)|\.(md|markdown|html|map)$/i;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dropDirs.has(entry.name)) rmSync(p, { recursive: true, force: true });
      else pruneNodeModules(p);
    } else if (dropFile.test(entry.name)) {
      rmSync(p, { force: true });
    } else if (entry.isFile() && (statSync(p).mode & 0o111) !== 0 && !readFileSync(p).subarray(0, 2).equals(Buffer.from('#!'))) {
      chmodSync(p, 0o644); // executable bits on plain modules are packaging accidents
    }
  }
}

function manPage(help) {
  const esc = (t) => t.replace(/\\/g, '\\e').replace(/^\./gm, '\\&.').replace(/-/g, '\\-');
  const lines = help.split('\n');
  const commands = lines.filter((l) => /^  [a-z]/.test(l)).map((l) => {
    const m = /^  (\S+(?: \S+)?)\s{2,}(.*)$/.exec(l);
    return m ? `.TP\n.B tessera ${esc(m[1])}\n${esc(m[2])}` : '';
  });
  return `.TH TESSERA 1 "" "tessera ${version}" "User Commands"
.SH NAME
tessera \\- committee member agent for mosaik\\-style organisms
.SH SYNOPSIS
.B tessera
.I command
.RI [ options ]
.SH DESCRIPTION
tessera holds one seat in an organism committee: attested Raft, upstream
observation, and a public surface of committed facts. It runs as the systemd
unit builder@\\fIinstance\\fR, reading /etc/builder/\\fIinstance\\fR.toml.
Run \\fBtessera\\fR \\fIcommand\\fR \\fB\\-\\-help\\fR for a command's options.
.SH COMMANDS
${commands.join('\n')}
.SH EXIT STATUS
0 success; 1 failure; 2 usage error; 3 a check failed; 4 unavailable; 5 configuration invalid.
.SH FILES
.TP
/etc/builder/\\fIinstance\\fR.toml
the seat's configuration (example: /etc/builder/example.toml)
.TP
/etc/builder/common.env, /etc/builder/\\fIinstance\\fR.env
optional environment files read by the unit
.TP
/var/lib/builder/\\fIinstance\\fR
the seat's state (WAL, snapshots, node key)
.SH SEE ALSO
.BR systemctl (1),
.BR journalctl (1)
`;
}
