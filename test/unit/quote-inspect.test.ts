import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { buildQuote } from '../../native/fuzz/quote-samples.mjs';
import { runTessera, spawnTessera } from '../helpers/cli.js';
import { describeWithFixtures, fixturePath, readFixture } from '../helpers/fixtures.js';

/** The parts of `quote inspect --json` these tests read. */
interface InspectJson {
  header: { teeTypeName: string; qeVendorIsIntel: boolean };
  bodyKind: string;
  td: { mrTd: string; rtmr: string[]; tdAttributes: string; tdAttributesDecoded: Record<string, unknown>; raw?: string };
  signedRegionBytes: number;
  certificationDataType: number;
  pckCertDataType: number;
  qeAuthData: string;
  pckChain: { subject?: string }[];
}

const TDX_MRTD = '91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7';

const dir = mkdtempSync(join(tmpdir(), 'tessera-quote-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, data: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

describe('tessera quote inspect', () => {
  it('decodes a generated TD 1.5 quote, including fields only TD 1.5 has', async () => {
    const r = await runTessera(['quote', 'inspect', file('v5.bin', buildQuote({ version: 5, bodyKind: 'td1.5' }))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TDX quote v5, TD 1.5 report');
    expect(r.stdout).toMatch(/TD 1\.5 report \(body type 3, 648 bytes at offset 54\)/);
    expect(r.stdout).toMatch(/TEE_TCB_SVN2\s+[0-9a-f]{32}/);
    expect(r.stdout).toMatch(/MRSERVICETD\s+[0-9a-f]{96}/);
    // The placeholder PEM blocks are framed right but are not X.509: said, not fatal.
    expect(r.stdout).toContain('[0]  not a valid X.509 certificate');
  });

  it('names the field and offset of a malformed quote and exits 1', async () => {
    const q = buildQuote({ version: 4 });
    q.writeUInt16LE(0xffff, 632 + 4 + 128 + 6 + 384 + 64); // QE auth data length
    const r = await runTessera(['quote', 'inspect', file('bad.bin', q)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.bin: QE auth data length 65535 at offset 1218 runs to offset \d+, past the end of the certification data at offset \d+ \[TDX_QUOTE_BAD_LENGTH\]/);
    const text = await runTessera(['quote', 'inspect', file('text.txt', 'not a quote at all\n')]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/quote version \d+ at offset 0 is not supported .*\[TDX_QUOTE_UNSUPPORTED_VERSION\]/);
    const empty = await runTessera(['quote', 'inspect', file('empty.bin', Buffer.alloc(0))]);
    expect(empty.stderr).toContain('quote is empty (0 bytes) [TDX_QUOTE_TRUNCATED]');
  });

  it('reports unreadable and oversized files', async () => {
    const missing = await runTessera(['quote', 'inspect', join(dir, 'missing.bin')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read quote file .*missing\.bin: ENOENT.*\[FILE_READ_FAILED\]/);
    const big = await runTessera(['quote', 'inspect', file('big.bin', Buffer.alloc(300_000))]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/300000 bytes is too large for a quote file .*\[TDX_QUOTE_TOO_LARGE\]/);
  });

  it('needs exactly one FILE (exit 2) and has --help', async () => {
    expect((await runTessera(['quote', 'inspect'])).code).toBe(2);
    expect((await runTessera(['quote', 'inspect', 'a', 'b'])).code).toBe(2);
    const help = await runTessera(['quote', 'inspect', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: tessera quote inspect FILE [--json]');
  });
});

describeWithFixtures('tessera quote inspect on the real quotes', () => {
  it('prints every section of the TDX quote with MR_TD, decoded attributes and PCK subjects', async () => {
    const r = await runTessera(['quote', 'inspect', fixturePath('tdx', 'tdx_quote')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TDX quote v4, TD 1.0 report');
    expect(r.stdout).toContain('4936 bytes (+70 bytes of trailing padding, ignored)');
    expect(r.stdout).toMatch(new RegExp(`MR_TD\\s+${TDX_MRTD}`));
    expect(r.stdout).toMatch(/TD_ATTRIBUTES\s+0x0000000010000000 \(SEPT_VE_DISABLE\)/);
    for (const i of [0, 1, 2, 3]) expect(r.stdout).toMatch(new RegExp(`RTMR${i}\\s+[0-9a-f]{96}`));
    expect(r.stdout).toContain('certification data  type 6 (QE report certification data), 4166 bytes');
    expect(r.stdout).toContain('5 (PCK certificate chain)');
    expect(r.stdout).toContain('QE auth data  32 bytes: 000102');
    expect(r.stdout).toContain('[0] subject  CN=Intel SGX PCK Certificate, O=Intel Corporation, L=Santa Clara, ST=CA, C=US');
    expect(r.stdout).toContain('[2] subject  CN=Intel SGX Root CA');
  });

  it('prints one JSON object with hex byte fields (--json), from a binary or a hex file', async () => {
    const hexFile = file('tdx.hex', readFixture('tdx', 'tdx_quote').toString('hex').replace(/(.{64})/g, '$1\n'));
    for (const path of [fixturePath('tdx', 'tdx_quote'), hexFile]) {
      const r = await runTessera(['quote', 'inspect', path, '--json']);
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout) as InspectJson;
      expect(j.header.teeTypeName).toBe('TDX');
      expect(j.header.qeVendorIsIntel).toBe(true);
      expect(j.bodyKind).toBe('td1.0');
      expect(j.td.mrTd).toBe(TDX_MRTD);
      expect(j.td.rtmr).toHaveLength(4);
      expect(j.td.tdAttributes).toBe('0x0000000010000000');
      expect(j.td.tdAttributesDecoded).toMatchObject({ debug: false, septVeDisable: true, names: ['SEPT_VE_DISABLE'], reserved: '0x0000000000000000' });
      expect(j.signedRegionBytes).toBe(632);
      expect(j.certificationDataType).toBe(6);
      expect(j.pckCertDataType).toBe(5);
      expect(j.qeAuthData).toBe('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
      expect(j.pckChain.map((c) => c.subject?.split(',')[0])).toEqual(['CN=Intel SGX PCK Certificate', 'CN=Intel SGX PCK Platform CA', 'CN=Intel SGX Root CA']);
      expect(j.td.raw).toBeUndefined();
    }
  });

  it('decodes the SGX quote', async () => {
    const r = await runTessera(['quote', 'inspect', fixturePath('tdx', 'sgx_quote')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SGX quote v3, SGX enclave report');
    expect(r.stdout).toMatch(/MRENCLAVE\s+33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb/);
  });

  it('exits 1 naming the offset for a truncated quote, as a real process', () => {
    const cut = file('cut.bin', readFixture('tdx', 'tdx_quote').subarray(0, 1000));
    const r = spawnTessera(['quote', 'inspect', cut]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('quote truncated: signature data length 4300 at offset 632 runs to offset 4936, but the quote ends at offset 1000 [TDX_QUOTE_TRUNCATED]');
  });
});
