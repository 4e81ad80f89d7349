// Seed corpus for fuzz_dcap_verify: the real quotes with their collateral at
// their fixture times (when ../shared/fixtures exists) and, when the project
// is built (dist/), simulated cases under a test root, with and without
// defects. Layout: see fuzz_dcap_verify.cc.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const FIELDS = [
  'pck_crl_issuer_chain',
  'root_ca_crl',
  'pck_crl',
  'tcb_info_issuer_chain',
  'tcb_info',
  'tcb_info_signature',
  'qe_identity_issuer_chain',
  'qe_identity',
  'qe_identity_signature',
  'pck_certificate_chain',
];
const HEX = new Set(['root_ca_crl', 'pck_crl', 'tcb_info_signature', 'qe_identity_signature']);

function encode(quote, collateral, atUnix, rootDer) {
  const head = Buffer.alloc(9);
  head[0] = rootDer ? 1 : 0;
  head.writeBigUInt64LE(BigInt(atUnix), 1);
  const parts = [head];
  const field = (b) => {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(b.length);
    parts.push(len, b);
  };
  field(quote);
  for (const f of FIELDS) {
    const v = collateral[f] ?? '';
    field(HEX.has(f) ? Buffer.from(v, 'hex') : Buffer.from(v, 'utf8'));
  }
  field(rootDer ?? Buffer.alloc(0));
  return Buffer.concat(parts);
}

export default async function seeds({ fixturesDir, root }) {
  const out = [];
  if (fixturesDir !== undefined) {
    for (const [name, at] of [['tdx_quote', 1752919234], ['sgx_quote', 1752919277]]) {
      const quote = readFileSync(join(fixturesDir, 'tdx', name));
      const collateral = JSON.parse(readFileSync(join(fixturesDir, 'tdx', `${name}_collateral.json`), 'utf8'));
      out.push({ name: `fixture-${name}`, data: encode(quote, collateral, at) });
      out.push({ name: `fixture-${name}-expired`, data: encode(quote, collateral, at + 365 * 86400) });
    }
  }
  const simulated = join(root, 'dist', 'src', 'attest', 'simulated', 'index.js');
  if (existsSync(simulated)) {
    const { buildDcapCase } = await import(pathToFileURL(simulated).href);
    const cases = { ok: {}, debug: { debug: true }, revoked: { revoked: 'pck' }, processor: { pckCaKind: 'processor' }, outOfDate: { tcbStatus: 'OutOfDate' }, td15: { td15: true }, serviceTd: { serviceTd: true } };
    for (const [name, options] of Object.entries(cases)) {
      const c = buildDcapCase(options);
      out.push({ name: `simulated-${name}`, data: encode(c.quote, c.collateral, c.atUnix, c.trustedRootDer) });
    }
  }
  return {
    seeds: out,
    maxLen: 64 * 1024,
    dictionary: ['"tcbStatus"', '"UpToDate"', '"Revoked"', '"isvsvn"', '"svn"', '-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '\x30\x82', '\x02\x01\x01'],
  };
}
