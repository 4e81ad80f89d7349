/**
 * Targets with planted defects, registered only when TESSERA_FUZZ_SELFTEST=1:
 * the engine's own tests run them to show that coverage guidance finds a
 * multi-byte condition, and that the CLI catches a hang and keeps the input.
 */
import { check, type FuzzTarget } from '../target.js';

/** Throws once the input starts with "FUZ", compared byte by byte so that each byte is a new block. */
export const plantedMagicTarget: FuzzTarget = {
  name: 'js_selftest_magic',
  checks: 'planted: fails on inputs starting with FUZ',
  maxLen: 64,
  seeds: () => [Buffer.from('seed')],
  covers: (url) => url.includes('selftest'),
  run(input) {
    if (input[0] === 0x46) {
      if (input[1] === 0x55) {
        if (input[2] === 0x5a) check(false, () => 'planted defect reached');
      }
    }
  },
};

/** Never returns on inputs whose first byte is 'H'. */
export const plantedHangTarget: FuzzTarget = {
  name: 'js_selftest_hang',
  checks: 'planted: loops forever on inputs starting with H',
  maxLen: 16,
  seeds: () => [Buffer.from('H')],
  covers: (url) => url.includes('selftest'),
  run(input) {
    let spins = 0;
    while (input[0] === 0x48) spins++;
    if (spins < 0) throw new Error('unreachable');
  },
};
