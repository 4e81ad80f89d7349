/**
 * MR_TD from a TDVF (OVMF for TDX) image, and RTMR replay (TDX.md section
 * 4), over the native core (native/src/mrtd). Errors carry the core's codes:
 * TDVF_BAD_GUID, TDVF_TABLE_OVERRUN, TDVF_SECTION_PAST_END, ... naming the
 * field and the offset.
 */
import { TesseraError } from '../common/errors.js';
import { loadAddon } from '../native/index.js';

/** Measurement order of a section's records (both occur in the field; see TDX.md section 4). */
export type MrtdOrder = 'two-pass' | 'per-page';
export const mrtdOrders: readonly MrtdOrder[] = ['two-pass', 'per-page'];

export interface TdvfSection {
  dataOffset: number;
  rawSize: number;
  memoryAddress: number;
  memorySize: number;
  type: number;
  typeName: 'BFV' | 'CFV' | 'TD_HOB' | 'TempMem' | 'PermMem' | 'Payload' | 'PayloadParam';
  attributes: number;
  mrExtend: boolean;
  pageAug: boolean;
}

export interface TdvfMetadata {
  version: number;
  descriptorOffset: number;
  sections: TdvfSection[];
}

interface MrtdNative {
  tdvfParse(image: Uint8Array): TdvfMetadata;
  mrtdCompute(image: Uint8Array, order: MrtdOrder): Buffer;
  rtmrReplay(initial: Uint8Array, events: Uint8Array[], prehashed: boolean[]): Buffer;
}

const native = loadAddon() as unknown as MrtdNative;

export const mrtdBytes = 48;

export function parseTdvf(image: Uint8Array): TdvfMetadata {
  return native.tdvfParse(image);
}

/** MR_TD (48 bytes) of a TDVF image, measured in the given order. */
export function computeMrtd(image: Uint8Array, order: MrtdOrder = 'two-pass'): Buffer {
  return native.mrtdCompute(image, order);
}

/** An RTMR event: raw bytes (hashed with SHA-384 first) or an already computed 48-byte digest. */
export type RtmrEvent = { data: Uint8Array } | { digest: Uint8Array };

/** Replays RTMR extensions: rtmr = SHA-384(rtmr || SHA-384(event)), from `initial` (zero at TD start). */
export function replayRtmr(events: readonly RtmrEvent[], initial: Uint8Array = new Uint8Array(mrtdBytes)): Buffer {
  const bytes: Uint8Array[] = [];
  const prehashed: boolean[] = [];
  events.forEach((e, i) => {
    if ('digest' in e && e.digest instanceof Uint8Array) {
      bytes.push(e.digest);
      prehashed.push(true);
    } else if ('data' in e && e.data instanceof Uint8Array) {
      bytes.push(e.data);
      prehashed.push(false);
    } else {
      throw new TesseraError(`RTMR event ${i} must have 'data' or 'digest' bytes`, 'RTMR_EVENT_INVALID', { index: i });
    }
  });
  return native.rtmrReplay(initial, bytes, prehashed);
}
