import { TesseraError } from '../common/errors.js';
import { checkFoldModulePin } from '../config/fold-module.js';
import type { SeatConfig } from '../config/seat-config.js';
import { merkleFold, type Fold, type FoldFunction, type FoldInput } from '../organism/index.js';

/**
 * The fold a seat's organism machine uses: the built-in Merkle fold, or the
 * JS module named by apply.fold_module (contract: docs/contributors/organism.md).
 *
 * A module is imported from the very bytes whose BLAKE3 matched the pin
 * (a data: URL), so what runs is exactly what the fingerprint covers, with
 * no window to swap the file between the check and the import. Such a
 * module must be self-contained (no relative imports).
 *
 * Codes: FOLD_MODULE_MISSING, FOLD_MODULE_UNREADABLE, FOLD_MODULE_TOO_LARGE,
 * FOLD_MODULE_PIN_MISMATCH, FOLD_MODULE_LOAD_FAILED, FOLD_MODULE_INVALID,
 * FOLD_MODULE_NONDETERMINISTIC.
 */
export async function loadFold(config: Pick<SeatConfig, 'apply'>): Promise<Fold> {
  if (config.apply.fold === 'merkle') return merkleFold;
  const { foldModule, foldModuleBlake3 } = config.apply;
  if (foldModule === undefined || foldModuleBlake3 === undefined) {
    throw new TesseraError('apply.fold = "module" needs apply.fold_module and apply.fold_module_blake3', 'FOLD_MODULE_MISSING');
  }
  const pinned = await checkFoldModulePin(config);
  if (!pinned.ok) throw pinned.error;
  const bytes = pinned.value!;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(`data:text/javascript;base64,${bytes.toString('base64')}`)) as Record<string, unknown>;
  } catch (e) {
    throw new TesseraError(`apply.fold_module ${foldModule} failed to load: ${e instanceof Error ? e.message : String(e)}`, 'FOLD_MODULE_LOAD_FAILED', {
      path: foldModule,
    });
  }
  const fn = typeof mod['fold'] === 'function' ? mod['fold'] : mod['default'];
  if (typeof fn !== 'function') {
    throw new TesseraError(`apply.fold_module ${foldModule} exports no function named "fold" and no default function`, 'FOLD_MODULE_INVALID', { path: foldModule });
  }
  const fold = fn as FoldFunction;
  probeDeterminism(fold, foldModule);
  return Object.freeze({ id: `module:${foldModuleBlake3}`, fn: fold });
}

/** A fixed input the load-time probe folds twice. */
const probeInput: FoldInput = Object.freeze({
  key: '1',
  members: Object.freeze(['11'.repeat(32), '22'.repeat(32)]),
  evidence: Object.freeze([Object.freeze({ member: '11'.repeat(32), stream: 'facts', sequence: 1, digest: new Uint8Array(32).fill(0xab) })]),
  missing: Object.freeze(['22'.repeat(32)]),
  status: 'degraded',
});

/**
 * Folds a fixed input twice and compares: catches a module that reads the
 * clock or randomness, which would split the committee's state. It cannot
 * prove purity; the contract still binds the author.
 */
function probeDeterminism(fold: FoldFunction, path: string): void {
  const outputs: Uint8Array[] = [];
  for (let i = 0; i < 2; i++) {
    let out: unknown;
    try {
      out = fold(probeInput);
    } catch (e) {
      throw new TesseraError(`apply.fold_module ${path}: the fold threw on the load-time probe: ${e instanceof Error ? e.message : String(e)}`, 'FOLD_MODULE_INVALID', { path });
    }
    if (!(out instanceof Uint8Array)) throw new TesseraError(`apply.fold_module ${path}: the fold returned ${typeof out}, not a Uint8Array`, 'FOLD_MODULE_INVALID', { path });
    outputs.push(out);
  }
  if (Buffer.compare(outputs[0]!, outputs[1]!) !== 0) {
    throw new TesseraError(`apply.fold_module ${path}: two folds of the same input differ (the fold must be pure and deterministic)`, 'FOLD_MODULE_NONDETERMINISTIC', { path });
  }
}
