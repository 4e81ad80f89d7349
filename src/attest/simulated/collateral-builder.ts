/**
 * Builds DCAP collateral in exactly the fixture's shape: the TDX TCB info
 * JSON (tdxModule, tdxModuleIdentities, tcbLevels) and the TD_QE identity
 * JSON, each signed (raw r||s) by the TCB signing key, with the issuer
 * chains and the CRLs of a DcapPki.
 */
import type { KeyObject } from 'node:crypto';

import { TesseraError } from '../../common/errors.js';
import type { DcapCollateral } from '../collateral/types.js';
import type { DcapCertificates, DcapCrls } from '../pki/hierarchy.js';
import { derToPem, ecdsaSignRaw } from '../pki/x509.js';

export type TcbStatus =
  | 'UpToDate'
  | 'SWHardeningNeeded'
  | 'ConfigurationNeeded'
  | 'ConfigurationAndSWHardeningNeeded'
  | 'OutOfDate'
  | 'OutOfDateConfigurationNeeded'
  | 'Revoked';

/** Intel's component labels for the first SGX / TDX TCB components (as in the fixture). */
const sgxComponentLabels: { category?: string; type?: string }[] = [
  { category: 'BIOS', type: 'Early Microcode Update' },
  { category: 'OS/VMM', type: 'SGX Late Microcode Update' },
  { category: 'OS/VMM', type: 'TXT SINIT' },
  { category: 'BIOS' },
  { category: 'BIOS' },
  { category: 'BIOS' },
  {},
  { category: 'OS/VMM', type: 'SEAMLDR ACM' },
];
const tdxComponentLabels: { category?: string; type?: string }[] = [
  { category: 'OS/VMM', type: 'TDX Module' },
  { category: 'OS/VMM', type: 'TDX Module' },
  { category: 'OS/VMM', type: 'TDX Late Microcode Update' },
];

function components(svns: readonly number[], labels: { category?: string; type?: string }[]): { svn: number; category?: string; type?: string }[] {
  if (svns.length !== 16) throw new TesseraError(`TCB level needs 16 component SVNs, got ${svns.length}`, 'COLLATERAL_BUILD_INVALID');
  return svns.map((svn, i) => ({ svn, ...(labels[i] ?? {}) }));
}

export interface PlatformTcbLevel {
  sgxSvns: readonly number[];
  pceSvn: number;
  tdxSvns: readonly number[];
  tcbDate: string;
  tcbStatus: TcbStatus;
  advisoryIds?: string[];
}

export interface TdxModuleIdentity {
  /** "TDX_" + TEE_TCB_SVN[1] as two hex digits. */
  id: string;
  mrSigner: Buffer; // 48
  attributes: Buffer; // 8
  attributesMask: Buffer; // 8
  /** Module TCB levels by TEE_TCB_SVN[0] (isvsvn), highest first. */
  tcbLevels: { isvsvn: number; tcbDate: string; tcbStatus: TcbStatus }[];
}

export interface TcbInfoSpec {
  fmspc: Buffer; // 6
  pceId: Buffer; // 2
  issueDateUnix: number;
  nextUpdateUnix: number;
  tcbEvaluationDataNumber: number;
  tdxModule: { mrSigner: Buffer; attributes: Buffer; attributesMask: Buffer };
  tdxModuleIdentities: TdxModuleIdentity[];
  /** In Intel's order: newest (highest) first. */
  tcbLevels: PlatformTcbLevel[];
}

export interface QeIdentitySpec {
  issueDateUnix: number;
  nextUpdateUnix: number;
  tcbEvaluationDataNumber: number;
  miscSelect: number;
  miscSelectMask: number;
  attributes: Buffer; // 16
  attributesMask: Buffer; // 16
  mrSigner: Buffer; // 32
  isvProdId: number;
  /** Highest first. */
  tcbLevels: { isvsvn: number; tcbDate: string; tcbStatus: TcbStatus }[];
}

/** Intel's date form: ISO 8601 UTC to the second ("2025-06-19T10:16:03Z"). */
export function isoSeconds(unix: number): string {
  return new Date(unix * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const hexUpper = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();
function u32Hex(v: number): string {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0, 0);
  return hexUpper(b);
}

/** The TCB info JSON text; key order as Intel writes it. */
export function tcbInfoJson(s: TcbInfoSpec): string {
  return JSON.stringify({
    id: 'TDX',
    version: 3,
    issueDate: isoSeconds(s.issueDateUnix),
    nextUpdate: isoSeconds(s.nextUpdateUnix),
    fmspc: hexUpper(s.fmspc),
    pceId: hexUpper(s.pceId),
    tcbType: 0,
    tcbEvaluationDataNumber: s.tcbEvaluationDataNumber,
    tdxModule: { mrsigner: hexUpper(s.tdxModule.mrSigner), attributes: hexUpper(s.tdxModule.attributes), attributesMask: hexUpper(s.tdxModule.attributesMask) },
    tdxModuleIdentities: s.tdxModuleIdentities.map((m) => ({
      id: m.id,
      mrsigner: hexUpper(m.mrSigner),
      attributes: hexUpper(m.attributes),
      attributesMask: hexUpper(m.attributesMask),
      tcbLevels: m.tcbLevels.map((l) => ({ tcb: { isvsvn: l.isvsvn }, tcbDate: l.tcbDate, tcbStatus: l.tcbStatus })),
    })),
    tcbLevels: s.tcbLevels.map((l) => ({
      tcb: { sgxtcbcomponents: components(l.sgxSvns, sgxComponentLabels), pcesvn: l.pceSvn, tdxtcbcomponents: components(l.tdxSvns, tdxComponentLabels) },
      tcbDate: l.tcbDate,
      tcbStatus: l.tcbStatus,
      ...(l.advisoryIds && l.advisoryIds.length > 0 ? { advisoryIDs: l.advisoryIds } : {}),
    })),
  });
}

/** The QE identity JSON text; key order as Intel writes it. */
export function qeIdentityJson(s: QeIdentitySpec): string {
  return JSON.stringify({
    id: 'TD_QE',
    version: 2,
    issueDate: isoSeconds(s.issueDateUnix),
    nextUpdate: isoSeconds(s.nextUpdateUnix),
    tcbEvaluationDataNumber: s.tcbEvaluationDataNumber,
    miscselect: u32Hex(s.miscSelect),
    miscselectMask: u32Hex(s.miscSelectMask),
    attributes: hexUpper(s.attributes),
    attributesMask: hexUpper(s.attributesMask),
    mrsigner: hexUpper(s.mrSigner),
    isvprodid: s.isvProdId,
    tcbLevels: s.tcbLevels.map((l) => ({ tcb: { isvsvn: l.isvsvn }, tcbDate: l.tcbDate, tcbStatus: l.tcbStatus })),
  });
}

export interface CollateralAssembly {
  certs: DcapCertificates;
  crls: DcapCrls;
  tcbSigningKey: KeyObject;
  tcbInfo: TcbInfoSpec;
  qeIdentity: QeIdentitySpec;
  /** Defects for negative tests; never set in production. */
  tamper?: { tcbInfoSignature?: boolean; qeIdentitySignature?: boolean };
}

function signHex(key: KeyObject, text: string, corrupt: boolean | undefined): string {
  const sig = ecdsaSignRaw(key, Buffer.from(text, 'utf8'));
  if (corrupt) sig[0] = sig[0]! ^ 0x01;
  return sig.toString('hex');
}

export function assembleCollateral(a: CollateralAssembly): DcapCollateral {
  const pem = (r: keyof DcapCertificates['der']) => derToPem(a.certs.der[r]);
  const tcbInfo = tcbInfoJson(a.tcbInfo);
  const qeIdentity = qeIdentityJson(a.qeIdentity);
  return {
    pck_crl_issuer_chain: pem('pckCa') + pem('root'),
    root_ca_crl: a.crls.rootCaCrl.toString('hex'),
    pck_crl: a.crls.pckCrl.toString('hex'),
    tcb_info_issuer_chain: pem('tcbSigning') + pem('root'),
    tcb_info: tcbInfo,
    tcb_info_signature: signHex(a.tcbSigningKey, tcbInfo, a.tamper?.tcbInfoSignature),
    qe_identity_issuer_chain: pem('tcbSigning') + pem('root'),
    qe_identity: qeIdentity,
    qe_identity_signature: signHex(a.tcbSigningKey, qeIdentity, a.tamper?.qeIdentitySignature),
  };
}
