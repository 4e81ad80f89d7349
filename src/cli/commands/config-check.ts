import { checkFoldModulePin, coalitionFromDocument, configKindOf, renderToml, seatConfigFromDocument, seatConfigToTable } from '../../config/index.js';
import { optBool, optString, type Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { argPath, configFailure, readConfigDocument } from './fingerprint.js';

export const configCheckCommand: Command = {
  name: 'config check',
  summary: 'validate a seat (or coalition) config and print it resolved, with every default',
  usage: ['config check CONFIG [--instance NAME] [--skip-fold-module] [--json]'],
  description: `
Validates CONFIG as the seat would load it (PROMETHEUS_ADDR from the
environment included), checks that apply.fold_module hashes to
apply.fold_module_blake3 when fold = "module", and prints the resolved
config as TOML: every key with its value or default, the defaults derived
from the instance name filled in, headed by the organism's identity. Exit 0
when valid, 5 when not (every problem named as file:line: 'key': ...).
--skip-fold-module leaves out the module check, for a machine that validates
configs without the hosts' files.`,
  options: {
    instance: { type: 'string', valueName: 'NAME', description: 'unit instance (default: the file name without .toml)' },
    'skip-fold-module': { type: 'boolean', description: 'do not read apply.fold_module to check its pin' },
    json: { type: 'boolean', description: 'print one JSON object' },
  },
  positionals: { min: 1, max: 1, names: 'CONFIG' },
  async run(ctx) {
    const file = argPath(ctx.io, ctx.positionals[0]!);
    const json = optBool(ctx, 'json');
    try {
      const doc = readConfigDocument(file);
      if (configKindOf(doc) === 'coalition') {
        const c = coalitionFromDocument(doc);
        const members = c.members.map((m) => ({ kind: m.kind, stable_id: m.stableId, ...(m.name !== undefined ? { name: m.name } : {}) }));
        const table = { coalition: { name: c.name, ...(c.ticketIssuer !== undefined ? { ticket_issuer: c.ticketIssuer } : {}), member: members } };
        ctx.io.stdout.write(json ? JSON.stringify({ kind: 'coalition', file, fingerprint: c.fingerprint, config: table }) + '\n' : renderToml(table, [`${file}: valid coalition`, `fingerprint   ${c.fingerprint}`]));
        return ExitCode.Ok;
      }
      const instance = optString(ctx, 'instance');
      const cfg = seatConfigFromDocument(doc, { env: ctx.io.env, instance });
      const pin = optBool(ctx, 'skip-fold-module') ? undefined : await checkFoldModulePin(cfg);
      if (pin !== undefined && !pin.ok) {
        ctx.io.stderr.write(`tessera config check: ${file}: ${pin.error.message} [${pin.error.code}]\n`);
        return ExitCode.ConfigInvalid;
      }
      const table = seatConfigToTable(cfg);
      const id = cfg.identity;
      ctx.io.stdout.write(
        json
          ? JSON.stringify({ kind: 'organism', file, instance: cfg.instance, identity: id.toJSON(), config: table }) + '\n'
          : renderToml(table, [
              `${file}: valid (instance ${cfg.instance}); every default filled in`,
              `stable id     ${id.stableIdHex}`,
              `content hash  ${id.contentHashHex}`,
              `fingerprint   ${id.fingerprintHex}`,
            ]),
      );
      return ExitCode.Ok;
    } catch (e) {
      return configFailure('config check', e, ctx.io);
    }
  },
};
