import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { TesseraError } from '../common/errors.js';
import { packageRoot } from '../common/package.js';

/**
 * Loads build/Release/tessera.node once and hands it the TesseraError class.
 * Each consumer module (src/hash, src/attest, src/ops) declares the typed
 * slice of the addon it uses and casts `loadAddon()` to it, so the addon's
 * surface is typed where it is used.
 */
let cached: Record<string, unknown> | undefined;

export function addonPath(): string {
  return join(packageRoot(), 'build', 'Release', 'tessera.node');
}

export function loadAddon(): Record<string, unknown> {
  if (cached !== undefined) return cached;
  const path = addonPath();
  if (!existsSync(path)) {
    throw new TesseraError(
      `native addon not built: ${path} is missing (run \`npm run build:addon\`)`,
      'ADDON_MISSING',
    );
  }
  const require = createRequire(import.meta.url);
  const addon = require(path) as Record<string, unknown> & { setErrorClass: (c: unknown) => void };
  addon.setErrorClass(TesseraError);
  cached = addon;
  return addon;
}
