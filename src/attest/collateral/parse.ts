/**
 * Checks collateral read from a file, a cache or a PCCS before anyone relies
 * on it: every field present and well formed, and its validity window read
 * (the earliest nextUpdate over TCB info, QE identity and both CRLs). The
 * signatures and chains are the verifier's business, not this module's.
 */
import { TesseraError } from '../../common/errors.js';
import { parseCrl, pemToDers } from '../pki/x509.js';
import { dcapCollateralFields, type DcapCollateral } from './types.js';

export interface CollateralWindow {
  /** FMSPC the TCB info is for (upper-case hex). */
  fmspc: string;
  /** TCB info id ("TDX" or "SGX"). */
  tcbId: string;
  tcbInfoNextUpdateUnix: number;
  qeIdentityNextUpdateUnix: number;
  pckCrlNextUpdateUnix: number;
  rootCaCrlNextUpdateUnix: number;
  /** The earliest of the four: when this collateral stops verifying anything. */
  expiryUnix: number;
  /** The latest issue time of the items (TCB info / QE identity issueDate, CRL thisUpdate). */
  issuedUnix: number;
}

function malformed(source: string, field: string, why: string): TesseraError {
  return new TesseraError(`collateral from ${source}: ${field} ${why}`, 'COLLATERAL_MALFORMED', { source, field });
}

function hexField(v: unknown, source: string, field: string): string {
  // PCCS clients (and dcap-qvl) sometimes hold bytes as number arrays; normalize to hex.
  if (Array.isArray(v)) {
    if (!v.every((x) => Number.isInteger(x) && x >= 0 && x <= 255)) throw malformed(source, field, 'is not a byte array');
    return Buffer.from(v as number[]).toString('hex');
  }
  if (typeof v !== 'string' || v.length === 0 || v.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(v)) {
    throw malformed(source, field, 'is not hex');
  }
  return v.toLowerCase();
}

function parseDate(s: unknown, source: string, field: string): number {
  if (typeof s !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/.test(s)) throw malformed(source, field, `is not an ISO 8601 UTC time (got ${JSON.stringify(s)})`);
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw malformed(source, field, `is not a valid time (${s})`);
  return Math.floor(ms / 1000);
}

/** Validates `input` (parsed JSON) as DCAP collateral; `source` names where it came from in errors. */
export function parseCollateral(input: unknown, source: string): { collateral: DcapCollateral; window: CollateralWindow } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw malformed(source, 'collateral', 'is not a JSON object');
  const o = input as Record<string, unknown>;
  for (const f of dcapCollateralFields) if (o[f] === undefined || o[f] === null) throw malformed(source, f, 'is missing');
  const str = (f: string): string => {
    const v = o[f];
    if (typeof v !== 'string' || v.length === 0) throw malformed(source, f, 'is not a non-empty string');
    return v;
  };
  const collateral: DcapCollateral = {
    pck_crl_issuer_chain: str('pck_crl_issuer_chain'),
    root_ca_crl: hexField(o.root_ca_crl, source, 'root_ca_crl'),
    pck_crl: hexField(o.pck_crl, source, 'pck_crl'),
    tcb_info_issuer_chain: str('tcb_info_issuer_chain'),
    tcb_info: str('tcb_info'),
    tcb_info_signature: hexField(o.tcb_info_signature, source, 'tcb_info_signature'),
    qe_identity_issuer_chain: str('qe_identity_issuer_chain'),
    qe_identity: str('qe_identity'),
    qe_identity_signature: hexField(o.qe_identity_signature, source, 'qe_identity_signature'),
  };
  if (typeof o.pck_certificate_chain === 'string' && o.pck_certificate_chain.length > 0) collateral.pck_certificate_chain = o.pck_certificate_chain;
  for (const f of ['tcb_info_signature', 'qe_identity_signature'] as const) {
    if (collateral[f].length !== 128) throw malformed(source, f, `must be 64 bytes (r||s), got ${collateral[f].length / 2}`);
  }
  for (const f of ['pck_crl_issuer_chain', 'tcb_info_issuer_chain', 'qe_identity_issuer_chain'] as const) {
    if (pemToDers(collateral[f]).length < 2) throw malformed(source, f, 'must hold at least two PEM certificates (issuer, root)');
  }
  const json = (f: 'tcb_info' | 'qe_identity'): Record<string, unknown> => {
    try {
      const v = JSON.parse(collateral[f]) as unknown;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // fall through to the error below
    }
    throw malformed(source, f, 'is not a JSON object');
  };
  const tcb = json('tcb_info');
  const qe = json('qe_identity');
  if (typeof tcb.fmspc !== 'string' || !/^[0-9a-fA-F]{12}$/.test(tcb.fmspc)) throw malformed(source, 'tcb_info.fmspc', 'is not 6 bytes of hex');
  if (typeof tcb.id !== 'string') throw malformed(source, 'tcb_info.id', 'is missing');
  if (!Array.isArray(tcb.tcbLevels) || tcb.tcbLevels.length === 0) throw malformed(source, 'tcb_info.tcbLevels', 'is missing or empty');
  if (!Array.isArray(qe.tcbLevels)) throw malformed(source, 'qe_identity.tcbLevels', 'is missing');
  const crl = (f: 'pck_crl' | 'root_ca_crl') => {
    try {
      return parseCrl(Buffer.from(collateral[f], 'hex'), f);
    } catch (e) {
      throw malformed(source, f, `is not a DER CRL (${(e as Error).message})`);
    }
  };
  const pckCrl = crl('pck_crl');
  const rootCrl = crl('root_ca_crl');
  const window: CollateralWindow = {
    fmspc: tcb.fmspc.toUpperCase(),
    tcbId: tcb.id,
    tcbInfoNextUpdateUnix: parseDate(tcb.nextUpdate, source, 'tcb_info.nextUpdate'),
    qeIdentityNextUpdateUnix: parseDate(qe.nextUpdate, source, 'qe_identity.nextUpdate'),
    pckCrlNextUpdateUnix: pckCrl.nextUpdateUnix,
    rootCaCrlNextUpdateUnix: rootCrl.nextUpdateUnix,
    expiryUnix: 0,
    issuedUnix: Math.max(
      parseDate(tcb.issueDate, source, 'tcb_info.issueDate'),
      parseDate(qe.issueDate, source, 'qe_identity.issueDate'),
      pckCrl.thisUpdateUnix,
      rootCrl.thisUpdateUnix,
    ),
  };
  window.expiryUnix = Math.min(window.tcbInfoNextUpdateUnix, window.qeIdentityNextUpdateUnix, window.pckCrlNextUpdateUnix, window.rootCaCrlNextUpdateUnix);
  return { collateral, window };
}

/**
 * The exact text of one member's value in a JSON object, so that signed
 * JSON (Intel signs the bytes of `tcbInfo` / `enclaveIdentity` as sent) is
 * kept byte for byte instead of re-serialized. Returns undefined if absent.
 */
export function rawJsonMember(text: string, key: string): string | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const skipString = () => {
    // At an opening quote: step past the closing one.
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) throw new Error('unterminated string');
    i++;
  };
  const skipValue = () => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const d = text[i]!;
        if (d === '"') {
          skipString();
          continue;
        }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      throw new Error('unterminated value');
    }
    while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
  };
  ws();
  if (text[i] !== '{') return undefined;
  i++;
  for (;;) {
    ws();
    if (text[i] === '}') return undefined;
    if (text[i] !== '"') return undefined;
    const keyStart = i;
    skipString();
    const name = JSON.parse(text.slice(keyStart, i)) as string;
    ws();
    if (text[i] !== ':') return undefined;
    i++;
    ws();
    const valueStart = i;
    skipValue();
    if (name === key) return text.slice(valueStart, i);
    ws();
    if (text[i] === ',') i++;
    else return undefined;
  }
}
