#!/usr/bin/env node
// A fake configfs-tsm "kernel" for tests, run as its own process:
//
//   node test/helpers/fake-tsm.mjs ROOT SCENARIO
//
// It watches ROOT for report entries the code under test mkdirs, and gives
// each one the files configfs would: provider, generation, and inblob /
// outblob as FIFOs, so a write to inblob and the read of outblob meet this
// process like they meet the kernel. For each inblob it reads, it bumps
// generation and answers on outblob with "FAKEQUOTE" + the REPORTDATA.
//
// SCENARIO: ok | race-once (another writer bumps generation on the first
// request, then all is well) | race-always | empty (outblob empty) |
// wrong-provider (provider reads sev_guest). Prints "ready" when watching.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [root, scenario] = process.argv.slice(2);
const entries = new Map(); // name -> { requests, stage, fd, got }

function populate(dir) {
  writeFileSync(join(dir, 'generation'), '7\n');
  const r = spawnSync('mkfifo', ['-m', '600', join(dir, 'inblob'), join(dir, 'outblob')]);
  if (r.status !== 0) throw new Error('mkfifo failed: ' + r.stderr);
  // Provider last: the code under test waits for it, then finds everything else in place.
  writeFileSync(join(dir, '.provider'), scenario === 'wrong-provider' ? 'sev_guest\n' : 'tdx_guest\n');
  renameSync(join(dir, '.provider'), join(dir, 'provider'));
}

function step(name, e) {
  const dir = join(root, name);
  if (e.stage === 'read-inblob') {
    if (e.fd === undefined) e.fd = openSync(join(dir, 'inblob'), constants.O_RDONLY | constants.O_NONBLOCK);
    const buf = Buffer.alloc(256);
    let n;
    try {
      n = readSync(e.fd, buf, 0, buf.length, null);
    } catch (err) {
      if (err.code === 'EAGAIN') return;
      throw err;
    }
    if (n > 0) {
      e.got = Buffer.concat([e.got, buf.subarray(0, n)]);
      return;
    }
    if (e.got.length < 64) return; // no writer yet (EOF on an unconnected FIFO)
    closeSync(e.fd);
    e.fd = undefined;
    e.requests += 1;
    const g = Number(readFileSync(join(dir, 'generation'), 'utf8'));
    const raced = scenario === 'race-always' || (scenario === 'race-once' && e.requests === 1);
    // The write to inblob bumps generation once; a racing writer bumps it again.
    writeFileSync(join(dir, 'generation'), `${g + (raced ? 2 : 1)}\n`);
    e.reply = scenario === 'empty' ? Buffer.alloc(0) : Buffer.concat([Buffer.from('FAKEQUOTE'), e.got.subarray(0, 64)]);
    e.got = Buffer.alloc(0);
    e.stage = 'write-outblob';
  }
  if (e.stage === 'write-outblob') {
    let fd;
    try {
      fd = openSync(join(dir, 'outblob'), constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (err) {
      if (err.code === 'ENXIO') return; // no reader yet
      throw err;
    }
    if (e.reply.length > 0) writeSync(fd, e.reply);
    closeSync(fd);
    e.stage = 'read-inblob';
  }
}

function tick() {
  let names = [];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (entries.has(name) || name.startsWith('.')) continue;
    const e = { requests: 0, stage: 'read-inblob', fd: undefined, got: Buffer.alloc(0) };
    entries.set(name, e);
    try {
      populate(join(root, name));
    } catch {
      // removed while we populated it
    }
  }
  for (const [name, e] of entries) {
    if (!existsSync(join(root, name))) {
      if (e.fd !== undefined) closeSync(e.fd);
      entries.delete(name);
      continue;
    }
    try {
      step(name, e);
    } catch {
      // the entry went away under us: forget it on the next tick
    }
  }
}

setInterval(tick, 1);
process.stdout.write('ready\n');
