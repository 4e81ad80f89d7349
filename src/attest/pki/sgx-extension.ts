/**
 * The Intel SGX PCK certificate extension (OID 1.2.840.113741.1.13.1): a
 * SEQUENCE of (OID, value) SEQUENCEs holding the PPID, the TCB (16 SGX TCB
 * component SVNs, PCESVN, CPUSVN), PCE-ID, FMSPC, SGX type and, for platform
 * CA certificates, the platform instance id and configuration. The layout
 * follows the PCK certificate inside the real quote in the fixtures.
 */
import { TesseraError } from '../../common/errors.js';
import {
  DerTag,
  decodeOid,
  decodeUint,
  derBool,
  derEnum,
  derInt,
  derOctets,
  derOid,
  derSeq,
  expectTlv,
  readChildren,
  type Tlv,
} from './der.js';
import type { Extension } from './x509.js';

export const SgxOid = {
  extension: '1.2.840.113741.1.13.1',
  ppid: '1.2.840.113741.1.13.1.1',
  tcb: '1.2.840.113741.1.13.1.2',
  pceId: '1.2.840.113741.1.13.1.3',
  fmspc: '1.2.840.113741.1.13.1.4',
  sgxType: '1.2.840.113741.1.13.1.5',
  platformInstanceId: '1.2.840.113741.1.13.1.6',
  configuration: '1.2.840.113741.1.13.1.7',
} as const;

export const sgxTcbComponentCount = 16;

/** SGX type: 0 Standard, 1 Scalable, 2 Scalable with integrity. */
export interface SgxExtensionFields {
  ppid: Buffer; // 16 bytes
  /** The 16 SGX TCB component SVNs (each 0..255); CPUSVN is the same bytes. */
  tcbComponents: number[];
  pceSvn: number; // 0..65535
  pceId: Buffer; // 2 bytes
  fmspc: Buffer; // 6 bytes
  sgxType: number;
  /** Present in platform-CA-issued PCK certificates (16 bytes). */
  platformInstanceId?: Buffer;
  configuration?: { dynamicPlatform: boolean; cachedKeys: boolean; smtEnabled: boolean };
}

function fieldLength(name: string, b: Uint8Array, n: number): void {
  if (b.length !== n) throw new TesseraError(`SGX extension: ${name} must be ${n} bytes, got ${b.length}`, 'PKI_SPEC_INVALID');
}

export function encodeSgxExtension(f: SgxExtensionFields): Buffer {
  fieldLength('ppid', f.ppid, 16);
  fieldLength('pceId', f.pceId, 2);
  fieldLength('fmspc', f.fmspc, 6);
  if (f.tcbComponents.length !== sgxTcbComponentCount || f.tcbComponents.some((c) => !Number.isInteger(c) || c < 0 || c > 255)) {
    throw new TesseraError('SGX extension: tcbComponents must be 16 integers in 0..255', 'PKI_SPEC_INVALID');
  }
  if (!Number.isInteger(f.pceSvn) || f.pceSvn < 0 || f.pceSvn > 0xffff) {
    throw new TesseraError('SGX extension: pceSvn must be in 0..65535', 'PKI_SPEC_INVALID');
  }
  const item = (oid: string, value: Buffer) => derSeq(derOid(oid), value);
  const tcb = derSeq(
    ...f.tcbComponents.map((svn, i) => item(`${SgxOid.tcb}.${i + 1}`, derInt(svn))),
    item(`${SgxOid.tcb}.17`, derInt(f.pceSvn)),
    item(`${SgxOid.tcb}.18`, derOctets(Uint8Array.from(f.tcbComponents))),
  );
  const items = [
    item(SgxOid.ppid, derOctets(f.ppid)),
    item(SgxOid.tcb, tcb),
    item(SgxOid.pceId, derOctets(f.pceId)),
    item(SgxOid.fmspc, derOctets(f.fmspc)),
    item(SgxOid.sgxType, derEnum(f.sgxType)),
  ];
  if (f.platformInstanceId) {
    fieldLength('platformInstanceId', f.platformInstanceId, 16);
    items.push(item(SgxOid.platformInstanceId, derOctets(f.platformInstanceId)));
  }
  if (f.configuration) {
    const c = f.configuration;
    items.push(
      item(
        SgxOid.configuration,
        derSeq(
          item(`${SgxOid.configuration}.1`, derBool(c.dynamicPlatform)),
          item(`${SgxOid.configuration}.2`, derBool(c.cachedKeys)),
          item(`${SgxOid.configuration}.3`, derBool(c.smtEnabled)),
        ),
      ),
    );
  }
  return derSeq(...items);
}

export function sgxExtension(f: SgxExtensionFields): Extension {
  return { oid: SgxOid.extension, critical: false, value: encodeSgxExtension(f) };
}

/** Parses the extension's value (the SEQUENCE inside its OCTET STRING). */
export function decodeSgxExtension(value: Buffer): SgxExtensionFields {
  const what = 'SGX extension';
  const top = expectTlv(value, 0, DerTag.Sequence, what);
  const byOid = pairs(top.content, what);
  const need = (oid: string, name: string): Tlv => {
    const v = byOid.get(oid);
    if (!v) throw new TesseraError(`${what}: ${name} (${oid}) is missing`, 'PKI_SGX_EXTENSION_INVALID');
    return v;
  };
  const octets = (oid: string, name: string, n: number): Buffer => {
    const t = need(oid, name);
    if (t.tag !== DerTag.OctetString || t.content.length !== n) {
      throw new TesseraError(`${what}: ${name} must be an OCTET STRING of ${n} bytes`, 'PKI_SGX_EXTENSION_INVALID');
    }
    return Buffer.from(t.content);
  };
  const tcbT = need(SgxOid.tcb, 'TCB');
  if (tcbT.tag !== DerTag.Sequence) throw new TesseraError(`${what}: TCB is not a SEQUENCE`, 'PKI_SGX_EXTENSION_INVALID');
  const tcb = pairs(tcbT.content, `${what} TCB`);
  const tcbComponents: number[] = [];
  for (let i = 1; i <= sgxTcbComponentCount; i++) {
    const t = tcb.get(`${SgxOid.tcb}.${i}`);
    if (!t || t.tag !== DerTag.Integer) throw new TesseraError(`${what}: TCB component ${i} is missing`, 'PKI_SGX_EXTENSION_INVALID');
    tcbComponents.push(decodeUint(t.content, `${what} TCB component ${i}`));
  }
  const pceSvnT = tcb.get(`${SgxOid.tcb}.17`);
  if (!pceSvnT || pceSvnT.tag !== DerTag.Integer) throw new TesseraError(`${what}: PCESVN is missing`, 'PKI_SGX_EXTENSION_INVALID');
  const sgxTypeT = need(SgxOid.sgxType, 'SGX type');
  const out: SgxExtensionFields = {
    ppid: octets(SgxOid.ppid, 'PPID', 16),
    tcbComponents,
    pceSvn: decodeUint(pceSvnT.content, `${what} PCESVN`),
    pceId: octets(SgxOid.pceId, 'PCE-ID', 2),
    fmspc: octets(SgxOid.fmspc, 'FMSPC', 6),
    sgxType: decodeUint(sgxTypeT.content, `${what} SGX type`),
  };
  if (byOid.has(SgxOid.platformInstanceId)) out.platformInstanceId = octets(SgxOid.platformInstanceId, 'platform instance id', 16);
  const conf = byOid.get(SgxOid.configuration);
  if (conf && conf.tag === DerTag.Sequence) {
    const c = pairs(conf.content, `${what} configuration`);
    const flag = (i: number) => c.get(`${SgxOid.configuration}.${i}`)?.content[0] === 0xff;
    out.configuration = { dynamicPlatform: flag(1), cachedKeys: flag(2), smtEnabled: flag(3) };
  }
  return out;
}

/** A SEQUENCE OF SEQUENCE { OID, value } as a map from OID to value. */
function pairs(content: Buffer, what: string): Map<string, Tlv> {
  const out = new Map<string, Tlv>();
  for (const child of readChildren(content, what)) {
    if (child.tag !== DerTag.Sequence) throw new TesseraError(`${what}: entry at offset ${child.offset} is not a SEQUENCE`, 'PKI_SGX_EXTENSION_INVALID');
    const [oidT, valueT] = readChildren(child.content, what);
    if (!oidT || oidT.tag !== DerTag.Oid || !valueT) {
      throw new TesseraError(`${what}: entry at offset ${child.offset} is not (OID, value)`, 'PKI_SGX_EXTENSION_INVALID');
    }
    out.set(decodeOid(oidT.content), valueT);
  }
  return out;
}
