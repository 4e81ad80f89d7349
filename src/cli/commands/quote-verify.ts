import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { QuoteVerifier, type QuoteVerification } from '../../attest/index.js';
import type { DcapCollateral } from '../../attest/collateral/types.js';
import { TesseraError } from '../../common/errors.js';
import { optBool, optString, UsageError, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { readQuoteFile } from './quote-inspect.js';

const collateralFileBytesMax = 4 * 1024 * 1024;

export const quoteVerifyCommand: Command = {
  name: 'quote verify',
  summary: 'verify a TDX or SGX quote against DCAP collateral',
  usage: ['quote verify FILE --collateral JSON [--at UNIX] [--trust-root PEM] [--json]'],
  description: `
Verifies FILE (a TDX v4/v5 or SGX v3 quote, binary or hex text) against the
collateral in JSON (the fixtures' / PCCS shape: CRLs, TCB info, QE identity
and their issuer chains), in the DCAP order: CRLs, TCB info, QE identity,
PCK chain to the Intel SGX Root CA (pinned), QE report signature, QE
binding, QE identity policy, quote signature, platform TCB level and TDX
module, status merge, TD attributes.

Prints the verdict, the TCB status (merged, platform, QE, TDX module), the
advisory ids, FMSPC, PCE id and MR_TD. Exit 0 only when the quote verifies;
3 when it does not (the reason, e.g. TCB_INFO_EXPIRED, and a message naming
the item); 1 when a file cannot be read or is not JSON.

--at sets the verification time (unix seconds; default now). --trust-root
trusts the root certificate in PEM instead of Intel's (a simulated PKI); the
result then says "simulated". Verification does not decide admission: a
verified quote with status OutOfDate still exits 0 (admission policy decides
on the status).`,
  options: {
    collateral: { type: 'string', valueName: 'JSON', description: 'the collateral file (required)' },
    at: { type: 'string', valueName: 'UNIX', description: 'verification time, unix seconds (default: now)' },
    'trust-root': { type: 'string', valueName: 'PEM', description: 'trust this root certificate instead of the Intel SGX Root CA' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx) {
    const collateralPath = optString(ctx, 'collateral');
    if (collateralPath === undefined) throw new UsageError('--collateral JSON is required');
    const atText = optString(ctx, 'at');
    let atUnix: number | undefined;
    if (atText !== undefined) {
      if (!/^\d{1,15}$/.test(atText)) throw new UsageError(`--at must be unix seconds (a non-negative integer), got '${atText}'`);
      atUnix = Number(atText);
    }
    const file = resolve(ctx.io.cwd, ctx.positionals[0] ?? '');
    const quote = readQuoteFile(file);
    const collateral = readCollateral(resolve(ctx.io.cwd, collateralPath));
    const rootPath = optString(ctx, 'trust-root');
    const verifier = new QuoteVerifier(rootPath === undefined ? {} : { trustedRootDer: readRoot(resolve(ctx.io.cwd, rootPath)) });
    const r = verifier.verify(quote, collateral, atUnix === undefined ? {} : { atUnix });
    if (optBool(ctx, 'json')) {
      ctx.io.stdout.write(JSON.stringify({ file, ...toJson(r) }) + '\n');
    } else {
      ctx.io.stdout.write(format(file, r));
    }
    return r.verified ? ExitCode.Ok : ExitCode.CheckFailed;
  },
};

function readCollateral(path: string): DcapCollateral {
  let text: string;
  try {
    const raw = readFileSync(path);
    if (raw.length > collateralFileBytesMax) {
      throw new TesseraError(`${path}: ${raw.length} bytes is too large for a collateral file (limit ${collateralFileBytesMax})`, 'COLLATERAL_MALFORMED');
    }
    text = raw.toString('utf8');
  } catch (e) {
    if (e instanceof TesseraError) throw e;
    throw new TesseraError(`cannot read collateral file ${path}: ${(e as Error).message}`, 'FILE_READ_FAILED');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new TesseraError(`${path}: not JSON: ${(e as Error).message}`, 'COLLATERAL_MALFORMED');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TesseraError(`${path}: the collateral must be a JSON object`, 'COLLATERAL_MALFORMED');
  }
  return parsed as DcapCollateral;
}

function readRoot(path: string): Buffer {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (e) {
    throw new TesseraError(`cannot read root certificate ${path}: ${(e as Error).message}`, 'FILE_READ_FAILED');
  }
  try {
    return new X509Certificate(pem).raw;
  } catch (e) {
    throw new TesseraError(`${path}: not a PEM certificate: ${(e as Error).message}`, 'DCAP_ROOT_INVALID');
  }
}

function toJson(r: QuoteVerification): Record<string, unknown> {
  const { tdReport, enclaveReport, ...rest } = r;
  const out: Record<string, unknown> = { ...rest, verifiedAt: new Date(r.atUnix * 1000).toISOString() };
  if (tdReport !== undefined) {
    out.tdAttributes = `0x${tdReport.tdAttributes.toString(16).padStart(16, '0')}`;
    out.rtmr = tdReport.rtmr.map((b) => b.toString('hex'));
    out.reportData = tdReport.reportData.toString('hex');
  }
  if (enclaveReport !== undefined) {
    out.mrEnclave = enclaveReport.mrEnclave.toString('hex');
    out.mrSigner = enclaveReport.mrSigner.toString('hex');
  }
  return out;
}

function format(file: string, r: QuoteVerification): string {
  const rows: Array<[string, string]> = [];
  rows.push(['verdict', r.verified ? `verified${r.simulated ? ' (simulated root, not Intel)' : ''}` : `NOT verified [${r.reason}]`]);
  if (!r.verified) rows.push(['reason', `${r.item}: ${r.message}`]);
  rows.push(['quote', `${r.tee === 'tdx' ? 'TDX' : 'SGX'}`]);
  rows.push(['verified at', `${new Date(r.atUnix * 1000).toISOString()} (${r.atUnix})`]);
  if (r.status !== undefined) {
    rows.push(['TCB status', r.status]);
    rows.push(['  platform', r.platformStatus ?? '-']);
    rows.push(['  QE', r.qeStatus ?? '-']);
    if (r.moduleStatus !== undefined) rows.push(['  TDX module', r.moduleStatus]);
    rows.push(['advisories', r.advisoryIds.length === 0 ? 'none' : r.advisoryIds.join(', ')]);
  }
  if (r.fmspc !== undefined) rows.push(['FMSPC', r.fmspc]);
  if (r.pceId !== undefined) rows.push(['PCE id', r.pceId]);
  if (r.collateralExpiry !== undefined) rows.push(['collateral until', new Date(r.collateralExpiry * 1000).toISOString()]);
  if (r.mrTd !== undefined) rows.push(['MR_TD', r.mrTd]);
  if (r.tdReport !== undefined) rows.push(['TD_ATTRIBUTES', `0x${r.tdReport.tdAttributes.toString(16).padStart(16, '0')}`]);
  if (r.enclaveReport !== undefined) rows.push(['MRENCLAVE', r.enclaveReport.mrEnclave.toString('hex')]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${file}\n` + rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n') + '\n';
}
