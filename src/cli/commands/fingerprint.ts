import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

import { isTesseraError } from '../../common/errors.js';
import { coalitionFromDocument, ConfigError, configKindOf, identitySchemaVersion, seatConfigFromDocument, TomlDocument } from '../../config/index.js';
import { optBool, optString, type Command, type CommandIO } from '../command.js';
import { ExitCode } from '../exit-codes.js';

/** Resolves a file argument against the command's working directory. */
export function argPath(io: CommandIO, p: string): string {
  return isAbsolute(p) ? p : join(io.cwd, p);
}

/** Reads and parses a config file; throws ConfigError (CONFIG_UNREADABLE, CONFIG_SYNTAX). */
export function readConfigDocument(file: string): TomlDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ConfigError(`cannot read configuration ${file}: ${err.code ?? err.message}`, 'CONFIG_UNREADABLE', []);
  }
  return TomlDocument.parse(file, text);
}

/**
 * The config commands' error handling: an invalid file (syntax or schema)
 * exits 5 with every problem as file:line: 'key': message; an unreadable
 * one exits 1. Anything else is rethrown for the CLI's generic handling.
 */
export function configFailure(command: string, e: unknown, io: CommandIO): ExitCode {
  if (isTesseraError(e, 'CONFIG_INVALID') || isTesseraError(e, 'CONFIG_SYNTAX')) {
    io.stderr.write(`tessera ${command}: ${e.message} [${e.code}]\n`);
    return ExitCode.ConfigInvalid;
  }
  if (isTesseraError(e, 'CONFIG_UNREADABLE')) {
    io.stderr.write(`tessera ${command}: ${e.message} [${e.code}]\n`);
    return ExitCode.Failure;
  }
  throw e;
}

export const fingerprintCommand: Command = {
  name: 'fingerprint',
  summary: "print an organism's stable id, content hash and fingerprint (or a coalition's fingerprint)",
  usage: ['fingerprint CONFIG [--instance NAME] [--json]'],
  description: `
For a seat config (/etc/builder/<instance>.toml) prints the organism's
stable id, content hash and fingerprint, 64 hex digits each: compare them
across the committee's hosts, or give the fingerprint to integrators. For a
coalition file (a top-level [coalition] table) prints the coalition's
fingerprint. The whole file is validated first: an invalid one exits 5 and
names file, line and key for every problem. docs/contributors/identity.md
says how each id is derived.`,
  options: {
    instance: { type: 'string', valueName: 'NAME', description: 'unit instance (default: the file name without .toml)' },
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
        ctx.io.stdout.write(
          json
            ? JSON.stringify({ kind: 'coalition', name: c.name, fingerprint: c.fingerprint, members: c.members.length, schema_version: identitySchemaVersion }) + '\n'
            : `coalition     ${c.name}\nfingerprint   ${c.fingerprint}\n`,
        );
        return ExitCode.Ok;
      }
      const instance = optString(ctx, 'instance');
      // The environment cannot change an identity; leave it out so a stray PROMETHEUS_ADDR cannot fail this.
      const cfg = seatConfigFromDocument(doc, { ...(instance !== undefined ? { instance } : {}), env: {} });
      const id = cfg.identity;
      ctx.io.stdout.write(
        json
          ? JSON.stringify({ kind: 'organism', name: cfg.organism.name, ...id.toJSON(), schema_version: identitySchemaVersion }) + '\n'
          : `organism      ${cfg.organism.name}\nstable id     ${id.stableIdHex}\ncontent hash  ${id.contentHashHex}\nfingerprint   ${id.fingerprintHex}\n`,
      );
      return ExitCode.Ok;
    } catch (e) {
      return configFailure('fingerprint', e, ctx.io);
    }
  },
};
