/**
 * A quote and its collateral under a freshly generated test root, with at
 * most a few chosen defects. Each defect breaks exactly one thing the DCAP
 * verification order checks (TDX.md section 3), so a verifier can be shown
 * to refuse each with its own reason. Used by the verifier's negative tests.
 */
import { randomBytes, type KeyObject } from 'node:crypto';

import type { DcapCollateral } from '../collateral/types.js';
import { generateDcapKeys, generateP256Key, issueDcapCertificates, type CertOverride } from '../pki/hierarchy.js';
import type { PlatformTcbLevel, TcbStatus } from './collateral-builder.js';
import {
  collateralLifetimeSeconds,
  defaultTdConfig,
  generateMaterial,
  makeCollateral,
  makeQuote,
  platformTcbLevels,
  type CollateralOptions,
  type SimulatedTdConfig,
  type Window,
} from './material.js';

/** Items carrying a signature that can be made not to verify. */
export type SignedItem = 'quote' | 'qeReport' | 'tcbInfo' | 'qeIdentity' | 'pckCrl' | 'rootCrl';
/** Certificates below the root: each one's link to its issuer can be broken, or it can be revoked. */
export type LinkedCert = 'pck' | 'pckCa' | 'tcbSigning';
/** Items with a validity window. */
export type TimedItem = 'tcbInfo' | 'qeIdentity' | 'pckCrl' | 'rootCrl' | 'pck' | 'pckCa' | 'tcbSigning' | 'root';

export interface DcapCaseOptions {
  /** Verification time (unix seconds); everything is valid around it unless a defect says otherwise. */
  atUnix?: number;
  badSignature?: SignedItem;
  /** The certificate is signed by an unrelated key (same issuer name): the chain breaks there. */
  brokenChainLink?: LinkedCert;
  /** The certificate's serial is listed in its issuer's CRL. */
  revoked?: LinkedCert;
  expired?: TimedItem;
  notYetValid?: TimedItem;
  /** TCB info is for another FMSPC than the PCK certificate's. */
  fmspcMismatch?: boolean;
  /** Every TCB level asks for more than the platform has. */
  noMatchingTcbLevel?: boolean;
  /** TD_ATTRIBUTES bit 0 set. */
  debug?: boolean;
  /** A reserved TD_ATTRIBUTES bit (bit 8, outside the TUD byte so no verifier reads it as DEBUG) set. */
  reservedAttributeBits?: boolean;
  /** TD_ATTRIBUTES bit 28 clear. */
  septVeDisableClear?: boolean;
  /** A TD 1.5 report (v5 quote, body type 3) with MRSERVICETD all zero. */
  td15?: boolean;
  /** A TD 1.5 report whose MRSERVICETD is not zero: the TD is bound to a service TD. */
  serviceTd?: boolean;
  /** QE REPORTDATA does not hold SHA-256(attestation key || QE auth data) (QE report still correctly signed). */
  qeBindingBroken?: boolean;
  /** The trust anchor handed to the verifier is another root with the same name. */
  wrongRoot?: boolean;
  /** MRSIGNERSEAM differs from the TDX module identity in the TCB info. */
  tdxModuleMismatch?: boolean;
  /** The QE identity's MRSIGNER differs from the QE report's. */
  qeIdentityMismatch?: boolean;
  /** Status of the matching platform TCB level / QE level (default UpToDate). */
  tcbStatus?: TcbStatus;
  qeTcbStatus?: TcbStatus;
  advisoryIds?: string[];
  /** The PCK leaf's issuing CA (default platform). */
  pckCaKind?: 'platform' | 'processor';
  /** TD fields (MRTD, RTMRs, ...). */
  td?: Partial<SimulatedTdConfig>;
  reportData?: Buffer;
}

export interface DcapCase {
  quote: Buffer;
  collateral: DcapCollateral;
  /** The trust anchor to hand to the verifier (the test root, or another one under wrongRoot). */
  trustedRootDer: Buffer;
  /** The root that actually signed everything. */
  signingRootDer: Buffer;
  atUnix: number;
  reportData: Buffer;
  td: SimulatedTdConfig;
}

/** A fixed, ordinary verification time (2025-07-01T00:00:00Z). */
export const dcapCaseDefaultAtUnix = 1_751_328_000;

const hourSeconds = 3600;

/** Every single defect, by name: tests iterate over it to show each refused with its own reason. */
export const dcapSingleDefects: Record<string, DcapCaseOptions> = {
  'bad quote signature': { badSignature: 'quote' },
  'bad QE report signature': { badSignature: 'qeReport' },
  'bad TCB info signature': { badSignature: 'tcbInfo' },
  'bad QE identity signature': { badSignature: 'qeIdentity' },
  'bad PCK CRL signature': { badSignature: 'pckCrl' },
  'bad root CA CRL signature': { badSignature: 'rootCrl' },
  'broken link PCK -> PCK CA': { brokenChainLink: 'pck' },
  'broken link PCK CA -> root': { brokenChainLink: 'pckCa' },
  'broken link TCB signing -> root': { brokenChainLink: 'tcbSigning' },
  'revoked PCK certificate': { revoked: 'pck' },
  'revoked PCK CA certificate': { revoked: 'pckCa' },
  'revoked TCB signing certificate': { revoked: 'tcbSigning' },
  'expired TCB info': { expired: 'tcbInfo' },
  'expired QE identity': { expired: 'qeIdentity' },
  'expired PCK CRL': { expired: 'pckCrl' },
  'expired root CA CRL': { expired: 'rootCrl' },
  'expired PCK certificate': { expired: 'pck' },
  'not yet valid TCB info': { notYetValid: 'tcbInfo' },
  'not yet valid QE identity': { notYetValid: 'qeIdentity' },
  'not yet valid PCK CRL': { notYetValid: 'pckCrl' },
  'not yet valid PCK certificate': { notYetValid: 'pck' },
  'FMSPC mismatch': { fmspcMismatch: true },
  'no matching TCB level': { noMatchingTcbLevel: true },
  'DEBUG bit set': { debug: true },
  'reserved TD attribute bit set': { reservedAttributeBits: true },
  'SEPT_VE_DISABLE clear': { septVeDisableClear: true },
  'service TD bound (MRSERVICETD not zero)': { serviceTd: true },
  'QE binding broken': { qeBindingBroken: true },
  'wrong root': { wrongRoot: true },
  'TDX module identity mismatch': { tdxModuleMismatch: true },
  'QE identity mismatch': { qeIdentityMismatch: true },
};

function setBit(attrs: Buffer, bit: number, on: boolean): Buffer {
  const out = Buffer.from(attrs);
  const byte = bit >> 3;
  const mask = 1 << (bit & 7);
  out[byte] = on ? out[byte]! | mask : out[byte]! & ~mask;
  return out;
}

export function buildDcapCase(o: DcapCaseOptions = {}): DcapCase {
  const at = o.atUnix ?? dcapCaseDefaultAtUnix;
  const stranger: KeyObject = generateP256Key();

  // Certificate windows: valid for years around `at`, except a timed defect.
  const certWindow = (role: TimedItem): CertOverride => {
    if (o.expired === role) return { notBeforeUnix: at - 400 * 86_400, notAfterUnix: at - hourSeconds };
    if (o.notYetValid === role) return { notBeforeUnix: at + hourSeconds, notAfterUnix: at + 400 * 86_400 };
    return {};
  };
  const overrides: Partial<Record<'root' | 'pckCa' | 'pck' | 'tcbSigning', CertOverride>> = {};
  for (const role of ['root', 'pckCa', 'pck', 'tcbSigning'] as const) {
    const ov: CertOverride = { ...certWindow(role), ...(o.brokenChainLink === role ? { signingKey: stranger } : {}) };
    if (Object.keys(ov).length > 0) overrides[role] = ov;
  }
  const material = generateMaterial({
    notBeforeUnix: at - 5 * 365 * 86_400,
    notAfterUnix: at + 5 * 365 * 86_400,
    organization: 'tessera test PKI',
    overrides,
    ...(o.pckCaKind ? { pckCaKind: o.pckCaKind } : {}),
  });

  let td: SimulatedTdConfig = { ...defaultTdConfig(), ...o.td };
  if (o.debug) td = { ...td, tdAttributes: setBit(td.tdAttributes, 0, true) };
  if (o.reservedAttributeBits) td = { ...td, tdAttributes: setBit(td.tdAttributes, 8, true) };
  if (o.septVeDisableClear) td = { ...td, tdAttributes: setBit(td.tdAttributes, 28, false) };
  if (o.td15 || o.serviceTd) {
    td = { ...td, td15: { teeTcbSvn2: Buffer.alloc(16), mrServiceTd: o.serviceTd ? Buffer.alloc(48, 0x5e) : Buffer.alloc(48) } };
  }

  const reportData = o.reportData ?? randomBytes(64);
  const quote = makeQuote(material, td, reportData, {
    tamper: { quoteSignature: o.badSignature === 'quote', qeReportSignature: o.badSignature === 'qeReport', qeBinding: o.qeBindingBroken === true },
  });

  const window = (item: TimedItem): Window | undefined => {
    if (o.expired === item) return { issueUnix: at - collateralLifetimeSeconds - hourSeconds, nextUpdateUnix: at - hourSeconds };
    if (o.notYetValid === item) return { issueUnix: at + hourSeconds, nextUpdateUnix: at + hourSeconds + collateralLifetimeSeconds };
    return undefined;
  };
  const crlWindow = (item: TimedItem) => {
    const w = window(item);
    return w ? { thisUpdateUnix: w.issueUnix, nextUpdateUnix: w.nextUpdateUnix } : undefined;
  };
  const noMatch: PlatformTcbLevel[] | undefined = o.noMatchingTcbLevel
    ? platformTcbLevels(material, td, 'UpToDate').map((l) => ({ ...l, pceSvn: material.platform.pceSvn + 1 }))
    : undefined;
  const rootCrlWindow = crlWindow('rootCrl');
  const pckCrlWindow = crlWindow('pckCrl');
  const tcbInfoWindow = window('tcbInfo');
  const qeIdentityWindow = window('qeIdentity');
  const copts: CollateralOptions = {
    ...(o.tcbStatus ? { tcbStatus: o.tcbStatus } : {}),
    ...(o.qeTcbStatus ? { qeTcbStatus: o.qeTcbStatus } : {}),
    ...(o.advisoryIds ? { advisoryIds: o.advisoryIds } : {}),
    ...(noMatch ? { tcbLevels: noMatch } : {}),
    ...(o.fmspcMismatch ? { fmspc: Buffer.from(material.platform.fmspc.map((b, i) => (i === 0 ? b ^ 0xff : b))) } : {}),
    ...(tcbInfoWindow ? { tcbInfoWindow } : {}),
    ...(qeIdentityWindow ? { qeIdentityWindow } : {}),
    ...(o.tdxModuleMismatch ? { tdxModuleMrSigner: Buffer.alloc(48, 0xab) } : {}),
    ...(o.qeIdentityMismatch ? { qeMrSigner: Buffer.alloc(32, 0xcd) } : {}),
    crls: {
      ...(o.revoked === 'pck' ? { revokedByPckCa: [material.certs.serials.pck] } : {}),
      ...(o.revoked === 'pckCa' ? { revokedByRoot: [material.certs.serials.pckCa] } : {}),
      ...(o.revoked === 'tcbSigning' ? { revokedByRoot: [material.certs.serials.tcbSigning] } : {}),
      ...(o.badSignature === 'rootCrl' ? { rootCrlSigningKey: stranger } : {}),
      ...(o.badSignature === 'pckCrl' ? { pckCrlSigningKey: stranger } : {}),
      ...(rootCrlWindow ? { rootCrlWindow } : {}),
      ...(pckCrlWindow ? { pckCrlWindow } : {}),
    },
    tamper: { tcbInfoSignature: o.badSignature === 'tcbInfo', qeIdentitySignature: o.badSignature === 'qeIdentity' },
  };
  const collateral = makeCollateral(material, td, at, copts);

  let trustedRootDer = material.certs.der.root;
  if (o.wrongRoot) {
    // Same names and shape, another key: only the key tells them apart.
    const otherKeys = generateDcapKeys();
    trustedRootDer = issueDcapCertificates(otherKeys, {
      platform: material.platform,
      notBeforeUnix: at - 5 * 365 * 86_400,
      notAfterUnix: at + 5 * 365 * 86_400,
      organization: 'tessera test PKI',
    }).der.root;
  }
  return { quote, collateral, trustedRootDer, signingRootDer: material.certs.der.root, atUnix: at, reportData, td };
}
