import { packageVersion } from '../../common/package.js';
import { optBool, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';

export const versionCommand: Command = {
  name: 'version',
  summary: 'print the tessera version',
  usage: ['version [--json]'],
  options: { json: { type: 'boolean', description: 'print a JSON object' } },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const v = packageVersion();
    ctx.io.stdout.write(optBool(ctx, 'json') ? JSON.stringify({ version: v, node: process.versions.node }) + '\n' : `tessera ${v}\n`);
    return ExitCode.Ok;
  },
};
