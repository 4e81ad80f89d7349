#!/usr/bin/env node
// `tessera` command. The TypeScript is compiled to dist/ by `npm ci` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/entry.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('tessera: not built (dist/ is missing); run `npm run build`\n');
  process.exit(1);
}
await import(entry.href);
