/**
 * The keys, certificates and settings behind simulated quotes, and the two
 * things made from them: a v4 quote for given REPORTDATA, and collateral
 * (TCB info, QE identity, CRLs) that matches it and is valid around a time.
 */
import { X509Certificate, createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';

import { TesseraError } from '../../common/errors.js';
import type { DcapCollateral } from '../collateral/types.js';
import {
  certRoles,
  dcapCommonNames,
  generateDcapKeys,
  generateP256Key,
  issueDcapCertificates,
  issueDcapCrls,
  type CertOverride,
  type CertRole,
  type DcapCertificates,
  type DcapCrlOptions,
  type DcapKeys,
} from '../pki/hierarchy.js';
import type { SgxExtensionFields } from '../pki/sgx-extension.js';
import { derToPem, intelName, pemToDers } from '../pki/x509.js';
import {
  assembleCollateral,
  isoSeconds,
  type PlatformTcbLevel,
  type QeIdentitySpec,
  type TcbInfoSpec,
  type TcbStatus,
} from './collateral-builder.js';
import { assembleTdxQuote, type QuoteAssembly, type Td15Fields, type TdReportFields } from './quote-layout.js';

/** What the simulated TD reports about itself (TD report body fields other than REPORTDATA). */
export interface SimulatedTdConfig {
  teeTcbSvn: Buffer;
  mrSeam: Buffer;
  mrSignerSeam: Buffer;
  seamAttributes: Buffer;
  tdAttributes: Buffer;
  xfam: Buffer;
  mrTd: Buffer;
  mrConfigId: Buffer;
  mrOwner: Buffer;
  mrOwnerConfig: Buffer;
  rtmrs: [Buffer, Buffer, Buffer, Buffer];
  /** Set: the TD reports TD 1.5 fields and its quotes are v5 with a TD 1.5 body (type 3). */
  td15?: Td15Fields;
}

const hex = (s: string) => Buffer.from(s, 'hex');
const zeros = (n: number) => Buffer.alloc(n);

/** TD_ATTRIBUTES with only SEPT_VE_DISABLE (bit 28) set: the production setting. */
export const defaultTdAttributes = hex('0000001000000000');

/** Defaults copied from the real quote in the fixtures, except MRTD / RTMRs (zero). */
export function defaultTdConfig(): SimulatedTdConfig {
  return {
    teeTcbSvn: hex('06010300000000000000000000000000'),
    mrSeam: hex('5b38e33a6487958b72c3c12a938eaa5e3fd4510c51aeeab58c7d5ecee41d7c436489d6c8e4f92f160b7cad34207b00c1'),
    mrSignerSeam: zeros(48),
    seamAttributes: zeros(8),
    tdAttributes: Buffer.from(defaultTdAttributes),
    xfam: hex('e702060000000000'),
    mrTd: zeros(48),
    mrConfigId: zeros(48),
    mrOwner: zeros(48),
    mrOwnerConfig: zeros(48),
    rtmrs: [zeros(48), zeros(48), zeros(48), zeros(48)],
  };
}

/** The quoting enclave's identity (the real TD QE's values from the fixture). */
export interface SimulatedQeConfig {
  cpuSvn: Buffer;
  miscSelect: number;
  attributes: Buffer;
  mrEnclave: Buffer;
  mrSigner: Buffer;
  isvProdId: number;
  isvSvn: number;
}

export function defaultQeConfig(): SimulatedQeConfig {
  return {
    cpuSvn: hex('0303191b04ff00060000000000000000'),
    miscSelect: 0,
    attributes: hex('1500000000000000e700000000000000'),
    mrEnclave: hex('e5a3a7b5d830c2953b98534c6c59a3a34fdc34e933f7f5898f0a85cf08846bca'),
    mrSigner: hex('dc9e2a7c6f948f17474e34a7fc43ed030f7c1563f1babddf6340c82e0e54a8c5'),
    isvProdId: 2,
    isvSvn: 6,
  };
}

/** The platform as its PCK certificate describes it (the fixture's values; fresh PPID). */
export function defaultPlatform(): SgxExtensionFields {
  return {
    ppid: randomBytes(16),
    tcbComponents: [3, 3, 2, 2, 4, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0],
    pceSvn: 11,
    pceId: hex('0000'),
    fmspc: hex('b0c06f000000'),
    sgxType: 1,
    platformInstanceId: randomBytes(16),
    configuration: { dynamicPlatform: true, cachedKeys: true, smtEnabled: true },
  };
}

/** Organization of the simulated names: never Intel's, so no one mistakes the root. */
export const simulatedOrganization = 'tessera simulated TDX (not Intel)';

export const simulatedCertValidity = {
  notBeforeUnix: Date.UTC(2020, 0, 1) / 1000,
  notAfterUnix: Date.UTC(2049, 11, 31, 23, 59, 59) / 1000,
};

/** Collateral lifetime: Intel issues TCB info, QE identity and CRLs for about 30 days. */
export const collateralLifetimeSeconds = 30 * 86_400;
/** How long before the requested time the generated collateral was "issued". */
export const collateralIssuedBeforeSeconds = 86_400;

export interface SimulatedMaterial {
  keys: DcapKeys & { attestation: KeyObject };
  certs: DcapCertificates;
  platform: SgxExtensionFields;
  qe: SimulatedQeConfig;
  /** The 16-byte QE id in the quote header's user data. */
  qeId: Buffer;
  /** QE auth data bound into the QE report (32 bytes in every real sample). */
  qeAuthData: Buffer;
}

export interface MaterialOptions {
  platform?: Partial<SgxExtensionFields>;
  qe?: Partial<SimulatedQeConfig>;
  organization?: string;
  notBeforeUnix?: number;
  notAfterUnix?: number;
  overrides?: Partial<Record<CertRole, CertOverride>>;
  /** Processor-CA PCK certificates carry no platform instance id or configuration. */
  pckCaKind?: 'platform' | 'processor';
}

export function generateMaterial(o: MaterialOptions = {}): SimulatedMaterial {
  const keys = { ...generateDcapKeys(), attestation: generateP256Key() };
  const platform: SgxExtensionFields = { ...defaultPlatform(), ...o.platform };
  if (o.pckCaKind === 'processor') {
    delete platform.platformInstanceId;
    delete platform.configuration;
  }
  const certs = issueDcapCertificates(keys, {
    platform,
    notBeforeUnix: o.notBeforeUnix ?? simulatedCertValidity.notBeforeUnix,
    notAfterUnix: o.notAfterUnix ?? simulatedCertValidity.notAfterUnix,
    organization: o.organization ?? simulatedOrganization,
    ...(o.overrides ? { overrides: o.overrides } : {}),
    ...(o.pckCaKind ? { pckCaKind: o.pckCaKind } : {}),
  });
  return {
    keys,
    certs,
    platform,
    qe: { ...defaultQeConfig(), ...o.qe },
    qeId: randomBytes(16),
    qeAuthData: Buffer.from(Array.from({ length: 32 }, (_, i) => i)),
  };
}

export interface QuoteOptions {
  tamper?: QuoteAssembly['tamper'];
  trailingPaddingBytes?: number;
  /** Default 4, or 5 when the TD reports TD 1.5 fields (which only v5 carries). */
  version?: 4 | 5;
}

export function pckChainPem(m: SimulatedMaterial): string {
  return derToPem(m.certs.der.pck) + derToPem(m.certs.der.pckCa) + derToPem(m.certs.der.root);
}

export function makeQuote(m: SimulatedMaterial, td: SimulatedTdConfig, reportData: Uint8Array, o: QuoteOptions = {}): Buffer {
  if (!(reportData instanceof Uint8Array) || reportData.length !== 64) {
    throw new TesseraError(`report data must be 64 bytes, got ${reportData instanceof Uint8Array ? reportData.length : typeof reportData}`, 'ATTEST_REPORT_DATA_INVALID');
  }
  const body: TdReportFields = { ...td, reportData: Buffer.from(reportData) };
  return assembleTdxQuote({
    version: o.version ?? (td.td15 ? 5 : 4),
    qeSvn: 0,
    pceSvn: 0,
    userData: Buffer.concat([m.qeId, zeros(4)]),
    body,
    attestationKey: m.keys.attestation,
    pckKey: m.keys.pck,
    qe: m.qe,
    qeAuthData: m.qeAuthData,
    pckChainPem: pckChainPem(m),
    ...(o.trailingPaddingBytes !== undefined ? { trailingPaddingBytes: o.trailingPaddingBytes } : {}),
    ...(o.tamper ? { tamper: o.tamper } : {}),
  });
}

export interface CollateralOptions {
  /** Status of the TCB level the platform matches (default UpToDate). */
  tcbStatus?: TcbStatus;
  /** Status of the QE identity level the QE matches (default UpToDate). */
  qeTcbStatus?: TcbStatus;
  advisoryIds?: string[];
  /** Replace the TCB levels entirely (no-match tests). */
  tcbLevels?: PlatformTcbLevel[];
  fmspc?: Buffer;
  /** Windows per item (defaults: issued a day before, lives 30 days). */
  tcbInfoWindow?: Window;
  qeIdentityWindow?: Window;
  crls?: Omit<DcapCrlOptions, 'thisUpdateUnix' | 'nextUpdateUnix'>;
  tdxModuleMrSigner?: Buffer;
  qeMrSigner?: Buffer;
  tamper?: { tcbInfoSignature?: boolean; qeIdentitySignature?: boolean };
}

export interface Window {
  issueUnix: number;
  nextUpdateUnix: number;
}

export function defaultWindow(atUnix: number): Window {
  const issueUnix = Math.floor(atUnix) - collateralIssuedBeforeSeconds;
  return { issueUnix, nextUpdateUnix: issueUnix + collateralLifetimeSeconds };
}

const tcbDate = '2024-03-13T00:00:00Z';

/** TCB info levels for a platform: one at exactly its SVNs, and Intel's older OutOfDate level below it. */
export function platformTcbLevels(m: SimulatedMaterial, td: SimulatedTdConfig, status: TcbStatus, advisoryIds: string[] = []): PlatformTcbLevel[] {
  const sgx = m.platform.tcbComponents;
  const tdx = [...td.teeTcbSvn];
  const levels: PlatformTcbLevel[] = [{ sgxSvns: sgx, pceSvn: m.platform.pceSvn, tdxSvns: tdx, tcbDate, tcbStatus: status, advisoryIds }];
  if (m.platform.pceSvn > 0) {
    levels.push({ sgxSvns: sgx, pceSvn: m.platform.pceSvn - 1, tdxSvns: tdx, tcbDate: '2018-01-04T00:00:00Z', tcbStatus: 'OutOfDate', advisoryIds: ['INTEL-SA-00106'] });
  }
  return levels;
}

export function makeCollateral(m: SimulatedMaterial, td: SimulatedTdConfig, atUnix: number, o: CollateralOptions = {}): DcapCollateral {
  if (!Number.isFinite(atUnix)) throw new TesseraError(`collateral time ${atUnix} is not a number`, 'ATTEST_TIME_INVALID');
  const win = defaultWindow(atUnix);
  const tw = o.tcbInfoWindow ?? win;
  const qw = o.qeIdentityWindow ?? win;
  const moduleSvn = td.teeTcbSvn[1]!;
  const tcbInfo: TcbInfoSpec = {
    fmspc: o.fmspc ?? m.platform.fmspc,
    pceId: m.platform.pceId,
    issueDateUnix: tw.issueUnix,
    nextUpdateUnix: tw.nextUpdateUnix,
    tcbEvaluationDataNumber: 17,
    tdxModule: { mrSigner: o.tdxModuleMrSigner ?? td.mrSignerSeam, attributes: td.seamAttributes, attributesMask: Buffer.alloc(8, 0xff) },
    tdxModuleIdentities: [
      {
        id: `TDX_${moduleSvn.toString(16).padStart(2, '0').toUpperCase()}`,
        mrSigner: o.tdxModuleMrSigner ?? td.mrSignerSeam,
        attributes: td.seamAttributes,
        attributesMask: Buffer.alloc(8, 0xff),
        tcbLevels: [{ isvsvn: td.teeTcbSvn[0]!, tcbDate, tcbStatus: 'UpToDate' }],
      },
    ],
    tcbLevels: o.tcbLevels ?? platformTcbLevels(m, td, o.tcbStatus ?? 'UpToDate', o.advisoryIds),
  };
  const qeIdentity: QeIdentitySpec = {
    issueDateUnix: qw.issueUnix,
    nextUpdateUnix: qw.nextUpdateUnix,
    tcbEvaluationDataNumber: 17,
    miscSelect: m.qe.miscSelect,
    miscSelectMask: 0xffffffff,
    attributes: Buffer.concat([Buffer.from([m.qe.attributes[0]! & 0xfb]), zeros(15)]),
    attributesMask: hex('fbffffffffffffff0000000000000000'),
    mrSigner: o.qeMrSigner ?? m.qe.mrSigner,
    isvProdId: m.qe.isvProdId,
    tcbLevels: [{ isvsvn: m.qe.isvSvn, tcbDate, tcbStatus: o.qeTcbStatus ?? 'UpToDate' }],
  };
  const crls = issueDcapCrls(m.keys, m.certs, { thisUpdateUnix: win.issueUnix, nextUpdateUnix: win.nextUpdateUnix, ...o.crls });
  return assembleCollateral({
    certs: m.certs,
    crls,
    tcbSigningKey: m.keys.tcbSigning,
    tcbInfo,
    qeIdentity,
    ...(o.tamper ? { tamper: o.tamper } : {}),
  });
}

// ------------------------------------------------ persistence (state directory)

export const materialFormatVersion = 1;

interface MaterialFile {
  format: number;
  keys: Record<string, string>;
  certs: Record<string, string>;
  serials: Record<string, string>;
  platform: { ppid: string; tcbComponents: number[]; pceSvn: number; pceId: string; fmspc: string; sgxType: number; platformInstanceId?: string };
  qeId: string;
}

export function serializeMaterial(m: SimulatedMaterial): string {
  const keys: Record<string, string> = {};
  for (const [name, k] of Object.entries(m.keys)) keys[name] = k.export({ type: 'pkcs8', format: 'pem' }).toString();
  const certs: Record<string, string> = {};
  const serials: Record<string, string> = {};
  for (const r of certRoles) {
    certs[r] = derToPem(m.certs.der[r]);
    serials[r] = m.certs.serials[r].toString('hex');
  }
  const p = m.platform;
  const file: MaterialFile = {
    format: materialFormatVersion,
    keys,
    certs,
    serials,
    platform: {
      ppid: p.ppid.toString('hex'),
      tcbComponents: p.tcbComponents,
      pceSvn: p.pceSvn,
      pceId: p.pceId.toString('hex'),
      fmspc: p.fmspc.toString('hex'),
      sgxType: p.sgxType,
      ...(p.platformInstanceId ? { platformInstanceId: p.platformInstanceId.toString('hex') } : {}),
    },
    qeId: m.qeId.toString('hex'),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads a state file written by serializeMaterial; `path` names it in errors. */
export function parseMaterial(text: string, path: string): SimulatedMaterial {
  const bad = (what: string) => new TesseraError(`simulated attestation state ${path}: ${what}`, 'SIMULATED_STATE_CORRUPT', { path });
  let f: MaterialFile;
  try {
    f = JSON.parse(text) as MaterialFile;
  } catch (e) {
    throw bad(`not JSON (${(e as Error).message})`);
  }
  if (typeof f !== 'object' || f === null || f.format !== materialFormatVersion) throw bad(`format must be ${materialFormatVersion}`);
  const key = (name: string): KeyObject => {
    const pem = f.keys?.[name];
    if (typeof pem !== 'string') throw bad(`key '${name}' is missing`);
    try {
      return createPrivateKey(pem);
    } catch {
      throw bad(`key '${name}' does not parse`);
    }
  };
  const keys = { root: key('root'), pckCa: key('pckCa'), pck: key('pck'), tcbSigning: key('tcbSigning'), attestation: key('attestation') };
  const der = {} as Record<CertRole, Buffer>;
  const serials = {} as Record<CertRole, Buffer>;
  for (const r of certRoles) {
    const c = pemToDers(String(f.certs?.[r] ?? ''));
    if (c.length !== 1) throw bad(`certificate '${r}' is missing`);
    der[r] = c[0]!;
    if (typeof f.serials?.[r] !== 'string') throw bad(`serial of '${r}' is missing`);
    serials[r] = Buffer.from(f.serials[r], 'hex');
  }
  const p = f.platform;
  if (!p || !Array.isArray(p.tcbComponents) || p.tcbComponents.length !== 16) throw bad('platform is missing or malformed');
  const platform: SgxExtensionFields = {
    ppid: Buffer.from(p.ppid, 'hex'),
    tcbComponents: p.tcbComponents,
    pceSvn: p.pceSvn,
    pceId: Buffer.from(p.pceId, 'hex'),
    fmspc: Buffer.from(p.fmspc, 'hex'),
    sgxType: p.sgxType,
    ...(p.platformInstanceId ? { platformInstanceId: Buffer.from(p.platformInstanceId, 'hex') } : {}),
  };
  for (const r of certRoles) {
    const certKey = new X509Certificate(der[r]).publicKey.export({ type: 'spki', format: 'der' });
    const own = createPublicKey(keys[r]).export({ type: 'spki', format: 'der' });
    if (!certKey.equals(own)) throw bad(`key '${r}' does not match its certificate`);
  }
  return {
    keys,
    certs: { der, serials, names: issueNames() },
    platform,
    qe: defaultQeConfig(),
    qeId: Buffer.from(String(f.qeId), 'hex'),
    qeAuthData: Buffer.from(Array.from({ length: 32 }, (_, i) => i)),
  };
}

/** Names are a function of the organization; the stored certificates carry the same. */
function issueNames(): DcapCertificates['names'] {
  const out = {} as DcapCertificates['names'];
  for (const r of certRoles) out[r] = intelName(dcapCommonNames[r], simulatedOrganization);
  return out;
}
