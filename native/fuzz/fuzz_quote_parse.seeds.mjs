// Seed corpus for fuzz_quote_parse: small synthetic quotes of every layout
// and certification data type (generated here), and, when
// ../shared/fixtures exists, the real quotes and their v5 rebuilds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildQuote, fakePemChain, splitQuote, td15Body, TEE_SGX, TEE_TDX } from './quote-samples.mjs';

export default function seeds({ fixturesDir }) {
  const out = [
    { name: 'v3-sgx', data: buildQuote({ version: 3 }) },
    { name: 'v4-tdx', data: buildQuote({ version: 4 }) },
    { name: 'v4-sgx', data: buildQuote({ version: 4, tee: TEE_SGX }) },
    { name: 'v5-td10', data: buildQuote({ version: 5, bodyKind: 'td1.0' }) },
    { name: 'v5-td15', data: buildQuote({ version: 5, bodyKind: 'td1.5' }) },
    { name: 'v5-sgx', data: buildQuote({ version: 5, tee: TEE_SGX, bodyKind: 'sgx' }) },
    { name: 'v4-padded', data: buildQuote({ version: 4, padding: 64 }) },
    { name: 'v4-one-cert', data: buildQuote({ version: 4, pckData: fakePemChain(1) }) },
    { name: 'v4-no-auth', data: buildQuote({ version: 4, qeAuthData: Buffer.alloc(0) }) },
  ];
  for (const pckType of [1, 2, 3, 4, 7]) {
    out.push({ name: `v4-pck-type-${pckType}`, data: buildQuote({ version: 4, tee: TEE_TDX, pckType, pckData: Buffer.alloc(40, pckType) }) });
  }
  if (fixturesDir !== undefined) {
    const tdx = readFileSync(join(fixturesDir, 'tdx', 'tdx_quote'));
    const sgx = readFileSync(join(fixturesDir, 'tdx', 'sgx_quote'));
    const t = splitQuote(tdx);
    out.push({ name: 'fixture-tdx-v4', data: tdx });
    out.push({ name: 'fixture-sgx-v3', data: sgx });
    out.push({ name: 'fixture-tdx-v5-td10', data: buildQuote({ ...t, version: 5 }) });
    out.push({ name: 'fixture-tdx-v5-td15', data: buildQuote({ ...t, version: 5, bodyKind: 'td1.5', body: td15Body(t.body) }) });
    out.push({ name: 'fixture-sgx-v5', data: buildQuote({ ...splitQuote(sgx), version: 5 }) });
  }
  return {
    seeds: out,
    // Room for chains longer than the real one (up to the parser's 8 certificates).
    maxLen: 20000,
    dictionary: ['-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '\x93\x9a\x72\x33', '\x81\x00\x00\x00', '\x06\x00', '\x05\x00'],
  };
}
