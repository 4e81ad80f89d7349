import { readFile, stat } from 'node:fs/promises';

import { err, ok, TesseraError, type Result } from '../common/errors.js';
import { blake3 } from '../hash/index.js';
import type { SeatConfig } from './seat-config.js';

/** Largest fold module read (a fold is a small pure function; this only bounds a mistake). */
export const foldModuleBytesMax = 16 * 1024 * 1024;

/**
 * Checks that apply.fold_module's bytes hash to apply.fold_module_blake3 (the
 * pin the fingerprint covers). Every seat must load exactly the pinned
 * module; `tessera config check` runs this, and so must whatever loads it.
 * Codes: FOLD_MODULE_UNREADABLE, FOLD_MODULE_TOO_LARGE, FOLD_MODULE_PIN_MISMATCH.
 */
export async function checkFoldModulePin(config: Pick<SeatConfig, 'apply'>): Promise<Result<Buffer | undefined>> {
  const { foldModule, foldModuleBlake3 } = config.apply;
  if (foldModule === undefined || foldModuleBlake3 === undefined) return ok(undefined);
  let bytes: Buffer;
  try {
    const s = await stat(foldModule);
    if (s.size > foldModuleBytesMax) {
      return err(new TesseraError(`apply.fold_module ${foldModule} is ${s.size} bytes, over ${foldModuleBytesMax}`, 'FOLD_MODULE_TOO_LARGE', { path: foldModule }));
    }
    bytes = await readFile(foldModule);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return err(new TesseraError(`apply.fold_module ${foldModule} cannot be read: ${code}`, 'FOLD_MODULE_UNREADABLE', { path: foldModule, errno: code }));
  }
  const digest = blake3(bytes).toString('hex');
  if (digest !== foldModuleBlake3) {
    return err(
      new TesseraError(`apply.fold_module ${foldModule} has BLAKE3 ${digest}; apply.fold_module_blake3 pins ${foldModuleBlake3}`, 'FOLD_MODULE_PIN_MISMATCH', { path: foldModule, digest }),
    );
  }
  return ok(bytes);
}
