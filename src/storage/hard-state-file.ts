/**
 * The hard state file (term, vote, commit): 36 bytes with its own CRC32C,
 * replaced atomically (temp file, fsync, rename, fsync of the directory), so
 * that a reader sees either the old or the new one, never a mix.
 */
import fs from 'node:fs';
import { join } from 'node:path';

import { crc32c } from '../hash/index.js';
import type { HardState, Index, NodeId, Term } from '../raft/types.js';
import { readU64, writeU64 } from './bytes.js';
import { hardStateCorrupt, ioFailed } from './errors.js';
import type { StorageIo } from './io.js';

export const hardStateFileName = 'hardstate';
export const hardStateTempName = 'hardstate.tmp';
export const hardStateMagic = 0x54534854; // "THST" little-endian
export const hardStateVersion = 1;
export const hardStateFileBytes = 36;

export function encodeHardState(h: HardState): Buffer {
  const b = Buffer.alloc(hardStateFileBytes);
  b.writeUInt32LE(hardStateMagic, 0);
  b.writeUInt16LE(hardStateVersion, 4);
  b.writeUInt16LE(0, 6);
  writeU64(b, 8, h.term);
  writeU64(b, 16, h.vote);
  writeU64(b, 24, h.commit);
  b.writeUInt32LE(crc32c(b.subarray(0, 32)), 32);
  return b;
}

/** Decodes a hard state file's bytes; throws HARDSTATE_CORRUPT naming `file` and the offset at fault. */
export function decodeHardState(b: Buffer, file: string): HardState {
  if (b.length !== hardStateFileBytes) throw hardStateCorrupt(file, Math.min(b.length, hardStateFileBytes), `file is ${b.length} bytes (expected ${hardStateFileBytes})`);
  if (crc32c(b.subarray(0, 32)) !== b.readUInt32LE(32)) throw hardStateCorrupt(file, 32, 'checksum mismatch');
  if (b.readUInt32LE(0) !== hardStateMagic) throw hardStateCorrupt(file, 0, 'bad magic');
  if (b.readUInt16LE(4) !== hardStateVersion) throw hardStateCorrupt(file, 4, `version ${b.readUInt16LE(4)} is not supported`);
  const term = readU64(b, 8);
  const vote = readU64(b, 16);
  const commit = readU64(b, 24);
  if (term < 0) throw hardStateCorrupt(file, 8, 'term out of range');
  if (vote < 0) throw hardStateCorrupt(file, 16, 'vote out of range');
  if (commit < 0) throw hardStateCorrupt(file, 24, 'commit out of range');
  return { term: term as Term, vote: vote as NodeId, commit: commit as Index };
}

/** The hard state file in `dir`, or undefined if there is none (a new seat, or one that has not saved a hard state yet). */
export function readHardStateFile(dir: string): HardState | undefined {
  const file = join(dir, hardStateFileName);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioFailed('read', file, e);
  }
  return decodeHardState(bytes, file);
}

/**
 * Replaces the hard state file atomically. Resolves once the new contents
 * and the rename are durable. `onSync` times each fsync.
 */
export async function writeHardStateFile(io: StorageIo, dir: string, h: HardState, onSync: (target: 'hardState' | 'directory', p: Promise<void>) => Promise<void>): Promise<void> {
  const tmp = join(dir, hardStateTempName);
  const file = join(dir, hardStateFileName);
  let fd: number;
  try {
    fd = await io.open(tmp, 'w');
  } catch (e) {
    throw ioFailed('open', tmp, e);
  }
  try {
    await io.write(fd, encodeHardState(h), 0);
    await onSync('hardState', io.fsync(fd));
  } catch (e) {
    await io.close(fd).catch(() => undefined);
    throw ioFailed('write', tmp, e);
  }
  try {
    await io.close(fd);
    await io.rename(tmp, file);
  } catch (e) {
    throw ioFailed('rename', file, e);
  }
  try {
    await onSync('directory', io.syncDirectory(dir));
  } catch (e) {
    throw ioFailed('fsync', dir, e);
  }
}
