/**
 * Snapshot files in snap/: one per snapshot, named <term>-<index>.snap (16
 * hex digits each), written atomically (temp file, fsync, rename, fsync of
 * snap/). A 48-byte header with its own CRC32C, then the membership and the
 * state machine's data under a second CRC32C.
 */
import fs from 'node:fs';
import { join } from 'node:path';

import { crc32c } from '../hash/index.js';
import type { ConfState, Index, NodeId, Snapshot, Term } from '../raft/types.js';
import { asBuffer, hex16, readU64, writeU64 } from './bytes.js';
import { ioFailed, snapshotCorrupt } from './errors.js';
import type { StorageIo } from './io.js';

export const snapshotMagic = 0x504e5354; // "TSNP" little-endian
export const snapshotVersion = 1;
export const snapshotHeaderBytes = 48;
export const snapshotTempSuffix = '.snap.tmp';

export interface SnapshotFileName {
  readonly name: string;
  readonly index: number;
  readonly term: number;
}

export function snapshotFileName(term: number, index: number): string {
  return `${hex16(term)}-${hex16(index)}.snap`;
}

const snapshotNamePattern = /^([0-9a-f]{16})-([0-9a-f]{16})\.snap$/;

export function parseSnapshotFileName(name: string): SnapshotFileName | undefined {
  const m = snapshotNamePattern.exec(name);
  if (!m) return undefined;
  const term = Number.parseInt(m[1]!, 16);
  const index = Number.parseInt(m[2]!, 16);
  if (!Number.isSafeInteger(term) || !Number.isSafeInteger(index)) return undefined;
  return { name, index, term };
}

/** Snapshot files in `snapDir`, oldest (lowest index) first. */
export function listSnapshotFiles(snapDir: string): SnapshotFileName[] {
  const out: SnapshotFileName[] = [];
  for (const name of fs.readdirSync(snapDir)) {
    const p = parseSnapshotFileName(name);
    if (p) out.push(p);
  }
  return out.sort((a, b) => a.index - b.index || a.term - b.term);
}

/** Header and membership bytes (everything before the data). */
export function encodeSnapshotPrefix(s: Snapshot): Buffer {
  const { voters, learners } = s.metadata.confState;
  const members = voters.length + learners.length;
  const b = Buffer.alloc(snapshotHeaderBytes + 8 * members);
  b.writeUInt32LE(snapshotMagic, 0);
  b.writeUInt16LE(snapshotVersion, 4);
  b.writeUInt16LE(snapshotHeaderBytes, 6);
  writeU64(b, 8, s.metadata.index);
  writeU64(b, 16, s.metadata.term);
  b.writeUInt32LE(voters.length, 24);
  b.writeUInt32LE(learners.length, 28);
  writeU64(b, 32, s.data.length);
  let o = snapshotHeaderBytes;
  for (const id of [...voters, ...learners]) {
    writeU64(b, o, id);
    o += 8;
  }
  const bodyCrc = crc32c(s.data, crc32c(b.subarray(snapshotHeaderBytes)));
  b.writeUInt32LE(bodyCrc, 40);
  b.writeUInt32LE(crc32c(b.subarray(0, 44)), 44);
  return b;
}

export interface SnapshotReadLimits {
  readonly snapshotDataBytesMax: number;
  readonly confMembersMax: number;
}

/** Decodes a snapshot file's bytes; throws SNAPSHOT_CORRUPT naming `file` and the offset at fault. */
export function decodeSnapshot(b: Buffer, file: string, limits: SnapshotReadLimits, expected?: { index: number; term: number }): Snapshot {
  if (b.length < snapshotHeaderBytes) throw snapshotCorrupt(file, b.length, `file is ${b.length} bytes, shorter than the ${snapshotHeaderBytes}-byte header`);
  if (crc32c(b.subarray(0, 44)) !== b.readUInt32LE(44)) throw snapshotCorrupt(file, 44, 'header checksum mismatch');
  if (b.readUInt32LE(0) !== snapshotMagic) throw snapshotCorrupt(file, 0, 'bad magic');
  if (b.readUInt16LE(4) !== snapshotVersion) throw snapshotCorrupt(file, 4, `version ${b.readUInt16LE(4)} is not supported`);
  if (b.readUInt16LE(6) !== snapshotHeaderBytes) throw snapshotCorrupt(file, 6, `header size ${b.readUInt16LE(6)}`);
  const index = readU64(b, 8);
  const term = readU64(b, 16);
  if (index < 1) throw snapshotCorrupt(file, 8, 'index out of range');
  if (term < 1) throw snapshotCorrupt(file, 16, 'term out of range');
  if (expected && (expected.index !== index || expected.term !== term)) {
    throw snapshotCorrupt(file, 8, `header says index ${index} term ${term}, the file name says index ${expected.index} term ${expected.term}`);
  }
  const voterCount = b.readUInt32LE(24);
  const learnerCount = b.readUInt32LE(28);
  if (voterCount + learnerCount > limits.confMembersMax) throw snapshotCorrupt(file, 24, `${voterCount + learnerCount} members exceed confMembersMax=${limits.confMembersMax}`);
  const dataBytes = readU64(b, 32);
  if (dataBytes < 0 || dataBytes > limits.snapshotDataBytesMax) throw snapshotCorrupt(file, 32, `data size ${dataBytes} exceeds snapshotDataBytesMax=${limits.snapshotDataBytesMax}`);
  const dataAt = snapshotHeaderBytes + 8 * (voterCount + learnerCount);
  if (b.length !== dataAt + dataBytes) throw snapshotCorrupt(file, Math.min(b.length, dataAt + dataBytes), `file is ${b.length} bytes, the header says ${dataAt + dataBytes}`);
  if (crc32c(b.subarray(snapshotHeaderBytes)) !== b.readUInt32LE(40)) throw snapshotCorrupt(file, snapshotHeaderBytes, 'body (membership and data) checksum mismatch');
  const ids: NodeId[] = [];
  for (let o = snapshotHeaderBytes; o < dataAt; o += 8) {
    const id = readU64(b, o);
    if (id < 1) throw snapshotCorrupt(file, o, 'member id out of range');
    ids.push(id as NodeId);
  }
  const confState: ConfState = { voters: ids.slice(0, voterCount), learners: ids.slice(voterCount) };
  const data = new Uint8Array(dataBytes);
  data.set(b.subarray(dataAt));
  return { metadata: { index: index as Index, term: term as Term, confState }, data };
}

export function readSnapshotFile(snapDir: string, f: SnapshotFileName, limits: SnapshotReadLimits): Snapshot {
  const file = join(snapDir, f.name);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw ioFailed('read', file, e);
  }
  return decodeSnapshot(bytes, file, limits, f);
}

/**
 * Writes `s` to snap/ atomically; resolves with the file's path once the
 * file and its name are durable.
 */
export async function writeSnapshotFile(
  io: StorageIo,
  snapDir: string,
  s: Snapshot,
  onSync: (target: 'snapshot' | 'directory', p: Promise<void>) => Promise<void>,
): Promise<string> {
  const name = snapshotFileName(s.metadata.term, s.metadata.index);
  const file = join(snapDir, name);
  const tmp = file.slice(0, -'.snap'.length) + snapshotTempSuffix;
  const prefix = encodeSnapshotPrefix(s);
  let fd: number;
  try {
    fd = await io.open(tmp, 'w');
  } catch (e) {
    throw ioFailed('open', tmp, e);
  }
  try {
    await io.write(fd, prefix, 0);
    if (s.data.length > 0) await io.write(fd, asBuffer(s.data), prefix.length);
    await onSync('snapshot', io.fsync(fd));
  } catch (e) {
    await io.close(fd).catch(() => undefined);
    await io.unlink(tmp).catch(() => undefined);
    throw ioFailed('write', tmp, e);
  }
  try {
    await io.close(fd);
    await io.rename(tmp, file);
    await onSync('directory', io.syncDirectory(snapDir));
  } catch (e) {
    throw ioFailed('rename', file, e);
  }
  return file;
}
