/**
 * What the operator commands (status, member ...) share: finding the seat's
 * admin socket (--socket, or the config of --instance / --config), calling
 * the admin service on it, and turning failures into the documented exit
 * codes (4: the seat is not reachable; 3: the seat said no).
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import * as grpc from '@grpc/grpc-js';

import { TesseraError } from '../common/errors.js';
import { dataDirRoot, loadSeatConfig } from '../config/index.js';
import { signAdminRequest } from '../node/admin-auth.js';
import { adminMethods } from '../node/admin-service.js';
import { errorCodeMetadataKey, leaderAddressMetadataKey } from '../node/grpc-status.js';
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
  return unaryCall<Res>(`unix:${path}`, path, method, request, deadlineMs);
}

/** A remote admin endpoint and the operator key that signs for it (src/node/admin-auth.ts). */
export interface RemoteAdminTarget {
  readonly address: string;
  readonly operator: string;
  readonly key: KeyObject;
  /** TLS: the PEM certificates (CA, or the seat's self-signed certificate) the seat's certificate must chain to; absent = plaintext. */
  readonly ca?: Buffer;
  /** TLS: the name the seat's certificate must carry, when not the host of `address`. */
  readonly tlsName?: string;
}

/** Options of commands that may also go to a remote admin endpoint. */
export const remoteAdminOptions: Record<string, OptionSpec> = {
  remote: { type: 'string', valueName: 'HOST:PORT', description: "a seat's remote admin endpoint (requests signed with --operator-key) instead of a local socket" },
  operator: { type: 'string', valueName: 'NAME', description: 'with --remote: your [[operator]] name in the seat\'s config' },
  'operator-key': { type: 'string', valueName: 'PEM', description: 'with --remote: your Ed25519 private key (PKCS#8 PEM, e.g. from openssl genpkey -algorithm ed25519)' },
  'admin-ca': { type: 'string', valueName: 'PEM', description: "with --remote: talk TLS, trusting these certificates (the CA of the seat's admin_tls_cert, or that certificate itself); without it the call is plaintext" },
  'admin-tls-name': { type: 'string', valueName: 'NAME', description: "with --admin-ca: the name the seat's certificate must carry, when not the host in --remote" },
};

/** The remote target the options name, or undefined for a local socket. Throws UsageError on an incomplete set. */
export function remoteAdminTarget(ctx: CommandContext): RemoteAdminTarget | undefined {
  const address = optString(ctx, 'remote');
  const operator = optString(ctx, 'operator');
  const keyFile = optString(ctx, 'operator-key');
  const caFile = optString(ctx, 'admin-ca');
  const tlsName = optString(ctx, 'admin-tls-name');
  if (address === undefined) {
    if (operator !== undefined || keyFile !== undefined || caFile !== undefined) throw new UsageError('--operator, --operator-key and --admin-ca go with --remote HOST:PORT');
    if (tlsName !== undefined) throw new UsageError('--admin-tls-name goes with --remote and --admin-ca');
    return undefined;
  }
  if (tlsName !== undefined && caFile === undefined) throw new UsageError('--admin-tls-name goes with --admin-ca PEM');
  if (tlsName !== undefined && !/^[A-Za-z0-9.-]{1,253}$/.test(tlsName)) throw new UsageError(`--admin-tls-name must be a DNS name or IP address, got '${tlsName}'`);
  if (!/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(address)) throw new UsageError(`--remote must be host:port, got '${address}'`);
  if (operator === undefined || keyFile === undefined) throw new UsageError('--remote needs --operator NAME and --operator-key PEM (remote admin requests are signed)');
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(argPath(ctx.io, keyFile)));
  } catch (e) {
    throw new UsageError(`cannot read operator key ${keyFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new UsageError(`operator key ${keyFile} is ${key.asymmetricKeyType ?? 'not an asymmetric key'}, not Ed25519`);
  if (caFile === undefined) return { address, operator, key };
  let ca: Buffer;
  try {
    ca = readFileSync(argPath(ctx.io, caFile));
  } catch (e) {
    throw new UsageError(`cannot read --admin-ca ${caFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!ca.toString('latin1').includes('-----BEGIN CERTIFICATE-----')) throw new UsageError(`--admin-ca ${caFile} holds no PEM certificate`);
  return { address, operator, key, ca, ...(tlsName !== undefined ? { tlsName } : {}) };
}

/**
 * One unary call to a remote admin endpoint, signed (with a fresh random
 * nonce): the request is encoded once and those exact bytes are both signed
 * and sent (what the seat verifies). TLS when the target has a CA
 * (--admin-ca), else plaintext: the signature still authenticates the
 * request, but the answer (membership) travels in the clear.
 */
export async function callAdminRemote<Res>(target: RemoteAdminTarget, method: Method, request: object, deadlineMs: number): Promise<Res> {
  const def = adminMethods[method] as unknown as grpc.MethodDefinition<object, Res>;
  const bytes = def.requestSerialize(request);
  const metadata = signAdminRequest(def.path, bytes, target.operator, target.key, Date.now());
  if (target.ca !== undefined && target.tlsName === undefined && isIP(hostOf(target.address)) !== 0) dropIpServernameWarning();
  const credentials = target.ca !== undefined ? grpc.credentials.createSsl(target.ca) : grpc.credentials.createInsecure();
  const options: grpc.ChannelOptions = target.tlsName !== undefined ? { 'grpc.ssl_target_name_override': target.tlsName, 'grpc.default_authority': target.tlsName } : {};
  return unaryCall<Res>(target.address, target.address, method, bytes, deadlineMs, metadata, true, credentials, options);
}

function hostOf(address: string): string {
  const host = address.slice(0, address.lastIndexOf(':'));
  return host.startsWith('[') ? host.slice(1, -1) : host;
}

let ipServernameWarningDropped = false;

/**
 * grpc-js passes the target host as the TLS server name even when it is an
 * IP address (the certificate is still checked against the IP), and Node
 * then prints DEP0123 on the operator's terminal at every call. Drop that
 * one warning in this CLI process; every other warning still prints.
 */
function dropIpServernameWarning(): void {
  if (ipServernameWarningDropped) return;
  ipServernameWarningDropped = true;
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  // The overloads of emitWarning are not expressible as one signature: pass the arguments through untyped.
  (process as { emitWarning: (...args: unknown[]) => void }).emitWarning = (...args: unknown[]) => {
    const [warning, second, third] = args;
    const code = typeof second === 'object' && second !== null ? (second as { code?: unknown }).code : third;
    if (code === 'DEP0123' || (warning instanceof Error && (warning as NodeJS.ErrnoException).code === 'DEP0123')) return;
    emit(...args);
  };
}

async function unaryCall<Res>(
  channel: string,
  where: string,
  method: Method,
  request: object | Buffer,
  deadlineMs: number,
  metadata = new grpc.Metadata(),
  preEncoded = false,
  credentials = grpc.credentials.createInsecure(),
  options: grpc.ChannelOptions = {},
): Promise<Res> {
  const def = adminMethods[method] as unknown as grpc.MethodDefinition<object, Res>;
  const serialize = preEncoded ? (b: object) => b as Buffer : def.requestSerialize;
  const client = new grpc.Client(channel, credentials, options);
  try {
    return await new Promise<Res>((resolve, reject) => {
      client.makeUnaryRequest<object, Res>(def.path, serialize, def.responseDeserialize, request, metadata, { deadline: Date.now() + deadlineMs }, (e, res) => {
        if (e === null && res !== undefined) return resolve(res);
        reject(adminFailure(where, method, e));
      });
    });
  } finally {
    client.close();
  }
}

function adminFailure(path: string, method: Method, e: grpc.ServiceError | null): AdminCallError {
  if (e === null) return new AdminCallError(`${method}: empty answer from ${path}`, 'ADMIN_CALL_FAILED', ExitCode.Failure);
  const code = String(e.metadata?.get(errorCodeMetadataKey)[0] ?? '') || grpc.status[e.code] || 'ADMIN_CALL_FAILED';
  const leader = String(e.metadata?.get(leaderAddressMetadataKey)[0] ?? '');
  if (e.code === grpc.status.UNAVAILABLE && code === grpc.status[grpc.status.UNAVAILABLE]) {
    return new AdminCallError(`seat not reachable at ${path}: ${e.details}`, 'ADMIN_UNAVAILABLE', ExitCode.Unavailable);
  }
  if (e.code === grpc.status.DEADLINE_EXCEEDED) return new AdminCallError(`${method}: no answer from ${path} in time: ${e.details}`, 'ADMIN_TIMEOUT', ExitCode.Unavailable);
  // The seat answered and refused: not leader, admission refused, membership invalid, bad argument.
  return new AdminCallError(`${method} refused: ${e.details}${leader !== '' && !e.details.includes(leader) ? ` (leader: ${leader})` : ''}`, code, ExitCode.CheckFailed);
}

/** Where an admin command goes: a remote endpoint (signed) or the local socket. Usage errors are thrown now, before any call. */
export type AdminTarget = { readonly remote: RemoteAdminTarget } | { readonly socket: string };

/** The target the options name: --remote (with --operator, --operator-key) or the local socket (--socket, --config, --instance). */
export function adminTarget(ctx: CommandContext): AdminTarget {
  const remote = remoteAdminTarget(ctx);
  if (remote !== undefined) {
    if (optString(ctx, 'socket') !== undefined) throw new UsageError('--remote and --socket name two seats: give one');
    return { remote };
  }
  return { socket: adminSocketPath(ctx) };
}

/** One call to the target: signed to a remote endpoint, or on the local socket. */
export function callAdminAt<Res>(target: AdminTarget, method: Method, request: object, deadlineMs: number): Promise<Res> {
  return 'remote' in target ? callAdminRemote<Res>(target.remote, method, request, deadlineMs) : callAdmin<Res>(target.socket, method, request, deadlineMs);
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
