/**
 * What the operator commands (status, member ...) share: finding the seat's
 * admin socket (--socket, or the config of --instance / --config), calling
 * the admin service on it, and turning failures into the documented exit
 * codes (4: the seat is not reachable; 3: the seat said no).
 */
import { existsSync, lstatSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';

import { TesseraError } from '../common/errors.js';
import { dataDirRoot, loadSeatConfig } from '../config/index.js';
import { adminMethods } from '../node/admin-service.js';
import { errorCodeMetadataKey } from '../node/grpc-status.js';
import { optString, UsageError, type CommandContext, type OptionSpec } from './command.js';
import { ExitCode } from './exit-codes.js';
import { argPath } from './commands/fingerprint.js';

export const configDirDefault = '/etc/builder';

/** Options every admin command takes. */
export const adminTargetOptions: Record<string, OptionSpec> = {
  instance: { type: 'string', valueName: 'NAME', description: 'the seat\'s unit instance: its socket is read from /etc/builder/NAME.toml (default <data_dir>/admin.sock)' },
  config: { type: 'string', valueName: 'PATH', description: 'the seat\'s config file (instead of /etc/builder/NAME.toml)' },
  socket: { type: 'string', valueName: 'PATH', description: 'the admin socket itself (overrides --instance and --config)' },
  'timeout-ms': { type: 'string', valueName: 'MS', description: 'give up after this long (default 10000; drain may need longer)' },
};

/** The admin socket the options name. Throws UsageError when they name none. */
export function adminSocketPath(ctx: CommandContext): string {
  const socket = optString(ctx, 'socket');
  if (socket !== undefined) return argPath(ctx.io, socket);
  const configOpt = optString(ctx, 'config');
  const instance = optString(ctx, 'instance');
  if (configOpt === undefined && instance === undefined) throw new UsageError('name the seat: --instance NAME, --config PATH or --socket PATH');
  const file = configOpt !== undefined ? argPath(ctx.io, configOpt) : `${configDirDefault}/${instance}.toml`;
  if (configOpt === undefined && !existsSync(file)) return `${dataDirRoot}/${instance}/admin.sock`;
  return loadSeatConfig(file, { ...(instance !== undefined ? { instance } : {}), env: ctx.io.env }).seat.adminSocket;
}

export function timeoutMs(ctx: CommandContext, fallback = 10_000): number {
  const v = optString(ctx, 'timeout-ms');
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 3_600_000) throw new UsageError(`--timeout-ms must be 1..3600000, got '${v}'`);
  return Number(v);
}

/** A failure an admin command reports with its exit code. */
export class AdminCallError extends TesseraError {
  constructor(
    message: string,
    code: string,
    readonly exitCode: ExitCode,
  ) {
    super(message, code);
  }
}

type Method = keyof typeof adminMethods;

/** One unary call on the admin socket at `path`. */
export async function callAdmin<Res>(path: string, method: Method, request: object, deadlineMs: number): Promise<Res> {
  if (!existsSync(path)) throw new AdminCallError(`seat not running: no admin socket at ${path}`, 'ADMIN_SOCKET_MISSING', ExitCode.Unavailable);
  if (!lstatSync(path).isSocket()) throw new AdminCallError(`${path} is not a socket`, 'ADMIN_SOCKET_INVALID', ExitCode.Unavailable);
  const def = adminMethods[method] as unknown as grpc.MethodDefinition<object, Res>;
  const client = new grpc.Client(`unix:${path}`, grpc.credentials.createInsecure());
  try {
    return await new Promise<Res>((resolve, reject) => {
      client.makeUnaryRequest<object, Res>(def.path, def.requestSerialize, def.responseDeserialize, request, { deadline: Date.now() + deadlineMs }, (e, res) => {
        if (e === null && res !== undefined) return resolve(res);
        reject(adminFailure(path, method, e));
      });
    });
  } finally {
    client.close();
  }
}

function adminFailure(path: string, method: Method, e: grpc.ServiceError | null): AdminCallError {
  if (e === null) return new AdminCallError(`${method}: empty answer from ${path}`, 'ADMIN_CALL_FAILED', ExitCode.Failure);
  const code = String(e.metadata?.get(errorCodeMetadataKey)[0] ?? '') || grpc.status[e.code] || 'ADMIN_CALL_FAILED';
  if (e.code === grpc.status.UNAVAILABLE && code === grpc.status[grpc.status.UNAVAILABLE]) {
    return new AdminCallError(`seat not reachable at ${path}: ${e.details}`, 'ADMIN_UNAVAILABLE', ExitCode.Unavailable);
  }
  if (e.code === grpc.status.DEADLINE_EXCEEDED) return new AdminCallError(`${method}: no answer from ${path} in time: ${e.details}`, 'ADMIN_TIMEOUT', ExitCode.Unavailable);
  // The seat answered and refused: not leader, admission refused, membership invalid, bad argument.
  return new AdminCallError(`${method} refused: ${e.details}`, code, ExitCode.CheckFailed);
}

/** Runs an admin command body, printing an AdminCallError as `tessera CMD: message [CODE]` with its exit code. */
export async function withAdmin(ctx: CommandContext, command: string, body: () => Promise<ExitCode>): Promise<ExitCode> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof AdminCallError) {
      ctx.io.stderr.write(`tessera ${command}: ${e.message} [${e.code}]\n`);
      return e.exitCode;
    }
    throw e;
  }
}

/** Parses a member id argument. */
export function memberIdArg(v: string | undefined, name = 'ID'): number {
  if (v === undefined || !/^\d+$/.test(v) || !Number.isSafeInteger(Number(v)) || Number(v) <= 0) throw new UsageError(`${name} must be a positive member id, got '${v ?? ''}'`);
  return Number(v);
}
