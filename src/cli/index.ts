export { runCli, processIO } from './main.js';
export { ExitCode } from './exit-codes.js';
