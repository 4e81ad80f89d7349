/**
 * Remote admin replay protection (admin-auth.ts, admin-replay-log.ts): a
 * signed nonce identifies each request, so identical requests in the same
 * millisecond are two requests; seen nonces live in a file-backed store, so
 * a request captured before a seat restart is still refused after it.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TesseraError } from '../../src/common/errors.js';
import { AdminAuthVerifier, nonceMetadataKey, signAdminRequest, type ReplayStore } from '../../src/node/admin-auth.js';
import { adminReplayLogName, FileReplayStore } from '../../src/node/admin-replay-log.js';

const removePath = '/tessera.admin.v1.Admin/Remove';
const request = Buffer.from([8, 42]); // RemoveRequest { id: 42 }
const skew = 5 * 60_000;
const alice = generateKeyPairSync('ed25519');
const raw = (k: KeyObject) => new Uint8Array(k.export({ format: 'der', type: 'spki' }).subarray(12));

function refusal(f: () => unknown): TesseraError {
  try {
    f();
  } catch (e) {
    if (e instanceof TesseraError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('signed admin requests carry a nonce', () => {
  let now = 1_765_000_000_000;
  const verifier = () => new AdminAuthVerifier({ operators: [{ name: 'alice', publicKey: raw(alice.publicKey), human: true }], now: () => now });

  it('two identical requests signed in the same millisecond are both accepted (each has its own nonce)', () => {
    const v = verifier();
    const a = signAdminRequest(removePath, request, 'alice', alice.privateKey, now);
    const b = signAdminRequest(removePath, request, 'alice', alice.privateKey, now);
    expect(v.verify(removePath, a, request).operator).toBe('alice');
    expect(v.verify(removePath, b, request).operator).toBe('alice');
    // The first one sent again is still a replay.
    expect(refusal(() => v.verify(removePath, a, request)).message).toMatch(/replayed request from operator alice/);
  });

  it('a request without a nonce is refused naming the metadata; a nonce swapped after signing does not verify', () => {
    const v = verifier();
    const md = signAdminRequest(removePath, request, 'alice', alice.privateKey, now);
    const noNonce = md.clone();
    noNonce.remove(nonceMetadataKey);
    const e = refusal(() => v.verify(removePath, noNonce, request));
    expect(e.code).toBe('ADMIN_AUTH_MISSING');
    expect(e.message).toContain(nonceMetadataKey);
    const swapped = md.clone();
    swapped.set(nonceMetadataKey, Buffer.alloc(16, 1));
    expect(refusal(() => v.verify(removePath, swapped, request)).message).toMatch(/does not verify/);
    const short = signAdminRequest(removePath, request, 'alice', alice.privateKey, now, Buffer.alloc(8, 2));
    expect(refusal(() => v.verify(removePath, short, request)).message).toMatch(/8 bytes; it must be 16\.\.64/);
  });
});

describe('the replay log survives a restart', () => {
  let dir: string;
  let now: number;
  const verifier = (store: ReplayStore) =>
    new AdminAuthVerifier({ operators: [{ name: 'alice', publicKey: raw(alice.publicKey), human: true }], now: () => now, replayStore: store });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-replay-'));
    now = 1_765_000_000_000;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a request accepted before the restart is refused after it, within the skew window; a fresh one is accepted', () => {
    const path = join(dir, adminReplayLogName);
    const first = new FileReplayStore(path);
    const captured = signAdminRequest(removePath, request, 'alice', alice.privateKey, now);
    verifier(first).verify(removePath, captured, request);
    first.close(); // the seat stops (or crashes: the line was fsynced before the request ran)

    now += 60_000;
    const second = new FileReplayStore(path);
    const v = verifier(second);
    expect(refusal(() => v.verify(removePath, captured, request)).message).toMatch(/replayed/);
    expect(v.verify(removePath, signAdminRequest(removePath, request, 'alice', alice.privateKey, now), request).operator).toBe('alice');
    second.close();
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(2);

    // Past the skew window the captured request is refused for its timestamp, and a restart compacts the log.
    now += skew + 120_000;
    const third = new FileReplayStore(path);
    const v3 = verifier(third);
    expect(refusal(() => v3.verify(removePath, captured, request)).message).toMatch(/from this seat's clock/);
    third.close();
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('a torn last line is skipped; any other bad line refuses to start, naming the file and line', () => {
    const path = join(dir, adminReplayLogName);
    writeFileSync(path, `${now} ${'ab'.repeat(32)}\n${now} ab`);
    expect(new FileReplayStore(path).load()).toEqual([{ timestampMs: now, id: 'ab'.repeat(32) }]);
    appendFileSync(path, '\nmore\n');
    const e = refusal(() => verifier(new FileReplayStore(path)));
    expect(e.code).toBe('ADMIN_REPLAY_LOG_FAILED');
    expect(e.message).toContain(`${path} line 2`);
  });

  it('a request that cannot be recorded is refused (ADMIN_REPLAY_LOG_FAILED), never run unrecorded', () => {
    const failing: ReplayStore = {
      load: () => [],
      rewrite: () => undefined,
      record: () => {
        throw new Error('ENOSPC: no space left on device');
      },
    };
    const e = refusal(() => verifier(failing).verify(removePath, signAdminRequest(removePath, request, 'alice', alice.privateKey, now), request));
    expect(e.code).toBe('ADMIN_REPLAY_LOG_FAILED');
    expect(e.message).toMatch(/ENOSPC/);
  });

  it('the log is compacted while running once appended lines outgrow the live ones', () => {
    const path = join(dir, adminReplayLogName);
    const store = new FileReplayStore(path);
    const v = verifier(store);
    for (let k = 0; k < 1100; k++) {
      now += 1000; // 1100 s: most of them fall out of the 300 s window
      v.verify(removePath, signAdminRequest(removePath, request, 'alice', alice.privateKey, now), request);
    }
    store.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThan(1100);
    expect(lines.length).toBeGreaterThan(300);
  });
});
