import blake3wasm from 'blake3-wasm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  checkUpstreamIdentity,
  classOfKey,
  coalitionFingerprint,
  encodeCoalition,
  encodeFingerprintInput,
  encodeOrganismContent,
  encodeStableIdInput,
  expectedUpstreamFingerprint,
  identityContexts,
  isFingerprinted,
  OrganismIdentity,
  organismContentHash,
  organismFingerprint,
  organismStableId,
  parseCoalitionConfig,
  seatSectionFields,
  type SeatConfig,
} from '../../src/config/index.js';
import { blake3DeriveKey } from '../../src/hash/index.js';
import { extraContentMutations, fullConfig, keysWithoutAlternative, loadText, mutate, mutations, readTestdata } from './mutations.js';

/**
 * Golden vectors. These must never change: integrators compile fingerprints
 * in. A change here is a new identity schema version (identity.md), not a fix.
 */
const golden = {
  minimal: {
    stableId: '05457c819175fa7ff421d40ca38f572b18726ff5cd7b40e9ea793b24aad2da8e',
    contentHash: '8834a88ec9f26a500b1f703d1c14e46ed1eff99661c213a1a4205238221023a9',
    fingerprint: 'a690af378d04b51db68abfd31fbe4a4814ce9e0ea21e70604256bae90d41eeae',
  },
  full: {
    stableId: '6d00632c57b1d59143f43f7cf9d06856f68f50876eee3007cbd62d2a5d656d6c',
    contentHash: 'e7f0a4cb0078008ff011b9d6f40fa7218260f23d0c7b72db3540038fa1a8326b',
    fingerprint: '0b894a4a7cc4870959d4c8574a58c30f073367b4ae5c9574a39580f2739de889',
  },
  coalition: 'd7cb1865679a71b2faacf316dde2d6d84c9fa134f9387d2ef2b485594cef4b97',
};

/** The minimal config's content encoding, byte for byte (identity.md shows the same bytes). */
const minimalContentHex = [
  '01', // schema version
  '00000008' + Buffer.from('organism').toString('hex'), // machine
  '00000000', // members: empty set
  '00000001' + '00000030' + '91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7', // mrtd
  '00000000', // rtmr0..3 absent
  '00000001' + '00000008' + Buffer.from('UpToDate').toString('hex'), // tcb_status
  '00', // allow_debug
  '00', // allow_service_td
  '0000000000278d00', // collateral_age_max_s = 2592000
  '00', // remove_unattested
  '00000005' + Buffer.from('stall').toString('hex'),
  '0000000000007530', // deadline_ms = 30000
  '00000006' + Buffer.from('merkle').toString('hex'),
  '00', // fold_module_blake3 absent
  '00000004' + Buffer.from('slot').toString('hex'),
  '01', // acl.public
  '00000000', // acl.integrators
  '00000000', // ticket issuers
].join('');

const ids = (c: SeatConfig) => ({ stableId: c.identity.stableIdHex, contentHash: c.identity.contentHashHex, fingerprint: c.identity.fingerprintHex });

/**
 * A second implementation of the encoding, written from identity.md and
 * hashed with blake3-wasm: the golden vectors must follow the documented
 * layout, not merely whatever the code happens to produce.
 */
const independent = {
  u32: (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  },
  u64: (n: number) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(BigInt(n));
    return b;
  },
  bytes: (b: Buffer) => Buffer.concat([independent.u32(b.length), b]),
  str: (s: string) => independent.bytes(Buffer.from(s, 'ascii')),
  hex: (s: string) => independent.bytes(Buffer.from(s, 'hex')),
  bool: (v: boolean) => Buffer.of(v ? 1 : 0),
  opt: (v: Buffer | undefined) => (v === undefined ? Buffer.of(0) : Buffer.concat([Buffer.of(1), v])),
  set: (items: Buffer[]) => Buffer.concat([independent.u32(items.length), ...[...items].sort(Buffer.compare)]),
  content(c: SeatConfig): Buffer {
    const { u64, str, hex, bool, opt, set } = independent;
    const a = c.admission;
    return Buffer.concat([
      Buffer.of(1),
      str(c.organism.machine),
      set(c.members.map((m) => Buffer.concat([hex(m.stableId), opt(m.contentHash === undefined ? undefined : hex(m.contentHash))]))),
      set(a.mrtd.map(hex)),
      ...[a.rtmr0, a.rtmr1, a.rtmr2, a.rtmr3].map((r) => opt(r === undefined ? undefined : set(r.map(hex)))),
      set(a.tcbStatus.map(str)),
      bool(a.allowDebug),
      bool(a.allowServiceTd),
      u64(a.collateralAgeMaxS),
      bool(a.removeUnattested),
      str(c.apply.policy),
      u64(c.apply.deadlineMs),
      str(c.apply.fold),
      opt(c.apply.foldModuleBlake3 === undefined ? undefined : hex(c.apply.foldModuleBlake3)),
      str(c.apply.keyKind),
      bool(c.acl.public),
      set(c.acl.integrators.map(hex)),
      set(c.ticketIssuers.map((t) => Buffer.concat([hex(t.publicKey), set(t.scope.map(str))]))),
    ]);
  },
  ids(c: SeatConfig) {
    const stableId = blake3wasm.deriveKey(identityContexts.stableId, Buffer.concat([Buffer.of(1), independent.str(c.organism.kind), independent.str(c.organism.name)]));
    const contentHash = blake3wasm.deriveKey(identityContexts.contentHash, independent.content(c));
    const fingerprint = blake3wasm.deriveKey(identityContexts.fingerprint, Buffer.concat([Buffer.of(1), stableId, contentHash]));
    return { stableId: stableId.toString('hex'), contentHash: contentHash.toString('hex'), fingerprint: fingerprint.toString('hex') };
  },
};

describe('identity: golden vectors', () => {
  it('minimal.toml', () => {
    const c = loadText(readTestdata('minimal.toml'));
    expect(ids(c)).toEqual(golden.minimal);
    expect(encodeOrganismContent(c).toString('hex')).toBe(minimalContentHex);
  });

  it('full.toml (every content key set)', () => {
    expect(ids(fullConfig())).toEqual(golden.full);
  });

  it('full-reordered.toml: key and set order, member order, hex case, comments, defaults written out, seat-local keys and labels do not matter', () => {
    const c = loadText(readTestdata('full-reordered.toml'));
    expect(ids(c)).toEqual(golden.full);
    // It really is different: other labels, other seat-local values.
    expect(c.seat.dataDir).not.toBe(fullConfig().seat.dataDir);
    expect(c.members.map((m) => m.name)).not.toEqual(fullConfig().members.map((m) => m.name));
  });

  it('coalition.toml', () => {
    expect(parseCoalitionConfig('coalition.toml', readTestdata('coalition.toml')).fingerprint).toBe(golden.coalition);
  });

  it('agree with an independent encoder written from identity.md and hashed by blake3-wasm', () => {
    for (const c of [loadText(readTestdata('minimal.toml')), fullConfig()]) {
      expect(independent.content(c).equals(encodeOrganismContent(c))).toBe(true);
      expect(independent.ids(c)).toEqual(ids(c));
    }
    const coalition = parseCoalitionConfig('c.toml', readTestdata('coalition.toml'));
    const { str, hex, u32, opt } = independent;
    const enc = Buffer.concat([
      Buffer.of(1),
      str(coalition.name),
      u32(coalition.members.length),
      ...coalition.members.map((m) => Buffer.concat([str(m.kind), hex(m.stableId)])),
      opt(coalition.ticketIssuer === undefined ? undefined : hex(coalition.ticketIssuer)),
    ]);
    expect(enc.equals(encodeCoalition(coalition))).toBe(true);
    expect(blake3wasm.deriveKey(identityContexts.coalition, enc).toString('hex')).toBe(golden.coalition);
  });
});

describe('identity: what changes the fingerprint', () => {
  const base = fullConfig();

  it('has a mutation for every key of the schema', () => {
    const keys = Object.entries(seatSectionFields).flatMap(([s, fields]) => Object.keys(fields).map((k) => `${s}.${k}`));
    const missing = keys.filter((k) => !(k in mutations) && !keysWithoutAlternative.has(k));
    expect(missing).toEqual([]);
    expect(Object.keys(mutations).filter((k) => !keys.includes(k))).toEqual([]);
  });

  for (const [key, change] of Object.entries(mutations)) {
    const fingerprinted = isFingerprinted(key);
    it(`${key}: ${fingerprinted ? `changes the ${classOfKey(key) === 'rename' ? 'stable id' : 'content hash'} and the fingerprint` : 'changes nothing in the identity'}`, () => {
      const changed = mutate(base, change);
      const [a, b] = [ids(base), ids(changed)];
      if (!fingerprinted) {
        expect(b).toEqual(a);
      } else if (classOfKey(key) === 'rename') {
        expect(b.stableId).not.toBe(a.stableId);
        expect(b.contentHash).toBe(a.contentHash);
        expect(b.fingerprint).not.toBe(a.fingerprint);
      } else {
        expect(b.stableId).toBe(a.stableId);
        expect(b.contentHash).not.toBe(a.contentHash);
        expect(b.fingerprint).not.toBe(a.fingerprint);
      }
    });
  }

  it('gives every content change its own content hash', () => {
    const hashes = new Set<string>([base.identity.contentHashHex]);
    const changes = [...Object.entries(mutations).filter(([k]) => isFingerprinted(k) && classOfKey(k) !== 'rename'), ...Object.entries(extraContentMutations)];
    for (const [, change] of changes) hashes.add(mutate(base, change).identity.contentHashHex);
    expect(hashes.size).toBe(changes.length + 1);
  });

  it('is unchanged by any permutation of sets and members, and by hex case', () => {
    const text = readTestdata('full.toml');
    const sets = {
      mrtd: [...base.admission.mrtd],
      integrators: [...base.acl.integrators],
      tcb: [...base.admission.tcbStatus],
    };
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sets.mrtd, { minLength: 2, maxLength: 2 }),
        fc.shuffledSubarray(sets.integrators, { minLength: 2, maxLength: 2 }),
        fc.shuffledSubarray(sets.tcb, { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        fc.boolean(),
        (mrtd, integrators, tcb, upper, swapMembers) => {
          const cs = (s: string) => (upper ? s.toUpperCase() : s);
          let t = text
            .replace(/mrtd = \[[^\]]*\]/, `mrtd = [${mrtd.map((m) => `"${cs(m)}"`).join(', ')}]`)
            .replace(/integrators = \[[^\]]*\]/, `integrators = [${integrators.map((m) => `"${cs(m)}"`).join(', ')}]`)
            .replace(/tcb_status = \[[^\]]*\]/, `tcb_status = [${tcb.map((m) => `"${m}"`).join(', ')}]`);
          if (swapMembers) {
            const start = t.indexOf('[[member]]');
            const second = t.indexOf('[[member]]', start + 1);
            const end = t.indexOf('[apply]');
            t = t.slice(0, start) + t.slice(second, end) + '\n' + t.slice(start, second) + t.slice(end);
          }
          expect(ids(loadText(t))).toEqual(golden.full);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('identity: derivations', () => {
  it('uses four distinct contexts, so the same bytes never give the same id twice', () => {
    expect(new Set(Object.values(identityContexts)).size).toBe(4);
    const material = encodeStableIdInput('tally', 'organism');
    const digests = Object.values(identityContexts).map((ctx) => blake3DeriveKey(ctx, material).toString('hex'));
    expect(new Set(digests).size).toBe(4);
    expect(organismStableId('tally', 'organism').toString('hex')).toBe(digests[0]);
  });

  it('derives the fingerprint from the stable id and the content hash only', () => {
    const c = fullConfig();
    expect(organismFingerprint(c.identity.stableId, c.identity.contentHash).toString('hex')).toBe(c.identity.fingerprintHex);
    expect(organismContentHash(c).toString('hex')).toBe(c.identity.contentHashHex);
    expect(encodeFingerprintInput(c.identity.stableId, c.identity.contentHash)).toHaveLength(65);
    expect(() => encodeFingerprintInput(Buffer.alloc(31), c.identity.contentHash)).toThrow(/32 bytes/);
  });

  it('hands out copies of its bytes: the identity cannot be changed through them', () => {
    const c = fullConfig();
    const before = c.identity.fingerprintHex;
    c.identity.fingerprint.fill(0);
    c.identity.stableId.fill(0);
    expect(c.identity.fingerprintHex).toBe(before);
    expect(c.identity.fingerprint.toString('hex')).toBe(before);
    expect(Object.isFrozen(c.identity)).toBe(true);
    expect(JSON.parse(JSON.stringify(c.identity))).toEqual({ stable_id: c.identity.stableIdHex, content_hash: c.identity.contentHashHex, fingerprint: before });
    expect(new OrganismIdentity(c.identity.stableId, c.identity.contentHash).fingerprintHex).toBe(before);
  });

  it('refuses malformed programmatic input with IDENTITY_INPUT_INVALID', () => {
    const c = fullConfig();
    const bad = { ...c, members: [{ stableId: 'zz', contentHash: undefined }] };
    expect(() => encodeOrganismContent(bad)).toThrow(expect.objectContaining({ code: 'IDENTITY_INPUT_INVALID', message: expect.stringContaining('member stable_id') }));
    const dup = { ...c, acl: { public: false, integrators: ['ab'.repeat(32), 'AB'.repeat(32)] } };
    expect(() => encodeOrganismContent(dup)).toThrow(expect.objectContaining({ code: 'IDENTITY_INPUT_INVALID', message: expect.stringContaining('twice') }));
    const big = { ...c, apply: { ...c.apply, deadlineMs: 2 ** 60 } };
    expect(() => encodeOrganismContent(big)).toThrow(expect.objectContaining({ code: 'IDENTITY_INPUT_INVALID' }));
  });
});

describe('identity: coalitions', () => {
  const text = readTestdata('coalition.toml');
  const fp = (t: string) => parseCoalitionConfig('c.toml', t).fingerprint;

  it('keeps member order: reordering members changes the fingerprint', () => {
    const start = text.indexOf('[[coalition.member]]');
    const second = text.indexOf('[[coalition.member]]', start + 1);
    const swapped = text.slice(0, start) + text.slice(second) + '\n' + text.slice(start, second);
    const c = parseCoalitionConfig('c.toml', swapped);
    expect(c.members.map((m) => m.kind)).toEqual(['organism', 'organism', 'lattice']);
    expect(c.fingerprint).not.toBe(golden.coalition);
  });

  it('changes with the name, a member kind, a stable id and the ticket issuer; not with labels or hex case', () => {
    expect(fp(text.replace('"eth-builders"', '"eth-builders-2"'))).not.toBe(golden.coalition);
    expect(fp(text.replace('kind = "lattice"', 'kind = "organism"'))).not.toBe(golden.coalition);
    expect(fp(text.replace('5555555555', '5555555556'))).not.toBe(golden.coalition);
    expect(fp(text.replace(/ticket_issuer = .*\n/, ''))).not.toBe(golden.coalition);
    expect(fp(text.replace('name = "mempool"', 'name = "pool"'))).toBe(golden.coalition);
    expect(fp(text.replace('e1e1e1e1', 'E1E1E1E1'))).toBe(golden.coalition);
  });

  it('matches coalitionFingerprint over the parsed content', () => {
    const c = parseCoalitionConfig('c.toml', text);
    expect(coalitionFingerprint(c).toString('hex')).toBe(golden.coalition);
  });

  it('refuses a duplicate stable id, an empty member list and an unknown kind with file, line and key', () => {
    const dup = text.replace('c80125bdc6d5e690c0b47c0774441837f70b9e039a2a8d7be49d89d2de3f4429', 'c6f4b2d1b860e7b309d12c54c226a0efd09b21008cec1b332a1efafde5a5de1a');
    expect(() => parseCoalitionConfig('c.toml', dup)).toThrow(/c\.toml:18: 'coalition\.member\[2\]\.stable_id': this stable id is listed twice/);
    expect(() => parseCoalitionConfig('c.toml', '[coalition]\nname = "x"\nmember = []\n')).toThrow(/c\.toml:3: 'coalition\.member': needs at least 1/);
    expect(() => parseCoalitionConfig('c.toml', text.replace('kind = "lattice"', 'kind = "cell"'))).toThrow(/c\.toml:7: 'coalition\.member\[0\]\.kind': expected one of "organism", "lattice"/);
  });
});

describe('identity: binding to a spanned member', () => {
  const c = fullConfig();
  const blocks = c.members.find((m) => m.name === 'blocks')!;
  const bids = c.members.find((m) => m.name === 'bids')!;
  const report = (stableId: string, contentHash: string) => ({
    stableId: Buffer.from(stableId, 'hex'),
    contentHash: Buffer.from(contentHash, 'hex'),
    fingerprint: organismFingerprint(Buffer.from(stableId, 'hex'), Buffer.from(contentHash, 'hex')),
  });

  it('knows the full fingerprint of a pinned member, and not of an unpinned one', () => {
    expect(blocks.fingerprint).toBe(expectedUpstreamFingerprint(blocks));
    expect(blocks.fingerprint).toBe(organismFingerprint(Buffer.from(blocks.stableId, 'hex'), Buffer.from(blocks.contentHash!, 'hex')).toString('hex'));
    expect(bids.fingerprint).toBeUndefined();
  });

  it('accepts a pinned member presenting its pin, and an unpinned member presenting any consistent identity', () => {
    const r = checkUpstreamIdentity(blocks, report(blocks.stableId, blocks.contentHash!));
    expect(r).toEqual({ ok: true, value: { contentHash: blocks.contentHash, fingerprint: blocks.fingerprint } });
    const any = 'ab'.repeat(32);
    const u = checkUpstreamIdentity(bids, report(bids.stableId, any));
    expect(u.ok && u.value.contentHash).toBe(any);
  });

  it('refuses another stable id, another content hash than the pin, an underived fingerprint and malformed fields', () => {
    const code = (r: ReturnType<typeof checkUpstreamIdentity>) => (r.ok ? 'ok' : r.error.code);
    expect(code(checkUpstreamIdentity(blocks, report(bids.stableId, blocks.contentHash!)))).toBe('UPSTREAM_STABLE_ID_MISMATCH');
    expect(code(checkUpstreamIdentity(blocks, report(blocks.stableId, 'cd'.repeat(32))))).toBe('UPSTREAM_CONTENT_HASH_MISMATCH');
    const forged = { ...report(bids.stableId, 'ab'.repeat(32)), fingerprint: Buffer.alloc(32, 7) };
    const f = checkUpstreamIdentity(bids, forged);
    expect(code(f)).toBe('UPSTREAM_FINGERPRINT_INCONSISTENT');
    expect(!f.ok && f.error.message).toContain('member bids');
    expect(code(checkUpstreamIdentity(bids, { ...forged, contentHash: Buffer.alloc(31) }))).toBe('UPSTREAM_IDENTITY_MALFORMED');
  });
});
