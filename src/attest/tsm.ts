/**
 * TDX quote generation through configfs-tsm (TDX.md section 1), over the
 * native core (native/src/tsm), which runs off the JavaScript thread. The
 * configfs root is a parameter so tests run the same code against a fake tree.
 */
import { TesseraError } from '../common/errors.js';
import { loadAddon } from '../native/index.js';
import { reportDataBytes, type QuoteProvider } from './provider.js';

interface TsmNative {
  tsmGetQuote(root: string, raceAttemptsMax: number, attributeWaitMs: number, reportData: Uint8Array): Promise<Buffer>;
  tsmDetect(root: string, raceAttemptsMax: number, attributeWaitMs: number): Promise<{ available: boolean; provider: string; reason: string }>;
  tsmDefaultRoot: string;
}

const native = loadAddon() as unknown as TsmNative;

/** /sys/kernel/config/tsm/report */
export const tsmDefaultRoot: string = native.tsmDefaultRoot;

export interface TsmOptions {
  /** The configfs-tsm report directory. */
  root?: string;
  /** Attempts when another writer races the entry (1..64). */
  raceAttemptsMax?: number;
  /** How long to wait for a new entry's attribute files (configfs has them at once; fakes may not). */
  attributeWaitMs?: number;
}

export const tsmDefaults = { raceAttemptsMax: 4, attributeWaitMs: 2000 } as const;

export interface TsmAvailability {
  available: boolean;
  /** What the entry's provider file said ('' when it could not be read). */
  provider: string;
  /** Why not, when not available. */
  reason: string;
}

export class TsmQuoteProvider implements QuoteProvider {
  readonly kind = 'tdx' as const;
  readonly root: string;
  readonly raceAttemptsMax: number;
  readonly attributeWaitMs: number;

  constructor(o: TsmOptions = {}) {
    this.root = o.root ?? tsmDefaultRoot;
    this.raceAttemptsMax = o.raceAttemptsMax ?? tsmDefaults.raceAttemptsMax;
    this.attributeWaitMs = o.attributeWaitMs ?? tsmDefaults.attributeWaitMs;
    if (!Number.isInteger(this.raceAttemptsMax) || this.raceAttemptsMax < 1 || this.raceAttemptsMax > 64) {
      throw new TesseraError(`raceAttemptsMax must be an integer in 1..64, got ${this.raceAttemptsMax}`, 'TSM_OPTIONS_INVALID');
    }
    if (!Number.isInteger(this.attributeWaitMs) || this.attributeWaitMs < 0 || this.attributeWaitMs > 60_000) {
      throw new TesseraError(`attributeWaitMs must be an integer in 0..60000, got ${this.attributeWaitMs}`, 'TSM_OPTIONS_INVALID');
    }
  }

  /** Whether this host can make TDX quotes here, without making one. */
  detect(): Promise<TsmAvailability> {
    return native.tsmDetect(this.root, this.raceAttemptsMax, this.attributeWaitMs);
  }

  /** A TDX quote over `reportData` (exactly 64 bytes). */
  quote(reportData: Uint8Array): Promise<Buffer> {
    if (!(reportData instanceof Uint8Array) || reportData.length !== reportDataBytes) {
      return Promise.reject(
        new TesseraError(`report data must be ${reportDataBytes} bytes, got ${reportData instanceof Uint8Array ? reportData.length : typeof reportData}`, 'TSM_REPORT_DATA_INVALID'),
      );
    }
    return native.tsmGetQuote(this.root, this.raceAttemptsMax, this.attributeWaitMs, reportData);
  }
}
