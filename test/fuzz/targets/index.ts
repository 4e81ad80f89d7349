import type { FuzzTarget } from '../target.js';
import { configTarget } from './seat-config.js';
import { plantedHangTarget, plantedMagicTarget } from './selftest.js';
import { walRecoveryTarget } from './wal-recovery.js';
import { walSegmentTarget } from './wal-segment.js';

/** The TypeScript fuzz targets, by name (js_ prefix: they run beside the native fuzz_ ones). */
export const fuzzTargets: readonly FuzzTarget[] = [
  configTarget,
  walRecoveryTarget,
  walSegmentTarget,
  ...(process.env.TESSERA_FUZZ_SELFTEST === '1' ? [plantedMagicTarget, plantedHangTarget] : []),
];
