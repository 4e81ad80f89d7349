import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import {
  INTEL_QE_VENDOR_ID,
  bodyKindName,
  certDataTypeName,
  decodeTdAttributes,
  parseQuote,
  quoteBytesMax,
  type EnclaveReport,
  type ParsedQuote,
  type TdReport,
} from '../../attest/index.js';
import { TesseraError, isTesseraError } from '../../common/errors.js';
import { optBool, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';

// A hex-encoded quote file is about twice the quote plus line breaks.
const quoteFileBytesMax = 3 * quoteBytesMax;

type Row = [label: string, value: string];

export const quoteInspectCommand: Command = {
  name: 'quote inspect',
  summary: 'decode a TDX or SGX quote file and print every field',
  usage: ['quote inspect FILE [--json]'],
  description: `
Parses FILE as an Intel DCAP quote (TDX v4 or v5 with a TD 1.0 or TD 1.5
body, or SGX v3), in binary or as hex text, and prints the header, every
report body field (MR_TD and RTMRs in hex, TD attributes decoded), the
signature section, the QE report, the QE auth data, the certification data
type and the subject, issuer and validity of each PCK chain certificate.

This checks the quote's structure only; it does not verify signatures,
certificates or TCB status. A malformed quote exits 1 with a message naming
the field and offset, and an error code such as [TDX_QUOTE_TRUNCATED].
With --json, byte fields are hex strings (fields that repeat others, such as
the raw report bodies, are left out).`,
  options: { json: { type: 'boolean', description: 'print one JSON object' } },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(ctx) {
    const file = resolve(ctx.io.cwd, ctx.positionals[0] ?? '');
    const bytes = readQuoteFile(file);
    let q: ParsedQuote;
    try {
      q = parseQuote(bytes);
    } catch (e) {
      if (isTesseraError(e)) throw new TesseraError(`${file}: ${e.message}`, e.code);
      throw e;
    }
    if (optBool(ctx, 'json')) {
      ctx.io.stdout.write(JSON.stringify({ file, ...quoteToJson(q) }) + '\n');
    } else {
      ctx.io.stdout.write(formatQuote(file, q));
    }
    return ExitCode.Ok;
  },
};

/** Reads a quote file: binary, or hex text (optionally 0x-prefixed, whitespace ignored). */
export function readQuoteFile(file: string): Buffer {
  let raw: Buffer;
  try {
    const size = statSync(file).size;
    if (size > quoteFileBytesMax) {
      throw new TesseraError(`${file}: ${size} bytes is too large for a quote file (limit ${quoteFileBytesMax} bytes)`, 'TDX_QUOTE_TOO_LARGE');
    }
    raw = readFileSync(file);
  } catch (e) {
    if (isTesseraError(e)) throw e;
    throw new TesseraError(`cannot read quote file ${file}: ${(e as Error).message}`, 'FILE_READ_FAILED');
  }
  const text = raw.toString('latin1').trim().replace(/^0x/i, '').replace(/\s+/g, '');
  if (text.length > 0 && text.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(text)) return Buffer.from(text, 'hex');
  return raw;
}

const hex = (b: Buffer): string => b.toString('hex');
const hex64 = (v: bigint): string => `0x${v.toString(16).padStart(16, '0')}`;

function teeTypeName(t: number): string {
  return t === 0x81 ? 'TDX' : t === 0 ? 'SGX' : 'unknown';
}

interface CertSummary {
  index: number;
  subject?: string;
  issuer?: string;
  validFrom?: string;
  validTo?: string;
  serialNumber?: string;
  error?: string;
}

// X.509 here is for display only; the verifier parses and checks the chain.
function describeCertificates(chain: Buffer[]): CertSummary[] {
  return chain.map((pem, index) => {
    try {
      const x = new X509Certificate(pem);
      const dn = (s: string): string => s.split('\n').join(', ');
      return { index, subject: dn(x.subject), issuer: dn(x.issuer), validFrom: x.validFrom, validTo: x.validTo, serialNumber: x.serialNumber };
    } catch (e) {
      return { index, error: `not a valid X.509 certificate: ${(e as Error).message}` };
    }
  });
}

function enclaveRows(r: EnclaveReport): Row[] {
  return [
    ['CPUSVN', hex(r.cpuSvn)],
    ['MISCSELECT', `0x${r.miscSelect.toString(16).padStart(8, '0')}`],
    ['ATTRIBUTES', hex(r.attributes)],
    ['MRENCLAVE', hex(r.mrEnclave)],
    ['MRSIGNER', hex(r.mrSigner)],
    ['ISVPRODID', String(r.isvProdId)],
    ['ISVSVN', String(r.isvSvn)],
    ['CONFIGSVN', String(r.configSvn)],
    ['ISVEXTPRODID', hex(r.isvExtProdId)],
    ['ISVFAMILYID', hex(r.isvFamilyId)],
    ['CONFIGID', hex(r.configId)],
    ['REPORTDATA', hex(r.reportData)],
  ];
}

function tdRows(td: TdReport): Row[] {
  const attrs = decodeTdAttributes(td.tdAttributes);
  const attrText = [...attrs.names, ...(attrs.reserved !== 0n ? [`reserved bits ${hex64(attrs.reserved)}`] : [])];
  const rows: Row[] = [
    ['TEE_TCB_SVN', hex(td.teeTcbSvn)],
    ['MRSEAM', hex(td.mrSeam)],
    ['MRSIGNERSEAM', hex(td.mrSignerSeam)],
    ['SEAM_ATTRIBUTES', hex(td.seamAttributes)],
    ['TD_ATTRIBUTES', `${hex64(td.tdAttributes)} (${attrText.length > 0 ? attrText.join(', ') : 'none set'})`],
    ['XFAM', hex64(td.xfam)],
    ['MR_TD', hex(td.mrTd)],
    ['MRCONFIGID', hex(td.mrConfigId)],
    ['MROWNER', hex(td.mrOwner)],
    ['MROWNERCONFIG', hex(td.mrOwnerConfig)],
    ...td.rtmr.map((r, i): Row => [`RTMR${i}`, hex(r)]),
    ['REPORTDATA', hex(td.reportData)],
  ];
  if (td.teeTcbSvn2 !== undefined) rows.push(['TEE_TCB_SVN2', hex(td.teeTcbSvn2)]);
  if (td.mrServiceTd !== undefined) rows.push(['MRSERVICETD', hex(td.mrServiceTd)]);
  return rows;
}

function section(title: string, rows: Row[]): string {
  const width = Math.max(...rows.map(([l]) => l.length));
  return `${title}\n${rows.map(([l, v]) => `  ${l.padEnd(width)}  ${v}`).join('\n')}\n`;
}

export function formatQuote(file: string, q: ParsedQuote): string {
  const h = q.header;
  const kind = bodyKindName(q.bodyKind);
  const out: string[] = [];
  const padding = q.trailingBytes > 0 ? ` (+${q.trailingBytes} bytes of trailing padding, ignored)` : '';
  out.push(section('quote', [
    ['file', file],
    ['format', `${teeTypeName(h.teeType)} quote v${h.version}, ${kind}`],
    ['size', `${q.quoteBytes} bytes${padding}`],
  ]));
  const vendor = hex(h.qeVendorId);
  const reservedInTdx = h.teeType === 0x81 ? ' (reserved in TDX quotes)' : '';
  out.push(section('header', [
    ['version', String(h.version)],
    ['attestation key type', `${h.attestationKeyType} (ECDSA P-256)`],
    ['TEE type', `0x${h.teeType.toString(16)} (${teeTypeName(h.teeType)})`],
    ['QE SVN', String(h.qeSvn) + reservedInTdx],
    ['PCE SVN', String(h.pceSvn) + reservedInTdx],
    ['QE vendor id', `${vendor}${vendor === INTEL_QE_VENDOR_ID ? ' (Intel)' : ' (not Intel)'}`],
    ['user data', hex(h.userData)],
  ]));
  const bodyTitle = `${kind} (body type ${q.bodyType}, ${q.body.length} bytes at offset ${q.bodyOffset})`;
  out.push(section(bodyTitle, q.bodyKind === 'sgx' ? enclaveRows(q.enclave) : tdRows(q.td)));
  out.push(section(`signature (signature data: ${q.signatureDataBytes} bytes at offset ${q.signatureDataOffset})`, [
    ['signed region', `bytes [0, ${q.signedRegion.length})`],
    ['ECDSA signature', hex(q.signature)],
    ['attestation key', hex(q.attestationKey)],
    ['certification data', `type ${q.certificationDataType} (${certDataTypeName(q.certificationDataType)}), ${q.certificationData.length} bytes`],
  ]));
  out.push(section('QE report', [
    ...enclaveRows(q.qeReport),
    ['signature', hex(q.qeReportSignature)],
    ['QE auth data', `${q.qeAuthData.length} bytes: ${hex(q.qeAuthData)}`],
  ]));
  const pckRows: Row[] = [
    ['type', `${q.pckCertDataType} (${certDataTypeName(q.pckCertDataType)})`],
    ['size', `${q.pckCertData.length} bytes at offset ${q.pckCertDataOffset}`],
  ];
  if (q.pckChain.length === 0) pckRows.push(['data', hex(q.pckCertData)]);
  out.push(section('PCK certification data', pckRows));
  if (q.pckChain.length > 0) {
    const rows: Row[] = [];
    for (const c of describeCertificates(q.pckChain)) {
      if (c.error !== undefined) {
        rows.push([`[${c.index}]`, c.error]);
        continue;
      }
      rows.push([`[${c.index}] subject`, c.subject ?? '']);
      rows.push(['    issuer', c.issuer ?? '']);
      rows.push(['    valid', `${c.validFrom} to ${c.validTo}`]);
      rows.push(['    serial', c.serialNumber ?? '']);
    }
    out.push(section(`PCK certificate chain (${q.pckChain.length} certificates, leaf first)`, rows));
  }
  return out.join('\n');
}

/** Buffers to hex, bigints to 0x-prefixed 64-bit hex; drops the raw views that repeat other fields. */
function jsonFields(o: object, drop: readonly string[] = ['raw']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (drop.includes(k)) continue;
    if (Buffer.isBuffer(v)) out[k] = hex(v);
    else if (typeof v === 'bigint') out[k] = hex64(v);
    else if (Array.isArray(v)) out[k] = v.map((x: unknown) => (Buffer.isBuffer(x) ? hex(x) : x));
    else out[k] = v;
  }
  return out;
}

export function quoteToJson(q: ParsedQuote): Record<string, unknown> {
  const body =
    q.bodyKind === 'sgx'
      ? { enclave: jsonFields(q.enclave) }
      : (() => {
          const a = decodeTdAttributes(q.td.tdAttributes);
          const { names, reserved, ...flags } = a;
          return { td: { ...jsonFields(q.td), tdAttributesDecoded: { ...flags, names, reserved: hex64(reserved) } } };
        })();
  return {
    quoteBytes: q.quoteBytes,
    trailingBytes: q.trailingBytes,
    header: { ...jsonFields(q.header), teeTypeName: teeTypeName(q.header.teeType), qeVendorIsIntel: hex(q.header.qeVendorId) === INTEL_QE_VENDOR_ID },
    bodyKind: q.bodyKind,
    bodyKindName: bodyKindName(q.bodyKind),
    bodyType: q.bodyType,
    bodyOffset: q.bodyOffset,
    bodyBytes: q.body.length,
    ...body,
    signedRegionBytes: q.signedRegion.length,
    signatureDataOffset: q.signatureDataOffset,
    signatureDataBytes: q.signatureDataBytes,
    signature: hex(q.signature),
    attestationKey: hex(q.attestationKey),
    certificationDataType: q.certificationDataType,
    certificationDataTypeName: certDataTypeName(q.certificationDataType),
    certificationDataBytes: q.certificationData.length,
    qeReport: jsonFields(q.qeReport),
    qeReportSignature: hex(q.qeReportSignature),
    qeAuthData: hex(q.qeAuthData),
    pckCertDataType: q.pckCertDataType,
    pckCertDataTypeName: certDataTypeName(q.pckCertDataType),
    pckCertDataOffset: q.pckCertDataOffset,
    pckCertDataBytes: q.pckCertData.length,
    ...(q.pckChain.length === 0 ? { pckCertData: hex(q.pckCertData) } : {}),
    pckChain: describeCertificates(q.pckChain).map((c, i) => ({ ...c, pem: q.pckChain[i]?.toString('latin1') })),
  };
}
