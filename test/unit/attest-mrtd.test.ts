import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { computeMrtd, parseTdvf, replayRtmr } from '../../src/attest/mrtd.js';
import { loadAddon } from '../../src/native/index.js';
import { runTessera, spawnTessera } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'tessera-mrtd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Section {
  dataOffset: number;
  rawSize: number;
  address: bigint;
  size: number;
  type: number;
  attributes: number;
}

const MR_EXTEND = 1;
const PAGE_AUG = 2;

/** The EFI byte order of a GUID string (first three fields little-endian). */
function guidBytes(g: string): Buffer {
  const h = g.replace(/-/g, '');
  const b = Buffer.from(h, 'hex');
  return Buffer.concat([Buffer.from(b.subarray(0, 4)).reverse(), Buffer.from(b.subarray(4, 6)).reverse(), Buffer.from(b.subarray(6, 8)).reverse(), b.subarray(8)]);
}
const footerGuid = guidBytes('96b582de-1fb2-45f7-baea-a366c55a082d');
const metadataGuid = guidBytes('e47a6535-984a-4798-865e-4685a7bf8ec2');

/**
 * A synthetic TDVF: pseudo-random payload, the "TDVF" descriptor at
 * `descAt`, and the OVMF GUIDed table ending 0x20 before the end of the file
 * (an extra unrelated entry first, then the metadata-offset entry, then the footer).
 */
function tdvfImage(size: number, descAt: number, sections: Section[]): Buffer {
  const b = Buffer.alloc(size);
  let x = 0x12345678;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  b.write('TDVF', descAt, 'ascii');
  b.writeUInt32LE(16 + 32 * sections.length, descAt + 4);
  b.writeUInt32LE(1, descAt + 8);
  b.writeUInt32LE(sections.length, descAt + 12);
  sections.forEach((s, i) => {
    const o = descAt + 16 + 32 * i;
    b.writeUInt32LE(s.dataOffset, o);
    b.writeUInt32LE(s.rawSize, o + 4);
    b.writeBigUInt64LE(s.address, o + 8);
    b.writeBigUInt64LE(BigInt(s.size), o + 16);
    b.writeUInt32LE(s.type, o + 24);
    b.writeUInt32LE(s.attributes, o + 28);
  });
  const footerAt = size - 0x30;
  footerGuid.copy(b, footerAt);
  const other = Buffer.concat([Buffer.from('abcdef', 'ascii'), Buffer.from([24, 0]), guidBytes('00000000-1111-2222-3333-444455556666')]);
  const meta = Buffer.alloc(22);
  meta.writeUInt32LE(size - descAt, 0);
  meta.writeUInt16LE(22, 4);
  metadataGuid.copy(meta, 6);
  const tableSize = other.length + meta.length + 18;
  b.writeUInt16LE(tableSize, footerAt - 2);
  meta.copy(b, footerAt - 2 - meta.length);
  other.copy(b, footerAt - 2 - meta.length - other.length);
  return b;
}

/** MR_TD written from TDX.md section 4 with node:crypto, independently of the native code. */
function referenceMrtd(image: Buffer, sections: Section[], order: 'two-pass' | 'per-page'): string {
  const h = createHash('sha384');
  const record = (tag: string, addr: bigint) => {
    const r = Buffer.alloc(128);
    r.write(tag, 0, 'ascii');
    r.writeBigUInt64LE(addr, 16);
    return r;
  };
  for (const s of sections) {
    if (s.attributes & PAGE_AUG) continue;
    const pages = s.size / 4096;
    const extend = (p: number) => {
      for (let c = 0; c < 4096; c += 256) {
        const off = p * 4096 + c;
        h.update(record('MR.EXTEND', s.address + BigInt(off)));
        const chunk = Buffer.alloc(256);
        if (off < s.rawSize) image.copy(chunk, 0, s.dataOffset + off, s.dataOffset + Math.min(s.rawSize, off + 256));
        h.update(chunk);
      }
    };
    for (let p = 0; p < pages; p++) {
      h.update(record('MEM.PAGE.ADD', s.address + BigInt(p * 4096)));
      if (order === 'per-page' && s.attributes & MR_EXTEND) extend(p);
    }
    if (order === 'two-pass' && s.attributes & MR_EXTEND) for (let p = 0; p < pages; p++) extend(p);
  }
  return h.digest('hex');
}

// One section of each type, with each attribute combination; raw sizes that
// end mid-chunk so zero-filling is exercised.
const sections: Section[] = [
  { dataOffset: 0x0000, rawSize: 0x3000, address: 0xfffd0000n, size: 0x3000, type: 0, attributes: MR_EXTEND }, // BFV
  { dataOffset: 0x3000, rawSize: 0x1234, address: 0xffc00000n, size: 0x2000, type: 1, attributes: 0 }, // CFV
  { dataOffset: 0x0000, rawSize: 0x0000, address: 0x00809000n, size: 0x2000, type: 2, attributes: 0 }, // TD_HOB
  { dataOffset: 0x0000, rawSize: 0x0000, address: 0x00800000n, size: 0x4000, type: 3, attributes: PAGE_AUG }, // TempMem, accepted later
  { dataOffset: 0x4400, rawSize: 0x0310, address: 0x00900000n, size: 0x2000, type: 4, attributes: MR_EXTEND }, // PermMem
  { dataOffset: 0x5000, rawSize: 0x0800, address: 0x01000000n, size: 0x1000, type: 5, attributes: MR_EXTEND | PAGE_AUG }, // Payload
  { dataOffset: 0x0000, rawSize: 0x0000, address: 0x01100000n, size: 0x1000, type: 6, attributes: MR_EXTEND }, // PayloadParam
];
const image = tdvfImage(0x10000, 0x9000, sections);

function coded(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isTesseraError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('MR_TD from a TDVF image', () => {
  it('parses the metadata: every section with its type and attributes', () => {
    const md = parseTdvf(image);
    expect(md.version).toBe(1);
    expect(md.descriptorOffset).toBe(0x9000);
    expect(md.sections.map((s) => s.typeName)).toEqual(['BFV', 'CFV', 'TD_HOB', 'TempMem', 'PermMem', 'Payload', 'PayloadParam']);
    expect(md.sections[0]).toMatchObject({ dataOffset: 0, rawSize: 0x3000, memoryAddress: 0xfffd0000, memorySize: 0x3000, mrExtend: true, pageAug: false });
    expect(md.sections[5]).toMatchObject({ mrExtend: true, pageAug: true });
  });

  for (const order of ['two-pass', 'per-page'] as const) {
    it(`matches an independent node:crypto computation (${order})`, () => {
      expect(computeMrtd(image, order).toString('hex')).toBe(referenceMrtd(image, sections, order));
    });
  }

  it('gives different digests for the two orders, and two-pass by default', () => {
    expect(computeMrtd(image, 'two-pass').equals(computeMrtd(image, 'per-page'))).toBe(false);
    expect(computeMrtd(image).equals(computeMrtd(image, 'two-pass'))).toBe(true);
  });

  it('changes with measured bytes only', () => {
    const base = computeMrtd(image).toString('hex');
    const cfv = Buffer.from(image);
    cfv[0x3000 + 10] ^= 1; // CFV: pages added, content not extended
    expect(computeMrtd(cfv).toString('hex')).toBe(base);
    const aug = Buffer.from(image);
    aug[0x5000 + 10] ^= 1; // PAGE.AUG payload: not in MR_TD
    expect(computeMrtd(aug).toString('hex')).toBe(base);
    const bfv = Buffer.from(image);
    bfv[0x2fff] ^= 1; // last byte of the BFV
    expect(computeMrtd(bfv).toString('hex')).not.toBe(base);
  });

  it('refuses malformed images with a code naming the field and offset', () => {
    const end = image.length;
    const mutate = (f: (b: Buffer) => void) => {
      const b = Buffer.from(image);
      f(b);
      return b;
    };
    const badGuid = coded(() => parseTdvf(mutate((b) => (b[end - 0x30] ^= 1))));
    expect(badGuid.code).toBe('TDVF_BAD_GUID');
    expect(badGuid.message).toContain('at offset 0xffd0');
    expect(coded(() => parseTdvf(mutate((b) => (b[end - 0x32 - 22 + 6] ^= 1)))).code).toBe('TDVF_BAD_GUID');
    const overrun = coded(() => parseTdvf(mutate((b) => b.writeUInt16LE(0x2000, end - 0x32))));
    expect(overrun.code).toBe('TDVF_TABLE_OVERRUN');
    expect(coded(() => parseTdvf(mutate((b) => b.writeUInt16LE(0xff, end - 0x32 - 22 + 4)))).code).toBe('TDVF_TABLE_OVERRUN');
    expect(coded(() => parseTdvf(mutate((b) => b.writeUInt32LE(20, 0x9000 + 4)))).code).toBe('TDVF_TABLE_OVERRUN');
    expect(coded(() => parseTdvf(mutate((b) => b.writeUInt32LE(0x20000, end - 0x32 - 22)))).code).toBe('TDVF_DESCRIPTOR_OUT_OF_RANGE');
    expect(coded(() => parseTdvf(mutate((b) => b.write('XXXX', 0x9000)))).code).toBe('TDVF_BAD_SIGNATURE');
    const past = coded(() => parseTdvf(mutate((b) => b.writeUInt32LE(0xfff0, 0x9000 + 16 + 32))));
    expect(past.code).toBe('TDVF_SECTION_PAST_END');
    expect(past.message).toContain('section 1 (at offset 0x9030)');
    expect(coded(() => parseTdvf(mutate((b) => b.writeUInt32LE(0x3001, 0x9000 + 16 + 4)))).code).toBe('TDVF_SECTION_SIZE_INVALID');
    expect(coded(() => parseTdvf(mutate((b) => b.writeBigUInt64LE(0xfffd0010n, 0x9000 + 16 + 8)))).code).toBe('TDVF_SECTION_UNALIGNED');
    expect(coded(() => parseTdvf(mutate((b) => b.writeUInt32LE(7, 0x9000 + 16 + 24)))).code).toBe('TDVF_SECTION_TYPE_UNKNOWN');
    expect(coded(() => parseTdvf(mutate((b) => b.writeUInt32LE(4, 0x9000 + 16 + 28)))).code).toBe('TDVF_SECTION_ATTRIBUTES_UNKNOWN');
    expect(coded(() => parseTdvf(Buffer.alloc(16))).code).toBe('TDVF_TOO_SMALL');
    expect(coded(() => parseTdvf(Buffer.alloc(0))).code).toBe('TDVF_TOO_SMALL');
    expect(coded(() => computeMrtd(image, 'sideways' as 'two-pass')).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(coded(() => parseTdvf('image' as unknown as Buffer)).code).toBe('ERR_INVALID_ARG_TYPE');
  });
});

describe('RTMR replay', () => {
  const sha384 = (b: Uint8Array) => createHash('sha384').update(b).digest();
  const events = [Buffer.from('grub cmdline'), Buffer.alloc(0), Buffer.from([1, 2, 3])];
  const reference = (init: Buffer) => events.reduce((acc, e) => sha384(Buffer.concat([acc, sha384(e)])), init);

  it('replays SHA-384(rtmr || SHA-384(event)) from zero, with raw or pre-hashed events', () => {
    const want = reference(Buffer.alloc(48)).toString('hex');
    expect(replayRtmr(events.map((data) => ({ data }))).toString('hex')).toBe(want);
    expect(replayRtmr(events.map((e, i) => (i === 1 ? { digest: sha384(e) } : { data: e }))).toString('hex')).toBe(want);
    expect(replayRtmr([]).equals(Buffer.alloc(48))).toBe(true);
    const init = Buffer.alloc(48, 7);
    expect(replayRtmr(events.map((data) => ({ data })), init).toString('hex')).toBe(reference(init).toString('hex'));
  });

  it('refuses bad digests and bad arguments', () => {
    const e = coded(() => replayRtmr([{ data: Buffer.from('x') }, { digest: Buffer.alloc(47) }]));
    expect(e.code).toBe('RTMR_DIGEST_INVALID');
    expect(e.message).toContain('event 1');
    expect(coded(() => replayRtmr([], Buffer.alloc(47))).code).toBe('ERR_OUT_OF_RANGE');
    expect(coded(() => replayRtmr([{} as { data: Buffer }])).code).toBe('RTMR_EVENT_INVALID');
    // The raw addon, called wrongly: coded errors, never an abort.
    const addon = loadAddon() as Record<string, (...a: unknown[]) => unknown>;
    const z = Buffer.alloc(48);
    expect(coded(() => addon.rtmrReplay!(z, 'events', [])).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(coded(() => addon.rtmrReplay!(z, [z], [])).code).toBe('ERR_INVALID_ARG_VALUE');
    expect(coded(() => addon.rtmrReplay!(z, ['x'], [false])).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(coded(() => addon.rtmrReplay!(z, [z], ['yes'])).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(coded(() => addon.mrtdCompute!(image)).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(coded(() => addon.tdvfParse!()).code).toBe('ERR_INVALID_ARG_TYPE');
  });
});

describe('tessera mrtd compute / mrtd rtmr', () => {
  const fw = join(tmp, 'fw.fd');
  writeFileSync(fw, image);

  it('prints MR_TD and the sections', async () => {
    const r = await runTessera(['mrtd', 'compute', fw]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(referenceMrtd(image, sections, 'two-pass'));
    expect(r.stdout).toContain('order: two-pass');
    expect(r.stdout).toMatch(/0\s+BFV\s+mem 0xfffd0000 \+0x3000\s+data 0x0 \+0x3000\s+MR\.EXTEND/);
    expect(r.stdout).toMatch(/5\s+Payload .* MR\.EXTEND\|PAGE\.AUG/);
  });

  it('prints JSON with --json, honours --order, and checks --expect', async () => {
    const perPage = referenceMrtd(image, sections, 'per-page');
    const r = await runTessera(['mrtd', 'compute', fw, '--order', 'per-page', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { mrtd: string; order: string; sections: unknown[] };
    expect(j).toMatchObject({ mrtd: perPage, order: 'per-page' });
    expect(j.sections).toHaveLength(7);
    expect((await runTessera(['mrtd', 'compute', fw, '--order', 'per-page', '--expect', perPage])).code).toBe(0);
    const miss = await runTessera(['mrtd', 'compute', fw, '--expect', perPage]);
    expect(miss.code).toBe(3);
    expect(miss.stderr).toContain('differs from the expected');
  });

  it('fails clearly on bad input and bad usage', async () => {
    const bad = join(tmp, 'bad.fd');
    writeFileSync(bad, Buffer.alloc(4096));
    const r = await runTessera(['mrtd', 'compute', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/TDVF image: no GUIDed table footer GUID .* \[TDVF_BAD_GUID\]/);
    const missing = await runTessera(['mrtd', 'compute', join(tmp, 'nope.fd')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[CLI_INPUT_UNREADABLE]');
    expect((await runTessera(['mrtd', 'compute', fw, '--order', 'sideways'])).code).toBe(2);
    expect((await runTessera(['mrtd', 'compute'])).code).toBe(2);
    expect((await runTessera(['mrtd', 'compute', fw, '--expect', 'abc'])).code).toBe(2);
  });

  it('runs as a real process through bin/tessera.js', () => {
    const r = spawnTessera(['mrtd', 'compute', fw, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { mrtd: string }).mrtd).toBe(referenceMrtd(image, sections, 'two-pass'));
  });

  it('replays RTMR events from a file', async () => {
    const sha384 = (b: Uint8Array) => createHash('sha384').update(b).digest();
    const evFile = join(tmp, 'events.json');
    writeFileSync(evFile, JSON.stringify([{ text: 'hello' }, { data: '0102' }, { digest: sha384(Buffer.from('pre')).toString('hex') }]));
    let want = Buffer.alloc(48);
    for (const e of [Buffer.from('hello'), Buffer.from([1, 2]), Buffer.from('pre')]) want = sha384(Buffer.concat([want, sha384(e)]));
    const r = await runTessera(['mrtd', 'rtmr', '--events', evFile]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(want.toString('hex'));
    const j = await runTessera(['mrtd', 'rtmr', '--events', evFile, '--json', '--expect', want.toString('hex')]);
    expect(JSON.parse(j.stdout)).toEqual({ rtmr: want.toString('hex'), events: 3, matches: true });
    expect((await runTessera(['mrtd', 'rtmr', '--events', evFile, '--expect', '00'.repeat(48)])).code).toBe(3);
    writeFileSync(evFile, JSON.stringify([{ digest: 'abcd' }]));
    const bad = await runTessera(['mrtd', 'rtmr', '--events', evFile]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('event 0 digest must be 96 hex digits [RTMR_EVENTS_INVALID]');
    expect((await runTessera(['mrtd', 'rtmr'])).code).toBe(2);
  });
});
