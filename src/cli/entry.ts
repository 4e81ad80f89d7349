// The process entry of `tessera` (bin/tessera.js imports this compiled file).
import { processIO, runCli } from './main.js';

const code = await runCli(process.argv.slice(2), processIO());
process.exitCode = code;
